"""matching._gates: a bucket's first clauses tested as shared strings (bits) or one pattern at a time; either way
first_match returns what the plain loop over the patterns returns."""

import re

from analysis.segmentation import matching

# Invented patterns whose first clauses repeat their strings ("snapshot", "drawing"): tested once per text.
SHARED = matching.gate(
    [
        (re.compile(r"(?:snapshot|drawing)\s*\(", re.IGNORECASE), "bracketed"),
        (re.compile(r"(?:snapshot|drawing|sketch):", re.IGNORECASE), "colon"),
        (re.compile(r"^(?:snapshot|drawing)\b", re.IGNORECASE), "opening"),
        (re.compile(r"\d{4}$"), "year"),
    ]
)
# Invented patterns whose first clauses are all different strings: tested pattern by pattern.
DISTINCT = matching.gate(
    [
        (re.compile(r"lantern festival", re.IGNORECASE), "lantern"),
        (re.compile(r"(?:kettle|teapot) club", re.IGNORECASE), "club"),
        (re.compile(r"^harbour walk\b", re.IGNORECASE), "walk"),
    ]
)
LINES = [
    "Snapshot (archive)",
    "sketch: a quay at dusk",
    "Drawing of the old mill",
    "The drawing room was closed in 1987",
    "The Lantern Festival returns",
    "join the TEAPOT CLUB today",
    "Harbour walk at noon",
    "a harbour walk at noon",
    "nothing here",
    "",
]


def _plain(patterns: tuple[matching.GatedPattern, ...], text: str) -> str | None:
    return next((p.note for p in patterns if p.regex.search(text)), None)


def test_repeated_first_strings_are_shared_and_distinct_ones_are_not():
    shared, gated = matching._gates(SHARED, "x")
    # "" (held by every text) lists the patterns without a clause ("year").
    assert {string for string, _ in shared} == {"", "snapshot", "drawing", "sketch"}
    assert [gated[k][0].note for k in dict(shared)[""]] == ["year"]
    assert matching._gates(DISTINCT, "x")[0] == ()


def test_first_match_equals_the_plain_loop_in_both_modes():
    for patterns in (SHARED, DISTINCT):
        assert [matching.first_match(t, patterns) for t in LINES] == [_plain(patterns, t) for t in LINES]
