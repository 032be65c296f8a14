"""Context selection: which background topics each outlet brings into its body sentences.

Cue expressions per topic are in ``framing_context_topics.csv``;
:func:`context` lists every hit with its sentence, :func:`context_summary`
the share of each outlet's body sentences that touch each topic.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..study import Study
from .arrays import table_of
from .codebooks import build_lexicon, study_lexicon
from .matching import match_index
from .rates import with_outlet
from .word_index import WordIndex, sentences_of, word_index

CONTEXT_COLUMNS = [
    "article_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "topic",
    "cue",
    "voice",
    "sentence_start",
    "sentence_end",
    "sentence",
]


def context(
    study: Study, topics: pd.DataFrame | None = None, words: pd.DataFrame | None = None, index: WordIndex | None = None
) -> pd.DataFrame:
    """Return every topic cue hit in body sentences, with the cue's and the sentence's offsets."""
    lexicon = study_lexicon("framing_context_topics.csv", study.codebooks) if topics is None else build_lexicon(topics)
    ix = word_index(study, words) if index is None else index
    rows_of = {
        id(row): rows for rows in lexicon.values() for row in rows
    }  # a matched row -> every row of its expression
    # A hit's row is fixed by its words, topic and cue, so duplicates are dropped on those keys
    # (not on the text columns: pandas would hash the study's sentence strings, attaching a
    # UTF-8 copy to each non-ASCII one for as long as the study lives).
    hits, seen = [], set()
    for i, j, row in match_index(ix, lexicon, ix.body):
        for topic_row in rows_of[id(row)]:
            key = (i, j, topic_row["topic"], topic_row["expression"])
            if key not in seen:
                seen.add(key)
                hits.append((i, j, topic_row))
    columns = ix.spans([h[0] for h in hits], [h[1] for h in hits])
    keys = list(zip(columns["article_id"].tolist(), columns["sentence_id"].tolist(), strict=True))
    sentence_of = sentences_of(study, set(keys))
    found = [sentence_of[key] for key in keys]
    columns.update(
        topic=[h[2]["topic"] for h in hits],
        cue=[h[2]["expression"] for h in hits],
        sentence_start=np.asarray([f[0] for f in found], dtype=np.int64),
        sentence_end=np.asarray([f[1] for f in found], dtype=np.int64),
        sentence=[f[2] for f in found],
    )
    table = table_of(columns, CONTEXT_COLUMNS)
    return table.sort_values(["article_id", "start", "topic"], kind="stable").reset_index(drop=True)


def context_summary(study: Study, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return, per outlet and topic, the number of body sentences touching the topic and their share."""
    table = context(study) if table is None else table
    primary_sentences = study.sentences[study.sentences["article_id"].isin(study.outlet_of())]
    totals = with_outlet(study, primary_sentences).groupby("outlet").size()
    hits = with_outlet(study, table).drop_duplicates(["article_id", "sentence_id", "topic"])
    counts = hits.groupby(["outlet", "topic"]).size()
    topics = sorted(study.codebooks.table("framing_context_topics.csv")["topic"].unique())
    grid = pd.MultiIndex.from_product([sorted(totals.index), topics], names=["outlet", "topic"])
    out = counts.reindex(grid, fill_value=0).rename("sentences").reset_index()
    out["share_of_sentences"] = out["sentences"] / out["outlet"].map(totals)
    return out
