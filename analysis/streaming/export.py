"""The streaming Parquet export: the corpus in chunks of articles, the client's memory bounded by the chunk.

:func:`export_streaming` cuts the corpus (sorted by article_id, as the exporter orders it) into
chunks of ``chunk_size`` articles, and each chunk into batches, one task per batch on the process pool
or on Dask (:class:`~analysis.study.BatchPool`; the same function, :func:`measure_part`). A worker builds
its batch's :class:`~analysis.study.Study` with the per-article code of :func:`~analysis.study.build_study`
and makes every table whose rows are one article's (as Arrow) and the batch's mergeable counts; the
client only merges: it writes the tables as Parquet parts (:class:`~analysis.streaming.parts.PartWriter`),
adds the counts to the aggregates of the corpus tables, and frees the batch. The chunks are pipelined
(:func:`chunk_parts`): chunk k+1 runs in the workers while the client merges chunk k.
Which tables are which was found by comparing ``module.tables(whole study)`` with
the concatenation of ``module.tables(chunk study)`` (see tests/test_streaming_export.py):

* streamed, chunk by chunk: articles, segments, sentences, quotes; term_tokens, terms_by_article,
  text_statistics; mentions, stance, frames, context, framing_headlines, framing_passives, framing_tone;
* merged from aggregates: terms and keyness (term counts per outlet, voice and term; words per article
  and voice; per-article term counts spilled to disk: :mod:`analysis.streaming.vocabulary`);
  article_rates (each chunk's per-article rates, ordered at the end) and outlet_rates (from them);
  the sourcing tables: attributions and accused_parties a spilled chunk at a time (its attributions and the
  tokens of its accusing sentences), the per-outlet summaries from the columns they read of one outlet's
  attributions at a time, quote_variants from the top-level quotations read a chunk at a time
  (:meth:`StreamingExport._write_sourcing`);
* merged from per-chunk n-gram counts, spilled in hash partitions: collocations
  (:mod:`analysis.streaming.collocations`) and distinctive_phrases (:mod:`analysis.streaming.phrases`,
  example lines read back from spilled chunks);
* spilled per chunk and made at the end: reuse, reuse_articles, reuse_differences, reuse_origin
  (:mod:`analysis.streaming.reuse`: body words as memory-mapped columns of fixed word hashes and offsets,
  (shingle hash, article) entries in hash buckets, body mentions; blocking bucket by bucket, alignment of
  the candidate pairs a batch of articles at a time, per-article counts chunk by chunk).

Spilled per chunk and read back by the final groups (:mod:`analysis.streaming.held`), not held by the
client: the raw texts (distinctive phrases' examples, the sourcing tables, reuse_differences' texts), the
articles' metadata rows, every quotation and attribution, the accusing sentences' tokens and every
article's rates, every chunk's bigram, n-gram and (outlet, voice, term) counts
(:mod:`analysis.streaming.partitions`), the per-article lists the final tables read (article ids, outlets,
dates, words per voice: :class:`~analysis.streaming.held.ColumnSpill`) and the streamed tables' rows waiting
for a full row group (:class:`~analysis.streaming.parts.PartWriter`). Still growing in the client: the terms
(three dictionaries of term ids), the unigram counts per outlet and the words per outlet and voice (with the
vocabulary and the outlets, not the articles), a path and a row count per chunk, and, in the reuse group
at the end, reuse's candidate pairs and their passages (its pair counts a key range at a time, its tables a
chunk's rows at a time). The reuse tables are
made without :func:`analysis.export.isolated_tables`' per-article bisection: an article that makes them
fail fails the export (the in-memory export leaves it out).

The tables are the in-memory export's: the same rows in the same order, and the same bytes (the
Parquet parts are cut at the same rows), checked on the committed corpus, a bring-your-own corpus
and a synthetic one. Tables go to the hidden partial folder and move into place with the manifest
last, as :func:`analysis.export.export` does.
"""

from __future__ import annotations

import csv
import shutil
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa

