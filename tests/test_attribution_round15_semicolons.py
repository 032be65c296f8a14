"""Round 15 (issue 11): an indirect content ends at a semicolon of the outlet's voice; a semicolon inside a
quotation does not end it. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_an_indirect_content_ends_at_the_outlets_semicolon() -> None:
    found = extract("The water board says the reservoir could overflow; farmers downstream have moved their herds.")
    assert rows(found) == [["The water board", "says", "the reservoir could overflow"]]


def test_a_semicolon_inside_a_quotation_stays_in_the_content() -> None:
    found = extract('The water board said the dam was "old; very old" and needed repairs.')
    assert rows(found) == [["The water board", "said", 'the dam was "old; very old" and needed repairs']]
