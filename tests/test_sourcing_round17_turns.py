"""Round-17 (second wave) resolution rules (issue 11), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

from analysis.sourcing.resolution import _body_ties, _learned_countries
from conftest import attributions_of_paragraphs


def test_a_body_named_with_its_states_possessive_gives_its_officials_that_state() -> None:
    found = attributions_of_paragraphs(
        "Velmoria's finance ministry paid for the count, and Velmoria's Federal Ballot Commission ordered it.",
        "The commission's vice-chairman, Oskar Tarvel, told reporters that the count would take a week.",
    )
    assert found["source"].tolist()[-1] == "Oskar Tarvel"
    assert found["affiliation"].tolist()[-1] == "Velmoria"


def test_a_body_closed_by_an_of_phrase_naming_its_state_is_tied_to_that_state() -> None:
    raw = "The Grand Mining Council of Velmoria met on Friday. The Velmorian finance ministry stayed silent."
    ties = _body_ties(raw, _learned_countries(raw))
    assert ties.get("grand mining council") == "Velmoria"


def test_an_adverb_before_the_states_possessive_still_places_the_body() -> None:
    raw = "Korvell, once Velmoria's largest insurer, was wound up. The Velmorian finance ministry said nothing."
    assert _body_ties(raw, _learned_countries(raw)).get("korvell") == "Velmoria"
