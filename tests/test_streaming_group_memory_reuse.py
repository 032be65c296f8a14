"""The reuse group takes each chunk's passages by bisection: the passages with a side in the chunk's articles."""

from __future__ import annotations

import numpy as np

from analysis.streaming.reuse import PassageSides


def test_passages_of_a_range_are_those_with_a_side_in_it_in_order():
    rng = np.random.default_rng(5)
    i = np.sort(rng.integers(0, 40, 300))
    j = i + 1 + rng.integers(0, 30, 300)
    passages = [(a, b, f"passage {k}") for k, (a, b) in enumerate(zip(i.tolist(), j.tolist(), strict=True))]
    sides = PassageSides(passages)
    for first, last in [(0, 10), (10, 20), (35, 45), (60, 70), (5, 5)]:
        expected = [k for k, (a, b, _) in enumerate(passages) if first <= a < last or first <= b < last]
        assert sides.of(range(first, last)).tolist() == expected


def test_no_passage_no_rows():
    assert PassageSides([]).of(range(0, 10)).tolist() == []
