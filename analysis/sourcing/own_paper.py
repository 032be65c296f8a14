"""The paper a letters page belongs to, as the speaker of "your report", "your leader", "your correspondent".

A reader writing to the editor addresses the paper in the second person: "Your report of 4 September said …",
"Your leader … called …", "Your correspondent in Dadu claims …". The gold pages write the paper's own report or
leader as the paper (its name, without the article) and its unnamed correspondent as ``<paper> correspondent``
(tests/gold/pages/styles_round18_b.md; round 18's staff of a named body). The paper is the one whose copyright line
the page carries, without its publishing company's words ("© 2018 Wessex Chronicle Newspapers Ltd." -> "Wessex
Chronicle"). Issue 11 round 19 (tuner src19).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_table, read_word_list
from .self_name import COPYRIGHT

SECOND_PERSON = "your"
# Words between "your" and the paper's text or staff noun: a date or a day ("Your May 22 article", "your report
# last Tuesday" has the date after the noun).
DATE_WORDS = 3


@lru_cache(maxsize=1)
def paper_texts() -> dict[str, str]:
    """Return a paper's text or staff noun -> its role (``text`` or ``staff``), from ``sourcing_paper_texts.csv``."""
    table = read_table("sourcing_paper_texts.csv")
    return dict(zip(table["noun"], table["role"], strict=True))


@lru_cache(maxsize=1)
def _closing_words() -> frozenset[str]:
    """Return the company suffixes and publisher nouns that may close a copyright line's name after the paper's."""
    words = [*read_word_list("sourcing_company_suffixes.txt"), *read_word_list("sourcing_publisher_nouns.txt")]
    return frozenset(word.rstrip(".") for word in words)


@lru_cache(maxsize=8)
def page_paper(raw: str) -> str:
    """Return the name of the paper whose copyright line the page ``raw`` carries (the last such line), without
    a leading "The" and the company's closing words, else ""."""
    found = ""
    for match in COPYRIGHT.finditer(raw):
        words = match["name"].split()
        while len(words) > 1 and words[-1].rstrip(".,") in _closing_words():
            words.pop()
        if words and all(w[:1].isupper() or w in {"of", "and", "&"} for w in words):
            found = " ".join(words)
    return found


def your_paper_source(raw: str, norms: list[str], word_before: str) -> str | None:
    """Return the source of a speaker phrase that is the page's paper addressed as "your": "your report of …" ->
    the paper's name, "Your correspondent" -> "<paper> correspondent"; None for any other phrase or when the page
    names no paper. ``norms`` are the speaker's lower-case words and ``word_before`` the word before them (the
    extractor may leave "your" out of the phrase: "[Your] report of 4 September")."""
    if norms[:1] == [SECOND_PERSON]:
        norms = norms[1:]
    elif word_before != SECOND_PERSON:
        return None
    role, noun = _paper_noun(norms)
    if not role:
        return None
    paper = page_paper(raw)
    if not paper:
        return None
    return f"{paper} {noun}" if role == "staff" else paper


def _paper_noun(norms: list[str]) -> tuple[str, str]:
    """Return (role, noun) of the first text or staff noun among the first words of ``norms`` (at most
    :data:`DATE_WORDS` words of a date before it), else ("", "")."""
    texts = paper_texts()
    for k in range(min(len(norms), DATE_WORDS + 1)):
        for size in (2, 1):
            noun = " ".join(norms[k : k + size])
            if len(norms[k : k + size]) == size and noun in texts:
                return texts[noun], noun
        if re.fullmatch(r"[a-z]+", norms[k]) and norms[k] not in _time_words():
            # Only a date ("your May 22 article") may stand before the noun: "your bank's report" is another's.
            return "", ""
    return "", ""


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Return the days, months and parts of the day (``sourcing_time_words.txt``)."""
    return frozenset(read_word_list("sourcing_time_words.txt"))
