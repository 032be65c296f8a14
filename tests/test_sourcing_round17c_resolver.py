"""Round-17 resolver defects named by the extraction tuners (issue 11, tuner src17c), each a class, each on
invented names and sentences (no gold page's text)."""

from __future__ import annotations

from analysis import sourcing
from analysis.sourcing.firm_staff import firm_staff
from analysis.sourcing.naming import post_of_short_named_body, spokesperson_body
from analysis.sourcing.posts import post_holders, post_key
from conftest import INVENTED_TOP, attributions_of_paragraphs, make_study


def _attributions_of_raw(body: str):
    """Return the attributions of one invented article whose body is ``body`` as it stands (line breaks kept)."""
    return sourcing.attributions(make_study({"t1": INVENTED_TOP + body + "\n"}, {"t1": "Outlet A"}))


def test_staff_of_a_named_firm_are_the_staff_at_the_firm() -> None:
    # Written "<firm> <staff>" since the round-18 ruling (staff_of_named_body).
    assert firm_staff("Analysts at the Oslo brokerage Berg & Lunde") == "Berg & Lunde analysts"
    assert firm_staff("Economists at Halvik Capital Partners") == "Halvik Capital Partners economists"
    assert firm_staff("Some strategists at Rennet Markets") == "Rennet Markets strategists"
    # A state's body (a country word in its name) and a firm with its seat are left to the other rules.
    assert firm_staff("Analysts at the Pakistan Meteorological Department") is None
    assert firm_staff("Traders at Velk Grain in Lyon") is None
    assert firm_staff("Officials at the Velk ministry") is None


def test_a_firm_named_by_its_partners_is_no_person_named_by_the_last() -> None:
    found = attributions_of_paragraphs(
        "Analysts at Orvane & Lisle said the harbour backlog would grow by Friday.",
        "Holm & Vester said the fees had doubled since March.",
    )
    assert found["source"].tolist() == ["Orvane & Lisle analysts", "Holm & Vester"]


def test_a_post_written_with_its_country_before_or_after_is_one_post() -> None:
    assert post_key("Foreign Minister", "Velmoria") == post_key("Minister for Foreign Affairs", "Velmoria")
    assert post_key("Finance Minister", "Velmoria") != post_key("Foreign Minister", "Velmoria")
    raw = (
        "ODA KRELL, Minister for Foreign Affairs of Velmoria, said so. Ivo Dask, Minister of Finance of Velmoria,"
        " agreed."
    )
    holders = post_holders(raw)
    assert holders[post_key("Foreign Minister", "Velmoria")] == "Oda Krell"
    assert holders[post_key("Finance Minister", "Velmoria")] == "Ivo Dask"


def test_a_countrys_post_before_its_holder_is_named_is_the_holder() -> None:
    found = attributions_of_paragraphs(
        "Velmoria's Foreign Minister told delegates that the dam had failed in the night.",
        "Opening the debate, ODA KRELL, Minister for Foreign Affairs of Velmoria, said the losses were vast.",
    )
    assert found["source"].str.casefold().tolist() == ["oda krell", "oda krell"]


def test_a_post_two_people_hold_in_the_text_is_left_as_written() -> None:
    found = attributions_of_paragraphs(
        "Velmoria's Foreign Minister told delegates that the dam had failed.",
        "Oda Krell, Minister for Foreign Affairs of Velmoria, said the losses were vast.",
        "Per Lund, Minister for Foreign Affairs of Velmoria until May, and Ivo Dask, Minister for Foreign Affairs"
        " of Velmoria, met on Friday.",
    )
    assert found["source"].tolist()[0] != "Oda Krell"


def test_a_named_speaker_continues_over_a_line_break_inside_an_open_quotation() -> None:
    found = _attributions_of_raw(
        "Jan Holm, the mayor, opened the meeting on Friday. “The cranes are working,” said Ode Rask. “Nobody"
        " will\nlose a job this year,” he said."
    )
    assert found["source"].tolist() == ["Ode Rask", "Ode Rask"]


def test_a_named_speaker_does_not_continue_into_a_new_paragraph() -> None:
    found = _attributions_of_raw(
        "Jan Holm, the mayor, opened the meeting on Friday. “The cranes are working,” said Ode Rask.\n\n"
        "“Nobody will lose a job this year,” he said."
    )
    assert found["source"].tolist() == ["Ode Rask", "Jan Holm"]


def test_a_post_of_a_body_with_an_acronym_is_written_with_the_acronym() -> None:
    assert post_of_short_named_body("Secretary-General of the United Nations") == "UN Secretary-General"
    assert post_of_short_named_body("Special Envoy of the European Union") == "EU Special Envoy"
    assert post_of_short_named_body("Office of the United Nations") == "Office of the United Nations"
    assert post_of_short_named_body("High Representative of the Velmar Union") == (
        "High Representative of the Velmar Union"
    )


def test_a_spokesperson_for_a_head_of_state_speaks_for_the_office() -> None:
    found = attributions_of_paragraphs("A spokesman for the Velmorian President said the border would stay open.")
    assert found["source"].tolist() == ["Velmorian Presidency"]


def test_a_post_written_in_a_possessive_apposition_names_its_holder() -> None:
    found = attributions_of_paragraphs(
        "Velmoria's transport minister told the council that the bridge was safe.",
        "Later Per Vik, Velmoria's minister for transport, said the ferries were late.",
    )
    assert found["source"].tolist() == ["Per Vik", "Per Vik"]
    holders = post_holders("Velmoria's Federal Minister for Water, Ina Holt, spoke.")
    assert holders[post_key("water minister", "Velmoria")] == "Ina Holt"


def test_a_named_spokesperson_with_a_possessive_apposition_is_the_person() -> None:
    assert spokesperson_body("Mara Lind, the council's spokeswoman") == "Mara Lind"
    assert spokesperson_body("Ivo Dask, harbour board spokesman") == "Ivo Dask"
    assert spokesperson_body("harbour board's spokesman") == "harbour board"
