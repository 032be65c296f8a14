"""Tests of intercoder reliability (analysis/reliability.py) against published examples and hand computations."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import framing, reliability

# ------------------------------------------------------------ Krippendorff's alpha

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", example C:
# 4 observers x 12 units with missing data (. = missing).
KRIPPENDORFF_C = [
    "1 2 3 3 2 1 4 1 2 . . .",
    "1 2 3 3 2 2 4 1 2 5 . 3",
    ". 3 3 3 2 3 4 2 2 5 1 .",
    "1 2 3 3 2 4 4 1 2 5 1 .",
]


def long_format(matrix: list[str]) -> pd.DataFrame:
    rows = []
    for c, line in enumerate(matrix):
        for u, v in enumerate(line.split()):
            rows.append({"coder": f"c{c}", "unit": f"u{u}", "value": "" if v == "." else v})
    return pd.DataFrame(rows)


@pytest.mark.parametrize(
    "level, expected", [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)]
)
def test_krippendorff_published_example_with_missing_data(level, expected):
    assert round(reliability.krippendorff_alpha(long_format(KRIPPENDORFF_C), level), 3) == expected


def test_krippendorff_binary_example_two_coders():
    # Krippendorff (2011), example A: two observers, ten units, binary: alpha = 0.095.
    data = long_format(["0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0"])
    assert round(reliability.krippendorff_alpha(data), 3) == 0.095


def test_krippendorff_single_coder_is_nan_and_unpaired_units_ignored():
    assert math.isnan(reliability.krippendorff_alpha(long_format(["1 0 1"])))
    # Adding a unit coded by one coder only does not change alpha.
    base = reliability.krippendorff_alpha(long_format(["0 1 0 0 0 0 0 0 1 0 .", "1 1 1 0 0 1 0 0 0 0 1"]))
    assert round(base, 3) == 0.095


def test_sheet_reliability_with_two_invented_coders():
    rows = []
    for coder, answers in {"x": "1100", "y": "1000"}.items():
        for q, a in zip(["R1", "R2", "C1", "C2"], answers, strict=True):
            rows.append(
                {
                    "coder": coder,
                    "article_id": "a1",
                    "frame": q[0],
                    "question_id": q,
                    "question": "",
                    "answer": a,
                    "evidence": "",
                    "note": "",
                }
            )
    result = reliability.sheet_reliability(pd.DataFrame(rows)).set_index("frame")
    # Hand computation: values 1,1 | 1,0 | 0,0 | 0,0 -> n=8, n1=3, n0=5; Do = 2/8; De = 2*3*5/(8*7); alpha = 1 - Do/De.
    assert result.loc["all", "alpha_nominal"] == pytest.approx(1 - (2 / 8) / (30 / 56))


def test_framing_re_exports_the_reliability_functions():
    assert framing.krippendorff_alpha is reliability.krippendorff_alpha
    assert framing.sheet_reliability is reliability.sheet_reliability
