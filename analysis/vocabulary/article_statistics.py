"""Per-article summary statistics: tokens, types, sentence length, TTR, MATTR, MTLD, quoted share, Flesch.

One row per article, from the word codes of ``terms``; the diversity
measures come from ``diversity`` and the readability formulas from
``readability``, computed for all articles together.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from ..voices import QUOTATION
from .diversity import MATTR_WINDOW, MTLD_THRESHOLD, _mattr_totals, _mtld_passes, _previous_position
from .readability import flesch_kincaid_grade, flesch_reading_ease, syllables
from .terms import _word_codes

TEXT_STATISTICS_COLUMNS = [
    "article_id",
    "outlet",
    "sentences",
    "tokens",
    "types",
    "ttr",
    "mean_sentence_length",
    "mattr",
    "mattr_window",
    "mtld",
    "quoted_share",
    "readability_words",
    "syllables",
    "syllables_per_word",
    "flesch_reading_ease",
    "flesch_kincaid_grade",
]


def text_statistics(tokens: pd.DataFrame, window: int = MATTR_WINDOW) -> pd.DataFrame:
    """Return one row of summary statistics per article (body text, all voices).

    tokens/types count word tokens/terms; sentences are sentences with at
    least one word; mean_sentence_length is words per sentence; mattr uses
    ``window`` (NaN when the article is shorter); readability words exclude
    the clitic "'s" token (it is part of the word before it). An article
    without any word (only numbers or punctuation) has no row.
    """
    return _text_statistics(_word_codes(tokens), window)


def _article_order(w: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return (article, term, sentence, voice) codes of ``_word_codes`` with each article's tokens together,
    in table order (no copy when they already are)."""
    pair = w["pair"]
    if np.all(pair[1:] >= pair[:-1]):
        return pair, w["term"], w["sentence"], w["voice"]
    order = np.argsort(pair, kind="stable")
    return pair[order], w["term"][order], w["sentence"][order], w["voice"][order]


def _sentence_counts(group: np.ndarray, sentence: np.ndarray, n_groups: int) -> np.ndarray:
    """Return the number of distinct sentences of each group (groups are contiguous runs of ``group``)."""
    if np.all((group[1:] > group[:-1]) | ((group[1:] == group[:-1]) & (sentence[1:] >= sentence[:-1]))):
        # sentences in order within each article: count where (article, sentence) changes
        change = np.ones(len(group), dtype=bool)
        change[1:] = (group[1:] != group[:-1]) | (sentence[1:] != sentence[:-1])
        return np.bincount(group[change], minlength=n_groups)
    low = int(sentence.min())
    span = int(sentence.max()) - low + 1
    pairs = group.astype(np.int64) * span
    pairs += sentence
    pairs -= low
    return np.bincount(pd.unique(pairs) // span, minlength=n_groups)


def _mtld_of_groups(group: np.ndarray, term: np.ndarray, previous: np.ndarray, lengths: np.ndarray) -> list[float]:
    """Return the bidirectional MTLD of each group, as ``mtld`` of its terms: the mean of tokens / factors
    of a forward and a backward pass (NaN for a pass without a factor)."""
    ends = np.cumsum(lengths)
    starts = ends - lengths
    forward = _mtld_passes(previous, starts, lengths, MTLD_THRESHOLD)
    # backward pass of MTLD: the same on the reversed text
    _, r_previous = _previous_position(group[::-1], term[::-1])
    backward = _mtld_passes(r_previous, len(group) - ends, lengths, MTLD_THRESHOLD)
    del r_previous
    mtld_values = []
    for g in range(len(lengths)):
        values = [lengths[g] / float(f) if f > 0 else math.nan for f in (forward[g], backward[g])]
        mtld_values.append(float(np.mean(values)))
    return mtld_values


def _readability_counts(
    vocab: np.ndarray, group: np.ndarray, term: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray]:
    """Return (readability words, syllables) per group; the clitic "'s" token is not a word (it is part
    of the word before it) and has no syllable."""
    is_word = np.array([not str(t).startswith("'") for t in vocab], dtype=bool)
    syllable_of = np.array([syllables(t) if ok else 0 for t, ok in zip(vocab, is_word, strict=True)], dtype=np.int64)
    word_rows = is_word[term]
    words = np.bincount(group[word_rows], minlength=n_groups)
    return words, np.bincount(group, weights=syllable_of[term], minlength=n_groups).astype(np.int64)


def _statistics_row(article_id: str, outlet: str, counts: dict[str, int], window: int, mtld_value: float) -> dict:
    """Return the row of one article from its integer ``counts`` (tokens, words, sentences, syllables,
    types, quoted, mattr_total: the sum over MATTR windows of their types)."""
    n, w, s, y = counts["tokens"], counts["words"], counts["sentences"], counts["syllables"]
    return {
        "article_id": article_id,
        "outlet": outlet,
        "sentences": s,
        "tokens": n,
        "types": counts["types"],
        "ttr": counts["types"] / n,
        "mean_sentence_length": n / s,
        "mattr": counts["mattr_total"] / (n - window + 1) / window if n >= window else math.nan,
        "mattr_window": window,
        "mtld": mtld_value,
        "quoted_share": counts["quoted"] / n,
        "readability_words": w,
        "syllables": y,
        "syllables_per_word": y / w if w else math.nan,
        "flesch_reading_ease": flesch_reading_ease(w, s, y),
        "flesch_kincaid_grade": flesch_kincaid_grade(w, s, y),
    }


def _text_statistics(w: dict, window: int = MATTR_WINDOW) -> pd.DataFrame:
    """Return ``text_statistics`` from ``_word_codes``."""
    if window < 1:
        raise ValueError("window must be at least 1")
    uniques = list(zip(w["pair_article"], w["pair_outlet"], strict=True))
    group, term, sentence, voice = _article_order(w)
    n_groups = len(uniques)
    lengths = np.bincount(group, minlength=n_groups)
    n_sentences = _sentence_counts(group, sentence, n_groups)
    position, previous = _previous_position(group, term)
    types = np.bincount(group[previous < 0], minlength=n_groups)
    totals = _mattr_totals(group, position, previous, lengths, window)
    del position
    mtld_values = _mtld_of_groups(group, term, previous, lengths)
    del previous
    words, syl = _readability_counts(w["vocab"], group, term, n_groups)
    quoted = np.bincount(group[(w["voices"] == QUOTATION)[voice]], minlength=n_groups)
    rows = []
    for g, (article_id, outlet) in enumerate(uniques):
        if not lengths[g]:  # an article whose body has numbers or punctuation but no word: nothing to describe
            continue
        counts = {
            "tokens": int(lengths[g]),
            "words": int(words[g]),
            "sentences": int(n_sentences[g]),
            "syllables": int(syl[g]),
            "types": int(types[g]),
            "quoted": int(quoted[g]),
            "mattr_total": int(totals[g]),
        }
        rows.append(_statistics_row(article_id, outlet, counts, window, mtld_values[g]))
    return pd.DataFrame(rows, columns=TEXT_STATISTICS_COLUMNS)
