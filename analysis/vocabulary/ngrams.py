"""N-grams and collocations: n-grams counted inside runs, and bigrams scored with NLTK's association measures.

A run is a stretch of words not broken by punctuation, a number, a sentence
end, a change of voice or of article (``terms._word_runs``): n-grams never
cross one. Collocation scores are NLTK's ``BigramAssocMeasures`` (pmi,
likelihood ratio = Dunning's G2), computed with the same operations in the
same order, so the same floats.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

import numpy as np
import pandas as pd

from ..study import Study
from ..voices import QUOTATION
from .coding import PACK_LIMIT, _distinct_sorted, _first_occurrences, _int32
from .frequencies import count_matrix
from .terms import _prepare, _stopword_set

STRING = np.dtypes.StringDType()
COLLOCATION_MIN_COUNT = 2  # in a short text, once is no pattern
# NLTK adds this to expected counts and to each ratio so that a zero cell gives 0 * ln(tiny), not an error.
NLTK_SMALL = 1e-20
COLLOCATION_COLUMNS = {
    "outlet": [
        "outlet",
        "ngram",
        "count",
        "quoted_count",
        "articles",
        "pmi",
        "likelihood_ratio",
        "article_id",
        "start",
        "end",
    ],
    # per article: one article_id column (the first occurrence is in that article) and its outlet
    "article_id": [
        "article_id",
        "outlet",
        "ngram",
        "count",
        "quoted_count",
        "articles",
        "pmi",
        "likelihood_ratio",
        "start",
        "end",
    ],
}


def _joined(vocab: np.ndarray, words: np.ndarray) -> np.ndarray:
    """Return the n-gram strings (numpy strings) of ``words`` (n x m codes into ``vocab``), words joined by a space."""
    strings = vocab[words[0]] if words.shape[1] else np.zeros(0, dtype=STRING)
    for k in range(1, len(words)):
        strings = np.strings.add(np.strings.add(strings, " "), vocab[words[k]])
    return strings


def _word_order(words: np.ndarray, size: int) -> np.ndarray:
    """Return the order of the columns of ``words`` (n x m codes below ``size``) by their first code, then the
    next...: one integer key per column when the product of code ranges fits one int64, else ``np.lexsort``."""
    if size ** len(words) >= PACK_LIMIT:
        return np.lexsort(words[::-1])
    key = np.zeros(words.shape[1], dtype=np.int64)
    for row in words:
        key *= size
        key += row
    return np.argsort(key, kind="stable")


def _sorted_ngrams(vocab: np.ndarray, words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (``np.argsort(strings, kind="stable")``, the strings in that order as objects) of the distinct
    n-grams whose word codes are ``words`` (n x m, codes into the sorted numpy strings ``vocab``).

    Codes rank the sorted vocabulary, so ordering by codes (an integer sort) gives string order whenever no
    word holds a character ordered before the joining space; the strings are joined in that order and
    checked (strictly increasing: the one sorted order, so the stable argsort's), and sorted otherwise.
    Bigrams and trigrams of 500 bench articles, measured: 1.15 -> 0.72 CPU s per 1,000 articles.
    """
    order = _word_order(words, len(vocab))
    ranked = _joined(vocab, words[:, order])
    if not np.all(ranked[1:] > ranked[:-1]):
        strings = _joined(vocab, words)
        order = np.argsort(strings, kind="stable")
        ranked = strings[order]
    return order, ranked.astype(object)


