"""Parallel engines give exactly the single-process result; the synthetic corpus is deterministic."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.bench import synthetic_articles
from analysis.study import build_study


@pytest.fixture(scope="module")
def synthetic(seed_study) -> pd.DataFrame:
    return synthetic_articles(seed_study, 24, n_outlets=3, seed=7)


def _assert_same_study(left, right):
    for name in ("articles", "segments", "sentences", "tokens", "quotes"):
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


def test_synthetic_corpus_is_deterministic_and_noisy(seed_study):
    first = synthetic_articles(seed_study, 10, seed=3)
    assert first.equals(synthetic_articles(seed_study, 10, seed=3))
    assert not first.equals(synthetic_articles(seed_study, 10, seed=4))
    study = build_study(first)
    kinds = set(study.segments["kind"])
    assert {"headline", "duplicate", "caption", "body", "boilerplate"} <= kinds
    assert len(study.quotes) > 0


def test_process_pool_matches_single_process(synthetic):
    _assert_same_study(build_study(synthetic, workers=1), build_study(synthetic, workers=2))


def test_dask_local_cluster_with_two_workers_matches_single_process(synthetic):
    pytest.importorskip("distributed")
    _assert_same_study(build_study(synthetic, workers=1), build_study(synthetic, workers=2, engine="dask"))
