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
    outlet_code = outlet_codes(words.outlets) if cross_outlet else None
    keys, counts = shared_shingle_counts(hashes, article, len(words.article_ids), outlet_code, max_articles)
    return pairs_sharing(keys, counts, len(words.article_ids), min_shared)


def outlet_codes(outlets: list[str]) -> np.ndarray:
    """Return an integer per article, equal for articles of the same outlet."""
    return np.unique(np.array(outlets, dtype=object), return_inverse=True)[1].ravel()


def distinct_entries(hashes: np.ndarray, article: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return the distinct (hash, article) entries, sorted by hash then article: a shingle repeated inside
    one article counts once."""
    order = np.lexsort((article, hashes))
    hashes, article = hashes[order], article[order]
    first = np.ones(len(hashes), dtype=bool)
    first[1:] = (hashes[1:] != hashes[:-1]) | (article[1:] != article[:-1])
    return hashes[first], article[first]


def shared_shingle_counts(
    hashes: np.ndarray,
    article: np.ndarray,
    articles: int,
    outlet_code: np.ndarray | None,
    max_articles: int = MAX_SHINGLE_ARTICLES,
) -> tuple[np.ndarray, np.ndarray]:
    """Return (pair key, rare shingles shared) of every article pair sharing a rare shingle, keys sorted.

    ``hashes`` and ``article`` are (shingle hash, article index) entries holding every entry of each hash
    they hold (the whole corpus, or every entry of some hashes: the counts of disjoint sets of hashes add
    up). A pair (i < j) is keyed ``i * articles + j``; with ``outlet_code`` (:func:`outlet_codes`) only pairs
    of different outlets are kept.
    """
    hashes, article = distinct_entries(hashes, article.astype(np.int64))
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
    if outlet_code is not None and len(found):
        found = found[outlet_code[found[:, 0]] != outlet_code[found[:, 1]]]
    keys = found[:, 0] * articles + found[:, 1]  # articles are sorted in each group: i < j
    return np.unique(keys, return_counts=True)


def pairs_sharing(
    keys: np.ndarray, counts: np.ndarray, articles: int, min_shared: int = MIN_SHARED_SHINGLES
) -> np.ndarray:
    """Return the pairs (an (m, 2) array, sorted) of the pair keys whose count is at least ``min_shared``."""
    kept = keys[counts >= min_shared]
    return np.stack([kept // articles, kept % articles], axis=1)
