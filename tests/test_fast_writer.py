"""The CSV writer joins cells itself (analysis.writing): its bytes must be pandas' ``to_csv`` bytes, always."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.writing import FLOAT_FORMAT, format_floats, write_csv

HARD_FLOATS = [
    0.0, -0.0, math.inf, -math.inf, 5e-324, 1.7976931348623157e308, 0.5, 2.5, 999999999999.5,
    999999999999.4999, 9999999999995.0, 123456789012.5, 0.0001, 0.00001, 1e21, 1e-5, 99999.99999995,
    math.log10(11), 8.28809415275e19, -1.24451860391, 1e16, 123456789012345680.0,
]  # fmt: skip


def _pandas(values) -> list[str]:
    return ["" if v != v else FLOAT_FORMAT % v for v in np.asarray(values, dtype=float).tolist()]


def test_format_floats_is_float_format_on_ties_powers_of_ten_and_extremes():
    powers = 10.0 ** np.arange(-320, 309)
    values = np.concatenate([HARD_FLOATS, [math.nan], powers, np.nextafter(powers, 0), np.nextafter(powers, np.inf)])
    assert format_floats(values).tolist() == _pandas(values)


def test_format_floats_is_float_format_on_a_million_random_values():
    rng = np.random.default_rng(18)
    scale = 10.0 ** rng.integers(-30, 30, 500_000)
    halves = (rng.integers(1, 10**13, 300_000) + 0.5) / 10.0 ** rng.integers(0, 14, 300_000)
    values = np.concatenate([rng.standard_normal(500_000) * scale, halves, np.round(rng.random(200_000), 4)])
    assert format_floats(values).tolist() == _pandas(values)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True), min_size=1, max_size=50))
def test_format_floats_is_float_format_on_any_float(values):
    assert format_floats(np.array(values, dtype=float)).tolist() == _pandas(values)


def _mixed_frame() -> pd.DataFrame:
    text = ["plain", 'say "hi"', "a,b", "line\nbreak", "cr\rhere", "=SUM(A1)", "", "Ünïcode"]
    n = len(text)
    return pd.DataFrame(
        {
            "text": text,
            "maybe": pd.array([None, "x", "y,z", None, "w", "v", "u", "t"], dtype="str"),
            "objects": np.array(["a", None, "b", math.nan, "c", "d", "e", "f"], dtype=object),
            "category": pd.Categorical(["b", "a", None, "a,c", "b", "a", "b", "a"]),
            "count": np.arange(n, dtype=np.int64) - 3,
            "small": np.arange(n, dtype=np.int32) * 1000,
            "flag": [True, False] * (n // 2),
            "value": [0.1, -0.0, 0.0, math.nan, math.inf, 1e-300, 2.5e21, -1 / 3],
            "single": np.array([0.1, 1, 2, 3, 4, 5, 6, 7.25], dtype=np.float32),
        }
    )


def test_write_csv_bytes_are_pandas_to_csv_bytes(tmp_path):
    frame = _mixed_frame()
    ours = write_csv(frame, tmp_path / "ours.csv").read_bytes()
    from analysis.writing import guard_formulas

    guard_formulas(frame).to_csv(tmp_path / "pandas.csv", index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    assert ours == (tmp_path / "pandas.csv").read_bytes()
    assert b'"say ""hi"""' in ours and b"'=SUM(A1)" in ours and b",-0," in ours


def test_write_csv_leaves_other_types_to_pandas(tmp_path):
    frame = pd.DataFrame({"when": pd.to_datetime(["2024-01-02", None]), "mixed": [1.5, "a"], "n": [1, 2]})
    frame.to_csv(tmp_path / "pandas.csv", index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    assert write_csv(frame, tmp_path / "ours.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()


def test_write_csv_chunks_join_without_a_seam(tmp_path, monkeypatch):
    import analysis.writing as writing

    frame = pd.DataFrame({"a": np.arange(25) / 7, "b": [f"t{i}" for i in range(25)]})
    monkeypatch.setattr(writing, "CHUNK_ROWS", 4)
    frame.to_csv(tmp_path / "pandas.csv", index=False, lineterminator="\n", float_format=FLOAT_FORMAT)
    assert write_csv(frame, tmp_path / "ours.csv").read_bytes() == (tmp_path / "pandas.csv").read_bytes()
