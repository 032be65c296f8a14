"""The streaming export's final stage runs its table groups in forked processes, two at a time: the same
files and bytes as one after another, whatever order they end in; a failing group fails as it would alone."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import sourcing
from analysis.bench import realistic_articles
from analysis.streaming.export import StreamingExport, StudyInputs, chunk_parts
from analysis.streaming.finish import run_groups
from analysis.streaming.parts import PartWriter
from analysis.study import BatchPool
from analysis.tables import read_table

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the final stage runs serially without fork")


class Tables:
    """A minimal export for :func:`run_groups`: table writers into ``folder``."""

    def __init__(self, folder: Path) -> None:
        self.folder, self.writers = folder, {}

    def write(self, name: str, frame: pd.DataFrame) -> None:
        self.writers.setdefault(name, PartWriter(self.folder, name)).add(frame)


def _group(tables: Tables, name: str, rows: int, seconds: float, log: Path | None = None):
    """Return a group that waits ``seconds``, writes ``rows`` rows of table ``name`` and logs its span."""

    def group() -> list[pd.DataFrame]:
        start = time.monotonic()
        time.sleep(seconds)
        tables.write(name, pd.DataFrame({"term": [f"t{k}" for k in range(rows)]}))
        if log is not None:
            with open(log, "a") as stream:
                stream.write(f"{start} {time.monotonic()}\n")
        return [pd.DataFrame({"article_id": [name]})]

    return group


def test_results_come_in_the_groups_order_whatever_order_they_end_in(tmp_path):
    tables = Tables(tmp_path)
    groups = [_group(tables, "terms", 3, 0.6), _group(tables, "keyness", 5, 0.0), _group(tables, "sources", 0, 0.1)]
    results = run_groups(tables, groups, processes=2)
    assert [list(result.files) for result in results] == [["terms"], ["keyness"], ["sources"]]
    assert [result.failures[0]["article_id"].tolist() for result in results] == [["terms"], ["keyness"], ["sources"]]
    assert [list(result.rows.values()) for result in results] == [[3], [5], [0]]
    assert read_table(tmp_path, "terms")["term"].tolist() == ["t0", "t1", "t2"]
    assert tables.writers == {}  # the children wrote: the client's writers are untouched


def test_at_most_the_given_number_of_groups_run_at_once(tmp_path):
    tables, log = Tables(tmp_path), tmp_path / "spans.txt"
    names = ["terms", "keyness", "sources", "reuse", "collocations"]
    run_groups(tables, [_group(tables, name, 1, 0.3, log) for name in names], processes=2)
    spans = [tuple(map(float, line.split())) for line in log.read_text().splitlines()]
    assert len(spans) == 5
    most = max(sum(start <= moment < end for start, end in spans) for moment, _ in spans)
    assert most == 2


def test_the_first_failing_group_in_the_given_order_is_raised_after_the_others_end(tmp_path):
    tables = Tables(tmp_path)

    def slow_failure() -> list[pd.DataFrame]:
        time.sleep(0.5)
        raise ValueError("first group")

    def quick_failure() -> list[pd.DataFrame]:
        raise KeyError("second group")

    with pytest.raises(ValueError, match="first group") as raised:
        run_groups(tables, [slow_failure, quick_failure, _group(tables, "terms", 2, 0.0)], processes=2)
    assert any("raised in a final-stage process" in note for note in raised.value.__notes__)
    assert read_table(tmp_path, "terms")["term"].tolist() == ["t0", "t1"]  # the third group still ran


def test_a_group_whose_process_dies_is_reported_with_its_exit_code(tmp_path):
    with pytest.raises(RuntimeError, match="exit code 3"):
        run_groups(Tables(tmp_path), [lambda: os._exit(3)], processes=2)


@pytest.fixture(scope="module")
def synthetic(seed_study) -> pd.DataFrame:
    return realistic_articles(seed_study, 60, n_outlets=3, seed=7)


def _finished(articles: pd.DataFrame, seed_study, out: Path, processes: int) -> dict[str, bytes]:
    """Return the bytes of every file the streaming export's final stage wrote (chunks of 20 articles)."""
    streaming = StreamingExport(out)
    inputs = StudyInputs(codebooks=seed_study.codebooks)
    with BatchPool(1) as pool:
        for part in chunk_parts(articles, 20, inputs, pool, streaming.vocabulary.stop):
            streaming.add(part)
    written, rows = streaming.finish(processes)
    assert set(rows) == set(written)
    return {str(path.relative_to(out)): path.read_bytes() for path in written}


def test_the_final_stage_in_two_processes_writes_the_serial_files_and_bytes(synthetic, seed_study, tmp_path):
    serial = _finished(synthetic, seed_study, tmp_path / "serial", 1)
    parallel = _finished(synthetic, seed_study, tmp_path / "parallel", 2)
    assert list(parallel) == list(serial)  # the same files in table order
    assert parallel == serial
    assert {"keyness.parquet", "reuse.parquet", "quote_variants.parquet", "outlet_rates.parquet"} <= set(serial)


def test_an_article_failing_the_sourcing_tables_is_reported_as_serially(synthetic, seed_study, tmp_path, monkeypatch):
    bad = sorted(synthetic["article_id"])[25]
    tables = sourcing.tables

    def failing(study):
        if bad in study.raw:
            raise ValueError("a page the sourcing rules cannot read")
        return tables(study)

    monkeypatch.setattr(sourcing, "tables", failing)
    serial = _finished(synthetic, seed_study, tmp_path / "serial", 1)
    parallel = _finished(synthetic, seed_study, tmp_path / "parallel", 2)
    assert parallel == serial
    frame = pd.read_parquet(tmp_path / "parallel" / "failed_articles.parquet")
    assert frame[["article_id", "stage"]].values.tolist() == [[bad, "sourcing"]]
    attributions = pd.read_parquet(tmp_path / "parallel" / "attributions.parquet")
    assert bad not in set(attributions["article_id"]) and attributions["article_id"].nunique() > 30
