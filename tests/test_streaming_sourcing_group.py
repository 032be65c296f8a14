"""The streaming export's sourcing group (analysis/streaming/export.py) makes its tables a spilled chunk at a
time and across articles from the columns they read only: the in-memory tables, byte for byte, when the
accusations, quotations and their variants fall in other chunks; and the reuse group reads each chunk's
frames, not the corpus's."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from analysis.export import export
from analysis.sourcing.quote_variants import QUOTE_COLUMNS
from analysis.sourcing.summaries import SUMMARY_COLUMNS, summary_tables
from analysis.streaming import held
from analysis.streaming.export import StudyInputs, export_articles
from analysis.study import build_study
from analysis.tables import read_table
from conftest import SEED_CODEBOOKS, make_articles

SOURCING_TABLES = (
    "attributions", "sources", "quote_variants", "sourcing_outlets", "sourcing_affiliations", "sourcing_sides",
    "sourcing_cues", "accused_parties",
)  # fmt: skip
PLEDGE = "We will rebuild every school in the city before the winter comes"
# A pledge quoted whole, changed and cut in four articles (every pair in other chunks of 1, 2 and 3 articles),
# accusations after a cue and in an agentless passive, replies in the same article or not.
TEXTS = {
    "a1": (
        f'Outlet A\n\nThe minister accused Russia of shelling the port. "{PLEDGE}," the mayor said on Monday. '
        "A Russian spokesman, Dmitry Peskov, said the claims were false.\n"
    ),
    "b1": f'Outlet B\n\nOfficials said the mayor promised: "{PLEDGE.replace("the winter", "winter")}."\n',
    "c1": "Outlet C\n\nA farmer grew a record pumpkin, organisers of the county show said on Sunday.\n",
    "d1": (
        f'Outlet A\n\n"{PLEDGE[:40]}," the mayor told reporters. Ukraine has long been accused of delays by '
        "Moscow, officials said.\n"
    ),
    "e1": f'Outlet C\n\nThe mayor repeated: "{PLEDGE}." The governor accused Moscow of lying, the agency said.\n',
}
OUTLETS = {"a1": "Outlet A", "b1": "Outlet B", "c1": "Outlet C", "d1": "Outlet A", "e1": "Outlet C"}


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return make_articles(TEXTS, OUTLETS)


@pytest.fixture(scope="module")
def in_memory(articles, tmp_path_factory):
    out = tmp_path_factory.mktemp("memory")
    export(build_study(articles, codebooks=SEED_CODEBOOKS), out, "parquet")
    return out


@pytest.mark.parametrize("chunk_size", [1, 2, 3])
def test_the_sourcing_tables_made_chunk_by_chunk_are_the_in_memory_bytes(articles, in_memory, tmp_path, chunk_size):
    export_articles(articles, tmp_path, chunk_size=chunk_size, inputs=StudyInputs(codebooks=SEED_CODEBOOKS))
    for name in SOURCING_TABLES:
        assert (tmp_path / f"{name}.parquet").read_bytes() == (in_memory / f"{name}.parquet").read_bytes(), name
    variants = read_table(tmp_path, "quote_variants")
    # One family of the pledge across three articles (d1 cuts it): rows of articles in other chunks.
    family = variants[variants["text"].str.startswith("We will rebuild")]
    assert family["family"].nunique() == 1 and set(family["article_id"]) == {"a1", "b1", "d1", "e1"}
    assert set(family["relation"]) >= {"first", "variant", "identical"}
    accused = read_table(tmp_path, "accused_parties")
    assert {"a1", "e1"} <= set(accused["article_id"])
    assert accused.loc[accused["article_id"] == "a1", "accused"].tolist() == ["Russia"]


def test_the_per_outlet_tables_read_only_the_summary_columns(seed_study):
    attr = seed_study.attributions
    outlets = list(seed_study.outlet_of().values())
    whole = summary_tables(attr, outlets, seed_study.codebooks)
    lean = summary_tables(attr[SUMMARY_COLUMNS], outlets, seed_study.codebooks)
    assert list(whole) == ["sources", "sourcing_outlets", "sourcing_affiliations", "sourcing_sides", "sourcing_cues"]
    for name, frame in whole.items():
        pd.testing.assert_frame_equal(lean[name], frame, check_exact=True, obj=name)
    assert len(whole["sources"]) > 10
    # The bulk of a row is left out: the content and the speaker's text.
    assert "content" not in SUMMARY_COLUMNS and "speaker_text" not in SUMMARY_COLUMNS


def test_no_final_group_reads_every_chunk_s_whole_frames(articles, in_memory, tmp_path, monkeypatch):
    """The sourcing and reuse groups read a chunk's whole frames one at a time; read across every chunk, only
    the summary columns of the attributions, the quotations' columns of quote_variants and the articles."""
    read_whole = []
    frames = held.FrameSpill.frames

    def recorded(spill, **read):
        read_whole.append((spill.name, tuple(read.get("columns") or ())))
        return frames(spill, **read)

    monkeypatch.setattr(held.FrameSpill, "frames", recorded)
    export_articles(articles, tmp_path, chunk_size=2, inputs=StudyInputs(codebooks=SEED_CODEBOOKS))
    allowed = {("articles", ()), ("attributions", tuple(SUMMARY_COLUMNS)), ("quotes", tuple(QUOTE_COLUMNS))}
    read = {entry for entry in read_whole if not entry[0].startswith("rates.")}
    assert read and read <= allowed, read - allowed
    assert ("attributions", ()) not in read and ("accusing_tokens", ()) not in read
    for name in ("attributions", "accused_parties", "reuse_articles", "reuse_origin"):
        assert (tmp_path / f"{name}.parquet").read_bytes() == (in_memory / f"{name}.parquet").read_bytes(), name


def test_an_article_failing_one_chunk_s_sourcing_is_left_out_of_every_sourcing_table(articles, tmp_path, monkeypatch):
    tables = sourcing.tables

    def failing(study):
        if "e1" in study.raw:
            raise ValueError("a page the sourcing rules cannot read")
        return tables(study)

    monkeypatch.setattr(sourcing, "tables", failing)
    export_articles(articles, tmp_path, chunk_size=2, inputs=StudyInputs(codebooks=SEED_CODEBOOKS))
    failed = read_table(tmp_path, "failed_articles")
    assert failed[["article_id", "stage"]].values.tolist() == [["e1", "sourcing"]]
    for name in ("attributions", "accused_parties", "quote_variants"):
        frame = read_table(tmp_path, name)
        assert "e1" not in set(frame["article_id"]) and len(frame), name
    assert "a1" in set(read_table(tmp_path, "accused_parties")["article_id"])
