"""Round 15 (issue 11): "as" after a participle inside an object content ("the group, known as X, of ...")
names the object and ends nothing; "as" before a clause's subject still ends it. Invented sentences."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_known_as_stays_inside_the_object() -> None:
    found = extract("The navy accused the crew, known as the Blue Gulls, of smuggling diesel.")
    assert rows(found) == [["The navy", "accused", "the crew, known as the Blue Gulls, of smuggling diesel"]]


def test_a_regular_participle_before_as_stays_inside_the_object() -> None:
    found = extract("The navy accused the skipper, listed as the ring's leader, of smuggling diesel.")
    assert rows(found) == [["The navy", "accused", "the skipper, listed as the ring's leader, of smuggling diesel"]]


def test_as_before_a_subject_still_ends_the_object() -> None:
    found = extract("The mayor called for calm as the dockers and the police traded blame.")
    assert rows(found) == [["The mayor", "called for", "calm"]]
