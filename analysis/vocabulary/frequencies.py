"""Frequencies: raw counts and rates of every term, per article and per outlet, by voice.

Counts are made on the integer codes of ``terms`` (packed keys of article,
voice and term, counted by sorting), never by grouping strings. Voice "all"
is the sum of an article's voices (narration + paraphrase + quotation).
Rates are per ``PER`` (1,000) words; their denominators are the table
contract's words (terms and numbers, ``terms.number_tokens``), so seed article
000 has 678 words here as in every table.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .coding import _column, _distinct_sorted, _int32, _str, _unique
from .terms import _word_codes

PER = 1_000  # rates are per 1,000 words (the table contract's unit)


def _merge_distinct_runs(
    key_a: np.ndarray, count_a: np.ndarray, key_b: np.ndarray, count_b: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (keys, counts) of two sorted runs of keys merged in key order; no key is in both runs,
    so the merge is the one order of the table (a stable sort of two runs is a merge)."""
    into = np.searchsorted(key_a, key_b)  # where each key of b goes among the keys of a
    into += np.arange(len(key_b))
    from_b = np.zeros(len(key_b) + len(key_a), dtype=bool)
    from_b[into] = True
    key = np.empty(len(from_b), dtype=np.int64)
    key[into] = key_b
    key[~from_b] = key_a
    count = np.empty(len(from_b), dtype=np.int64)
    count[into] = count_b
    count[~from_b] = count_a
    return key, count


