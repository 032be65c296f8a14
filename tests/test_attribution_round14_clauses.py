"""Round 14 (issue 11): where a reported content ends before a coordinated clause that is not part of it: a
clause with a reporting verb of its own (even when no speaker phrase is read for it) and a clause of the text's
own first person. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_coordinated_reporting_clause_ends_the_content_without_a_speaker_of_its_own() -> None:
    # "the guild of bakers" is read as no speaker phrase, yet "warned" opens a report of its own.
    found = extract(
        "Farmers said the silos are full on the coast, and the guild of bakers warned that bread may cost more."
    )
    first = found[found["speaker_text"] == "Farmers"]
    assert first["content"].tolist() == ["the silos are full on the coast"]


def test_a_coordinated_clause_with_no_reporting_verb_stays_in_the_content() -> None:
    found = extract("The mayor said the pier was closed, and the ferry would be moved to another quay.")
    assert found["content"].tolist() == ["the pier was closed, and the ferry would be moved to another quay"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Lisbon says the quay must be rebuilt, and we are thankful for the offer.", "the quay must be rebuilt"),
        ("The guild said the mill was safe, but I see no reason to trust the guild.", "the mill was safe"),
    ],
)
def test_a_first_person_clause_after_a_reported_content_is_the_texts_own(sentence: str, content: str) -> None:
    assert extract(sentence)["content"].tolist() == [content]


def test_a_first_person_clause_inside_quotation_marks_stays_in_the_content() -> None:
    found = extract('The guild said the mill was closed, and "we will not reopen it" before May.')
    assert found["content"].tolist() == ['the mill was closed, and "we will not reopen it" before May']
