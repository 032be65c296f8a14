"""Content spans in characters: quotations outside the cue's sentence, widening a span so that
it does not cut a quotation, the mode of an attribution, and floating quotations.

Modes: ``direct`` (the content is one quotation in marks), ``mixed`` (reported content holding a
quoted fragment), ``indirect`` (no marks) and ``floating`` (a quotation sentence with no cue).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..text import WORD_TOKEN
from .tokens import _span, _trim

# A letter of the Latin script (ASCII or accented). A floating quotation with none in its words is a post or
# statement given in its original script (Cyrillic, Arabic ...) beside its English translation on a translated
# digest or monitoring page: the translation is the quotation counted; the original repeats it in a language the
# English page does not read, and is no further quotation of its own (round 19, issue 11).
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
# Whitespace and the Markdown marks that may stand between a cue's colon and the quotation of the next paragraph:
# a block quote's ``>`` and bold or italic type around the quotation (``> **"We will not wait"**``, round 21).
BLOCK_MARKUP = " \t\r\n\f\v\u2028\u2029>*_"
# A floating quotation sentence has at least this many quoted words ...
FLOATING_MIN_QUOTED_WORDS = 3
# ... and at least this share of its words inside quotation marks.
FLOATING_MIN_QUOTED_SHARE = 0.8


def _content_offsets(
    raw: str, toks: list[dict], item: dict, quote_spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the trimmed character span of a raw attribution's content, or None when it has no word.

    A cue that ends its paragraph with a colon takes the quotation right after its sentence
    (``next_quote``); a cue left alone by the sentence splitter the one right before
    (``previous_quote``). The span is widened to cover any quotation it cuts.
    """
    c_start, c_end = _span(toks, item["content"])
    # Only the nearest quotation on each side can qualify: a later (earlier) one is separated from the
    # sentence by the nearest one's gap and more, so its gap is blank only if the nearest one's is.
    if item.get("next_quote") and toks:
        e = toks[-1]["end"]
        i = bisect_left(quote_spans, e, key=_start_of)
        if i < len(quote_spans) and not raw[e : quote_spans[i][0] - 1].strip(BLOCK_MARKUP):
            c_start, c_end = quote_spans[i]
    if item.get("previous_quote") and toks:
        s = toks[0]["start"]
        i = bisect_right(quote_spans, s, key=_end_of) - 1
        if i >= 0 and not raw[quote_spans[i][1] + 1 : s].strip(' \t"”’»'):
            c_start, c_end = quote_spans[i]
    if c_start < 0:
        return None
    c_start, c_end = _trim(raw, c_start, c_end)
    c_start, c_end = _trim(raw, *_widen_to_quotes(c_start, c_end, quote_spans))
    if c_end <= c_start or not WORD_TOKEN.search(raw[c_start:c_end]):
        return None
    return c_start, c_end


def _start_of(quote: tuple[int, int]) -> int:
    return quote[0]


def _end_of(quote: tuple[int, int]) -> int:
    return quote[1]


def _overlapping(start: int, quotes: list[tuple[int, int]]) -> range:
    """Return the indices of ``quotes`` from the first one ending after ``start``; the caller stops at the first
    one starting at or after its end.

    Top-level quotations are disjoint and sorted, so their ends ascend too: none before that index overlaps a
    span starting at ``start`` (or further left, when widening moves the start to a quotation found later), and
    after the first one that starts beyond the span none does. The look-up costs the quotations the span meets,
    not all quotations of the article.
    """
    return range(bisect_right(quotes, start, key=_end_of), len(quotes))


def _widen_to_quotes(start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """Return a content span widened so that it does not cut a quotation in two (``quotes``: disjoint, sorted)."""
    for i in _overlapping(start, quotes):
        q_start, q_end = quotes[i]
        if q_start >= end:
            break
        if q_start < end and start < q_end:
            if q_start < start and q_start - 1 >= 0:
                start = q_start - 1 if start > q_start - 1 else start
            if q_end > end:
                end = q_end + 1
    return start, end


def _mode(start: int, end: int, quotes: list[tuple[int, int]], raw: str) -> str:
    """Return the mode of a content span: ``direct``, ``mixed`` or ``indirect``."""
    inside = []
    for i in _overlapping(start, quotes):
        qs, qe = quotes[i]
        if qs >= end:
            break
        if start < qe:
            inside.append((qs, qe))
    if not inside:
        return "indirect"
    if len(inside) == 1 and _trim(raw, *inside[0]) == (start, end):
        return "direct"
    return "mixed"


def _floating(
    raw: str, toks: list[dict], quotes: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the content span of a quotation sentence with no cue, or None.

    ``covered`` holds the content spans found so far as ``(end, start)``, sorted: a span already inside
    one of them is no floating quotation.
    """
    words = [t for t in toks if t["is_word"]]
    if not words:
        return None
    quoted = [t for t in words if t["voice"] == "quoted"]
    if len(quoted) < max(FLOATING_MIN_QUOTED_WORDS, FLOATING_MIN_QUOTED_SHARE * len(words)):
        return None
    if not any(LATIN_LETTER.search(t["text"]) for t in quoted):
        return None  # the original of a translated post, in its own script: see LATIN_LETTER
    start, end = quoted[0]["start"], quoted[-1]["end"]
    for i in _overlapping(start, quotes):
        q_start, q_end = quotes[i]
        if q_start >= end:
            break
        if q_start <= start < q_end or q_start < end <= q_end:
            start, end = min(start, q_start), max(end, q_end)
    # Compared trimmed, as ``covered`` is: a quotation of several sentences widens each of them to the same span,
    # and the untrimmed end (past the closing mark) would miss the row its first sentence already made.
    start, end = _trim(raw, start, end)
    # Only spans ending at or after ``end`` can hold it: few, since content spans rarely reach past their sentence.
    if any(covered[i][1] <= start for i in range(bisect_left(covered, (end,)), len(covered))):
        return None
    return start, end
