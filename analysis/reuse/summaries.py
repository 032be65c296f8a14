"""The export set (:func:`tables`) and the two summaries behind the charts."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..study import Study
from .derivation import reuse_articles
from .differences import differences_table
from .masks import quoted_token_mask, span_mask
from .order import EARLIER, SAME_DAY, UNKNOWN
from .passages import find_alignments, reuse_table
from .views import origin_counts

# The word classes of the per-article bar, in stacking order, with their chart labels.
WORD_CLASSES = {
    "reused": "found in an earlier article of another outlet",
    "unordered": "shared with a same-day or undated article",
    "quoted": "quoted (not found elsewhere)",
    "original": "the outlet's own words",
}


def tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv: reuse, reuse_articles,
    reuse_differences (:func:`detection_tables`) and reuse_origin (:func:`~analysis.reuse.views.origin_counts`).
    """
    found = detection_tables(study)
    return {**found, "reuse_origin": origin_counts(study, found["reuse"], found["reuse_differences"])}


def detection_tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return the tables of what was found: reuse, reuse_articles, reuse_differences.

    The passages are found once (blocking, then alignment of each candidate pair) and all three
    tables are read from them.
    """
    alignments = find_alignments(study)
    reuse = reuse_table(alignments)
    return {
        "reuse": reuse,
        "reuse_articles": reuse_articles(study, reuse),
        "reuse_differences": differences_table(study, alignments),
    }


def article_word_classes(study: Study, reuse: pd.DataFrame) -> pd.DataFrame:
    """Return one row per primary article and word class (``WORD_CLASSES``): words, body words, share.

    Each body word is in one class, taken in this order: ``reused`` (inside a passage found in an
    earlier article of another outlet), ``unordered`` (shared only with same-day or undated
    articles), ``quoted`` (inside quotation marks, not in either), else ``original``.
    """
    outlets = study.outlet_of()
    is_word = (study.tokens["is_word"] & study.tokens["article_id"].isin(list(outlets))).to_numpy()
    words = study.tokens[is_word]
    reused = span_mask(words, reuse[reuse["other_order"] == EARLIER])
    unordered = span_mask(words, reuse[reuse["other_order"].isin([SAME_DAY, UNKNOWN])]) & ~reused
    quoted = quoted_token_mask(study)[is_word] & ~reused & ~unordered
    word_class = np.select([reused, unordered, quoted], ["reused", "unordered", "quoted"], "original")
    counts = pd.crosstab(words["article_id"].to_numpy(), word_class).reindex(
        index=sorted(outlets), columns=list(WORD_CLASSES), fill_value=0
    )
    table = counts.rename_axis(index="article_id", columns=None).stack().rename("words").reset_index()
    table = table.rename(columns={"level_1": "word_class"})
    table.insert(1, "outlet", table["article_id"].map(outlets))
    table["body_words"] = table["article_id"].map(counts.sum(axis=1)).astype("int64")
    table["share"] = (table["words"] / table["body_words"].where(table["body_words"] > 0)).fillna(0.0)
    return table.astype({"words": "int64"})


def outlet_matrix(study: Study, reuse: pd.DataFrame) -> pd.DataFrame:
    """Return one row per (outlet, other_outlet) of different outlets: how much of ``outlet``'s text
    was found in ``other_outlet``'s earlier articles.

    ``reused_words`` counts ``outlet``'s body words inside a passage of an earlier-published
    article of ``other_outlet`` (each word once, however many articles it was found in);
    ``share`` = reused_words / ``body_words`` (all body words of ``outlet``); ``articles`` is the
    outlet's articles (n) and ``articles_reusing`` how many of them have such words.
    """
    outlets = study.outlet_of()
    names = sorted(set(outlets.values()))
    words = study.tokens[study.tokens["is_word"] & study.tokens["article_id"].isin(list(outlets))]
    word_outlet = words["article_id"].map(outlets).to_numpy()
    earlier = reuse[reuse["other_order"] == EARLIER]
    rows = []
    for outlet in names:
        mine = word_outlet == outlet
        body = int(mine.sum())
        articles = sum(1 for value in outlets.values() if value == outlet)
        for other in names:
            if other == outlet:
                continue
            found = span_mask(words[mine], earlier[earlier["other_outlet"] == other])
            reusing = words.loc[mine, "article_id"][found].nunique()
            rows.append((outlet, other, articles, int(reusing), body, int(found.sum())))
    columns = ["outlet", "other_outlet", "articles", "articles_reusing", "body_words", "reused_words"]
    table = pd.DataFrame(rows, columns=columns)
    table["share"] = (table["reused_words"] / table["body_words"].where(table["body_words"] > 0)).fillna(0.0)
    return table
