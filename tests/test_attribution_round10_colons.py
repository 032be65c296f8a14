"""Round 10 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
a quotation introduced by a colon after a place phrase, and a quotation closing on "?" before its cue."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(frame: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """(speaker as written, cue, mode, content) of every row."""
    return list(frame[["speaker_text", "cue", "mode", "content"]].itertuples(index=False, name=None))


def test_a_long_place_phrase_before_the_colon_leaves_the_next_paragraph_as_the_quotation():
    frame = extract(
        "The harbour master added in an interview with the town's morning radio programme:",
        '"We will reopen the quay once the cranes are checked."',
    )
    assert rows(frame) == [
        ("The harbour master", "added", "direct", "We will reopen the quay once the cranes are checked")
    ]


def test_the_hearer_of_told_and_a_dated_place_phrase_before_the_colon_are_not_content():
    frame = extract(
        "The mayor, Anna Holt, told a news conference in Bergen on Oct. 3:",
        '"This is not a storm season. This is a new climate."',
    )
    assert rows(frame) == [
        ("The mayor, Anna Holt", "told", "direct", "This is not a storm season. This is a new climate")
    ]


def test_a_clause_before_the_colon_stays_the_content():
    # A finite verb after the cue: the words before the colon are what was said, not a place phrase.
    frame = extract("The mayor said in the end the quay would reopen:", '"Soon."')
    assert frame["content"].tolist() == ["in the end the quay would reopen"]


def test_added_before_a_preposition_without_a_colon_is_still_no_report():
    assert extract("The storm added in a single night more damage than the whole winter.").empty


def test_a_question_closing_a_quotation_before_its_cue_is_direct_with_that_speaker():
    frame = extract(
        'Some skippers blamed the delay on the port. "Three cranes for a whole harbour. What did they expect?" '
        "said Jon Berg, who fishes from the quay."
    )
    assert rows(frame)[1] == ("Jon Berg", "said", "direct", "Three cranes for a whole harbour. What did they expect?")
    assert len(frame) == 2


def test_an_exclamation_closing_a_quotation_before_a_pronoun_cue_is_direct():
    frame = extract('"We will not give up the quay!" she said after the meeting.')
    assert rows(frame) == [("she", "said", "direct", "We will not give up the quay!")]


def test_a_capitalised_sentence_after_a_question_is_not_joined():
    frame = extract('"What did they expect?" The skippers were angry about the delay.')
    assert frame["mode"].tolist() == ["floating"]
