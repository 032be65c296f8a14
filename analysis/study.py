"""The study's base tables, built from a corpus directory.

``load_study`` returns a :class:`Study`: tidy DataFrames that every analysis
reads. Each article is processed on its own, in one pass (segments, then the
text layer of its body), so cost grows linearly with the corpus and the work
can be spread over processes.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import pandas as pd

from .corpus import load_corpus, load_labels
from .lexicon import PACKAGE_CODEBOOKS, Codebooks
from .segmentation import SEGMENT_COLUMNS, apply_manual_labels, segment_records, segments_frame
from .text import text_frames, text_records
from .voices import QUOTATION

# Articles per task sent to a worker process: large enough to amortise pickling.
BATCH_SIZE = 250


@dataclass(frozen=True)
class Study:
    """The base tables of a corpus.

    - ``articles``: one row per document: the metadata rows (``role`` primary)
      plus any appended story found inside them (``role`` appended).
    - ``raw``: article_id -> raw text, for offsets.
    - ``segments``: every labelled stretch of every raw file.
    - ``sentences``, ``tokens``, ``quotes``: body text of primary documents; ``tokens["voice"]`` is
      narration, paraphrase or quotation (:mod:`analysis.voices`).
    - ``attributions``: the sourcing analysis's attributions (:func:`analysis.sourcing.attributions`),
      found once while the voices are assigned; None for a study that has not been voiced.
    - ``codebooks``: where the story-specific instruments (actors, sides, context topics, ...) are
      read from (:class:`analysis.lexicon.Codebooks`): the study's ``codebooks/`` folder or the
      package defaults.
    """

    articles: pd.DataFrame
    raw: dict[str, str]
    segments: pd.DataFrame
    sentences: pd.DataFrame
    tokens: pd.DataFrame
    quotes: pd.DataFrame
    failures: pd.DataFrame = field(default_factory=lambda: empty_failures())
    attributions: pd.DataFrame | None = None
    codebooks: Codebooks = PACKAGE_CODEBOOKS

    def outlet_of(self) -> dict[str, str]:
        """Return article_id -> outlet for primary documents."""
        primary = self.articles[self.articles["role"] == "primary"]
        return dict(zip(primary["article_id"], primary["outlet"]))


FAILURE_COLUMNS = ["article_id", "stage", "error"]
TEXT_STAGE = "segments, sentences, tokens, quotes"
SOURCING_STAGE = "sourcing"


def empty_failures() -> pd.DataFrame:
    """Return an empty table of failed articles (article_id, stage, error)."""
    return pd.DataFrame({column: pd.Series(dtype="object") for column in FAILURE_COLUMNS})


def failure_row(article_id: str, stage: str, error: BaseException) -> tuple[str, str, str]:
    """Return the failed-articles row of an error: the article, the stage, the error on one line."""
    message = " ".join(str(error).split())[:200]
    return (article_id, stage, f"{type(error).__name__}: {message}" if message else type(error).__name__)


def failing_articles(
    run: Callable[[Study], object], study: Study, article_ids: list[str]
) -> list[tuple[str, Exception]]:
    """Return (article_id, error) of the articles among ``article_ids`` on which ``run`` fails alone.

    Found by bisection over :func:`subset_study`: each failing article costs about log2(n) extra runs.
    """
    try:
        run(subset_study(study, set(article_ids)))
        return []
    except Exception as error:  # the error is returned with its article, not raised
        if len(article_ids) == 1:
            return [(article_ids[0], error)]
    middle = len(article_ids) // 2
    return failing_articles(run, study, article_ids[:middle]) + failing_articles(run, study, article_ids[middle:])


def process_article(article_id: str, raw: str, labels: pd.DataFrame | None = None) -> dict[str, list[tuple]]:
    """Return the ``segments``, ``sentences``, ``tokens`` and ``quotes`` records of one article.

    Records are tuples in the column order of each table; :func:`build_study`
    turns the records of all articles into DataFrames once.
    """
    if labels is not None and len(labels):
        frame = apply_manual_labels(segments_frame(segment_records(article_id, raw)), labels, raw)
        segments = list(frame.itertuples(index=False, name=None))
    else:
        segments = segment_records(article_id, raw)
    kind, start, end, document = (SEGMENT_COLUMNS.index(c) for c in ("kind", "start", "end", "document_id"))
    body = [(row[1], row[start], row[end]) for row in segments if row[kind] == "body" and row[document] == article_id]
    return {"segments": segments, **text_records(article_id, raw, body)}


def _process_batch(
    batch: list[tuple[str, str, pd.DataFrame | None]], codebooks: Codebooks = PACKAGE_CODEBOOKS
) -> dict[str, pd.DataFrame]:
    """Return the ``segments``, ``sentences``, ``tokens`` and ``quotes`` frames of a batch of articles,
    with its raw attribution rows (read with the study's ``codebooks``, see :func:`_voice_batch`).

    Frames, not records, cross the process boundary: columns pickle compactly,
    and the parent never holds millions of short-lived row tuples (whose
    freed memory the allocator cannot return while strings live among them).
    """
    records: dict[str, list] = {"segments": [], "sentences": [], "tokens": [], "quotes": []}
    failures = []
    for item in batch:
        # One malformed page must not abort the corpus: its error is recorded, the others go on.
        try:
            article = process_article(*item)
        except Exception as error:  # any error of one article is reported, not raised
            failures.append(failure_row(item[0], TEXT_STAGE, error))
            continue
        for name, rows in article.items():
            records[name].extend(rows)
    frames = {"segments": segments_frame(records.pop("segments")), **text_frames(records)}
    attributions, failed = _voice_batch(frames, {item[0]: item[1] for item in batch}, codebooks)
    sourcing_failures = [failure_row(article_id, SOURCING_STAGE, error) for article_id, error in failed]
    return {
        **frames,
        "attributions": attributions,
        "failures": pd.DataFrame(failures, columns=FAILURE_COLUMNS),
        "sourcing_failures": pd.DataFrame(sourcing_failures, columns=FAILURE_COLUMNS),
    }


def _voice_batch(
    frames: dict[str, pd.DataFrame], raw: dict[str, str], codebooks: Codebooks = PACKAGE_CODEBOOKS
) -> tuple[pd.DataFrame, list]:
    """Return the raw attribution rows of a batch and the articles the rules failed on; give the batch's
    tokens their three voices (in ``frames``).

    The attribution rules and the voices need only one article at a time, so they run here, in the
    per-article pass (on the worker that built the batch), not in a second pass over the corpus:
    the same rules as :func:`analysis.voices.with_voices`, which this replaces for a new study. The
    batch is read with the study's ``codebooks``; the sides are added from them when the batches are
    joined (:func:`analysis.sourcing.batching.attribution_table`).
    """
    from .sourcing.batching import batch_attribution_rows  # sourcing imports this module
    from .voices import three_voices

    tables = (frames["segments"], frames["sentences"], frames["tokens"], frames["quotes"])
    batch = Study(pd.DataFrame(), raw, *tables, codebooks=codebooks)
    rows, failed = batch_attribution_rows(batch, list(raw))
    frames["tokens"] = frames["tokens"].assign(voice=three_voices(frames["tokens"], rows))
    return rows, failed


def contiguous_batches(items: list, workers: int) -> list[list]:
    """Return contiguous batches of ``items``: at most ``BATCH_SIZE``, at least one per worker."""
    size = max(1, min(BATCH_SIZE, -(-len(items) // max(workers, 1))))
    return [items[i : i + size] for i in range(0, len(items), size)]


class _Later:
    """A batch run in this process when its result is asked for (the one-worker pool's future)."""

    def __init__(self, work: Callable, args: tuple) -> None:
        self.work, self.args = work, args

    def result(self) -> object:
        """Return ``work(*args)``."""
        return self.work(*self.args)


class BatchPool:
    """Where batches of articles run while the pool is open (a context manager): ``workers`` processes
    (a process pool), a Dask cluster (``engine="dask"``: the one at ``scheduler``, or a local cluster of
    ``workers`` processes), or, with one worker, this process. :meth:`submit` returns a future at once, so
    a caller can keep the workers busy with the next batches while it merges the last ones."""

    def __init__(self, workers: int = 1, engine: str = "processes", scheduler: str | None = None) -> None:
        self.workers, self.engine, self.scheduler = max(workers, 1), engine, scheduler
        self.pool, self.client, self.cluster = None, None, None

    def __enter__(self) -> BatchPool:
        if self.engine == "dask":
            from distributed import Client, LocalCluster

            if not self.scheduler:
                self.cluster = LocalCluster(
                    n_workers=self.workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
            self.client = Client(self.scheduler or self.cluster)
            from .dask_workers import WorkerStart

            self.client.register_plugin(WorkerStart())
        elif self.workers > 1:
            from concurrent.futures import ProcessPoolExecutor

            from .workers import start_worker

            self.pool = ProcessPoolExecutor(max_workers=self.workers, initializer=start_worker)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown()
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def submit(self, work: Callable, *args: object) -> object:
        """Return a future of ``work(*args)`` (its ``result()`` waits for it)."""
        if self.client is not None:
            return self.client.submit(work, *args, pure=False)
        if self.pool is not None:
            return self.pool.submit(work, *args)
        return _Later(work, args)


def process_articles(
    items: list[tuple[str, str, pd.DataFrame | None]],
    workers: int = 1,
    engine: str = "processes",
    scheduler: str | None = None,
    codebooks: Codebooks = PACKAGE_CODEBOOKS,
) -> dict[str, pd.DataFrame]:
    """Return the ``segments``, ``sentences``, ``tokens`` and ``quotes`` frames of ``(article_id, raw, labels)`` items.

    Articles are independent, so they are processed in contiguous batches on
    ``workers`` processes and the batch frames are joined in input order, which
    makes the output identical to a single-process run. ``engine="dask"`` runs
    the batches on a Dask cluster (``scheduler`` address, or a local cluster of
    ``workers`` processes).
    """
    if engine != "dask" and len(items) < 2 * workers:
        workers = 1  # too few articles to repay starting the processes
    with BatchPool(workers, engine, scheduler) as pool:
        return join_batches([future.result() for future in submit_articles(pool, items, codebooks)])


def submit_articles(pool: BatchPool, items: list[tuple], codebooks: Codebooks = PACKAGE_CODEBOOKS) -> list:
    """Submit the per-article pass of ``(article_id, raw, labels)`` items to ``pool`` in contiguous batches
    (:func:`_process_batch`); return the batches' futures, in order (:func:`join_batches` joins their results)."""
    process = partial(_process_batch, codebooks=codebooks)  # picklable: the workers read the study's codebooks
    return [pool.submit(process, batch) for batch in contiguous_batches(items, pool.workers) or [[]]]


def join_batches(results: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Return the frames of :func:`_process_batch` results joined in the batches' order."""
    joined = {}
    for name in ("segments", "sentences", "tokens", "quotes", "attributions", "failures", "sourcing_failures"):
        # Batches without rows are left out: their empty columns would turn typed columns into objects.
        frames = [result.pop(name) for result in results]
        joined[name] = pd.concat([f for f in frames if len(f)] or frames[:1], ignore_index=True)
    return joined


def appended_documents(articles: pd.DataFrame, segments: pd.DataFrame) -> pd.DataFrame:
    """Return one row per appended story found inside a raw file."""
    appended = segments[segments["document_id"] != segments["article_id"]]
    rows = []
    host_rows = articles.set_index("article_id")
    for document_id, group in appended.groupby("document_id", sort=True):
        host_id = group["article_id"].iat[0]
        host = host_rows.loc[host_id]
        rows.append(
            {
                "article_id": document_id,
                "file": host["file"],
                "outlet": host["outlet"],
                "outlet_confidence": host["outlet_confidence"],
                "outlet_country": host["outlet_country"],
                "outlet_type": host["outlet_type"],
                "language": host["language"],
                "notes": "a different story appended to the host page by the scrape; not part of the host article",
                "role": "appended",
                "host_article_id": host_id,
                "start": int(group["start"].min()),
                "end": int(group["end"].max()),
                "headline": group["text"].iat[0],
            }
        )
    return pd.DataFrame(rows)


def release_freed_memory() -> None:
    """Hand memory that Python has freed back to the operating system (glibc only; elsewhere a no-op).

    Building tables frees many medium-sized temporaries that glibc keeps in its
    heap, so resident memory stays high after they are gone; ``malloc_trim``
    returns it, which lowers the peak of the stages that follow (the same
    remedy Dask documents for its workers).
    """
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):  # not glibc (macOS, Windows, musl)
        pass


def build_study(
    articles: pd.DataFrame,
    labels: pd.DataFrame | None = None,
    workers: int = 1,
    engine: str = "processes",
    scheduler: str | None = None,
    codebooks: Codebooks = PACKAGE_CODEBOOKS,
) -> Study:
    """Return the :class:`Study` of already loaded articles (see ``load_corpus``), with three-way voices.

    The attributions and the voices are found in the per-article pass, batch by batch
    (:func:`_voice_batch`: the rules of :func:`analysis.voices.with_voices`), so every analysis
    reads the same ``tokens["voice"]`` and ``Study.attributions``. ``codebooks``: the story-specific
    instruments every analysis of the study reads (default: the package's generic ones); the
    attributions' sides are read from them.
    """
    return assemble_study(
        articles, process_articles(study_items(articles, labels), workers, engine, scheduler, codebooks), codebooks
    )


def study_items(articles: pd.DataFrame, labels: pd.DataFrame | None = None) -> list[tuple]:
    """Return the (article_id, raw, the article's segment labels or None) items of :func:`process_articles`."""
    items = []
    for article_id, raw in zip(articles["article_id"], articles["raw"]):
        article_labels = labels[labels["article_id"] == article_id] if labels is not None and len(labels) else None
        items.append((article_id, raw, article_labels))
    return items


def assemble_study(articles: pd.DataFrame, layer: dict[str, pd.DataFrame], codebooks: Codebooks) -> Study:
    """Return the :class:`Study` of loaded ``articles`` from their per-article pass (:func:`join_batches`
    of :func:`_process_batch` results): the articles table with the appended stories, the attributions
    with their outlets and sides, and the failures of both stages."""
    segments = layer["segments"]
    primary = articles.drop(columns="raw").assign(role="primary", host_article_id="")
    headlines = segments[segments["kind"] == "headline"].groupby("article_id")["text"].first().to_dict()
    primary["start"] = 0
    primary["end"] = articles["raw"].str.len()
    primary["headline"] = [headlines.get(article_id, "") for article_id in primary["article_id"]]
    table = pd.concat([primary, appended_documents(articles, segments)], ignore_index=True)
    table = table.fillna("").astype({"start": "int64", "end": "int64"})
    study = Study(
        articles=table.sort_values("article_id", kind="stable").reset_index(drop=True),
        raw=dict(zip(articles["article_id"], articles["raw"])),
        segments=segments,
        sentences=layer["sentences"],
        tokens=layer["tokens"],
        quotes=layer["quotes"],
        failures=layer["failures"].reset_index(drop=True),
        codebooks=codebooks,
    )
    from .sourcing.batching import attribution_table  # sourcing imports this module

    # The per-article pass found the attributions and the voices (see _voice_batch): the study is voiced.
    failed = layer["sourcing_failures"].sort_values("article_id", kind="stable")
    study = replace(
        study,
        attributions=attribution_table(layer["attributions"], study.outlet_of(), study.codebooks),
        failures=pd.concat([f for f in (study.failures, failed) if len(f)] or [study.failures], ignore_index=True),
    )
    del layer
    release_freed_memory()
    return study


def load_study(
    corpus_dir: str | Path = "corpus",
    workers: int = 1,
    engine: str = "processes",
    scheduler: str | None = None,
    codebooks: Codebooks | None = None,
) -> Study:
    """Return the :class:`Study` of a corpus directory (validated first); see :func:`process_articles`.

    The story-specific codebooks are the study's (``codebooks/`` beside the corpus folder,
    :meth:`analysis.lexicon.Codebooks.of_corpus`) unless ``codebooks`` is given.

    The researcher's attribution corrections (``attribution_corrections.csv`` of the corpus) are laid
    over the rules' attributions here, so every table and chart counts the corrected values. They
    change speaker, source and affiliation, never content spans, so the voices stay as computed.
    """
    codebooks = Codebooks.of_corpus(corpus_dir) if codebooks is None else codebooks
    study = build_study(load_corpus(corpus_dir), load_labels(corpus_dir), workers, engine, scheduler, codebooks)
    from .sourcing.corrections import apply_corrections, load_corrections  # sourcing imports study

    corrections = load_corrections(corpus_dir)
    if study.attributions is None or not len(corrections):
        return study
    return replace(study, attributions=apply_corrections(study.attributions, corrections, codebooks))


def subset_study(study: Study, article_ids: set[str]) -> Study:
    """Return the Study restricted to ``article_ids`` (with the documents appended inside their pages)."""
    articles = study.articles
    keep = articles["article_id"].isin(article_ids)
    if "host_article_id" in articles:
        keep |= articles["host_article_id"].isin(article_ids)

    def rows_of(frame: pd.DataFrame) -> pd.DataFrame:
        return frame[frame["article_id"].isin(article_ids)].reset_index(drop=True)

    return Study(
        articles=articles[keep].reset_index(drop=True),
        raw={key: value for key, value in study.raw.items() if key in article_ids},
        segments=rows_of(study.segments),
        sentences=rows_of(study.sentences),
        tokens=rows_of(study.tokens),
        quotes=rows_of(study.quotes),
        failures=study.failures,
        attributions=None if study.attributions is None else rows_of(study.attributions),
        codebooks=study.codebooks,
    )


def segment_shares(study: Study) -> pd.DataFrame:
    """Return characters per article and segment kind, with each kind's share of the article.

    One row per (article_id, kind): the tidy table behind "what was kept and
    what was removed".
    """
    seg = study.segments.assign(chars=study.segments["end"] - study.segments["start"])
    table = seg.groupby(["article_id", "kind"], as_index=False, sort=True).agg(
        segments=("segment_id", "size"), chars=("chars", "sum")
    )
    table["share"] = (table["chars"] / table.groupby("article_id")["chars"].transform("sum")).round(4)
    table.insert(1, "outlet", table["article_id"].map(study.outlet_of()))
    return table


def article_counts(study: Study) -> pd.DataFrame:
    """Return per primary article: outlet, body segments, sentences, words, quoted words and share."""
    outlets = study.outlet_of()
    words = study.tokens[study.tokens["is_word"]]
    body = study.segments[study.segments["kind"] == "body"]
    table = pd.DataFrame({"article_id": sorted(outlets)})
    table["outlet"] = table["article_id"].map(outlets)
    table["body_segments"] = table["article_id"].map(body.groupby("article_id").size()).fillna(0).astype("int64")
    table["sentences"] = table["article_id"].map(study.sentences.groupby("article_id").size()).fillna(0).astype("int64")
    table["words"] = table["article_id"].map(words.groupby("article_id").size()).fillna(0).astype("int64")
    quoted = words[words["voice"] == QUOTATION].groupby("article_id").size()
    table["quoted_words"] = table["article_id"].map(quoted).fillna(0).astype("int64")
    table["quoted_share"] = (table["quoted_words"] / table["words"].where(table["words"] > 0)).fillna(0.0).round(3)
    table["quotes"] = (
        table["article_id"]
        .map(study.quotes[study.quotes["depth"] == 1].groupby("article_id").size())
        .fillna(0)
        .astype("int64")
    )
    return table


def outlet_counts(study: Study) -> pd.DataFrame:
    """Return :func:`article_counts` summed per outlet, with the quoted share recomputed."""
    table = (
        article_counts(study)
        .groupby("outlet", as_index=False, sort=True)
        .agg(
            articles=("article_id", "size"),
            body_segments=("body_segments", "sum"),
            sentences=("sentences", "sum"),
            words=("words", "sum"),
            quoted_words=("quoted_words", "sum"),
            quotes=("quotes", "sum"),
        )
    )
    table["quoted_share"] = (table["quoted_words"] / table["words"].where(table["words"] > 0)).fillna(0.0).round(3)
    return table
