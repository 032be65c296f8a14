"""Round 20 (issue 11): attribution grammar of feature, thread, report and letter pages, each rule on an invented
sentence (none copied from the gold pages): the agentless passive of an order or request, a cue whose phrase
only names the addressee or topic of the speech, a coordinated main clause of the outlet after a reported
clause, a letter's salutation and a list bullet before the first words, negated rejections, a line broken after
a possessive, ``per X:``, a remark in brackets before the cue, free relatives (``what X says``), ``as reported
by X``, an elided infinitive (``asked him to.``) and a cue form after a determiner inside a content."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows

# Paragraphs around the sentence under test, so that a short test page reads as an article body.
LEAD = "The council met on Monday to discuss the ferry, the bridge and the cost of both projects."
TAIL = "The mayor will speak on Friday about the budget, the pool and the new ferry timetable."


def around(*paragraphs: str) -> list[str]:
    return [LEAD, *paragraphs, TAIL]


def test_an_agentless_passive_of_an_order_with_to_is_no_row() -> None:
    found = extract(
        *around(
            "About 200 families near the mill were told to leave their houses before dark.",
            "Shoppers were asked to stay away from the market square. Drivers are being urged to avoid the bridge.",
        )
    )
    assert rows(found) == []


def test_the_active_request_and_a_passive_with_its_agent_stay_rows() -> None:
    found = extract(
        *around(
            "The harbour master asked skippers to keep their boats in port until Friday.",
            "Walkers were told by the rangers that the cliff path would stay shut.",
        )
    )
    assert rows(found) == [
        ["The harbour master", "asked", "skippers to keep their boats in port until Friday"],
        ["the rangers", "told", "the cliff path would stay shut"],
    ]


def test_a_topic_phrase_after_a_cue_is_no_row() -> None:
    found = extract(
        *around(
            "Several shopkeepers complained about the noise of the night works on the ring road near the station.",
            "Tenants of the tower complained of damp in the stairwells.",
        )
    )
    assert rows(found) == []


def test_an_addressee_phrase_before_a_second_predicate_is_no_row() -> None:
    found = extract(*around("The baker says he complained to the landlord and was told to wait for the spring."))
    assert [row[1] for row in rows(found)] == ["says"]


def test_a_coordinated_clause_of_another_subject_ends_the_content() -> None:
    found = extract(
        *around(
            "The ferry company said the crossing would resume on Tuesday, and the harbour board moved its meeting.",
            "The club argues that the pitch is unsafe, and its rivals have repeated the charge all season.",
        )
    )
    assert rows(found) == [
        ["The ferry company", "said", "the crossing would resume on Tuesday"],
        ["The club", "argues", "the pitch is unsafe"],
    ]


def test_and_that_and_a_noun_list_go_on_reporting() -> None:
    found = extract(
        *around(
            "The ferry company said the crossing would resume on Tuesday, and that the fares would not change.",
            "The union said its demands were higher pay, shorter shifts, and the return of the night bus.",
        )
    )
    assert rows(found) == [
        ["The ferry company", "said", "the crossing would resume on Tuesday, and that the fares would not change"],
        ["The union", "said", "its demands were higher pay, shorter shifts, and the return of the night bus"],
    ]


def test_a_letters_salutation_is_no_content_of_the_first_sentence() -> None:
    found = extract(
        "Sir,\nAccording to the harbour board, the ferry will not run before March. Few of us believe it.",
        "Dear Editor: The parish council said on Monday that the hall would close.",
    )
    assert rows(found) == [
        ["the harbour board", "According to", "the ferry will not run before March"],
        ["The parish council", "said", "the hall would close"],
    ]


def test_a_negated_rejection_is_no_row() -> None:
    found = extract(
        *around(
            "Don't dismiss the ferrymen's warning so quickly.",
            "The board did not rule out a second closure of the bridge this winter.",
        )
    )
    assert rows(found) == []


def test_a_line_broken_after_a_plural_possessive_runs_on() -> None:
    found = extract(
        "The council said on Monday that the Ferry Workers'\nGuild would vote on the new timetable next week.",
        TAIL,
    )
    assert rows(found) == [
        ["The council", "said", "the Ferry Workers'\nGuild would vote on the new timetable next week"]
    ]


def test_a_colon_after_the_speaker_of_per_introduces_the_content() -> None:
    found = extract(*around("The plan, per the harbour board: the ferry will sail twice a day from June."))
    assert rows(found) == [["the harbour board", "per", "the ferry will sail twice a day from June"]]


def test_a_line_broken_after_an_s_possessive_runs_on() -> None:
    found = extract(*around('The letter says the club\'s\n"new owners" have already sold the ground to a builder.'))
    assert rows(found) == [
        ["The letter", "says", 'the club\'s\n"new owners" have already sold the ground to a builder']
    ]


def test_a_lower_case_remark_in_brackets_is_skipped_before_the_cue() -> None:
    found = extract(*around("The mayor (pictured, left) said the pool would open in May."))
    assert rows(found) == [["The mayor", "said", "the pool would open in May"]]


def test_a_capitalised_bracket_stays_in_the_speaker_phrase() -> None:
    found = extract(*around("The Ferry Users Association (FUA) said the fares were too high."))
    assert rows(found) == [["The Ferry Users Association (FUA)", "said", "the fares were too high"]]


def test_a_cue_in_a_free_relative_is_no_row() -> None:
    found = extract(
        *around(
            "Some notes on what this report says, and on what it leaves out.",
            "What each club says it spent may decide the vote. The board did not mention the stadium.",
        )
    )
    assert rows(found) == []


def test_a_free_relative_before_as_or_a_colon_still_reports() -> None:
    found = extract(
        *around(
            "The club got what its chairman described as a fair price for the ground.",
            "Let me read what the council said on Monday: the pool will close for a year.",
        )
    )
    assert [row[1:] for row in rows(found)] == [
        ["described", "as a fair price for the ground"],
        ["said", "the pool will close for a year"],
    ]


def test_a_list_bullet_before_according_to_is_no_content() -> None:
    found = extract(*around("• According to the harbour board, 40 boats have left the marina since May."))
    assert rows(found) == [["the harbour board", "According to", "40 boats have left the marina since May"]]


def test_as_reported_by_names_the_speaker_after_by() -> None:
    found = extract(
        *around(
            "As reported by the county council, the ferry will not sail before March.",
            "The bridge will stay shut until May, as confirmed by the harbour board.",
        )
    )
    assert rows(found) == [
        ["the county council", "reported", "the ferry will not sail before March"],
        ["the harbour board", "confirmed", "The bridge will stay shut until May"],
    ]


def test_a_request_with_an_elided_infinitive_is_no_row() -> None:
    found = extract(*around("He sold the boat in the end because his daughter asked him to."))
    assert rows(found) == []


def test_a_cue_form_after_a_determiner_in_a_content_stays_a_noun() -> None:
    found = extract(*around("Harbour officials said the estimate would rise once the tide turned."))
    assert rows(found) == [["Harbour officials", "said", "the estimate would rise once the tide turned"]]
