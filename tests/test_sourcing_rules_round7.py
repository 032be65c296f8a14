"""Round-7 attribution rules (issue 11), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_courtesy_title_with_its_period_stays_in_the_speaker() -> None:
    found = extract('"The wells are dry in every village we visited," said Mrs. Orla Penhallow, the mission leader.')
    assert found["speaker_text"].tolist() == ["Mrs. Orla Penhallow"]
    assert found["source"].tolist() == ["Orla Penhallow"]
    assert found["mode"].tolist() == ["direct"]


def test_the_country_an_international_officer_serves_is_no_affiliation() -> None:
    found = extract(
        "Food stocks in the valley will run out within a month, said Tomas Ekwall, "
        "the UNICEF representative for Somalia."
    )
    assert found["source"].tolist() == ["Tomas Ekwall"]
    assert found["affiliation"].tolist() == ["international"]
