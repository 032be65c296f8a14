"""Round 9 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
lines broken after a word that leaves the sentence open, and cues coordinated by "but"."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_short_line_ending_on_a_preposition_runs_into_a_quoted_next_line():
    frame = extract('The mayor said the ferries would be handed to\n"Coast Guard" crews before the next gale.')
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["content"] == 'the ferries would be handed to\n"Coast Guard" crews before the next gale'
    assert row["mode"] == "mixed"


def test_a_short_line_ending_on_a_reporting_verb_stays_a_heading():
    frame = extract("What the charter says\nUnder the charter, a vote is held once a third of members agree.")
    assert frame.empty


def test_a_cue_after_but_shares_the_subject_of_the_first_predicate():
    frame = extract("The harbour master praised the crews but told reporters that two piers were still closed.")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["speaker_text"], row["cue"], row["content"]) == (
        "The harbour master",
        "told",
        "two piers were still closed",
    )


def test_a_place_after_the_post_posed_speaker_is_part_of_the_speaker_phrase():
    frame = extract(
        "The ferries will run again on Monday, a spokeswoman for the Coastal Shipping Board in Tromsø said."
    )
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["content"] == "The ferries will run again on Monday"
    assert row["speaker_text"] == "a spokeswoman for the Coastal Shipping Board in Tromsø"


def test_a_body_after_a_named_post_posed_speaker_is_part_of_the_speaker_phrase():
    frame = extract(
        "Two piers were lost in the storm, engineer Mara Holt of the Institute of Coastal Works in Bergen"
        " told the paper."
    )
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["content"] == "Two piers were lost in the storm"
    assert row["source"] == "Mara Holt"
