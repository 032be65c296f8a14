"""The attributions table of a study, in batches of articles, on a process pool for large corpora.

The rules read plain token dicts built per batch of articles (no DataFrame per article); from
``POOL_MIN_ARTICLES`` articles on, contiguous batches run on ``WORKERS`` forked processes and
are joined in order (the same table as one process).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from operator import itemgetter

import numpy as np
import pandas as pd

from ..lexicon import PACKAGE_CODEBOOKS, Codebooks
from ..study import Study
from .extraction import TOKEN_KEYS, _article_rows, _token_records, _word_counts
from .lexicons import side_of, sides

ATTRIBUTION_COLUMNS = [
    "article_id", "outlet", "sentence_id", "start", "end",
    "speaker_text", "speaker_start", "speaker_end",
    "source", "source_type", "affiliation", "side",
    "cue", "cue_start", "cue_end", "cue_lemma", "cue_class",
    "mode", "content", "content_start", "content_end",
    "content_words", "quoted_words",
    "anonymous", "agentless", "collective", "resolved_by",
]  # fmt: skip
ROW_COLUMNS = [c for c in ATTRIBUTION_COLUMNS if c != "outlet"]
# 32-bit: offsets and word counts of one article fit, and the CSV is the same.
INT32_COLUMNS = ["sentence_id", "start", "end", "content_start", "content_end", "content_words", "quoted_words"]
# Offsets of a span that may be absent (no speaker, no cue): the rules mark an absent span -1; the
# table holds a missing value (nullable integers), written as an empty cell as the contract asks.
OPTIONAL_SPAN_COLUMNS = ["speaker_start", "speaker_end", "cue_start", "cue_end"]

# Articles per batch: a batch's token columns become Python lists at once, and a batch is the
# unit of work sent to a worker process.
ARTICLE_BATCH = 200
# Below this many articles the extraction runs in this process (a pool costs more than it saves).
POOL_MIN_ARTICLES = 400
WORKERS = 2

# The study and its row indices while a pool runs: forked workers inherit them instead of
# receiving pickled token columns.
_SHARED: dict = {}


def _attribution_batch(batch: list[tuple]) -> list[tuple]:
    """Return the attribution rows (tuples in ``ROW_COLUMNS`` order) of a batch of
    (article_id, raw, sentence_rows, token columns, quote_spans)."""
    out: list[tuple] = []
    # Tuples, not dicts: a fraction of the size to send back from a worker; one itemgetter call per row, not a
    # generator (measured: the 14,000 rows of 1,000 bench articles 0.04-0.09 -> 0.01 CPU s).
    as_tuple = itemgetter(*ROW_COLUMNS)
    for article_id, raw, sentence_rows, columns, quote_spans in batch:
        rows = _article_rows(article_id, raw, sentence_rows, _token_records(columns), quote_spans)
        starts, is_word, voice = (columns[TOKEN_KEYS.index(key)] for key in ("start", "is_word", "voice"))
        _word_counts(rows, starts, is_word, voice)
        out.extend(map(as_tuple, rows))
    return out


def _attribution_chunk(article_ids: list[str]) -> list[tuple]:
    """Return the attribution rows of some articles of the study in ``_SHARED`` (run in a forked worker)."""
    return _attribution_batch(_batch_inputs(_SHARED["study"], article_ids, *_SHARED["indices"]))


def _batch_inputs(
    study: Study, article_ids: list[str], sentence_index: dict, token_index: dict, quote_index: dict
) -> list[tuple]:
    """Return the plain-Python inputs of :func:`_attribution_batch` for some articles (rows from groupby indices)."""
    empty = np.array([], dtype="int64")
    token_positions = [token_index.get(a, empty) for a in article_ids]
    sentence_positions = [sentence_index[a] for a in article_ids]
    quote_positions = [quote_index.get(a, empty) for a in article_ids]

    def columns(frame: pd.DataFrame, names: list[str], positions: list[np.ndarray]) -> list[list]:
        taken = np.concatenate(positions) if positions else empty
        return [frame[name].take(taken).tolist() for name in names]

    tokens = columns(study.tokens, TOKEN_KEYS, token_positions)
    sentences = columns(study.sentences, ["sentence_id", "start", "end"], sentence_positions)
    quotes = columns(study.quotes, ["depth", "start", "end"], quote_positions)
    inputs = []
    t = s = q = 0
    for article_id, tp, sp, qp in zip(article_ids, token_positions, sentence_positions, quote_positions, strict=False):
        t1, s1, q1 = t + len(tp), s + len(sp), q + len(qp)
        spans = sorted((int(b), int(e)) for d, b, e in zip(*(c[q:q1] for c in quotes), strict=False) if d == 1)
        sentence_rows = list(zip(*(c[s:s1] for c in sentences), strict=False))
        inputs.append((article_id, study.raw[article_id], sentence_rows, [c[t:t1] for c in tokens], spans))
        t, s, q = t1, s1, q1
    return inputs


def _token_index(study: Study) -> dict[str, np.ndarray]:
    """Return article_id -> row positions (in table order) of ``study.tokens``."""
    return study.tokens.groupby("article_id", sort=False).indices


def attributions(study: Study, workers: int | None = None) -> pd.DataFrame:
    """Return every attribution in the body text of the primary documents (``ATTRIBUTION_COLUMNS``).

    ``speaker_start``/``speaker_end`` and ``cue_start``/``cue_end`` are nullable integers, missing
    (``<NA>``) where the attribution has no speaker or no cue.

    Articles are independent: with ``workers`` > 1 (default ``WORKERS`` for corpora of at least
    ``POOL_MIN_ARTICLES`` articles) contiguous batches run on a process pool and are joined in
    order, so the table is identical to a single-process run.
    """
    return _attributions(study, workers)[0]


def _attributions(
    study: Study,
    workers: int | None = None,
    meanwhile: Callable[[], object] | None = None,
    token_index: dict | None = None,
) -> tuple[pd.DataFrame, object]:
    """Return (:func:`attributions`, ``meanwhile()``): the callable runs in this process while the workers extract.

    ``token_index`` (article_id -> row positions in ``study.tokens``) is computed when not given.
    """
    outlets = study.outlet_of()
    # Row positions of each article in the study tables (primary documents with body text only).
    sentence_index = {
        a: p for a, p in study.sentences.groupby("article_id", sort=False).indices.items() if a in outlets
    }
    token_index = _token_index(study) if token_index is None else token_index
    indices = (sentence_index, token_index, study.quotes.groupby("article_id", sort=False).indices)
    article_ids = sorted(sentence_index)
    chunks = [article_ids[i : i + ARTICLE_BATCH] for i in range(0, len(article_ids), ARTICLE_BATCH)]
    if workers is None:
        workers = WORKERS if len(article_ids) >= POOL_MIN_ARTICLES else 1
    if workers > 1 and len(chunks) > 1 and "fork" in multiprocessing.get_all_start_methods():
        from concurrent.futures import ProcessPoolExecutor

        _SHARED.update(study=study, indices=indices)
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                futures = [pool.submit(_attribution_chunk, chunk) for chunk in chunks]
                extra = meanwhile() if meanwhile is not None else None
                results = [future.result() for future in futures]  # in the chunks' order
        finally:
            _SHARED.clear()
    else:
        results = [_attribution_batch(_batch_inputs(study, chunk, *indices)) for chunk in chunks]
        extra = meanwhile() if meanwhile is not None else None
    rows = [row for result in results for row in result]
    return attribution_table(pd.DataFrame(rows, columns=ROW_COLUMNS), outlets, study.codebooks), extra


def attribution_table(
    rows: pd.DataFrame, outlets: dict[str, str], codebooks: Codebooks = PACKAGE_CODEBOOKS
) -> pd.DataFrame:
    """Return the attributions table (``ATTRIBUTION_COLUMNS``) of raw rows (``ROW_COLUMNS``, any article order):
    the outlet and the side (the ``codebooks``' ``sourcing_sides.csv``) added, rows sorted by article and
    content, offsets 32-bit, absent spans missing."""
    if not len(rows):
        return pd.DataFrame(columns=ATTRIBUTION_COLUMNS)
    frame = rows.assign(outlet=rows["article_id"].map(outlets))
    # Sides are the study's codebook (analysis.lexicon.Codebooks): one look-up per distinct affiliation.
    table = sides(codebooks)
    side = {a: side_of(a, table) for a in frame["affiliation"].unique()}
    frame["side"] = frame["affiliation"].map(side)
    frame = frame[ATTRIBUTION_COLUMNS].sort_values(["article_id", "content_start", "cue_start"], kind="stable")
    frame = frame.reset_index(drop=True).astype({c: "int32" for c in INT32_COLUMNS})
    spans = {c: frame[c].astype("Int64").mask(frame[c] < 0) for c in OPTIONAL_SPAN_COLUMNS}
    return frame.assign(**spans).astype({"anonymous": bool, "agentless": bool, "collective": bool})


def batch_attribution_rows(study: Study, article_ids: list[str]) -> tuple[pd.DataFrame, list[tuple[str, Exception]]]:
    """Return the raw attribution rows (``ROW_COLUMNS``) of some articles of ``study`` and the (article, error)
    of those the rules fail on (left out; found by running the batch's articles one by one).

    The per-article pass (:func:`analysis.study.process_articles`) calls this on each batch's own
    tables, in the worker that built them, so the attributions cost no second pass over the corpus.
    """
    indices = (
        study.sentences.groupby("article_id", sort=False).indices,
        _token_index(study),
        study.quotes.groupby("article_id", sort=False).indices,
    )
    article_ids = [a for a in article_ids if a in indices[0]]  # articles with body sentences
    failed: list[tuple[str, Exception]] = []
    try:
        rows = _attribution_batch(_batch_inputs(study, article_ids, *indices))
    except Exception:  # one bad page must not cost the batch its attributions: find it
        rows = []
        for article_id in article_ids:
            try:
                rows += _attribution_batch(_batch_inputs(study, [article_id], *indices))
            except Exception as error:  # recorded in failed_articles (stage sourcing), not raised
                failed.append((article_id, error))
    return pd.DataFrame(rows, columns=ROW_COLUMNS), failed
