"""Round-15 source rules for bodies' names (issue 11), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_and_before_the_head_joins_two_modifiers_of_one_name() -> None:
    found = extract("The Fisheries and Coastal Monitoring Agency said the catch had fallen by half.")
    assert found["source"].tolist() == ["Fisheries and Coastal Monitoring Agency"]


def test_a_lower_case_descriptor_before_a_body_name_is_dropped() -> None:
    found = extract("The opposition Harbour Renewal Centre said the vote had been rigged.")
    assert found["source"].tolist() == ["Harbour Renewal Centre"]


def test_a_plural_possessive_name_with_a_new_head_is_kept_whole() -> None:
    found = extract("The Farmers' Price Watch said bread would cost more by May.")
    assert found["source"].tolist() == ["Farmers' Price Watch"]


def test_a_name_with_a_front_head_and_a_parenthesised_acronym() -> None:
    found = extract("The United Front of Ferrymen (UFF) said the crossings would stay shut.")
    assert found["source"].tolist() == ["United Front of Ferrymen"]


def test_staff_at_a_country_body_speak_for_the_body_with_its_country() -> None:
    found = extract("Seismologists at the Chile Seismic Service said the aftershocks would continue.")
    assert found["source"].tolist() == ["Chile Seismic Service"]
    assert found["affiliation"].tolist() == ["Chile"]


def test_a_singular_post_of_a_country_body_stays_the_post() -> None:
    found = extract("The representative of the Russian Federation said the draft text was unbalanced.")
    assert found["source"].tolist() == ["representative of the Russian Federation"]


def test_an_according_to_agent_keeps_its_post_modifier() -> None:
    found = extract(
        "Depositors took out about 3 million lari on Friday, according to three people familiar with the"
        " accounts, twice the usual amount."
    )
    assert found["source"].tolist() == ["three people familiar with the accounts"]


def test_a_plural_head_keeps_its_medium_post_modifier() -> None:
    found = extract(
        "HARLOW — A pharmacy in the town centre shut its doors on Friday.",
        "Customers queued outside the pharmacy after messages on social media claimed that its stock was fake.",
        "Messages circulating on messaging apps say the pharmacy will reopen.",
    )
    assert found["source"].tolist() == ["messages on social media", "Messages circulating on messaging apps"]


def test_a_medium_phrase_after_a_name_is_left_alone() -> None:
    found = extract("Officials in Harlow said on local radio that the pharmacy would reopen.")
    assert found["source"].tolist() == ["Officials in Harlow"]


def test_a_name_hyphenated_across_two_lines_is_one_word() -> None:
    found = extract("The harbour office spokeswoman Irena Mal-\nkovska said the pier would reopen.")
    assert found["source"].tolist() == ["Irena Malkovska"]
