"""Round 15 (issue 11): hard-wrapped paragraphs (e-mailed, ``>``-quoted, PDF copy) go on over a short line that
ends on a word once the sentence already runs over a line break;
``Hon.`` is a title abbreviation inside a speaker's phrase. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_a_quoted_wrapped_paragraph_goes_on_over_a_short_line() -> None:
    found = extract(
        "> The ferry operator said on Monday that the\n> crossing would stay closed until the High\n> Tide Board ruled."
    )
    assert rows(found) == [
        ["The ferry operator", "said", "the\n> crossing would stay closed until the High\n> Tide Board ruled"]
    ]


def test_hon_stays_inside_the_speaker_phrase() -> None:
    found = extract("Its treasurer, Hon. Ruth Amadi, said the fund was empty.")
    assert rows(found) == [["Its treasurer, Hon. Ruth Amadi", "said", "the fund was empty"]]


def test_an_email_quotation_mark_between_speaker_and_cue_is_no_word() -> None:
    found = extract('> "We will not sell the ferry," its chairman, Tomas Verhoek,\n> told a meeting in the harbour.')
    assert rows(found) == [["its chairman, Tomas Verhoek", "told", "We will not sell the ferry"]]


def test_a_line_ending_on_a_title_abbreviation_goes_on_with_the_name() -> None:
    found = extract(
        '"The cranes stop at noon," Rear Adm.\nOleg Sarin, head of the port service, told reporters.',
        "The service's spokesman, Lt. Col.\nIda Moro, said the berths would close.",
    )
    assert rows(found) == [
        ["Rear Adm.\nOleg Sarin", "told", "The cranes stop at noon"],
        ["The service's spokesman, Lt. Col.\nIda Moro", "said", "the berths would close"],
    ]