def _ngram_codes(p: dict, n: int) -> dict:
    """Return the n-grams of ``_prepare``'s word tokens as codes.

    Keys: ``first`` (word index of each occurrence's first word), ``code``
    (n-gram code per occurrence; codes rank the n-gram strings, so sorting
    codes sorts n-grams as text), ``ngrams`` (the strings, sorted),
    ``stop_only`` / ``stop_edge`` per n-gram code.
    """
    term, run, stop = p["term"], p["word_run"], p["vocab_stop"]
    m = len(term) - n + 1
    if m <= 0:
        return {
            "first": np.zeros(0, dtype=np.int32),
            "code": np.zeros(0, dtype=np.int32),
            "ngrams": np.zeros(0, dtype=object),
            "stop_only": np.zeros(0, dtype=bool),
            "stop_edge": np.zeros(0, dtype=bool),
        }
    cache = p.setdefault("ngram_cache", {})
    if n in cache:
        return cache[n]
    first = _int32(np.flatnonzero(run[:m] == run[n - 1 : n - 1 + m]))
    code = np.zeros(len(first), dtype=np.int64)
    for k in range(n):  # fold one word at a time into a dense code (no overflow for any n)
        code *= len(p["vocab"])
        code += term[first + k]
        code, _ = pd.factorize(code)
        code = code.astype(np.int64, copy=False)
    index = _first_occurrences(code)
    words = np.stack([term[first[index] + k] for k in range(n)]) if len(index) else np.zeros((n, 0), dtype=np.int64)
    # The n-gram strings joined and sorted as numpy strings (UTF-8: byte order is code point order, Python's str
    # order): on the 1,000-article bench corpus (325k bigrams, 466k trigrams) 2.1 s CPU with a " ".join per
    # n-gram, 0.7 s.
    rank, ngrams = _sorted_ngrams(np.asarray(p["vocab"], dtype=object).astype(STRING), words)
    recode = np.empty(len(rank), dtype=np.int32)
    recode[rank] = np.arange(len(rank))
    flags = stop[words]
    cache[n] = {
        "first": first,  # int32, like ``code``: multiply as int64
        "code": recode[code],
        "ngrams": ngrams,
        "stop_only": flags.all(axis=0)[rank],
        "stop_edge": (flags[0] | flags[-1])[rank],
    }
    return cache[n]


