"""Parallel engines give exactly the single-process result; the synthetic corpus is deterministic."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import sourcing
from analysis.bench import realistic_articles, synthetic_articles
from analysis.study import build_study
from analysis.voices import three_voices


@pytest.fixture(scope="module")
def synthetic(seed_study) -> pd.DataFrame:
    return synthetic_articles(seed_study, 24, n_outlets=3, seed=7)


def _assert_same_study(left, right):
    for name in ("articles", "segments", "sentences", "tokens", "quotes", "attributions", "failures"):
        pd.testing.assert_frame_equal(getattr(left, name), getattr(right, name), obj=name)


def test_attributions_and_voices_of_the_per_article_pass_equal_a_second_pass_over_the_study(synthetic):
    # Batches of 5 articles: the per-batch rows are joined and sorted as one extraction over the corpus.
    study = build_study(synthetic, workers=5)
    assert len(study.attributions) > 24  # the seed sentences carry several attributions per article
    pd.testing.assert_frame_equal(study.attributions, sourcing.attributions(study, workers=1))
    again = three_voices(study.tokens, sourcing.attributions(study, workers=1))
    assert (study.tokens["voice"].to_numpy() == again).all()
    assert set(study.tokens["voice"]) == {"narration", "paraphrase", "quotation"}


def test_an_article_the_attribution_rules_fail_on_is_recorded_and_the_batch_kept(synthetic, monkeypatch):
    from analysis.sourcing import batching

    original = batching._attribution_batch

    def breaks_on_third(batch):
        if any(article_id == "synthetic_000003" for article_id, *_ in batch):
            raise ValueError("bad page")
        return original(batch)

    monkeypatch.setattr(batching, "_attribution_batch", breaks_on_third)
    study = build_study(synthetic.head(6), workers=1)
    assert study.failures.values.tolist() == [["synthetic_000003", "sourcing", "ValueError: bad page"]]
    assert set(study.attributions["article_id"]) == {f"synthetic_00000{i}" for i in (0, 1, 2, 4, 5)}
    third = study.tokens[study.tokens["article_id"] == "synthetic_000003"]
    assert "paraphrase" not in set(third["voice"]) and len(third)


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


def _vocabulary(pages: pd.DataFrame) -> int:
    return len({word.lower() for raw in pages["raw"] for word in re.findall(r"[A-Za-z]+", raw)})


def test_realistic_corpus_vocabulary_grows_as_heaps_law_and_the_recombined_one_does_not(seed_study):
    small, large = realistic_articles(seed_study, 200, seed=1), realistic_articles(seed_study, 800, seed=1)
    assert small.equals(realistic_articles(seed_study, 200, seed=1))
    # Heaps' law V = K n^beta, beta about 0.4-0.7 for English news: four times the text, 1.7 to 2.6 times
    # the vocabulary; the generous bounds (beta 0.3 to 0.9) still rule out a fixed or a linear vocabulary.
    growth = _vocabulary(large) / _vocabulary(small)
    assert 4**0.3 < growth < 4**0.9
    recombined = _vocabulary(synthetic_articles(seed_study, 800, seed=1)) / _vocabulary(
        synthetic_articles(seed_study, 200, seed=1)
    )
    assert recombined < 1.1


def test_realistic_corpus_reprints_about_one_article_in_ten(seed_study):
    pages = realistic_articles(seed_study, 400, seed=2)
    paragraphs = [raw.split("\n\n")[2:4] for raw in pages["raw"]]
    reprinted = sum(paragraphs[i] == paragraphs[i - 1] for i in range(1, len(paragraphs)))
    # reprint = 0.1 of 399 articles: 40 expected, standard deviation 6.
    assert 20 <= reprinted <= 60


def test_framing_batches_on_forked_workers_give_the_tables_of_one_process(synthetic, monkeypatch):
    from analysis import framing
    from analysis.framing import batching

    study = build_study(synthetic)
    whole = framing.tables(study)  # 24 short articles: one batch, in this process
    monkeypatch.setattr(batching, "BATCH_TOKENS", 3_000)
    assert len(batching.article_batches(study)) > 4
    pooled = framing.tables(study)  # several batches on a pool of forked processes, joined in order
    monkeypatch.setattr(batching.os, "cpu_count", lambda: 1)
    one_by_one = framing.tables(study)  # the same batches in this process
    assert list(pooled) == list(whole)
    for name in whole:
        pd.testing.assert_frame_equal(pooled[name], whole[name], obj=name)
        pd.testing.assert_frame_equal(one_by_one[name], whole[name], obj=name)


def _hold_memory(megabytes: int, seconds: float) -> None:
    import time

    block = bytearray(megabytes * 1_000_000)  # zero-filled: resident once touched
    block[::4096] = b"x" * len(block[::4096])
    time.sleep(seconds)


def test_resource_monitor_sees_a_worker_process_and_its_cpu_time():
    import multiprocessing

    from analysis.bench_monitor import ResourceMonitor

    with ResourceMonitor() as monitor:
        worker = multiprocessing.get_context("fork").Process(target=_hold_memory, args=(300, 1.5))
        worker.start()
        worker.join()
    figures = monitor.figures()
    # The worker held 300 MB for 1.5 s, sampled every 0.2 s: its peak is seen (the parent's is not counted).
    assert figures["worker_peaks_mb"] and figures["worker_peaks_mb"][0] >= 250
    assert figures["peak_total_mb"] >= figures["worker_peaks_mb"][0]
    assert figures["wall_seconds"] >= 1.5 and figures["cpu_seconds"] > 0
