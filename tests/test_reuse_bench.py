"""The reuse benchmark at a small scale: planted reuse found, with the generator's planted truth as gold."""

from __future__ import annotations

import pytest

from analysis.reuse import bench
from analysis.reuse.summaries import detection_tables

# Floors for 300 articles (the benchmark's figures at 1,000 to 10,000 articles are in the README):
# every planted kind must be found in at least 90 % of its pairs, all kinds in 95 %, and at least
# 95 % of the found pairs must share planted text.
MIN_RECALL, MIN_KIND_RECALL, MIN_PRECISION = 0.95, 0.9, 0.95


@pytest.fixture(scope="module")
def corpus() -> bench.SyntheticCorpus:
    return bench.synthetic_corpus(300, seed=3)


@pytest.fixture(scope="module")
def reuse_table(corpus: bench.SyntheticCorpus):
    return detection_tables(bench.corpus_study(corpus, workers=1))["reuse"]


def test_generator_plants_every_kind_in_the_copies(corpus: bench.SyntheticCorpus) -> None:
    text = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    outlet = dict(zip(corpus.articles["article_id"], corpus.articles["outlet"], strict=True))
    date = dict(zip(corpus.articles["article_id"], corpus.articles["publication_date"], strict=True))
    assert set(corpus.planted.values()) == set(bench.PLANT_KINDS)
    for (source, copy), kind in corpus.planted.items():
        assert outlet[source] != outlet[copy] and date[source] < date[copy]
        paragraphs = text[source].rstrip("\n").split("\n\n")
        if kind == "verbatim":
            assert text[copy].endswith(text[source])
        elif kind in ("partial", "reordered"):
            held = [k for s, k in corpus.paragraphs[copy] if s == source]
            assert held and all(paragraphs[k] in text[copy] for k in held)
        else:  # rewritten: no paragraph survives whole, but most of its words do
            assert not any(p in text[copy] for p in paragraphs)


def test_planted_pairs_found_above_the_floors(corpus: bench.SyntheticCorpus, reuse_table) -> None:
    figures = bench.score(corpus, reuse_table)
    print(figures)  # the figures, for the log
    assert figures["recall"] >= MIN_RECALL
    assert figures["precision"] >= MIN_PRECISION
    assert min(figures["recall_by_kind"].values()) >= MIN_KIND_RECALL


def test_a_verbatim_copy_is_aligned_with_its_whole_source(corpus: bench.SyntheticCorpus, reuse_table) -> None:
    text = dict(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    verbatim = [pair for pair, kind in corpus.planted.items() if kind == "verbatim"]
    assert verbatim
    for source, copy in verbatim:
        rows = reuse_table[(reuse_table["article_id"] == copy) & (reuse_table["other_article_id"] == source)]
        whole = text[source].rstrip("\n").rstrip(".")  # a passage ends on its last word
        assert len(rows) == 1
        row = rows.iloc[0]
        assert (row["other_start"], row["other_end"]) == (0, len(whole))
        assert text[copy][row["start"] : row["end"]] == whole
        assert row["kind"] == "verbatim" and row["other_order"] == "earlier"
