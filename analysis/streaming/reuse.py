"""The reuse tables of the streaming export, from what each chunk spills to disk.

:func:`analysis.reuse.tables` reads the body words of the whole corpus. The streaming export instead
spills, per chunk (:meth:`ReuseSpill.add`), under the partial folder:

* every primary article's body words as four flat binary columns (word id, start, end, voice code),
  appended chunk after chunk, so the corpus's words are in ``article_id`` order as
  :func:`analysis.reuse.words.corpus_words` orders them. A word id is the fixed hash of its norm
  (:func:`analysis.reuse.words.word_ids`), the same whichever chunk the word is in;
* every distinct (shingle hash, article) entry of the chunk, appended to one of ``SHINGLE_BUCKETS`` files
  by the hash's top bits, so each file holds every entry of its hashes;
* the chunk's body mentions (the framing ``mentions`` rows of the body), which ``reuse_origin`` counts.

At the end (:meth:`ReuseSpill.tables`) it holds, besides the tables it writes, one bucket of entries and
the article pairs sharing a rare shingle: blocking adds up each bucket's shared-shingle counts
(:func:`analysis.reuse.candidates.shared_shingle_counts`: the counts of disjoint sets of hashes add up);
the candidate pairs are aligned a batch at a time from their articles' words only, read from the
memory-mapped columns (:func:`analysis.reuse.passages.align_pairs`: a pair's passages depend on its two
articles alone); ``reuse_articles`` and the tallies of ``reuse_origin`` are made chunk by chunk from the
chunk's words and the reuse rows of its articles (every count is one article's). The tables are
:func:`analysis.reuse.tables`' rows, in its order (tests/test_streaming_reuse.py).

Measured (``bench --articles 3000 --stream --chunk-size 500``, 2 workers, shared machine): the client's
peak 2,167 -> 1,609 MB against keeping every chunk's tokens and sentences, CPU 246 -> 228 s (all
processes), every output file byte-identical.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd

from ..index_ranges import expand
from ..reuse.candidates import distinct_entries, outlet_codes, pairs_sharing, shared_shingle_counts
from ..reuse.derivation import reuse_articles
from ..reuse.differences import differences_table
from ..reuse.passages import Alignments, align_pairs, reuse_table
from ..reuse.seeds import equal_runs
from ..reuse.shingles import corpus_shingles
from ..reuse.views import add_tallies, origin_table, origin_tallies
from ..reuse.words import CorpusWords, body_words, corpus_words
from ..study import Study, release_freed_memory
from .held import ColumnSpill, FrameSpill

# Files the (shingle hash, article) entries are spread over, by the hash's top BUCKET_BITS bits: blocking
# holds one at a time (100,000 articles of ~800 words: ~1.3 M entries, 16 MB, a file).
BUCKET_BITS = 6
SHINGLE_BUCKETS = 1 << BUCKET_BITS
# Words of the articles aligned together at the end (both sides of a batch of candidate pairs): bounds
# the alignment's arrays (a few 64-bit integers per word) whatever the corpus.
ALIGN_WORDS = 2_000_000
# The spilled word columns and their types.
WORD_COLUMNS = {"ids": np.int64, "starts": np.int64, "ends": np.int64, "voices": np.int8}
MENTION_COLUMNS = ["article_id", "start", "end", "voice", "part"]
# The spilled frames of a chunk its reuse_articles and reuse_origin rows read (besides its words and mentions).
CHUNK_FRAMES = ("articles", "quotes", "attributions")


class ReuseSpill:
    """What the reuse tables read, spilled to ``folder`` chunk by chunk (:meth:`add`); the tables at the end
    (:meth:`tables`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        # Every primary article's id, outlet, date and body words, spilled per chunk (read back at the end).
        self.index = ColumnSpill(self.folder, "articles")
        self._articles: dict[str, list] | None = None
        # Per chunk: its primary articles (first, end index) and the voice of each voice code.
        self.chunks: list[tuple[int, int, list]] = []

    def add(self, study: Study, mentions: pd.DataFrame) -> None:
        """Spill a chunk's body words, shingle entries and body ``mentions`` (the framing table's rows)."""
        words = body_words(study)
        corpus = corpus_words(study, words)
        first = len(self.index)
        lengths = np.diff(corpus.bounds).astype(np.int64)
        self.index.add(article_id=corpus.article_ids, outlet=corpus.outlets, date=corpus.dates, words=lengths)
        self._articles = None
        voice_codes, voices = pd.factorize(words["voice"], use_na_sentinel=False)
        columns = {"ids": corpus.ids, "starts": corpus.starts, "ends": corpus.ends, "voices": voice_codes}
        for name, values in columns.items():
            _append(self.folder / f"words.{name}", values.astype(WORD_COLUMNS[name]))
        self.chunks.append((first, len(self.index), list(voices)))
        self._spill_shingles(corpus, first)
        body = mentions.loc[mentions["part"] == "body", MENTION_COLUMNS].reset_index(drop=True)
        body = body.astype({"article_id": object, "voice": object, "part": object})
        body.to_parquet(self.folder / f"mentions-{len(self.chunks) - 1:05d}.parquet", index=False)

    def _spill_shingles(self, words: CorpusWords, first: int) -> None:
        """Append the chunk's distinct (shingle hash, article) entries to their buckets (articles numbered
        from ``first``, the chunk's first article in the corpus)."""
        hashes, article = distinct_entries(*corpus_shingles(words))
        bucket = (hashes >> np.uint64(64 - BUCKET_BITS)).astype(np.int64)
        order = np.argsort(bucket, kind="stable")
        hashes, article, bucket = hashes[order], (article[order] + first).astype(np.int32), bucket[order]
        for lo, hi in equal_runs(bucket):
            _append(self.folder / f"shingles-{bucket[lo]:03d}.hash", hashes[lo:hi])
            _append(self.folder / f"shingles-{bucket[lo]:03d}.article", article[lo:hi])

    def articles(self) -> dict[str, list]:
        """Return every primary article's ``article_id``, ``outlet`` and ``date`` (lists) and body ``words`` (an
        array), read back from the spill once (in the final group: the client holds none of them)."""
        if self._articles is None:
            self._articles = {name: self.index.column(name).tolist() for name in ("article_id", "outlet", "date")}
            self._articles["words"] = self.index.column("words").astype(np.int64)
        return self._articles

    def words(self) -> CorpusWords:
        """Return the corpus's :class:`CorpusWords`, its word columns memory-mapped from the spill."""
        articles = self.articles()
        lengths = np.concatenate([np.zeros(0, dtype=np.int64), articles["words"]])
        columns = {name: _read(self.folder / f"words.{name}", dtype) for name, dtype in WORD_COLUMNS.items()}
        return CorpusWords(
            article_ids=articles["article_id"],
            outlets=articles["outlet"],
            dates=articles["date"],
            bounds=np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64),
            ids=columns["ids"],
            starts=columns["starts"],
            ends=columns["ends"],
        )

    def candidate_pairs(self) -> np.ndarray:
        """Return :func:`analysis.reuse.candidates.candidate_pairs` of the corpus (cross-outlet), bucket by bucket."""
        articles, outlet_code = len(self.index), outlet_codes(self.articles()["outlet"])
        keys, counts = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        for b in range(SHINGLE_BUCKETS):
            hashes = _read(self.folder / f"shingles-{b:03d}.hash", np.uint64, mapped=False)
            article = _read(self.folder / f"shingles-{b:03d}.article", np.int32, mapped=False)
            found = shared_shingle_counts(hashes, article, articles, outlet_code)
            keys, counts = _add_counts((keys, counts), found)
        return pairs_sharing(keys, counts, articles)

    def alignments(self, words: CorpusWords, pairs: np.ndarray) -> Alignments:
        """Return the aligned passages of ``pairs`` (:func:`analysis.reuse.passages.find_alignments`'), a batch of
        pairs at a time: the words of at most ``ALIGN_WORDS`` read from the spill.

        Each batch reads the word ids from a mapping of its own, unmapped after it: the pages of one mapping held
        for every batch stayed in the process's resident memory (file-backed, but counted in its peak) once
        read, growing with the words of every candidate article (``final_groups.py group reuse`` on saved exports of
        3,000 / 6,000 bench articles: peak file-backed RSS 163 / 234 -> 144 / 197 MB; the group's own peak, reached
        later in the per-chunk counts, 220 / 264-309 -> 219 / 234-274 MB, within run-to-run noise)."""
        lengths = np.diff(words.bounds)
        batch = (np.cumsum(lengths[pairs[:, 0]] + lengths[pairs[:, 1]]) - 1) // ALIGN_WORDS
        found = []
        for first, last in equal_runs(batch):
            batch_pairs = pairs[first:last]
            members = np.unique(batch_pairs)
            column = _read(self.folder / "words.ids", WORD_COLUMNS["ids"])
            ids = np.asarray(column[expand(words.bounds[members], lengths[members])])
            del column  # unmapped: its pages leave the resident memory
            bounds = np.concatenate([[0], np.cumsum(lengths[members])])
            local = np.searchsorted(members, batch_pairs)
            found += [(*batch_pairs[n].tolist(), passage) for n, passage in align_pairs(ids, bounds, local)]
        return Alignments(words, found)

    def tables(self, study: Study, held: Mapping[str, FrameSpill]) -> dict[str, pd.DataFrame]:
        """Return :func:`analysis.reuse.tables` of the corpus: ``study`` holds every article's metadata and raw
        text (its other frames are not read: the spilled words are, and ``held``'s frames of each chunk,
        the chunks spilled by :class:`~analysis.streaming.held.FrameSpill` as this spill's, one per :meth:`add`)."""
        words = self.words()
        alignments = self.alignments(words, self.candidate_pairs())
        reuse = reuse_table(alignments)
        differences = differences_table(study, alignments)
        del alignments, words
        articles, tallies = self._per_chunk(study, held, reuse, differences)
        origin = origin_table(tallies, sorted(set(study.outlet_of().values())))
        return {"reuse": reuse, "reuse_articles": articles, "reuse_differences": differences, "reuse_origin": origin}

    def _per_chunk(
        self, study: Study, held: Mapping[str, FrameSpill], reuse: pd.DataFrame, differences: pd.DataFrame
    ) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
        """Return ``reuse_articles`` and the ``reuse_origin`` tallies, made chunk by chunk: each chunk's
        articles, quotations and attributions read from its spilled frames (not split from the whole
        corpus's, which held them twice: 7.8 kB per bench article)."""
        article_ids = self.articles()["article_id"]
        chunk_of = {}
        for number, (first, last, _) in enumerate(self.chunks):
            chunk_of.update(dict.fromkeys(article_ids[first:last], number))
        split = {
            "reuse": (reuse, _by_chunk(reuse, chunk_of)),
            "differences": (differences, _by_chunk(differences, chunk_of)),
        }
        del chunk_of
        tables, tallies = [], {}
        for number, (first, last, _) in enumerate(self.chunks):
            if first == last:
                continue  # no primary article: no row
            rows = {name: frame.iloc[positions.get(number, [])] for name, (frame, positions) in split.items()}
            ids = set(article_ids[first:last])
            frames = {name: _rows_of(held[name].frame(number), ids) for name in CHUNK_FRAMES}
            chunk = replace(study, tokens=self._chunk_words(number), **frames)
            tables.append(reuse_articles(chunk, rows["reuse"]))
            mentions = pd.read_parquet(self.folder / f"mentions-{number:05d}.parquet")
            found = origin_tallies(chunk, rows["reuse"], rows["differences"], mentions, frames["attributions"])
            for item, tally in found.items():
                tallies[item] = add_tallies([tallies[item], tally]) if item in tallies else tally
            del chunk, rows, frames, found, mentions
            release_freed_memory()  # the chunk's temporaries, else kept by glibc (5,000 bench articles: 347 -> 333 MB)
        return pd.concat(tables, ignore_index=True), tallies

    def _chunk_words(self, number: int) -> pd.DataFrame:
        """Return chunk ``number``'s body words as ``tokens`` rows (article_id, start, end, is_word, voice)."""
        first, last, voices = self.chunks[number]
        words = self.words()
        lo, hi = int(words.bounds[first]), int(words.bounds[last])
        voice_codes = np.asarray(_read(self.folder / "words.voices", np.int8)[lo:hi], dtype=np.int64)
        article_ids = np.array(self.articles()["article_id"][first:last], dtype=object)
        return pd.DataFrame({
            "article_id": np.repeat(article_ids, np.diff(words.bounds[first : last + 1])),
            "start": np.asarray(words.starts[lo:hi]),
            "end": np.asarray(words.ends[lo:hi]),
            "is_word": True,
            "voice": np.array(voices, dtype=object)[voice_codes],
        })  # fmt: skip


