"""Round-11 rules of issue 11 (helper a): lines that must not start an appended story, on invented pages."""

from __future__ import annotations

from analysis.segmentation import appended, sentence_shape
from analysis.segmentation.labelling import label_lines


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_closing_marks_of_other_languages_end_a_sentence() -> None:
    assert sentence_shape.closes_sentence("« Nobody will sail before Monday. »")
    assert sentence_shape.closes_sentence("„Das Lager ist voll.“")
    assert sentence_shape.closes_sentence('The ferry left at noon."')
    assert not sentence_shape.closes_sentence("« Nobody will sail before Monday »")
    assert not sentence_shape.closes_sentence("Ferry operators count the cost of the closure")


def test_two_sentences_in_one_line_are_no_title() -> None:
    assert sentence_shape.holds_two_sentences("We spoke to the pilots. Harbourside knows that the boats in")
    assert sentence_shape.holds_two_sentences("« The quay is closed », says a clerk since years. « We wait »")
    # Abbreviations with a full stop do not end a sentence.
    assert not sentence_shape.holds_two_sentences("Gen. Harlow visits the U.S. Navy base in Corvo")
    assert appended.reads_as_title("Ferry operators count the cost of the harbour closure")
    assert not appended.reads_as_title("We spoke to the pilots. Harbourside knows that the boats in")


def test_labelled_link_is_no_story_headline() -> None:
    below = [
        "The harbour board met on Friday to discuss the closure of the northern quay.",
        "Its chairman said the quay would reopen once the cranes were repaired.",
    ]
    assert appended.labelled_link("Worth reading: Lighthouse keepers win a pay rise in Corvo", below)
    # A topic label over a title that sums up the paragraphs below heads their story.
    assert not appended.labelled_link("Corvo: harbour board discusses closure of northern quay", below)
    assert appended.heads_a_story("Corvo: harbour board discusses closure of northern quay", below)


PAGE = """The Corvo Gazette
Harbour board shuts northern quay after crane failure

The harbour board of Corvo shut the northern quay on Friday after two cranes failed during the night.
"We cannot risk the dockers' lives," the board's chairman, Ilse Varga, told reporters at the port.
The closure will last at least a week, the board said in a statement, and ferries will use the southern quay.
Ferry operators said the change would add an hour to every crossing.
Answer: We have ordered the parts from the mainland. The board knows very well that the engineers in
Corvo cannot finish before Monday, when the last crane is tested again by the inspectors.
Dockers' unions asked the board to keep paying the crews during the closure.
The board has not yet answered the request, which the unions sent on Saturday.
« Here, after thirty years, nothing surprises us », says Piet Oster, a docker since 1994. « We wait. »
Ferry passengers queued for two hours at the southern quay on Saturday morning.
The ferry company said it would add two crossings a day until the quay reopens.
Copyright 2026 The Corvo Gazette. All rights reserved.
"""


# The same story with the broken answer lower down, and no quotation in French marks.
PAGE_BROKEN = PAGE.replace(
    "Answer: We have ordered the parts from the mainland. The board knows very well that the engineers in\n"
    "Corvo cannot finish before Monday, when the last crane is tested again by the inspectors.\n",
    "",
).replace(
    "« Here, after thirty years, nothing surprises us », says Piet Oster, a docker since 1994. « We wait. »\n",
    "Answer: We have ordered the parts from the mainland. The board knows very well that the engineers in\n"
    "Corvo cannot finish before Monday, when the last crane is tested again by the inspectors.\n",
)


def test_quotation_in_french_marks_stays_in_the_body() -> None:
    kinds = _kinds(PAGE)
    assert kinds["Harbour board shuts northern quay after crane failure"] == "headline"
    quoted = "« Here, after thirty years, nothing surprises us », says Piet Oster, a docker since 1994. « We wait. »"
    assert kinds[quoted] == "body"
    assert kinds["The ferry company said it would add two crossings a day until the quay reopens."] == "body"


