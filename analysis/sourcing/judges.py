"""The judge of a court report: "the judge", "a High Court judge" and a pronoun after "The judge ..." resolved to the
judge the report names with a judicial title ("Before: Mrs Justice X", "Presiding Judge X Y", "Judge X Y").

Court reports name the judge once with the title and then call them by their office; the office is held by one
person in the case, so the description refers to the judge named nearest before it (else, in a lead written before
the name, the first named after it). The titles are ``analysis/data/sourcing_judicial_titles.txt``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..lexicon import read_word_list

# Honorifics before "Justice" that give the judge's gender ("Mrs Justice X" is a woman).
HONORIFIC_GENDER = {
    "mr": "male",
    "lord": "male",
    "sir": "male",
    "mrs": "female",
    "ms": "female",
    "lady": "female",
    "dame": "female",
}
# Determiners a description of the judge opens with; at most this many words come between it and the noun.
JUDGE_DETERMINERS = frozenset({"the", "a"})
MAX_DESCRIPTION_WORDS = 4


@lru_cache(maxsize=1)
def judicial_titles() -> frozenset[str]:
    """Return the judicial titles of ``sourcing_judicial_titles.txt`` as written ("Justice", "Judge")."""
    return frozenset(read_word_list("sourcing_judicial_titles.txt"))


@lru_cache(maxsize=1)
def _titled_judge() -> re.Pattern[str]:
    """Return the pattern of a judge's titled name: an optional honorific, an optional "Presiding"-like capitalised
    word, a title, then one to three capitalised words (the name, group 3; the honorific, group 1)."""
    titles = "|".join(sorted(judicial_titles()))
    honorifics = "|".join(word.capitalize() for word in HONORIFIC_GENDER)
    return re.compile(
        rf"\b(?:({honorifics})\.?[^\S\r\n]+)?(?:([A-Z][a-z]+)[^\S\r\n]+)?(?:{titles})[^\S\r\n]+"
        r"((?:[A-Z][\w'’-]+[^\S\r\n]+){0,2}[A-Z][\w'’-]*[a-z])\b"
    )


@lru_cache(maxsize=1)
def judges(raw: str) -> tuple[list[int], list[tuple[str, str]]]:
    """Return the starts and the (name, gender) of every judge ``raw`` names with a title, in text order; the name
    is written without the title ("Mrs Justice Penrose" -> ("Penrose", "female")); cached for the article."""
    starts, found = [], []
    for match in _titled_judge().finditer(raw):
        starts.append(match.start())
        found.append((match.group(3), HONORIFIC_GENDER.get((match.group(1) or "").casefold(), "")))
    return starts, found


def is_judge_description(norms: list[str]) -> bool:
    """Return whether lower-case ``norms`` are a description of a judge by office: "the"/"a", at most
    ``MAX_DESCRIPTION_WORDS`` words, the last a judicial title ("the judge", "a high court judge")."""
    nouns = {title.casefold() for title in judicial_titles()}
    return 2 <= len(norms) <= MAX_DESCRIPTION_WORDS and norms[0] in JUDGE_DETERMINERS and norms[-1] in nouns


def judge_near(raw: str, here: int, gender: str = "") -> str | None:
    """Return the name of the judge named nearest before ``here``, else first after it, else None; a judge whose
    honorific gives another gender than ``gender`` (when both are known) is none."""
    starts, found = judges(raw)
    k = bisect_left(starts, here)
    chosen = found[k - 1] if k else (found[k] if k < len(found) else None)
    if chosen is None or (gender and chosen[1] and chosen[1] != gender):
        return None
    return chosen[0]
