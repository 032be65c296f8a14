"""The streaming Parquet export (chunks of articles) writes the in-memory export's tables: the same files,
rows, order and types, for one worker, two, and a two-worker Dask cluster."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.bench import realistic_articles
from analysis.cli import main
from analysis.export import export, read_manifest, verify_export
from analysis.streaming.export import StudyInputs, chunks, export_articles, export_streaming, streams
from analysis.study import build_study, load_study
from analysis.tables import read_table

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
BYO = Path(__file__).resolve().parent / "data" / "byo_corpus"


def _table_names(out: Path) -> list[str]:
    """Return the tables of an export, in its manifest's order."""
    files = [entry["file"] for entry in read_manifest(out)["tables"]]
    return list(dict.fromkeys(file.split("/")[0].removesuffix(".parquet") for file in files))


def assert_same_export(expected: Path, streamed: Path) -> None:
    """Assert both exports list the same files in the same order and every table reads back the same frame."""
    assert verify_export(streamed) == []
    files = [entry["file"] for entry in read_manifest(expected)["tables"]]
    assert [entry["file"] for entry in read_manifest(streamed)["tables"]] == files
    for name in _table_names(expected):
        frame = read_table(streamed, name)
        pd.testing.assert_frame_equal(frame, read_table(expected, name), check_exact=True, obj=name)


def test_chunks_cut_the_corpus_in_article_order():
    articles = pd.DataFrame({"article_id": ["c", "a", "e", "b", "d"], "raw": list("CAEBD")})
    assert [list(chunk["article_id"]) for chunk in chunks(articles, 2)] == [["a", "b"], ["c", "d"], ["e"]]


def test_streaming_the_committed_corpus_article_by_article_equals_the_in_memory_export(tmp_path):
    export(load_study(CORPUS), tmp_path / "memory", "parquet")
    export_streaming(CORPUS, tmp_path / "streamed", chunk_size=1)
    assert_same_export(tmp_path / "memory", tmp_path / "streamed")
    # The per-article parts and the merged tables are the in-memory bytes here (no text column is cut differently).
    assert read_manifest(tmp_path / "streamed") == read_manifest(tmp_path / "memory")
    assert len(read_table(tmp_path / "streamed", "keyness")) > 1000


def test_streaming_a_bring_your_own_corpus_in_three_chunks_equals_the_in_memory_export(tmp_path):
    export(load_study(BYO), tmp_path / "memory", "parquet")
    export_streaming(BYO, tmp_path / "streamed", chunk_size=2)  # 6 articles: 3 chunks
    assert_same_export(tmp_path / "memory", tmp_path / "streamed")
    assert len(read_table(tmp_path / "streamed", "attributions")) > 0


@pytest.fixture(scope="module")
def synthetic(seed_study) -> pd.DataFrame:
    return realistic_articles(seed_study, 90, n_outlets=4, seed=5)


