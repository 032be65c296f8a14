"""Round-15 affiliation rule (issue 11): "the country's" body belongs to the last country named before it.
Invented examples (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_the_countrys_body_takes_the_last_country_named() -> None:
    found = extract(
        "Storms in Portugal and Chile have cut power to thousands of homes.",
        "In Chile, more rain is due on Friday, the country's weather service said.",
    )
    assert found["affiliation"].tolist() == ["Chile"]


def test_without_a_country_named_before_the_affiliation_stays_unknown() -> None:
    found = extract("More rain is due on Friday, the country's weather service said.")
    assert found["affiliation"].tolist() == ["unknown"]


def test_a_department_takes_a_subject_state_of_two_words() -> None:
    found = extract("South Africa will send two rescue teams to the coast, the foreign ministry said on Monday.")
    assert found["source"].tolist() == ["South African foreign ministry"]
    assert found["affiliation"].tolist() == ["South Africa"]