from .. import sourcing
from ..columnar import arrow_table
from ..corpus import CorpusError, _read_metadata_rows, _read_raw, check_corpus, load_labels
from ..export import PARTIAL_DIR, _move_into_place, base_tables, check_writable, isolated_run, isolated_tables
from ..framing.article_rates import UNITS, outlet_rates
from ..framing.assembly import article_tables as framing_article_tables
from ..lexicon import PACKAGE_CODEBOOKS, Codebooks
from ..sourcing.corrections import apply_corrections, load_corrections
from ..sourcing.quote_variants import QUOTE_COLUMNS, in_articles
from ..sourcing.summaries import SUMMARY_COLUMNS
from ..study import (
    BatchPool,
    Study,
    build_study,
    contiguous_batches,
    empty_failures,
    release_freed_memory,
    subset_study,
)
from ..vocabulary.concordance import KWIC_WINDOW
from ..vocabulary.phrases import PHRASE_MIN_COUNT, PHRASE_SIZES, PHRASE_TOP
from ..vocabulary.priors import DEFAULT_PRIOR, PRIOR_WEIGHT
from ..vocabulary.terms import _prepare
from ..voices import VOICES
from .collocations import ChunkCollocations, CollocationAggregate, chunk_collocation_counts
from .finish import FINISH_GROUP_ORDER, FINISH_PROCESSES, resident_mb, run_groups
from .held import FrameSpill, RawTexts
from .parts import PartWriter
from .phrases import PhraseAggregate, chunk_phrase_counts
from .reuse import ReuseSpill
from .sourcing_group import across_tables
from .vocabulary import ChunkCounts, VocabularyAggregate, chunk_tables

# The sourcing tables whose rows are one article's: written chunk by chunk (the others are made across articles).
SOURCING_PER_ARTICLE = ("attributions", "accused_parties")
# Articles per chunk: the client holds one chunk's study and tables at a time (measured in the README).
CHUNK_SIZE = 2_000
# The exporter's table order (the manifest lists the files in it).
TABLE_ORDER = (
    "articles", "segments", "sentences", "quotes",
    "terms", "terms_by_article", "term_tokens", "keyness", "text_statistics", "collocations", "distinctive_phrases",
    "attributions", "sources", "quote_variants", "sourcing_outlets", "sourcing_affiliations", "sourcing_sides",
    "sourcing_cues", "accused_parties",
    "mentions", "stance", "frames", "context", "framing_headlines", "framing_passives", "framing_tone",
    "article_rates", "outlet_rates",
    "reuse", "reuse_articles", "reuse_differences", "reuse_origin",
    "failed_articles",
)  # fmt: skip
ARTICLE_RATE_ORDER = ["_m", "item", "_v", "article_id"]
# Article rates the rates group holds at once (a range of items of one measure): 121 bytes per rate in a frame
# (measured on 2,000 bench articles: 120 rates per article), so about 120 MB; the largest measure held whole
# would be about 1 GB at 100,000 articles (label: 21 items x 4 voices x 100,000 articles).
RATE_ROWS = 1_000_000
# Where the frames the corpus tables read are spilled, chunk by chunk (:mod:`analysis.streaming.held`).
HELD_DIR = ".held"
# The rates are spilled per measure: article_rates and outlet_rates are ordered by measure first, so the rates
# group reads, orders and writes one measure's rows at a time.
HELD_FRAMES = ("articles", "quotes", "attributions", "accusing_tokens", *(f"rates.{measure}" for measure in UNITS))


def chunks(articles: pd.DataFrame, size: int, corpus_dir: Path | None = None) -> Iterator[pd.DataFrame]:
    """Yield consecutive chunks of at most ``size`` articles, in article_id order. When ``articles`` has no
    ``raw`` column (:func:`corpus_metadata`), each chunk's texts are read from ``corpus_dir`` as it is cut,
    as :func:`analysis.corpus.load_corpus` reads them, so only the chunks in flight hold text."""
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    for first in range(0, len(articles), max(size, 1)):
        chunk = articles.iloc[first : first + size].reset_index(drop=True)
        if "raw" not in chunk:
            chunk["raw"] = [_read_raw(Path(corpus_dir) / name) for name in chunk["file"]]
        yield chunk


