"""Round 9 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
a post with a place before an apposed name, and a capitalised post after a name (press-release order)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_post_tied_to_a_place_before_an_apposed_name_speaks_through_the_name():
    frame = extract("The Red Cross's chief delegate in Norland, Ines Falk, said the camps were full.")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["source"], row["content"]) == ("Ines Falk", "the camps were full")


def test_a_capitalised_post_between_commas_after_a_name_leaves_the_name_speaking():
    frame = extract("Tomas Berg, Chief Operating Officer, added that two vessels would be laid up until May.")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert (row["speaker_text"], row["content"]) == ("Tomas Berg", "two vessels would be laid up until May")


def test_a_capitalised_place_between_commas_is_no_post():
    frame = extract("Harald Moen, Bergen, wrote that the quay was closed.")
    assert frame.empty or frame.iloc[0]["source"] != "Harald Moen, Bergen"


def test_an_apposition_to_the_adverbial_before_that_is_not_content():
    frame = extract("The harbour master said on Friday, the day the storm was due to peak, that all piers were shut.")
    assert frame["content"].tolist() == ["all piers were shut"]


def test_a_comma_after_the_adverbial_without_that_keeps_the_content_as_before():
    frame = extract("The harbour master said on Friday, the quietest day of the week, the piers would reopen.")
    assert frame["cue"].tolist() == ["said"]
    assert "that" not in frame.iloc[0]["content"].split()


def test_an_interposed_cue_inside_a_coordinated_content_gives_one_span():
    frame = extract("The ferry firm will close two depots, it said, and will cut 40 jobs by the summer.")
    assert frame["content"].tolist() == [
        "The ferry firm will close two depots, it said, and will cut 40 jobs by the summer"
    ]


def test_an_interposed_cue_before_a_new_subject_keeps_the_content_before_it():
    frame = extract("The ferry firm will close two depots, it said, and the unions will strike.")
    assert frame["content"].tolist() == ["The ferry firm will close two depots"]
