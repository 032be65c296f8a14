"""A long read's typographic furniture inside its text: drop caps and shortened pull quotes (issue 11, round 20).

A magazine sets the first letter of a section as a drop cap; a scrape often leaves it on a line of its own, the
rest of the word opening the next line (``T`` / ``he convoy left …``). The capital is the paragraph's first
letter, so it is part of the text, however short (one body line of a paragraph broken by the scrape).

A pull quote repeats a sentence of the text in large type, between paragraphs; it is often shortened (words
cut from the middle: ``“Everyone has a story about the masks.”`` for ``Everyone in the valley now has a story
about the masks.``) or glues the two parts of a quotation split by its cue (``“A, B.”`` for ``“A,” she said,
“B.”``), so it is not a run of the paragraph's words and the exact and near-duplicate rules miss it. What holds
on any page is that the pull quote is one quotation, wholly in marks, whose words all occur, in order and close
together, in one longer line of the text near it: the copy is furniture (``duplicate``), the paragraph is the
text. A quotation that merely opens with the same words as a paragraph, or shares a few scattered words, is not
taken: the match must cover the whole quotation within a span not much longer than it.

The functions take the page's line texts and kinds; each line is compared with at most ``WINDOW`` lines on
either side, so the cost is linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from . import rules

# A drop cap: one capital letter alone on its line.
DROP_CAP = re.compile(r"^[A-Z]$")
# Marks that open and close a quotation set as a pull quote.
OPENING_MARKS = "\"“«„‘'"
CLOSING_MARKS = "\"”»’'"
# A pull quote has at least this many words (fewer are a set phrase any paragraph may hold) ...
MIN_WORDS_PULL_QUOTE = 5
# ... and at most this many (a longer quotation set between paragraphs is a paragraph of the text).
MAX_WORDS_PULL_QUOTE = 40
# The line it repeats stands within this many lines (a pull quote is set near the paragraph, above or below).
WINDOW = 8
# The quotation's words occur in the paragraph within a span at most this factor of its length, plus a slack of
# ``SPAN_SLACK`` words (a cue and a name cut out of the middle: "…,” he told me, “…").
SPAN_FACTOR = 1.5
SPAN_SLACK = 4
# Kinds of the text, where the repeated paragraph stands.
TEXT_KINDS = ("body",)


def drop_caps(texts: Sequence[str], kinds: Mapping[int, str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: ("body", reason)}`` for a drop cap left alone on its line above the body line that goes on
    with the rest of its word (a lower-case letter first): the paragraph's first letter, not stray furniture."""
    found: dict[int, tuple[str, str]] = {}
    for i in range(len(texts) - 1):
        below = texts[i + 1].lstrip()
        if kinds.get(i) != "body" and DROP_CAP.match(texts[i].strip()) and kinds.get(i + 1) == "body" and below:
            if below[0].islower():
                found[i] = ("body", "a drop cap split from its word: the first letter of the paragraph below")
    return found


def _quotation_words(text: str) -> list[str] | None:
    """Return the case-folded words of ``text`` when it is one quotation wholly in marks of a pull quote's length,
    else None."""
    stripped = text.strip()
    if len(stripped) < 2 or stripped[0] not in OPENING_MARKS or stripped[-1] not in CLOSING_MARKS:
        return None
    # One quotation: no closing mark inside, followed by a cue ("“A,” she said, “B.”" is the text's own line).
    inner = stripped[1:-1]
    if any(mark in inner for mark in "”»"):
        return None
    words = [word.casefold().replace("’", "'") for word in rules.WORD.findall(inner)]
    return words if MIN_WORDS_PULL_QUOTE <= len(words) <= MAX_WORDS_PULL_QUOTE else None


def _span_of(words: Sequence[str], other: Sequence[str]) -> int | None:
    """Return the length of the shortest span of ``other`` holding ``words`` in order, else None.

    For each prefix of ``words`` the latest start of a match ending so far is kept (the shortest window ending at
    each word of ``other``): one pass over ``other`` for each word of the quotation, so linear in the line."""
    starts: list[int | None] = [None] * (len(words) + 1)
    best: int | None = None
    for j, word in enumerate(other):
        for k in range(len(words), 0, -1):
            if word == words[k - 1]:
                starts[k] = j if k == 1 else starts[k - 1]
        if starts[len(words)] is not None and word == words[-1]:
            span = j - starts[len(words)] + 1  # type: ignore[operator]
            best = span if best is None else min(best, span)
    return best


def shortened_pull_quotes(texts: Sequence[str], kinds: Mapping[int, str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: ("duplicate", reason)}`` for the body lines that are a quotation whose words occur, in
    order and within ``SPAN_FACTOR`` times their number plus ``SPAN_SLACK``, in one longer body line within
    ``WINDOW`` lines: a pull quote, shortened or glued, repeating the text."""
    found: dict[int, tuple[str, str]] = {}
    for i, text in enumerate(texts):
        if kinds.get(i) not in TEXT_KINDS:
            continue
        words = _quotation_words(text)
        if words is None:
            continue
        limit = SPAN_FACTOR * len(words) + SPAN_SLACK
        for j in range(max(0, i - WINDOW), min(len(texts), i + WINDOW + 1)):
            if j == i or kinds.get(j) not in TEXT_KINDS or j in found:
                continue
            other = [word.casefold().replace("’", "'") for word in rules.WORD.findall(texts[j])]
            if len(other) <= len(words):
                continue
            span = _span_of(words, other)
            if span is not None and span <= limit:
                found[i] = ("duplicate", f"pull quote: repeats, shortened, the words of the line {j - i:+d} from it")
                break
    return found