def corpus_metadata(corpus_dir: str | Path) -> pd.DataFrame:
    """Return :func:`analysis.corpus.load_corpus` without the ``raw`` column (the corpus checked first, a
    :class:`~analysis.corpus.CorpusError` listing every problem): the streaming export reads the texts chunk
    by chunk (:func:`chunks`), so 100,000 articles' text (~1 GB in Python strings) is never held at once."""
    problems = check_corpus(corpus_dir)
    if problems:
        raise CorpusError(problems)
    columns, rows = _read_metadata_rows(Path(corpus_dir))
    articles = pd.DataFrame(rows, columns=columns, dtype=str)
    return articles.sort_values("article_id", kind="stable").reset_index(drop=True)


class StreamingExport:
    """The tables of one export, fed a chunk study at a time (:meth:`add`), finished by :meth:`finish`."""

    def __init__(self, partial: Path) -> None:
        self.partial = partial
        self.writers: dict[str, PartWriter] = {}
        self.vocabulary = VocabularyAggregate(partial / ".counts")
        # The three aggregates number the terms alike (each chunk's terms, in its order, from one _prepare): one
        # dictionary, not three (each other one 57 bytes per term: 3.7 MB at 2,000 bench articles).
        terms = self.vocabulary.term_ids
        self.collocations = CollocationAggregate(partial / ".collocations", term_ids=terms)
        self.phrases = PhraseAggregate(partial / ".phrases", PHRASE_SIZES, term_ids=terms)
        self.failures: list[pd.DataFrame] = []
        self.reuse = ReuseSpill(partial / ".reuse")
        # What the corpus tables read, spilled per chunk (analysis.streaming.held): the client holds none of it.
        self.held = {name: FrameSpill(partial / HELD_DIR, name) for name in HELD_FRAMES}
        self.raw = RawTexts(partial / HELD_DIR)
        self.codebooks = None
        self.group_peaks_mb: dict[str, float | None] = {}
        self.fork_mb: float | None = None  # the client's resident memory when the final groups were forked

    def write(self, name: str, frame: pd.DataFrame | pa.Table) -> None:
        """Add rows to table ``name`` (its writer opened at its first rows)."""
        self.writers.setdefault(name, PartWriter(self.partial, name)).add(frame)

    def add(self, part: ChunkPart) -> None:
        """Write a batch's per-article tables and merge its counts (batches in article order); keep what the
        corpus tables read. The tables and counts were made in the worker (:func:`measure_part`)."""
        study = part.study
        self.codebooks = study.codebooks
        # Failed-articles frames with rows (and the first, whose columns an export without failures writes):
        # three per batch were kept, most of them empty.
        self.failures.extend(f for f in part.failures if len(f) or not self.failures)
        self.raw.add(study.raw)
        for name, table in part.tables.items():
            self.write(name, table)
        counts, collocations, phrases = part.counts
        self.vocabulary.add(counts)
        self.collocations.add(collocations)
        self.phrases.add(phrases, study)
        self.reuse.add(study, part.tables["mentions"].to_pandas())
        attr = study.attributions
        accusing = attr.loc[attr["cue_class"] == "accusing", ["article_id", "sentence_id"]].drop_duplicates()
        tokens = study.tokens.merge(accusing, on=["article_id", "sentence_id"], how="inner", sort=False)
        kept = {"articles": study.articles, "quotes": study.quotes, "attributions": attr, "accusing_tokens": tokens}
        for name, frame in kept.items():
            self.held[name].add(frame)
        for measure in UNITS:
            self.held[f"rates.{measure}"].add(part.rates[part.rates["measure"] == measure])

    def _read(self, name: str) -> pd.DataFrame:
        """Return every chunk's spilled frame ``name`` joined in order, as the client held them before
        (:func:`_concat`)."""
        return _concat(self.held[name].frames())

    def finish(self, processes: int = FINISH_PROCESSES) -> tuple[list[Path], dict[Path, int]]:
        """Write the corpus tables and close every writer; return (files in table order, rows of each file).

        The table groups run side by side, ``processes`` at a time (:func:`analysis.streaming.finish.run_groups`:
        the same files and bytes as one after another; measured in :mod:`analysis.streaming.finish`)."""
        # The serial order (an error is raised from the first group failing in it); started longest first.
        groups = {
            "vocabulary": self._write_vocabulary,
            "sourcing": self._write_sourcing,
            "rates": self._write_rates,
            "reuse": self._write_whole_corpus,
        }
        start = sorted(groups, key=FINISH_GROUP_ORDER.index)
        # The streamed tables have every row: closed before the fork, their last row groups (up to one of
        # 262,144 rows per table held: 122 MB of Arrow at 2,000 bench articles, about 0.6 GB at 100,000, estimated
        # from each table's Arrow bytes per row)
        # are written and freed instead of being carried into every group's process.
        files, rows = self._close_writers()
        release_freed_memory()
        pa.default_memory_pool().release_unused()
        self.fork_mb = resident_mb()
        results = dict(zip(start, run_groups(self, [groups[name] for name in start], processes), strict=True))
        done = [results[name] for name in groups]
        self.group_peaks_mb = {name: results[name].peak_mb for name in groups}  # None when run in this process
        del groups, results, self.collocations, self.phrases
        for result in done:
            self.failures += result.failures
        failed = _concat(self.failures)
        if len(failed):
            failed = failed.sort_values(["article_id", "stage"], kind="stable").reset_index(drop=True)
            outlets = self._outlets(set(failed["article_id"]))
            failed.insert(failed.columns.get_loc("article_id") + 1, "outlet", failed["article_id"].map(outlets))
            self.write("failed_articles", failed)
        for found in [self._close_writers(), *((result.files, result.rows) for result in done)]:
            files.update(found[0])
            rows.update(found[1])
        shutil.rmtree(self.partial / ".counts", ignore_errors=True)
        shutil.rmtree(self.partial / ".phrases", ignore_errors=True)
        shutil.rmtree(self.partial / ".collocations", ignore_errors=True)
        shutil.rmtree(self.partial / ".reuse", ignore_errors=True)
        shutil.rmtree(self.partial / HELD_DIR, ignore_errors=True)
        written = [path for name in sorted(files, key=TABLE_ORDER.index) for path in files[name]]
        return written, rows

    def _outlets(self, article_ids: set[str]) -> dict[str, str]:
        """Return the outlet of each of ``article_ids``, read from the spilled article rows (the client kept every
        article's in a dict: about 150 bytes per article)."""
        outlets = {}
        for frame in self.held["articles"].frames(columns=["article_id", "outlet"]):
            # The failed articles may lie anywhere in the corpus and grow with it: each chunk's rows are looked up in
            # the set (in_articles), not the whole set converted per chunk (isin), the squared pattern of issue 18.
            mine = frame[in_articles(frame["article_id"], article_ids)]
            outlets.update(zip(mine["article_id"], mine["outlet"], strict=True))
        return outlets

    def _close_writers(self) -> tuple[dict[str, list[Path]], dict[Path, int]]:
        """Close the tables written so far; return (table -> files, file -> rows), the writers dropped."""
        files = {name: writer.close() for name, writer in self.writers.items()}
        rows = {path: n for writer in self.writers.values() for path, n in writer.rows.items()}
        self.writers = {}
        return files, rows

    def _write_vocabulary(self) -> list[pd.DataFrame]:
        """Write terms, collocations, distinctive_phrases and keyness; return no failed articles."""
        for frame in self.vocabulary.terms_frames():
            self.write("terms", frame)
        self.write("collocations", self.collocations.table())
        statistics = (PHRASE_MIN_COUNT, DEFAULT_PRIOR, PRIOR_WEIGHT)
        # The phrases' examples read the articles, raw texts and codebooks only (tokens and sentences from the
        # phrases' own spill): every chunk's accusing tokens and quotations are not read (9 kB per article).
        study = self._lean_study(_nothing(), quotes=_nothing())
        phrases = self.phrases.table(study, self.vocabulary.stop, PHRASE_TOP, statistics, KWIC_WINDOW)
        self.write("distinctive_phrases", phrases)
        del phrases, study
        release_freed_memory()
        for frame in self.vocabulary.keyness_frames():
            self.write("keyness", frame)
        release_freed_memory()
        return []

    def _lean_study(self, tokens: pd.DataFrame, **frames: pd.DataFrame) -> Study:
        """Return a Study of every article with the given frames (every quotation unless ``quotes`` is given; the
        others empty: nothing reads them)."""
        return Study(
            articles=self._read("articles"),
            raw=self.raw,
            segments=_nothing(),
            sentences=frames.get("sentences", _nothing()),
            tokens=tokens,
            quotes=frames["quotes"] if "quotes" in frames else self._read("quotes"),
            attributions=frames.get("attributions"),
            codebooks=self.codebooks,
        )

    def _write_sourcing(self) -> list[pd.DataFrame]:
        """Write the sourcing tables; return the failed-articles rows of the articles they had to leave out.

        One spilled chunk at a time, :func:`analysis.sourcing.tables` (its quotations left out: they are
        compared across the corpus below) gives the chunk's rows of the per-article tables, attributions and
        accused_parties, and the articles that make it fail (found and left out as in memory:
        :func:`~analysis.export.isolated_tables`); its per-outlet tables are the chunk's only, and dropped.
        Then the tables across articles are made from the columns they read only, the attributions one outlet
        at a time (:func:`~analysis.streaming.sourcing_group.across_tables`), the failed articles left out. So
        the group holds one chunk's attributions and accusing tokens, an outlet's summary columns and one chunk's
        top-level quotations (with a wording code per quotation and the distinct wordings), not every
        attribution's row, every accusing token and every quotation. An article that
        fails only the tables across articles is left out of those, not of the per-article tables (in memory:
        of every sourcing table)."""
        failed = []
        for number in range(len(self.raw.paths)):
            study = self._chunk_sourcing_study(number)
            tables, chunk_failed = isolated_tables(sourcing, study)
            for name in SOURCING_PER_ARTICLE:
                self.write(name, tables[name])
            failed.append(chunk_failed)
            del study, tables
        left_out = set(_concat(failed)["article_id"])
        # The attributions read one outlet at a time, the quotations a chunk at a time.
        across = partial(across_tables, attributions=self.held["attributions"], quotes=self.held["quotes"])
        tables, across_failed = isolated_run(across, self._sourcing_across_study(left_out), "sourcing")
        for name, frame in tables.items():
            self.write(name, frame)
        return [*failed, across_failed]

    def _chunk_sourcing_study(self, number: int) -> Study:
        """Return the Study of spilled chunk ``number`` that :func:`analysis.sourcing.tables` reads for its
        per-article tables: articles, raw texts, attributions and accusing sentences' tokens (no quotation)."""
        quotes = self.held["quotes"].frame(number, columns=QUOTE_COLUMNS)
        return Study(
            articles=self.held["articles"].frame(number),
            raw=self.raw.part(number),
            segments=_nothing(),
            sentences=_nothing(),
            tokens=self.held["accusing_tokens"].frame(number),
            quotes=quotes.iloc[:0],
            attributions=self.held["attributions"].frame(number),
            codebooks=self.codebooks,
        )

    def _sourcing_across_study(self, left_out: set[str]) -> Study:
        """Return the Study :func:`~analysis.streaming.sourcing_group.across_tables` reads: every article (its
        attributions and quotations read there, a chunk or an outlet at a time), without the articles in
        ``left_out``."""
        attributions = pd.DataFrame(columns=SUMMARY_COLUMNS)
        quotes = pd.DataFrame({column: pd.Series(dtype=object) for column in QUOTE_COLUMNS})
        study = self._lean_study(_nothing(), attributions=attributions, quotes=quotes)
        if left_out:
            study = subset_study(study, set(study.raw) - left_out)
        return study

    def _write_rates(self) -> list[pd.DataFrame]:
        """Write article_rates (every chunk's, in the whole corpus's order) and outlet_rates; return no failures.

        Both tables are ordered by measure, then item, and an outlet_rates row reads the article rates of one
        measure, item and voice (each column of its bootstrap is resampled on its own, with draws that depend on
        the outlet and the number of articles only), so they are made a range of items at a time
        (:func:`_item_ranges`): the group holds at most ``RATE_ROWS`` rates (or one item's) instead of a
        measure's (see ``RATE_ROWS``)."""
        outlets = []
        for measure in UNITS:
            spill = self.held[f"rates.{measure}"]
            for items in _item_ranges(spill, RATE_ROWS):
                read = {"filters": [("item", "in", items)]} if items else {}
                rates = _ordered_rates(_concat(spill.frames(**read)))
                self.write("article_rates", rates)
                outlets.append(outlet_rates(rates))
        self.write("outlet_rates", _concat(outlets))
        return []

    def _write_whole_corpus(self) -> list[pd.DataFrame]:
        """Write the reuse tables from the chunks' spills (:mod:`analysis.streaming.reuse`); return no failures."""
        # Each chunk's quotations and attributions are read chunk by chunk (ReuseSpill._per_chunk), not here.
        study = self._lean_study(_nothing(), quotes=_nothing())
        self.reuse.write_tables(study, self.held, self.write)
        return []


