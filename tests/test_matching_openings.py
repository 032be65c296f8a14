"""matching._opening_with: the patterns first_match tries for a line's first character (in order)."""

import re

from analysis.segmentation import matching

PATTERNS = matching.gate(
    [
        (re.compile(r"^share\b", re.IGNORECASE), "share"),
        (re.compile(r"cookies", re.IGNORECASE), "cookies"),
        (re.compile(r"^(?:follow|subscribe)\b", re.IGNORECASE), "follow"),
        (re.compile(r"^advert", re.IGNORECASE), "advert"),
    ]
)


def test_anchored_patterns_that_cannot_open_with_the_character_are_left_out_in_order():
    notes = {first: [p.note for p in matching._opening_with(PATTERNS, first)] for first in ("s", "f", "a", "x", "")}
    assert notes == {
        "s": ["share", "cookies", "follow"],
        "f": ["cookies", "follow"],
        "a": ["cookies", "advert"],
        "x": ["cookies"],
        "": ["cookies"],
    }


def test_first_match_is_unchanged_by_the_opening_index():
    lines = ["Share this", "Subscribe now", "we use cookies", "Advertisement", "x", "", "SHARE cookies"]
    plain = [next((p.note for p in PATTERNS if p.regex.search(t)), None) for t in lines]
    assert [matching.first_match(t, PATTERNS) for t in lines] == plain == [
        "share", "follow", "cookies", "advert", None, None, "share"
    ]  # fmt: skip
