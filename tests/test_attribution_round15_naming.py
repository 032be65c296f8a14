"""Round 15 (issue 11): a naming cue without quotation marks ("calls them terrorists", "call the claim a
pretext") reports when its object is a pronoun or a claim noun followed by a complement; "called the police",
"called it off" and "called her since ..." do not. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_a_pronoun_object_and_a_bare_complement() -> None:
    found = extract("The mill owners call them troublemakers, and the union says the owners lie.")
    assert rows(found) == [
        ["The mill owners", "call", "them troublemakers"],
        ["the union", "says", "the owners lie"],
    ]


def test_a_claim_noun_object_and_a_complement() -> None:
    found = extract("The dock workers call the accusation an insult to the port.")
    assert rows(found) == [["The dock workers", "call", "the accusation an insult to the port"]]


def test_calls_that_name_nothing_report_nothing() -> None:
    found = extract(
        "The mayor called the police on Monday.",
        "The union called it off after a night of talks.",
        "The ferry company had called her since the storm began.",
    )
    assert found.empty
