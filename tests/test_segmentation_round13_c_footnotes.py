"""Round-13 second pass (helper c): a sentence closed before a footnote's mark, on invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import sentence_shape
from analysis.segmentation.labelling import label_lines


def test_sentence_closed_before_a_footnote_mark() -> None:
    assert sentence_shape.closes_sentence("The crane was bought from a yard in Valbona in 2017.³")
    assert sentence_shape.closes_sentence('The board called it "a matter for the council."¹²')
    assert sentence_shape.ends_before_footnote("The crane was bought from a yard in Valbona in 2017.³")
    # A figure in the text, or a mark without a stop before it, ends no sentence.
    assert not sentence_shape.closes_sentence("Crane hire costs rose by 10³ euros")
    assert not sentence_shape.ends_before_footnote("How the quay was sold²")
    assert not sentence_shape.ends_before_footnote("The crane was bought in 2017.")


PAGE = """The Quay Files
How the harbour cranes changed hands
The harbour board sold its two cranes to a private operator in 2017, a year before the strike, our records show.¹
Key findings
• The cranes were sold for less than a third of their book value.²
• The buyer was registered a week before the sale.³
The sale
The board voted on the sale at a meeting that was not in its published calendar, its minutes show.⁴
We found no tender notice for the cranes. The board's annual report for 2017 does not mention the sale.⁵
Figure 2: The board's minutes of 3 May 2017 (left) and the register entry of the buyer (right)
What the board says
The board's chair said the sale had followed every rule and that the cranes had been too old to repair.
A former board member, who asked not to be named, said the vote had been taken without any discussion.
Sources
¹ Harbour board minutes, 2017.
"""


def test_footnoted_paragraphs_stay_text() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    tender = next(text for text in kinds if text.startswith("We found no tender"))
    assert kinds[tender] == "body"
    # Paragraphs closed before their footnote marks are prose: the headline is the line above them.
    assert kinds["How the harbour cranes changed hands"] == "headline"
