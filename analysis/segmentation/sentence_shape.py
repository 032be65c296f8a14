"""Where a sentence ends, whatever the language's quotation marks (issue 11, round 11).

The sentence-end pattern of :mod:`.rules` knows the English closing marks (``”``, ``’``, ``"``)
set directly after the full stop. Pages in (or machine-translated from) French and German close
quotations with ``»`` after a space (``… broken. »``) or with ``“`` (``„… Massaker.“``); a paragraph
that ends so was read as a line without a sentence (a headline, a stray line). The functions here
read a line once, so they keep every rule that calls them linear in the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import record_metadata, rules
from .line_features import features

# A sentence closed inside quotation marks of any language: the marks (and the spaces French
# typography sets inside « … ») may follow the full stop.
CLOSED_IN_QUOTES = re.compile(r"[.!?…](?:\s*[\"'”’“»›)\]])+\s*$")
# A sentence ended inside the line and another begun: a lower-case word of four letters or more, or
# a capitalised one of five or more (a name: "Not yet, Helen. The"; not an abbreviation such as
# "Gen.", "Capt." or "U.S."), its full stop, closing marks before it (British style: "closely". The)
# or after it, then a capital, perhaps after an opening mark ("partners. Ankara", "years. « The").
# Round 13: the capitalised word and the marks before the stop, for a transcript's answer line
# ("HADLEY: Not yet, Helen. The …") that a label and a colon made look like a link's title.
INNER_SENTENCE_BREAK = re.compile(r"\b(?:[a-z]{4,}|[A-Z][a-z]{4,})[\"'”’»)]*[.!?][\"'”’“»›)]*\s+[\"'“„«‹(]?\s*[A-Z]")
# A sentence closed before a footnote's mark: superscript figures after the stop ("… in 2016.⁴"), as
# investigations and reports number their sources (round 13).
FOOTNOTED_END = re.compile(r"[.!?…][\"'”’“»›)\]]*[\u00b9\u00b2\u00b3\u2070-\u2079]+\s*$")
# A sentence closed before a reference work's inline tags, perhaps after its footnote markers ("… in 2016.[citation
# needed]", "… pattern.[14][failed verification]", "… in 2019.[a]", "[note 2]"): an editor's note or a lettered
# note on a complete sentence (issue 11, round 21).
TAGGED_END = re.compile(r"[.!?…][\"'”’)]*(?:\[\d{1,3}\])*\[(?:[a-z][a-z ?]{0,30}|(?:note|nb) \d{1,2})\]\s*$")


# The rules ask about the same line about seven times (41,000 calls for 6,000 lines of 500 bench articles): each
# is searched once (measured, segment_records of 500 bench articles: 5.1 -> 4.8 CPU s).
@lru_cache(maxsize=4096)
def closes_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence: its punctuation, perhaps inside closing marks of any language, before
    a footnote's superscript mark, before an editor's cut mark ("[Passage omitted]", round 17) or before a reference
    work's inline tag ("[citation needed]", round 21)."""
    return bool(
        features(text).ends_sentence
        or CLOSED_IN_QUOTES.search(text)
        or FOOTNOTED_END.search(text)
        or record_metadata.ends_before_cut(text)
        or ("[" in text and TAGGED_END.search(text))
    )


def ends_before_footnote(text: str) -> bool:
    """True when ``text`` ends a sentence before a footnote's superscript mark ("… in 2016.⁴"): a paragraph
    of a sourced text, never a link's title, however few words it has."""
    return bool(FOOTNOTED_END.search(text))


def holds_two_sentences(text: str) -> bool:
    """True when ``text`` ends one sentence and begins another inside the line (a title is one phrase)."""
    return bool(INNER_SENTENCE_BREAK.search(text))


# A line of running words at least this long is a paragraph, whatever it ends on: below the last
# paragraph of the 192 dev pages (issue 11, round 13), no link title or furniture line of running
# words runs past 19 words (a live blog's sign-off naming a story's title), while a paragraph cut
# mid-sentence by a paywall ("... expected another spell of heavy rain ... from the first") ran to
# 28. Three times a short paragraph's eight words, with a margin over the longest title.
MIN_WORDS_UNFINISHED_PARAGRAPH = 24


def unfinished_paragraph(text: str) -> bool:
    """True when ``text`` is a run of at least ``MIN_WORDS_UNFINISHED_PARAGRAPH`` mostly lower-case words:
    a paragraph, even one cut before its sentence ends (a link title or a page's notice is shorter)."""
    return features(text).word_count >= MIN_WORDS_UNFINISHED_PARAGRAPH and rules.running_words(text)
