"""Round 11 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages): the
forms of translated and agency copy, an impersonal passive closing its sentence ("…, it was further said.")
and "expressed that" (a calque of Turkish and Spanish), a cue only before a that-clause."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(frame: pd.DataFrame) -> list[tuple[str, str, str, str, bool]]:
    """(speaker as written, cue, mode, content, agentless) of every row."""
    return list(frame[["speaker_text", "cue", "mode", "content", "agentless"]].itertuples(index=False, name=None))


@pytest.mark.parametrize("adverb", ["", "further "])
def test_an_impersonal_passive_after_a_comma_reports_the_clause_before_it(adverb):
    frame = extract(f"Members of the dockers' union will block the gates on Friday, it was {adverb}said.")
    assert rows(frame) == [
        ("", "said", "indirect", "Members of the dockers' union will block the gates on Friday", True)
    ]


def test_a_passive_with_a_noun_subject_after_a_comma_stays_no_report():
    assert rows(extract("The gates were closed on Monday, and the plan was announced.")) == []


def test_expressed_that_reports_and_expressed_concern_does_not():
    frame = extract(
        "Captain Ilse Moreau expressed that the pilots' guild will also take part in the talks.",
        "The minister expressed concern about the talks.",
    )
    assert rows(frame) == [
        ("Captain Ilse Moreau", "expressed", "indirect", "the pilots' guild will also take part in the talks", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        ("« Thousands of dockers will pay the price », underlined the spokesman.", "the spokesman", "underlined"),
        ("“Each day of the strike costs 2 million euros,” estimated its president.", "its president", "estimated"),
        ("“The quay stays shut until Monday,” stressed the spokeswoman.", "the spokeswoman", "stressed"),
    ],
)
def test_translated_copy_inverts_underlined_estimated_stressed_after_a_quotation(sentence, speaker, cue):
    (row,) = rows(extract(sentence))
    assert row[:3] == (speaker, cue, "direct")


def test_an_inverting_cue_with_an_object_after_a_comma_is_no_inverted_speaker():
    assert rows(extract("The board approved the plan, stressed the need for talks and left.")) == []