def _chunk_vocabulary(study: Study, stop: frozenset[str]) -> tuple[dict, ChunkCounts, ChunkCollocations, dict]:
    """Return a chunk's per-article vocabulary tables, its vocabulary counts, its collocation counts and its
    n-gram counts (one ``_prepare`` of the chunk for all)."""
    prepared = _prepare(study, stop)
    collocations = chunk_collocation_counts(prepared)
    phrases = chunk_phrase_counts(prepared, PHRASE_SIZES)
    tables, counts = chunk_tables(study, stop, prepared)
    return tables, counts, collocations, phrases


def _nothing() -> pd.DataFrame:
    """Return a frame without rows for a study's table nothing reads."""
    return pd.DataFrame({"article_id": pd.Series(dtype=object)})


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Return the frames joined in order (frames without rows left out: their empty columns lose types)."""
    return pd.concat([f for f in frames if len(f)] or frames[:1] or [empty_failures()], ignore_index=True)


def _item_ranges(spill: FrameSpill, rows: int) -> list[list[str]]:
    """Return the items of a measure's spilled rates, sorted, in consecutive ranges of at most ``rows`` rates
    (an item with more is a range of its own); one empty range when there are no rates, so the measure's
    (empty) frame is still read."""
    counts = spill.value_counts("item")
    ranges, size = [[]], 0
    for item in sorted(counts):
        if ranges[-1] and size + counts[item] > rows:
            ranges.append([])
            size = 0
        ranges[-1].append(item)
        size += int(counts[item])
    return ranges


def _ordered_rates(rates: pd.DataFrame) -> pd.DataFrame:
    """Return every chunk's article_rates in the order :func:`analysis.framing.article_rates.article_rates`
    gives the whole corpus's (measure, item, voice, article_id)."""
    measure = rates["measure"].map({m: k for k, m in enumerate(UNITS)})
    voice = rates["voice"].map({v: k for k, v in enumerate(["all", *VOICES])})
    order = rates.assign(_m=measure, _v=voice).sort_values(ARTICLE_RATE_ORDER, kind="stable").index
    return rates.loc[order].reset_index(drop=True)


