"""Readability: syllable counts (pyphen hyphenation) and the Flesch (1948) and Flesch-Kincaid (1975) formulas."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from itertools import pairwise

VOWELS = re.compile(r"[aeiouyà-ÿ]")


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    # left=1, right=1: allow one-letter first/last syllables (a-way, Syr-i-a).
    return pyphen.Pyphen(lang="en_US", left=1, right=1)


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Return the syllable count of a word estimated from pyphen's hyphenation points.

    Each hyphen-separated part counts (hyphenation points + 1) syllables;
    apostrophes are dropped first ("don't" -> "dont"); a piece without a
    vowel letter (a e i o u y) is not a syllable. At least 1. Hyphenation
    points are not syllables in every word: vowel hiatus is missed ("area",
    "idea" count 1), so the estimate errs low for such words.
    """
    total = 0
    for part in word.replace("'", "").replace("’", "").casefold().split("-"):
        cuts = [0, *_hyphenator().positions(part), len(part)]
        pieces = [part[i:j] for i, j in pairwise(cuts)]
        # a syllable needs a vowel: a vowelless piece ("dont" -> "don-t") joins its neighbour
        total += sum(1 for piece in pieces if VOWELS.search(piece))
    return max(total, 1)


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
