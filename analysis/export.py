"""Write the study's tidy tables as CSV files.

Every table carries ``article_id`` and character offsets wherever its rows
come from text, so any number can be traced back to ``raw[start:end]``.
Analyses contribute tables through a ``tables(study)`` function in their
module; the exporter collects them in a fixed order.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from . import framing, sourcing, vocabulary
from .study import Study, release_freed_memory
from .writing import write_csv

DEFAULT_OUT = Path("exports")
ANALYSIS_MODULES = (vocabulary, sourcing, framing)


def base_tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return the foundation tables: articles, segments, sentences, quotes."""
    return {
        "articles": study.articles,
        "segments": study.segments,
        "sentences": study.sentences,
        "quotes": study.quotes,
    }


def table_groups(study: Study) -> Iterator[dict[str, pd.DataFrame]]:
    """Yield the base tables, then each analysis module's tables, one group at a time.

    A consumer that writes and drops each group before asking for the next
    holds only one module's tables in memory at once, which keeps the peak
    memory of a large corpus near the study plus its largest module.
    """
    yield base_tables(study)
    for module in ANALYSIS_MODULES:
        yield module.tables(study)


def all_tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return the base tables followed by each analysis module's tables (all held at once)."""
    return {name: frame for group in table_groups(study) for name, frame in group.items()}


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write each table to ``out_dir/<name>.csv`` and return the paths written."""
    return [write_csv(frame, Path(out_dir) / f"{name}.csv") for name, frame in tables.items()]


def export(study: Study, out_dir: str | Path = DEFAULT_OUT) -> list[Path]:
    """Write every table to ``out_dir/<name>.csv`` and return the paths written."""
    paths = []
    for group in table_groups(study):
        paths += write_tables(group, out_dir)
        del group  # free this module's tables before the next module runs
        release_freed_memory()
    return paths
