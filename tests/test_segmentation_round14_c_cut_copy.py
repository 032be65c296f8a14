"""Round-14 cleaning rule of issue 11 (helper c), on invented pages: a feed's description that is the first
paragraph's opening, cut short and written with HTML entities, is a duplicate."""

from __future__ import annotations

from analysis.segmentation.labelling import comparison_words, label_lines

PARAGRAPH = (
    "VARDO — The island&#8217;s lighthouse will be staffed again from March, the coast guard said on Friday,"
    " forty years after its last keeper left."
)
DISPLAYED = (
    "VARDO — The island's lighthouse will be staffed again from March, the coast guard said on Friday,"
    " forty years after its last keeper left."
)
LINES = [
    "Lighthouse keepers return to Vardo after forty years",
    "VARDO &#8212; The island&#8217;s lighthouse will be staffed again from March, the coast guard [&#8230;]",
    DISPLAYED,
    "The keepers will live on the island for four weeks at a time, a spokeswoman said.",
    "The light was automated in 1983 and has been run from the mainland since.",
]


def test_entities_are_compared_as_they_display() -> None:
    assert comparison_words(PARAGRAPH) == comparison_words(DISPLAYED)


def test_a_cut_copy_of_the_first_paragraph_is_the_duplicate() -> None:
    kinds = [kind for _, kind, _ in label_lines("\n\n".join(LINES) + "\n")]
    assert kinds == ["headline", "duplicate", "body", "body", "body"]


def test_a_paragraph_that_only_shares_its_opening_stays_text() -> None:
    other = "VARDO — The island's lighthouse will be staffed again from March, the coast guard hopes, if funded."
    kinds = [kind for _, kind, _ in label_lines("\n\n".join([LINES[0], other, *LINES[2:]]) + "\n")]
    assert kinds == ["headline", "body", "body", "body", "body"]
