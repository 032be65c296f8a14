"""One loader for the instruments shipped as data in ``analysis/data/``.

Every lexicon, word list and codebook of the package is a file there, with an
origin note: CSV tables may start with ``#`` comment lines, word lists are one
entry per line with ``#`` comments. Analyses read them through these functions
only. The story-specific ones (:data:`STUDY_FILES`) are read through a :class:`Codebooks`, which
prefers the study's own ``codebooks/`` folder.
"""

from __future__ import annotations

from dataclasses import dataclass
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


# The instruments a study may hold in its own ``codebooks/`` folder (beside ``corpus/``); every
# other instrument is generic and read from the package only. Why each file is here:
# codebooks/README.md of the committed study.
STUDY_FILES = (
    "framing_actors.csv",
    "framing_labels.csv",
    "framing_context_topics.csv",
    "framing_event_terms.csv",
    "framing_frames.yml",
    "sourcing_sides.csv",
    "chart_labels.csv",
)
CODEBOOKS_DIR = "codebooks"


@dataclass(frozen=True)
class Codebooks:
    """Where a study's story-specific instruments are read from.

    ``folder`` is the study's ``codebooks/`` folder, or None for the package defaults only. Each
    file of :data:`STUDY_FILES` is read from the folder when it holds it, from the package
    otherwise, so a study may replace one codebook and keep the defaults of the others. Frozen and
    hashable, so caches of the look-ups built from it are keyed by the folder.
    """

    folder: Path | None = None

    @classmethod
    def of_corpus(cls, corpus_dir: str | Path) -> Codebooks:
        """Return the codebooks of the study whose corpus is ``corpus_dir``: its sibling ``codebooks/``
        folder when there is one (``STUDY/corpus`` and ``STUDY/codebooks``), else the package defaults."""
        folder = Path(corpus_dir).resolve().parent / CODEBOOKS_DIR
        return cls(folder if folder.is_dir() else None)

    def path(self, name: str) -> Path:
        """Return the path ``name`` is read from: the study's copy when it has one, else the package's."""
        if name not in STUDY_FILES:
            raise ValueError(f"{name}: not a study codebook (one of {', '.join(STUDY_FILES)}); read it with data_path")
        if self.folder is not None and (self.folder / name).is_file():
            return self.folder / name
        return data_path(name)

    def table(self, name: str) -> pd.DataFrame:
        """Return the CSV codebook ``name`` as strings (see :func:`read_table`), from :meth:`path`."""
        path = self.path(name)
        return read_table(path.name, path.parent)


PACKAGE_CODEBOOKS = Codebooks()
