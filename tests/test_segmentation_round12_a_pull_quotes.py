"""Round 12 (issue 11): pull quotes that repeat a body sentence broken over lines, or a sentence inside a paragraph.

Every page and sentence here is invented for the test.
"""

from __future__ import annotations

from analysis.segmentation.duplicates import repeated_in_text
from analysis.segmentation.labelling import label_lines


def test_repeated_across_lines_and_hyphenated_words():
    words = [
        ("the", "mayor", "said", "the", "bridge", "would", "re"),
        ("open", "in", "april", "after", "the", "repairs"),
        ("the", "bridge", "would", "reopen", "in", "april"),
    ]
    broken = [True, False, False]
    assert repeated_in_text(words, broken, [0, 1, 2], {0, 1, 2}, 5) == {2: 0}


def test_a_paragraphs_line_inside_its_pull_quote_is_not_the_copy():
    words = [
        ("every", "ferry", "that", "waits", "costs", "the"),
        ("town", "a", "fortune", "he", "said"),
        ("every", "ferry", "that", "waits", "costs", "the", "town", "a", "fortune"),
    ]
    assert repeated_in_text(words, [False] * 3, [0, 1, 2], {0, 1, 2}, 5) == {2: 0}


def test_far_from_its_source_is_no_pull_quote():
    words = (
        [("one", "two", "three", "four", "five", "six", "seven")]
        + [("x",)] * 20
        + [("two", "three", "four", "five", "six")]
    )
    assert repeated_in_text(words, [False] * 22, range(22), set(range(22)), 5) == {}


PAGE = """The Lakeview Gazette
Opinion
Why the bridge must not close again
By Marta Lindqvist
The council spent two years deciding whether to repair the old bridge.
A bridge that nobody maintains is not a bridge. It is a promise waiting to be broken.
Nobody needs to be told this. A bridge that nobody maintains is not a bridge. It is a promise waiting to be broken.
Residents have asked for a yearly inspection, published in full.
"""


def test_pull_quote_of_a_sentence_inside_a_paragraph():
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["A bridge that nobody maintains is not a bridge. It is a promise waiting to be broken."] == "duplicate"
    assert kinds[next(t for t in kinds if t.startswith("Nobody needs"))] == "body"
