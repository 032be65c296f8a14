"""Round-12 affiliation rules (issue 11: a post's owner after "for", a state named by its adjective), each on an
invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from analysis.sourcing.resolution import _learned_countries
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_spokesman_for_a_body_named_before_takes_its_country() -> None:
    found = extract(
        "Chile's fisheries ministry said the quotas would be cut by a third.",
        'On Monday, Col. Tomas Errazuriz, a spokesman for the ministry, said the cut was "unavoidable".',
    )
    assert found["affiliation"].tolist()[-1] == "Chile"


def test_an_adjective_before_a_state_body_names_a_state_the_text_also_writes() -> None:
    learned = _learned_countries("The Kalvian central bank said deposits were safe. Orbank, Kalvia's largest lender.")
    assert learned["Kalvia"] == "Kalvia" and learned["Kalvian"] == "Kalvia"
    # Without the name written elsewhere the adjective's stem is unknown: nothing is learned.
    assert _learned_countries("The Kalvian central bank said deposits were safe.") == {}


def test_a_body_placed_by_the_learned_state_gives_its_staff_that_country() -> None:
    found = extract(
        "Customers queued outside Orbank, Kalvia's largest lender, on Tuesday. The Kalvian central bank said"
        ' deposits were "fully guaranteed".',
        'Orbank\'s chief executive, Tomas Rydell, said the bank was "solvent".',
    )
    assert found["affiliation"].tolist()[-1] == "Kalvia"


def test_the_owner_of_a_post_wins_over_the_country_of_its_posting() -> None:
    found = extract(
        "The World Health Organization warned of cholera in the camps. Its representative in Chile, Dr. Lena"
        ' Aaltonen, said cases had "doubled in a week".'
    )
    assert found["source"].tolist()[-1] == "Lena Aaltonen"
    assert found["affiliation"].tolist()[-1] == "international"


def test_a_body_named_after_a_place_the_text_puts_in_a_country_takes_that_country() -> None:
    found = extract(
        "Dockers at the Belgian port of Kelmarsh walked out on Monday.",
        'The Kelmarsh Harbour Board said the strike was "unlawful".',
    )
    assert found["affiliation"].tolist() == ["Belgium"]


def test_a_place_without_a_country_adjective_gives_no_country() -> None:
    found = extract(
        "Dockers at the port of Kelmarsh walked out on Monday.",
        'The Kelmarsh Harbour Board said the strike was "unlawful".',
    )
    assert found["affiliation"].tolist() == ["unknown"]


def test_an_of_phrase_set_off_after_a_titled_name_is_the_post_owner() -> None:
    found = extract('"Deposits are safe," Dep. Governor Tomas Rydell, of the National Bank of Kalvia, said on Monday.')
    assert found["affiliation"].tolist() == ["Kalvia"]


def test_the_seat_of_an_of_phrase_owner_is_no_tie() -> None:
    found = extract('The analyst Lena Aaltonen, of the consultancy Grainwise in Madrid, said prices would "rise".')
    assert found["affiliation"].tolist() == ["unknown"]
