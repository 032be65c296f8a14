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
    # Frame R: 1,1 | 1,0 -> n=4, n1=3, n0=1; Do = 2/4, De = 2*3*1/(4*3) = 1/2; alpha = 0, defined.
    assert result.loc["R", "alpha_nominal"] == pytest.approx(0.0, abs=1e-12)
    assert result.loc["R", "note"] == "" and result.loc["all", "note"] == ""
    # Frame C: 0,0 | 0,0 -> no variation at all, De = 0: alpha is undefined, not 1.
    assert math.isnan(result.loc["C", "alpha_nominal"])
    assert result.loc["C", "note"] == reliability.NO_VARIATION


def test_krippendorff_is_nan_with_a_reason_when_every_code_is_the_same():
    # Two coders, three units, every code 1: Do = 0 and De = 0, so alpha = 1 - 0/0 is undefined
    # (Krippendorff 2011: alpha requires variation in the pairable values).
    for level in ("nominal", "ordinal", "interval", "ratio"):
        data = long_format(["1 1 1", "1 1 1"])
        assert math.isnan(reliability.krippendorff_alpha(data, level))
        assert reliability.alpha_undefined_reason(data, level) == reliability.NO_VARIATION
    # A different code in an unpaired unit (one coder only) does not make the pairable values vary.
    data = long_format(["1 1 1 0", "1 1 1 ."])
    assert math.isnan(reliability.krippendorff_alpha(data))
    assert reliability.alpha_undefined_reason(data) == reliability.NO_VARIATION


def test_krippendorff_reason_of_a_single_coder_and_of_a_defined_alpha():
    assert reliability.alpha_undefined_reason(long_format(["1 0 1"])) == reliability.NO_PAIRS
    assert reliability.alpha_undefined_reason(long_format(KRIPPENDORFF_C), "interval") == ""


def test_krippendorff_with_one_disagreement_is_unchanged():
    # 1,1 | 1,1 | 1,0 -> n=6, n1=5, n0=1; Do = (1/6) * 2 (the pairs 1-0 and 0-1 of the last unit, m_u - 1 = 1) = 1/3;
    # De = 2 * n1 * n0 / (n (n - 1)) = 10/30 = 1/3; alpha = 1 - Do/De = 0.
    data = long_format(["1 1 1", "1 1 0"])
    assert reliability.krippendorff_alpha(data) == pytest.approx(0.0, abs=1e-12)
    assert reliability.alpha_undefined_reason(data) == ""
    # 1,1 | 1,1 | 0,0 | 1,0 -> n=8, n1=5, n0=3; Do = 2/8; De = 2*5*3/(8*7) = 30/56; alpha = 1 - (1/4)/(30/56) = 8/15.
    data = long_format(["1 1 0 1", "1 1 0 0"])
    assert reliability.krippendorff_alpha(data) == pytest.approx(8 / 15)


def test_framing_re_exports_the_reliability_functions():
    assert framing.krippendorff_alpha is reliability.krippendorff_alpha
    assert framing.sheet_reliability is reliability.sheet_reliability
