"""The streaming client's per-article lists and merged term counts are spilled and read back unchanged."""

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from analysis.streaming.held import ColumnSpill
from analysis.streaming.vocabulary import TERMS_COLUMNS, VOICE_NAMES, ChunkCounts, VocabularyAggregate
from analysis.vocabulary.frequencies import PER


def test_a_spilled_column_reads_back_equal_whole_and_at_positions(tmp_path):
    chunks = [
        {"article_id": ["a2", "a1", "Zürich—é"], "words": np.array([4, 0, 7]), "totals": np.arange(6).reshape(3, 2)},
        {"article_id": [], "words": np.zeros(0, dtype=np.int64), "totals": np.zeros((0, 2), dtype=np.int64)},
        {"article_id": ["b1", ""], "words": np.array([1, 2**40]), "totals": np.array([[9, 8], [7, 6]])},
    ]
    spill = ColumnSpill(tmp_path, "articles")
    for chunk in chunks:
        spill.add(**chunk)
    assert len(spill) == 5 and spill.sizes == [3, 0, 2]
    assert spill.column("article_id").tolist() == ["a2", "a1", "Zürich—é", "b1", ""]
    assert spill.column("words").tolist() == [4, 0, 7, 1, 2**40]
    assert spill.column("totals").tolist() == [[0, 1], [2, 3], [4, 5], [9, 8], [7, 6]]
    assert spill.chunk(2, "article_id").tolist() == ["b1", ""]
    assert spill.take("article_id", [4, 0, 2, 3, 0]) == ["", "a2", "Zürich—é", "b1", "a2"]
    assert spill.take("words", []) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"articles-0000{k}.arrow" for k in range(3)]


def _chunk(vocab, articles, outlets, totals, rows) -> ChunkCounts:
    """Return a ChunkCounts of an invented chunk: ``rows`` = (article position, voice name, term, count)."""
    vocab = np.array(sorted(vocab), dtype=object)
    article, voice, term, count = zip(*rows, strict=True) if rows else ((), (), (), ())
    return ChunkCounts(
        vocab=vocab,
        vocab_stop=np.isin(vocab, ["the", "of"]),
        articles=np.array(articles, dtype=object),
        outlets=np.array(outlets, dtype=object),
        totals=np.array(totals, dtype=np.int64).reshape(len(articles), len(VOICE_NAMES)),
        article=np.array(article, dtype=np.int32),
        voice=np.searchsorted(VOICE_NAMES, voice).astype(np.int8),
        term=np.searchsorted(vocab, term).astype(np.int32),
        count=np.array(count, dtype=np.int32),
    )


CHUNKS = [
    (
        ["the", "storm", "of"],
        ["a1", "a2"],
        ["Herald", "Post"],
        [[5, 3, 0, 2], [4, 4, 0, 0]],
        [(0, "all", "storm", 2), (0, "narration", "storm", 1), (0, "quotation", "storm", 1), (0, "all", "the", 3),
         (0, "narration", "the", 2), (0, "quotation", "of", 1), (1, "all", "storm", 3), (1, "narration", "storm", 3),
         (1, "all", "of", 1), (1, "narration", "of", 1)],
    ),
    (["flood"], [], [], [], []),  # a batch whose articles have no token
    (
        ["storm", "flood", "the"],
        ["b1", "b2", "b3"],
        ["Post", "Herald", "Post"],
        [[2, 2, 0, 0], [6, 1, 5, 0], [1, 1, 0, 0]],
        [(0, "all", "storm", 2), (0, "narration", "storm", 2), (1, "all", "flood", 4), (1, "paraphrase", "flood", 4),
         (1, "all", "storm", 1), (1, "narration", "storm", 1), (1, "all", "the", 1), (1, "paraphrase", "the", 1),
         (2, "all", "the", 1), (2, "narration", "the", 1)],
    ),
]  # fmt: skip


