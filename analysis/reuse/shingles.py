"""Word shingles: every run of ``SHINGLE_WORDS`` consecutive body words, as one 64-bit number.

A *shingle* (Broder 1997, "On the resemblance and containment of documents") is a contiguous
word n-gram; two texts that share a passage share all the shingles inside it, and two texts that
do not share a passage rarely share a shingle of five words. passim (Smith, Cordell & Mullen
2015) and Nicholls (2019) find reprinted news text with word 5-grams, as here.

Shingles are hashed (a polynomial over the word ids, modulo 2**64) so they are compared as
integers; the alignment checks the words themselves, so a hash collision cannot make a match.
"""

from __future__ import annotations

import numpy as np

from .words import CorpusWords

# Words per shingle: passim's default n-gram order (5). Shorter shingles (3, 4) match common
# phrases ("in a statement on"); longer ones miss reuse with a change every few words.
SHINGLE_WORDS = 5
# The multiplier of the polynomial hash: a large odd constant (the 64-bit golden ratio).
_HASH_BASE = np.uint64(0x9E3779B97F4A7C15)


def shingle_hashes(ids: np.ndarray, n: int = SHINGLE_WORDS) -> np.ndarray:
    """Return the hash of each n-word window of ``ids`` (len(ids) - n + 1 values; none if shorter)."""
    count = len(ids) - n + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint64)
    values = ids.astype(np.uint64)
    hashes = np.zeros(count, dtype=np.uint64)
    for offset in range(n):
        # uint64 arithmetic wraps around: the hash is the polynomial modulo 2**64.
        hashes = hashes * _HASH_BASE + values[offset : offset + count]
    return hashes


def corpus_shingles(words: CorpusWords, n: int = SHINGLE_WORDS) -> tuple[np.ndarray, np.ndarray]:
    """Return (hash, article index) of every shingle that lies inside one article, in corpus order."""
    hashes = shingle_hashes(words.ids, n)
    article = np.repeat(np.arange(len(words.article_ids)), np.diff(words.bounds))
    if not len(hashes):
        return hashes, np.zeros(0, dtype=np.int64)
    inside = article[: len(hashes)] == article[n - 1 :]
    return hashes[inside], article[: len(hashes)][inside]
