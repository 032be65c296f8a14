"""Round 15 (issue 11): a speaker with a relative clause without "that" ("officials I spoke to insist") speaks;
the pronoun of the relative clause, its adverbial's place and a cue that is the relative clause's own verb do not.
Invented sentences, none copied from the gold pages."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_a_relative_clause_ending_in_a_preposition_before_the_cue() -> None:
    found = extract("Fishermen I spoke to insist the quota was never explained.")
    assert rows(found) == [["Fishermen", "insist", "the quota was never explained"]]


def test_the_place_of_the_relative_clause_is_not_the_speaker() -> None:
    found = extract("Growers we talk to in Valdora say prices have halved since May.")
    assert rows(found) == [["Growers", "say", "prices have halved since May"]]


def test_a_relative_clause_with_a_time_phrase_ends_the_earlier_content() -> None:
    found = extract("The council says the canal is clean, but the families I met on Sunday say the water smells.")
    assert rows(found) == [
        ["The council", "says", "the canal is clean"],
        ["the families", "say", "the water smells"],
    ]


def test_a_cue_that_is_the_relative_clauses_own_verb_keeps_its_pronoun() -> None:
    found = extract("The board was accused of hiding losses, a charge they have always rejected.")
    assert ["they", "rejected", "a charge"] in rows(found)
