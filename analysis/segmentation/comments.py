"""Reader comments below an article, found by their repeated block structure (issue 11, round 8).

A comment section repeats one small block per comment: the reader's name, a time stamp, the
comment's sentence, and a row of actions ("Reply   Flag", "Reply   Like (12)"). Its sentences are
prose, so the rules that keep prose keep them as body unless a "Comments" heading or footer
vocabulary came first. What holds on any site is the repetition: the same short action row closes
blocks of the same make-up, each with a line that is not prose (the name, the stamp) and a
line that is. An article's paragraphs are not set so. The functions take the page's line texts;
lines are grouped by their action row in one pass, and each block is read once, so the rule
stays linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import rules

# A block of a comment: the action row and at most this many lines above it (name, stamp, up to
# three lines of comment, a counter).
MAX_BLOCK_LINES = 6
# An action row is short: a few words or buttons, no sentence.
MAX_WORDS_ACTION_ROW = 6
# A comment section has at least this many blocks (one block alone is a single widget).
MIN_BLOCKS = 2
FIGURES = re.compile(r"\d+")


def row_key(text: str) -> str | None:
    """Return the text of an action row with its figures blanked ("Reply   Like (#)"), or None for another line."""
    if rules.SENTENCE_END.search(text) or len(rules.WORD.findall(text)) > MAX_WORDS_ACTION_ROW:
        return None
    return FIGURES.sub("#", " ".join(text.casefold().split()))


def comment_blocks(
    texts: Sequence[str], is_prose: Callable[[str], bool], is_text: Callable[[int], bool] = lambda j: False
) -> list[tuple[int, int]]:
    """Return (first, last) line numbers of the reader comments of a page, one pair per comment block.

    A row (:func:`row_key`) repeated at least ``MIN_BLOCKS`` times closes blocks: the lines from the
    line after the previous row down to it (for the first row, as many lines as the second block).
    Every block must have the same length (at most ``MAX_BLOCK_LINES``), the same make-up
    (which of its lines are prose, by ``is_prose``), and hold a prose line and a line that is
    not prose besides the row, and none read as text already (``is_text``: a live entry's title).
    Blocks of article text with a sharing row under each paragraph have no non-prose line.
    """
    rows: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        key = row_key(text)
        if key:
            rows.setdefault(key, []).append(i)
    found: list[tuple[int, int]] = []
    for positions in rows.values():
        if len(positions) < MIN_BLOCKS:
            continue
        length = positions[1] - positions[0]
        if not 2 <= length <= MAX_BLOCK_LINES or any(b - a != length for a, b in zip(positions, positions[1:])):
            continue
        blocks = [(p - length + 1, p) for p in positions]
        if blocks[0][0] < 0:
            continue
        make_up = [tuple(is_prose(texts[j]) for j in range(first, last)) for first, last in blocks]
        taken = any(is_text(j) for first, last in blocks for j in range(first, last + 1))
        if len(set(make_up)) == 1 and any(make_up[0]) and not all(make_up[0]) and not taken:
            found += blocks
    return found
