"""Round 9 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
where the content of a cue that reports by its object (urging, accusing, rejecting) ends."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The guild called for a pause in sailings as the council and port owners hold talks.",
            "a pause in sailings",
        ),
        ("The fishermen blamed the dredging company and blocked the canal for a day.", "the dredging company"),
        (
            "The charity called for an early return to the old timetable, which had served the islands for years.",
            "an early return to the old timetable",
        ),
        (
            'The mayor accused the ferry firm of "cutting corners" on safety, and the firm did not reply.',
            'the ferry firm of "cutting corners" on safety',
        ),
    ],
)
def test_an_object_content_ends_where_the_outlets_clause_begins(sentence: str, content: str):
    frame = extract(sentence)
    assert frame["content"].tolist() == [content]


def test_an_object_content_keeps_a_role_after_as_and_a_purpose_infinitive():
    frame = extract("The council urged owners to move their boats as a precaution while the storm lasts.")
    assert frame["content"].tolist() == ["owners to move their boats as a precaution"]


def test_a_past_form_after_a_noun_phrase_is_the_verb_not_a_noun():
    frame = extract("The union blamed the dredging company for the silt.")
    assert frame["speaker_text"].tolist() == ["The union"]
    assert frame["content"].tolist() == ["the dredging company for the silt"]


def test_a_past_form_after_a_determiner_and_an_adverb_stays_a_modifier():
    assert extract("The widely reported collapse closed the quay for a week.").empty


@pytest.mark.parametrize(
    "sentence",
    [
        "The coastguard said on Monday that smugglers were planning to sink a barge and blame it on the fishermen.",
        "The coastguard said the smugglers would sink a barge and blame the fishermen.",
    ],
)
def test_a_base_form_cue_in_a_reported_verb_chain_is_no_second_report(sentence: str):
    frame = extract(sentence)
    assert frame["cue"].tolist() == ["said"]
    assert frame.iloc[0]["content"].endswith("the fishermen")


def test_a_finite_coordinated_cue_still_reports():
    frame = extract("The coastguard said the barge had sunk and urged boats to keep clear.")
    assert frame["cue"].tolist() == ["said", "urged"]


def test_an_object_content_keeps_a_place_relative_and_a_participle_after_an_auxiliary():
    frame = extract(
        "The mayor called for the evacuation of the old quay, where two hundred families live.",
        "The council accused the firm of secretly planning a sudden closure of its depots that would be blamed on"
        " the storm and used as a pretext.",
    )
    assert frame["content"].tolist() == [
        "the evacuation of the old quay, where two hundred families live",
        "the firm of secretly planning a sudden closure of its depots that would be blamed on the storm and used as"
        " a pretext",
    ]
