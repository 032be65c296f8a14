"""Round-16 (second pass) source rules (issue 11): an outlet named by a press review's heading or by a name ending
in an outlet noun, a two-word editorial noun, a hyphenated modifier before a body, a place's police; each on an
invented example (no sentence of a gold page)."""

from __future__ import annotations

from analysis.sourcing.resolution import _outlet_heading, _outlet_intros
from analysis.sourcing.speakers import _place_force, _without_hyphen_modifier
from conftest import attributions_of_paragraphs


def test_a_name_ending_in_a_capitalised_outlet_noun_introduces_an_outlet() -> None:
    (_, names), _ = _outlet_intros("The opposition-leaning Lakeford Weekly disagrees. Kalvia's Harbour Daily does not.")
    assert names == ["Lakeford Weekly", "Harbour Daily"]


def test_a_noun_alone_after_the_is_no_outlet_name() -> None:
    (_, names), _ = _outlet_intros("The Daily ran a poll on the paper quotas.")
    assert names == []


def test_its_front_page_speaks_for_the_outlet_named_before() -> None:
    found = attributions_of_paragraphs(
        "The opposition-leaning Lakeford Weekly sees it otherwise. Its front page says the quotas were set in secret.",
    )
    assert found["source"].tolist() == ["Lakeford Weekly"]


def test_a_heading_names_the_outlet_of_the_paragraph_under_it() -> None:
    raw = "Morning Ledger: Quotas cut again\nThe Chilean paper is worried about the harbours."
    assert _outlet_heading(raw, raw.index("The Chilean")) == "Morning Ledger"
    assert _outlet_heading("Some plain sentence.\nThe paper says so.", len("Some plain sentence.\n")) == ""


def test_the_paper_under_a_heading_is_the_heading_outlet() -> None:
    found = attributions_of_paragraphs(
        "The Southern Courier: Fishermen count the cost\nThe Chilean paper leads with the quotas. Its editorial says"
        " the cut will close three harbours.",
    )
    assert found["source"].tolist() == ["Southern Courier"]
    assert found["affiliation"].tolist() == ["Chile"]


def test_a_hyphenated_seat_or_leader_is_no_part_of_a_body() -> None:
    assert _without_hyphen_modifier("Oslo-based Fjord Water Institute") == "Fjord Water Institute"
    assert _without_hyphen_modifier("council-run harbour office") == "harbour office"
    assert _without_hyphen_modifier("Ana Ruiz-Pardo") == "Ana Ruiz-Pardo"
    assert _without_hyphen_modifier("well-known lawyers") == "well-known lawyers"


def test_a_hyphenated_modifier_is_dropped_from_a_speaker() -> None:
    found = attributions_of_paragraphs("The Oslo-based Fjord Water Institute said the lake was shrinking.")
    assert found["source"].tolist() == ["Fjord Water Institute"]


def test_police_in_a_place_are_the_places_police() -> None:
    assert _place_force("Police in Lakeford") == "Lakeford police"
    assert _place_force("police in the north") == "police in the north"
    found = attributions_of_paragraphs("Police in Lakeford said two men had been arrested.")
    assert found["source"].tolist() == ["Lakeford police"]


def test_a_bare_bodys_document_speaks_for_the_body_named_before() -> None:
    found = attributions_of_paragraphs(
        "The Lakeford Harbour Authority closed the north quay on Monday. According to the authority's weekly"
        " report, forty ships waited outside the harbour.",
    )
    assert found["source"].tolist() == ["Lakeford Harbour Authority"]


def test_a_bare_bodys_document_with_no_body_before_stays_as_written() -> None:
    found = attributions_of_paragraphs("According to the authority's weekly report, forty ships waited outside.")
    assert found["source"].tolist() == ["authority's weekly report"]
