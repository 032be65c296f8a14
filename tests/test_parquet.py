"""Parquet export: the CSV contract's columns and types, deterministic bytes, parts, and one reader for both."""

from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analysis import columnar
from analysis.export import export, verify_export
from analysis.tables import read_table


@pytest.fixture(scope="module")
def both(seed_study, tmp_path_factory):
    """The seed study exported once as CSV and once as Parquet."""
    root = tmp_path_factory.mktemp("formats")
    export(seed_study, root / "csv")
    export(seed_study, root / "parquet", fmt="parquet")
    return root / "csv", root / "parquet"


def _tables(folder) -> list[str]:
    return sorted(
        {
            entry["file"].split("/")[0].split(".")[0]
            for entry in json.loads((folder / "manifest.json").read_text())["tables"]
        }
    )


def test_both_formats_hold_the_same_tables_and_read_back_as_the_same_frames(both):
    csv_dir, parquet_dir = both
    assert _tables(csv_dir) == _tables(parquet_dir)
    assert {"articles", "term_tokens", "attributions", "keyness"} <= set(_tables(csv_dir))
    for name in _tables(csv_dir):
        pd.testing.assert_frame_equal(read_table(csv_dir, name), read_table(parquet_dir, name), obj=name)


def test_parquet_columns_have_the_contract_types(both):
    _, parquet_dir = both
    articles = pq.read_schema(parquet_dir / "articles.parquet")
    assert articles.field("publication_date").type == pa.date32()
    assert articles.field("start").type == pa.int64()
    assert articles.field("outlet").type == pa.string()
    quotes = pq.read_schema(parquet_dir / "quotes.parquet")
    assert quotes.field("closed").type == pa.bool_()
    keyness = pq.read_schema(parquet_dir / "keyness.parquet")
    assert pa.types.is_floating(keyness.field("log_ratio").type)
    # No pandas metadata (index, versions): the bytes depend on the table only.
    assert b"pandas" not in (articles.metadata or {})


def test_two_parquet_exports_are_byte_identical_and_verified(seed_study, both, tmp_path):
    _, first = both
    export(seed_study, tmp_path, fmt="parquet")
    for entry in json.loads((first / "manifest.json").read_text())["tables"]:
        assert (first / entry["file"]).read_bytes() == (tmp_path / entry["file"]).read_bytes(), entry["file"]
    assert verify_export(tmp_path) == []


def test_optional_integers_and_dates_are_null_not_a_marker(both):
    _, parquet_dir = both
    attributions = pq.read_table(parquet_dir / "attributions.parquet", columns=["speaker_start"])
    # Seed article 000 has attributions without a named speaker (agentless "it was reported").
    assert attributions.column("speaker_start").null_count > 0
    frame = read_table(parquet_dir, "attributions", columns=["speaker_start", "article_id"])
    assert list(frame.columns) == ["speaker_start", "article_id"]
    assert str(frame["speaker_start"].dtype) == "Int64"


def test_floats_are_stored_as_the_csv_writes_them_and_text_unguarded(tmp_path):
    frame = pd.DataFrame({"article_id": ["a", "b"], "stage": ["=1+1", "x"], "error": ["", "y"]})
    # failed_articles is declared with three string columns; the formula guard is for CSV only.
    columnar.write_parquet(frame, tmp_path, "failed_articles")
    stored = pq.read_table(tmp_path / "failed_articles.parquet").to_pydict()
    assert stored["stage"] == ["=1+1", "x"]
    floats = columnar.arrow_column(pd.Series([1 / 3, float("nan"), 2.0]), "float").to_pylist()
    assert floats == [0.333333333333, None, 2.0]


def test_a_large_table_becomes_a_folder_of_parts_that_reads_back_whole(seed_study, both, tmp_path, monkeypatch):
    csv_dir, _ = both
    monkeypatch.setattr(columnar, "PART_ROWS", 10)
    export(seed_study, tmp_path, fmt="parquet")
    segments = len(seed_study.segments)  # 58 in the seed corpus: more than one part of 10 rows
    parts = sorted(p.name for p in (tmp_path / "segments").iterdir())
    assert parts == [f"part-{i:05d}.parquet" for i in range(-(-segments // 10))]
    manifest = json.loads((tmp_path / "manifest.json").read_text())["tables"]
    assert sum(e["rows"] for e in manifest if e["file"].startswith("segments/")) == segments
    pd.testing.assert_frame_equal(read_table(tmp_path, "segments"), read_table(csv_dir, "segments"))
    (tmp_path / "segments" / "part-00001.parquet").write_bytes(b"changed")
    assert verify_export(tmp_path) == [
        f"{tmp_path / 'segments' / 'part-00001.parquet'}: missing or changed since the export wrote it"
    ]


def test_switching_format_removes_the_other_formats_tables(seed_study, tmp_path, monkeypatch):
    monkeypatch.setattr(columnar, "PART_ROWS", 10)
    export(seed_study, tmp_path, fmt="parquet")
    assert (tmp_path / "segments").is_dir()
    export(seed_study, tmp_path)
    assert not list(tmp_path.glob("*.parquet")) and not (tmp_path / "segments").exists()
    export(seed_study, tmp_path, fmt="parquet")
    assert not list(tmp_path.glob("*.csv"))
    assert verify_export(tmp_path) == []


def test_vectorised_rounding_is_the_csv_cells_number():
    import numpy as np

    # Expected by hand: 12 significant digits, exact binary ties to even.
    cases = {1 / 3: 0.333333333333, 2 / 3: 0.666666666667, 1e22: 1e22, 123456789012.5: 123456789012.0}
    cases |= {999999999999.5: 1e12, -2.5e-7: -2.5e-7, 0.1 + 0.2: 0.3, 72.27138643067846: 72.2713864307}
    got = columnar.round_significant(np.array(list(cases)))
    assert got.tolist() == list(cases.values())
    rng = np.random.default_rng(5)
    values = rng.normal(size=20_000) * 10.0 ** rng.integers(-30, 30, 20_000)
    ties = np.array([float(f"1.23456789012{d}5e{e}") for d in range(10) for e in range(-25, 25)])
    for sample in (values, ties):
        assert (columnar.round_significant(sample) == np.array([float(f"{v:.12g}") for v in sample])).all()