def chunk_study(articles: pd.DataFrame, inputs: StudyInputs) -> Study:
    """Return the study of some articles built in this process, as :func:`analysis.study.load_study` builds a
    corpus's: the researcher's attribution corrections laid over the rules'."""
    labels = inputs.labels
    if labels is not None and len(labels):
        labels = labels[labels["article_id"].isin(articles["article_id"])]
    study = build_study(articles, labels, 1, "processes", None, inputs.codebooks)
    if study.attributions is None or inputs.corrections is None or not len(inputs.corrections):
        return study
    return replace(study, attributions=apply_corrections(study.attributions, inputs.corrections, inputs.codebooks))


@dataclass
class ChunkPart:
    """A batch of a chunk's articles as a worker returns it: its study, its per-article tables and its counts,
    which the client only merges (:meth:`StreamingExport.add`)."""

    study: Study
    tables: dict[str, pa.Table]  # per-article tables (base, vocabulary, framing) in the contract's Arrow types
    counts: tuple  # (ChunkCounts, collocation counts, n-gram counts): see _chunk_vocabulary
    rates: pd.DataFrame  # the framing's article_rates (every chunk's are ordered together at the end)
    failures: list[pd.DataFrame]  # the study's, the vocabulary's, the framing's


def measure_part(articles: pd.DataFrame, inputs: StudyInputs, stop: frozenset[str]) -> ChunkPart:
    """Return the :class:`ChunkPart` of a batch of articles, all computed here (in a worker: the process pool's
    or Dask's, the same function): the study, the per-article tables (converted to Arrow here too: 4 of the
    client's 16 CPU seconds per 500 articles), the vocabulary's mergeable counts and the framing's article
    rates. Every row of these depends on one article only, so a batch gives the rows a whole chunk gives
    its articles."""
    study = chunk_study(articles, inputs)
    (vocabulary, *counts), vocabulary_failed = isolated_run(partial(_chunk_vocabulary, stop=stop), study, "vocabulary")
    framing, framing_failed = isolated_run(framing_article_tables, study, "framing")
    rates = framing.pop("article_rates")
    frames = {**base_tables(study), **vocabulary, **framing}
    tables = {name: arrow_table(frame, name) for name, frame in frames.items()}
    return ChunkPart(study, tables, tuple(counts), rates, [study.failures, vocabulary_failed, framing_failed])


