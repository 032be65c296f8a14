"""Round-14 (issue 11, clean14b): a control's label set in a photo's block or between paragraphs is furniture
(:func:`analysis.segmentation.prompts.control_label`). Invented lines and page."""

from __future__ import annotations

from analysis.segmentation import label_lines, prompts


def test_control_label() -> None:
    assert prompts.control_label("Swipe for more")
    assert prompts.control_label("Scroll to continue")
    assert prompts.control_label("Show full story")
    assert prompts.control_label("Tap to read more...")
    # A sentence, a longer line, a lower-case start or a line not opening with a button's verb: no control.
    assert prompts.control_label("Show the ferry crews some respect, the mayor said.") is None
    assert prompts.control_label("Swipe cards will replace paper tickets on the ferries") is None
    assert prompts.control_label("tap water") is None
    assert prompts.control_label("Harbour at dawn") is None


PAGE = """Ferry crews vote to strike over the winter rota
The ferry crews of Corvo voted on Tuesday to stop work for two days next week, their union said.
The ferry Corvo Star at the quay on Monday.
Photo: Ana Lund/Quay Gazette
Swipe for more
The union said the new winter rota would cut the crews' rest time between crossings by a third.
Show full story
The ferry company said it had offered talks and that the rota had been agreed with the island council.
"""


def test_controls_in_a_page_are_boilerplate() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["Swipe for more"] == "boilerplate"
    assert kinds["Show full story"] == "boilerplate"
    assert kinds["Photo: Ana Lund/Quay Gazette"] == "caption"
    union = next(text for text in kinds if text.startswith("The union said"))
    assert kinds[union] == "body"