@pytest.fixture(scope="module")
def in_memory(synthetic, seed_study, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("memory")
    export(build_study(synthetic, workers=1, codebooks=seed_study.codebooks), out, "parquet")
    return out


@pytest.mark.parametrize("workers", [1, 2])
def test_streaming_synthetic_articles_in_three_chunks_equals_the_in_memory_export(
    synthetic, seed_study, in_memory, tmp_path, workers
):
    inputs = StudyInputs(codebooks=seed_study.codebooks)
    export_articles(synthetic, tmp_path, chunk_size=30, run=(workers, "processes", None), inputs=inputs)
    assert_same_export(in_memory, tmp_path)
    # Corpus tables: reuse across chunks is found, keyness compares all four outlets.
    assert read_table(tmp_path, "reuse")["other_article_id"].nunique() > 30
    keyness = read_table(tmp_path, "keyness", columns=["target", "target_dp"])
    assert keyness["target"].nunique() == 4 and keyness["target_dp"].between(0, 1).sum() > 1000


def test_streaming_on_a_two_worker_dask_cluster_equals_the_in_memory_export(synthetic, seed_study, in_memory, tmp_path):
    pytest.importorskip("distributed")
    inputs = StudyInputs(codebooks=seed_study.codebooks)
    export_articles(synthetic, tmp_path, chunk_size=30, run=(2, "dask", None), inputs=inputs)
    assert_same_export(in_memory, tmp_path)


def test_export_command_streams_parquet_above_the_threshold_or_with_a_chunk_size(tmp_path, capsys):
    assert streams("parquet", CORPUS, 1) and not streams("parquet", CORPUS, None)
    assert not streams("parquet", CORPUS, 0) and not streams("csv", CORPUS, 1)
    command = ["export", "--corpus", str(BYO), "--format", "parquet", "--out"]
    assert main([*command, str(tmp_path / "s"), "--chunk-size", "4"]) == 0
    assert main([*command, str(tmp_path / "m")]) == 0
    assert_same_export(tmp_path / "m", tmp_path / "s")


@pytest.mark.parametrize("rows", [0, 7, 10, 25])
def test_part_writer_writes_the_files_and_bytes_of_write_parquet(tmp_path, monkeypatch, rows):
    from analysis import columnar
    from analysis.streaming import parts

    # Parts of 10 rows in row groups of 4, so 25 rows added 3 at a time cross both boundaries.
    for module in (columnar, parts):
        monkeypatch.setattr(module, "PART_ROWS", 10)
        monkeypatch.setattr(module, "ROW_GROUP_ROWS", 4)
    frame = pd.DataFrame(
        {"article_id": [f"a{i:03d}" for i in range(rows)], "outlet": "X", "stage": "reuse", "error": "E"}
    )
    expected = columnar.write_parquet(frame, tmp_path / "whole", "failed_articles")
    writer = parts.PartWriter(tmp_path / "parts", "failed_articles")
    for first in range(0, max(rows, 1), 3):
        writer.add(frame.iloc[first : first + 3])
    written = writer.close()
    assert [p.relative_to(tmp_path / "parts") for p in written] == [p.relative_to(tmp_path / "whole") for p in expected]
    assert [writer.rows[p] for p in written] == [len(pd.read_parquet(p)) for p in expected]
    assert [p.read_bytes() for p in written] == [p.read_bytes() for p in expected]


def test_merged_counts_add_the_sums_and_keep_the_earliest_chunks_first_occurrence():
    import numpy as np

    from analysis.streaming.collocations import MergedCounts

    merged = MergedCounts()
    merged.add(np.array([5, 9]), {"count": np.array([1, 2])}, {"start": np.array([50, 90])})
    merged.add(np.array([2, 9]), {"count": np.array([4, 3])}, {"start": np.array([20, 7])})
    assert merged.keys.tolist() == [2, 5, 9]
    assert merged.sums["count"].tolist() == [4, 1, 5]
    assert merged.firsts["start"].tolist() == [20, 50, 90]  # key 9: the first chunk's occurrence, not 7
    assert merged.lookup("count", np.array([9, 2])).tolist() == [5, 4]


def test_collocations_merged_from_chunks_of_five_articles_equal_the_whole_corpus_table(seed_study):
    from analysis.streaming.collocations import CollocationAggregate, chunk_collocation_counts
    from analysis.study import subset_study
    from analysis.vocabulary.ngrams import _collocations
    from analysis.vocabulary.terms import _prepare, load_stopwords

    articles = realistic_articles(seed_study, 30, n_outlets=2, seed=7)
    study, stop = build_study(articles, workers=1, codebooks=seed_study.codebooks), load_stopwords()
    aggregate = CollocationAggregate()
    for chunk in chunks(articles, 5):
        aggregate.add(chunk_collocation_counts(_prepare(subset_study(study, set(chunk["article_id"])), stop)))
    merged, whole = aggregate.table(), _collocations(_prepare(study, stop))
    pd.testing.assert_frame_equal(merged, whole, check_exact=True, check_dtype=False)
    assert (merged["articles"] > 5).sum() > 10  # bigrams counted over several chunks
