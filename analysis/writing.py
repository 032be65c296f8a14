"""Byte-stable, spreadsheet-safe file writing shared by the exporter and the charts.

* **Floats** are written with ``FLOAT_FORMAT`` (12 significant digits). Libraries may
  compute the last bit of a double differently on different CPUs (numpy's SIMD
  dispatch: ``log10(11)`` printed as 1.041392685158225 on one machine and
  1.0413926851582251 on another); 17 significant digits expose that bit, 12 do not,
  and 12 are more than any statistic here needs (counts are integers; a rate or a
  z-score is meaningful to 4–6 digits).
* **Formula neutralisation** (OWASP, "CSV injection"): a text cell that begins with
  ``= + - @``, a tab or a carriage return is run as a formula by Excel, LibreOffice and
  Google Sheets. Such cells get a leading apostrophe, which spreadsheets hide and treat as
  "this is text". A cell that already begins with apostrophes before one of those
  characters gets one more, so the rule is reversible without ambiguity:
  :func:`restore_cell` (and :func:`read_csv`) drops one leading apostrophe from every cell
  matching ``^'+[=+\\-@\\t\\r]``. Numbers are never changed.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

FLOAT_FORMAT = "%.12g"
FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
GUARDED_START = re.compile(r"^'+[=+\-@\t\r]")
# write_csv formats and joins the cells itself instead of pandas' ``to_csv``, which formats every
# float with a Python ``FLOAT_FORMAT % value`` and hands every cell to the csv module (measured on the
# 300-article bench corpus's vocabulary tables, 1.4 M rows: 39.8 s CPU with to_csv, 5.0 s). The bytes are pandas':
# ``format_floats`` is FLOAT_FORMAT exactly, a text cell that needs quotes is quoted by the csv module
# itself, and a frame with a column of any other type is written by pandas.
SIGNIFICANT = 12  # FLOAT_FORMAT's precision
POWERS = 10.0 ** np.arange(23)  # exact doubles: one multiplication or division by one of them rounds once
# A scaled value this close to a rounding tie may round the other way than the exact binary value
# would: such values (about 1 in 500) are formatted one by one with FLOAT_FORMAT.
TIE_MARGIN = 1e-3
STRING = np.dtypes.StringDType()
CHUNK_ROWS = 100_000  # rows joined at a time: the extra memory stays bounded whatever the table's size
NEEDS_QUOTES = r'[,"\r\n]'  # the csv module (QUOTE_MINIMAL, "\n" line ends) may quote such a cell


def guard_cell(value: str) -> str:
    """Return ``value`` with a leading apostrophe if a spreadsheet would read it as a formula."""
    return f"'{value}" if FORMULA_START.match(value) else value


def restore_cell(value: str) -> str:
    """Return the original of a guarded cell (the inverse of :func:`guard_cell`)."""
    return value[1:] if GUARDED_START.match(value) else value


def guard_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` with every text cell passed through :func:`guard_cell` (a copy only if one changes)."""
    changed = {}
    for column in frame.columns:
        values = frame[column]
        if values.dtype == object or isinstance(values.dtype, pd.StringDtype):
            text = values.astype("string")
            risky = text.str.match(FORMULA_START.pattern).fillna(False).astype(bool)
            if risky.any():
                changed[column] = values.where(~risky, "'" + text)
    return frame.assign(**changed) if changed else frame


