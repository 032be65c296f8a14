"""Write the study's tidy tables as CSV files (the default) or Parquet (:mod:`analysis.columnar`).

Every table carries ``article_id`` and character offsets wherever its rows
come from text, so any number can be traced back to ``raw[start:end]``.
Analyses contribute tables through a ``tables(study)`` function in their
module; the exporter collects them in a fixed order.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pandas as pd

from . import framing, reuse, sourcing, vocabulary
from .study import (
    FAILURE_COLUMNS,
    Study,
    empty_failures,
    failing_articles,
    failure_row,
    release_freed_memory,
    subset_study,
)
from .writing import write_csv

DEFAULT_OUT = Path("exports")
FORMATS = ("csv", "parquet")
ANALYSIS_MODULES = (vocabulary, sourcing, framing, reuse)
T = TypeVar("T")


def base_tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return the foundation tables: articles, and segments, sentences, quotes with ``outlet`` after ``article_id``.

    The outlet is added here, not in the Study, so that the analyses read the study's frames unchanged.
    """
    return {
        "articles": study.articles,
        **{name: with_outlet(getattr(study, name), study) for name in ("segments", "sentences", "quotes")},
    }


def with_outlet(frame: pd.DataFrame, study: Study) -> pd.DataFrame:
    """Return a copy of ``frame`` with each row's outlet (from ``study.articles``) inserted after ``article_id``."""
    outlets = dict(zip(study.articles["article_id"], study.articles["outlet"], strict=True))
    out = frame.copy(deep=False)
    out.insert(out.columns.get_loc("article_id") + 1, "outlet", frame["article_id"].map(outlets))
    return out


def table_groups(study: Study) -> Iterator[dict[str, pd.DataFrame]]:
    """Yield the base tables, then each analysis module's tables, one group at a time.

    A consumer that writes and drops each group before asking for the next
    holds only one module's tables in memory at once, which keeps the peak
    memory of a large corpus near the study plus its largest module.
    """
    yield base_tables(study)
    failures = [study.failures]
    for module in ANALYSIS_MODULES:
        tables, failed = isolated_tables(module, study)
        failures.append(failed)
        yield tables
    failed = pd.concat(failures, ignore_index=True)
    if len(failed):
        failed = failed.sort_values(["article_id", "stage"], kind="stable").reset_index(drop=True)
        yield {"failed_articles": with_outlet(failed, study)}


def isolated_tables(module, study: Study) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Return ``module.tables(study)`` and the failed-articles table of the articles it had to leave out
    (:func:`isolated_run` of the module's tables, its stage named after the module)."""
    return isolated_run(module.tables, study, module.__name__.rsplit(".", 1)[-1])


def isolated_run(run: Callable[[Study], T], study: Study, stage: str) -> tuple[T, pd.DataFrame]:
    """Return ``run(study)`` and the failed-articles table (``stage``) of the articles it had to leave out.

    When ``run`` fails on the corpus, the articles that make it fail are found by
    bisection (each failing article costs about log2(n) extra runs on subsets), left out, and
    ``run`` runs on every other article; a failure no single article explains is raised.
    """
    try:
        return run(study), empty_failures()
    except Exception:  # one bad page must not cost every other article its tables
        article_ids = sorted(study.raw)
        failing = failing_articles(run, study, article_ids)
        if not failing:
            raise
    failed = pd.DataFrame([failure_row(a, stage, error) for a, error in failing], columns=FAILURE_COLUMNS)
    kept = set(study.raw) - {article_id for article_id, _ in failing}
    return run(subset_study(study, kept)), failed


def all_tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return the base tables followed by each analysis module's tables (all held at once)."""
    return {name: frame for group in table_groups(study) for name, frame in group.items()}


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, fmt: str = "csv") -> list[Path]:
    """Write each table to ``out_dir/<name>.csv`` (or Parquet: ``<name>.parquet`` or a folder of parts);
    return the files written."""
    if fmt == "parquet":
        from .columnar import write_parquet  # pyarrow only when Parquet is asked for

        return [path for name, frame in tables.items() for path in write_parquet(frame, out_dir, name)]
    return [write_csv(frame, Path(out_dir) / f"{name}.csv") for name, frame in tables.items()]


