"""Round-14 source rules (issue 11), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_nations_people_with_the_article_is_its_state() -> None:
    found = extract(
        "The harvest talks in Valmora ended without a deal on Friday. The Russians say the levy is unfair, and the"
        " French said the quota would stay."
    )
    assert found["source"].tolist() == ["Russia", "France"]
    assert found["affiliation"].tolist() == ["Russia", "France"]


def test_a_people_without_the_article_stays_as_written() -> None:
    found = extract("The harvest talks in Valmora ended without a deal. Russians living abroad say the levy is unfair.")
    assert found["source"].tolist() == ["Russians living abroad"]


def test_its_body_is_written_under_the_state_that_is_the_subject_before() -> None:
    found = extract(
        "Turkey, which hosts the grain talks, has called for calm. Its trade ministry said the levy was unfair.",
        "The Syrian government has rejected the plan. Its foreign ministry said the quota was a provocation.",
    )
    possessed = found[found["resolved_by"] == "possessive: subject before"]
    assert possessed["source"].tolist() == ["Turkish trade ministry", "Syrian foreign ministry"]
    assert possessed["affiliation"].tolist() == ["Turkey", "Syria"]


def test_its_body_is_written_under_the_named_body_that_is_the_subject_before() -> None:
    found = extract(
        "The Harbour Safety Board inspected the quay, and its technical team said the cranes were safe.",
        "Corvale is a busy port, but their own pilots said the channel was open.",
    )
    assert found["source"].tolist() == ["Harbour Safety Board technical team", "Corvale pilots"]


def test_its_body_after_a_subject_that_is_no_name_stays_as_written() -> None:
    found = extract("The grain council met in Valmora on Monday. Its chairwoman said prices would rise.")
    assert found["source"].tolist() == ["Its chairwoman"]


def test_a_description_resolves_to_the_one_name_a_copular_sentence_gives_its_post() -> None:
    found = extract(
        "Ten days into the strike, the port's pilot master says the quays are safe.",
        "Captain Rhona Vell has been Brenmouth's pilot master since 2019.",
        "The council's finance officer says the budget is tight.",
    )
    assert found["source"].tolist() == ["Rhona Vell", "council's finance officer"]


def test_a_floating_quotation_after_a_long_quotation_goes_to_its_speaker() -> None:
    found = extract(
        '"This is the old story. We hear it every spring. We rebuild the quay. We do not stage anything," said Mira'
        " Holt, a spokeswoman for the guild.",
        '"They want an excuse, and they are writing it now."',
    )
    assert found["mode"].tolist() == ["direct", "floating"]
    assert found["source"].tolist() == ["Mira Holt", "Mira Holt"]
