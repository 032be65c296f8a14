"""Round 13 (issue 11) of the attribution rules on invented sentences (none copied from the gold pages): a
relative pronoun as a cue's subject, a second cue coordinated with the first, and the relative clause
inside an object cue's content."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from analysis.sourcing import rules
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(speaker as written, cue, content) of every row."""
    return list(frame[["speaker_text", "cue", "content"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A restrictive "who says" after the outlet's verb: the object speaks; the first content ends
        # before the clause that names it.
        (
            'The Harbour Times writes that the harbour tax rose 5% last month, and quotes a fisherman who says "nobody'
            ' can pay this."',
            [
                ("The Harbour Times", "writes", "the harbour tax rose 5% last month"),
                ("a fisherman", "says", "nobody can pay this"),
            ],
        ),
        # A non-restrictive relative: the name before the comma speaks.
        (
            "The paper visits a bakery in the old town, Ana Ruiz, who says she will close at the end of June.",
            [("Ana Ruiz", "says", "she will close at the end of June")],
        ),
        # The relative clause of the sentence's subject ends at its closing comma.
        (
            "The port board, which says it has no money left, asked the city for a loan.",
            [("The port board", "says", "it has no money left"), ("The port board", "asked", "the city for a loan")],
        ),
    ],
)
def test_relative_pronoun_takes_its_noun_phrase_as_speaker(sentence: str, expected: list) -> None:
    assert rows(extract(sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # The content's end is unknown when the relative qualifies the opening subject.
        "Residents who say they were never warned plan to sue the council.",
        # A request, not reported content.
        "The drivers, who asked not to be named, left the depot at noon.",
        # An evidence verb's "which" stands for a clause, not a speaker.
        "The drones flew along the edge of the zone, which showed that the route had been used for attacks.",
    ],
)
def test_relative_pronoun_without_a_speaker(sentence: str) -> None:
    assert extract(sentence).empty


def test_coordinated_cue_is_a_verb_not_a_noun() -> None:
    found = extract(
        'The ministry accuses the mayor of "wasting public money" and claims that the works were never tendered.'
    )
    assert rows(found) == [
        ("The ministry", "accuses", 'the mayor of "wasting public money'),
        ("The ministry", "claims", "the works were never tendered"),
    ]


def test_plural_noun_after_and_stays_a_noun() -> None:
    """Only a form in the earlier cue's tense is read as its second verb: "denials and claims" after a past cue."""
    found = extract("The union said the denials and claims were all false.")
    assert rows(found) == [("The union", "said", "the denials and claims were all false")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The embassy accused the rebels of blocking a road that has carried food since May.",
            "the rebels of blocking a road that has carried food since May",
        ),
        ("The envoy urged that the road be reopened.", "the road be reopened"),
        # No noun phrase object before "that": an adverbial, and "that" opens the content.
        (
            "Drivers have complained for weeks that the depot was closed at night.",
            "the depot was closed at night",
        ),
    ],
)
def test_that_after_an_object_is_its_relative(sentence: str, content: str) -> None:
    assert extract(sentence)["content"].tolist() == [content]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Its chief engineer, Pieter de Graaf, told us the company could not wait much longer.", "Pieter de Graaf"),
        ("The firm's lawyer, Ana dos Santos, said the contract was void.", "Ana dos Santos"),
    ],
)
def test_apposed_name_with_a_particle(sentence: str, speaker: str) -> None:
    """A lower-case particle between capitalised words does not end an apposed name."""
    found = extract(sentence)
    assert len(found) == 1 and found["speaker_text"].iloc[0].endswith(speaker)


def _tokens(text: str) -> list[dict]:
    """Word tokens of ``text`` split on spaces, as the rules read them."""
    return [{"text": w, "norm": w.lower(), "is_word": True, "voice": "outlet"} for w in text.split()]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Pieter de Graaf", True), ("Ana dos Santos", True), ("Ana and Lena", False), ("de Graaf", False)],
)
def test_only_a_particle_between_capitals_continues_a_name(name: str, expected: bool) -> None:
    assert rules._is_apposed_name(_tokens(name)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The ferry firm said on Monday that the crossing would close, a charge its owner denies.",
            [
                ("The ferry firm", "said", "the crossing would close"),
                ("its owner", "denies", "a charge"),
            ],
        ),
        (
            "The ferry firm said on Monday that the crossing would close for a month, a claim dock workers dismissed"
            " as a bluff.",
            [
                ("The ferry firm", "said", "the crossing would close for a month"),
                ("dock workers", "dismissed", "a claim"),
            ],
        ),
    ],
)
def test_claim_noun_before_its_speaker(sentence: str, expected: list) -> None:
    """ ", a charge X denies": X speaks and reports on the noun; the first content keeps its own end."""
    assert rows(extract(sentence)) == expected


def test_claim_noun_ends_at_that() -> None:
    found = extract("The ferry firm said that the crossing would close, a claim that its workers rejected.")
    assert found["content"].tolist() == ["the crossing would close", "a claim"]
