"""Round 14 (issue 11): a relative clause without ``that`` ("the suspension Lisbon announced lasted ...")
reports nothing; a reported clause with its own subject, and a subject relative before a modal, still report.
Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_relative_clause_without_that_reports_nothing() -> None:
    found = extract('The "temporary" closure Lisbon announced last October lasted four days.')
    assert found.empty


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Lisbon announced the closure lasted four days.", "the closure lasted four days"),
        ("Porters left the quay, a step they said could delay the ferries.", "could delay the ferries"),
    ],
)
def test_a_clause_with_its_subject_or_a_modal_still_reports(sentence: str, content: str) -> None:
    assert extract(sentence)["content"].tolist() == [content]
