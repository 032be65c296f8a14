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

At the end (:meth:`ReuseSpill.write_tables`) it holds one bucket of entries, one key range of the pair counts
and the candidate pairs and their passages: blocking adds up each bucket's shared-shingle counts
(:func:`analysis.reuse.candidates.shared_shingle_counts`: the counts of disjoint sets of hashes add up), spilled
by pair key range and added up a range at a time; the candidate pairs are aligned a batch at a time from their
articles' words only, read from the memory-mapped columns (:func:`analysis.reuse.passages.align_pairs`: a pair's
passages depend on its two articles alone). Then, chunk by chunk, the rows of the chunk's articles of ``reuse``
and ``reuse_differences`` are made from the passages with a side in the chunk and written, and ``reuse_articles``
and the tallies of ``reuse_origin`` from them and the chunk's words (every row and count is one article's): no
table of the whole corpus is held. The tables are :func:`analysis.reuse.tables`' rows, in its order
(tests/test_streaming_reuse.py).

Measured (``bench --articles 3000 --stream --chunk-size 500``, 2 workers, shared machine): the client's
peak 2,167 -> 1,609 MB against keeping every chunk's tokens and sentences, CPU 246 -> 228 s (all
processes), every output file byte-identical.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Mapping
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
from .held import ColumnSpill, FrameSpill, RawTexts

