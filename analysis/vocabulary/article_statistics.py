"""Per-article summary statistics: words, types, sentence length, TTR, MATTR, MTLD, quoted share, Flesch.

One row per article, from the word codes of ``terms``; the diversity
measures come from ``diversity`` and the readability formulas from
``readability``, computed for all articles together. Words are the table
contract's words (terms and numbers: seed article 000 has 678), the
denominator of every ratio and share here; MATTR and MTLD read the terms.
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
    "words",
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


def text_statistics(
    tokens: pd.DataFrame, window: int = MATTR_WINDOW, numbers: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Return one row of summary statistics per article (body text, all voices).

    ``tokens`` is ``term_tokens(study)``, ``numbers`` ``number_tokens(study)`` (None: no numbers).
    words counts terms and numbers (the contract's words), types distinct terms; sentences are
    sentences with at least one word; ttr is types / words; mean_sentence_length is words per
    sentence; quoted_share the share of words in quotation; mattr uses ``window`` terms (NaN when
    the article has fewer terms); the Flesch formulas read every word (readability_words = words)
    and its syllables. An article without any term (only numbers or punctuation) has no row.
    """
    return _text_statistics(_word_codes(tokens, numbers), window)


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


def _syllable_counts(w: dict, group: np.ndarray, term: np.ndarray, n_groups: int) -> np.ndarray:
    """Return the syllables of every word (terms and numbers) per group, each distinct word counted once
    (``syllables``: at least one per word, so a number or the clitic "'s" counts one)."""
    syllable_of = np.array([syllables(t) for t in w["vocab"]], dtype=np.int64)
    total = np.bincount(group, weights=syllable_of[term], minlength=n_groups)
    numbers, number_codes = np.unique(np.asarray(w["number_text"], dtype=str), return_inverse=True)
    number_syllables = np.array([syllables(t) for t in numbers], dtype=np.int64)
    total += np.bincount(w["number_pair"], weights=number_syllables[number_codes], minlength=n_groups)
    return total.astype(np.int64)


def _statistics_row(article_id: str, outlet: str, counts: dict[str, int], window: int, mtld_value: float) -> dict:
    """Return the row of one article from its integer ``counts`` (terms, words, sentences, syllables,
    types, quoted words, mattr_total: the sum over MATTR windows of their types)."""
    n, w, s, y = counts["terms"], counts["words"], counts["sentences"], counts["syllables"]
    return {
        "article_id": article_id,
        "outlet": outlet,
        "sentences": s,
        "words": w,
        "types": counts["types"],
        "ttr": counts["types"] / w,
        "mean_sentence_length": w / s,
        "mattr": counts["mattr_total"] / (n - window + 1) / window if n >= window else math.nan,
        "mattr_window": window,
        "mtld": mtld_value,
        "quoted_share": counts["quoted"] / w,
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
    # Sentences with a word and quoted words count numbers too: the contract's words.
    all_group = np.concatenate([group, w["number_pair"]]).astype(np.int64)
    all_sentence = np.concatenate([sentence, w["number_sentence"]]).astype(np.int64)
    words = np.bincount(all_group, minlength=n_groups)
    n_sentences = _sentence_counts(all_group, all_sentence, n_groups)
    position, previous = _previous_position(group, term)
    types = np.bincount(group[previous < 0], minlength=n_groups)
    totals = _mattr_totals(group, position, previous, lengths, window)
    del position
    mtld_values = _mtld_of_groups(group, term, previous, lengths)
    del previous
    syl = _syllable_counts(w, group, term, n_groups)
    is_quotation = w["voices"] == QUOTATION
    quoted = np.bincount(group[is_quotation[voice]], minlength=n_groups)
    quoted += np.bincount(w["number_pair"][is_quotation[w["number_voice"]]], minlength=n_groups)
    rows = []
    for g, (article_id, outlet) in enumerate(uniques):
        if not lengths[g]:  # an article whose body has numbers or punctuation but no word: nothing to describe
            continue
        counts = {
            "terms": int(lengths[g]),
            "words": int(words[g]),
            "sentences": int(n_sentences[g]),
            "syllables": int(syl[g]),
            "types": int(types[g]),
            "quoted": int(quoted[g]),
            "mattr_total": int(totals[g]),
        }
        rows.append(_statistics_row(article_id, outlet, counts, window, mtld_values[g]))
    return pd.DataFrame(rows, columns=TEXT_STATISTICS_COLUMNS)
