"""The dateline grammar reads a line's tokens only as far as they fit (issue 18, speed17c): the same answers as a
reading of every opening token, on invented lines."""

from __future__ import annotations

import pytest

from analysis.segmentation import dateline_grammar
from analysis.segmentation.dateline_grammar import MAX_DATELINE_TOKENS, TOKEN, _token_stream

# Invented lines: datelines of several forms, a place and date alone, prose, a heading, a turn label, a long list.
LINES = [
    "NORTHPORT, March 3 (Harbour Wire) — The ferry company said crossings would resume.",
    "Eastvale [Westmark], 4 May (HW): Grain prices rose again.",
    "Northport, 12 jul (HW).- The council met on Friday.",
    "KELDHAM/ORSBY — Talks resumed at dawn.",
    "(NPA) - MARENZO, FEB 14 - The port reopened.",
    "Northport, 30 August 2031",
    "ORSBY, May 21",
    "The ferry company said on Monday that crossings would resume.",
    "Tide tables — Northport",
    "NICK FARRANT, HARBOUR CORRESPONDENT (voice-over):",
    "One, Two, Three, Four, Five, Six, Seven, Eight, Nine, Ten, Eleven, Twelve, Thirteen, Fourteen",
    "",
    "12:30 — Doors open",
]


def _all_tokens(text: str) -> list[tuple[str, str, int]]:
    """The reading before the stream: every opening token, up to MAX_DATELINE_TOKENS + 1, by the same pattern."""
    tokens, position = [], 0
    while len(tokens) <= MAX_DATELINE_TOKENS:
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            break
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind), match.end()))
        position = match.end()
    return tokens


@pytest.mark.parametrize("text", LINES)
def test_the_stream_yields_the_opening_tokens(text: str) -> None:
    assert list(_token_stream(text)) == _all_tokens(text)


def _place_date_line_of_all_tokens(text: str) -> bool:
    """place_date_line as it read every token first."""
    tokens = _all_tokens(text)
    if len(tokens) > MAX_DATELINE_TOKENS or not tokens or tokens[-1][2] != len(text.rstrip()):
        return False
    if not all(dateline_grammar._fits_at(tokens, n) for n in range(len(tokens))):
        return False
    return any(kind == "number" for kind, _, _ in tokens) and any(
        kind == "word" and dateline_grammar._calendar_word(token) for kind, token, _ in tokens
    )


@pytest.mark.parametrize("text", LINES)
def test_place_date_line_answers_as_a_reading_of_every_token(text: str) -> None:
    assert dateline_grammar.place_date_line(text) == _place_date_line_of_all_tokens(text)


def test_known_readings() -> None:
    assert dateline_grammar.grammar_dateline(LINES[0])[0] == "NORTHPORT, March 3 (Harbour Wire) —"
    assert dateline_grammar.place_date_line(LINES[5])
    assert dateline_grammar.grammar_dateline(LINES[7]) is None


class _CountingToken:
    """TOKEN, counting its matches."""

    def __init__(self) -> None:
        self.matches = 0

    def match(self, text: str, position: int):
        self.matches += 1
        return TOKEN.match(text, position)


def test_prose_is_read_no_further_than_its_second_word(monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingToken()
    monkeypatch.setattr(dateline_grammar, "TOKEN", counting)
    assert dateline_grammar.grammar_dateline(LINES[7]) is None
    assert not dateline_grammar.place_date_line(LINES[7])
    assert counting.matches == 4  # "The", "ferry" (lower case: no dateline's), for each reading
