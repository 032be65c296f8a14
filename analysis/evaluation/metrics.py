"""Precision, recall, F1 and bootstrap intervals over pages.

Counts are kept per page (true positives, predictions, gold items), so that a
percentile bootstrap can resample whole pages (Efron & Tibshirani 1993, ch. 13;
pages, not items, are the independent units: the errors of one page's rules
are correlated). The resampling uses a fixed seed, so the intervals are the
same on every run.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

BOOTSTRAP_SAMPLES = 2000
BOOTSTRAP_SEED = 20261130
CONFIDENCE = 0.95


def prf(tp: float, n_pred: float, n_gold: float) -> tuple[float, float, float]:
    """Return (precision, recall, F1); a ratio with a zero denominator is NaN (undefined, not 0)."""
    precision = tp / n_pred if n_pred else float("nan")
    recall = tp / n_gold if n_gold else float("nan")
    if np.isnan(precision) or np.isnan(recall) or precision + recall == 0:
        f1 = 0.0 if precision + recall == 0 else float("nan")
    else:
        f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def _bootstrap(counts: np.ndarray, samples: int, seed: int) -> np.ndarray:
    """Return a (samples, 3) array of precision, recall, F1 over page resamples of ``counts`` (pages x 3)."""
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(counts), size=(samples, len(counts)))
    totals = counts[picks].sum(axis=1)
    return np.array([prf(*row) for row in totals])


def score(counts: pd.DataFrame, samples: int = BOOTSTRAP_SAMPLES, seed: int = BOOTSTRAP_SEED) -> dict[str, float]:
    """Return pooled precision, recall, F1 of per-page ``counts`` (columns tp, n_pred, n_gold) with 95 % intervals.

    Keys: tp, n_pred, n_gold, pages, precision, recall, f1 and ``<measure>_low`` / ``<measure>_high``:
    the 2.5th and 97.5th percentiles of the measure over ``samples`` bootstrap resamples of pages.
    """
    array = counts[["tp", "n_pred", "n_gold"]].to_numpy(dtype=float)
    tp, n_pred, n_gold = array.sum(axis=0) if len(array) else (0.0, 0.0, 0.0)
    precision, recall, f1 = prf(tp, n_pred, n_gold)
    out = {"tp": int(tp), "n_pred": int(n_pred), "n_gold": int(n_gold), "pages": len(array)}
    out.update(precision=precision, recall=recall, f1=f1)
    tail = (1 - CONFIDENCE) / 2 * 100
    draws = _bootstrap(array, samples, seed) if len(array) else np.full((1, 3), np.nan)
    for column, name in enumerate(("precision", "recall", "f1")):
        values = draws[:, column]
        values = values[~np.isnan(values)]
        low, high = np.percentile(values, [tail, 100 - tail]) if len(values) else (np.nan, np.nan)
        out[f"{name}_low"], out[f"{name}_high"] = float(low), float(high)
    return out


def accuracy_counts(correct: int, total: int) -> dict[str, int]:
    """Return counts for an accuracy (a measure over matched pairs): precision = recall = F1 = correct / total."""
    return {"tp": correct, "n_pred": total, "n_gold": total}


def one_to_one(candidates: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Return (predicted, gold) pairs chosen greedily from ``(score, predicted, gold)`` candidates, best score
    first, each item used at most once (the matching of the Gender Gap Tracker and citron evaluations), sorted."""
    used_pred, used_gold, pairs = set(), set(), []
    for _, predicted, gold in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):
        if predicted not in used_pred and gold not in used_gold:
            used_pred.add(predicted)
            used_gold.add(gold)
            pairs.append((predicted, gold))
    return sorted(pairs)
