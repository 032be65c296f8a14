"""The worker processes of a BatchPool start with the collector set for the per-article pass (analysis.workers)."""

import gc

import pytest

from analysis.study import BatchPool
from analysis.workers import YOUNG_THRESHOLD


def _collector() -> tuple[int, int]:
    """Return this process's young-generation threshold and the number of frozen objects."""
    return gc.get_threshold()[0], gc.get_freeze_count()


def _check(pool: BatchPool) -> None:
    threshold, frozen = pool.submit(_collector).result()
    assert threshold == YOUNG_THRESHOLD
    assert frozen > 10_000  # the modules of the per-article pass, imported before the freeze


def test_process_pool_workers_start_with_the_raised_threshold_and_a_frozen_heap():
    with BatchPool(2) as pool:
        _check(pool)
    assert gc.get_threshold()[0] != YOUNG_THRESHOLD  # the client's collector is left as it was


def test_dask_workers_start_alike():
    pytest.importorskip("distributed")
    with BatchPool(2, "dask") as pool:
        _check(pool)
