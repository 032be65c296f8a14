"""Dispersion of a term over the articles of a group: range and Gries' DP (vectorised over the vocabulary).

A keyness statistic pools a group's articles into one corpus, so a word repeated twenty times in one
article looks as "key" as a word every article uses. Dispersion says which it is:

- range: the number of the group's articles that contain the term (and of how many);
- DP, "deviation of proportions" (Gries 2008, "Dispersions and adjusted frequencies in corpora",
  International Journal of Corpus Linguistics 13(4), 403-437, p. 415): with s_i the share of the
  group's words in article i and o_i the share of the term's occurrences in article i,
  DP = 0.5 * sum_i |o_i - s_i|. 0: spread as the articles' sizes predict; near 1: in one small article;
- DP_norm (Lijffijt & Gries 2012, "Correction to Stefan Th. Gries' 'Dispersions and adjusted
  frequencies in corpora'", IJCL 17(1), 147-149): DP / (1 - min_i s_i), which reaches 1 when every
  occurrence is in the smallest article, whatever the articles' sizes.

Both are NaN when the group has fewer than 2 articles (nothing to spread over) or the term does not
occur in it.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp


def dp(counts, sizes) -> tuple[float, float]:
    """Return (DP, DP_norm) of one term from its ``counts`` in the parts of a corpus of part ``sizes``.

    The plain formula, for checking by hand; :func:`dispersion` computes the same for a whole vocabulary.
    """
    v, s = np.asarray(counts, dtype=float), np.asarray(sizes, dtype=float)
    if len(v) < 2 or v.sum() == 0:
        return float("nan"), float("nan")
    s = s / s.sum()
    value = 0.5 * float(np.abs(v / v.sum() - s).sum())
    return value, value / (1 - float(s.min()))


def article_term_matrix(parts: np.ndarray, terms: np.ndarray, n_parts: int, n_terms: int) -> sp.csr_matrix:
    """Return the parts x terms count matrix (sparse) of tokens with part code ``parts`` and term code ``terms``."""
    ones = np.ones(len(parts), dtype=np.int64)
    matrix = sp.coo_matrix((ones, (parts, terms)), shape=(n_parts, n_terms)).tocsr()
    matrix.sum_duplicates()
    return matrix


def dispersion(matrix: sp.csr_matrix, sizes: np.ndarray, rows: np.ndarray) -> dict[str, np.ndarray]:
    """Return range, DP and DP_norm of every term (column of ``matrix``) over the parts ``rows``.

    ``matrix`` is parts x terms counts, ``sizes`` the words of every part. Parts without words are left
    out (they can hold no occurrence). Keys: ``parts`` (how many parts, a scalar), ``range`` (parts
    containing the term), ``dp``, ``dp_norm`` (NaN with fewer than 2 parts or no occurrence).

    Computed on the non-zero cells only: the parts where the term is absent contribute s_i each, so
    sum_i |o_i - s_i| = sum over occurring parts of |o_i - s_i| + (1 - sum over occurring parts of s_i).
    """
    rows = np.asarray(rows, dtype=np.int64)
    rows = rows[np.asarray(sizes, dtype=float)[rows] > 0]
    sub = matrix[rows].tocoo()
    share = np.asarray(sizes, dtype=float)[rows] / float(np.asarray(sizes, dtype=float)[rows].sum() or 1)
    n_terms = matrix.shape[1]
    total = np.bincount(sub.col, weights=sub.data, minlength=n_terms)
    with np.errstate(invalid="ignore", divide="ignore"):
        observed = sub.data / total[sub.col]
    gaps = np.bincount(sub.col, weights=np.abs(observed - share[sub.row]), minlength=n_terms)
    covered = np.bincount(sub.col, weights=share[sub.row], minlength=n_terms)
    ranges = np.bincount(sub.col, minlength=n_terms)
    value = 0.5 * (gaps + 1 - covered)
    undefined = (total == 0) | (len(rows) < 2)
    value = np.where(undefined, np.nan, value)
    smallest = float(share.min()) if len(rows) >= 2 else 1.0
    norm = value / (1 - smallest) if smallest < 1 else np.full(n_terms, np.nan)
    return {"parts": len(rows), "range": ranges, "dp": value, "dp_norm": norm}
