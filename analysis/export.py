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
from .study import FAILURE_COLUMNS, Study, empty_failures, failure_row, release_freed_memory, subset_study
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
    failures = [study.failures]
    for module in ANALYSIS_MODULES:
        tables, failed = isolated_tables(module, study)
        failures.append(failed)
        yield tables
    failed = pd.concat(failures, ignore_index=True)
    if len(failed):
        yield {"failed_articles": failed.sort_values(["article_id", "stage"], kind="stable").reset_index(drop=True)}


def isolated_tables(module, study: Study) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Return ``module.tables(study)`` and the failed-articles table of the articles it had to leave out.

    When the module fails on the corpus, the articles that make it fail are found by
    bisection (each failing article costs about log2(n) extra runs on subsets), left out, and
    the module runs on every other article; a failure no single article explains is raised.
    """
    try:
        return module.tables(study), empty_failures()
    except Exception:  # one bad page must not cost every other article its tables
        article_ids = sorted(study.raw)
        failing = _failing_articles(module, study, article_ids)
        if not failing:
            raise
    stage = module.__name__.rsplit(".", 1)[-1]
    failed = pd.DataFrame([failure_row(a, stage, error) for a, error in failing], columns=FAILURE_COLUMNS)
    kept = set(study.raw) - {article_id for article_id, _ in failing}
    return module.tables(subset_study(study, kept)), failed


def _failing_articles(module, study: Study, article_ids: list[str]) -> list[tuple[str, Exception]]:
    """Return (article_id, error) of the articles among ``article_ids`` on which ``module.tables`` fails alone."""
    try:
        module.tables(subset_study(study, set(article_ids)))
        return []
    except Exception as error:  # the error is returned with its article, not raised
        if len(article_ids) == 1:
            return [(article_ids[0], error)]
    middle = len(article_ids) // 2
    return _failing_articles(module, study, article_ids[:middle]) + _failing_articles(
        module, study, article_ids[middle:]
    )


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
