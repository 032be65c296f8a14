"""The gates of analysis.segmentation.matching never reject a line a pattern accepts, and skip what they can."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.segmentation import matching, rules
from analysis.segmentation.labelling import boilerplate_patterns, split_lines

ROOT = Path(__file__).resolve().parents[1]
KINDS = sorted(set(boilerplate_patterns()["kind"]))
# Invented lines: each pattern family, case variants, the IGNORECASE twins of ASCII letters, non-ASCII text.
INVENTED = [
    "Share",
    "SHARE THIS ARTICLE",
    "share on Telegram",
    "Read more",
    "Related: Wheat prices climb",
    "Copyright 2024 The Daily Paper",
    "© Jane Roe/AFP",
    "Temperatures reached 41 °C in Basra.",
    "Photo: Jane Roe/Reuters",
    "Workers unload grain at the port. (Reuters)",
    "Now playing",
    "Listen · 3:48",
    "Home / World / Middle East",
    "Watch: the strike in pictures",
    "We use cookıes to improve your experience",
    "COOKİE SETTİNGS",
    "ſhare",
    "\u212aey events",
    "This article was updated on Monday",
    "Sign up for our newsletter",
    "The minister said the port would reopen on Monday.",
    "“Prices will rise,” he said.",
    "Kılıçdaroğlu said the vote was fair.",
    "",
]


def _page_lines() -> list[str]:
    pages = sorted((ROOT / "tests" / "gold" / "pages").glob("*/*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
    return [line.text for page in pages for line in split_lines(page.read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return _page_lines() + INVENTED


def test_twins_are_every_non_ascii_character_that_ignorecase_matches_with_ascii() -> None:
    every = "".join(chr(c) for c in range(128, 0x110000) if not 0xD800 <= c < 0xE000)
    found = set(re.findall(r"[\x00-\x7f]", every, re.IGNORECASE))
    assert found == set(matching.IGNORECASE_ASCII_TWINS)


@pytest.mark.parametrize(
    ("pattern", "required", "opening"),
    [
        (r"all rights reserved", (("all rights reserved",),), None),
        (r"^(?:tags?|keywords?)\s*:", (("tag", "keyword"), (":",)), ("tag", "keyword")),
        (r"^(last )?(updated|posted) on", (("updated", "posted"), (" on",)), None),
        (
            r"^got a (story|tip)\b|^join the (conversation|debate)$",
            (("got a ", "join the "), ("story", "tip", "conversation", "debate")),
            ("got a ", "join the "),
        ),
        # A character without case (°, ©) is required; a cased one outside ASCII (Ü) is not.
        (r"\d\s?°", (("°",),), None),
        (r"^(copyright|©)", (("copyright", "©"),), ("copyright", "©")),
        (r"Ü\w+ber", (("ber",),), None),
        (r"(?:^|\s)credit:\s*\w+$", (("credit:",),), None),
        (r"x?^ab", (("ab",),), None),
        (r"\d\s?ü", (), None),
        # A class of literal characters is a clause of them (one alternative per character: the parser's class);
        # a range, a category or a negated class requires nothing.
        (r"(?:^|\s)(?:/|\|)\s*(?:afp|reuters)$", (("afp", "reuters"), ("/", "|")), None),
        (r"[-–—] *\d[^x]", (("-", "–", "—"),), None),
        (r"[a-c]x|[\w.]y", (("x", "y"),), None),
        # An alternation: each branch's clauses, most selective first, paired in their rank.
        (
            r"closed|(sign|log) in (or|to) [\w ]{0,40}(join|comment)",
            (
                ("closed", " in "),
                ("closed", "join", "comment"),
                ("closed", "sign", "log"),
                ("closed", "or", "to"),
                ("closed", " "),
            ),
            None,
        ),
    ],
)
def test_required_and_opening_text_of_invented_patterns(pattern: str, required: tuple, opening: tuple | None) -> None:
    regex = re.compile(pattern, re.IGNORECASE)
    assert matching.required_clauses(regex) == required
    assert matching.opening_text(regex) == opening


def test_no_opening_gate_across_lines() -> None:
    assert matching.opening_text(re.compile(r"^share$", re.IGNORECASE | re.MULTILINE)) is None


def test_gates_hold_for_every_pattern_on_every_line(lines: list[str]) -> None:
    """Where a pattern of the table matches a line, its clause and openings hold for the lower-cased line."""
    checked = 0
    for kind in KINDS:
        for pattern in matching.boilerplate_kind(kind):
            for text in lines:
                if not pattern.regex.search(text) or any(t in text for t in matching.IGNORECASE_ASCII_TWINS):
                    continue
                lowered = text.lower()
                assert all(any(s in lowered for s in clause) for clause in pattern.clauses), (pattern.regex, text)
                assert pattern.openings is None or lowered.startswith(pattern.openings), (pattern.regex, text)
                checked += 1
    assert checked > 500


def test_first_match_equals_the_plain_loop(lines: list[str]) -> None:
    gates_skipped = 0
    for kind in KINDS:
        patterns = matching.boilerplate_kind(kind)
        for text in lines:
            plain = next((p.note for p in patterns if p.regex.search(text)), None)
            assert matching.first_match(text, patterns) == plain, (kind, text)
            lowered = text.lower()
            gates_skipped += sum(not all(any(s in lowered for s in c) for c in p.clauses) for p in patterns)
    assert gates_skipped > 0


def test_a_twin_of_an_ascii_letter_still_matches() -> None:
    patterns = matching.gate([(re.compile(r"\bcookies\b", re.IGNORECASE), "cookies")])
    assert patterns[0].clauses == (("cookies",),)
    assert matching.first_match("We use cookıes", patterns) == "cookies"
    assert matching.first_match("We use ſhortbread", patterns) is None


def test_phrase_alternation_matches_where_a_phrase_does(lines: list[str]) -> None:
    phrases = rules.site_notice_phrases()
    alternation = matching.phrase_alternation(phrases)
    hits = 0
    for text in lines:
        folded = " ".join(rules.WORD.findall(text.casefold().replace("’", "'")))
        single = any(regex.search(folded) for _, regex in rules._site_notice_regexes())
        assert bool(alternation.search(folded)) == single, text
        hits += single
    assert hits > 0
    # A phrase that fails its word boundary lets a later, longer one match at the same place.
    assert matching.phrase_alternation(("this sit", "this site")).search("this site")
    assert not matching.phrase_alternation(("site",)).search("websites")
