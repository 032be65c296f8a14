"""Round 14 (issue 11): cues that report no content of their own: a generic object ("said many things"), the
text's own first-person question ("We asked X what ..."), and a content that names its speaker anew after
", but". Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(found: pd.DataFrame) -> list[list[str]]:
    return found[["speaker_text", "content"]].values.tolist()


@pytest.mark.parametrize(
    "sentence",
    [
        "Lisbon has said many things about this pier.",
        "Ferry lines say a lot of things in the second week of a strike.",
        "The mayor said nothing about the pier.",
        "We asked two bakers, in Porto and in Faro, what lies behind it.",
        "I asked her why the pier was closed.",
    ],
)
def test_no_content_is_attributed(sentence: str) -> None:
    assert rows(extract(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor said everything was ready.", [["The mayor", "everything was ready"]]),
        ("The mayor said a lot of people had left.", [["The mayor", "a lot of people had left"]]),
        ("The guild said the same thing on Monday.", [["The guild", "the same thing on Monday"]]),
        ("We asked the council to reopen the pier.", [["We", "the council to reopen the pier"]]),
        ("Readers asked whether the pier is safe.", [["Readers", "whether the pier is safe"]]),
    ],
)
def test_a_clause_or_a_reference_back_is_still_content(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected


def test_a_clause_naming_the_speaker_anew_is_not_its_content() -> None:
    found = extract("Lisbon said it will respond, but Lisbon also has no appetite for a fight.")
    assert rows(found) == [["Lisbon", "it will respond"]]


def test_a_clause_about_another_subject_stays_in_the_content() -> None:
    found = extract("Lisbon said it will respond, but Madrid has no appetite for a fight.")
    assert rows(found) == [["Lisbon", "it will respond, but Madrid has no appetite for a fight"]]


def test_an_indefinite_apposition_after_an_object_content_is_the_outlets() -> None:
    found = extract(
        "Chad called for rich countries to pay for the damage caused by the floods, an issue it will raise at the"
        " summit in May."
    )
    assert rows(found) == [["Chad", "rich countries to pay for the damage caused by the floods"]]


def test_a_capitalised_name_after_the_comma_is_no_apposition() -> None:
    found = extract("Chad called for talks with the guild, a Lisbon body, and the council.")
    assert rows(found) == [["Chad", "talks with the guild, a Lisbon body"]]
