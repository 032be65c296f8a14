"""Round 10 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
a second predicate of the first cue's speaker in another tense ends the first content."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_present_predicate_after_a_past_cue_cuts_the_first_content():
    frame = extract("The navy has always denied firing live rounds and says its sailors used blanks.")
    assert frame[["speaker_text", "cue", "content"]].values.tolist() == [
        ["The navy", "denied", "firing live rounds"],
        ["The navy", "says", "its sailors used blanks"],
    ]


def test_a_backshifted_verb_inside_the_content_stays_in_it():
    frame = extract("The mayor said the ferry had sailed and had reached the island by noon.")
    assert frame["content"].tolist() == ["the ferry had sailed and had reached the island by noon"]
