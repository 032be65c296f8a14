"""Round-13 outlet anaphor rule (issue 11: "the paper", "its editorial" stand for the outlet named before), each on
an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from analysis.sourcing.resolution import _outlet_intros
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_outlets_are_found_after_their_noun_with_the_country_of_a_demonym() -> None:
    (starts, names), countries = _outlet_intros(
        "The Chilean weekly El Faro Austral ran a poll. Kalvia's biggest tabloid, Morgenblitz, did not."
    )
    assert names == ["El Faro Austral", "Morgenblitz"]
    assert countries == {"El Faro Austral": "Chile", "Morgenblitz": ""}
    assert starts[0] == len("The Chilean weekly ")


def test_the_paper_is_the_outlet_named_before_in_its_paragraph() -> None:
    found = extract(
        "The Chilean weekly El Faro Austral leads with the fishing quotas. The paper says the cut will close"
        " three harbours in the south."
    )
    assert found["source"].tolist() == ["El Faro Austral"]
    assert found["affiliation"].tolist() == ["Chile"]


def test_an_editorial_speaks_for_its_outlet_by_its_or_by_the_papers() -> None:
    found = extract(
        "The broadsheet Morning Ledger is more cautious. Its leader says the quotas are overdue.",
        "The Chilean daily La Voz Sur disagrees. The paper's editorial says the cut comes too early.",
    )
    assert found["source"].tolist() == ["Morning Ledger", "La Voz Sur"]
    assert found["affiliation"].tolist() == ["unknown", "Chile"]


def test_a_named_outlet_takes_the_country_of_its_introduction() -> None:
    found = extract("The Chilean daily La Voz Sur accuses the ministry of hiding the figures.")
    assert found["source"].tolist() == ["La Voz Sur"]
    assert found["affiliation"].tolist() == ["Chile"]


def test_its_leader_without_an_outlet_in_the_paragraph_is_not_an_editorial() -> None:
    found = extract(
        "The Chilean weekly El Faro Austral ran the story first.",
        "The Harbour Party met on Monday. Its leader said the party would vote against the cut.",
    )
    assert "El Faro Austral" not in found["source"].tolist()
