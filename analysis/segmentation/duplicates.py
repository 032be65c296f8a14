"""Near-duplicate lines through an index, so that the check grows about linearly with the page (issue 16).

The rule itself is unchanged: a line repeats an earlier kept line when their word
sequences are equal, or when their lengths differ by less than 10 %, their vocabularies
overlap by at least ``MIN_VOCABULARY_OVERLAP`` (Jaccard) and difflib's ratio reaches
``NEAR_DUPLICATE_RATIO``. Only the candidates change: instead of every earlier line,
the lines with exactly the same words (a hash bucket) and the lines that share a word
of their *prefix*, the rarest words of the line. This is the prefix filter of set
similarity joins (Chaudhuri, Ganti & Kaushik 2006; Bayardo, Ma & Srikant 2007): two
vocabularies with Jaccard overlap >= t share at least one word among the first
``n - ceil(t * n) + 1`` words of each, under any fixed word order. Ordering by how many
lines of the page hold the word puts rare words first, so the buckets stay small.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from difflib import SequenceMatcher
from typing import Any

NEAR_DUPLICATE_RATIO = 0.9
# The cheap vocabulary pre-test of the rule (Jaccard overlap of the two word sets).
MIN_VOCABULARY_OVERLAP = NEAR_DUPLICATE_RATIO - 0.1
# Bound on the earlier lines compared with one line, so that a page of thousands of
# near-identical lines stays linear; a normal page never reaches it (a few hundred lines).
MAX_CANDIDATES = 200
# Floating-point slack, so the prefix is never one word too short.
_EPSILON = 1e-9


class DuplicateIndex:
    """Earlier kept lines, indexed by exact word sequence and by prefix words.

    ``lookups`` counts index probes (one per line) and ``comparisons`` the candidate
    pairs examined; their sum is the work measure of the linear-cost test. Comparisons
    alone grow with the pairs of lines that share a rare word (a page whose lines
    repeat each other), bounded by ``MAX_CANDIDATES`` per line.
    """

    def __init__(self, frequency: Counter[str] | None = None):
        """``frequency``: in how many lines of the page each word occurs (rare words go first)."""
        self.frequency = frequency or Counter()
        self.entries: list[tuple[list[str], Any, str]] = []
        self.exact: dict[tuple[str, ...], int] = {}
        self.postings: dict[str, list[int]] = {}
        self.lookups = 0
        self.comparisons = 0
        # The words last looked up (the list itself) and their prefix: a line kept after its look-up is added with
        # the same list, whose prefix is then not sorted again (speed16b: _prefix was 1.0 % of the pass sampled).
        self._looked_up: tuple[list[str] | None, int, list[str]] = (None, 0, [])

    def _prefix(self, vocabulary: set[str]) -> list[str]:
        """Return the rarest words of ``vocabulary``, as many as the prefix filter needs."""
        # Sorted by word, then (stably) by frequency: the (frequency, word) order without a Python key
        # function per word: 1.1 of 33 profiled CPU s of segmentation.
        ordered = sorted(vocabulary)
        ordered.sort(key=self.frequency.__getitem__)
        size = len(ordered) - math.ceil(MIN_VOCABULARY_OVERLAP * len(ordered) - _EPSILON) + 1
        return ordered[:size]

    def _candidates(self, words: list[str], vocabulary: set[str]) -> list[int]:
        """Return the positions of earlier lines that may repeat ``words``, earliest first."""
        found: set[int] = set()
        if tuple(words) in self.exact:
            found.add(self.exact[tuple(words)])
        prefix = self._prefix(vocabulary)
        self._looked_up = (words, len(words), prefix)
        for word in prefix:
            found.update(self.postings.get(word, ())[:MAX_CANDIDATES])
        return sorted(found)[:MAX_CANDIDATES]

    def find(self, words: list[str]) -> tuple[Any, str, float] | None:
        """Return the earliest kept line these words repeat, its kind and the similarity (1.0: identical), or None."""
        if not words:
            return None
        self.lookups += 1
        vocabulary = set(words)
        for position in self._candidates(words, vocabulary):
            self.comparisons += 1
            other_words, other, other_kind = self.entries[position]
            if words == other_words:
                return other, other_kind, 1.0
            shorter, longer = sorted((len(words), len(other_words)))
            if shorter / longer < NEAR_DUPLICATE_RATIO:
                continue
            other_vocabulary = set(other_words)
            if len(vocabulary & other_vocabulary) / len(vocabulary | other_vocabulary) < MIN_VOCABULARY_OVERLAP:
                continue
            ratio = SequenceMatcher(None, words, other_words, autojunk=False).ratio()
            if ratio >= NEAR_DUPLICATE_RATIO:
                return other, other_kind, ratio
        return None

    def add(self, words: list[str], line: Any, kind: str) -> int:
        """Keep a line (its words, the line and its kind); return its position in the index."""
        position = len(self.entries)
        self.entries.append((words, line, kind))
        if words:
            self.exact.setdefault(tuple(words), position)
            last, size, prefix = self._looked_up
            for word in prefix if last is words and size == len(words) else self._prefix(set(words)):
                self.postings.setdefault(word, []).append(position)
        return position

    def relabel(self, position: int, kind: str) -> None:
        """Change the kind recorded for a kept line (a standfirst found to be a copy)."""
        words, line, _ = self.entries[position]
        self.entries[position] = (words, line, kind)


# A pull quote is a sentence or two: a line of more words than this is a paragraph, not a quote.
MAX_WORDS_PULL_QUOTE_LINE = 40
# A pull quote is set near the text it repeats (in the same column or the next): at most this many lines
# from it. A reader's reply that quotes the article further down a forum page is no pull quote.
MAX_LINES_FROM_SOURCE = 12


def _stream(words: Sequence[Sequence[str]], broken: Sequence[bool]) -> tuple[list[str], list[int]]:
    """Return the page's words in reading order and, for each, its line number. A word broken by a hyphen at
    a line's end (``broken[i]``: line ``i``'s last word goes on at the start of line ``i + 1``) is one word,
    counted in the line where it starts."""
    stream: list[str] = []
    owner: list[int] = []
    carried = False
    for number, line_words in enumerate(words):
        rest = list(line_words)
        if carried and rest and stream:
            stream[-1] += rest.pop(0)
        stream.extend(rest)
        owner.extend([number] * len(rest))
        carried = broken[number] and bool(rest)
    return stream, owner


def repeated_in_text(
    words: Sequence[Sequence[str]],
    broken: Sequence[bool],
    candidates: Iterable[int],
    sources: Container[int],
    size: int,
) -> dict[int, int]:
    """Return, for each candidate line whose words run, in order, inside the text of other lines, the first
    line of that text: a pull quote set apart from the paragraph it repeats.

    ``words`` are the page's lines as comparison words, ``broken`` says which lines end in a word
    hyphenated onto the next, ``sources`` which lines may hold the repeated text (paragraphs still to be
    labelled). A candidate has ``size`` to ``MAX_WORDS_PULL_QUOTE_LINE`` words; its words are found in the
    page's word stream, across line breaks and hyphenated words ("prepar-" / "ing"), outside the line itself,
    and either over two lines or more, or inside one longer line, at most ``MAX_LINES_FROM_SOURCE`` lines from
    it. Each candidate is looked up by its first
    ``size`` words (at most ``MAX_CANDIDATES`` places), so the rule stays linear in the page.
    """
    stream, owner = _stream(words, broken)
    wanted = {tuple(words[i][:size]) for i in candidates if size <= len(words[i]) <= MAX_WORDS_PULL_QUOTE_LINE}
    places: dict[tuple[str, ...], list[int]] = {}
    # A group is built only where the stream holds a wanted group's first word (the places found are the same;
    # measured: 0.32 -> 0.13 s per 1,000 bench articles).
    firsts = {group[0] for group in wanted if group}
    for start in range(len(stream) - size + 1):
        if stream[start] in firsts and (group := tuple(stream[start : start + size])) in wanted:
            places.setdefault(group, []).append(start)
    across: dict[int, int] = {}  # candidate -> first line of the text it repeats, over two lines or more
    inside: dict[int, int] = {}  # candidate -> the one longer line it repeats
    for i in candidates:
        line_words = list(words[i])
        if not size <= len(line_words) <= MAX_WORDS_PULL_QUOTE_LINE:
            continue
        for start in places.get(tuple(line_words[:size]), [])[:MAX_CANDIDATES]:
            span = owner[start : start + len(line_words)]
            distance = span[0] - i if span[0] > i else i - span[-1]
            if (
                i in span
                or distance > MAX_LINES_FROM_SOURCE
                or stream[start : start + len(line_words)] != line_words
                or not all(j in sources for j in span)
            ):
                continue
            if span[0] != span[-1]:
                across[i] = span[0]
                break
            if len(words[span[0]]) > len(line_words):
                inside.setdefault(i, span[0])
    # A line of a paragraph broken over lines also runs inside its pull quote ("… costs its owner about" inside
    # "… costs its owner about £40,000."): a line repeated over two lines or more is the copy, never the source.
    inside = {i: j for i, j in inside.items() if i not in across and j not in across}
    return {**across, **inside}
