"""Read an exported table, CSV or Parquet, with only the columns an analysis needs.

``read_table(export_dir, "term_tokens", columns=["term", "voice"])`` returns the same
DataFrame from ``term_tokens.csv`` as from ``term_tokens.parquet`` (or its folder of parts):
typed by the table contract (``analysis/data/table_schema.yml``), formula-guarded text cells
restored. From Parquet only the requested columns are read from disk, so a notebook on a
100,000-article study loads the few columns it uses instead of the whole table; from CSV the
other columns are skipped by the parser but the file is still scanned.

Why pandas + pyarrow and not DuckDB: every analysis here is written against pandas frames,
and pyarrow already gives column pruning and reading part by part; DuckDB would add a
second query language and a dependency for what a column list does.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from .columnar import declared_types, parse_dates
from .schema import load_schema
from .writing import read_csv


class TableNotFound(FileNotFoundError):
    """The export folder holds no table of that name (neither CSV nor Parquet)."""


def table_files(export_dir: str | Path, name: str) -> tuple[str, list[Path]]:
    """Return (format, files) of table ``name`` in ``export_dir``: a CSV, a Parquet file, or Parquet parts in order."""
    folder = Path(export_dir)
    if (folder / f"{name}.parquet").is_file():
        return "parquet", [folder / f"{name}.parquet"]
    if (folder / name).is_dir():
        parts = sorted((folder / name).glob("part-*.parquet"))
        if parts:
            return "parquet", parts
    if (folder / f"{name}.csv").is_file():
        return "csv", [folder / f"{name}.csv"]
    raise TableNotFound(f"{folder}: no table {name!r} (neither {name}.csv nor {name}.parquet)")


def _missing_allowed(name: str) -> dict[str, bool]:
    """Return column -> whether the contract allows a missing value (``missing: empty``)."""
    spec = load_schema()["tables"].get(name, {"columns": []})
    return {column["name"]: column["missing"] == "empty" for column in spec["columns"]}


def _typed(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """Return ``frame`` with each declared column in one dtype per contract type, whichever file it came from.

    string -> ``str`` with "" for a missing value (as a CSV reads); integer -> int64, or nullable Int64
    where the contract allows a missing value; float -> float64 (NaN missing); boolean -> bool (or
    nullable boolean); date -> datetime64[s] (NaT missing).
    """
    types, optional = declared_types(name), _missing_allowed(name)
    columns = {}
    for column in frame.columns:
        values, kind = frame[column], types.get(column)
        if kind == "string":
            columns[column] = values.astype(object).where(values.notna(), "").astype("str")
        elif kind == "integer":
            numbers = pd.to_numeric(values.replace("", None)) if values.dtype == object else values
            columns[column] = numbers.astype("Int64" if optional[column] else "int64")
        elif kind == "float":
            columns[column] = pd.to_numeric(values.replace("", None) if values.dtype == object else values)
            columns[column] = columns[column].astype("float64")
        elif kind == "boolean":
            columns[column] = values.astype("boolean" if optional[column] else bool)
        elif kind == "date":
            columns[column] = parse_dates(values).astype("datetime64[s]")
    return frame.assign(**columns) if columns else frame


def read_table(export_dir: str | Path, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """Return exported table ``name`` (only ``columns``, in that order, when given), typed by the contract.

    The same frame comes back from a CSV export and a Parquet export of the same study (floats are
    stored with the CSV's 12 significant digits in both).
    """
    fmt, files = table_files(export_dir, name)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.concat_tables([pq.read_table(path, columns=columns) for path in files])
        frame = table.to_pandas()
    else:
        types = declared_types(name)
        # Text columns keep "" (the contract's missing marker); other columns read "" as missing.
        na_values = {column: [""] for column, kind in types.items() if kind != "string"}
        frame = read_csv(files[0], usecols=columns, na_values=na_values)
    if columns is not None:
        frame = frame[list(columns)]
    return _typed(frame, name)