def submit_chunk(articles: pd.DataFrame, inputs: StudyInputs, pool: BatchPool, stop: frozenset[str]) -> list:
    """Submit a chunk's articles to ``pool`` in contiguous batches (as :func:`analysis.study.process_articles`
    cuts them) of :func:`measure_part`; return the batches' futures, in order."""
    labels = inputs.labels
    futures = []
    for batch in contiguous_batches(list(range(len(articles))), pool.workers):
        part = articles.iloc[batch[0] : batch[-1] + 1].reset_index(drop=True)
        if labels is not None and len(labels):
            part_inputs = replace(inputs, labels=labels[labels["article_id"].isin(part["article_id"])])
        else:
            part_inputs = inputs
        futures.append(pool.submit(measure_part, part, part_inputs, stop))
    return futures


def chunk_parts(
    articles: pd.DataFrame,
    chunk_size: int,
    inputs: StudyInputs,
    pool: BatchPool,
    stop: frozenset[str],
    corpus_dir: Path | None = None,
) -> Iterator[ChunkPart]:
    """Yield the :class:`ChunkPart` of every batch of every chunk of ``articles`` (:func:`chunks`: texts read
    from ``corpus_dir`` when ``articles`` has none), in article order, pipelined: chunk k+1 is submitted
    before chunk k's parts are yielded, so the workers run it while the client merges chunk k. At most two
    chunks are submitted and not yet merged (memory: ~2 chunks).

    Measured at 2,000 realistic articles in chunks of 500, 2 workers, on a shared machine (so CPU seconds,
    not wall): the client's own CPU, the part no worker can take over, fell from 97 s of 152 s (pipelined,
    tables still made on the client) to 77 s of 177 s (tables made in the workers), and the chunks' merging
    from ~30 s to ~15 s of it; the rest is the corpus tables of :meth:`StreamingExport.finish`.
    """
    pending: deque = deque()
    for chunk in chunks(articles, chunk_size, corpus_dir):
        submitted = submit_chunk(chunk, inputs, pool, stop)
        while pending:
            yield pending.popleft().result()  # popped: the client drops a merged part's future
        pending.extend(submitted)
    while pending:
        yield pending.popleft().result()


