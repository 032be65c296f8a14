"""The framing export tables: every measure run batch by batch (:func:`tables`), shaped by the table contract."""

from __future__ import annotations

import pandas as pd

from ..study import Study, release_freed_memory
from .arrays import runs
from .article_rates import article_rates, outlet_rates
from .batching import CompactTable, article_batches, map_batches
from .context_topics import CONTEXT_COLUMNS, context
from .frames import FRAME_CUE_COLUMNS, frame_cues
from .headline_attribution import HEADLINE_COLUMNS, headlines
from .labels import MENTION_COLUMNS, mentions
from .passive_voice import PASSIVE_COLUMNS, passives
from .stance_markers import STANCE_COLUMNS, stance
from .tone import TONE_COLUMNS, actor_tone
from .word_index import word_index


def exported_table(study: Study, table: pd.DataFrame) -> pd.DataFrame:
    """Return a framing table as the export writes it under the table contract (analysis/data/table_schema.yml).

    ``outlet`` is inserted after ``article_id`` (categorical, as the compact tables' text), and a
    headline row's ``sentence_id`` (-1 in the word index: a headline is no body sentence) becomes
    an empty cell (nullable 32-bit integer). The measures themselves keep returning their
    analysis frames (``with_outlet`` adds the outlet there).
    """
    outlets = study.outlet_of()
    out = table.copy(deep=False)
    outlet = out["article_id"].map(outlets).astype("category")
    out.insert(out.columns.get_loc("article_id") + 1, "outlet", outlet)
    if "part" in out.columns and "sentence_id" in out.columns:
        headline = (out["part"] == "headline").to_numpy(dtype=bool)
        out["sentence_id"] = pd.array(out["sentence_id"].to_numpy(dtype="int64"), dtype="Int32")
        out.loc[headline, "sentence_id"] = pd.NA
    return out


def _batch_measures(study: Study, token_runs: tuple, batch: list[str]) -> dict[str, pd.DataFrame]:
    """Return every measure's rows for one batch of articles, and the batch's headline mentions."""
    index = word_index(study, articles=batch, token_runs=token_runs)
    mention_table = mentions(study, index=index)
    return {
        "mentions": mention_table,
        "stance": stance(study, mention_table=mention_table, index=index),
        "frames": frame_cues(study, index=index),
        "context": context(study, index=index),
        "framing_passives": passives(study, index=index),
        "framing_tone": actor_tone(study, mention_table, index=index),
        "head_mentions": mention_table[mention_table["part"] == "headline"],
    }


def tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv: :func:`article_tables` and
    ``outlet_rates`` (each outlet's median with a bootstrap interval, issue 13, from the article rates)."""
    result = article_tables(study)
    result["outlet_rates"] = outlet_rates(result["article_rates"])
    return result


def article_tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return the framing export tables whose rows are each one article's (every table but ``outlet_rates``),
    by file name without .csv. The streaming export calls this per chunk: ``outlet_rates`` needs every
    article's rates and is made once at the end (computed per chunk and dropped, it cost 3.0 of the
    chunk's 9.8 framing CPU seconds per 1,000 articles).

    The measures run on consecutive batches of articles (:func:`article_batches`)
    and each batch's rows are added to compact tables at once, so memory grows
    with the batch size and the compact results, not with the whole corpus's
    intermediate lists. The rows are those of the single-batch functions, in the
    same order (every table is sorted by article id first), in the contract's shape
    (:func:`exported_table`).
    """
    token_runs = runs(study.tokens["article_id"].to_numpy(dtype=object))
    built = {
        "mentions": CompactTable(MENTION_COLUMNS),
        "stance": CompactTable(STANCE_COLUMNS),
        "frames": CompactTable(FRAME_CUE_COLUMNS),
        "context": CompactTable(CONTEXT_COLUMNS),
        "framing_headlines": CompactTable(HEADLINE_COLUMNS),
        "framing_passives": CompactTable(PASSIVE_COLUMNS),
        "framing_tone": CompactTable(TONE_COLUMNS),
    }
    head_mentions = []
    batches = article_batches(study, token_runs=token_runs)
    for measured in map_batches(_batch_measures, (study, token_runs), batches):
        head_mentions.append(measured.pop("head_mentions"))
        for name, table in measured.items():
            built[name].add(table)
        del measured
    if head_mentions:
        head_mentions = pd.concat(head_mentions, ignore_index=True)
    else:
        head_mentions = pd.DataFrame([], columns=MENTION_COLUMNS)
    built["framing_headlines"].add(headlines(study, head_mentions))
    del head_mentions
    result = {name: exported_table(study, table.frame()) for name, table in built.items()}
    # Per-article rates (issue 13), from the tables above.
    result["article_rates"] = article_rates(study, result)
    release_freed_memory()  # hand the batches' freed memory back to the system
    return result
