"""The streamed reuse tables (analysis/streaming/reuse.py) equal the in-memory ones when reprints cross chunks."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.export import PARTIAL_DIR, export
from analysis.reuse.candidates import distinct_entries, shared_shingle_counts
from analysis.reuse.words import word_ids
from analysis.streaming import reuse as streamed_reuse
from analysis.streaming.export import StudyInputs, export_articles
from analysis.study import build_study
from analysis.tables import read_table
from conftest import SEED_CODEBOOKS, make_articles

REUSE_TABLES = ("reuse", "reuse_articles", "reuse_differences", "reuse_origin")
# A wire paragraph (with a quotation and an attribution) reprinted verbatim, with a changed label, and
# cut; a second story shared by two outlets; articles named so that, in article_id order, every reprint
# is in another chunk than its wire copy for chunks of 1, 2 and 3 articles.
WIRE = (
    "Syrian government forces shelled villages south of Idlib on Tuesday, killing seven civilians, "
    'according to monitors. The Syrian Observatory for Human Rights said "the strikes hit a market and '
    'a school" in Khan Sheikhoun, and that rescue teams were still searching collapsed buildings.'
)
RELABELLED = WIRE.replace("government forces", "regime forces").replace("seven", "eight")
STRIKE = (
    "Port workers voted to extend their strike for another fortnight after talks with the shipping "
    "companies collapsed on Friday evening without any agreement on wages or overtime rules."
)
TEXTS = {
    "a1": f"Wire service\n\n{WIRE}\n\nMore follows later from our correspondents.\n",
    "b1": f"Outlet C\n\n{STRIKE}\n\nUnion leaders promised daily pickets outside every terminal gate.\n",
    "c1": "Outlet E\n\nA farmer grew a record pumpkin heavier than a small car, organisers of the county show said.\n",
    "d1": f"Outlet A\n\nFighting continued all week. {WIRE}\n\nNo government official answered questions.\n",
    "e1": f"Outlet D\n\nDock traffic halted again. {STRIKE}\n",
    "f1": f"Outlet B\n\nResidents fled northwards overnight carrying only blankets. {RELABELLED}\n",
    "g1": f"Outlet C\n\nAid agencies appealed for access. {WIRE[: len(WIRE) // 2]}\n",
}
OUTLETS = {"a1": "Wire", "b1": "Outlet C", "c1": "Outlet E", "d1": "Outlet A", "e1": "Outlet D", "f1": "Outlet B"}
OUTLETS["g1"] = "Outlet C"
DATES = {"a1": "2024-01-01", "b1": "2024-01-03", "c1": "2024-01-02", "d1": "2024-01-02", "e1": ""}
DATES.update(f1="2024-01-02", g1="2024-01-05")


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    frame = make_articles(TEXTS, OUTLETS)
    frame["publication_date"] = frame["article_id"].map(DATES)
    return frame


@pytest.fixture(scope="module")
def in_memory(articles, tmp_path_factory):
    out = tmp_path_factory.mktemp("memory")
    export(build_study(articles, codebooks=SEED_CODEBOOKS), out, "parquet")
    return out


def _assert_same_reuse(expected, streamed) -> None:
    for name in REUSE_TABLES:
        frame = read_table(streamed, name)
        pd.testing.assert_frame_equal(frame, read_table(expected, name), check_exact=True, obj=name)
        # The same Parquet bytes, not only the same frame.
        assert (streamed / f"{name}.parquet").read_bytes() == (expected / f"{name}.parquet").read_bytes(), name


@pytest.mark.parametrize("chunk_size", [1, 2, 3])
def test_reprints_in_other_chunks_give_the_in_memory_reuse_tables(articles, in_memory, tmp_path, chunk_size):
    export_articles(articles, tmp_path, chunk_size=chunk_size, inputs=StudyInputs(codebooks=SEED_CODEBOOKS))
    _assert_same_reuse(in_memory, tmp_path)
    found = read_table(tmp_path, "reuse")
    # The wire copy a1 is found in d1, f1 and g1, b1 in e1: each pair in two chunks.
    pairs = set(zip(found["article_id"], found["other_article_id"], strict=True))
    wanted = {("d1", "a1"), ("f1", "a1"), ("g1", "a1"), ("e1", "b1")}
    assert wanted <= pairs
    position = {article_id: k for k, article_id in enumerate(sorted(TEXTS))}
    assert all(position[a] // chunk_size != position[b] // chunk_size for a, b in wanted)
    assert set(read_table(tmp_path, "reuse_differences")["article_id"]) >= {"f1"}
    derived = read_table(tmp_path, "reuse_articles").set_index("article_id")
    assert derived.loc["d1", "earlier_words"] == len(WIRE.split()) and derived.loc["d1", "earlier_quoted_words"] > 0
    origin = read_table(tmp_path, "reuse_origin")
    reused = origin[(origin["origin"] == "reused") & (origin["voice"] == "all")].set_index(["outlet", "item"])
    assert reused.loc[("Outlet A", "words"), "count"] == len(WIRE.split())
    # f1 changed "government" and "seven": those words are its own, the rest of the wire copy is reused.
    assert reused.loc[("Outlet B", "words"), "count"] == len(WIRE.split()) - 2


def test_alignment_in_batches_of_one_pair_gives_the_same_tables(articles, in_memory, tmp_path, monkeypatch):
    monkeypatch.setattr(streamed_reuse, "ALIGN_WORDS", 1)  # every candidate pair aligned in its own batch
    export_articles(articles, tmp_path, chunk_size=2, inputs=StudyInputs(codebooks=SEED_CODEBOOKS))
    _assert_same_reuse(in_memory, tmp_path)
    assert not (tmp_path / PARTIAL_DIR).exists() and not any(tmp_path.glob("**/.reuse"))


@pytest.mark.parametrize("parts", [1, 3])
def test_pair_counts_added_up_in_other_numbers_of_parts_give_the_same_tables(
    articles, in_memory, tmp_path, monkeypatch, parts
):
    monkeypatch.setattr(streamed_reuse, "PAIR_PARTS", parts)  # the pair counts spilled to 1 or 3 key ranges
    export_articles(articles, tmp_path, chunk_size=2, inputs=StudyInputs(codebooks=SEED_CODEBOOKS))
    _assert_same_reuse(in_memory, tmp_path)


def test_word_ids_are_the_same_whatever_the_other_words():
    corpus = word_ids(pd.Series(["syrian", "forces", "shelled", "syrian", "idlib"]))
    alone = word_ids(pd.Series(["idlib", "syrian"]))
    assert corpus.dtype == np.int64
    assert corpus[0] == corpus[3] == alone[1] and corpus[4] == alone[0]
    assert len(set(corpus.tolist())) == 4


def test_shared_shingle_counts_of_disjoint_sets_of_hashes_add_up_to_the_whole_corpus_counts():
    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 600, size=3_000).astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    article = rng.integers(0, 60, size=3_000)
    outlets = rng.integers(0, 4, size=60)
    keys, counts = shared_shingle_counts(hashes, article, 60, outlets, max_articles=30)
    assert counts.max() >= 5 and (counts >= 1).all()
    total: dict[int, int] = {}
    for part in range(4):
        mine = (hashes >> np.uint64(62)) == part
        for key, count in zip(*shared_shingle_counts(hashes[mine], article[mine], 60, outlets, 30), strict=True):
            total[int(key)] = total.get(int(key), 0) + int(count)
    assert total == dict(zip(keys.tolist(), counts.tolist(), strict=True))
    # Pairs of one outlet are never counted; each entry counts once per article.
    assert (outlets[keys // 60] != outlets[keys % 60]).all()
    assert len(distinct_entries(hashes, article)[0]) < len(hashes)
