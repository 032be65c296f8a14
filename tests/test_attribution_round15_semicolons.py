"""Round 15 (issue 11): an indirect content ends at a semicolon of the outlet's voice; a semicolon inside a
quotation does not end it. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(found: pd.DataFrame) -> list[list[str]]:
    return found[["speaker_text", "cue", "content"]].values.tolist()


def test_an_indirect_content_ends_at_the_outlets_semicolon() -> None:
    found = extract("The water board says the reservoir could overflow; farmers downstream have moved their herds.")
    assert rows(found) == [["The water board", "says", "the reservoir could overflow"]]


def test_a_semicolon_inside_a_quotation_stays_in_the_content() -> None:
    found = extract('The water board said the dam was "old; very old" and needed repairs.')
    assert rows(found) == [["The water board", "said", 'the dam was "old; very old" and needed repairs']]
