"""Batches of articles and compact tables: how :func:`analysis.framing.assembly.tables` keeps memory flat.

The measures run on consecutive batches of articles; each batch's rows are
added to a :class:`CompactTable` (text as categoricals, 32-bit integers), so
memory follows the batch and the compact results, not the whole corpus.
No measure looks across articles, so the batches run on a pool of forked
processes (:func:`map_batches`) and are joined in order: the same tables as one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator

import numpy as np
import pandas as pd

from ..study import Study
from .arrays import runs, string_codes

# Tokens per batch of articles in tables(): the word index and each measure's intermediate
# lists grow with the batch, not with the corpus (no measure looks across articles).
BATCH_TOKENS = 500_000

# What a forked worker needs (the work, its shared arguments, the batches): inherited, not pickled.
_SHARED: dict = {}


def _run_shared(position: int) -> object:
    """Return the shared work on batch ``position`` (run in a forked worker)."""
    return _SHARED["work"](*_SHARED["context"], _SHARED["batches"][position])


def map_batches(work: Callable, context: tuple, batches: list, workers: int | None = None) -> Iterator:
    """Yield ``work(*context, batch)`` for each batch, in the batches' order.

    With more than one batch and ``fork`` available, the batches run on ``workers`` (default: one per
    CPU) forked processes, which inherit the study in ``context`` instead of receiving it pickled;
    only each batch's result comes back. Otherwise they run here, one after the other.
    """
    workers = min(workers or os.cpu_count() or 1, len(batches))
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        for batch in batches:
            yield work(*context, batch)
        return
    from concurrent.futures import ProcessPoolExecutor

    _SHARED.update(work=work, context=context, batches=batches)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield from pool.map(_run_shared, range(len(batches)))
    finally:
        _SHARED.clear()


def article_batches(study: Study, max_tokens: int | None = None, token_runs: tuple | None = None) -> list[list[str]]:
    """Return the primary article ids, sorted, cut into consecutive batches of about ``max_tokens``
    (default :data:`BATCH_TOKENS`) body tokens, at least one article each."""
    max_tokens = BATCH_TOKENS if max_tokens is None else max_tokens
    firsts, ends, ids = runs(study.tokens["article_id"].to_numpy(dtype=object)) if token_runs is None else token_runs
    size: dict[str, int] = {}
    for article_id, n in zip(ids, (ends - firsts).tolist(), strict=True):
        size[article_id] = size.get(article_id, 0) + n
    batches, current, total = [], [], 0
    for article_id in sorted(study.outlet_of()):
        if current and total + size.get(article_id, 0) > max_tokens:
            batches.append(current)
            current, total = [], 0
        current.append(article_id)
        total += size.get(article_id, 0)
    return batches + [current] if current else batches


class CompactTable:
    """A table collected batch by batch in compact form; :meth:`frame` returns it.

    Text columns become categoricals (their CSV is the same text, codes by
    :func:`analysis.framing.arrays.string_codes`); integer columns become
    32-bit when their values fit.
    """

    def __init__(self, columns: list[str]):
        self.columns = columns
        self.parts: dict[str, list[np.ndarray]] = {name: [] for name in columns}
        self.codes: dict[str, dict[str, int]] = {}

    def add(self, frame: pd.DataFrame) -> None:
        """Add the rows of ``frame`` (text columns as codes into the table's distinct strings)."""
        if frame.empty:
            return
        for name in self.columns:
            column = frame[name]
            if column.dtype == object or isinstance(column.dtype, (pd.StringDtype, pd.CategoricalDtype)):
                batch_codes, uniques = string_codes(column)
                code_of = self.codes.setdefault(name, {})
                lookup = np.asarray([code_of.setdefault(v, len(code_of)) for v in uniques] + [-1], dtype=np.int32)
                self.parts[name].append(lookup[batch_codes])  # code -1 (missing) picks the last entry
            else:
                self.parts[name].append(column.to_numpy())

    def _categorical(self, name: str, values: np.ndarray) -> pd.Categorical:
        """Return the codes ``values`` of text column ``name`` as a categorical with sorted categories."""
        # Categories in sorted order, so that sorting the column sorts the text.
        code_of = self.codes.pop(name)
        categories = sorted(code_of)
        rank = np.empty(len(code_of) + 1, dtype=np.int32)
        rank[[code_of[c] for c in categories]] = np.arange(len(categories), dtype=np.int32)
        rank[-1] = -1  # missing values keep code -1
        return pd.Categorical.from_codes(rank[values], categories=categories)

    def frame(self) -> pd.DataFrame:
        """Return the collected rows as a DataFrame (the parts are released as they are joined)."""
        if not self.parts[self.columns[0]]:
            return pd.DataFrame([], columns=self.columns)
        columns = {}
        for name in self.columns:
            values = np.concatenate(self.parts.pop(name))
            if name in self.codes:
                columns[name] = self._categorical(name, values)
            elif values.dtype.kind == "i" and (not len(values) or (values.min() >= -(2**31) and values.max() < 2**31)):
                columns[name] = values.astype(np.int32)
            else:
                columns[name] = values
        return pd.DataFrame(columns)
