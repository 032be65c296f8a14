"""The streaming export's sourcing tables made across articles, the attributions read one outlet at a time.

The per-outlet tables (sources, sourcing_outlets, sourcing_affiliations, sourcing_sides, sourcing_cues:
:func:`analysis.sourcing.summaries.summary_tables`) group the attributions by outlet first, and each
outlet's rows read only that outlet's attributions, in their order: every row, float and order of the
whole corpus's tables is that of the tables of each outlet's attributions, the outlets in sorted order
(tests/test_streaming_group_memory_sourcing.py). So :func:`across_tables` reads each outlet's rows of the
spilled attributions (its summary columns, chunk by chunk) instead of every attribution at once. Measured
(``bench --stream --chunk-size 1000``, realistic corpus, 5 outlets): the group's own memory (its peak less the
client's at the fork) at 2,000 / 5,000 articles 75 / 206 -> 74 / 148 MB, its growth 44 -> 25 kB per article;
the summaries had raised it by about 17 kB per article (sampled in ``benchmarks/final_groups.py``), now by an
outlet's share of that. ``quote_variants`` reads the top-level quotations a spilled chunk at a time, twice
(:func:`analysis.sourcing.quote_variants.chunked_quote_variants`): it holds a wording code per quotation, each
distinct wording and its candidate index (compared across the corpus), and the rows of its table, not every
quotation's row and text. Its traced peak (``bench --stream --chunk-size 1000``, realistic corpus) at 2,000
articles 48 -> 32 MB; what is left grows with the distinct wordings (their words, tokens and prefixes).
"""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd

from ..sourcing.quote_variants import QUOTE_COLUMNS, chunked_quote_variants, in_articles
from ..sourcing.summaries import SUMMARY_COLUMNS, summary_tables
from ..study import Study
from .held import FrameSpill


def across_tables(study: Study, attributions: FrameSpill, quotes: FrameSpill) -> dict[str, pd.DataFrame]:
    """Return :func:`analysis.sourcing.tables`' tables made across articles (the per-outlet tables and
    quote_variants) of ``study`` (its articles, raw texts and codebooks; its articles may be a subset: the
    attributions and quotations of other articles are left out), the attributions read from ``attributions``
    (every chunk's) one outlet at a time, the quotations from ``quotes`` (every chunk's) a chunk at a time."""
    kept = set(study.raw)
    variants = _quote_variants(study, quotes, kept)
    outlets = _outlets(study, attributions, kept)
    if not outlets:  # no article: the tables without rows
        return {
            **summary_tables(pd.DataFrame(columns=SUMMARY_COLUMNS), [], study.codebooks),
            "quote_variants": variants,
        }
    found = {}
    for outlet in outlets:
        attr = _outlet_rows(attributions, outlet, kept)
        for name, frame in summary_tables(attr, [outlet], study.codebooks).items():
            found.setdefault(name, []).append(frame)
        del attr
    summaries = {name: _joined(frames) for name, frames in found.items()}
    return {**summaries, "quote_variants": variants}


def _quote_variants(study: Study, quotes: FrameSpill, kept: set[str]) -> pd.DataFrame:
    """Return quote_variants of the top-level quotations in ``quotes`` of the articles in ``kept``, read a chunk
    at a time, twice (:func:`analysis.sourcing.quote_variants.chunked_quote_variants`)."""
    read = {"columns": QUOTE_COLUMNS, "filters": [("depth", "==", 1)]}

    def chunks() -> Iterator[pd.DataFrame]:
        if not quotes.paths:  # no chunk: the quotations of the study (none)
            yield study.quotes
        for number in range(len(quotes.paths)):
            frame = quotes.frame(number, **read)
            yield frame[in_articles(frame["article_id"], kept)]

    return chunked_quote_variants(chunks, study.outlet_of())


def _outlets(study: Study, attributions: FrameSpill, kept: set[str]) -> list[str]:
    """Return the outlets of the study's primary articles and of the attributions of the articles in ``kept``,
    sorted."""
    outlets = set(study.outlet_of().values())
    for number in range(len(attributions.paths)):
        frame = attributions.frame(number, columns=["article_id", "outlet"])
        outlets.update(frame.loc[in_articles(frame["article_id"], kept), "outlet"].unique().tolist())
    return sorted(outlets)


def _outlet_rows(attributions: FrameSpill, outlet: str, kept: set[str]) -> pd.DataFrame:
    """Return the summary columns of the attributions of ``outlet`` whose article is in ``kept``, chunk by
    chunk in order (the rows in the order of the whole corpus's)."""
    read = {"columns": SUMMARY_COLUMNS, "filters": [("outlet", "==", outlet)]}
    frames = []
    for number in range(len(attributions.paths)):
        frame = attributions.frame(number, **read)
        frames.append(frame[in_articles(frame["article_id"], kept)])
    return _joined(frames)


def _no_rows() -> pd.DataFrame:
    """Return attributions without rows (the summary columns)."""
    return pd.DataFrame(columns=SUMMARY_COLUMNS)


def _joined(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Return the frames joined in order (frames without rows left out, their empty columns typeless; the
    first kept when none has rows)."""
    full = [frame for frame in frames if len(frame)]
    return pd.concat(full or frames[:1], ignore_index=True)
