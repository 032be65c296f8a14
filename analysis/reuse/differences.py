"""Word-level differences inside rewritten passages: a changed label inside reprinted copy.

Within each rewritten passage the two sides' words are compared with difflib's opcodes (the
matching of quote integrity, :mod:`analysis.sourcing.quote_variants`; found while aligning, between
the exact runs: :func:`analysis.reuse.alignment.passage_changes`), and every stretch that
differs is one row, written from the other article's words to this one's in the same diff style
(``[-removed-] {+added+}``, :func:`analysis.sourcing.quote_variants.word_diff`), with
``CONTEXT_WORDS`` unchanged words either side so the change can be read in place.
"""

from __future__ import annotations

import pandas as pd

from ..sourcing.quote_variants import word_diff
from ..study import Study
from .alignment import REWRITTEN
from .order import other_order
from .passages import Alignments, find_alignments

DIFFERENCE_COLUMNS = [
    "article_id", "outlet", "start", "end", "text", "other_article_id", "other_outlet", "other_start",
    "other_end", "other_text", "change", "diff", "other_order",
]  # fmt: skip
# Unchanged words shown on each side of a change in ``diff``: "by [-government-] {+regime+} forces".
CONTEXT_WORDS = 1
# difflib's opcodes of (a, b), read from the other article to this one: on a's row the other is b,
# on b's row the other is a.
CHANGE_ON_A = {"replace": "replaced", "delete": "added", "insert": "removed"}
CHANGE_ON_B = {"replace": "replaced", "delete": "removed", "insert": "added"}


def _side_span(words, first: int, last: int, lo: int, hi: int) -> tuple[int, int]:
    """Return the character span of words ``first:last`` (an empty span at the next word when none)."""
    if last > first:
        return int(words.starts[first]), int(words.ends[last - 1])
    at = int(words.starts[first]) if first < hi else int(words.ends[hi - 1])
    return at, at


def differences_table(
    study: Study, alignments: Alignments, articles: range | None = None, diffs: dict[tuple[str, str], str] | None = None
) -> pd.DataFrame:
    """Return the ``reuse_differences`` table (``DIFFERENCE_COLUMNS``): one row per differing stretch and side
    (with ``articles``, a range of article indexes, only the rows of those articles, in the table's order;
    ``diffs``: the word diffs found so far, shared between calls).

    ``start:end`` are the differing words of ``article_id`` (``raw[start:end] == text``; an empty
    span where this side has no words there), ``other_start:other_end`` those of the other
    article; ``change`` is ``replaced``, ``added`` (words only this side has) or ``removed``
    (words only the other side has); ``diff`` the word diff from the other side's words to this
    side's, with ``CONTEXT_WORDS`` words of context. Sorted by article_id, start, end,
    other_article_id, other_start.
    """
    words = alignments.words
    # The same edit of the same wire copy recurs across the outlets that reprint it: each distinct
    # (other context, context) is diffed once (1,000 bench articles: 57,000 rows, 40,000 distinct; word_diff 12.6 -> 9.9
    # profiled CPU seconds).
    diffs = {} if diffs is None else diffs
    rows = []
    for i, j, passage in alignments.passages:
        if passage.kind != REWRITTEN:
            continue
        a0, a1, b0, b1 = alignments.word_positions(i, j, passage)
        for op, i1, i2, j1, j2 in passage.changes:
            sides = ((i, a0 + i1, a0 + i2, a0, a1), (j, b0 + j1, b0 + j2, b0, b1))
            for this, other, change in ((sides[0], sides[1], CHANGE_ON_A[op]), (sides[1], sides[0], CHANGE_ON_B[op])):
                if articles is None or this[0] in articles:
                    rows.append(_row(study, words, this, other, change, diffs))
    table = pd.DataFrame(rows, columns=DIFFERENCE_COLUMNS)
    table = table.astype({column: "int64" for column in ("start", "end", "other_start", "other_end")})
    keys = ["article_id", "start", "end", "other_article_id", "other_start"]
    return table.sort_values(keys, kind="stable").reset_index(drop=True)


def _row(study: Study, words, this: tuple, other: tuple, change: str, diffs: dict[tuple[str, str], str]) -> tuple:
    """Return one differences row: this side's and the other side's spans, texts, change and diff
    (from ``diffs``, the word diffs found so far, or found and added to it)."""
    k, first, last, lo, hi = this
    ok, o_first, o_last, o_lo, o_hi = other
    start, end = _side_span(words, first, last, lo, hi)
    o_start, o_end = _side_span(words, o_first, o_last, o_lo, o_hi)
    raw, other_raw = study.raw[words.article_ids[k]], study.raw[words.article_ids[ok]]
    context = _context(words, raw, first, last, lo, hi)
    other_context = _context(words, other_raw, o_first, o_last, o_lo, o_hi)
    diff = diffs.get((other_context, context))
    if diff is None:
        diff = diffs[other_context, context] = word_diff(other_context, context)
    return (
        words.article_ids[k], words.outlets[k], start, end, raw[start:end],
        words.article_ids[ok], words.outlets[ok], o_start, o_end, other_raw[o_start:o_end],
        change, diff, other_order(words.dates[k], words.dates[ok]),
    )  # fmt: skip


def _context(words, raw: str, first: int, last: int, lo: int, hi: int) -> str:
    """Return the raw text of words ``first:last`` with ``CONTEXT_WORDS`` words either side, inside the passage."""
    left, right = max(lo, first - CONTEXT_WORDS), min(hi, last + CONTEXT_WORDS)
    return raw[int(words.starts[left]) : int(words.ends[right - 1])]


def reuse_differences(study: Study, cross_outlet: bool = True) -> pd.DataFrame:
    """Return the ``reuse_differences`` table of a study (:func:`differences_table`)."""
    return differences_table(study, find_alignments(study, cross_outlet))
