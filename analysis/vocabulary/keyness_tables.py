"""Keyness tables: every keyness statistic for every term and comparison of groups of texts.

Comparisons are pairwise (every ordered pair of outlets) and one-vs-rest
(each outlet against all the others pooled), for any number of outlets, per
voice ("all" body text, or one of the three voices of ``analysis.voices``). The statistics are
those of ``keyness_measures``; the Dirichlet prior is built by ``priors``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from scipy.stats import chi2

from ..voices import VOICES
from .coding import _str
from .dispersion import article_term_matrix, dispersion
from .frequencies import PER, _count_matrix, _outlet_words, _word_totals, count_matrix, group_words
from .keyness_measures import (
    bic,
    ell,
    log_likelihood,
    log_odds_dirichlet,
    log_ratio,
    log_ratio_interval,
    overuse_sign,
    percent_diff,
    percent_diff_display,
)
from .multiple_testing import benjamini_hochberg
from .priors import DEFAULT_PRIOR, PRIOR_WEIGHT, dirichlet_prior
from .terms import _word_codes

REST = "rest"  # reference name in one-vs-rest comparisons
Z_THRESHOLD = 1.96  # |z| of a single two-sided 5 % test; significance over many terms is Q_LEVEL on q_value
# A term is significant when its Benjamini-Hochberg q-value (over every term of its comparison and
# voice) is below this level: the false discovery rate is held at 5 % (issue 13).
Q_LEVEL = 0.05
# A term is tested (gets a q_value) when it occurs at least this many times in target and reference
# together. Below it a difference cannot be told from chance once hundreds of terms are tested (4 vs 0
# in equal halves is G2 = 5.5, p = 0.019, far from any BH threshold), and G2's chi-square
# approximation is poor on such counts (Rayson, Berridge & Francis 2004, "Extending the Cochran rule
# for the comparison of word frequencies between corpora"). Untested terms keep their statistics but
# do not count in the Benjamini-Hochberg family, so they do not dilute the others' q-values.
MIN_COUNT = 5
# How a term spreads over the articles of each side (analysis.vocabulary.dispersion).
SPREAD_COLUMNS = [
    "target_articles",
    "target_range",
    "reference_articles",
    "reference_range",
    "target_dp",
    "target_dp_norm",
]


KEYNESS_COLUMNS = [
    "term",
    "voice",
    "comparison",
    "target",
    "reference",
    "is_stopword",
    "target_count",
    "reference_count",
    "target_words",
    "reference_words",
    "target_rate",
    "reference_rate",
    *SPREAD_COLUMNS,
    "g2",
    "g2_signed",
    "p_value",
    "q_value",
    "bic",
    "ell",
    "log_ratio",
    "log_ratio_low",
    "log_ratio_high",
    "percent_diff",
    "only_in_target",
    "log_odds",
    "log_odds_se",
    "z",
    "prior_alpha",
]


def comparisons(groups: Sequence[str], mode: str) -> list[tuple[str, list[str], str, list[str]]]:
    """Return (target, target groups, reference, reference groups) for every comparison.

    ``pairwise``: every ordered pair of distinct groups (both directions, so
    each group can be read as target). ``one_vs_rest``: each group against all
    the others pooled (reference named "rest").
    """
    groups = sorted(groups)
    if mode == "pairwise":
        return [(t, [t], r, [r]) for t in groups for r in groups if t != r]
    if mode == "one_vs_rest":
        return [(t, [t], REST, [g for g in groups if g != t]) for t in groups] if len(groups) > 1 else []
    raise ValueError("mode must be 'pairwise' or 'one_vs_rest'")


def _comparison_columns(
    stop: np.ndarray,
    alpha: np.ndarray,
    counts: tuple[np.ndarray, np.ndarray, float, float],
    spread: dict[str, np.ndarray] | None = None,
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Return (kept, columns): the terms of one comparison that occur in target or reference (positions in the
    vocabulary) and every statistic of each, as arrays, from ``counts`` = (a, b, c, d): counts ``a`` in the target
    and ``b`` in the reference, corpus sizes ``c`` and ``d`` in words. ``spread`` holds the dispersion columns
    (:func:`_spread`; None: no article data, the columns are empty).

    ``q_value`` is Benjamini & Hochberg's (1995) adjustment of ``p_value`` over the comparison's terms
    with ``a + b >= MIN_COUNT`` (the family: one target, one reference, one voice); the others have no
    q_value. ``only_in_target`` flags the terms whose %DIFF is Gabrielatos & Marchi's 1e21-sized
    convention (``percent_diff_display``).
    """
    a, b, c, d = counts
    delta, sigma, z = log_odds_dirichlet(a, b, alpha)  # on the whole vocabulary: its sums are n_i, n_j, alpha_0
    kept = np.flatnonzero((a + b) > 0)
    a, b = a[kept], b[kept]
    spread = (
        {k: v[kept] for k, v in spread.items()} if spread else {k: np.full(len(kept), np.nan) for k in SPREAD_COLUMNS}
    )
    columns = {
        "is_stopword": stop[kept],
        "target_count": a.astype("int64"),
        "reference_count": b.astype("int64"),
        "target_words": np.full(len(kept), int(c), dtype=np.int64),
        "reference_words": np.full(len(kept), int(d), dtype=np.int64),
        "target_rate": a / c * PER,
        "reference_rate": b / d * PER,
        **spread,
        **_count_statistics(a, b, c, d),
        "log_odds": delta[kept],
        "log_odds_se": sigma[kept],
        "z": z[kept],
        "prior_alpha": alpha[kept],
    }
    tested = columns["target_count"] + columns["reference_count"] >= MIN_COUNT
    columns["q_value"] = benjamini_hochberg(np.where(tested, columns["p_value"], np.nan))
    return kept, columns


