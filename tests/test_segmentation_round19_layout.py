"""Round 19 (issue 11, clean19b): a page with one blank line after every line reads like the same page
without its blank lines (:mod:`analysis.segmentation.layout_facts`). All text is invented."""

from __future__ import annotations

from analysis.segmentation import label_lines, layout_facts, split_lines
from analysis.segmentation.quoted_text import quote_markers

# A hard-wrapped bulletin: a paragraph's lines broken at a width, each one looking like a line of its own.
WRAPPED_PAGE = [
    "Lantern makers win a place at the spring fair",
    "By Orla Pennick",
    "The guild of lantern makers in Brackwater said on Monday that",
    "its members had been given twelve stalls at the spring fair,",
    "the first time the craft has been shown there since the war.",
    "Its chair, Idris Moffat, said the stalls would be lit by the",
    "lanterns themselves and that visitors could try the glazing.",
    "The fair opens on the first Saturday of April on the green.",
]


def _spaced(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_line_gaps_count_the_line_ends_between_non_blank_lines() -> None:
    assert layout_facts.line_gaps("a\nb\n\nc\n \n\n d \n") == [1, 2, 3]
    assert layout_facts.line_gaps("\n\na\r\n\r\nb") == [2]
    assert layout_facts.line_gaps("") == []


def test_a_page_is_uniformly_spaced_only_when_every_gap_is_one_blank_line() -> None:
    assert layout_facts.uniformly_spaced([2, 2, 2])
    assert not layout_facts.uniformly_spaced([2, 1, 2])
    assert not layout_facts.uniformly_spaced([2, 3, 2])
    # Too few lines to say anything about the page's layout.
    assert not layout_facts.uniformly_spaced([2, 2])


def test_a_uniformly_spaced_page_is_one_block_and_a_spaced_page_keeps_its_blocks() -> None:
    assert {line.block for line in split_lines(_spaced(WRAPPED_PAGE))} == {0}
    mixed = "\n".join(WRAPPED_PAGE[:2]) + "\n\n" + "\n".join(WRAPPED_PAGE[2:5]) + "\n\n" + "\n".join(WRAPPED_PAGE[5:])
    assert [line.block for line in split_lines(mixed)] == [0, 0, 1, 1, 1, 2, 2, 2]


def test_a_wrapped_page_spaced_line_by_line_is_labelled_as_without_its_blank_lines() -> None:
    plain = [kind for _, kind, _ in label_lines("\n".join(WRAPPED_PAGE) + "\n")]
    spaced = [kind for _, kind, _ in label_lines(_spaced(WRAPPED_PAGE))]
    assert spaced == plain
    assert spaced[0] == "headline"
    assert spaced[2:] == ["body"] * 6


def test_a_mail_reply_spaced_line_by_line_keeps_its_quoted_block() -> None:
    reply = ["Thanks, filed under the fair.", "> Lantern makers win a place", "> at the fair, the", "> guild said."]
    markers = quote_markers(_spaced(reply))
    assert len(markers) == 3
    assert len(quote_markers("\n".join(reply))) == 3


def test_paragraphs_each_followed_by_one_blank_line_keep_their_blocks() -> None:
    """A paragraph per line with one blank line after each is ordinary stored text, not a hard wrap: short
    neighbouring paragraphs must not be read together as a list of links."""
    paragraphs = [
        "Lantern makers return to the river fair",
        "The guild opened its stalls on Saturday after a year away.",
        "Q: Will the night market stay open past ten?",
        "Q: Our members said the fees are too high. Is that so?",
        "A: The fees are set by the council.",
    ]
    assert not layout_facts.hard_wrapped(paragraphs)
    assert layout_facts.hard_wrapped(WRAPPED_PAGE)
    assert [line.block for line in split_lines(_spaced(paragraphs))] == [0, 1, 2, 3, 4]