def write_csv(frame: pd.DataFrame, path: Path, guard: bool = True) -> Path:
    """Write ``frame`` as UTF-8 CSV (LF line endings, floats to 12 significant digits) and return the path.

    With ``guard`` (the default) text cells that a spreadsheet would run as formulas are
    neutralised (see the module docstring); :func:`read_csv` restores them. The bytes are those of
    pandas' ``to_csv(index=False, lineterminator="\\n", float_format=FLOAT_FORMAT)``.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = guard_formulas(frame) if guard else frame
    columns = [_cells(table.iloc[:, i]) for i in range(table.shape[1])] if _fast_writable(table) else None
    if columns is None or any(column is None for column in columns):
        table.to_csv(path, index=False, lineterminator="\n", encoding="utf-8", float_format=FLOAT_FORMAT)
        return path
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerow([str(name) for name in table.columns])
        for start in range(0, len(table), CHUNK_ROWS):
            cells = [column(start, start + CHUNK_ROWS) for column in columns]
            handle.write("\n".join(map(",".join, zip(*cells))))
            handle.write("\n")
    return path


def _fast_writable(frame: pd.DataFrame) -> bool:
    """Return whether :func:`write_csv` may join the cells itself: rows, and at least two plain columns (the
    csv module writes a lone empty cell as ``""``, and a header of other labels is left to pandas)."""
    return len(frame) > 0 and frame.shape[1] >= 2 and not isinstance(frame.columns, pd.MultiIndex)


def _cells(column: pd.Series) -> Callable[[int, int], list[str]] | None:
    """Return a function (start, stop) -> the CSV cells of rows start:stop of ``column`` as pandas writes them
    (text; a missing value is an empty cell); None for a type left to pandas (dates, mixed objects, ...)."""
    dtype = column.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        names = _text_cells(column.cat.categories.to_series())
        if names is None:
            return None
        names = np.append(names, np.array([""], dtype=object))  # code -1 (missing) takes the last, empty name
        codes = column.cat.codes.to_numpy()
        return lambda start, stop: names[codes[start:stop]].tolist()
    if not isinstance(dtype, np.dtype) or dtype.kind not in "fiub":
        text = _text_cells(column)
        return None if text is None else lambda start, stop: text[start:stop].tolist()
    values = column.to_numpy()
    if dtype.kind == "b":
        return lambda start, stop: np.where(values[start:stop], "True", "False").tolist()
    # Each distinct number is formatted once: a keyness column holds 1 distinct value in 10 to 300.
    codes, distinct = pd.factorize(values)  # NaN gets code -1: the last name, empty
    if dtype.kind != "f":
        names = np.append(distinct.astype(str).astype(object), "")
    else:  # factorize merges 0.0 and -0.0, which FLOAT_FORMAT writes "0" and "-0": their own names
        names = np.append(format_floats(distinct), np.array(["0", "-0", ""], dtype=object))
        zero = values == 0
        codes[zero] = len(names) - 3 + np.signbit(values[zero])
    return lambda start, stop: names[codes[start:stop]].tolist()


def _text_cells(column: pd.Series) -> np.ndarray | None:
    """Return the cells of a text column (object array; missing -> ""; quoted as the csv module quotes them),
    or None when it holds anything but text and missing values (pandas then writes the frame)."""
    dtype = column.dtype
    objects = isinstance(dtype, np.dtype) and dtype.kind == "O"
    if not (objects or isinstance(dtype, pd.StringDtype)):
        return None
    missing = column.isna().to_numpy()
    if objects and pd.api.types.infer_dtype(column[~missing], skipna=False) not in ("string", "empty"):
        return None
    cells = column.to_numpy(dtype=object, na_value="")
    quote = column.astype("string").str.contains(NEEDS_QUOTES, regex=True).fillna(False).to_numpy(dtype=bool)
    if quote.any():
        cells = cells.copy()
        cells[quote] = [_csv_field(cell) for cell in cells[quote]]
    return cells


def _csv_field(cell: str) -> str:
    """Return ``cell`` as the csv module writes it (quoted, inner quotes doubled, where QUOTE_MINIMAL says so)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([cell])
    return buffer.getvalue()[:-1]


