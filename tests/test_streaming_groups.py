"""The final groups' and the client's merged counts computed in less memory give the arrays of the former code."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis.streaming.collocations import MergedCounts


def _unique_merge(chunks: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> tuple[np.ndarray, ...]:
    """Return (keys, sums, firsts) merged as the former ``MergedCounts.add`` did: ``np.unique`` of the joined keys."""
    keys, sums, firsts = np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32)
    for chunk_keys, chunk_sums, chunk_firsts in chunks:
        keys, first, inverse = np.unique(np.concatenate([keys, chunk_keys]), return_index=True, return_inverse=True)
        both = np.concatenate([sums, chunk_sums])
        sums = np.zeros(len(keys), dtype=np.int64)
        np.add.at(sums, inverse, both)
        firsts = np.concatenate([firsts, chunk_firsts])[first]
    return keys, sums, firsts


def test_merged_counts_equal_the_unique_of_every_chunk_joined():
    rng = np.random.default_rng(18)
    chunks = []
    for size in (0, 40, 1, 300, 25):
        keys = rng.choice(500, size=size, replace=False).astype(np.int64)  # distinct, unsorted
        chunks.append((keys, rng.integers(1, 9, size), rng.integers(0, 10_000, size).astype(np.int32)))
    merged = MergedCounts()
    for keys, sums, firsts in chunks:
        merged.add(keys, {"count": sums}, {"start": firsts})
    expected = _unique_merge(chunks)
    assert merged.keys.tolist() == expected[0].tolist()
    assert merged.sums["count"].tolist() == expected[1].tolist()
    assert merged.firsts["start"].tolist() == expected[2].tolist()
    assert merged.firsts["start"].dtype == np.int32 and merged.sums["count"].dtype == np.int64


def test_merged_counts_refuse_a_chunk_with_a_repeated_key():
    with pytest.raises(ValueError, match="distinct"):
        MergedCounts().add(np.array([3, 1, 3]), {"count": np.array([1, 1, 1])}, {})


def test_phrases_merged_from_chunks_of_five_articles_equal_the_whole_corpus_table(seed_study, tmp_path):
    from analysis.bench import realistic_articles
    from analysis.streaming.export import chunks
    from analysis.streaming.phrases import PhraseAggregate, chunk_phrase_counts
    from analysis.study import build_study, subset_study
    from analysis.vocabulary.concordance import KWIC_WINDOW
    from analysis.vocabulary.phrases import PHRASE_MIN_COUNT, PHRASE_SIZES, distinctive_phrases
    from analysis.vocabulary.priors import DEFAULT_PRIOR, PRIOR_WEIGHT
    from analysis.vocabulary.terms import _prepare, load_stopwords

    articles = realistic_articles(seed_study, 30, n_outlets=3, seed=7)
    study, stop = build_study(articles, workers=1, codebooks=seed_study.codebooks), load_stopwords()
    aggregate = PhraseAggregate(tmp_path, PHRASE_SIZES)
    for chunk in chunks(articles, 5):
        part = subset_study(study, set(chunk["article_id"]))
        aggregate.add(chunk_phrase_counts(_prepare(part, stop), PHRASE_SIZES), part)
    statistics = (PHRASE_MIN_COUNT, DEFAULT_PRIOR, PRIOR_WEIGHT)
    merged = aggregate.table(study, stop, 50, statistics, KWIC_WINDOW)
    whole = distinctive_phrases(study, top=50)
    pd.testing.assert_frame_equal(merged, whole, check_exact=True)
    assert len(merged) > 50 and merged["article_id"].nunique() > 5  # examples from several chunks
