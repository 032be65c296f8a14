"""Round-15 pronoun rules (issue 11): a name inside what a post-posed "she said" reports is not "she"; a plural
name after "the" is a group, not a person. Invented examples (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def _source_of(found: pd.DataFrame, speaker: str) -> list[str]:
    return found.loc[found["speaker_text"] == speaker, "source"].tolist()


def test_a_plural_group_after_the_is_no_candidate_for_she() -> None:
    found = extract(
        '"We dig people out of the rubble," said Mirela Dasko, a spokeswoman for the rescuers.',
        '"We are in contact with both sides," Col. Arvid Tenn, a spokesman for the border guard, told reporters.',
        "The Blue Lanterns had asked the council to send observers to the valley, she said.",
    )
    assert _source_of(found, "she") == ["Mirela Dasko"]


def test_a_person_inside_what_she_reports_is_not_the_continuing_speaker() -> None:
    found = extract(
        '"The cranes were never inspected," said Runa Velk, a spokeswoman for the dockers.',
        "Harbourmaster Tiberon Vask had warned the operators that the cranes were unsafe, she said.",
    )
    assert _source_of(found, "she") == ["Runa Velk"]


def test_she_after_a_named_woman_in_the_same_paragraph_still_continues() -> None:
    found = extract(
        '"The cranes were never inspected," said Runa Velk, a spokeswoman for the dockers. "Never," she said.'
    )
    assert _source_of(found, "she") == ["Runa Velk"]
