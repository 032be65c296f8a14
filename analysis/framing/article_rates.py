"""Per-article rates, and each outlet's median with a bootstrap 95 % interval over its articles (issue 13).

A rate pooled over an outlet's words lets one long article decide the outlet's figure, and says
nothing about how much its articles differ. Here every rate the report shows per outlet is computed
for each article first (:func:`article_rates`); an outlet is then summarised by the median of its
articles' values, with a percentile bootstrap interval over its articles (:func:`outlet_rates`;
Efron & Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13, the percentile interval).

Measures (``measure`` / ``item`` / ``voice``; :data:`UNITS` gives each one's unit):

- ``stance`` / each stance kind / each voice: markers per 1,000 body words in that voice;
- ``passive`` / ``passive`` and ``agentless passive`` / each voice: passives per 1,000 words;
- ``label`` / each label category of the codebook / each voice: actor mentions per 1,000 words;
- ``quoted_share`` / ``quoted words`` / ``all``: share of the body's words inside quotation marks;
- ``context`` / each topic / ``all``: share of the body sentences that touch the topic;
- ``tone`` / each actor / each voice: mean VADER compound of the article's sentences naming the actor.

An article whose base is empty (no words in that voice, no sentence naming that actor) has no value
for that measure and does not count among the outlet's articles for it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator

import numpy as np
import pandas as pd

from ..study import Study
from ..voices import VOICES
from .stance_markers import STANCE_KINDS
from .word_index import _encoded

ARTICLE_RATE_COLUMNS = ["article_id", "outlet", "measure", "item", "voice", "count", "base", "words", "value"]
OUTLET_RATE_COLUMNS = [
    "outlet",
    "measure",
    "item",
    "voice",
    "articles",
    "words",
    "count",
    "pooled",
    "median",
    "ci_low",
    "ci_high",
]
# What ``value`` (and ``pooled``, ``median``, the interval) of each measure is, and what ``base`` counts.
UNITS = {
    "stance": ("per 1,000 words", "words"),
    "passive": ("per 1,000 words", "words"),
    "label": ("per 1,000 words", "words"),
    "quoted_share": ("share 0-1", "words"),
    "context": ("share 0-1", "sentences"),
    "tone": ("VADER compound -1 to 1", "sentences"),
}
PER_WORDS = 1000
# 2,000 resamples put the Monte Carlo error of a 2.5 % percentile well below the spread it measures
# (Efron & Tibshirani 1993, sec. 19.3, ask for 1,000 or more for percentile intervals).
BOOTSTRAP_RESAMPLES = 2000
BOOTSTRAP_SEED = 13
INTERVAL = 0.95
# The resamples of one outlet are drawn and reduced to medians at most this many article positions at a time
# (memory, not results: 8 MB per array of a block; 4,000,000 held 32 MB per array, several at once).
_CHUNK_FLOATS = 1_000_000


def voice_word_counts(study: Study) -> pd.DataFrame:
    """Return the body words of every primary article in each voice and in ``all``: columns article_id, voice, words.

    Words are the table contract's (tokens with a letter or digit); every article and voice has a row.
    """
    articles = sorted(study.outlet_of())
    tokens = study.tokens
    grid = pd.MultiIndex.from_product([articles, VOICES], names=["article_id", "voice"])
    counted = _word_grid(tokens, articles)
    if counted is None:
        body = tokens[tokens["is_word"].to_numpy(dtype=bool) & tokens["article_id"].isin(articles).to_numpy(dtype=bool)]
        counts = body.groupby(["article_id", "voice"], observed=True).size().reindex(grid, fill_value=0)
    else:
        counts = pd.Series(counted, index=grid)
    per_voice = counts.rename("words").reset_index()
    total = per_voice.groupby("article_id", sort=True)["words"].sum().reset_index().assign(voice="all")
    return pd.concat([per_voice, total[["article_id", "voice", "words"]]], ignore_index=True)


def _word_grid(tokens: pd.DataFrame, articles: list[str]) -> np.ndarray | None:
    """Return the word tokens of each of ``articles`` in each voice, article by article in ``VOICES`` order (int64),
    or None when the article and voice columns are not Arrow strings without nulls.

    Counted on Arrow's codes, not grouped by strings (``voice_word_counts`` of 500 bench articles, measured:
    0.17 -> 0.065 CPU s per 1,000 articles).
    """
    art, voice = _encoded(tokens, None, "article_id"), _encoded(tokens, None, "voice")
    if art is None or voice is None:
        return None
    position = {a: k for k, a in enumerate(articles)}
    art_of = np.array([position.get(a, -1) for a in art[1]], dtype=np.int64)[art[0]]
    voice_of = np.array([VOICES.index(v) if v in VOICES else -1 for v in voice[1]], dtype=np.int64)[voice[0]]
    keep = tokens["is_word"].to_numpy(dtype=bool) & (art_of >= 0) & (voice_of >= 0)
    return np.bincount(art_of[keep] * len(VOICES) + voice_of[keep], minlength=len(articles) * len(VOICES))


def _rate_rows(hits: pd.DataFrame, items: list[str], measure: str, words: pd.DataFrame) -> pd.DataFrame:
    """Return per-article rows of ``measure``: body ``hits`` (article_id, item, voice) per 1,000 words of the voice,
    one row for every article, item and voice (zeros included: an article without a marker has rate 0)."""
    per_voice = words[words["voice"] != "all"]
    grid = per_voice.merge(pd.DataFrame({"item": items}), how="cross")
    counts = hits.groupby(["article_id", "item", "voice"]).size().rename("count").reset_index()
    out = grid.merge(counts, on=["article_id", "item", "voice"], how="left").fillna({"count": 0})
    out = out.assign(measure=measure, base=out["words"], count=out["count"].astype("int64"))
    return out.assign(value=np.where(out["base"] > 0, out["count"] * PER_WORDS / out["base"].clip(lower=1), np.nan))


def _share_rows(counts: pd.DataFrame, totals: pd.Series, words: pd.Series, measure: str) -> pd.DataFrame:
    """Return per-article rows of a share: ``counts`` (article_id, item, count) over the article's ``totals``."""
    out = counts.assign(measure=measure, voice="all")
    out = out.assign(base=out["article_id"].map(totals).fillna(0).astype("int64"), words=out["article_id"].map(words))
    return out.assign(value=np.where(out["base"] > 0, out["count"] / out["base"].clip(lower=1), np.nan))


