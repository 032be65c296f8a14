"""Round-13 third pass, owner chains (issue 11): a post's owner named by a body of one country ("a spokesman for
the White Helmets") or by a noun of any body ("the group's spokesman", "a spokesman for the group in Hama") gives
the person that body's country; "the group" as a speaker takes up such a body. Invented examples only."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_post_for_a_body_of_one_country_takes_its_country() -> None:
    found = extract('"Our crews were clearing roads all night," Omar Basel, a spokesman for the White Helmets, said.')
    assert found[["source", "affiliation"]].values.tolist() == [["Omar Basel", "Syria"]]


def test_a_post_of_the_group_takes_the_country_of_the_body_before() -> None:
    found = extract(
        "The White Helmets said their teams had reached the village before dawn.",
        '"We saw no gas, only smoke," the group\'s deputy director, Nadia Farah, said.',
    )
    assert found[["source", "affiliation"]].values.tolist()[1] == ["Nadia Farah", "Syria"]


def test_a_seat_after_the_group_is_left_out_of_the_owner() -> None:
    found = extract(
        "The White Helmets said their teams had reached the village before dawn.",
        '"We saw no gas," Omar Basel, a spokesman for the group in Hama, said by telephone.',
    )
    assert found[["source", "affiliation"]].values.tolist()[1] == ["Omar Basel", "Syria"]


def test_the_group_as_a_speaker_takes_up_the_named_body() -> None:
    found = extract("The White Helmets are often accused of faking rescues, a claim the group rejects.")
    # The first row is the agentless "are accused of"; the second is the group's.
    assert found[["source", "affiliation"]].values.tolist()[-1] == ["White Helmets", "Syria"]


def test_the_group_without_a_body_before_gives_no_country() -> None:
    found = extract('"We saw no gas," Omar Basel, a spokesman for the group, said.')
    assert found[["source", "affiliation"]].values.tolist() == [["Omar Basel", "unknown"]]


def test_its_post_takes_the_country_an_apposition_gave_the_previous_subject() -> None:
    found = extract(
        "Korvel, Norway's second-largest insurer, saw its shares fall on Monday. Its finance director, Lena Prak,"
        " said the fall was overdone."
    )
    assert found[["source", "affiliation"]].values.tolist() == [["Lena Prak", "Norway"]]


def test_its_post_ignores_a_previous_subject_placed_as_a_person() -> None:
    found = extract(
        "Jana Olsen, the Danish trade minister, met exporters on Monday. Its finance director, Lena Prak, said"
        " the talks were useful."
    )
    assert found[["source", "affiliation"]].values.tolist() == [["Lena Prak", "unknown"]]


def test_head_of_a_body_is_a_post_that_takes_its_country() -> None:
    found = extract(
        "The Polish Centre for Flood Relief said on Monday that the levees would hold.",
        '"The water is falling," Marek Nowy, head of the centre, said.',
    )
    assert found[["source", "affiliation"]].values.tolist()[1] == ["Marek Nowy", "Poland"]


def test_a_description_takes_up_a_body_in_the_other_spelling() -> None:
    found = extract(
        "The Polish Center for Flood Relief said on Monday that the levees would hold.",
        "Marek Nowy, who heads the centre, said the water was falling.",
    )
    assert found[["source", "affiliation"]].values.tolist()[1] == ["Marek Nowy", "Poland"]


def test_a_post_opening_the_sentence_before_the_name_ties_the_person() -> None:
    found = extract(
        "Korvel, Norway's second-largest insurer, saw its shares fall on Monday.",
        "Korvel's chief executive, Lena Prak, who spoke after the meeting, assured investors that all claims"
        " would be paid.",
    )
    assert found[["source", "affiliation"]].values.tolist()[-1] == ["Lena Prak", "Norway"]


def test_a_clause_before_the_name_without_a_post_ties_nothing() -> None:
    found = extract(
        "The Kremlin is ready to talk as soon as Norway's demands are met, Vremya Nova writes, quoting an aide.",
    )
    assert found["affiliation"].tolist()[0] == "unknown"
