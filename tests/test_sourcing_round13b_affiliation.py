"""Round-13 second pass, affiliations (issue 11): a named body of one country keeps it when a relative clause
after it names an opponent's country; each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_body_of_one_country_keeps_it_against_a_country_in_its_relative_clause() -> None:
    found = extract(
        "The White Helmets, who were named again in the latest Russian claims, told reporters that"
        " their crews were busy clearing roads.",
        "Their deputy head in Hama, Omar Basel, said the accusation was a warning of new air strikes.",
    )
    assert found["affiliation"].tolist() == ["Syria", "Syria"]


def test_a_person_still_takes_the_country_of_a_relative_clause() -> None:
    found = extract("Ivan Petrenko, who heads Russia's centre at the airbase, said the convoy had left.")
    assert found["affiliation"].tolist() == ["Russia"]
