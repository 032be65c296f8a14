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

import re
from pathlib import Path

import pandas as pd

FLOAT_FORMAT = "%.12g"
FORMULA_START = re.compile(r"^'*[=+\-@\t\r]")
GUARDED_START = re.compile(r"^'+[=+\-@\t\r]")


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
    neutralised (see the module docstring); :func:`read_csv` restores them.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = guard_formulas(frame) if guard else frame
    table.to_csv(path, index=False, lineterminator="\n", encoding="utf-8", float_format=FLOAT_FORMAT)
    return path


def read_csv(path: str | Path, **options) -> pd.DataFrame:
    """Return a CSV written by :func:`write_csv` with guarded text cells restored to their original values."""
    frame = pd.read_csv(path, **{"keep_default_na": False, **options})
    restored = {
        column: frame[column].map(lambda v: restore_cell(v) if isinstance(v, str) else v)
        for column in frame.columns
        if frame[column].dtype == object or isinstance(frame[column].dtype, pd.StringDtype)
    }
    return frame.assign(**restored) if restored else frame
