"""The streaming export's corpus tables, made at the end in independent groups, two processes at a time.

After the last chunk, :meth:`analysis.streaming.export.StreamingExport.finish` makes the tables that need
the whole corpus. They fall into groups that read the same aggregates and write disjoint tables:
vocabulary (terms, collocations, distinctive_phrases, keyness), sourcing (its seven tables), rates
(article_rates, outlet_rates) and reuse (its four tables). :func:`run_groups` runs each group in a
child forked from the client (the ``fork`` start method: the aggregates are shared copy-on-write, nothing
is pickled but the small result), at most ``processes`` at once; each child writes its tables' Parquet
parts into the partial folder and returns a :class:`GroupResult` (the files of each table, their rows,
the failed-articles rows of its isolated tables, or the error that stopped it). Every table is written
by one group from the same data whatever runs beside it, so the files and bytes are those of running
the groups one after another (which :func:`run_groups` does with ``processes`` 1, or where ``fork`` is
not available); an error is raised, after every group has ended, from the first failing group in the
serial order, as the serial code would raise it.

The collector is frozen (:func:`gc.freeze`) while the children run: a child's full collection would
otherwise visit, and so copy, every page of the client's objects.

Measured (``bench --articles 2000 --stream --chunk-size 500``, on the 2-core machine shared with a load
of 11 to 15, so walls are inflated): the final stage 675 s wall, 74 s CPU, 0.11 cores busy serially ->
256 s wall, 67 s CPU, 0.26 cores in two processes; every output file byte-identical. Peak RSS of all
processes at once 2,634 -> 3,033 MB (the sum counts the pages the children share with the client once
per process); the largest child 1,166 MB.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Protocol

import pandas as pd

from ..bench_monitor import own_peak_mb

# Groups running at once: each child holds its group's tables and working arrays beside the client's
# aggregates (shared), so this bounds the memory of the final stage; 2 = the project machine's cores.
FINISH_PROCESSES = 2
# The groups in the order they are started: the longest first (CPU at 1,000 articles: reuse 45 %,
# vocabulary 38 %, sourcing 11 %), so the short ones fill the core the first to end leaves.
FINISH_GROUP_ORDER = ("reuse", "vocabulary", "sourcing", "rates")

# A group: writes its tables through the export's writers, returns its failed-articles frames.
Group = Callable[[], list[pd.DataFrame]]


class Writers(Protocol):
    """What a group writes through: the export's table writers (one per table name)."""

    writers: dict


@dataclass
class GroupResult:
    """What one group wrote (table -> files, file -> rows), its failed-articles rows, or the error it raised."""

    files: dict[str, list[Path]] = field(default_factory=dict)
    rows: dict[Path, int] = field(default_factory=dict)
    failures: list[pd.DataFrame] = field(default_factory=list)
    error: BaseException | None = None
    peak_mb: float | None = None  # the forked child's peak resident memory (pages shared with the client included)


def resident_mb() -> float:
    """Return this process's resident memory now, in MB (what a forked child starts from: its ``peak_mb``
    minus this, taken just before the fork, is the memory the group itself added)."""
    try:
        with open("/proc/self/statm") as stream:  # Linux
            return int(stream.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:  # no /proc: the peak so far stands in for it
        return own_peak_mb()


def run_group(export: Writers, group: Group) -> GroupResult:
    """Run ``group`` with fresh writers on ``export``, close them, and return what it wrote (the export's
    own writers are put back: they are the streamed tables', closed by the client)."""
    kept, export.writers = export.writers, {}
    try:
        failures = group()
        result = GroupResult(failures=failures)
        for name, writer in export.writers.items():
            result.files[name] = writer.close()
            result.rows.update(writer.rows)
        return result
    finally:
        export.writers = kept


def run_groups(export: Writers, groups: Sequence[Group], processes: int = FINISH_PROCESSES) -> list[GroupResult]:
    """Return each group's :class:`GroupResult`, in the order of ``groups``, the groups run at most
    ``processes`` at a time in forked children (started in the order given: put the longest first);
    raise the error of the first group that failed, once none is running."""
    if processes <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [run_group(export, group) for group in groups]
    gc.freeze()
    try:
        results = _in_children(export, groups, processes)
    finally:
        gc.unfreeze()
    for result in results:
        if result.error is not None:
            raise result.error
    return results


def _in_children(export: Writers, groups: Sequence[Group], processes: int) -> list[GroupResult]:
    """Return the groups' results, each group run in a forked child, ``processes`` at a time."""
    context = multiprocessing.get_context("fork")
    pending, running, results = list(range(len(groups))), {}, {}
    while pending or running:
        while pending and len(running) < processes:
            number = pending.pop(0)
            receive, send = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(export, groups[number], send), daemon=True)
            child.start()
            send.close()  # the child holds the sending end: EOF here when it dies without a result
            running[receive] = (number, child)
        for ready in wait(list(running)):
            number, child = running.pop(ready)
            results[number] = _receive(ready, child)
    return [results[number] for number in range(len(groups))]


def _receive(ready: Connection, child: multiprocessing.Process) -> GroupResult:
    """Return the result a child sent (an error naming its exit code when it died without one)."""
    try:
        result = ready.recv()
    except EOFError:
        result = None
    child.join()
    ready.close()
    if result is None:
        return GroupResult(error=RuntimeError(f"a final-stage group's process ended with exit code {child.exitcode}"))
    return result


def _child(export: Writers, group: Group, send: Connection) -> None:
    """Run ``group`` (in the forked child) and send its result, or the error it raised."""
    try:
        result = run_group(export, group)
    except BaseException as error:  # sent to the client, which raises it
        result = GroupResult(error=_sendable(error))
    result.peak_mb = own_peak_mb()  # a forked child's ru_maxrss starts from its size at the fork
    send.send(result)
    send.close()


def _sendable(error: BaseException) -> BaseException:
    """Return ``error`` with the child's traceback as a note, or a RuntimeError saying it when it cannot be pickled."""
    text = "".join(traceback.format_exception(error))
    try:
        pickle.dumps(error)
    except Exception:  # an exception with unpicklable arguments
        return RuntimeError(f"a final-stage group failed:\n{text}")
    error.add_note(f"raised in a final-stage process:\n{text}")
    return error
