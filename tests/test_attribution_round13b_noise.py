"""Round 13b (issue 11): cue words used otherwise report nothing: a cue word modifying a noun of the press
("state television") and a cue followed only by a short prepositional phrase ("told reporters in Bergen",
"announced in advance"). Invented sentences, none copied from the gold pages."""

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
            "The chief told Norlandic state television that the port would reopen.",
            [["The chief", "told", "the port would reopen"]],
        ),
        ("The claim was carried by Norlandic state media.", []),
        ('The chief told state radio on Monday: "We are ready."', [["The chief", "told", "We are ready"]]),
        # The verb before a clause stays a cue.
        ("The ministers state that the port will reopen.", [["The ministers", "state", "the port will reopen"]]),
    ],
)
def test_cue_word_before_a_noun_of_the_press(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Before joining the Courier in 2016, he reported for a Bergen news site.", []),
        ("The footage shows a fire drill announced in advance.", []),
        (
            "She said the town had seen no sign of the preparations described by the envoy.",
            [["She", "said", "the town had seen no sign of the preparations described by the envoy"]],
        ),
        # A fronted phrase before a clause with its own verb is content.
        (
            "The officials said in some districts families had lost everything.",
            [["The officials", "said", "in some districts families had lost everything"]],
        ),
        ("The mayor said at least 40 homes were flooded.", [["The mayor", "said", "at least 40 homes were flooded"]]),
        (
            "The mayor told reporters in Bergen that the bridge would reopen.",
            [["The mayor", "told", "the bridge would reopen"]],
        ),
    ],
)
def test_prepositional_phrase_alone_is_no_content(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"We are not going back to the quay for an offer they could have made," Jan de Vries, chairman of the '
            "dockers' union, told a rally outside the terminal.",
            [["Jan de Vries", "told", "We are not going back to the quay for an offer they could have made"]],
        ),
        (
            '"We are not going back to the quay," Ana dos Santos, head of the union, said.',
            [["Ana dos Santos", "said", "We are not going back to the quay"]],
        ),
    ],
)
def test_name_particle_before_an_apposition(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A relative clause with no "that" on a noun far from any comma reports nothing.
        ("The only flood of the month was reported a week later in a place the warnings never mentioned.", []),
        # After a comma the noun is the reported object, as before.
        (
            "The rebels were accused of staging attacks, a charge they have always rejected.",
            [["", "accused", "of staging attacks"], ["they", "rejected", "a charge"]],
        ),
    ],
)
def test_object_relative_head_follows_a_comma(sentence: str, expected: list[list[str]]) -> None:
    assert rows(extract(sentence)) == expected
