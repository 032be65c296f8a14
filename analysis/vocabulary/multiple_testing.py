"""Adjusted p-values for testing many terms at once: Holm (1979) and Benjamini & Hochberg (1995).

A keyness table tests every term of the vocabulary, thousands of tests at once: at p < 0.05 about one
term in twenty reaches "significance" by chance alone even when no term differs. The two corrections
here turn the table's raw p-values into adjusted ones, compared with the usual level afterwards:

- ``holm``: Holm's (1979) step-down Bonferroni adjustment, "A simple sequentially rejective multiple
  test procedure", Scandinavian Journal of Statistics 6(2), 65-70. Controls the family-wise error rate
  (the chance of even one false positive among all terms); uniformly more powerful than Bonferroni.
- ``benjamini_hochberg``: the q-values of Benjamini & Hochberg (1995), "Controlling the false discovery
  rate: a practical and powerful approach to multiple testing", Journal of the Royal Statistical
  Society B 57(1), 289-300. Controls the false discovery rate (the expected share of false positives
  among the terms called significant), for independent or positively dependent tests.

How a keyness table would use them (not wired in here): compute the adjusted p-value over all terms of
one comparison (one target against one reference, one voice) and store it in its own column beside
the raw ``p_value``, e.g. ``q_value = benjamini_hochberg(table["p_value"])`` per group of
``table.groupby(["comparison", "target", "reference", "voice"])``; state the minimum count below which
terms are left out before correcting (fewer tests, and G2 on counts of 1-2 is unreliable); mark a term
significant, and draw it so on charts, only where the adjusted value is below the level (q < 0.05),
never from the raw p or from a z = 1.96 line, and say in the table's note which correction and family
were used.
"""

from __future__ import annotations

import numpy as np


def _sorted_finite(p_values) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return (p as a float array, positions of its finite values in ascending order, those values, out).

    ``out`` is an all-NaN array of p's shape for the adjusted values; NaN p-values (a term without a
    test) stay NaN and are not counted among the tests.
    """
    p = np.asarray(p_values, dtype=float)
    if np.any((p < 0) | (p > 1)):
        raise ValueError("p-values must lie in [0, 1]")
    flat = p.ravel()
    finite = np.flatnonzero(~np.isnan(flat))
    order = finite[np.argsort(flat[finite], kind="stable")]
    return p, order, flat[order], np.full(flat.shape, np.nan)


def holm(p_values) -> np.ndarray:
    """Return Holm's (1979) step-down adjusted p-values, in the order and shape of ``p_values``.

    With the m finite p-values sorted ascending, p_(1) <= ... <= p_(m):
    adjusted p_(i) = max over j <= i of min(1, (m - j + 1) p_(j)). A term is significant at level
    alpha, with the family-wise error rate held at alpha, when its adjusted value is <= alpha. NaN
    stays NaN and does not count in m.
    """
    p, order, ranked, out = _sorted_finite(p_values)
    m = ranked.size
    stepped = np.minimum(1.0, (m - np.arange(m)) * ranked)
    out[order] = np.maximum.accumulate(stepped)  # step-down: never below a smaller p's adjusted value
    return out.reshape(p.shape)


def benjamini_hochberg(p_values) -> np.ndarray:
    """Return Benjamini & Hochberg's (1995) adjusted p-values (q-values), in the order and shape of ``p_values``.

    With the m finite p-values sorted ascending: adjusted p_(i) = min over j >= i of min(1, m p_(j) / j).
    Calling significant every term with adjusted value <= q keeps the false discovery rate at q.
    Equals ``scipy.stats.false_discovery_control(p, method="bh")`` on finite input; NaN stays NaN and
    does not count in m.
    """
    p, order, ranked, out = _sorted_finite(p_values)
    m = ranked.size
    scaled = np.minimum(1.0, ranked * m / np.arange(1, m + 1))
    out[order] = np.minimum.accumulate(scaled[::-1])[::-1]  # step-up: never above a larger p's value
    return out.reshape(p.shape)
