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


# Why alpha cannot be computed (Krippendorff 2011: alpha = 1 - Do/De needs pairable values that vary).
NO_PAIRS = "a single coder / no unit with two codes"
NO_VARIATION = "every code is the same value: expected disagreement is 0"


def _pairable_codes(data: pd.DataFrame, level: str, coder: str, unit: str, value: str) -> pd.DataFrame:
    """Return the non-missing codes of units with at least two codes (Krippendorff's pairable values)."""
    codes = data[[coder, unit, value]].copy()
    codes = codes[codes[value].notna() & (codes[value].astype(str).str.strip() != "")]
    if level != "nominal":
        codes[value] = codes[value].astype(float)
    return codes[codes.groupby(unit)[value].transform("size") >= 2]


def alpha_undefined_reason(
    data: pd.DataFrame, level: str = "nominal", coder: str = "coder", unit: str = "unit", value: str = "value"
) -> str:
    """Return why Krippendorff's alpha of ``data`` is undefined, or "" when it is defined.

    ``NO_PAIRS`` when no unit has two codes (nothing to compare); ``NO_VARIATION``
    when every pairable value is the same, so the expected disagreement De is 0
    and alpha = 1 - Do/De is 0/0 (Krippendorff 2011, "Computing Krippendorff's
    alpha-reliability": alpha presumes variation in the data). Arguments as in
    :func:`krippendorff_alpha`.
    """
    codes = _pairable_codes(data, level, coder, unit, value)
    if codes.empty:
        return NO_PAIRS
    if codes[value].nunique() == 1:
        return NO_VARIATION
    return ""


def krippendorff_alpha(
    data: pd.DataFrame, level: str = "nominal", coder: str = "coder", unit: str = "unit", value: str = "value"
) -> float:
    """Return Krippendorff's alpha of long-format codes (one row per coder x unit).

    Missing codes (blank or NaN) are dropped and units with fewer than two
    codes are ignored, so alpha is computed over pairable values, as
    Krippendorff defines it. ``level``: nominal, ordinal, interval or ratio.
    Uses ``nltk.metrics.agreement.AnnotationTask``. Returns NaN where alpha is
    undefined (:func:`alpha_undefined_reason` says why): no unit has two codes
    (e.g. a single coder), or every pairable value is the same (De = 0; nltk
    would return 1 there, which reads as perfect agreement).
    """
    from nltk.metrics.agreement import AnnotationTask

    if alpha_undefined_reason(data, level, coder, unit, value):
        return float("nan")
    codes = _pairable_codes(data, level, coder, unit, value)
    distance = _distance(level, codes[value].tolist())
    triples = [(str(c), str(u), v) for c, u, v in zip(codes[coder], codes[unit], codes[value], strict=True)]
    return float(AnnotationTask(data=triples, distance=distance).alpha())


def sheet_reliability(sheets: pd.DataFrame) -> pd.DataFrame:
    """Return nominal alpha per frame and overall across coders' yes/no answers.

    Columns: frame ("all" first), coders, alpha_nominal (NaN where undefined)
    and note (why alpha is undefined, "" where it is defined; see
    :func:`alpha_undefined_reason`).
    """
    sheets = normalise_answers(sheets)
    long = sheets.assign(unit=sheets["article_id"] + "|" + sheets["question_id"], value=sheets["answer"])
    groups = [("all", long), *long.groupby("frame", sort=True)]
    rows = [
        {
            "frame": frame,
            "coders": group["coder"].nunique(),
            "alpha_nominal": krippendorff_alpha(group),
            "note": alpha_undefined_reason(group),
        }
        for frame, group in groups
    ]
    return pd.DataFrame(rows)
