"""The rates group counts each measure's items a spilled chunk at a time: the counts of the whole column."""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.streaming.export import _item_ranges
from analysis.streaming.held import FrameSpill


def _spill(tmp_path, frames: list[pd.DataFrame]) -> FrameSpill:
    spill = FrameSpill(tmp_path, "rates.label")
    for frame in frames:
        spill.add(frame)
    return spill


def test_value_counts_chunk_by_chunk_are_the_whole_columns(tmp_path):
    rng = np.random.default_rng(4)
    items = np.array(["accused", "blamed", "cut", "denied", "ok"], dtype=object)
    frames = [
        pd.DataFrame({"item": items[rng.integers(0, 4 + (k > 1), 50 + 7 * k)], "value": rng.random(50 + 7 * k)})
        for k in range(5)
    ]
    whole = pd.concat(frames, ignore_index=True)["item"].value_counts()
    counts = _spill(tmp_path, frames).value_counts("item")
    assert counts == {item: int(n) for item, n in whole.items()}
    assert "ok" in counts and sum(counts.values()) == sum(len(f) for f in frames)


def test_value_counts_of_no_rows_and_missing_items(tmp_path):
    frames = [
        pd.DataFrame({"item": pd.Series(["a", None, "a"], dtype=object), "value": [1.0, 2.0, 3.0]}),
        pd.DataFrame({"item": pd.Series(dtype=object), "value": pd.Series(dtype=float)}),
    ]
    assert _spill(tmp_path, frames).value_counts("item") == {"a": 2}  # as value_counts: a missing item not counted


def test_item_ranges_from_the_chunk_counts(tmp_path):
    frames = [
        pd.DataFrame({"item": list("cabbcd"), "value": range(6)}),
        pd.DataFrame({"item": list("ad"), "value": [0, 1]}),
    ]
    spill = _spill(tmp_path, frames)
    assert _item_ranges(spill, 4) == [["a", "b"], ["c", "d"]]  # a 2 + b 2; c 2 + d 2
    assert _item_ranges(spill, 3) == [["a"], ["b"], ["c"], ["d"]]