def test_paragraph_broken_after_two_sentences_stays_in_the_body() -> None:
    kinds = _kinds(PAGE_BROKEN)
    assert [kind for kind in kinds.values() if kind == "appended"] == []
    broken = "Answer: We have ordered the parts from the mainland. The board knows very well that the engineers in"
    assert kinds[broken] == "body"
    assert kinds["The ferry company said it would add two crossings a day until the quay reopens."] == "body"


LINKED = """The Corvo Gazette
Harbour board shuts northern quay after crane failure

The harbour board of Corvo shut the northern quay on Friday after two cranes failed during the night.
"We cannot risk the dockers' lives," the board's chairman, Ilse Varga, told reporters at the port.
Worth a look: Lighthouse keepers win pay rise after long dispute
The closure will last at least a week, the board said in a statement, and ferries will use the southern quay.
Harbour board: cranes back in service by Monday
Ferry operators said the change would add an hour to every crossing to the island.
Copyright 2026 The Corvo Gazette. All rights reserved.
"""


def test_labelled_link_between_paragraphs_is_furniture() -> None:
    kinds = _kinds(LINKED)
    assert kinds["Worth a look: Lighthouse keepers win pay rise after long dispute"] == "boilerplate"
    # A heading whose label names an actor of the text stays a line of the text.
    assert kinds["Harbour board: cranes back in service by Monday"] == "body"
    assert kinds["Ferry operators said the change would add an hour to every crossing to the island."] == "body"


def test_link_between_paragraphs_needs_a_title_and_a_label_foreign_to_the_text() -> None:
    above = "The harbour board of Corvo shut the northern quay on Friday."
    below = ["Ferry operators said the change would add an hour to every crossing."]
    assert appended.link_between_paragraphs("Worth a look: Lighthouse keepers win pay rise", above, below)
    assert not appended.link_between_paragraphs("Verdict: FALSE", above, below)
    assert not appended.link_between_paragraphs("Ferry operators: an hour more for every crossing", above, below)
    answer = "Answer: We shut the quay. The board knows that the cranes"
    assert not appended.link_between_paragraphs(answer, above, below)


def test_story_tail_ends_at_the_first_furniture_after_its_paragraphs() -> None:
    tail = appended.StoryTail()
    tail.start = 120
    assert tail.label(False) == ("appended", "part of the story appended at 120")  # its byline, before a paragraph
    tail.note_furniture("boilerplate")  # a time stamp before its first paragraph does not close it
    assert tail.label(True)[0] == "appended"
    assert tail.label(True)[0] == "appended"
    tail.note_furniture("caption")
    assert tail.label(True)[0] == "appended"
    assert tail.label(False)[0] == "boilerplate"  # a poster's name below the paragraphs
    assert tail.label(True)[0] == "boilerplate"  # and the reply after it


GLUED = """Harbour Talk Forums
Corvo harbour board shuts northern quay after two cranes fail
The harbour board of Corvo shut the northern quay on Friday after two cranes failed during the night.
"We cannot risk the dockers' lives," the board's chairman, Ilse Varga, told reporters at the quay.
Ferry operators said the closure would add an hour to every crossing to the island.
The board said the cranes would be repaired by the end of next week at the latest.
Lighthouse keepers win pay rise after two-year dispute
CORVO — The island's four lighthouse keepers will be paid nine per cent more from April, their union said.
The agreement ends a dispute that began when the automation of two lights was announced.
old_salt_44
Senior Member
Good for them. Those lights would not run without them, whatever the board thinks.
"""


def test_replies_below_a_glued_story_are_furniture() -> None:
    kinds = _kinds(GLUED)
    assert kinds["Lighthouse keepers win pay rise after two-year dispute"] == "appended"
    assert (
        kinds["The agreement ends a dispute that began when the automation of two lights was announced."] == "appended"
    )
    assert kinds["old_salt_44"] == "boilerplate"
    assert kinds["Senior Member"] == "boilerplate"
    assert kinds["Good for them. Those lights would not run without them, whatever the board thinks."] == "boilerplate"