def _expected_terms() -> pd.DataFrame:
    """Return the terms table of CHUNKS counted with dictionaries (what the merged counts held in memory gave)."""
    counts, articles, words = {}, {}, {}
    for _, _ids, outlets, totals, rows in CHUNKS:
        for outlet, total in zip(outlets, totals, strict=True):
            for voice, n in zip(VOICE_NAMES, total, strict=True):
                words[outlet, voice] = words.get((outlet, voice), 0) + n
        for article, voice, term, count in rows:
            key = (outlets[article], voice, term)
            counts[key] = counts.get(key, 0) + count
            articles[key] = articles.get(key, 0) + 1
    rows = [
        {"term": term, "outlet": outlet, "voice": voice, "count": n, "rate": n / words[outlet, voice] * PER,
         "words": words[outlet, voice], "articles": articles[outlet, voice, term], "is_stopword": term in ("the", "of")}
        for (outlet, voice, term), n in counts.items()
    ]  # fmt: skip
    table = pd.DataFrame(rows).sort_values(["outlet", "voice", "count", "term"], ascending=[True, True, False, True])
    return table.reset_index(drop=True)[TERMS_COLUMNS]


@pytest.fixture
def aggregate(tmp_path) -> VocabularyAggregate:
    """Return the vocabulary aggregate of CHUNKS, spilled under tmp_path."""
    spilled = VocabularyAggregate(tmp_path / "counts", stop=frozenset({"the", "of"}))
    for chunk in CHUNKS:
        spilled.add(_chunk(*chunk))
    return spilled


def test_the_merged_terms_table_equals_the_one_counted_in_memory(aggregate):
    pd.testing.assert_frame_equal(aggregate.terms(), _expected_terms(), check_dtype=False)
    keys, counts, articles = aggregate.merged()
    assert (np.diff(keys) > 0).all() and counts.sum() == sum(r[3] for c in CHUNKS for r in c[4])
    assert articles.sum() == sum(len(c[4]) for c in CHUNKS)
    assert aggregate.words() == 5 + 4 + 2 + 6 + 1


def test_the_client_holds_no_per_article_list_and_the_groups_read_them_back(aggregate):
    assert aggregate.articles_seen == 5
    assert not any(isinstance(value, list) and len(value) >= 5 for value in vars(aggregate).values())
    outlet, totals, words = aggregate._outlet_totals()
    names = np.array(list(aggregate.outlet_ids), dtype=object)
    assert names[outlet].tolist() == ["Herald", "Post", "Post", "Herald", "Post"]
    assert totals[:, 0].tolist() == [5, 4, 2, 6, 1]
    assert words.tolist() == [[11, 4, 5, 2], [7, 7, 0, 0]]


def test_a_part_writer_buffers_its_rows_in_a_file_and_writes_the_bytes_of_write_parquet(tmp_path, monkeypatch):
    from analysis import columnar
    from analysis.streaming import parts

    for module in (columnar, parts):
        monkeypatch.setattr(module, "PART_ROWS", 10)
        monkeypatch.setattr(module, "ROW_GROUP_ROWS", 4)
    frame = pd.DataFrame({"article_id": [f"a{i:03d}" for i in range(23)], "outlet": "X", "stage": "s", "error": "E"})
    writer = parts.PartWriter(tmp_path / "parts", "failed_articles")
    writer.add(frame.iloc[:3])
    (buffer,) = (tmp_path / "parts" / ".buffers").iterdir()
    assert writer.buffered == 3 and _read_stream(buffer) == ["a000", "a001", "a002"]
    assert not any(isinstance(value, (pa.Table, list)) and len(value) for value in vars(writer).values())
    writer.add(frame.iloc[3:22])  # six row groups written at once (two parts of 4 + 4 + 2), two rows left buffered
    assert writer.buffered == 2 and [writer.rows[p] for p in writer.paths] == [10, 10]
    writer.add(frame.iloc[22:])
    written = writer.close()
    expected = columnar.write_parquet(frame, tmp_path / "whole", "failed_articles")
    assert [p.read_bytes() for p in written] == [p.read_bytes() for p in expected]
    assert not any((tmp_path / "parts" / ".buffers").iterdir())


def _read_stream(path) -> list[str]:
    """Return the article ids of the rows in a part writer's buffer file (an Arrow IPC stream still open)."""
    with pa.OSFile(str(path)) as source:
        return pa.ipc.open_stream(source).read_all().column("article_id").to_pylist()