# Files the (shingle hash, article) entries are spread over, by the hash's top BUCKET_BITS bits: blocking
# holds one at a time (100,000 articles of ~800 words: ~1.3 M entries, 16 MB, a file).
BUCKET_BITS = 6
SHINGLE_BUCKETS = 1 << BUCKET_BITS
# Files the pair counts of blocking are spread over, by pair key range: adding them up holds one at a time.
PAIR_PARTS = 16
# Words of the articles aligned together at the end (both sides of a batch of candidate pairs): bounds
# the alignment's arrays (a few 64-bit integers per word) whatever the corpus.
ALIGN_WORDS = 2_000_000
# Word diffs of reuse_differences kept for reuse across chunks (a cache: emptied beyond this many; the same edit of
# one wire copy recurs across outlets, mostly in nearby articles). About 0.3 kB each.
DIFF_CACHE = 100_000
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
        """Return :func:`analysis.reuse.candidates.candidate_pairs` of the corpus (cross-outlet), bucket by bucket.

        Each bucket's (pair key, shared shingles) counts are spilled to ``PAIR_PARTS`` files by key range and
        added up a file at a time (:meth:`_pair_parts`): the counts of every pair sharing a rare shingle, held
        and added up at once, grew with the pairs, not the articles (16 bytes per pair, about four copies while
        adding: saved exports of 3,000 / 6,000 bench articles: 0.58 / 0.73 M pairs sharing a rare shingle)."""
        articles, outlet_code = len(self.index), outlet_codes(self.articles()["outlet"])
        parts = self._pair_parts()
        for path in parts.glob("*"):
            path.unlink()  # a run before this one (the group is run again on the same spill when measured)
        for b in range(SHINGLE_BUCKETS):
            hashes = _read(self.folder / f"shingles-{b:03d}.hash", np.uint64, mapped=False)
            article = _read(self.folder / f"shingles-{b:03d}.article", np.int32, mapped=False)
            keys, counts = shared_shingle_counts(hashes, article, articles, outlet_code)
            del hashes, article
            # Keys are below articles ** 2: the part of a key is its range (keys * PAIR_PARTS fits in int64).
            part = keys * PAIR_PARTS // max(articles * articles, 1)
            for lo, hi in equal_runs(part):
                _append(parts / f"{part[lo]:03d}.key", keys[lo:hi])
                _append(parts / f"{part[lo]:03d}.count", counts[lo:hi])
        found = [np.zeros((0, 2), dtype=np.int64)]
        for number in range(PAIR_PARTS):
            keys = _read(parts / f"{number:03d}.key", np.int64, mapped=False)
            counts = _read(parts / f"{number:03d}.count", np.int64, mapped=False)
            keys, counts = _add_counts((keys, counts), (keys[:0], counts[:0]))
            found.append(pairs_sharing(keys, counts, articles))  # parts in key order: the pairs stay sorted
        shutil.rmtree(parts, ignore_errors=True)
        return np.concatenate(found)

    def _pair_parts(self) -> Path:
        """Return the folder of the spilled pair counts (made when missing)."""
        folder = self.folder / "pairs"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

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

    def write_tables(
        self, study: Study, held: Mapping[str, FrameSpill], write: Callable[[str, pd.DataFrame], None]
    ) -> None:
        """Write :func:`analysis.reuse.tables` of the corpus through ``write(table name, rows)``, each table's rows in
        order: ``study`` holds every article's metadata and raw text (its other frames are not read: the spilled
        words are, and ``held``'s frames of each chunk, the chunks spilled by
        :class:`~analysis.streaming.held.FrameSpill` as this spill's, one per :meth:`add`).

        reuse, reuse_differences and reuse_articles are made and written a chunk of articles at a time
        (:meth:`_chunk_tables`), only the passages (and the ``reuse_origin`` tallies) are held for the corpus."""
        words = self.words()
        alignments = self.alignments(words, self.candidate_pairs())
        del words
        tallies: dict[str, pd.DataFrame] = {}
        for tables, found in self._chunk_tables(study, held, alignments):
            for name in ("reuse", "reuse_differences", "reuse_articles"):
                if name in tables:
                    write(name, tables[name])
            for item, tally in found.items():
                tallies[item] = add_tallies([tallies[item], tally]) if item in tallies else tally
            del tables, found
            release_freed_memory()  # the chunk's temporaries, else kept by glibc (5,000 bench articles: 347 -> 333 MB)
        write("reuse_origin", origin_table(tallies, sorted(set(study.outlet_of().values()))))

    def _chunk_tables(
        self, study: Study, held: Mapping[str, FrameSpill], alignments: Alignments
    ) -> Iterator[tuple[dict[str, pd.DataFrame], dict[str, pd.DataFrame]]]:
        """Yield (a chunk's rows of reuse, reuse_differences and reuse_articles; its ``reuse_origin``
        tallies) chunk by chunk: the rows of a chunk's articles are made from the passages with a side in it
        (:class:`PassageSides`), so no table of the whole corpus is held. The reuse and reuse_differences rows
        of the whole corpus, built before their chunks', held about 3 kB per bench article and grew faster than
        the articles (the passages: pairs of reprints). Measured (``final_groups.py growth``, saved exports of
        3,000 / 6,000 bench articles, with the pair counts spilled and the offsets mapped per chunk): the group's own
        memory 218 / 220 -> 244 / 229 MB, within run-to-run noise (its peak is a chunk's word frames: those
        exports have 26k / 19k reuse rows, 1,000 articles 31k reuse and 57k reuse_differences rows), the tables
        byte-identical (1,000 bench articles streamed in chunks of 250)."""
        sides = PassageSides(alignments.passages)
        diffs: dict[tuple[str, str], str] = {}  # the word diffs found so far (a cache: emptied when large)
        article_ids = self.articles()["article_id"]
        for number, (first, last, _) in enumerate(self.chunks):
            articles = range(first, last)
            # Offsets read from a mapping of the chunk's own, unmapped after it: the pages of one mapping held for
            # every chunk stay in the process's resident memory once read (as in :meth:`alignments`).
            words = self.words()
            chosen = Alignments(words, [alignments.passages[k] for k in sides.of(articles).tolist()])
            reuse = reuse_table(chosen, articles)
            if len(diffs) > DIFF_CACHE:
                diffs.clear()
            differences = differences_table(study, chosen, articles, diffs)
            del chosen
            tables, found = {"reuse": reuse, "reuse_differences": differences}, {}
            if first < last:  # a chunk without primary articles has no row
                ids = set(article_ids[first:last])
                frames = {name: _rows_of(held[name].frame(number), ids) for name in CHUNK_FRAMES}
                chunk = replace(study, tokens=self._chunk_words(number, words), **frames)
                tables["reuse_articles"] = reuse_articles(chunk, reuse)
                mentions = pd.read_parquet(self.folder / f"mentions-{number:05d}.parquet")
                found = origin_tallies(chunk, reuse, differences, mentions, frames["attributions"])
                del chunk, frames, mentions
            del words
            if isinstance(study.raw, RawTexts):
                # The texts this chunk's rows read leave the resident memory (saved export of 12,000 bench articles:
                # peak file-backed RSS 236 -> 213 MB, the group's own memory 352 -> 342 MB; before this session 360).
                study.raw.unmap()
            yield tables, found

    def _chunk_words(self, number: int, words: CorpusWords) -> pd.DataFrame:
        """Return chunk ``number``'s body words as ``tokens`` rows (article_id, start, end, is_word, voice), read
        from ``words`` (:meth:`words`)."""
        first, last, voices = self.chunks[number]
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


class PassageSides:
    """Each passage's article indexes, side a (``i``) and side b (``j``), sorted, to find the passages with a side
    in a range of articles by bisection (:meth:`of`): a mask over every passage per chunk grew with the chunks
    times the passages."""

    def __init__(self, passages: list) -> None:
        count = len(passages)
        self.sides = []
        for side in range(2):
            values = np.fromiter((passage[side] for passage in passages), dtype=np.int64, count=count)
            order = np.argsort(values, kind="stable")
            self.sides.append((values[order], order))

    def of(self, articles: range) -> np.ndarray:
        """Return the numbers of the passages with a side in ``articles``, in order."""
        found = []
        for values, order in self.sides:
            lo, hi = np.searchsorted(values, [articles.start, articles.stop]).tolist()
            found.append(order[lo:hi])
        return np.union1d(*found)


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
