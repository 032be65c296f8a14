"""The vectorised alignment seeds (analysis.reuse.seeds) and bootstrap medians give what the loops they replace gave."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.framing.article_rates import resample_indices, resampled_medians
from analysis.reuse import seeds
from analysis.reuse.alignment import exact_runs
from analysis.reuse.masks import span_mask
from analysis.reuse.shingles import shingle_hashes


def dict_exact_runs(a: np.ndarray, b: np.ndarray, n: int = 5) -> set[tuple[int, int, int, int, int]]:
    """The per-pair loop exact_runs used before seeds.py: a dict of b's shingles, seeds chained by diagonal."""
    positions_in_b: dict[int, list[int]] = {}
    for j, value in enumerate(shingle_hashes(b, n).tolist()):
        positions_in_b.setdefault(value, []).append(j)
    found = sorted((j - i, i) for i, v in enumerate(shingle_hashes(a, n).tolist()) for j in positions_in_b.get(v, ()))
    runs, k = set(), 0
    while k < len(found):
        diagonal, first = found[k]
        last = first
        while k + 1 < len(found) and found[k + 1] == (diagonal, last + 1):
            k, last = k + 1, last + 1
        if np.array_equal(a[first : last + n], b[first + diagonal : last + n + diagonal]):
            runs.add((first, last + n, first + diagonal, last + n + diagonal, last - first + 1))
        k += 1
    return runs


def articles_with_reuse(rng: np.random.Generator, count: int, vocabulary: int) -> list[np.ndarray]:
    """Return ``count`` word-id arrays of a small vocabulary (repeated shingles) with passages copied between them."""
    texts = [rng.integers(1, vocabulary, size=int(rng.integers(0, 120))) for _ in range(count)]
    for k in range(1, count):
        source = texts[int(rng.integers(0, k))]
        if len(source) > 30:
            start = int(rng.integers(0, len(source) - 30))
            copied = source[start : start + int(rng.integers(5, 30))].copy()
            copied[len(copied) // 2] = vocabulary + k  # a changed word inside the copy: two runs
            texts[k] = np.concatenate([texts[k][:10], copied, copied, texts[k][10:]])  # printed twice
    return texts


@pytest.mark.parametrize("vocabulary", [3, 8, 1000])
def test_exact_runs_of_one_pair_are_the_dict_loops(vocabulary: int) -> None:
    rng = np.random.default_rng(vocabulary)
    texts = articles_with_reuse(rng, 12, vocabulary)
    compared = 0
    for a in texts:
        for b in texts:
            expected = dict_exact_runs(a, b)
            assert set(exact_runs(a, b)) == expected
            compared += len(expected)
    assert compared > 20  # the texts do share runs: the comparison is not between empty sets


def test_runs_of_many_pairs_in_small_chunks_are_each_pairs_own(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(1)
    texts = articles_with_reuse(rng, 15, 6)
    ids = np.concatenate(texts).astype(np.int64)
    bounds = np.r_[0, np.cumsum([len(t) for t in texts])]
    pairs = np.array([(i, j) for i in range(len(texts)) for j in range(i + 1, len(texts))])
    monkeypatch.setattr(seeds, "CHUNK_SHINGLES", 150)  # many chunks, some of one pair
    runs = seeds.pair_runs(ids, bounds, seeds.window_codes(ids, bounds), pairs)
    assert np.all(np.diff(runs[:, 0]) >= 0)  # by pair
    for number, (i, j) in enumerate(pairs.tolist()):
        mine = {tuple(run[1:]) for run in runs[runs[:, 0] == number].tolist()}
        assert mine == dict_exact_runs(texts[i], texts[j]), (i, j)


def test_window_codes_leave_out_shingles_that_cannot_seed() -> None:
    # Articles [1..6], [1..5, 9], [7, 7]: shingle 1-5 is in two articles, 2-6 in one, none fits in the third.
    ids = np.array([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 9, 7, 7])
    codes = seeds.window_codes(ids, np.array([0, 6, 12, 14]))
    assert codes[0] == codes[6] >= 0
    assert codes[1] == codes[7] == -1  # 2-6 and 2-5,9: each in one article only
    assert (codes[2:6] == -1).all() and (codes[8:] == -1).all()  # windows that cross an article's end


@pytest.mark.parametrize("n", [1, 2, 3, 4, 9, 40])
def test_resampled_medians_are_numpys_medians_bit_for_bit(n: int) -> None:
    rng = np.random.default_rng(n)
    values = np.column_stack([
        rng.lognormal(size=n),
        rng.integers(0, 3, size=n) * 0.1,  # ties, and a mean of two values that is not exact in binary
        np.zeros(n),
    ])  # fmt: skip
    draws = resample_indices("Outlet", n, resamples=300)
    assert np.array_equal(resampled_medians(values, draws), np.median(values[draws], axis=1))


def test_a_span_of_an_article_without_tokens_covers_nothing() -> None:
    ids = pd.array(["a", "a", "b"], dtype="string")
    tokens = pd.DataFrame({"article_id": ids, "start": [0, 5, 0], "end": [4, 9, 3]})
    spans = pd.DataFrame({"article_id": ["zz", "b"], "start": [0, 0], "end": [100, 3]})
    assert span_mask(tokens, spans).tolist() == [False, False, True]
