"""Blocking: the pairs of articles worth aligning, found without comparing all pairs.

An inverted index maps each shingle to the articles that contain it. Only *rare* shingles are
kept: those found in at least 2 and at most ``MAX_SHINGLE_ARTICLES`` articles (passim's upper
document frequency, Smith, Cordell & Mullen 2015; Nicholls 2019 drops frequent n-grams the same
way). Two articles become a candidate pair when they share at least ``MIN_SHARED_SHINGLES``
rare shingles (passim's minimum of matching n-grams).

Why this is linear: each kept shingle yields at most ``C(MAX_SHINGLE_ARTICLES, 2)`` pairs, and
the number of shingles grows with the number of words, so the pairs grow with the corpus and
not with its square. A boilerplate sentence printed by every article of a large corpus is left
out of blocking (it is in too many articles); the alignment still sees every shared shingle of a
candidate pair, so such a sentence inside a reprinted passage is aligned with it.
"""

from __future__ import annotations

import numpy as np

from .shingles import SHINGLE_WORDS, corpus_shingles
from .words import CorpusWords

# A shingle in more articles than this is a stock phrase, not evidence of reuse (passim: 100).
MAX_SHINGLE_ARTICLES = 100
# Rare shingles two articles must share to be aligned (passim: 5): five shared 5-grams are at
# least nine words in common, more than a shared name or a stock phrase.
MIN_SHARED_SHINGLES = 5


def candidate_pairs(
    words: CorpusWords,
    cross_outlet: bool = True,
    n: int = SHINGLE_WORDS,
    max_articles: int = MAX_SHINGLE_ARTICLES,
    min_shared: int = MIN_SHARED_SHINGLES,
) -> np.ndarray:
    """Return the candidate pairs as an (m, 2) array of article indexes ``i < j``, sorted.

    A pair shares at least ``min_shared`` distinct shingles each found in 2..``max_articles``
    articles; with ``cross_outlet`` only pairs of different outlets are kept.
    """
    hashes, article = corpus_shingles(words, n)
    # One (shingle, article) entry per article: a shingle repeated inside one article counts once.
    order = np.lexsort((article, hashes))
    hashes, article = hashes[order], article[order]
    first = np.ones(len(hashes), dtype=bool)
    first[1:] = (hashes[1:] != hashes[:-1]) | (article[1:] != article[:-1])
    hashes, article = hashes[first], article[first]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]]) if len(hashes) else np.zeros(0, np.int64)
    sizes = np.diff(np.r_[starts, len(hashes)])
    pairs = [np.zeros((0, 2), dtype=np.int64)]
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= max_articles)]):
        # All groups of one size at once: a (groups, size) matrix of articles, every column pair.
        group_starts = starts[sizes == size]
        members = article[group_starts[:, None] + np.arange(size)]
        left, right = np.triu_indices(int(size), k=1)
        pairs.append(np.stack([members[:, left].ravel(), members[:, right].ravel()], axis=1))
    found = np.concatenate(pairs)
    if cross_outlet and len(found):
        outlet_code = np.unique(np.array(words.outlets, dtype=object), return_inverse=True)[1]
        found = found[outlet_code[found[:, 0]] != outlet_code[found[:, 1]]]
    keys = found[:, 0] * len(words.article_ids) + found[:, 1]  # articles are sorted in each group: i < j
    unique, counts = np.unique(keys, return_counts=True)
    kept = unique[counts >= min_shared]
    return np.stack([kept // len(words.article_ids), kept % len(words.article_ids)], axis=1)
