"""Round 11, second pass, of the attribution rules (issue 11) on invented sentences (none copied from the
gold pages): where an indirect content ends before the outlet's own words after a comma."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def contents(frame: pd.DataFrame) -> list[tuple[str, str]]:
    """(speaker as written, content) of every row."""
    return list(frame[["speaker_text", "content"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A result participle with a determined object is the outlet's account of what the act did.
        (
            "The ferry company said on Tuesday it was closing its northern route, ending a link that islanders"
            " had used for decades.",
            [("The ferry company", "it was closing its northern route")],
        ),
        (
            "Local traders blamed the council for the empty shelves, ignoring the fact that the storm had"
            " shut the road.",
            [("Local traders", "the council for the empty shelves")],
        ),
        # An adverbial participle with no determined object stays in the content.
        (
            "The board said the votes would be counted again in the presence of observers, starting on Thursday.",
            [("The board", "the votes would be counted again in the presence of observers, starting on Thursday")],
        ),
        # A preposition in -ing form opens an adverbial of the content, not the outlet's clause.
        (
            "The mayor said 40 families had been moved, including the residents of the old mill.",
            [("The mayor", "40 families had been moved, including the residents of the old mill")],
        ),
    ],
)
def test_result_participle_ends_the_content(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert contents(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Taking notice of a thing is no report.
        ("The ministry has noted the latest figures and the comments of several neighbours.", []),
        # Before a that-clause, and after its content, the verb reports.
        ("The ministry noted that the figures had improved.", [("The ministry", "the figures had improved")]),
        (
            "The figures had improved since March, the ministry noted.",
            [("the ministry", "The figures had improved since March")],
        ),
    ],
)
def test_note_with_an_object_is_no_report(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert contents(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Speech not yet made: after a future modal, or asked about in a question.
        (
            "The council said the mayor will reiterate the offer at the next meeting.",
            [("The council", "the mayor will reiterate the offer at the next meeting")],
        ),
        ("The envoy will announce the new talks in Geneva next week.", []),
        ("Will the ministry urge both unions to return to the table?", []),
        # A past cue in a statement still reports.
        ("The envoy announced the new talks in Geneva.", [("The envoy", "the new talks in Geneva")]),
    ],
)
def test_unperformed_cue_reports_nothing(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert contents(extract(sentence)) == expected


def speakers(frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(speaker as written, cue, content) of every row."""
    return list(frame[["speaker_text", "cue", "content"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # A that-only cue reports after a closed quotation (the inverted order of translated copy).
        (
            '"The bridge will reopen in May," declared the regional governor, Ana Brisa.',
            [("the regional governor, Ana Brisa", "declared", "The bridge will reopen in May")],
        ),
        # A hearer or medium between the inverted cue and its speaker.
        (
            '"We will stay on the quay," declared to the radio its chairwoman, Ines Varga.',
            [("its chairwoman, Ines Varga", "declared", "We will stay on the quay")],
        ),
        (
            '"The ferries run again," indicated in a statement the head of the harbour office.',
            [("the head of the harbour office", "indicated", "The ferries run again")],
        ),
        # An adverbial after the cue is no hearer: the speaker stands before the cue.
        (
            '"The ferries run again," the harbour master, Ola Brun, said in a televised statement on Friday.',
            [("the harbour master, Ola Brun", "said", "The ferries run again")],
        ),
        # The apposed name is the speaker's also when an adverbial follows it after a comma.
        (
            '"We will not give up the quay," declared the Dutch minister, Piet Mols, in Rotterdam.',
            [("the Dutch minister, Piet Mols", "declared", "We will not give up the quay")],
        ),
        # Without a quotation before it the that-only cue is still an act.
        ("The province declared a state of emergency on Monday.", []),
    ],
)
def test_inverted_speaker_after_hearer(paragraph: str, expected: list[tuple[str, str, str]]) -> None:
    assert speakers(extract(paragraph)) == expected
