"""Counting words and rates per 1,000 words, by outlet and voice (body only)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..study import Study
from .word_index import VOICES, word_tokens


def with_outlet(study: Study, table: pd.DataFrame) -> pd.DataFrame:
    """Return ``table`` with an ``outlet`` column after ``article_id``."""
    table = table.copy()
    table.insert(1, "outlet", table["article_id"].map(study.outlet_of()))
    return table


def word_counts(study: Study, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return body word counts by article and voice (columns article_id, voice, words)."""
    words = word_tokens(study) if words is None else words
    body = words[words["part"] == "body"]
    grid = pd.MultiIndex.from_product([sorted(study.outlet_of()), VOICES], names=["article_id", "voice"])
    counts = body.groupby(["article_id", "voice"]).size().reindex(grid, fill_value=0)
    return counts.rename("words").reset_index()


def rates_per_1000(
    study: Study, table: pd.DataFrame, kinds: list[str] | None = None, words: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Return counts and rates per 1,000 words of each kind, by outlet and voice (body only).

    The denominator is the number of body words in that voice for that outlet,
    so quotation rates are per 1,000 words inside quotation marks.
    """
    kinds = kinds or sorted(table["kind"].unique())
    wc = with_outlet(study, word_counts(study, words)).groupby(["outlet", "voice"])["words"].sum()
    body = with_outlet(study, table[(table["part"] == "body") & table["kind"].isin(kinds)])
    counts = body.groupby(["outlet", "voice", "kind"]).size()
    outlets = sorted(wc.index.get_level_values(0).unique())
    grid = pd.MultiIndex.from_product([outlets, VOICES, kinds], names=["outlet", "voice", "kind"])
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index()
    out["words"] = [int(wc.get((o, v), 0)) for o, v in zip(out["outlet"], out["voice"], strict=True)]
    out["per_1000_words"] = np.where(
        out["words"] > 0, out["count"] / out["words"].where(out["words"] > 0, 1) * 1000, np.nan
    )
    return out
