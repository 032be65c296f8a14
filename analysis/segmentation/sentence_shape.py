"""Where a sentence ends, whatever the language's quotation marks (issue 11, round 11).

The sentence-end pattern of :mod:`.rules` knows the English closing marks (``”``, ``’``, ``"``)
set directly after the full stop. Pages in (or machine-translated from) French and German close
quotations with ``»`` after a space (``… broken. »``) or with ``“`` (``„… Massaker.“``); a paragraph
that ends so was read as a line without a sentence (a headline, a stray line). The functions here
read a line once, so they keep every rule that calls them linear in the page.
"""

from __future__ import annotations

import re

from . import rules

# A sentence closed inside quotation marks of any language: the marks (and the spaces French
# typography sets inside « … ») may follow the full stop.
CLOSED_IN_QUOTES = re.compile(r"[.!?…](?:\s*[\"'”’“»›)\]])+\s*$")
# A sentence ended inside the line and another begun: a lower-case word of four letters or more
# (not an abbreviation such as "Gen." or "U.S."), its full stop, optional closing marks, then a
# capital, perhaps after an opening mark ("partners. Ankara", "years. « The").
INNER_SENTENCE_BREAK = re.compile(r"\b[a-z]{4,}[.!?][\"'”’“»›)]*\s+[\"'“„«‹(]?\s*[A-Z]")


def closes_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: its punctuation, perhaps inside closing marks of any language."""
    return bool(rules.SENTENCE_END.search(text) or CLOSED_IN_QUOTES.search(text))


def holds_two_sentences(text: str) -> bool:
    """True when ``text`` ends one sentence and begins another inside the line (a title is one phrase)."""
    return bool(INNER_SENTENCE_BREAK.search(text))
