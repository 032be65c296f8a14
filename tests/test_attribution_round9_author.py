"""Round 9 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
the author's own "I", cues used without content, and a remark between a cue and its colon."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_the_authors_own_i_is_narration_not_a_source():
    assert extract("I am writing this from a bench on the quay, where the cranes stand idle.").empty
    assert extract("I will be writing again next week once the vote is counted.").empty


def test_a_quoted_i_still_speaks():
    frame = extract('"I said from the start that the pier was unsafe," the engineer told the inquiry.')
    assert frame["content"].tolist() == ["I said from the start that the pier was unsafe"]


def test_a_cue_followed_by_a_subordinate_clause_or_a_lone_adverb_reports_nothing():
    assert extract("No owner gives way because a harbour master asks politely.").empty


def test_a_relative_remark_before_the_colon_leaves_the_next_paragraph_as_the_quotation():
    frame = extract(
        "The ferry company said in a notice on Sunday morning, which we print unedited:",
        '"All sailings are cancelled until the storm has passed."',
    )
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["mode"], row["content"]) == ("direct", "All sailings are cancelled until the storm has passed")