def _rows_of(frame: pd.DataFrame, article_ids: set[str]) -> pd.DataFrame:
    """Return the rows of ``frame`` whose article is one of ``article_ids`` (a chunk's primary articles)."""
    # isin converts every member of article_ids per call; here they are one chunk's primary articles (at most a
    # chunk, 1,000), not the corpus's, so the cost stays the chunk's (unlike quote_variants.in_articles' case).
    return frame[frame["article_id"].isin(article_ids)]


def _by_chunk(frame: pd.DataFrame, chunk_of: dict[str, int]) -> dict[int, np.ndarray]:
    """Return the positions of a frame's rows by the chunk of their article (rows of other articles left out),
    in order: the rows are taken a chunk at a time, not copied into every chunk's frame at once."""
    chunk = frame["article_id"].map(chunk_of).to_numpy(dtype=float)
    found = np.flatnonzero(~np.isnan(chunk))
    order = found[np.argsort(chunk[found], kind="stable")]
    return {
        int(chunk[rows[0]]): rows for rows in np.split(order, np.flatnonzero(np.diff(chunk[order])) + 1) if len(rows)
    }


def _add_counts(
    total: tuple[np.ndarray, np.ndarray], more: tuple[np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Return (keys, counts) of two sorted (key, count) arrays added up by key."""
    keys = np.concatenate([total[0], more[0]])
    counts = np.concatenate([total[1], more[1]])
    distinct, at = np.unique(keys, return_inverse=True)
    # Float sums of integers are exact below 2**53.
    return distinct, np.bincount(at, weights=counts, minlength=len(distinct)).astype(np.int64)


def _append(path: Path, values: np.ndarray) -> None:
    """Append ``values``' raw bytes to the file at ``path``."""
    with open(path, "ab") as stream:
        np.ascontiguousarray(values).tofile(stream)


def _read(path: Path, dtype, mapped: bool = True) -> np.ndarray:
    """Return the values of a spilled column (memory-mapped when ``mapped``; none when it was never written)."""
    if not path.is_file() or path.stat().st_size == 0:
        return np.zeros(0, dtype=dtype)
    return np.memmap(path, dtype=dtype, mode="r") if mapped else np.fromfile(path, dtype=dtype)
