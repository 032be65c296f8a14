"""The outlet's original text apart from reused text: a fourth view beside narration, paraphrase and quotation.

Issue 15, item 3: a study that counts reprinted wire copy as an outlet's vocabulary, labels and
sources measures the wire. Every body word gets an **origin**:

- ``reused``: inside a passage found in an article of another outlet published on an earlier date
  (``reuse`` rows with ``other_order`` earlier, the text ``reuse_articles`` counts as derived),
  **unless** it is one of the words the outlet changed inside that passage (``reuse_differences``:
  ``replaced`` or ``added`` on this side). A label swapped inside reprinted copy ("government" ->
  "regime") is the outlet's own choice, so it counts as original;
- ``original``: every other body word.

Words shared only with same-day or undated articles cannot be ordered (:mod:`analysis.reuse.order`)
and are original unless ``include_unordered`` (an upper bound, as ``share_with_unordered``).
A word changed against one earlier article and identical to another is counted as original: the
rare case of an outlet merging two sources is read in its favour.

An item made of words (an actor label, an attribution) is reused when **all** its words are: a
label is its mention's words; an attribution is its cue's words ("said", "claimed": the outlet's
choice of reporting verb), or its content's words when it has no cue (a floating quotation).

The counts themselves come from the other analyses' functions, called on the filtered rows:
:func:`analysis.vocabulary.keyness`, :func:`analysis.framing.label_counts`,
:func:`analysis.framing.mentions`, :func:`analysis.sourcing.attributions`. Nothing is re-implemented.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import framing, sourcing, vocabulary
from ..framing.arrays import runs
from ..framing.batching import map_batches
from ..study import Study
from ..voices import VOICES
from .masks import article_codes, span_mask
from .order import EARLIER, SAME_DAY, UNKNOWN

ORIGINAL, REUSED = "original", "reused"
ORIGINS = (ORIGINAL, REUSED)
# The items counted by origin, in table order.
ITEMS = ("words", "labels", "attributions")
# The voice of a row that counts every voice together (attributions span the outlet's cue and the
# source's content, so they are counted in this voice only).
ALL_VOICES = "all"
ORIGIN_COLUMNS = ["outlet", "item", "voice", "origin", "count", "share"]
# Edits made by the outlet inside a reprinted passage (``reuse_differences.change`` on its own side).
OUTLET_EDITS = ("replaced", "added")


def reused_spans(reuse: pd.DataFrame, include_unordered: bool = False) -> pd.DataFrame:
    """Return the rows of a ``reuse`` table that count as taken: other article earlier (or unordered too)."""
    orders = (EARLIER, SAME_DAY, UNKNOWN) if include_unordered else (EARLIER,)
    return reuse[reuse["other_order"].isin(orders)]


def reused_word_mask(
    study: Study, reuse: pd.DataFrame, differences: pd.DataFrame, include_unordered: bool = False
) -> np.ndarray:
    """Return, per row of ``study.tokens``, whether it is a reused word (the module docstring's rule).

    ``reuse`` and ``differences`` are the ``reuse`` and ``reuse_differences`` tables of the study.
    """
    taken = reused_spans(reuse, include_unordered)
    edits = reused_spans(differences, include_unordered)
    edits = edits[edits["change"].isin(OUTLET_EDITS)]
    is_word = study.tokens["is_word"].to_numpy(dtype=bool)
    return is_word & span_mask(study.tokens, taken) & ~span_mask(study.tokens, edits)


def spans_reused(spans: pd.DataFrame, tokens: pd.DataFrame, reused: np.ndarray) -> np.ndarray:
    """Return, per row of ``spans`` (article_id, start, end), whether it has words and all of them are reused.

    ``tokens`` are the study's tokens and ``reused`` their flags (:func:`reused_word_mask`); a word
    belongs to a span when it starts inside it. One sort of the words and two binary searches per span.
    """
    if not len(spans):
        return np.zeros(0, dtype=bool)
    words = tokens["is_word"].to_numpy(dtype=bool)
    token_code, code = article_codes(tokens["article_id"], spans["article_id"])
    word_keys = (token_code[words] << 32) + tokens["start"].to_numpy(dtype=np.int64)[words]
    order = np.argsort(word_keys, kind="stable")
    word_keys = word_keys[order]
    reused_before = np.concatenate([[0], np.cumsum(reused[words][order], dtype=np.int64)])
    code = code << 32
    low = np.searchsorted(word_keys, code + spans["start"].to_numpy(dtype=np.int64), side="left")
    high = np.searchsorted(word_keys, code + spans["end"].to_numpy(dtype=np.int64), side="left")
    return (high > low) & (reused_before[high] - reused_before[low] == high - low)


def body_mentions(study: Study) -> pd.DataFrame:
    """Return the actor mentions of body text (:func:`analysis.framing.mentions`), found batch by batch.

    Batches of articles as the framing export makes them (:func:`analysis.framing.article_batches`),
    so memory follows the batch, not the corpus; on the framing export's forked workers
    (:func:`analysis.framing.batching.map_batches`), the same rows as one process.
    """
    token_runs = runs(study.tokens["article_id"].to_numpy(dtype=object))
    batches = framing.article_batches(study, token_runs=token_runs)
    found = list(map_batches(_body_mentions_of, (study, token_runs), batches))
    if not found:
        return pd.DataFrame(columns=framing.MENTION_COLUMNS)
    return pd.concat(found, ignore_index=True)


def _body_mentions_of(study: Study, token_runs: tuple, batch: list[str]) -> pd.DataFrame:
    """Return the body mentions of one batch of articles."""
    table = framing.mentions(study, index=framing.word_index(study, articles=batch, token_runs=token_runs))
    return table[table["part"] == "body"]


def attribution_spans(attributions: pd.DataFrame) -> pd.DataFrame:
    """Return the span (article_id, start, end) that decides each attribution's origin: its cue, else its content."""
    has_cue = attributions["cue_start"].notna().to_numpy()
    start = np.where(has_cue, attributions["cue_start"].fillna(-1).astype("int64"), attributions["content_start"])
    end = np.where(has_cue, attributions["cue_end"].fillna(-1).astype("int64"), attributions["content_end"])
    return pd.DataFrame({"article_id": attributions["article_id"].to_numpy(), "start": start, "end": end})


def _origin_of(flags: np.ndarray) -> np.ndarray:
    return np.where(flags, REUSED, ORIGINAL)


def origin_tally(rows: pd.DataFrame) -> pd.DataFrame:
    """Return the rows (outlet, voice, origin) counted: one row per distinct triple with its ``count``
    (missing values kept as keys, so tallies of disjoint rows add up: :func:`add_tallies`)."""
    keys = ["outlet", "voice", "origin"]
    return rows.groupby(keys, sort=True, dropna=False).size().rename("count").reset_index()


def add_tallies(tallies: list[pd.DataFrame]) -> pd.DataFrame:
    """Return the sum of :func:`origin_tally` tables (of disjoint rows)."""
    keys = ["outlet", "voice", "origin"]
    joined = pd.concat(tallies, ignore_index=True)
    return joined.groupby(keys, sort=True, dropna=False)["count"].sum().reset_index()


def _counted(tally: pd.DataFrame, item: str, outlets: list[str], voices: tuple[str, ...]) -> pd.DataFrame:
    """Return a tally (:func:`origin_tally`) on the full grid of outlets x voices x origins.

    The ``all`` voice sums every voice; zeros are kept, so every outlet has every row.
    """
    if voices != (ALL_VOICES,):
        every = tally.groupby(["outlet", "origin"], sort=True, dropna=False)["count"].sum().reset_index()
        tally = pd.concat([tally, every.assign(voice=ALL_VOICES)], ignore_index=True)
    grid = pd.MultiIndex.from_product([outlets, voices, ORIGINS], names=["outlet", "voice", "origin"])
    counts = tally.set_index(["outlet", "voice", "origin"])["count"]
    counts = counts[counts.index.isin(grid)].reindex(grid, fill_value=0)
    table = counts.rename("count").reset_index()
    table.insert(1, "item", item)
    totals = table.groupby(["outlet", "voice"], sort=False)["count"].transform("sum")
    table["share"] = (table["count"] / totals.where(totals > 0)).fillna(0.0).astype(np.float64)
    return table.astype({"count": np.int64})


def origin_counts(
    study: Study,
    reuse: pd.DataFrame,
    differences: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
    include_unordered: bool = False,
) -> pd.DataFrame:
    """Return the ``reuse_origin`` table: per outlet, item, voice and origin, the count and its share.

    Items: ``words`` (body words, the table contract's word), ``labels`` (body actor mentions,
    :func:`body_mentions` unless ``mentions`` is given) and ``attributions`` (``study.attributions``
    unless given; voice ``all`` only). Voices: narration, paraphrase, quotation and ``all``.
    ``share`` = count / (original + reused count of the same outlet, item and voice); 0 when there is none.
    Origins follow the module docstring.
    """
    names = sorted(set(study.outlet_of().values()))
    return origin_table(origin_tallies(study, reuse, differences, mentions, attributions, include_unordered), names)


def origin_tallies(
    study: Study,
    reuse: pd.DataFrame,
    differences: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    attributions: pd.DataFrame | None = None,
    include_unordered: bool = False,
) -> dict[str, pd.DataFrame]:
    """Return, per item of :func:`origin_counts` (its arguments), the :func:`origin_tally` of its rows.

    Every row is one article's, so the tallies of disjoint sets of articles add up (:func:`add_tallies`).
    """
    outlets = study.outlet_of()
    reused = reused_word_mask(study, reuse, differences, include_unordered)
    tokens = study.tokens
    body = (tokens["is_word"] & tokens["article_id"].isin(list(outlets))).to_numpy(dtype=bool)
    words = pd.DataFrame({
        "outlet": tokens["article_id"][body].map(outlets).to_numpy(),
        "voice": tokens["voice"][body].to_numpy(),
        "origin": _origin_of(reused[body]),
    })  # fmt: skip
    mentions = body_mentions(study) if mentions is None else mentions[mentions["part"] == "body"]
    labels = pd.DataFrame({
        "outlet": mentions["article_id"].map(outlets).to_numpy(),
        "voice": mentions["voice"].to_numpy(),
        "origin": _origin_of(spans_reused(mentions, tokens, reused)),
    })  # fmt: skip
    if attributions is None:
        attributions = sourcing.attributions(study) if study.attributions is None else study.attributions
    said = pd.DataFrame({
        "outlet": attributions["article_id"].map(outlets).to_numpy(),
        "voice": ALL_VOICES,
        "origin": _origin_of(spans_reused(attribution_spans(attributions), tokens, reused)),
    })  # fmt: skip
    return {"words": origin_tally(words), "labels": origin_tally(labels), "attributions": origin_tally(said)}


def origin_table(tallies: dict[str, pd.DataFrame], outlets: list[str]) -> pd.DataFrame:
    """Return the ``reuse_origin`` table (``ORIGIN_COLUMNS``) of the outlets' tallies (:func:`origin_tallies`)."""
    frames = [
        _counted(tallies["words"], "words", outlets, (*VOICES, ALL_VOICES)),
        _counted(tallies["labels"], "labels", outlets, (*VOICES, ALL_VOICES)),
        _counted(tallies["attributions"], "attributions", outlets, (ALL_VOICES,)),
    ]
    return pd.concat(frames, ignore_index=True)[ORIGIN_COLUMNS]


def _rows_of_origin(flags: np.ndarray, origin: str) -> np.ndarray:
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {ORIGINS}, not {origin!r}")
    return flags if origin == REUSED else ~flags


def keyness_by_origin(
    study: Study,
    reuse: pd.DataFrame,
    differences: pd.DataFrame,
    origin: str = ORIGINAL,
    include_unordered: bool = False,
    **options,
) -> pd.DataFrame:
    """Return :func:`analysis.vocabulary.keyness` computed on the ``origin`` words only (default: original text).

    The term and number tokens of :func:`~analysis.vocabulary.term_tokens` and
    :func:`~analysis.vocabulary.number_tokens` are kept when their word has that origin, so corpus
    sizes are the outlet's original (or reused) words; ``options`` go to ``keyness`` (voices, modes, prior).
    """
    reused = reused_word_mask(study, reuse, differences, include_unordered)
    terms, numbers = vocabulary.term_tokens(study), vocabulary.number_tokens(study)
    terms = terms[_rows_of_origin(spans_reused(terms, study.tokens, reused), origin)]
    numbers = numbers[_rows_of_origin(spans_reused(numbers, study.tokens, reused), origin)]
    return vocabulary.keyness(terms, numbers=numbers, **options)


def label_counts_by_origin(
    study: Study,
    reuse: pd.DataFrame,
    differences: pd.DataFrame,
    origin: str = ORIGINAL,
    mentions: pd.DataFrame | None = None,
    include_unordered: bool = False,
) -> pd.DataFrame:
    """Return :func:`analysis.framing.label_counts` of the body mentions of ``origin`` (default: original text)."""
    mentions = body_mentions(study) if mentions is None else mentions[mentions["part"] == "body"]
    reused = reused_word_mask(study, reuse, differences, include_unordered)
    kept = mentions[_rows_of_origin(spans_reused(mentions, study.tokens, reused), origin)]
    return framing.label_counts(study, kept.reset_index(drop=True))


def attributions_by_origin(
    study: Study,
    reuse: pd.DataFrame,
    differences: pd.DataFrame,
    origin: str = ORIGINAL,
    attributions: pd.DataFrame | None = None,
    include_unordered: bool = False,
) -> pd.DataFrame:
    """Return the attributions of ``origin`` (default: original text), to pass to the sourcing summaries
    (:func:`analysis.sourcing.outlet_profile`, :func:`analysis.sourcing.by_affiliation`, ...)."""
    if attributions is None:
        attributions = sourcing.attributions(study) if study.attributions is None else study.attributions
    reused = reused_word_mask(study, reuse, differences, include_unordered)
    flags = spans_reused(attribution_spans(attributions), study.tokens, reused)
    return attributions[_rows_of_origin(flags, origin)].reset_index(drop=True)