@dataclass(frozen=True)
class StudyInputs:
    """What a study is built with besides its articles: segment labels, attribution corrections, codebooks."""

    labels: pd.DataFrame | None = None
    corrections: pd.DataFrame | None = None
    codebooks: Codebooks = PACKAGE_CODEBOOKS


def export_articles(
    articles: pd.DataFrame,
    out_dir: str | Path,
    chunk_size: int = CHUNK_SIZE,
    run: tuple[int, str, str | None] = (1, "processes", None),
    inputs: StudyInputs = StudyInputs(),
    corpus_dir: Path | None = None,
) -> list[Path]:
    """Write every table of loaded ``articles`` (see ``load_corpus``; or :func:`corpus_metadata`, the texts
    then read from ``corpus_dir`` chunk by chunk) to ``out_dir`` as Parquet, ``chunk_size`` articles at a
    time, and ``manifest.json`` last; return the files. ``run`` = (workers, engine, scheduler)
    of :func:`analysis.study.build_study`. The files and bytes are those of
    ``export(build_study(articles, ...), out_dir, "parquet")``."""
    out_dir = Path(out_dir)
    check_writable(out_dir)
    partial = out_dir / PARTIAL_DIR
    shutil.rmtree(partial, ignore_errors=True)
    streaming = StreamingExport(partial)
    with BatchPool(*run) as pool:
        for part in chunk_parts(articles, chunk_size, inputs, pool, streaming.vocabulary.stop, corpus_dir):
            streaming.add(part)
            del part
            release_freed_memory()
    # After the pool has closed: the final stage forks its table groups (:mod:`analysis.streaming.finish`).
    written, rows = streaming.finish(finish_processes(run[0]))
    return _move_into_place(written, rows, out_dir, partial)


