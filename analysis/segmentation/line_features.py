"""The facts about a line that many labelling rules ask (issue 18): read once per line, shared by the rules.

The rules of :mod:`.labelling`, :mod:`.rules`, :mod:`.comments` and their neighbours are each one function of a
line's text; many of them open with the same tests (does the line end a sentence? how many words has it? does it
hold a separator?). Counted over the 8,162 lines of 500 bench articles (speed17b), every line was searched for a
sentence's end 13.2 times and split into words 11.8 times (findall, finditer) and searched for a separator 3.1 times.
:func:`features` reads those facts once per distinct line and the rules read them from its record.

Measured (label_lines over the 500 bench articles, fresh processes alternating old and new on a loaded machine, best
of 3): the line-shape rules of :mod:`.rules`, ``labelling.word_count`` and ``print_views._words`` on the record,
3.87 -> 3.38 CPU s.
The rules of :mod:`.comments`, :mod:`.page_notes`, :mod:`.programme`, :mod:`.metadata_block`,
:mod:`.record_metadata`, :mod:`.column_text`, :mod:`.sentence_shape` and :mod:`.labelling`'s own sentence-end tests
on it as well: searches for words or a sentence's end over those lines 211,060 -> 62,603 (label_lines 3.98-4.72 ->
3.38-3.57 CPU s in three alternating pairs).
The case-folded words (``folded_words``) serve :func:`.rules.site_notice_line`, :func:`.headline_overlap.content_stems`
and ``labelling.comparison_words`` (a line without "&"): searches of the folded text over those lines 12,403 -> 5,686
(label_lines 4.05-5.01 -> 3.08-3.68 CPU s in three alternating pairs).

The patterns live here (and :mod:`.rules` re-exports them as ``rules.WORD``, ``rules.SENTENCE_END`` and
``rules.ANY_SEPARATOR``) so that every rule tests the same definition the record holds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# A sentence ends with . ! ? or … possibly followed by closing quotes or brackets and a footnote
# reference ("… as funding shrinks.[3]", the endnote marks of think-tank and academic pages).
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?:\[\d{1,3}\])?$")
# A character every separator of a menu, a sharing widget or a byline with a stamp needs (two white spaces,
# a bar, a slash, a dash ...): see rules.ANY_SEPARATOR.
ANY_SEPARATOR = re.compile(r"\s\s|[|·•›»/–—]")
# The only characters outside ASCII that re.IGNORECASE matches with an ASCII character (İ ı ſ K: i, i, s,
# k); tests/test_segmentation_matching.py checks the list against every code point (matching re-exports it). A
# line holding one has no ``lowered`` text: the pattern lists search it by every pattern, ungated.
IGNORECASE_ASCII_TWINS = "\u0130\u0131\u017f\u212a"


@dataclass(frozen=True, slots=True)
class LineFeatures:
    """What the rules ask of a line's text, read once: its words (``WORD``, in order) and their number, the words of
    its case-folded text with apostrophes unified (``folded_words``: what phrase and overlap rules compare), whether it
    ends a sentence (``SENTENCE_END``), whether it holds a separator character (``ANY_SEPARATOR``), and its text
    lower-cased (``lowered``: what the gates of :func:`.matching.first_match` test; None when it holds one of
    ``IGNORECASE_ASCII_TWINS``, which no lower-cased gate sees)."""

    words: tuple[str, ...]
    word_count: int
    folded_words: tuple[str, ...]
    ends_sentence: bool
    separated: bool
    lowered: str | None


# One record per distinct line: a page's lines are asked about by every rule before the next page's are
# (4,096 lines outlast any page of the bench; an evicted line is read again, never wrongly).
@lru_cache(maxsize=4096)
def features(text: str) -> LineFeatures:
    """Return the :class:`LineFeatures` of ``text`` (a whole line as the rules receive it), read once per text."""
    words = tuple(WORD.findall(text))
    return LineFeatures(
        words=words,
        word_count=len(words),
        folded_words=tuple(WORD.findall(text.casefold().replace("’", "'"))),
        ends_sentence=SENTENCE_END.search(text) is not None,
        separated=ANY_SEPARATOR.search(text) is not None,
        lowered=_lowered(text),
    )


def _lowered(text: str) -> str | None:
    """Return ``text.lower()``, or None when ``text`` holds one of ``IGNORECASE_ASCII_TWINS``."""
    if not text.isascii() and any(twin in text for twin in IGNORECASE_ASCII_TWINS):
        return None
    return text.lower()
