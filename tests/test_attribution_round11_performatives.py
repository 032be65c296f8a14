"""Round 11 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages): the
present-tense speech acts a text performs in its own first person ("We call on …", "Let me say …") attribute
nothing, while its reports of earlier statements ("We warned … that …") stay attributions."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(frame: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """(speaker as written, cue, mode, content) of every row."""
    return list(frame[["speaker_text", "cue", "mode", "content"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    "sentence",
    [
        "We call on the harbour board to reopen the quay at once.",
        "We urge both unions to return to the table.",
        "Let me say clearly: the quay will stay open.",
        "Let us recall that the quay was built in 1904.",
    ],
)
def test_a_present_speech_act_of_the_texts_own_we_attributes_nothing(sentence):
    assert rows(extract(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "We warned the board last week that the quay would close.",
            [("We", "warned", "indirect", "the quay would close")],
        ),
        ("We have said for weeks that the quay would close.", [("We", "said", "indirect", "the quay would close")]),
        (
            "The pilots call on the board to reopen the quay.",
            [("The pilots", "call on", "indirect", "the board to reopen the quay")],
        ),
    ],
)
def test_earlier_statements_and_other_speakers_present_cues_stay_attributions(sentence, expected):
    assert rows(extract(sentence)) == expected
