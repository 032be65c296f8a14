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


def test_a_judge_described_by_office_is_the_judge_named_with_a_title() -> None:
    found = attributions_of_paragraphs(
        "Before: Lady Justice Arnholt",
        "A Crown Court judge has thrown out a claim against the Velmar ferry company, ruling that the notice was late.",
        "Counsel for the owners, Maria Dent, said the notice had been posted in time.",
        'The judge disagreed. In her ruling she wrote: "A notice posted is not a notice served."',
        "She added that the owners would pay the costs.",
    )
    assert found["source"].tolist() == ["Arnholt", "Maria Dent", "Arnholt", "Arnholt"]


def test_a_government_written_by_its_parts_adjective_is_the_named_parts() -> None:
    found = attributions_of_paragraphs(
        "Rivers burst their banks across Oltra province on Sunday, cutting the northern highway.",
        "The provincial government said 40 villages had been evacuated.",
    )
    assert found["source"].tolist() == ["Oltra government"]


def test_a_parts_adjective_without_a_named_part_stays_as_written() -> None:
    found = attributions_of_paragraphs("The provincial government said 40 villages had been evacuated.")
    assert found["source"].tolist() == ["provincial government"]


def test_a_judge_of_the_other_gender_is_no_referent_of_the_pronoun() -> None:
    from analysis.sourcing.judges import judge_near

    raw = "Before: Mr Justice Corran\nThe judge agreed."
    assert judge_near(raw, len(raw), "female") is None
    assert judge_near(raw, len(raw), "male") == "Corran"


def test_they_in_an_answer_takes_up_the_question_without_its_turn_label() -> None:
    found = attributions_of_paragraphs(
        "PRESENTER: Aid convoys reached the valley on Friday.",
        "PRESENTER: And the Dutch rescue service itself?",
        "MARA VENT: They say the road is still mined.",
    )
    assert found["source"].tolist() == ["Dutch rescue service"]


def test_your_body_in_a_question_is_the_answering_witness_body() -> None:
    found = attributions_of_paragraphs(
        "Witnesses: Oda Brenvik, Managing Director, Tellmark Insurance.",
        "Q1 Chair: Ms Brenvik, on Friday your insurance told clients that claims would wait a month. Why?",
        "Oda Brenvik: We had too few assessors after the storm.",
    )
    assert found["source"].tolist()[0] == "Tellmark Insurance"


def test_your_noun_that_does_not_end_the_witness_body_stays_as_written() -> None:
    found = attributions_of_paragraphs(
        "Witnesses: Oda Brenvik, Managing Director, Tellmark Insurance.",
        "Q1 Chair: Ms Brenvik, on Friday your bank told clients that claims would wait a month. Why?",
        "Oda Brenvik: We had too few assessors after the storm.",
    )
    assert found["source"].tolist()[0] == "your bank"
