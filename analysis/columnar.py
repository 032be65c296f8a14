"""Parquet tables by the table contract: the columnar twin of :mod:`analysis.writing`.

``export --format parquet`` writes each table with the columns and types that
``analysis/data/table_schema.yml`` declares for its CSV (string, integer → int64,
float → float64, boolean, date → date32); a missing value is a Parquet null where the
CSV has an empty cell. Floats are stored as the CSV writes them (12 significant digits,
:data:`analysis.writing.FLOAT_FORMAT`), so both formats hold the same numbers and the
bytes do not depend on the CPU's last bit. Text is stored as it is, without the
spreadsheet formula guard (Parquet is not opened by spreadsheets as text).

Bytes are deterministic: the Arrow schema is built from the contract (no pandas
metadata, no index, no timestamps), row groups have a fixed size and compression a
fixed codec. A table of more than :data:`PART_ROWS` rows becomes a folder of parts
``<name>/part-00000.parquet`` … so a reader (or a second machine) can take it piece by piece.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schema import load_schema
from .writing import FLOAT_FORMAT

ARROW_TYPES = {
    "string": pa.string(),
    "integer": pa.int64(),
    "float": pa.float64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
}
# Rows per row group (fixed, so the same table gives the same bytes) and per part file.
ROW_GROUP_ROWS = 262_144
PART_ROWS = 2_097_152
COMPRESSION = "zstd"


def declared_types(name: str) -> dict[str, str]:
    """Return column -> contract type (``string``, ``integer``, …) of table ``name`` (empty if undeclared)."""
    spec = load_schema()["tables"].get(name)
    return {} if spec is None else {column["name"]: column["type"] for column in spec["columns"]}


def _as_strings(values: pd.Series) -> pa.Array:
    """Return ``values`` as an Arrow string array (categoricals decoded; None, NaN and NA as null)."""
    array = pa.array(values, from_pandas=True)
    if pa.types.is_dictionary(array.type):
        array = array.dictionary_decode()
    return array.cast(pa.string())


def round_significant(numbers: np.ndarray) -> np.ndarray:
    """Return finite ``numbers`` rounded to 12 significant digits: exactly ``float(FLOAT_FORMAT % x)`` of each.

    Vectorised: the mantissa is scaled to 12 integer digits, rounded and scaled back. An integer
    below 10^12 and a power of ten up to 10^22 are exact doubles, and one IEEE division or product
    is correctly rounded, so the result is the double nearest the 12-digit decimal, as the CSV
    reader's parse gives. The scaling itself rounds once (an error near 2e-4 on a 12-digit
    mantissa), so values whose 13th digit lies within 1e-3 of a tie, whose exponent was misjudged
    at a power of ten, or whose scale is beyond 10^22 are formatted one by one instead.
    """
    result = numbers.astype(float)
    nonzero = result != 0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        exponent = np.floor(np.log10(np.abs(np.where(nonzero, result, 1.0))))
        scale = 11 - exponent
        power = 10.0 ** np.abs(scale)
        scaled = np.where(scale >= 0, result * power, result / power)
        mantissa = np.rint(scaled)
        rounded = np.where(scale >= 0, mantissa / power, mantissa * power)
        risky = nonzero & (
            (np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) < 1e-3)
            | (np.abs(mantissa) < 1e11)
            | (np.abs(mantissa) >= 1e12)
            | (np.abs(scale) > 22)
        )
    rounded[~nonzero] = result[~nonzero]
    rounded[risky] = [float(FLOAT_FORMAT % value) for value in result[risky].tolist()]
    return rounded


def _as_floats(values: pd.Series) -> pa.Array:
    """Return ``values`` rounded as the CSV writes them (12 significant digits), NaN as null."""
    numbers = values.to_numpy(dtype=float, na_value=np.nan)
    finite = np.isfinite(numbers)
    rounded = numbers.copy()
    # The exact number a CSV reader gets back from the cell.
    rounded[finite] = round_significant(numbers[finite])
    return pa.array(rounded, type=pa.float64(), mask=np.isnan(numbers))


def parse_dates(values: pd.Series) -> pd.Series:
    """Return ``YYYY-MM-DD`` strings or dates as datetimes (empty, None and NaN: NaT)."""
    text = values.astype(object).where(values.notna(), "").astype(str)
    return pd.to_datetime(text, format="%Y-%m-%d")


def _as_dates(values: pd.Series) -> pa.Array:
    """Return ``YYYY-MM-DD`` strings (empty: missing) as an Arrow date32 array."""
    return pa.array(parse_dates(values), from_pandas=True).cast(pa.date32())


def arrow_column(values: pd.Series, kind: str | None) -> pa.Array:
    """Return one column as an Arrow array of the contract type ``kind`` (None: inferred)."""
    if kind == "string":
        return _as_strings(values)
    if kind == "float":
        return _as_floats(values)
    if kind == "date":
        return _as_dates(values)
    if kind is None:
        return pa.array(values, from_pandas=True)
    return pa.array(values, type=ARROW_TYPES[kind], from_pandas=True)


def arrow_table(frame: pd.DataFrame, name: str) -> pa.Table:
    """Return ``frame`` as an Arrow table with the contract's types and no metadata (deterministic bytes)."""
    types = declared_types(name)
    arrays = [arrow_column(frame[column], types.get(column)) for column in frame.columns]
    return pa.Table.from_arrays(arrays, names=[str(column) for column in frame.columns])


def _write_file(table: pa.Table, path: Path) -> Path:
    pq.write_table(
        table,
        path,
        row_group_size=ROW_GROUP_ROWS,
        compression=COMPRESSION,
        write_statistics=True,
        store_schema=True,
    )
    return path


def write_parquet(frame: pd.DataFrame, out_dir: str | Path, name: str) -> list[Path]:
    """Write table ``name`` to ``out_dir/<name>.parquet``, or to ``out_dir/<name>/part-NNNNN.parquet``
    when it has more than :data:`PART_ROWS` rows; return the files written (parts in order)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if len(frame) <= PART_ROWS:
        return [_write_file(arrow_table(frame, name), out_dir / f"{name}.parquet")]
    folder = out_dir / name
    folder.mkdir(exist_ok=True)
    paths = []
    for part, first in enumerate(range(0, len(frame), PART_ROWS)):
        table = arrow_table(frame.iloc[first : first + PART_ROWS], name)
        paths.append(_write_file(table, folder / f"part-{part:05d}.parquet"))
    return paths
