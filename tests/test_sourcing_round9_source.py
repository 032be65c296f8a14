"""Round-9 resolved-source rules (issue 11: a government department's country stated outside its name), each on
an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_department_placed_in_a_capital_takes_its_country() -> None:
    found = extract("The interior ministry in Tehran said on Sunday that the border crossings would reopen.")
    assert found["source"].tolist() == ["Iranian interior ministry"]
    assert found["affiliation"].tolist() == ["Iran"]


def test_a_department_takes_the_state_that_is_the_subject_of_its_sentence() -> None:
    found = extract("Japan will send two field hospitals to the flooded delta, the health ministry said on Friday.")
    assert found["source"].tolist() == ["Japanese health ministry"]
    assert found["affiliation"].tolist() == ["Japan"]


def test_a_department_takes_the_state_that_is_the_subject_of_the_sentence_before() -> None:
    found = extract(
        "Canada has closed its consulate in the port city. "
        "The foreign ministry said the staff had left on Tuesday night."
    )
    assert found["source"].tolist() == ["Canadian foreign ministry"]


def test_a_department_with_no_state_in_reach_stays_as_written() -> None:
    found = extract(
        "Dockers walked out at dawn over the new shift rota.",
        "The transport ministry said talks would resume in the capital on Friday.",
    )
    assert found["source"].tolist() == ["transport ministry"]
    assert found["affiliation"].tolist() == ["unknown"]


def test_a_department_named_with_its_country_is_not_rewritten() -> None:
    found = extract("Germany's economy ministry said on Monday that gas storage was full.")
    assert found["source"].tolist() == ["German economy ministry"]


def test_a_defined_short_name_resolves_to_the_body_without_its_legal_form() -> None:
    found = extract(
        'Kestrel Bulk Carriers Ltd. ("Kestrel" or the "Company"), a Maltese shipowner, '
        "today announced that it had suspended all voyages.",
        "The Company said two ships were waiting at anchor.",
    )
    company = found[found["speaker_text"] == "The Company"].iloc[0]
    assert (company["source"], company["affiliation"]) == ("Kestrel Bulk Carriers", "Malta")


def test_a_company_without_a_defined_short_name_is_left_as_written() -> None:
    found = extract(
        "Kestrel Bulk Carriers, a shipowner, suspended all voyages.",
        "The Company said two ships were waiting at anchor.",
    )
    assert found["source"].tolist() == ["Company"]


def test_he_continues_the_last_speaker_not_a_man_named_in_what_he_said() -> None:
    found = extract(
        "Harbour spokesman Oskar Lind said on Monday that Mayor Peter Holm would meet the dockers on Friday.",
        "He said:",
        '"The cranes will stay where they are."',
    )
    assert found[found["speaker_text"] == "He"]["source"].tolist() == ["Oskar Lind"]


def test_he_takes_a_man_named_outside_the_last_content() -> None:
    found = extract(
        "Harbour spokesman Oskar Lind said the dockers would meet on Friday. Mayor Peter Holm arrived at noon.",
        '"The cranes will stay where they are," he said.',
    )
    assert found[found["speaker_text"] == "he"]["source"].tolist() == ["Peter Holm"]
