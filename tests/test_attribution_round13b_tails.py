"""Round 13b (issue 11): where an indirect content ends. ", according to X," followed by the outlet's own
addition ends the content before the cue; a short time phrase and "after"/"before" after a comma opens the
outlet's clause. Invented sentences, none copied from the gold pages."""

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
    """Return [speaker, cue, content] per attribution."""
    return found[["speaker_text", "cue", "content"]].values.tolist()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "About two million people live in the valley, according to U.N. estimates, around half of them "
            "displaced from other regions.",
            [["U.N. estimates", "according to", "About two million people live in the valley"]],
        ),
        (
            "Norland has pledged $30 million in aid, according to the embassy in Oslo, less than the price of a jet.",
            [["the embassy in Oslo", "according to", "Norland has pledged $30 million in aid"]],
        ),
        # Interposed inside one clause: the predicate of the subject follows.
        (
            "The staged footage, according to him, is intended to be shown abroad.",
            [["him", "according to", "The staged footage, according to him, is intended to be shown abroad"]],
        ),
        (
            "The footage, according to the rescuers, shows a drill.",
            [["the rescuers", "according to", "The footage, according to the rescuers, shows a drill"]],
        ),
    ],
)
def test_according_to_between_commas(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norland said on Monday it could not guarantee the safety of ferries, two days after it left the "
            "fishing accord, and cod prices rose.",
            [["Norland", "said", "it could not guarantee the safety of ferries"]],
        ),
        (
            "Norland said it could not guarantee the safety of ferries, a day after the ministry warned it would "
            "respond.",
            [
                ["Norland", "said", "it could not guarantee the safety of ferries"],
                ["the ministry", "warned", "it would respond"],
            ],
        ),
        # A participle before "before" is no time phrase: the content goes on.
        (
            "The mayor said the story was an invention, repeated before every election.",
            [["The mayor", "said", "the story was an invention, repeated before every election"]],
        ),
    ],
)
def test_time_phrase_clause_ends_content(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The envoy dismissed the claims at a meeting of the council in Geneva.", "the claims"),
        ("The wardens have rejected the accusations on previous occasions.", "the accusations"),
        # "as" and "that" keep the whole object; no adjunct: the object unchanged.
        (
            'The union rejected the claim as "a fiction" meant to split workers in the port.',
            'the claim as "a fiction" meant to split workers in the port',
        ),
        (
            "The union rejected a claim by the owners that pay in the port had risen.",
            "a claim by the owners that pay in the port had risen",
        ),
        ("The union rejected the offer.", "the offer"),
    ],
)
def test_rejected_claim_ends_before_an_adverbial(sentence: str, content: str) -> None:
    assert extract(sentence)["content"].tolist() == [content]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Every time the ministry says we will stage something, the shelling starts a few days later.",
            [["the ministry", "says", "we will stage something"]],
        ),
        (
            "When the mayor said the bridge was safe, nobody believed him.",
            [["the mayor", "said", "the bridge was safe"]],
        ),
        # A main clause's cue keeps its coordinated content.
        (
            "The ministry says the bridge is safe, and engineers agree.",
            [["The ministry", "says", "the bridge is safe, and engineers agree"]],
        ),
    ],
)
def test_cue_in_a_fronted_subordinate_clause(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected
