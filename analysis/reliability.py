"""Intercoder reliability: Krippendorff's alpha and the reliability of yes/no coding sheets.

Shared by every analysis with manual coding (the framing analysis's coding
sheets are the first); :mod:`analysis.framing` re-exports these functions.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

# Accepted spellings of a yes/no answer in a coding sheet, and the code each stands for.
ANSWER_VALUES = {"1": 1, "0": 0, "1.0": 1, "0.0": 0, "yes": 1, "no": 0, "y": 1, "n": 0, "true": 1, "false": 0}


def normalise_answers(sheets: pd.DataFrame) -> pd.DataFrame:
    """Return the sheets with ``answer`` as "1", "0" or "" (missing); raise ValueError on anything else."""
    raw = sheets["answer"].fillna("").astype(str).str.strip().str.lower()
    bad = sorted(set(raw[(raw != "") & ~raw.isin(ANSWER_VALUES)]))
    if bad:
        raise ValueError(f"coding sheet answers must be 1/0/yes/no or blank, found: {bad}")
    return sheets.assign(answer=raw.map(lambda v: str(ANSWER_VALUES[v]) if v else ""))


def _ordinal_distance(values: list) -> Callable:
    """Return Krippendorff's ordinal metric from the frequencies of the pairable values (Krippendorff 2011)."""
    freq = pd.Series(values).value_counts().sort_index()
    ranks = list(freq.index)
    cumulative = freq.cumsum()

    def distance(a, b):
        if a == b:
            return 0.0
        lo, hi = sorted((a, b))
        between = cumulative[hi] - (cumulative[lo] - freq[lo])
        return float((between - (freq[lo] + freq[hi]) / 2) ** 2)

    distance.ranks = ranks
    return distance


def _distance(level: str, values: list) -> Callable:
    """Return the difference function of a level of measurement (Krippendorff 2011); raise ValueError if unknown."""
    from nltk.metrics.distance import binary_distance

    if level == "nominal":
        return binary_distance
    if level == "interval":
        return lambda a, b: float((a - b) ** 2)
    if level == "ratio":
        return lambda a, b: 0.0 if a == b else float(((a - b) / (a + b)) ** 2)
    if level == "ordinal":
        return _ordinal_distance(values)
    raise ValueError(f"unknown level of measurement: {level}")


def krippendorff_alpha(
    data: pd.DataFrame, level: str = "nominal", coder: str = "coder", unit: str = "unit", value: str = "value"
) -> float:
    """Return Krippendorff's alpha of long-format codes (one row per coder x unit).

    Missing codes (blank or NaN) are dropped and units with fewer than two
    codes are ignored, so alpha is computed over pairable values, as
    Krippendorff defines it. ``level``: nominal, ordinal, interval or ratio.
    Uses ``nltk.metrics.agreement.AnnotationTask``. Returns NaN when no unit
    has two codes (e.g. a single coder).
    """
    from nltk.metrics.agreement import AnnotationTask

    codes = data[[coder, unit, value]].copy()
    codes = codes[codes[value].notna() & (codes[value].astype(str).str.strip() != "")]
    if level != "nominal":
        codes[value] = codes[value].astype(float)
    pairable = codes.groupby(unit)[value].transform("size") >= 2
    codes = codes[pairable]
    if codes.empty:
        return float("nan")
    distance = _distance(level, codes[value].tolist())
    triples = [(str(c), str(u), v) for c, u, v in zip(codes[coder], codes[unit], codes[value], strict=True)]
    return float(AnnotationTask(data=triples, distance=distance).alpha())


def sheet_reliability(sheets: pd.DataFrame) -> pd.DataFrame:
    """Return nominal alpha per frame and overall across coders' yes/no answers (NaN with one coder)."""
    sheets = normalise_answers(sheets)
    long = sheets.assign(unit=sheets["article_id"] + "|" + sheets["question_id"], value=sheets["answer"])
    rows = [{"frame": "all", "coders": long["coder"].nunique(), "alpha_nominal": krippendorff_alpha(long)}]
    for frame, group in long.groupby("frame", sort=True):
        rows.append({"frame": frame, "coders": group["coder"].nunique(), "alpha_nominal": krippendorff_alpha(group)})
    return pd.DataFrame(rows)
