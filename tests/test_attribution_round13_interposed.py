"""Round 13 (issue 11): an interposed cue whose sentence goes on with the predicate of the subject before it
reports one content around the cue (the gold pages' convention), also after a quantified speaker ("all the
papers"). Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The Sunday vote in Oslo, all the papers note, will decide whether the merger goes ahead.",
            "the papers",
            "The Sunday vote in Oslo, all the papers note, will decide whether the merger goes ahead",
        ),
        # A subject shorter than a content before a post-posed speaker.
        ("The bridge, the mayor said, is safe.", "the mayor", "The bridge, the mayor said, is safe"),
        # The older case: ", and" or ", but" then an auxiliary.
        (
            "The bridge is old, the mayor said, but is safe.",
            "the mayor",
            "The bridge is old, the mayor said, but is safe",
        ),
    ],
)
def test_predicate_after_an_interposed_cue(sentence: str, speaker: str, content: str) -> None:
    found = extract(sentence)
    assert found[["speaker_text", "content"]].values.tolist() == [[speaker, content]]


def test_new_clause_after_an_interposed_cue_is_not_content() -> None:
    """A clause with its own subject after the cue stays outside the content."""
    found = extract("The bridge is safe, the mayor said, and the ferry will stop on Monday.")
    assert found["content"].tolist() == ["The bridge is safe"]