def format_floats(values: np.ndarray) -> np.ndarray:
    """Return ``FLOAT_FORMAT % value`` of every float of ``values`` (an object array of str), "" for NaN.

    Vectorised: each finite non-zero value is scaled by a power of ten to a 12-digit integer (one rounding,
    so exact but for the values within ``TIE_MARGIN`` of a tie, done one by one with FLOAT_FORMAT, as are
    values whose scale is not an exact double), then written as %g writes it: fixed notation for decimal
    exponents -4 to 11, else d.ddde+XX, trailing zeros dropped.
    """
    x = np.asarray(values, dtype=np.float64)
    out = np.full(len(x), "", dtype=STRING)
    finite = np.flatnonzero(np.isfinite(x) & (x != 0))
    mantissa, exponent, exact = _mantissas(np.abs(x[finite]))
    easy = finite[exact]
    out[easy] = _g_text(mantissa[exact], exponent[exact], x[easy] < 0)
    others = np.setdiff1d(np.flatnonzero(~np.isnan(x)), easy, assume_unique=True)
    out[others] = [FLOAT_FORMAT % value for value in x[others].tolist()]
    return out.astype(object)


def _mantissas(a: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (12-digit integer mantissa, decimal exponent, exact) of positive finite ``a``: a = m * 10**(e - 11)
    rounded half-even to 12 digits, as printf rounds; ``exact`` is False where the scaling could mis-round."""
    with np.errstate(divide="ignore", invalid="ignore"):
        exponent = np.floor(np.log10(a)).astype(np.int64)
    for _ in range(2):  # log10 can be one off next to a power of ten: correct it from the scaled value
        scaled, inside = _scale(a, exponent)
        exponent = exponent - (scaled < 1e11) + (scaled >= 1e12)
    scaled, inside = _scale(a, exponent)
    rounded = np.rint(scaled)
    exact = inside & (np.abs(scaled - np.floor(scaled) - 0.5) > TIE_MARGIN) & (scaled >= 1e11) & (scaled < 1e12)
    carry = rounded >= 1e12  # 999999999999.5 and above round to 10**12: one more digit of exponent
    mantissa = np.where(carry, 1e11, rounded)
    mantissa = np.where(exact, mantissa, 1e11).astype(np.int64)
    return mantissa, exponent + carry, exact


def _scale(a: np.ndarray, exponent: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (a * 10**(11 - exponent), whether that power of ten is an exact double)."""
    shift = (SIGNIFICANT - 1) - exponent
    inside = np.abs(shift) <= len(POWERS) - 1
    power = POWERS[np.clip(np.abs(shift), 0, len(POWERS) - 1)]
    with np.errstate(over="ignore", invalid="ignore"):
        return np.where(shift >= 0, a * power, a / power), inside


def _g_text(mantissa: np.ndarray, exponent: np.ndarray, negative: np.ndarray) -> np.ndarray:
    """Return %g's text of sign, 12-digit ``mantissa`` and decimal ``exponent`` (StringDType array)."""
    fixed = (exponent >= -4) & (exponent < SIGNIFICANT)
    # digits after the point before trailing zeros go: 11 - exponent in fixed notation, 11 in d.ddde+XX
    places = np.where(fixed, (SIGNIFICANT - 1) - exponent, SIGNIFICANT - 1)
    scale = 10**places
    whole = (mantissa // scale).astype(STRING)
    fraction = np.strings.rstrip(np.strings.zfill((mantissa % scale).astype(STRING), places), "0")
    text = np.where(fraction == "", whole, np.strings.add(np.strings.add(whole, "."), fraction))
    text = np.where(negative, np.strings.add("-", text), text)
    if fixed.all():
        return text
    power = np.strings.zfill(np.abs(exponent).astype(STRING), 2)
    power = np.strings.add(np.where(exponent < 0, "e-", "e+").astype(STRING), power)
    return np.where(fixed, text, np.strings.add(text, power))


def read_csv(path: str | Path, **options) -> pd.DataFrame:
    """Return a CSV written by :func:`write_csv` with guarded text cells restored to their original values."""
    frame = pd.read_csv(path, **{"keep_default_na": False, **options})
    restored = {
        column: frame[column].map(lambda v: restore_cell(v) if isinstance(v, str) else v)
        for column in frame.columns
        if frame[column].dtype == object or isinstance(frame[column].dtype, pd.StringDtype)
    }
    return frame.assign(**restored) if restored else frame
