"""The streaming export's pipeline: chunk k+1 runs in the workers while the client merges chunk k, batches come
back in article order, and a worker's batch (:func:`measure_part`) holds the rows a whole chunk gives its articles."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import framing
from analysis.bench import realistic_articles
from analysis.columnar import arrow_table
from analysis.export import isolated_run
from analysis.framing.article_rates import outlet_rates
from analysis.framing.assembly import article_tables
from analysis.streaming.export import StudyInputs, chunk_parts, measure_part
from analysis.study import BatchPool, build_study, subset_study
from analysis.vocabulary.terms import load_stopwords


class RecordingPool:
    """A pool of two workers that runs nothing: it records each submission and each wait, in order."""

    workers = 2

    def __init__(self) -> None:
        self.events: list[tuple[str, tuple[str, ...]]] = []

    def submit(self, work, articles, inputs, stop):
        ids = tuple(articles["article_id"])
        self.events.append(("submit", ids))
        pool = self

        class Future:
            def result(self):
                pool.events.append(("wait", ids))
                return ids

        return Future()


def test_chunk_parts_submit_the_next_chunk_before_the_client_merges_the_last_and_keep_article_order():
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in (5, 1, 4, 2, 6, 3, 7)], "raw": "x"})
    pool = RecordingPool()
    parts = list(chunk_parts(articles, 3, StudyInputs(), pool, frozenset()))
    # Chunks of 3 (a1-a3, a4-a6, a7), each cut into batches for the two workers.
    assert parts == [("a1", "a2"), ("a3",), ("a4", "a5"), ("a6",), ("a7",)]
    assert pool.events == [
        ("submit", ("a1", "a2")), ("submit", ("a3",)),
        ("submit", ("a4", "a5")), ("submit", ("a6",)),  # chunk 1 runs while chunk 0 is merged
        ("wait", ("a1", "a2")), ("wait", ("a3",)),
        ("submit", ("a7",)),
        ("wait", ("a4", "a5")), ("wait", ("a6",)),
        ("wait", ("a7",)),
    ]  # fmt: skip


def test_the_one_worker_pool_runs_a_batch_only_when_its_result_is_asked_for():
    ran = []
    with BatchPool(1) as pool:
        future = pool.submit(ran.append, "batch")
        assert ran == []
        future.result()
    assert ran == ["batch"]


def test_a_two_process_pool_returns_each_batch_s_own_result():
    with BatchPool(2) as pool:
        futures = [pool.submit(pow, n, 2) for n in range(6)]
        assert [f.result() for f in futures] == [0, 1, 4, 9, 16, 25]


@pytest.fixture(scope="module")
def synthetic(seed_study) -> pd.DataFrame:
    return realistic_articles(seed_study, 12, n_outlets=3, seed=11)


def test_a_worker_s_batch_holds_the_rows_the_whole_corpus_gives_its_articles(synthetic, seed_study):
    whole = build_study(synthetic, codebooks=seed_study.codebooks)
    batch = synthetic.sort_values("article_id").iloc[4:8].reset_index(drop=True)
    ids = set(batch["article_id"])
    part = measure_part(batch, StudyInputs(codebooks=seed_study.codebooks), load_stopwords())
    expected, _ = isolated_run(article_tables, subset_study(whole, ids), "framing")
    pd.testing.assert_frame_equal(part.rates, expected.pop("article_rates"))
    assert len(expected["mentions"]) > 0
    for name, frame in expected.items():  # the framing tables, converted to Arrow in the worker
        assert part.tables[name].equals(arrow_table(frame, name)), name
    assert set(part.tables["term_tokens"]["article_id"].to_pylist()) == ids
    counts = part.counts[0]
    assert sorted(counts.articles) == sorted(ids) and counts.count.sum() > 1000
    pd.testing.assert_frame_equal(part.study.tokens, subset_study(whole, ids).tokens)


def test_the_framing_tables_are_the_article_tables_and_the_outlet_rates_of_their_article_rates(synthetic, seed_study):
    study = build_study(synthetic, codebooks=seed_study.codebooks)
    whole, articles = framing.tables(study), article_tables(study)
    assert list(whole) == [*articles, "outlet_rates"]
    pd.testing.assert_frame_equal(whole["article_rates"], articles["article_rates"])
    pd.testing.assert_frame_equal(whole["outlet_rates"], outlet_rates(articles["article_rates"]))
    assert len(whole["outlet_rates"]) > 0
