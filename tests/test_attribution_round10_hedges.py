"""Round 10 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
"according to" a kind of record ("shipping data") speaks; "according to available information" stays a hedge."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_noun_before_the_hedge_noun_names_a_record_that_speaks():
    frame = extract("Timber prices in the north rose by a fifth in a week, according to shipping data.")
    assert frame[["speaker_text", "content"]].values.tolist() == [
        ["shipping data", "Timber prices in the north rose by a fifth in a week"]
    ]


def test_qualified_hedge_nouns_attribute_nothing():
    assert extract("According to available information, the ferry will sail again on Monday.").empty
    assert extract("The ferry will sail again on Monday, according to preliminary reports.").empty
    assert extract("According to our information, the ferry will sail again on Monday.").empty
    assert extract("According to the information we have received, the ferry will sail on Monday.").empty


def test_estimated_reports_a_figure_as_the_speakers():
    frame = extract("Harbour master Lena Vos estimated the damage to the quay at 3 million crowns and asked for help.")
    assert frame[["speaker_text", "cue", "content"]].values.tolist()[0] == [
        "Lena Vos",
        "estimated",
        "the damage to the quay at 3 million crowns",
    ]


def test_an_estimated_number_is_no_cue():
    assert extract("An estimated 2,000 people left the coast before the storm arrived.").empty
    assert extract("The initial estimate of the damage was revised on Monday.").empty