def _count_statistics(a: np.ndarray, b: np.ndarray, c: float, d: float) -> dict[str, np.ndarray]:
    """Return the statistics that depend only on the counts (a, b) and the sizes (c, d), computed once per distinct
    pair (a, b) and spread to every term: most terms share their counts with many others (the 300-article
    table's g2 column holds 27,879 distinct values in 822,695 rows), and ``chi2.sf`` over every term was the
    largest cost of the vocabulary stage (profiled at 1,000 articles). With :func:`_ordered_table`: 8.8 -> 3.9 s
    CPU for the 300-article stage, 15.9 -> 7.4 s at 1,000."""
    width = int(b.max()) + 1 if len(b) else 1
    pairs, inverse = np.unique(a.astype(np.int64) * width + b.astype(np.int64), return_inverse=True)
    a, b = (pairs // width).astype(float), (pairs % width).astype(float)
    g2 = log_likelihood(a, b, c, d)
    low, high = log_ratio_interval(a, b, c, d)
    columns = {
        "g2": g2,
        "g2_signed": g2 * overuse_sign(a, b, c, d),
        "p_value": chi2.sf(g2, 1),
        "bic": bic(g2, c + d),
        "ell": ell(a, b, c, d),
        "log_ratio": log_ratio(a, b, c, d),
        "log_ratio_low": low,
        "log_ratio_high": high,
        "percent_diff": percent_diff(a, b, c, d),
        "only_in_target": percent_diff_display(a, b, c, d)[1],
    }
    return {name: values[inverse] for name, values in columns.items()}


def _spread(articles, t_groups: list[str], r_groups: list[str]) -> dict[str, np.ndarray] | None:
    """Return the dispersion columns of one comparison from ``articles`` = (parts x terms counts, words per
    part, group of each part): articles and range of target and reference, DP and DP_norm over the target's
    articles (:mod:`analysis.vocabulary.dispersion`); None without article data."""
    if articles is None:
        return None
    matrix, sizes, groups = articles
    groups = pd.Index(groups)  # hashed isin: numpy's on strings sorts them
    target = dispersion(matrix, sizes, np.flatnonzero(groups.isin(t_groups)))
    rest = dispersion(matrix, sizes, np.flatnonzero(groups.isin(r_groups)))
    n = matrix.shape[1]
    return {
        "target_articles": np.full(n, target["parts"], dtype=np.int64),
        "target_range": target["range"].astype(np.int64),
        "reference_articles": np.full(n, rest["parts"], dtype=np.int64),
        "reference_range": rest["range"].astype(np.int64),
        "target_dp": target["dp"],
        "target_dp_norm": target["dp_norm"],
    }


def keyness_table(
    matrix: pd.DataFrame,
    modes: Sequence[str] = ("pairwise", "one_vs_rest"),
    prior: str = DEFAULT_PRIOR,
    prior_weight: float = PRIOR_WEIGHT,
    stopwords: Iterable[str] = (),
    sizes: pd.Series | None = None,
    articles: tuple | None = None,
) -> pd.DataFrame:
    """Return every keyness statistic for every term and comparison of a term x group count table.

    One row per (comparison, target, reference, term) where the term occurs
    in target or reference. Corpus sizes are ``sizes`` (words per group: terms and
    numbers, the table contract's words), or the column sums of ``matrix`` (all
    terms, stop words included) when None. The Dirichlet prior is built once from
    the whole table (all groups) and is the same in every comparison. ``articles`` is (articles x terms
    counts with the columns of ``matrix``'s rows, words per article, group of each article) for the
    dispersion columns (None: they are empty).
    Columns: see ``KEYNESS_COLUMNS`` (without ``voice``).
    """
    columns = [c for c in KEYNESS_COLUMNS if c != "voice"]
    if matrix.shape[1] < 2 or matrix.shape[0] == 0:
        return pd.DataFrame(columns=columns)
    terms = matrix.index.to_numpy()
    counts = matrix.to_numpy(dtype=float)
    group_index = {g: i for i, g in enumerate(matrix.columns)}
    alpha = dirichlet_prior(list(terms), counts.sum(axis=1), prior, prior_weight)
    stop = pd.Index(terms).isin(list(stopwords))
    size = counts.sum(axis=0) if sizes is None else sizes.reindex(matrix.columns).to_numpy(dtype=float)
    blocks = []  # (mode, target, reference, kept term positions, columns) of every comparison
    for mode in modes:
        for target, t_groups, reference, r_groups in comparisons(list(matrix.columns), mode):
            t_columns, r_columns = [group_index[g] for g in t_groups], [group_index[g] for g in r_groups]
            a, b = counts[:, t_columns].sum(axis=1), counts[:, r_columns].sum(axis=1)
            sizes_ = (a, b, size[t_columns].sum(), size[r_columns].sum())
            blocks.append(
                (
                    mode,
                    target,
                    reference,
                    *_comparison_columns(stop, alpha, sizes_, _spread(articles, t_groups, r_groups)),
                )
            )
    return _ordered_table(blocks, terms, modes)[columns] if blocks else pd.DataFrame(columns=columns)


def _ordered_table(blocks: list, terms: np.ndarray, modes: Sequence[str]) -> pd.DataFrame:
    """Return the keyness rows of every comparison in ``blocks`` (mode, target, reference, term positions, columns)
    as one frame, ordered by mode (in ``modes`` order), target, reference, z (largest first) and term.

    One sort of integer keys over the arrays, and the frame built once: building a frame per comparison,
    concatenating and sorting by strings was the second cost (see _count_statistics for the figures)."""
    order = {m: i for i, m in enumerate(modes)}
    # the comparison's rank by (mode, target, reference); then z, largest first, then the term
    ranked = sorted(range(len(blocks)), key=lambda i: (order[blocks[i][0]], blocks[i][1], blocks[i][2]))
    block_rank = np.empty(len(blocks), dtype=np.int64)
    block_rank[ranked] = np.arange(len(blocks))
    term_rank = np.empty(len(terms), dtype=np.int64)
    term_rank[np.argsort(terms, kind="stable")] = np.arange(len(terms))
    sizes = [len(block[3]) for block in blocks]
    block = np.repeat(np.arange(len(blocks)), sizes)
    kept = np.concatenate([block[3] for block in blocks])
    columns = {name: np.concatenate([b[4][name] for b in blocks]) for name in blocks[0][4]}
    rows = np.lexsort((term_rank[kept], -columns["z"], block_rank[block]))
    block = block[rows]
    names = {k: _str([b[k] for b in blocks]) for k in (0, 1, 2)}
    # Strings taken by position from the distinct ones (each converted once), and the columns left
    # unconsolidated (copy=False): converting every row's strings and stacking the numeric columns
    # into one block were most of the table's cost. With _spread's and keyness_table's hashed isin,
    # keyness of 2,000 bench pages (voice "all", one-vs-rest; median of 3 on a loaded machine): 4.4 -> 2.4 s CPU.
    return pd.DataFrame(
        {
            "term": _str(terms).take(kept[rows]),
            "comparison": names[0].take(block),
            "target": names[1].take(block),
            "reference": names[2].take(block),
            **{name: values[rows] for name, values in columns.items()},
        },
        copy=False,
    )


def keyness(
    tokens: pd.DataFrame,
    voices: Sequence[str] = ("all", *VOICES),
    modes: Sequence[str] = ("pairwise", "one_vs_rest"),
    group: str = "outlet",
    prior: str = DEFAULT_PRIOR,
    prior_weight: float = PRIOR_WEIGHT,
    numbers: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return the keyness table of word terms between groups (default: outlets), per voice.

    ``tokens`` is ``term_tokens(study)``; ``numbers`` is ``number_tokens(study)`` (words that are not
    terms, counted in the corpus sizes; None: none, the sizes are then the term counts). Default voices: "all" (all body
    text), "narration" (the outlet's own words), "paraphrase" and
    "quotation" (:mod:`analysis.voices`); the ``voice`` column says which. Stop words are counted (they belong to the
    corpus sizes) and flagged in ``is_stopword``.
    """
    if group == "outlet":
        return _keyness(_word_codes(tokens, numbers), voices, modes, prior, prior_weight)
    stop = sorted(set(tokens.loc[tokens["is_stopword"], "term"]))
    return _keyness_per_voice(
        lambda voice: (count_matrix(tokens, group, voice), group_words(tokens, numbers, group, voice)),
        stop,
        voices,
        modes,
        (prior, prior_weight),
    )


def _keyness_per_voice(
    matrix_of, stop: Sequence[str], voices: Sequence[str], modes: Sequence[str], prior: tuple[str, float]
) -> pd.DataFrame:
    """Return ``keyness_table`` of each voice's (count matrix, corpus sizes) = ``matrix_of(voice)``, stacked with
    a ``voice`` column; ``prior`` is (kind, weight)."""
    frames = []
    for voice in voices:
        matrix, sizes, *articles = matrix_of(voice)
        table = keyness_table(matrix, modes, *prior, stop, sizes, articles[0] if articles else None)
        frames.append(table.assign(voice=voice))
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    return pd.concat(frames, ignore_index=True)[KEYNESS_COLUMNS]


def _keyness(
    w: dict,
    voices: Sequence[str] = ("all", *VOICES),
    modes: Sequence[str] = ("pairwise", "one_vs_rest"),
    prior: str = DEFAULT_PRIOR,
    prior_weight: float = PRIOR_WEIGHT,
) -> pd.DataFrame:
    """Return ``keyness`` between outlets from ``_word_codes``."""
    stop = list(w["vocab"][w["vocab_stop"]])

    def matrix_of(voice: str):
        matrix = _count_matrix(w, voice)
        return matrix, _outlet_words(w, voice), _article_data(w, voice, matrix.index)

    return _keyness_per_voice(matrix_of, stop, voices, modes, (prior, prior_weight))


def _article_data(w: dict, voice: str, terms: pd.Index) -> tuple:
    """Return (articles x ``terms`` counts in ``voice``, words of each article in it, outlet of each article)
    from ``_word_codes``: the input of the dispersion columns."""
    voices = np.array(sorted({*w["voices"], "all"}), dtype=object)
    n_pairs = len(w["pair_article"])
    if voice in set(voices):
        sizes = _word_totals(w, voices).reshape(n_pairs, len(voices))[:, int(np.searchsorted(voices, voice))]
    else:  # a voice no word of the corpus has
        sizes = np.zeros(n_pairs, dtype=np.int64)
    column = pd.Index(_str(w["vocab"])).get_indexer(terms)
    keep = np.ones(len(w["term"]), dtype=bool)
    if voice != "all":
        keep = w["voice"] == (np.flatnonzero(w["voices"] == voice)[0] if voice in set(w["voices"]) else -1)
    position = np.full(len(w["vocab"]), -1, dtype=np.int64)
    position[column] = np.arange(len(terms))
    codes = position[w["term"][keep]]
    parts = w["pair"][keep][codes >= 0]
    matrix = article_term_matrix(parts, codes[codes >= 0], n_pairs, len(terms))
    return matrix, sizes, np.asarray(_str(w["pair_outlet"]), dtype=object)


PRIOR_SETTINGS = (("corpus", 0.01), ("corpus", 0.1), ("corpus", 1.0), ("wordfreq", 0.1), ("uniform", 0.1))


def prior_sensitivity(
    tokens: pd.DataFrame,
    settings: Sequence[tuple[str, float]] = PRIOR_SETTINGS,
    voice: str = "all",
    top: int = 8,
    threshold: float = Z_THRESHOLD,
) -> pd.DataFrame:
    """Return, per prior setting and outlet (one-vs-rest), the top terms by z and how many pass ``threshold``.

    Columns: prior, prior_weight, target, significant (terms with z >=
    threshold), top_terms (the ``top`` non-stop-word terms, best first, ties
    broken alphabetically). Shows how much a ranking owes to the prior.
    """
    rows = []
    words = _word_codes(tokens)  # coded once, not once per setting
    for kind, weight in settings:
        table = _keyness(words, (voice,), ("one_vs_rest",), kind, weight)
        table = table[~table["is_stopword"]]
        for target, group in table.groupby("target", sort=True):
            ranked = group.sort_values(["z", "term"], ascending=[False, True], kind="stable")
            rows.append(
                {
                    "prior": kind,
                    "prior_weight": weight,
                    "target": target,
                    "significant": int((group["z"] >= threshold).sum()),
                    "top_terms": ", ".join(ranked["term"].head(top)),
                }
            )
    return pd.DataFrame(rows, columns=["prior", "prior_weight", "target", "significant", "top_terms"])
