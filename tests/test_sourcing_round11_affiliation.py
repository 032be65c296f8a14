"""Round-11 affiliation rules (issue 11: the state a delegate speaks for), each on an invented example (no sentence
of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_country_in_parentheses_after_a_name_is_the_affiliation_and_pronouns_carry_it() -> None:
    found = extract(
        "OSKAR BRANDVOLD (Norway) said the fishing quotas were unfair. He added that talks would resume in May."
    )
    assert found["source"].tolist() == ["OSKAR BRANDVOLD", "OSKAR BRANDVOLD"]
    assert found["affiliation"].tolist() == ["Norway", "Norway"]


def test_a_multi_word_country_with_the_in_parentheses_is_read_whole() -> None:
    found = extract("Lena Okoro (the United States) told delegates the budget was too small.")
    assert found["affiliation"].tolist() == ["United States"]


def test_a_parenthesis_that_is_no_country_gives_no_affiliation() -> None:
    # A demonym, an agency or a party in parentheses is no state the person speaks for.
    found = extract(
        "Lena Okoro (Reuters) said the budget was too small.", "Tomas Ferreira (Labour) said the plan was late."
    )
    assert found["affiliation"].tolist() == ["unknown", "unknown"]


def test_speaking_for_a_country_before_a_name_is_the_affiliation() -> None:
    found = extract("Speaking for Chile, PAULA ITURRA said the fleet had left port on Monday.")
    assert found["source"].tolist() == ["PAULA ITURRA"]
    assert found["affiliation"].tolist() == ["Chile"]


def test_speaking_for_a_group_that_is_no_country_gives_nothing() -> None:
    found = extract("On behalf of the coastal states, PAULA ITURRA said the fleet had left port on Monday.")
    assert found["affiliation"].tolist() == ["unknown"]


def test_a_fronted_apposition_country_wins_over_a_country_in_the_relative_clause_after_the_name() -> None:
    found = extract(
        "Norway’s envoy, OSKAR BRANDVOLD, whose delegation shared a boat with Belgium, said the deal was weak. "
        "He added that talks would resume."
    )
    assert found["affiliation"].tolist() == ["Norway", "Norway"]


def test_a_fronted_apposition_of_an_intergovernmental_post_is_international_not_its_posting() -> None:
    found = extract(
        "The UN’s aid coordinator for Chile, Lena Okoro, whose office opened in May, said the fleet was idle."
    )
    assert found["affiliation"].tolist() == ["international"]


def test_a_body_tied_by_its_apposition_keeps_the_tie_when_resolved_to_its_fuller_name() -> None:
    found = extract(
        "Kestrel Harbour Holdings said on Monday that its ships were safe.",
        "Kestrel, Malta's largest shipowner, rejected the claims. Its chief executive, Lena Okoro, said the "
        "rumours were false.",
    )
    assert found["affiliation"].tolist()[-2:] == ["Malta", "Malta"]


def test_a_named_institution_of_one_country_gives_its_country_and_its_spokesman_carries_it() -> None:
    found = extract(
        "The White Helmets denied the charge on Tuesday. Their spokesman, Omar Saleh, said the video was old."
    )
    assert found["affiliation"].tolist() == ["Syria", "Syria"]


def test_an_under_secretary_general_is_international_staff() -> None:
    found = extract(
        "Ola Nwosu, Under-Secretary-General for Peace Operations, briefed the Council. She said the mission would stay."
    )
    assert found["source"].tolist() == ["Ola Nwosu"]
    assert found["affiliation"].tolist() == ["international"]
