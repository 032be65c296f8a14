"""The streaming export's counts spilled in hash partitions and merged one partition at a time (issue 18)."""

from __future__ import annotations

import numpy as np
import pytest

from analysis.streaming.collocations import MergedCounts
from analysis.streaming.partitions import PartitionSpill, merge_rows, partition_of


def invented_chunks(seed: int = 3, chunks: int = 5) -> list[dict[str, np.ndarray]]:
    """Return chunks of distinct keys (drawn from 0..2,999, many shared between chunks) with a count and a
    first occurrence."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(chunks):
        keys = rng.choice(3_000, size=700, replace=False).astype(np.int64) * 7_919 + (1 << 40)
        out.append({"key": keys, "count": rng.integers(1, 9, len(keys)), "start": rng.integers(0, 10**6, len(keys))})
    return out


def test_partition_of_is_fixed_and_spreads_consecutive_keys_over_every_partition():
    keys = np.arange(10_000, dtype=np.int64)
    part = partition_of(keys)
    assert part.tolist() == partition_of(keys.copy()).tolist()
    assert set(part.tolist()) == set(range(64))
    assert np.bincount(part).max() < 2 * 10_000 / 64  # no partition holds twice its share
    assert partition_of(np.array([-1, 0, 1 << 62])).tolist() == partition_of(np.array([-1, 0, 1 << 62]), 64).tolist()
    assert partition_of(keys, 1).tolist() == [0] * len(keys)
    with pytest.raises(ValueError):
        partition_of(keys, 48)


def test_merging_the_partitions_equals_merging_the_chunks_one_by_one(tmp_path):
    chunks = invented_chunks()
    merged = MergedCounts()
    spill = PartitionSpill(tmp_path, "counts", partitions=8)
    for chunk in chunks:
        merged.add(chunk["key"], {"count": chunk["count"]}, {"start": chunk["start"]})
        spill.add(chunk)
    parts = [merge_rows(spill.partition(p), ("count",), ("start",)) for p in range(8)]
    assert all(set(partition_of(part["key"], 8).tolist()) <= {p} for p, part in enumerate(parts))
    joined = {name: np.concatenate([part[name] for part in parts]) for name in ("key", "count", "start")}
    order = np.argsort(joined["key"])
    assert joined["key"][order].tolist() == merged.keys.tolist()
    assert joined["count"][order].tolist() == merged.sums["count"].tolist()
    assert joined["start"][order].tolist() == merged.firsts["start"].tolist()  # the earliest chunk's
    assert len(spill) == len(chunks) and sum(len(part["key"]) for part in parts) == len(merged.keys)


def test_merge_rows_by_two_columns_sums_each_pair_and_sorts_by_the_first():
    rows = {
        "key": np.array([5, 2, 5, 2, 5]),
        "outlet": np.array([1, 0, 0, 0, 1]),
        "count": np.array([1, 2, 3, 4, 5]),
    }
    merged = merge_rows(rows, ("count",), by=("key", "outlet"))
    assert merged["key"].tolist() == [2, 5, 5]
    assert merged["outlet"].tolist() == [0, 0, 1]
    assert merged["count"].tolist() == [6, 3, 6]
    empty = merge_rows({name: values[:0] for name, values in rows.items()}, ("count",), by=("key", "outlet"))
    assert [len(values) for values in empty.values()] == [0, 0, 0]


def test_an_empty_partition_reads_back_without_rows(tmp_path):
    spill = PartitionSpill(tmp_path, "few", partitions=64)
    spill.add({"key": np.array([1, 2], dtype=np.int64), "count": np.array([3, 4], dtype=np.int32)})
    sizes = [len(spill.partition(p)["key"]) for p in range(64)]
    assert sum(sizes) == 2 and sizes.count(0) >= 62
    assert not list(tmp_path.glob(".*.tmp"))  # written under a temporary name, then renamed


def test_log_odds_z_of_some_rows_with_the_sums_of_all_equals_log_odds_dirichlet():
    from analysis.streaming.phrases import _log_odds_z
    from analysis.vocabulary.keyness_measures import log_odds_dirichlet

    rng = np.random.default_rng(0)
    a, b = rng.integers(0, 40, 5_000).astype(float), rng.integers(0, 400, 5_000).astype(float)
    alpha = 0.1 * (a + b).sum() * ((a + b) / (a + b).sum())
    _, _, z = log_odds_dirichlet(a, b, alpha)
    rows = np.flatnonzero(a >= 20)
    some = _log_odds_z(a[rows], b[rows], alpha[rows], (a.sum(), b.sum(), alpha.sum()))
    assert some.tobytes() == z[rows].tobytes()


def test_rank_keys_sort_as_the_ngram_strings():
    from analysis.streaming.phrases import _rank_keys, _ranks, _strings

    terms = np.array(["a", "a-b", "ab", "b", "é", "z9", "a'", "10", "1"], dtype=object)
    rank = _ranks(terms)
    grid = np.array(np.meshgrid(*[np.arange(len(terms))] * 3)).reshape(3, -1).astype(np.int64)
    keys = (grid[0] << 42) | (grid[1] << 21) | grid[2]
    strings = _strings(terms, keys, 3)
    assert strings[np.argsort(_rank_keys(keys, 3, rank))].tolist() == sorted(strings.tolist())


def held_bytes(aggregate: object) -> int:
    """Return the bytes of the numpy arrays an aggregate holds (its merged counts)."""
    arrays, stack = [], [vars(aggregate)]
    while stack:
        for value in stack.pop().values():
            if isinstance(value, np.ndarray):
                arrays.append(value.nbytes)
            elif isinstance(value, dict):
                stack.append(value)
            elif hasattr(value, "__dict__") and not isinstance(value, type):
                stack.append(vars(value))
    return sum(arrays)


def test_the_clients_counts_do_not_grow_with_the_number_of_chunks(seed_study, tmp_path):
    from analysis.bench import realistic_articles
    from analysis.streaming.collocations import CollocationAggregate, chunk_collocation_counts
    from analysis.streaming.phrases import PhraseAggregate, chunk_phrase_counts
    from analysis.study import build_study
    from analysis.vocabulary.phrases import PHRASE_SIZES
    from analysis.vocabulary.terms import _prepare, load_stopwords

    study = build_study(realistic_articles(seed_study, 6, seed=2), workers=1, codebooks=seed_study.codebooks)
    prepared = _prepare(study, load_stopwords())
    collocations = CollocationAggregate(tmp_path / "collocations")
    phrases = PhraseAggregate(tmp_path / "phrases", PHRASE_SIZES)
    sizes = []
    for _ in range(6):  # the same chunk again: the vocabulary does not grow, the chunks do
        collocations.add(chunk_collocation_counts(prepared))
        phrases.add(chunk_phrase_counts(prepared, PHRASE_SIZES), study)
        sizes.append((held_bytes(collocations), held_bytes(phrases)))
    assert sizes[1] == sizes[-1] and sizes[0][0] > 0
    assert len(collocations.bigrams) == len(phrases.counts[2]) == 6  # every chunk spilled
    assert collocations.table()["count"].min() >= 6  # every bigram seen in each of the six chunks


def test_item_ranges_cut_the_sorted_items_at_the_given_number_of_rates(tmp_path):
    import pandas as pd

    from analysis.streaming.export import _item_ranges
    from analysis.streaming.held import FrameSpill

    spill = FrameSpill(tmp_path, "rates.label")
    spill.add(pd.DataFrame({"item": ["b", "a", "b", "c"], "value": [1.0, 2.0, 3.0, 4.0]}))
    spill.add(pd.DataFrame({"item": ["d", "b", "a"], "value": [5.0, 6.0, 7.0]}))
    assert _item_ranges(spill, 3) == [["a"], ["b"], ["c", "d"]]  # b alone holds 3 rates
    assert _item_ranges(spill, 100) == [["a", "b", "c", "d"]]
    empty = FrameSpill(tmp_path, "rates.none")
    empty.add(pd.DataFrame({"item": pd.Series(dtype=object), "value": pd.Series(dtype=float)}))
    assert _item_ranges(empty, 3) == [[]]


def test_the_rates_group_a_few_items_at_a_time_writes_the_same_bytes(seed_study, tmp_path, monkeypatch):
    from analysis.streaming import export
    from analysis.streaming.finish import run_group
    from analysis.study import BatchPool

    articles = realistic_articles_for_rates(seed_study)
    streaming = export.StreamingExport(tmp_path / "out")
    with BatchPool(1) as pool:
        for part in export.chunk_parts(
            articles, 10, export.StudyInputs(codebooks=seed_study.codebooks), pool, streaming.vocabulary.stop
        ):
            streaming.add(part)

    def written() -> dict[str, bytes]:
        result = run_group(streaming, streaming._write_rates)
        return {name: b"".join(path.read_bytes() for path in paths) for name, paths in result.files.items()}

    whole = written()
    monkeypatch.setattr(export, "RATE_ROWS", 1)  # every item a range of its own
    assert len(export._item_ranges(streaming.held["rates.label"], 1)) > 3
    assert written() == whole and set(whole) == {"article_rates", "outlet_rates"}


def realistic_articles_for_rates(seed_study):
    """Return 30 synthetic articles of three outlets."""
    from analysis.bench import realistic_articles

    return realistic_articles(seed_study, 30, n_outlets=3, seed=5)


def test_each_forked_groups_peak_memory_is_reported(tmp_path):
    from analysis.streaming.finish import run_groups

    class Tables:
        writers: dict = {}

    def small() -> list:
        return []

    def large() -> list:
        np.ones(200_000_000 // 8)  # 200 MB touched
        return []

    forked = run_groups(Tables(), [small, large], processes=2)
    assert 150 < forked[1].peak_mb - forked[0].peak_mb < 250  # the same pages at the fork, and 200 MB
    assert [result.peak_mb for result in run_groups(Tables(), [small], processes=1)] == [None]