def _context_rows(study: Study, context: pd.DataFrame, words: pd.Series) -> pd.DataFrame:
    """Return per-article shares of body sentences touching each topic of the codebook (zeros included)."""
    articles = sorted(study.outlet_of())
    sentences = study.sentences[study.sentences["article_id"].isin(articles)].groupby("article_id").size()
    topics = sorted(study.codebooks.table("framing_context_topics.csv")["topic"].unique())
    hits = context.drop_duplicates(["article_id", "sentence_id", "topic"]).groupby(["article_id", "topic"]).size()
    grid = pd.MultiIndex.from_product([articles, topics], names=["article_id", "item"])
    counts = hits.rename_axis(["article_id", "item"]).reindex(grid, fill_value=0).rename("count").reset_index()
    return _share_rows(counts, sentences, words, "context")


def _tone_rows(tone: pd.DataFrame, words: pd.DataFrame) -> pd.DataFrame:
    """Return per-article mean compound of the sentences naming each actor, per voice (only where there is one)."""
    grouped = tone.groupby(["article_id", "actor", "voice"], sort=True)["compound"]
    out = grouped.agg(["mean", "size"]).reset_index().rename(columns={"actor": "item", "mean": "value"})
    out = out.assign(measure="tone", count=out["size"], base=out["size"])
    return out.merge(words, on=["article_id", "voice"], how="left")