def ngram_occurrences(study: Study, n: int, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Return every n-gram occurrence inside a run (a stretch of words not broken by
    punctuation, a number, a sentence end, a change of voice or of article) with offsets.

    Columns: article_id, outlet, sentence_id, start, end, ngram (terms joined
    by one space), voice, stop_only (all words are stop words), stop_edge
    (first or last word is a stop word). ``raw[start:end]`` is the n-gram's
    text as printed.
    """
    stop = _stopword_set(stopwords)
    p = _prepare(study, stop)
    g = _ngram_codes(p, n)
    columns = ["article_id", "outlet", "sentence_id", "start", "end", "ngram", "voice", "stop_only", "stop_edge"]
    if len(p["term"]) < n:
        return pd.DataFrame(columns=columns)
    first, last = p["rows"][g["first"]], p["rows"][g["first"] + n - 1]
    art = p["art"][first]
    frame = pd.DataFrame(
        {
            "article_id": pd.array(p["articles"][art], dtype="str"),
            "outlet": pd.array(p["outlets"][p["outlet_of_article"][art]], dtype="str"),
            "sentence_id": p["sentence"][first],
            "start": p["start"][first],
            "end": p["end"][last],
            "ngram": pd.array(g["ngrams"][g["code"]], dtype="str"),
            "voice": pd.array(p["voices"][p["voice"][first]], dtype="str"),
            "stop_only": g["stop_only"][g["code"]],
            "stop_edge": g["stop_edge"][g["code"]],
        }
    )
    return frame


def _group_codes(p: dict, group: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (code per token row, sorted names) of ``group`` ("outlet" or "article_id")."""
    if group == "outlet":
        return p["outlet_of_article"][p["art"][rows]], p["outlets"]
    if group == "article_id":
        return p["art"][rows], p["articles"]
    raise ValueError("group must be 'outlet' or 'article_id'")


def _sorted_occurrences(
    g: dict, group_code: np.ndarray, n_groups: int, kept: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (packed (group, bigram) key, occurrence) of the kept bigram occurrences, sorted by group,
    bigram and text order: each bigram of a group becomes a run of its occurrences, its first leading.

    ``group_code`` is the group of each occurrence (int64, reused in place).
    """
    n_kept, n_ngrams, m = int(kept.sum()), len(g["ngrams"]), len(g["first"])
    packed = group_code
    packed *= n_ngrams
    packed += g["code"]
    if n_groups * n_ngrams * m < PACK_LIMIT:
        packed *= m
        packed += np.arange(m, dtype=np.int64)
        packed[~kept] = np.iinfo(np.int64).max  # dropped bigrams sort last
        packed.sort()
        occurrence = _int32(packed[:n_kept] % m)
        return packed[:n_kept] // m, occurrence  # a copy, so the full-length array is freed
    # too many to pack: the same order by a stable sort
    packed[~kept] = np.iinfo(np.int64).max
    occurrence = _int32(np.argsort(packed, kind="stable")[:n_kept])
    return packed[occurrence], occurrence


def _bigram_counts(p: dict, g: dict, group: str, n_groups: int, kept: np.ndarray) -> tuple[np.ndarray, ...]:
    """Return (packed (group, bigram) key, index of its first occurrence, count, quoted count, articles)
    of each distinct kept bigram of each group."""
    first = g["first"]
    group_code = p["art"][p["rows"][first]].astype(np.int64)
    if group == "outlet":
        np.take(np.asarray(p["outlet_of_article"], dtype=np.int64), group_code, out=group_code, mode="clip")
    packed, occurrence = _sorted_occurrences(g, group_code, n_groups, kept)
    begins = np.flatnonzero(np.r_[True, packed[1:] != packed[:-1]])
    uniq, index, count = packed[begins], occurrence[begins], np.diff(begins, append=len(packed))
    del packed
    quoted_code = np.flatnonzero(p["voices"] == QUOTATION)
    rows = p["rows"][first[occurrence]]
    in_quotes = p["voice"][rows] == (quoted_code[0] if len(quoted_code) else -1)
    quoted = np.add.reduceat(in_quotes.astype(np.int32), begins)
    # articles per bigram: occurrences are in text order, so a bigram's articles are non-decreasing
    art = p["art"][rows]
    del rows
    new_article = np.r_[True, art[1:] != art[:-1]]
    new_article[begins] = True
    articles = np.add.reduceat(new_article.astype(np.int32), begins)
    return uniq, index, count, quoted, articles


def _unigram_counter(p: dict, group: str, n_groups: int) -> tuple[Callable[[np.ndarray], np.ndarray], np.ndarray]:
    """Return (count of packed (group, term) keys, words per group): NLTK's marginals, the unigram
    counts of each word in the group and the group's word total."""
    word_group, _ = _group_codes(p, group, p["rows"])
    vocab_size = len(p["vocab"])
    total = np.bincount(word_group, minlength=n_groups)
    unigram_key = word_group.astype(np.int64) * vocab_size
    unigram_key += p["term"]
    del word_group
    if n_groups * vocab_size <= len(unigram_key):  # few groups: a dense group x term table
        unigram = np.bincount(unigram_key, minlength=n_groups * vocab_size)

        def unigram_count(key: np.ndarray) -> np.ndarray:
            return unigram[key]

        return unigram_count, total
    keys, counts = _distinct_sorted(unigram_key)  # many groups (articles): only the pairs that occur

    def sparse_count(key: np.ndarray) -> np.ndarray:
        return counts[np.searchsorted(keys, key)]

    return sparse_count, total


def _nltk_scores(
    n_ii: np.ndarray, n_ix: np.ndarray, n_xi: np.ndarray, n_xx: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (pmi, likelihood ratio) exactly as NLTK's ``BigramAssocMeasures`` computes them from the
    bigram count, the two unigram counts and the total: the same operations in the same order, logs by
    the math module, like NLTK."""
    log2, ln = math.log2, math.log
    pmi = np.array(
        [
            log2(a * b) - log2(c * d)
            for a, b, c, d in zip(n_ii.tolist(), n_xx.tolist(), n_ix.tolist(), n_xi.tolist(), strict=True)
        ],
        dtype=float,
    )
    n_oi, n_io = n_xi - n_ii, n_ix - n_ii
    n_oo = n_xx - n_ii - n_oi - n_io
    cont = (n_ii, n_oi, n_io, n_oo)
    total_cells = n_ii + n_oi + n_io + n_oo
    ratio = np.zeros(len(n_ii))
    for i in range(4):
        obs = cont[i].astype(float)
        expected = (cont[i] + cont[i ^ 1]) * (cont[i] + cont[i ^ 2]) / total_cells
        argument = obs / (expected + NLTK_SMALL) + NLTK_SMALL
        ratio = ratio + obs * np.array([ln(x) for x in argument.tolist()], dtype=float)
    return pmi, 2 * ratio


def _collocations(p: dict, min_count: int = COLLOCATION_MIN_COUNT, group: str = "outlet") -> pd.DataFrame:
    """Return ``collocations`` from the arrays of ``_prepare``."""
    if group not in COLLOCATION_COLUMNS:
        raise ValueError("group must be 'outlet' or 'article_id'")
    columns = COLLOCATION_COLUMNS[group]
    g = _ngram_codes(p, 2)
    kept = ~g["stop_only"][g["code"]]
    if not int(kept.sum()):
        return pd.DataFrame(columns=columns)
    first, n_ngrams = g["first"], len(g["ngrams"])
    names = p["outlets"] if group == "outlet" else p["articles"]
    uniq, index, count, quoted, articles = _bigram_counts(p, g, group, len(names), kept)
    del kept
    keep = count >= min_count
    uniq, index, count, quoted, articles = uniq[keep], index[keep], count[keep], quoted[keep], articles[keep]
    unigram_count, total = _unigram_counter(p, group, len(names))
    vocab_size = len(p["vocab"])
    group_of, ngram_of = uniq // n_ngrams, uniq % n_ngrams
    n_ii = count.astype(np.int64)
    n_ix = unigram_count(group_of * vocab_size + p["term"][first[index]])
    n_xi = unigram_count(group_of * vocab_size + p["term"][first[index] + 1])
    pmi, ratio = _nltk_scores(n_ii, n_ix, n_xi, total[group_of])
    first_rows = p["rows"][first[index]]
    first_art = p["art"][first_rows]
    outlet_of = group_of if group == "outlet" else np.asarray(p["outlet_of_article"])[p["art"][first_rows]]
    table = pd.DataFrame(
        {
            "outlet": pd.array(p["outlets"][outlet_of], dtype="str"),
            "ngram": pd.array(g["ngrams"][ngram_of], dtype="str"),
            "count": n_ii,
            "quoted_count": quoted.astype(np.int64),
            "articles": articles.astype(np.int64),
            "pmi": pmi,
            "likelihood_ratio": ratio,
            "article_id": pd.array(p["articles"][first_art], dtype="str"),
            "start": p["start"][first_rows],
            "end": p["end"][p["rows"][first[index] + 1]],
        },
        columns=columns,
    )
    order = np.lexsort((ngram_of, -ratio, group_of))
    return table.iloc[order].reset_index(drop=True)


def collocations(
    study: Study, min_count: int = COLLOCATION_MIN_COUNT, stopwords: Iterable[str] | None = None, group: str = "outlet"
) -> pd.DataFrame:
    """Return bigram collocations per group scored with NLTK's association measures.

    Bigrams are counted inside runs (same sentence, no punctuation between,
    same voice); bigrams seen fewer than ``min_count`` times in the group
    (default 2: in a short text, once is no pattern) and bigrams of stop words
    only are dropped. Scores use NLTK ``BigramAssocMeasures`` with the
    marginals NLTK's own finder uses (unigram counts of each word, total words
    of the group): ``pmi`` (pointwise mutual information, log2) and
    ``likelihood_ratio`` (Dunning's G2 of the bigram's 2x2 table).
    ``quoted_count`` says how many occurrences are inside quotations; the
    first occurrence (article_id, start, end) lets a reader find it.
    ``group`` is "outlet" (columns outlet, ngram, count, quoted_count,
    articles, pmi, likelihood_ratio, article_id, start, end) or "article_id"
    (columns article_id, outlet, ngram, ... start, end: one ``article_id``
    column, since every occurrence is in that article; marginals are the
    article's own word counts).
    """
    stop = _stopword_set(stopwords)
    return _collocations(_prepare(study, stop), min_count, group)


def ngram_matrix(occurrences: pd.DataFrame, group: str = "outlet") -> pd.DataFrame:
    """Return an n-gram x group count table (all n-grams, so column sums are corpus sizes)."""
    return count_matrix(occurrences.rename(columns={"ngram": "term"}), group, "all")
