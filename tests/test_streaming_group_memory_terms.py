"""The vocabulary group makes the terms table a row group at a time: the rows of the table made whole."""

from __future__ import annotations

import pandas as pd
from test_streaming_client_memory import CHUNKS, _chunk, _expected_terms

from analysis.streaming.vocabulary import TERMS_COLUMNS, VocabularyAggregate


def _aggregate(tmp_path) -> VocabularyAggregate:
    spilled = VocabularyAggregate(tmp_path / "counts", stop=frozenset({"the", "of"}))
    for chunk in CHUNKS:
        spilled.add(_chunk(*chunk))
    return spilled


def test_terms_in_slices_are_the_whole_table(tmp_path):
    aggregate = _aggregate(tmp_path)
    expected = _expected_terms()
    for rows in (1, 2, 3, len(expected), len(expected) + 5):
        frames = list(aggregate.terms_frames(rows))
        assert [len(f) for f in frames[:-1]] == [rows] * (len(frames) - 1) and 0 < len(frames[-1]) <= rows
        joined = pd.concat(frames, ignore_index=True)
        pd.testing.assert_frame_equal(joined, expected, check_dtype=False)
    assert len(expected) > 5


def test_no_terms_one_frame_without_rows(tmp_path):
    empty = VocabularyAggregate(tmp_path / "none", stop=frozenset())
    frames = list(empty.terms_frames(4))
    assert len(frames) == 1 and frames[0].empty and list(frames[0].columns) == TERMS_COLUMNS
