"""Round-13 second pass, typed body anaphor (issue 11: "the union", "The post", "the organisation", "The Embassy"
stand for the body of that type named before), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from analysis.sourcing.resolution import _typed_names
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_names_are_typed_by_an_introducing_noun_a_head_word_a_symbol_closed_line_or_as_acronyms() -> None:
    starts, names, kinds, countries = _typed_names(
        "The Chilean teachers' union SUTEC marched. The Embassy of Chile in Lima and the IAEA met.\n"
        "Marta Quispe ✔\nThe Alliance of Farm Workers joined."
    )
    typed = dict(zip(names, zip(kinds, countries, strict=True), strict=True))
    assert typed["SUTEC"] == ("union", "Chile")
    assert typed["Embassy of Chile"] == ("embassy", "")
    assert typed["IAEA"] == ("body", "")
    assert typed["Marta Quispe"] == ("channel", "")
    assert typed["Alliance of Farm Workers"] == ("union", "")
    assert starts == sorted(starts)


def test_the_union_is_the_union_named_before_with_the_country_of_its_introduction() -> None:
    found = extract(
        "Bus drivers in Valparaiso stayed home on Monday, the Chilean transport union SINTRAV said in a statement.",
        "The union said the stoppage would go on until the city council tabled a new offer.",
    )
    assert found["source"].tolist()[-1] == "SINTRAV"
    assert found["affiliation"].tolist()[-1] == "Chile"


def test_the_union_in_apposition_is_the_name_after_it() -> None:
    found = extract("The union, the Federation of Tram Workers, says its members voted for the stoppage.")
    assert found["source"].tolist() == ["Federation of Tram Workers"]


def test_the_organisation_is_the_last_acronym_named_body_and_never_a_channel() -> None:
    found = extract(
        "Inspectors of the IAEA visited the plant on Tuesday.",
        "The organisation said in a short statement that its team had found the seals intact.",
    )
    assert found["source"].tolist() == ["IAEA"]


def test_the_post_is_the_account_of_the_embedded_post_header() -> None:
    found = extract(
        "A clip of the flooded market spread quickly on Sunday.",
        "Harbour Watch Daily ✔",
        "The post claimed that the dam upstream had burst overnight.",
    )
    assert found["source"].tolist() == ["Harbour Watch Daily"]


def test_the_union_with_no_union_named_before_stays_as_written() -> None:
    found = extract(
        "The IAEA inspectors left on Monday.",
        "The union said the stoppage would go on until the council tabled a new offer.",
    )
    assert found["source"].tolist()[-1] == "union"


def test_their_inspectors_are_the_members_of_the_body_named_before_on_the_line() -> None:
    found = extract(
        "The figures come from the IAEA, which has not confirmed them. Their inspectors said the seals were"
        " intact when they left the plant."
    )
    assert found["source"].tolist()[-1] == "IAEA inspectors"


def test_their_officials_with_no_body_named_on_the_line_stay_as_written() -> None:
    found = extract("The IAEA visited the plant.", "Their officials said the seals were intact.")
    assert found["source"].tolist()[-1] == "Their officials"
