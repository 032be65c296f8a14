"""Round 14b (issue 11): a cue word heading a noun phrase that a determiner opens ("the official claim",
"The first warning came") reports nothing, and an agentless passive inside a speaker's reported clause
("said the plan was drawn up in haste") is that clause's verb, not a second report. Invented sentences,
none copied from the gold pages."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_base_form_after_a_determined_singular_is_a_noun() -> None:
    found = extract(
        "The WHO appeal for the valley is still short of funds.",
        "The burnt area is larger than the regional report, though most of it is pasture.",
    )
    assert found.empty


def test_an_ing_form_after_a_determiner_and_an_ordinal_is_a_noun() -> None:
    assert extract("The second warning reached the villages on Sunday.").empty


def test_a_past_form_after_a_determiner_and_an_adverb_is_an_adjective() -> None:
    assert extract("The widely alleged fraud at the depot was never proven in court.").empty


def test_plural_subjects_auxiliaries_and_that_keep_the_verb() -> None:
    found = extract(
        "The farmers claim the dam was opened too late.",
        "The council is demanding a new bridge.",
        "The committee claim that the dam was opened too late.",
        "The dockers have repeatedly denied blocking the quay.",
        "The Norwegians say the quay is safe.",
    )
    assert found["cue"].tolist() == ["claim", "demanding", "claim", "denied", "say"]
    assert found["content"].tolist() == [
        "the dam was opened too late",
        "a new bridge",
        "the dam was opened too late",
        "blocking the quay",
        "the quay is safe",
    ]


def test_an_agentless_passive_inside_reported_content_is_no_second_report() -> None:
    found = extract("The mayor has said more than once that the budget was written to please the banks.")
    assert found[["speaker_text", "cue", "content"]].values.tolist() == [
        ["The mayor", "said", "the budget was written to please the banks"]
    ]


def test_a_passive_coordinated_with_the_reporting_verb_keeps_its_row() -> None:
    found = extract("The group claims to be a charity but has long been accused of smuggling fuel.")
    assert found[["speaker_text", "cue", "content"]].values.tolist() == [
        ["The group", "claims", "to be a charity"],
        ["", "accused", "of smuggling fuel"],
    ]
