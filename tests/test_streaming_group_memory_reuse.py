"""The reuse group takes each chunk's reuse rows by position: the rows a split of the whole frame gives."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.streaming.reuse import _by_chunk


def test_rows_by_chunk_are_the_groups_of_the_whole_frame():
    rng = np.random.default_rng(5)
    chunk_of = {f"a{k:02d}": k // 10 for k in range(40)}  # four chunks of ten articles
    ids = [f"a{k:02d}" for k in rng.integers(0, 45, 300)]  # a45..: articles of no chunk (left out)
    frame = pd.DataFrame({"article_id": ids, "value": rng.random(300)}, index=rng.permutation(300))
    positions = _by_chunk(frame, chunk_of)
    expected = {int(k): rows for k, rows in frame.groupby(frame["article_id"].map(chunk_of), sort=False)}
    assert sorted(positions) == sorted(expected) == [0, 1, 2, 3]
    for number, rows in expected.items():
        pd.testing.assert_frame_equal(frame.iloc[positions[number]], rows)  # same rows, order and index
    left_out = sum(len(rows) for rows in positions.values())
    assert left_out == frame["article_id"].isin(list(chunk_of)).sum() < len(frame)


def test_no_rows_no_chunk():
    frame = pd.DataFrame({"article_id": pd.Series(dtype=object), "value": pd.Series(dtype=float)})
    assert _by_chunk(frame, {"a": 0}) == {}
    assert frame.iloc[_by_chunk(frame, {"a": 0}).get(0, [])].empty
