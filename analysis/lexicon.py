"""One loader for the instruments shipped as data in ``analysis/data/``.

Every lexicon, word list and codebook of the package is a file there, with an
origin note: CSV tables may start with ``#`` comment lines, word lists are one
entry per line with ``#`` comments. Analyses read them through these functions
only, so a study can point any of them at its own copy.
"""

from __future__ import annotations

from importlib import resources
from io import StringIO
from pathlib import Path

import pandas as pd

PACKAGE_DATA = "analysis.data"


def data_path(name: str, data_dir: str | Path | None = None) -> Path:
    """Return the path of ``name`` in ``data_dir`` (default: the package's ``analysis/data``)."""
    if data_dir is not None:
        return Path(data_dir) / name
    return Path(str(resources.files(PACKAGE_DATA).joinpath(name)))


def read_text(name: str, data_dir: str | Path | None = None) -> str:
    """Return the text of a data file, decoded as UTF-8."""
    return data_path(name, data_dir).read_text(encoding="utf-8")


def read_table(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """Return a CSV instrument as strings, empty cells as "", leading ``#`` comment lines skipped."""
    lines = read_text(name, data_dir).splitlines()
    body = "\n".join(line for line in lines if not line.startswith("#"))
    return pd.read_csv(StringIO(body), dtype=str, keep_default_na=False)


def read_word_list(name: str, data_dir: str | Path | None = None) -> list[str]:
    """Return the entries of a word list: one per line, stripped, blank and ``#`` lines skipped, in file order."""
    entries = (line.strip() for line in read_text(name, data_dir).splitlines())
    return [entry for entry in entries if entry and not entry.startswith("#")]