def _article_term_counts(w: dict, voices: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (sorted distinct keys (article x voice x term), counts) of ``_word_codes``: per voice, and
    per article and term for voice "all"; ``voices`` are the sorted voice names with "all"."""
    voice_code = np.searchsorted(voices, w["voices"]).astype(np.int64)
    every = int(np.searchsorted(voices, "all"))
    n_voices, n_terms = len(voices), max(len(w["vocab"]), 1)
    key = w["pair"].astype(np.int64) * n_voices
    key += voice_code[w["voice"]]
    key *= n_terms
    key += w["term"]
    key_voice, count_voice = _distinct_sorted(key)
    key = w["pair"].astype(np.int64) * n_voices + every
    key *= n_terms
    key += w["term"]
    key_all, count_all = _distinct_sorted(key)
    del key
    return _merge_distinct_runs(key_voice, count_voice, key_all, count_all)


def _word_totals(w: dict, voices: np.ndarray) -> np.ndarray:
    """Return the words (terms and numbers) of each article and voice, at ``pair * len(voices) + voice``.

    ``voices`` are the sorted voice names with "all" (the sum of the three voices).
    """
    n_voices = len(voices)
    code = np.searchsorted(voices, w["voices"]).astype(np.int64)
    every = int(np.searchsorted(voices, "all"))
    size = len(w["pair_article"]) * n_voices
    totals = np.zeros(size, dtype=np.int64)
    for pair, voice in ((w["pair"], w["voice"]), (w["number_pair"], w["number_voice"])):
        base = pair.astype(np.int64) * n_voices
        totals += np.bincount(base + code[voice], minlength=size)
        totals += np.bincount(base + every, minlength=size)
    return totals


def _outlet_term_counts(key: np.ndarray, count: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (distinct keys, how many article rows have each, their summed counts) of the packed
    (outlet, voice, term) keys of the by-article rows; ``size`` is the number of possible keys."""
    if size <= len(key):  # few outlets: a dense count over every (outlet, voice, term)
        articles = np.bincount(key, minlength=size)
        total = np.bincount(key, weights=count, minlength=size).astype(np.int64)
        present = np.flatnonzero(articles)
        return present, articles[present], total[present]
    key, _, inverse, articles = _unique(key)
    return key, articles, np.bincount(inverse, weights=count, minlength=len(key)).astype(np.int64)


def _by_outlet(w: dict, voices: np.ndarray, key: np.ndarray, count: np.ndarray, totals: np.ndarray) -> pd.DataFrame:
    """Return the ``by_outlet`` table: sums over each outlet's articles of the by-article rows, given as
    packed (outlet, voice, term) keys with their counts; ``totals`` are the words per article and voice."""
    n_voices, n_terms = len(voices), max(len(w["vocab"]), 1)
    n_pairs = len(w["pair_article"])
    outlet_of_pair = np.asarray(w["outlet_of_pair"], dtype=np.int64)
    key, articles, count = _outlet_term_counts(key, count, len(w["outlets"]) * n_voices * n_terms)
    outlet, voice, term = key // n_voices // n_terms, (key // n_terms) % n_voices, key % n_terms
    # words per outlet and voice: the sum of the article totals
    by_voice = np.bincount(
        np.repeat(outlet_of_pair * n_voices, n_voices) + np.tile(np.arange(n_voices), n_pairs),
        weights=totals,
        minlength=len(w["outlets"]) * n_voices,
    ).astype(np.int64)
    words = by_voice[outlet * n_voices + voice].astype(np.int64)
    order = np.lexsort((term, -count, voice, outlet))
    by_outlet = pd.DataFrame(
        {
            "term": _str(w["vocab"][term]),
            "outlet": _str(w["outlets"][outlet]),
            "voice": _str(voices[voice]),
            "count": count,
            "rate": count / words * PER,
            "words": words,
            "articles": articles.astype(np.int64),
            "is_stopword": w["vocab_stop"][term],
        }
    ).iloc[order]
    return by_outlet.reset_index(drop=True)


def _frequencies(w: dict, compact: bool = False) -> dict[str, pd.DataFrame]:
    """Return ``term_frequencies`` from ``_word_codes``; ``compact``: categorical string columns
    and int32 counts (the export of a large corpus; same CSV)."""
    voices = np.array(sorted({*w["voices"], "all"}), dtype=object)
    n_voices, n_terms = len(voices), max(len(w["vocab"]), 1)
    key, count = _article_term_counts(w, voices)
    term = _int32(key % n_terms)
    key //= n_terms
    voice_of = (key % n_voices).astype(np.int8)
    pair = _int32(key // n_voices)
    del key
    count_type = np.int32 if compact else np.int64
    count = count.astype(count_type)
    totals = _word_totals(w, voices)
    words = totals[pair.astype(np.int64) * n_voices + voice_of].astype(count_type)
    outlet = np.asarray(w["outlet_of_pair"], dtype=np.int32)[pair]
    by_article = pd.DataFrame(
        {
            "article_id": _column(pair, w["pair_article"], compact),
            "outlet": _column(outlet, w["outlets"], compact),
            "voice": _column(voice_of, voices, compact),
            "term": _column(term, w["vocab"], compact),
            "count": count,
            "rate": count / words * PER,
            "words": words,
            "is_stopword": w["vocab_stop"][term],
        },
        copy=False,
    )
    del words
    # per outlet: sum over its articles (each row of by_article is one article)
    key = outlet.astype(np.int64) * n_voices
    key += voice_of
    key *= n_terms
    key += term
    del outlet, pair, term, voice_of
    return {"by_article": by_article, "by_outlet": _by_outlet(w, voices, key, count, totals)}


def term_frequencies(tokens: pd.DataFrame, numbers: pd.DataFrame | None = None) -> dict[str, pd.DataFrame]:
    """Return ``by_article`` and ``by_outlet`` frequency tables (raw count and rate per 1,000 words).

    ``tokens`` is ``term_tokens(study)``, ``numbers`` ``number_tokens(study)`` (the words that are
    not terms; None: no numbers, the word totals are then the term counts). ``by_article`` has
    columns article_id, outlet, voice, term, count, rate, words (the rate's denominator), is_stopword
    (voice "all" = the sum of the three voices). ``by_outlet`` (the export ``terms.csv``) has columns
    term, outlet, voice, count, rate, words, articles (how many of the outlet's articles use the
    term in that voice), is_stopword; sorted by outlet, voice, count (descending), term.
    """
    return _frequencies(_word_codes(tokens, numbers))


def _count_matrix(w: dict, voice: str = "all") -> pd.DataFrame:
    """Return ``count_matrix(tokens, "outlet", voice)`` from ``_word_codes``."""
    n_outlets = len(w["outlets"])
    packed = w["term"].astype(np.int64) * n_outlets
    packed += np.asarray(w["outlet_of_pair"], dtype=np.int32)[w["pair"]]
    if voice != "all":
        packed = packed[w["voice"] == (np.flatnonzero(w["voices"] == voice)[0] if voice in set(w["voices"]) else -1)]
    if not len(packed):
        return pd.DataFrame(dtype="int64")
    counts = np.bincount(packed, minlength=len(w["vocab"]) * n_outlets).reshape(len(w["vocab"]), n_outlets)
    del packed
    keep_rows, keep_columns = counts.sum(axis=1) > 0, counts.sum(axis=0) > 0
    return pd.DataFrame(
        counts[keep_rows][:, keep_columns].astype("int64"),
        index=pd.Index(_str(w["vocab"][keep_rows]), name="term"),
        columns=pd.Index(_str(w["outlets"][keep_columns]), name="outlet"),
    )


def _outlet_words(w: dict, voice: str = "all") -> pd.Series:
    """Return the words (terms and numbers) of each outlet in one voice ("all": every voice), by outlet name:
    the corpus sizes of keyness."""
    voices = np.array(sorted({*w["voices"], "all"}), dtype=object)
    totals = _word_totals(w, voices).reshape(len(w["pair_article"]), len(voices))
    if voice not in set(voices):
        return pd.Series(0, index=pd.Index(_str(w["outlets"]), name="outlet"), dtype="int64")
    column = totals[:, int(np.searchsorted(voices, voice))]
    words = np.bincount(np.asarray(w["outlet_of_pair"], dtype=np.int64), weights=column, minlength=len(w["outlets"]))
    return pd.Series(words.astype("int64"), index=pd.Index(_str(w["outlets"]), name="outlet"))


def group_words(
    tokens: pd.DataFrame, numbers: pd.DataFrame | None, group: str = "outlet", voice: str = "all"
) -> pd.Series:
    """Return the words (term tokens and ``numbers``) of each value of ``group`` in one voice ("all": every voice)."""
    frames = [tokens] if numbers is None else [tokens, numbers]
    rows = pd.concat([f[[group, "voice"]] for f in frames], ignore_index=True)
    rows = rows if voice == "all" else rows[rows["voice"] == voice]
    return rows.groupby(group, sort=True).size().astype("int64")


def count_matrix(tokens: pd.DataFrame, group: str = "outlet", voice: str = "all", item: str = "term") -> pd.DataFrame:
    """Return a term x group table of counts (rows and columns sorted) for one voice."""
    rows = tokens if voice == "all" else tokens[tokens["voice"] == voice]
    if not len(rows):
        return pd.DataFrame(dtype="int64")
    matrix = rows.groupby([item, group], sort=True).size().unstack(group, fill_value=0)
    return matrix.sort_index(axis=0).sort_index(axis=1).astype("int64")
