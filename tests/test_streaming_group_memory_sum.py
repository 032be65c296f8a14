"""The vocabulary group's prior summed without holding every n-gram: the floats of the whole array's sums."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.streaming.pairwise import PairwiseSum, leaves
from analysis.streaming.phrases import WORD_BITS, _PriorSpill


@pytest.mark.parametrize("n", [0, 1, 7, 8, 9, 127, 128, 129, 136, 255, 1_000, 8_192, 8_193, 100_003, 1_048_583])
def test_pairwise_sum_is_numpy_sum(n: int) -> None:
    rng = np.random.default_rng(n)
    values = rng.random(n) * rng.integers(1, 10**6, n)  # magnitudes apart: the grouping changes the float
    summed = PairwiseSum(n)
    for piece in np.split(values, np.sort(rng.integers(0, n + 1, 6))):
        summed.add(piece)
    assert summed.total() == np.sum(values)
    assert sum(leaves(n)) == n


def test_pairwise_sum_differs_from_a_running_sum() -> None:
    """The test above can fail: a sum in order (or cut at other leaves) gives another float."""
    values = np.random.default_rng(0).random(100_003) * 1e6
    assert float(np.sum(values)) != sum(values.tolist())


def test_pairwise_sum_counts_its_values() -> None:
    summed = PairwiseSum(3)
    summed.add(np.ones(2))
    with pytest.raises(ValueError):
        summed.total()
    with pytest.raises(ValueError):
        summed.add(np.ones(2))


def test_prior_spill_totals_are_the_whole_arrays(tmp_path) -> None:
    """Rank keys of invented 2-grams fed in hash-partition order: the totals of dirichlet_prior on the array
    sorted by key (the in-memory code: concatenate, argsort, astype, /=, *=, sum)."""
    rng = np.random.default_rng(1)
    n_terms = 5_000
    first, second = rng.integers(0, n_terms, 300_000), rng.integers(0, n_terms, 300_000)
    keys = np.unique((first << WORD_BITS) | second)
    rng.shuffle(keys)
    background = rng.integers(1, 40, len(keys)).astype(np.int32) ** 3
    spill = _PriorSpill(tmp_path / "prior", n_terms, 2)
    for part in np.array_split(np.arange(len(keys)), 64):
        spill.add(keys[part], background[part])
    total, alpha0, prior_total = spill.totals(0.5)
    alpha = background[np.argsort(keys)].astype(float)
    expected_total = alpha.sum()
    expected_alpha0 = 0.5 * expected_total
    alpha /= expected_total
    alpha *= expected_alpha0
    assert (total, alpha0, prior_total) == (expected_total, expected_alpha0, alpha.sum())
    assert not (tmp_path / "prior").exists()
