"""Per-article reuse: how many of an article's body words were found in an earlier article of another outlet.

The METER corpus (Clough et al. 2002, "METER: MEasuring TExt Reuse") classes each newspaper
article by how it was derived from the Press Association's wire copy: **wholly derived** (the
wire is the only source), **partially derived** (the wire is one source among others) or
**non-derived** (written independently). METER's classes are annotators' judgements; here they
are read off the share of body words found in earlier articles of other outlets, with the two
thresholds below. The thresholds are this study's choice, not METER's: named so a reader can
change them and see the classes move.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..study import Study
from .masks import quoted_token_mask, span_mask
from .order import EARLIER, SAME_DAY, UNKNOWN
from .words import publication_dates

# At least this share of body words found in earlier articles: wholly derived (a reprint with a
# new first sentence or a cut ending stays wholly derived).
WHOLLY_DERIVED_MIN_SHARE = 0.8
# At least this share (below the wholly-derived share): partially derived. Below it the shared
# words are a sentence or a quotation at most, which two outlets can take from one speaker.
PARTIALLY_DERIVED_MIN_SHARE = 0.1
WHOLLY, PARTIALLY, NON_DERIVED = "wholly-derived", "partially-derived", "non-derived"

REUSE_ARTICLE_COLUMNS = [
    "article_id", "outlet", "publication_date", "body_words", "shared_words", "earlier_words",
    "earlier_quoted_words", "unordered_words", "share", "share_with_unordered", "meter_class",
    "meter_class_with_unordered", "earlier_articles",
]  # fmt: skip


def meter_class(share: float) -> str:
    """Return the METER-style class of an article whose ``share`` of body words is derived."""
    if share >= WHOLLY_DERIVED_MIN_SHARE:
        return WHOLLY
    if share >= PARTIALLY_DERIVED_MIN_SHARE:
        return PARTIALLY
    return NON_DERIVED


def reuse_articles(study: Study, reuse_table: pd.DataFrame) -> pd.DataFrame:
    """Return one row per primary article (``REUSE_ARTICLE_COLUMNS``), sorted by article_id.

    - ``body_words``: its body words; ``shared_words``: of them, words in any passage of
      ``reuse_table`` (shared with an article of another outlet, whichever came first);
    - ``earlier_words``: words in a passage whose other article was published on an earlier
      date (``other_order`` earlier); ``earlier_quoted_words``: of them, inside quotation marks;
    - ``unordered_words``: words shared only with articles of the same day or with an unknown
      date (either article's ``publication_date`` empty): they cannot be ordered, so they are not
      counted as derived;
    - ``share`` = earlier_words / body_words and ``meter_class`` its class; ``share_with_unordered``
      and ``meter_class_with_unordered`` count the unordered words as derived too (an upper bound);
    - ``earlier_articles``: the earlier articles text was found in, ``;``-separated.
    """
    outlets = study.outlet_of()
    dates = publication_dates(study)
    words = study.tokens[study.tokens["is_word"] & study.tokens["article_id"].isin(list(outlets))]
    earlier = reuse_table[reuse_table["other_order"] == EARLIER]
    unordered = reuse_table[reuse_table["other_order"].isin([SAME_DAY, UNKNOWN])]
    is_shared = span_mask(words, reuse_table)
    is_earlier = span_mask(words, earlier)
    is_unordered = span_mask(words, unordered) & ~is_earlier
    quoted = quoted_token_mask(study)[study.tokens.index.get_indexer(words.index)]
    counts = pd.DataFrame({
        "article_id": words["article_id"].to_numpy(),
        "body_words": 1,
        "shared_words": is_shared,
        "earlier_words": is_earlier,
        "earlier_quoted_words": is_earlier & quoted,
        "unordered_words": is_unordered,
    }).groupby("article_id", sort=True).sum()  # fmt: skip
    table = counts.reindex(sorted(outlets), fill_value=0).astype("int64").rename_axis("article_id").reset_index()
    table.insert(1, "outlet", table["article_id"].map(outlets))
    table.insert(2, "publication_date", table["article_id"].map(dates).fillna(""))
    body = table["body_words"].where(table["body_words"] > 0)
    table["share"] = (table["earlier_words"] / body).fillna(0.0).astype(np.float64)
    upper = (table["earlier_words"] + table["unordered_words"]) / body
    table["share_with_unordered"] = upper.fillna(0.0).astype(np.float64)
    table["meter_class"] = table["share"].map(meter_class)
    table["meter_class_with_unordered"] = table["share_with_unordered"].map(meter_class)
    sources = earlier.groupby("article_id", sort=True)["other_article_id"].agg(lambda s: ";".join(sorted(set(s))))
    table["earlier_articles"] = [sources.get(article_id, "") for article_id in table["article_id"]]
    return table[REUSE_ARTICLE_COLUMNS]