def article_rates(study: Study, tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Return one row per article, measure, item and voice: its count, base, words and value (see the module).

    ``tables`` holds the framing tables ``mentions``, ``stance``, ``framing_passives``, ``context`` and
    ``framing_tone`` (as :func:`analysis.framing.tables` returns them, or the analysis frames). ``words``
    is the article's body words in that voice ("n words"); ``base`` the denominator of ``value``.
    """
    words = voice_word_counts(study)
    all_words = words[words["voice"] == "all"].set_index("article_id")["words"]
    body = {name: tables[name][tables[name]["part"] == "body"] for name in ("mentions", "stance", "framing_passives")}
    passives = body["framing_passives"]
    agentless = passives[~passives["has_agent"].astype(bool)]
    parts = [
        _rate_rows(body["stance"].rename(columns={"kind": "item"}), list(STANCE_KINDS), "stance", words),
        _rate_rows(
            pd.concat([passives.assign(item="passive"), agentless.assign(item="agentless passive")]),
            ["passive", "agentless passive"],
            "passive",
            words,
        ),  # fmt: skip
        _rate_rows(
            body["mentions"].rename(columns={"label_category": "item"}), _label_categories(study), "label", words
        ),
    ]
    quoted = words[words["voice"] == "quotation"].assign(item="quoted words").rename(columns={"words": "count"})
    parts.append(_share_rows(quoted[["article_id", "item", "count"]], all_words, all_words, "quoted_share"))
    parts.append(_context_rows(study, tables["context"], all_words))
    parts.append(_tone_rows(tables["framing_tone"], words))
    out = pd.concat([p for p in parts if len(p)], ignore_index=True)
    out.insert(1, "outlet", out["article_id"].map(study.outlet_of()))
    out = out.astype({"count": "int64", "base": "int64", "words": "int64"})
    return out[ARTICLE_RATE_COLUMNS].take(_rate_order(out)).reset_index(drop=True)


def _rate_order(rates: pd.DataFrame) -> np.ndarray:
    """Return the row order of ``rates`` by measure (``UNITS`` order), item, voice (``all``, then ``VOICES``) and
    article id, stable: ``sort_values`` of those keys, on integer ranks (the rates of 500 bench articles, rows
    shuffled, measured: 0.22 -> 0.12 CPU s per 1,000 articles)."""
    measure = _ranks(rates["measure"], list(UNITS))
    voice = _ranks(rates["voice"], ["all", *VOICES])
    item = pd.factorize(rates["item"].to_numpy(dtype=object), sort=True)[0]
    article = pd.factorize(rates["article_id"].to_numpy(dtype=object), sort=True)[0]
    return np.lexsort((article, voice, item, measure))


def _ranks(values: pd.Series, order: list[str]) -> np.ndarray:
    """Return the position in ``order`` of each of ``values`` (each one of ``order``)."""
    codes, distinct = pd.factorize(values.to_numpy(dtype=object))
    position = {v: k for k, v in enumerate(order)}
    return np.array([position[v] for v in distinct], dtype=np.int64)[codes]


def _label_categories(study: Study) -> list[str]:
    """Return the label categories of the study's labels codebook (``study.codebooks``), in its order."""
    return list(dict.fromkeys(study.codebooks.table("framing_labels.csv")["label_category"]))


def resample_indices(outlet: str, n: int, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED):
    """Return a (resamples, n) array of article positions drawn with replacement, for one outlet.

    The generator is numpy's PCG64 seeded with (``seed``, CRC-32 of the outlet's name): the same
    draws on every machine and numpy version that keeps PCG64's stream, and an outlet's draws do not
    depend on which other outlets the corpus has, so adding an outlet never moves another's interval.
    """
    return _generator(outlet, seed).integers(0, n, size=(resamples, n))


def resample_blocks(
    outlet: str, n: int, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED
) -> Iterator[np.ndarray]:
    """Yield :func:`resample_indices`' array in consecutive blocks of rows, at most ``_CHUNK_FLOATS`` positions each.

    The same numbers: numpy's Generator fills an array in order from one stream (PCG64 keeps the half of a
    64-bit draw that a 32-bit one leaves across calls), so consecutive (k, n) draws are the rows of one
    (resamples, n) draw (tests/test_article_rates.py checks it, odd sizes included). Drawn at once the array is
    16 kB per article of the outlet (2,000 int64 positions; about 320 MB for an outlet of 100,000 articles); in
    blocks the bootstrap holds one block's ``_CHUNK_FLOATS`` positions, whatever the outlet's size
    (``final_groups.py growth … rates`` on saved exports of 3,000 / 6,000 bench articles, outlets of 600 / 1,200
    articles, with ``_CHUNK_FLOATS`` 4M -> 1M: the group's own memory 213 / 333-336 -> 198-201 / 265-284 MB,
    outlet_rates byte-identical).
    """
    rng = _generator(outlet, seed)
    step = max(1, _CHUNK_FLOATS // max(1, n))
    for first in range(0, resamples, step):
        yield rng.integers(0, n, size=(min(step, resamples - first), n))


def _generator(outlet: str, seed: int) -> np.random.Generator:
    """Return numpy's PCG64 generator seeded with (``seed``, CRC-32 of the outlet's name)."""
    return np.random.Generator(np.random.PCG64([seed, zlib.crc32(outlet.encode("utf-8"))]))


def bootstrap_median(
    values: np.ndarray, draws: np.ndarray | Iterable[np.ndarray], level: float = INTERVAL
) -> tuple[np.ndarray, ...]:
    """Return (median, low, high) of each column of ``values`` (n articles x m measures): the median and the
    percentile bootstrap interval of the median.

    ``draws`` is :func:`resample_indices`' (resamples, n) array, or its rows in consecutive blocks
    (:func:`resample_blocks`), shared by the columns. The interval is
    the (1 - level) / 2 and (1 + level) / 2 quantiles of the resampled medians, numpy's default linear
    interpolation (Hyndman & Fan 1996, definition 7). Medians sort their values, so no result depends
    on an order of summation.
    """
    values = np.asarray(values, dtype=float).reshape(len(values), -1)
    if isinstance(draws, np.ndarray):
        draws = _row_blocks(draws)
    blocks = [resampled_medians(values, block) for block in draws]
    medians = np.concatenate(blocks) if blocks else np.empty((0, values.shape[1]))
    low, high = np.quantile(medians, [(1 - level) / 2, (1 + level) / 2], axis=0) if len(medians) else np.zeros((2, 0))
    return np.median(values, axis=0), low, high


def _row_blocks(draws: np.ndarray) -> list[np.ndarray]:
    """Return ``draws`` in consecutive blocks of rows of at most ``_CHUNK_FLOATS`` positions (memory, not results)."""
    step = max(1, _CHUNK_FLOATS // max(1, draws.shape[1]))
    return [draws[first : first + step] for first in range(0, len(draws), step)]


def resampled_medians(values: np.ndarray, draws: np.ndarray) -> np.ndarray:
    """Return the (resamples, m) medians of each column of ``values`` (n x m) on each resample of ``draws``
    (resamples x k article positions), as ``np.median(values[draws], axis=1)``.

    Without sorting each resample: a resample is how many times it draws each article; along a
    column's sorted values, the cumulative draws pass the middle rank at the median's value (the mean
    of the two middle values when k is even, as numpy's). One sort per column instead of one
    partition per resample and column (3,000 bench articles: bootstrap_median 15.0 -> 5.6 profiled CPU s).
    """
    n, k = len(values), draws.shape[1]
    rows = np.arange(len(draws), dtype=np.int64)[:, None] * n
    counts = np.bincount((draws + rows).ravel(), minlength=len(draws) * n).reshape(len(draws), n)
    counts = counts.astype(np.int32 if k < 2**31 else np.int64)
    medians = np.empty((len(draws), values.shape[1]))
    for column in range(values.shape[1]):
        order = np.argsort(values[:, column], kind="stable")
        ranked = values[order, column]
        # Drawn values up to each rank, per resample (at most k: the counts' own type holds them, at half the bytes).
        passed = np.cumsum(counts[:, order], axis=1, dtype=counts.dtype)
        low = ranked[(passed <= (k - 1) // 2).sum(axis=1)]
        medians[:, column] = low if k % 2 else (low + ranked[(passed <= k // 2).sum(axis=1)]) / 2
    return medians


def _pooled(group: pd.DataFrame, measure: str) -> float:
    """Return the outlet's pooled value: all its counts over all its bases (tone: the mean over all sentences)."""
    base = group["base"].sum()
    if not base:
        return float("nan")
    if measure == "tone":
        return float((group["value"] * group["count"]).sum() / base)
    return float(group["count"].sum() / base * (PER_WORDS if UNITS[measure][0] == "per 1,000 words" else 1))


def outlet_rates(rates: pd.DataFrame, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = BOOTSTRAP_SEED) -> pd.DataFrame:
    """Return one row per outlet, measure, item and voice: articles and words behind it, the pooled value,
    the median of its articles' values and a percentile bootstrap 95 % interval of that median.

    ``rates`` is :func:`article_rates`. Articles without a value are left out; the interval is empty
    (NaN) when fewer than 2 articles have a value (one article has no spread to resample).
    """
    defined = rates[rates["value"].notna()].sort_values(["outlet", "measure", "item", "voice", "article_id"])
    keys = ["measure", "item", "voice"]
    rows = []
    for outlet, group in defined.groupby("outlet", sort=True):
        sizes = group.groupby(keys, sort=True)["article_id"].transform("size")
        for n, subset in group.groupby(sizes, sort=True):
            parts = list(subset.groupby(keys, sort=True))
            values = np.column_stack([one["value"].to_numpy(dtype=float) for _, one in parts])
            if n >= 2:
                medians, lows, highs = bootstrap_median(values, resample_blocks(outlet, n, resamples, seed))
            else:
                medians, lows, highs = values[0], np.full(len(parts), np.nan), np.full(len(parts), np.nan)
            for k, (key, one) in enumerate(parts):
                totals = (int(one["words"].sum()), int(one["count"].sum()), _pooled(one, key[0]))
                rows.append((outlet, *key, int(n), *totals, float(medians[k]), float(lows[k]), float(highs[k])))
    out = pd.DataFrame(rows, columns=OUTLET_RATE_COLUMNS)
    order = {m: k for k, m in enumerate(UNITS)}
    voices = {v: k for k, v in enumerate(["all", *VOICES])}
    out = out.assign(_m=out["measure"].map(order), _v=out["voice"].map(voices))
    return out.sort_values(["_m", "item", "_v", "outlet"], kind="stable")[OUTLET_RATE_COLUMNS].reset_index(drop=True)
