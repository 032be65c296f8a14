"""Round 15 (issue 11): a prepositional adverbial between an auxiliary and its participle ("has for weeks
accused") stands between the speaker and the cue. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_an_adverbial_of_time_between_auxiliary_and_cue() -> None:
    found = extract("The port authority has for months accused the carriers of dumping ballast water.")
    assert rows(found) == [["The port authority", "accused", "the carriers of dumping ballast water"]]


def test_an_adverbial_with_an_adjective_between_auxiliary_and_cue() -> None:
    found = extract("The ferry union has in recent weeks claimed that the timetable is unsafe.")
    assert rows(found) == [["The ferry union", "claimed", "the timetable is unsafe"]]


def test_a_capitalised_place_after_the_preposition_is_no_such_adverbial() -> None:
    found = extract("Officials in Valdora have said the road is open.")
    assert rows(found) == [["Officials in Valdora", "said", "the road is open"]]
