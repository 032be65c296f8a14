"""Content spans in characters: quotations outside the cue's sentence, widening a span so that
it does not cut a quotation, the mode of an attribution, and floating quotations.

Modes: ``direct`` (the content is one quotation in marks), ``mixed`` (reported content holding a
quoted fragment), ``indirect`` (no marks) and ``floating`` (a quotation sentence with no cue).
"""

from __future__ import annotations

from ..text import WORD_TOKEN
from .tokens import _span, _trim

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
    if item.get("next_quote") and toks:
        after = [q for q in quote_spans if q[0] >= toks[-1]["end"] and not raw[toks[-1]["end"] : q[0] - 1].strip()]
        if after:
            c_start, c_end = after[0]
    if item.get("previous_quote") and toks:
        before = [
            q for q in quote_spans if q[1] <= toks[0]["start"] and not raw[q[1] + 1 : toks[0]["start"]].strip(' \t"”’»')
        ]
        if before:
            c_start, c_end = before[-1]
    if c_start < 0:
        return None
    c_start, c_end = _trim(raw, c_start, c_end)
    c_start, c_end = _trim(raw, *_widen_to_quotes(c_start, c_end, quote_spans))
    if c_end <= c_start or not WORD_TOKEN.search(raw[c_start:c_end]):
        return None
    return c_start, c_end


def _widen_to_quotes(start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """Return a content span widened so that it does not cut a quotation in two."""
    for q_start, q_end in quotes:
        if q_start < end and start < q_end:
            if q_start < start and q_start - 1 >= 0:
                start = q_start - 1 if start > q_start - 1 else start
            if q_end > end:
                end = q_end + 1
    return start, end


def _mode(start: int, end: int, quotes: list[tuple[int, int]], raw: str) -> str:
    """Return the mode of a content span: ``direct``, ``mixed`` or ``indirect``."""
    inside = [(qs, qe) for qs, qe in quotes if qs < end and start < qe]
    if not inside:
        return "indirect"
    if len(inside) == 1 and _trim(raw, *inside[0]) == (start, end):
        return "direct"
    return "mixed"


def _floating(
    raw: str, toks: list[dict], quotes: list[tuple[int, int]], covered: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Return the content span of a quotation sentence with no cue, or None."""
    words = [t for t in toks if t["is_word"]]
    if not words:
        return None
    quoted = [t for t in words if t["voice"] == "quoted"]
    if len(quoted) < max(FLOATING_MIN_QUOTED_WORDS, FLOATING_MIN_QUOTED_SHARE * len(words)):
        return None
    start, end = quoted[0]["start"], quoted[-1]["end"]
    for q_start, q_end in quotes:
        if q_start <= start < q_end or q_start < end <= q_end:
            start, end = min(start, q_start), max(end, q_end)
    if any(c_start <= start and end <= c_end for c_start, c_end in covered):
        return None
    return _trim(raw, start, end)
