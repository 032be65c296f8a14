"""Round 14 (issue 11): a post-posed ``according to`` after an inverted report of the same sentence sources
only the words after that report's closing comma. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(found: pd.DataFrame) -> list[list[str]]:
    return found[["speaker_text", "content"]].values.tolist()


def test_according_to_after_an_inverted_report_sources_the_words_after_it() -> None:
    found = extract(
        "The toll rose to 40 on Monday, the agency said, with half the town cut off, according to the mayor."
    )
    assert sorted(rows(found)) == [
        ["the agency", "The toll rose to 40 on Monday"],
        ["the mayor", "with half the town cut off"],
    ]


def test_according_to_right_after_an_inverted_report_sources_the_whole_sentence() -> None:
    found = extract("The toll rose to 40 on Monday, the agency said, according to the mayor.")
    assert ["the mayor", "The toll rose to 40 on Monday, the agency said"] in rows(found)


def test_according_to_after_a_report_with_its_content_after_the_cue_keeps_the_sentence() -> None:
    found = extract("The minister said 30 people died, according to state radio.")
    assert ["state radio", "The minister said 30 people died"] in rows(found)
