"""Lexicon tone of the sentences that name each actor: VADER compound scores (Hutto & Gilbert 2014).

The score of a sentence is computed on the words of the mention's voice only
(the sentence's narration, paraphrase or quotation words, :mod:`analysis.voices`),
so a quotation does not colour the outlet's own tone. It measures the words around an actor, not the
outlet's judgment of it.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from ..study import Study
from .arrays import span_words, string_codes, table_of, values_of
from .labels import mentions
from .rates import with_outlet
from .word_index import VOICES, WordIndex, sentences_of, word_index

TONE_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "actor", "voice", "compound"]
# Distinct texts above which VADER scoring is spread over two processes (below it, start-up costs more).
TONE_POOL_MIN_TEXTS = 20000


@lru_cache(maxsize=1)
def _vader():
    """Return VADER's analyzer with vaderSentiment's shipped lexicon (loaded once)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_compound(texts: list[str]) -> list[float]:
    """Return the VADER compound score of each text (vaderSentiment's shipped lexicon)."""
    analyzer = _vader()
    return [float(analyzer.polarity_scores(text)["compound"]) for text in texts]


def compound_scores(texts: list[str], workers: int = 2) -> list[float]:
    """Return :func:`vader_compound` of ``texts``, in two processes over contiguous halves when there are many.

    Each score depends on its text only, so the result is the same with or without the pool.
    """
    if len(texts) < TONE_POOL_MIN_TEXTS or workers < 2:
        return vader_compound(texts)
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(texts) // workers)
    chunks = [texts[k : k + size] for k in range(0, len(texts), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [score for chunk in pool.map(vader_compound, chunks) for score in chunk]


def _voice_texts(ix: WordIndex, wanted: set[tuple[str, int]]) -> dict[tuple[str, int, str], str]:
    """Return (article_id, sentence_id, voice) -> the words of that voice in that body sentence, in text order,
    joined by single spaces, for the ``wanted`` sentences."""
    heads = np.flatnonzero(ix.body & (ix.lo == np.arange(len(ix), dtype=np.int32)))  # first word of each body sentence
    head_keys = zip(
        np.asarray(ix.article_ids, dtype=object)[ix.art[heads]].tolist(), ix.sentence_id[heads].tolist(), strict=True
    )
    chosen = [h for h, key in zip(heads.tolist(), head_keys, strict=True) if key in wanted]
    chosen_keys = [(ix.article_ids[ix.art[h]], int(ix.sentence_id[h])) for h in chosen]
    # Words of the chosen sentences (32-bit, to stay light), grouped by sentence and voice, text order within a group.
    firsts = np.asarray(chosen, dtype=np.int64)
    counts = (ix.hi[firsts] - firsts).astype(np.int64) if len(firsts) else np.zeros(0, dtype=np.int64)
    words_at = span_words(firsts, firsts + counts).astype(np.int32)
    units = np.repeat(np.arange(len(firsts), dtype=np.int32), counts)
    order = np.lexsort((ix.voice[words_at], units))  # stable: text order within a group
    words_at, units = words_at[order], units[order]
    del order
    group = units.astype(np.int64) * len(VOICES) + ix.voice[words_at]
    del units
    bounds = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if len(group) else np.zeros(0, dtype=np.int64)
    texts_of = ix.texts[words_at].tolist()
    del words_at
    joined = {}  # strict=False below: with no words, bounds is empty but its ends hold one entry
    for b, e, g in zip(bounds.tolist(), np.r_[bounds[1:], len(group)].tolist(), group[bounds].tolist(), strict=False):
        joined[(*chosen_keys[g // len(VOICES)], VOICES[g % len(VOICES)])] = " ".join(texts_of[b:e])
    return joined


def actor_tone(
    study: Study,
    mention_table: pd.DataFrame | None = None,
    words: pd.DataFrame | None = None,
    index: WordIndex | None = None,
) -> pd.DataFrame:
    """Return VADER compound scores of sentences mentioning each actor, one row per sentence, actor and voice.

    The score is computed on the words of the mention's voice in that
    sentence only (its narration, paraphrase or quotation words, in text
    order, joined by single spaces), with vaderSentiment's shipped lexicon.
    ``start``/``end``/``text`` are the sentence's. Each distinct text is scored once.
    """
    ix = word_index(study, words) if index is None else index
    mention_table = mentions(study, index=ix) if mention_table is None else mention_table
    # One row per body sentence, actor and voice (the first such mention's).
    body = mention_table[(mention_table["part"] == "body").to_numpy(dtype=bool)]
    key_columns = {name: string_codes(body[name])[0] for name in ("article_id", "actor", "voice")}
    key_columns["sentence_id"] = body["sentence_id"].to_numpy(dtype=np.int64)
    body = body[~pd.DataFrame(key_columns).duplicated().to_numpy()]
    del key_columns
    sentence_ids = body["sentence_id"].astype("int64").tolist()
    keys = list(zip(values_of(body["article_id"]), sentence_ids, values_of(body["voice"]), strict=True))
    wanted = {(a, s) for a, s, _ in keys}
    joined = _voice_texts(ix, wanted)
    texts = [joined.get(key, "") for key in keys]
    distinct = sorted(set(texts))
    score_of = dict(zip(distinct, compound_scores(distinct), strict=True))
    sentence_of = sentences_of(study, wanted)
    found = [sentence_of[(a, s)] for a, s, _ in keys]
    columns = {
        "article_id": [k[0] for k in keys],
        "sentence_id": np.asarray([k[1] for k in keys], dtype=np.int64),
        "start": np.asarray([f[0] for f in found], dtype=np.int64),
        "end": np.asarray([f[1] for f in found], dtype=np.int64),
        "text": [f[2] for f in found],
        "actor": values_of(body["actor"]),
        "voice": [k[2] for k in keys],
        "compound": np.asarray([score_of[t] for t in texts], dtype=np.float64),
    }
    table = table_of(columns, TONE_COLUMNS)
    return table.sort_values(["article_id", "sentence_id", "actor", "voice"], kind="stable").reset_index(drop=True)


def tone_summary(study: Study, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return mean compound score and number of sentences by outlet, actor and voice."""
    table = actor_tone(study) if table is None else table
    out = with_outlet(study, table).groupby(["outlet", "actor", "voice"], sort=True)["compound"].agg(["mean", "count"])
    return out.rename(columns={"mean": "mean_compound", "count": "sentences"}).reset_index().round({"mean_compound": 4})
