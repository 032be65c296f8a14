"""Round-13 body-line rules of issue 11 (helper a), on invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import appended, sentence_shape
from analysis.segmentation.labelling import label_lines


def test_two_sentences_after_a_name_or_a_closing_mark() -> None:
    # A name of five letters or more closes a sentence; an abbreviated title does not.
    assert sentence_shape.holds_two_sentences("MARSH: Not yet, Peter. The ferry company says it is waiting")
    assert not sentence_shape.holds_two_sentences("Capt. Ilse Varga takes the helm of the Corvo ferry")
    assert not sentence_shape.holds_two_sentences("Gen. Ruiz and U.S. envoys meet at the quay")
    # British style: the full stop after the closing quotation mark.
    assert sentence_shape.holds_two_sentences('The board was "watching it closely". The union says')
    assert not sentence_shape.holds_two_sentences('Ferry fares "frozen" for islanders, board says')


def test_answer_line_with_a_label_is_no_link_between_paragraphs() -> None:
    above = "PRESENTER: Peter, has the ferry company said anything about the timetable this week?"
    below = ["it is ready to talk at any hour. Talks with the union are planned for Monday morning."]
    answer = "MARSH: Not yet, Jane. The ferry company says it is a matter for the board, which says"
    assert appended.link_between_paragraphs(answer.replace("Jane. The", "Jane the"), above, below)
    assert not appended.link_between_paragraphs(answer.replace("Jane.", "Janet."), above, below)


CUT = (
    '"The quay will stay closed until the spring," she said, adding that the board expected the'
    " two new cranes to arrive from the yard at Valbona in the first"
)


def test_unfinished_paragraph_is_a_long_run_of_running_words() -> None:
    assert sentence_shape.unfinished_paragraph(CUT)
    # A link title or a sign-off is shorter, and a list of names is not running text.
    assert not sentence_shape.unfinished_paragraph("We are ending our coverage for today. Read the latest here:")
    names = " ".join(["Corvo", "Valbona", "Marsh", "Varga", "Ruiz", "Lund"] * 5)
    assert not sentence_shape.unfinished_paragraph(names)


PAYWALL = f"""Corvo Evening Lantern
Home | Harbour | Business | Sport
Harbour board shuts northern quay after two cranes fail
By Staff Reporter
The harbour board of Corvo shut the northern quay on Friday after two cranes failed during the night.
"We cannot risk the dockers' lives," the board's chairman, Ilse Varga, told reporters at the quay.
Ferry operators said the closure would add an hour to every crossing to the island of Valbona.
{CUT}
This story is for subscribers
Subscribe to continue reading
"""


def test_paragraph_cut_by_a_paywall_stays_body() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAYWALL)}
    assert kinds[CUT] == "body"
    assert kinds["Subscribe to continue reading"] == "boilerplate"


def test_quoted_title_is_a_section_heading_not_a_link() -> None:
    assert appended.quoted_title(' "Bread as a lever, once more"')
    assert appended.quoted_title(" «Les quais fermés»")
    assert not appended.quoted_title(" Ferry fares frozen for a second year")
    assert not appended.quoted_title(' "Frozen" fares anger island commuters')
    above = "The Valbona Gazette says the harbour board has known about the failing cranes since last winter."
    below = ["The island weekly blames the mainland for years of neglect of the northern quay and its workers."]
    heading = 'Morning Lantern: "Left to rust, again"'
    assert not appended.link_between_paragraphs(heading, above, below)
    assert appended.link_between_paragraphs(heading.replace('"', ""), above, below)
