"""Round-11 second-pass resolution rules (issue 11), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_modified_description_takes_up_the_earlier_body_with_the_same_head() -> None:
    # "the central bank" matches no name ending in "Central Bank": its head noun finds the bank named before.
    found = extract(
        "The National Bank of Poland said on Friday that the payment system was working normally.",
        '"Nothing has been lost," Deputy Governor Petra Lind of the central bank told reporters.',
    )
    assert found["source"].tolist() == ["National Bank of Poland", "Petra Lind"]
    assert found["affiliation"].tolist() == ["Poland", "Poland"]


def test_a_modified_description_with_no_earlier_body_of_that_head_stays_unresolved() -> None:
    # The earlier source is an agency, not a bank: the head noun finds nothing and no country is invented.
    found = extract(
        "The Polish Meteorological Agency said on Friday that the storm had passed.",
        '"Nothing has been lost," Deputy Governor Petra Lind of the central bank told reporters.',
    )
    assert found["source"].tolist()[1] == "Petra Lind"
    assert found["affiliation"].tolist() == ["Poland", "unknown"]


def test_an_unnamed_source_drops_the_time_and_frequency_of_its_participle() -> None:
    found = extract(
        "Videos posted hundreds of times on Telegram and Viber since Monday claim that the dam burst overnight.",
        "Messages forwarded repeatedly on Signal and Line since early June say that the bridge is closed.",
    )
    assert found["source"].tolist() == ["Videos posted on Telegram and Viber", "Messages forwarded on Signal and Line"]


def test_a_source_without_such_adverbials_is_kept_as_written() -> None:
    # "nearby" is no -ly manner adverb and "Italy" is a name: nothing is cut.
    found = extract(
        "Fishermen living nearby said that the water had turned brown.",
        "Diplomats visiting Italy said that the talks would resume.",
    )
    assert found["source"].tolist() == ["Fishermen living nearby", "Diplomats visiting Italy"]


def test_a_ministry_portfolio_is_never_learnt_as_a_state() -> None:
    # "Finance" and "Trade" stand where a state's name would ("National Bank of Velmora"); only Velmora is a state.
    found = extract(
        "Velmora's central bank said on Monday that salaries would be paid.",
        "The Minister of Finance of Velmora, Tomas Reik, said that the budget was safe.",
        "The Ministry of Trade, Industry and Energy said that exports had fallen.",
    )
    assert found["affiliation"].tolist() == ["Velmora", "Velmora", "unknown"]
