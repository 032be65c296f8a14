"""Run the pipeline on annotated pages and score it: ``python -m analysis evaluate``.

The pages are loaded as a corpus in memory (nothing is written), processed by the same
code as any study (:func:`analysis.study.build_study`, the sourcing and framing
analyses), and every area is scored per page, then pooled with bootstrap intervals over
pages (:mod:`analysis.evaluation.metrics`).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from .. import framing, sourcing
from ..corpus import METADATA_COLUMNS
from ..lexicon import PACKAGE_CODEBOOKS, Codebooks
from ..study import Study, build_study
from .gold import PageGold
from .metrics import score
from .scoring import attribution_counts, dateline_counts, headline_counts, label_counts, line_counts

PAGE_COLUMNS = ["page", "part", "house_style", "story"]


def pages_study(pages: list[PageGold], codebooks: Codebooks = PACKAGE_CODEBOOKS) -> Study:
    """Return the Study of the pages, each an article with id = its stem (in memory; nothing written),
    read with ``codebooks`` (the gold labels follow the committed study's: tests/gold/pages/README.md)."""
    rows = []
    for page in pages:
        row = dict.fromkeys(METADATA_COLUMNS, "")
        row.update(article_id=page.stem, file=f"{page.stem}.txt", outlet=page.meta["outlet"], language="en")
        row.update(sha256=hashlib.sha256(page.raw.encode("utf-8")).hexdigest(), raw=page.raw)
        row["publication_date"] = str(page.meta["publication_date"])
        rows.append(row)
    return build_study(pd.DataFrame(rows, columns=[*METADATA_COLUMNS, "raw"]), codebooks=codebooks)


def page_counts(pages: list[PageGold], study: Study) -> pd.DataFrame:
    """Return the per-page counts of every area (one row per page, area and group)."""
    attributions = sourcing.attributions(study)
    mentions = framing.mentions(study)
    mentions = mentions[mentions["part"] == "body"]
    rows = []
    for page in pages:
        segments = study.segments[study.segments["article_id"] == page.stem]
        found = attributions[attributions["article_id"] == page.stem].reset_index(drop=True)
        labels = mentions[mentions["article_id"] == page.stem]
        page_rows = line_counts(page, segments) + dateline_counts(page, segments) + headline_counts(page, segments)
        page_rows += attribution_counts(page, found) + label_counts(page, labels)
        info = {
            "page": page.stem,
            "part": page.part,
            "house_style": page.meta["house_style"],
            "story": page.meta["story"],
        }
        rows += [{**info, **row} for row in page_rows]
    return pd.DataFrame(rows, columns=[*PAGE_COLUMNS, "area", "group", "tp", "n_pred", "n_gold"])


def summarise(counts: pd.DataFrame, by: str | None = None) -> pd.DataFrame:
    """Return one row per area and group (and per value of ``by``, e.g. house_style) with P/R/F1 and intervals."""
    keys = ["area", "group"] + ([by] if by else [])
    rows = [{**dict(zip(keys, key, strict=True)), **score(part)} for key, part in counts.groupby(keys, sort=True)]
    return pd.DataFrame(rows)


def evaluate_pages(pages: list[PageGold], codebooks: Codebooks = PACKAGE_CODEBOOKS) -> pd.DataFrame:
    """Return the per-page counts of ``pages`` (see :func:`page_counts`), read with ``codebooks``."""
    if not pages:
        return pd.DataFrame(columns=[*PAGE_COLUMNS, "area", "group", "tp", "n_pred", "n_gold"])
    return page_counts(pages, pages_study(pages, codebooks))


def format_summary(summary: pd.DataFrame) -> str:
    """Return the summary as aligned text: area, group (and breakdown), P, R, F1 with 95 % intervals, counts."""
    extra = [c for c in summary.columns if c in ("house_style", "story", "page")]

    def cell(row: pd.Series, name: str) -> str:
        value, low, high = row[name], row[f"{name}_low"], row[f"{name}_high"]
        return "   n/a           " if pd.isna(value) else f"{value:5.2f} [{low:4.2f}–{high:4.2f}]"

    header = f"{'area':<30} {'group':<12} " + "".join(f"{c:<42} " for c in extra)
    lines = [header + f"{'precision':<17} {'recall':<17} {'F1':<17} {'tp/pred/gold':>14} pages"]
    for _, row in summary.iterrows():
        counts = f"{row['tp']}/{row['n_pred']}/{row['n_gold']}"
        lines.append(
            f"{row['area']:<30} {row['group']:<12} "
            + "".join(f"{row[c]:<42} " for c in extra)
            + f"{cell(row, 'precision')} {cell(row, 'recall')} {cell(row, 'f1')} {counts:>14} {row['pages']:>5}"
        )
    return "\n".join(lines)


def write_summary(summary: pd.DataFrame, path: str | Path) -> Path:
    """Write the summary as CSV (floats with 4 decimals: enough for a proportion of a few hundred items)."""
    from ..writing import write_csv

    return write_csv(summary.round(4), Path(path))