def finish_processes(workers: int) -> int:
    """Return how many final-stage table groups run at once: the workers asked for, at most
    :data:`~analysis.streaming.finish.FINISH_PROCESSES`."""
    return min(FINISH_PROCESSES, max(workers, 1))


def streams(fmt: str, corpus_dir: str | Path, chunk_size: int | None) -> bool:
    """Return whether ``export --format fmt`` streams: Parquet only, when a ``chunk_size`` (> 0) is given or,
    without one, when the corpus lists more than :data:`CHUNK_SIZE` articles (one chunk would hold it all);
    ``chunk_size`` 0 keeps the whole study in memory."""
    if fmt != "parquet" or chunk_size == 0:
        return False
    if chunk_size is not None:
        return True
    metadata = Path(corpus_dir) / "metadata.csv"
    if not metadata.is_file():
        return False  # load_study reports the missing file
    with open(metadata, encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.DictReader(stream)) > CHUNK_SIZE


def export_streaming(
    corpus_dir: str | Path,
    out_dir: str | Path,
    chunk_size: int = CHUNK_SIZE,
    run: tuple[int, str, str | None] = (1, "processes", None),
) -> list[Path]:
    """Write every table of the corpus in ``corpus_dir`` to ``out_dir`` as Parquet, chunk by chunk
    (:func:`export_articles`, with the corpus's labels, corrections and codebooks); return the files: those
    of ``export(load_study(corpus_dir), out_dir, "parquet")``, byte for byte."""
    check_writable(out_dir)
    inputs = StudyInputs(load_labels(corpus_dir), load_corrections(corpus_dir), Codebooks.of_corpus(corpus_dir))
    return export_articles(corpus_metadata(corpus_dir), out_dir, chunk_size, run, inputs, Path(corpus_dir))