def _file_rows(path: Path, frame: pd.DataFrame) -> int:
    """Return the rows held by ``path`` (one part of a partitioned Parquet table, or the whole ``frame``)."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return len(frame)


MANIFEST = "manifest.json"
PARTIAL_DIR = ".export-partial"


class ExportError(Exception):
    """The output folder cannot be written; the message is one line naming it."""


def check_writable(out_dir: str | Path) -> None:
    """Raise ExportError unless ``out_dir`` could be written; nothing is created (checked before any computation)."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"{out_dir}: cannot write the export there (it is a file, not a folder)")
    existing = next(folder for folder in (out_dir, *out_dir.absolute().parents) if folder.exists())
    if not os.access(existing, os.W_OK | os.X_OK):
        raise ExportError(f"{out_dir}: cannot write the export there ({existing} is not writable)")


def _file_entry(path: Path, root: Path, rows: int | None = None) -> dict:
    """Return the manifest entry of ``path``: its name relative to ``root`` (``table/part-….parquet`` for a part)."""
    digest = hashlib.sha256()
    with open(path, "rb") as stream:  # in blocks: a table of a large corpus need not fit in memory
        for block in iter(lambda: stream.read(1 << 22), b""):
            digest.update(block)
    entry = {"file": path.relative_to(root).as_posix(), "sha256": digest.hexdigest()}
    return entry if rows is None else {**entry, "rows": rows}


def read_manifest(out_dir: str | Path) -> dict | None:
    """Return the manifest of a complete export in ``out_dir`` (None when there is none)."""
    path = Path(out_dir) / MANIFEST
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def verify_export(out_dir: str | Path) -> list[str]:
    """Return problems of an export folder: no manifest (incomplete), or a table whose bytes differ from it."""
    manifest = read_manifest(out_dir)
    if manifest is None:
        return [f"{out_dir}: no {MANIFEST}: the export is incomplete or was interrupted"]
    problems = []
    for entry in manifest["tables"]:
        path = Path(out_dir) / entry["file"]
        if not path.is_file() or _file_entry(path, Path(out_dir))["sha256"] != entry["sha256"]:
            problems.append(f"{path}: missing or changed since the export wrote it")
    return problems


def export(study: Study, out_dir: str | Path = DEFAULT_OUT, fmt: str = "csv") -> list[Path]:
    """Write every table to ``out_dir`` (``fmt``: csv or parquet) and ``manifest.json`` last; return the files.

    Tables are written into a hidden folder inside ``out_dir`` and moved into place only
    when all are written; the old manifest is removed first and the new one (each file's
    rows and sha256) written last, so a folder without a manifest, or whose files do not
    match it (:func:`verify_export`), is an interrupted export. Tables of the previous
    export that this one no longer produces (in either format) are removed.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format {fmt!r} is not one of {FORMATS}")
    out_dir = Path(out_dir)
    check_writable(out_dir)
    partial = out_dir / PARTIAL_DIR
    shutil.rmtree(partial, ignore_errors=True)
    written, rows = [], {}
    for group in table_groups(study):
        for name, frame in group.items():
            paths = write_tables({name: frame}, partial, fmt)
            rows.update({path: _file_rows(path, frame) for path in paths})
            written += paths
        del group  # free this module's tables before the next module runs
        release_freed_memory()
    return _move_into_place(written, rows, out_dir, partial)


def _move_into_place(written: list[Path], rows: dict[Path, int], out_dir: Path, partial: Path) -> list[Path]:
    previous = read_manifest(out_dir) or {"tables": []}
    entries = [_file_entry(path, partial, rows[path]) for path in written]
    (out_dir / MANIFEST).unlink(missing_ok=True)
    # A partitioned table moves as its folder (the previous folder of that name goes first).
    tops = list(dict.fromkeys(path.relative_to(partial).parts[0] for path in written))
    for top in tops:
        if (out_dir / top).is_dir():
            shutil.rmtree(out_dir / top)
        os.replace(partial / top, out_dir / top)
    paths = [out_dir / path.relative_to(partial) for path in written]
    produced = {entry["file"] for entry in entries}
    for entry in previous["tables"]:
        if entry["file"] not in produced:
            stale = out_dir / entry["file"]
            stale.unlink(missing_ok=True)
            if stale.parent != out_dir and stale.parent.is_dir() and not any(stale.parent.iterdir()):
                stale.parent.rmdir()  # the folder of a partitioned table no longer written
    shutil.rmtree(partial, ignore_errors=True)
    manifest = json.dumps({"tables": entries}, indent=1, sort_keys=True) + "\n"
    (out_dir / f".{MANIFEST}.partial").write_text(manifest, encoding="utf-8")
    os.replace(out_dir / f".{MANIFEST}.partial", out_dir / MANIFEST)
    return paths
