"""Distinctive phrases: each outlet's n-grams with the highest one-vs-rest Fightin' Words z, with a KWIC example.

The statistics are those of ``keyness_tables.keyness_table`` on the n-gram x
outlet table (one-vs-rest), computed over every n-gram of a size but kept
only for the rows that can be reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from ..study import Study
from ..voices import QUOTATION
from .coding import _unique
from .concordance import KWIC_WINDOW, _concordance
from .keyness_measures import log_likelihood, log_odds_dirichlet, log_ratio
from .ngrams import _ngram_codes
from .priors import DEFAULT_PRIOR, PRIOR_WEIGHT, dirichlet_prior
from .terms import _prepare, _stopword_set

PHRASE_SIZES = (2, 3)  # bigrams and trigrams
PHRASE_MIN_COUNT = 2  # seen at least twice in the outlet: once is no pattern
PHRASE_TOP = 5  # phrases reported per outlet
PHRASE_COLUMNS = [
    "target", "phrase", "n", "target_count", "target_quoted_count", "reference_count", "z", "log_ratio", "g2",
    "article_id", "sentence_id", "start", "end", "left", "keyword", "right",
]  # fmt: skip


def _phrase_counts(p: dict, g: dict) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return (packed n-gram x outlet code per occurrence, counts, quoted counts, outlets present) of the
    n-grams ``g``; the count tables have one column per outlet present (outlets with n-grams)."""
    n_outlets = len(p["outlets"])
    packed = g["code"].astype(np.int64) * n_outlets
    packed += p["outlet_of_article"][p["art"][p["rows"][g["first"]]]]
    shape = (len(g["ngrams"]), n_outlets)
    counts = np.bincount(packed, minlength=shape[0] * n_outlets).reshape(shape)
    present = np.flatnonzero(counts.sum(axis=0) > 0)  # the table's columns: outlets with n-grams
    counts = counts[:, present].astype(float)
    # A run never crosses a change of voice, so an n-gram's first word gives its voice.
    in_quotes = (p["voices"] == QUOTATION)[p["voice"][p["rows"][g["first"]]]]
    quoted = np.bincount(packed, weights=in_quotes, minlength=shape[0] * n_outlets).reshape(shape)[:, present]
    return packed, counts, quoted, present


def target_statistics(
    counts: np.ndarray, t: int, alpha: np.ndarray, min_count: int, stop_edge: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return, for column ``t`` of an n-gram × outlet ``counts`` matrix against the other columns: the target
    and reference counts, G², the log-odds z (Monroe et al. 2008, with prior ``alpha``), the log ratio, and
    the rows kept as distinctive (seen, at least ``min_count`` in the target, no stop word at an edge, z > 0)."""
    a = counts[:, [t]].sum(axis=1)
    b = counts[:, [r for r in range(counts.shape[1]) if r != t]].sum(axis=1)
    c, d = a.sum(), b.sum()
    g2 = log_likelihood(a, b, c, d)
    _, _, z = log_odds_dirichlet(a, b, alpha)
    lr = log_ratio(a, b, c, d)
    keep = np.flatnonzero(((a + b) > 0) & (a >= min_count) & ~stop_edge & (z > 0))
    return a, b, g2, z, lr, keep


def _phrases_of_size(p: dict, n: int, min_count: int, prior: str, prior_weight: float) -> list[pd.DataFrame]:
    """Return, per outlet, the candidate phrases of ``n`` words with their statistics (one-vs-rest) and the
    token rows (``_first``, ``_last``) of their first occurrence in the outlet."""
    g = _ngram_codes(p, n)
    if not len(g["first"]):
        return []
    packed, counts, quoted, present = _phrase_counts(p, g)
    if len(present) < 2:
        return []
    alpha = dirichlet_prior(list(g["ngrams"]), counts.sum(axis=1), prior, prior_weight)
    key, first_index, _, _ = _unique(packed)
    del packed
    parts = []
    for t in range(len(present)):
        a, b, g2, z, lr, keep = target_statistics(counts, t, alpha, min_count, g["stop_edge"])
        if not len(keep):
            continue
        at = np.searchsorted(key, keep * len(p["outlets"]) + present[t])  # each phrase's first occurrence in the target
        first = g["first"][first_index[at]]
        parts.append(
            pd.DataFrame(
                {
                    "target": p["outlets"][present[t]],
                    "phrase": g["ngrams"][keep],
                    "n": n,
                    "target_count": a[keep].astype("int64"),
                    "target_quoted_count": quoted[keep, t].astype("int64"),
                    "reference_count": b[keep].astype("int64"),
                    "z": z[keep],
                    "log_ratio": lr[keep],
                    "g2": g2[keep],
                    "_first": p["rows"][first],
                    "_last": p["rows"][first + n - 1],
                }
            )
        )
    return parts


def _distinctive_phrases(
    study: Study,
    p: dict,
    sizes: Sequence[int],
    min_count: int,
    top: int,
    prior: str,
    prior_weight: float,
    window: int,
) -> pd.DataFrame:
    """Return ``distinctive_phrases`` from the arrays of ``_prepare``.

    The statistics are those of ``keyness_table(ngram_matrix(...), ("one_vs_rest",))``,
    computed over the whole n-gram x outlet table but kept only for the rows
    that can be reported, so no table of every n-gram and comparison is built.
    """
    parts = [part for n in sizes for part in _phrases_of_size(p, n, min_count, prior, prior_weight)]
    if not parts:
        return pd.DataFrame(columns=PHRASE_COLUMNS)
    table = pd.concat(parts, ignore_index=True)
    table = table.sort_values(
        ["target", "z", "target_count", "phrase"], ascending=[True, False, False, True], kind="stable"
    )
    table = table.groupby("target", sort=True).head(top).reset_index(drop=True)
    example = _concordance(study, p, table["_first"].to_numpy(), table["_last"].to_numpy(), window)
    table = table.drop(columns=["_first", "_last"])
    for column in ["article_id", "sentence_id", "start", "end", "left", "keyword", "right"]:
        table[column] = example[column]
    for column in ["target", "phrase"]:
        table[column] = table[column].astype("str")
    return table[PHRASE_COLUMNS]


def distinctive_phrases(
    study: Study,
    sizes: Sequence[int] = PHRASE_SIZES,
    min_count: int = PHRASE_MIN_COUNT,
    top: int = PHRASE_TOP,
    prior: str = DEFAULT_PRIOR,
    prior_weight: float = PRIOR_WEIGHT,
    stopwords: Iterable[str] | None = None,
    window: int = KWIC_WINDOW,
) -> pd.DataFrame:
    """Return each outlet's most distinctive phrases (one-vs-rest Fightin' Words z) with a KWIC example.

    Phrases are n-grams of the given ``sizes``, seen at least ``min_count``
    times in the target outlet, neither starting nor ending with a stop word.
    Keyness is computed per n-gram size over all n-grams of that size. The
    example is the phrase's first occurrence in the outlet.
    ``target_quoted_count`` says how many of the target's occurrences are
    inside quotation marks (voice quotation), so a phrase the outlet only
    quotes can be told from one it uses in its own voice.
    """
    stop = _stopword_set(stopwords)
    return _distinctive_phrases(study, _prepare(study, stop), sizes, min_count, top, prior, prior_weight, window)
