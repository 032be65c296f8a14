"""Round 15 (issue 11): a gerund object ("denied using X") is a phrase, not a clause: the content ends before a
comma with a joiner or a second predicate, and a cue after that joiner is the same speaker's second report.
Invented sentences, none copied from the gold pages."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_a_gerund_object_ends_before_a_comma_and_a_subordinator() -> None:
    found = extract("The port board has denied hiding the figures, though an audit found gaps in its books.")
    assert ["The port board", "denied", "hiding the figures"] in rows(found)


def test_a_second_predicate_after_a_gerund_object_reports_for_the_same_speaker() -> None:
    found = extract("The mill owners have always denied dumping waste, and blame the drought for the dead fish.")
    assert rows(found) == [
        ["The mill owners", "denied", "dumping waste"],
        ["The mill owners", "blame", "the drought for the dead fish"],
    ]


def test_a_reporting_verb_after_and_ends_a_gerund_object() -> None:
    found = extract("The guild has denied blocking the bridge and says the police closed it.")
    assert rows(found) == [
        ["The guild", "denied", "blocking the bridge"],
        ["The guild", "says", "the police closed it"],
    ]


def test_an_ing_subject_of_a_reported_clause_is_no_gerund_object() -> None:
    found = extract("The coastguard said flooding had closed the road, and the ferry was late.")
    assert rows(found) == [["The coastguard", "said", "flooding had closed the road, and the ferry was late"]]
