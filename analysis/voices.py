"""Three voices: the outlet's narration, paraphrase and quotation (issue 11).

Every body token, and every label, stance marker, cue and term built from tokens, speaks in one voice:

- **quotation**: inside top-level quotation marks (the source's own words, as marked);
- **paraphrase**: outside quotation marks but inside the content (``content_start``..``content_end``)
  of an ``indirect`` or ``mixed`` attribution (:mod:`analysis.sourcing`): the source's speech in
  the outlet's words;
- **narration**: everything else, the outlet's own words.

In *The ministry said the "terrorists" were preparing a staged attack. The town was calm.* the
word "terrorists" is quotation; "the", "were preparing a staged attack" paraphrase (the content of
the ministry's mixed attribution); "The ministry said" and "The town was calm" narration.

Where it runs: :func:`analysis.study.build_study` calls :func:`with_voices` right after the text
layer, so every analysis, notebook and the evaluation read the same three-way ``tokens["voice"]``
from the one :class:`~analysis.study.Study`, and the attributions found there are kept in
``Study.attributions`` (the sourcing export reuses them instead of extracting them again). The
attribution rules themselves read the text layer's two-way view (:func:`rule_voices`), so they see
the same input whether or not a study has been voiced: no circularity, and the attributions are
unchanged. Cost: one sort of the paraphrase spans and one binary search per token (near-linear).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    from .study import Study

NARRATION, PARAPHRASE, QUOTATION = "narration", "paraphrase", "quotation"
# In this order everywhere (tables, chart panels, legends): from the outlet's own words to the source's.
VOICES = (NARRATION, PARAPHRASE, QUOTATION)
VOICE_LABELS = {NARRATION: "outlet's narration", PARAPHRASE: "paraphrase", QUOTATION: "quotation"}
# Attribution modes whose content outside quotation marks is paraphrase (a direct quotation's content
# is all inside marks; a floating quotation has no cue and no paraphrase).
PARAPHRASE_MODES = ("indirect", "mixed")
# The text layer's two values (analysis/text.py): inside top-level quotation marks or not.
TEXT_LAYER_QUOTED, TEXT_LAYER_OUTSIDE = "quoted", "outlet"
_QUOTED_VALUES = (TEXT_LAYER_QUOTED, QUOTATION)


def rule_voices(values: Sequence[str]) -> list[str]:
    """Return the text layer's two-way voices ("quoted" inside quotation marks, else "outlet") of ``values``.

    The attribution rules were written for those two values; a voiced study's three-way values are
    mapped back, so the rules read the same tokens before and after :func:`with_voices`.
    """
    return [TEXT_LAYER_QUOTED if value in _QUOTED_VALUES else TEXT_LAYER_OUTSIDE for value in values]


def _paraphrase_keys(attributions: pd.DataFrame, code_of: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Return (sorted start keys, running maximum of end keys) of the paraphrase spans.

    A key is (article code << 32) | character offset.

    A position is inside some span iff the running maximum of the ends of the spans starting at or
    before it lies beyond it; overlapping or nested spans need no merging. Articles are in code
    order, so an article's keys never reach the next article's.
    """
    spans = attributions[attributions["mode"].isin(PARAPHRASE_MODES)]
    spans = spans[spans["article_id"].isin(code_of) & (spans["content_end"] > spans["content_start"])]
    codes = spans["article_id"].map(code_of).to_numpy(dtype=np.int64) << 32
    starts = codes | spans["content_start"].to_numpy(dtype=np.int64)
    ends = codes | spans["content_end"].to_numpy(dtype=np.int64)
    order = np.argsort(starts, kind="stable")
    return starts[order], np.maximum.accumulate(ends[order]) if len(order) else ends


def in_paraphrase(article_ids: Sequence[str], positions: Sequence[int], attributions: pd.DataFrame) -> np.ndarray:
    """Return, per (article_id, character position), True if it lies in the content of an indirect or mixed
    attribution (``content_start <= position < content_end``); vectorised: one binary search per position."""
    codes, distinct = pd.factorize(np.asarray(article_ids, dtype=object), sort=True)
    code_of = {article_id: code for code, article_id in enumerate(distinct.tolist())}
    starts, max_ends = _paraphrase_keys(attributions, code_of)
    keys = (codes.astype(np.int64) << 32) | np.asarray(positions, dtype=np.int64)
    at = np.searchsorted(starts, keys, side="right") - 1
    inside = at >= 0
    inside[inside] = keys[inside] < max_ends[at[inside]]
    return inside


def three_voices(table: pd.DataFrame, attributions: pd.DataFrame | None) -> np.ndarray:
    """Return the three-way voice (``VOICES``) of each row of ``table`` (article_id, start, voice).

    ``voice`` may be the text layer's two-way value ("quoted"/"outlet") or already three-way: a row
    inside quotation marks is quotation; any other row is paraphrase when its ``start`` lies in the
    content of an indirect or mixed attribution of ``attributions`` (None: none known), else narration.
    """
    quoted = table["voice"].isin(_QUOTED_VALUES).to_numpy(dtype=bool)
    if attributions is None:
        attributions = pd.DataFrame({"article_id": [], "mode": [], "content_start": [], "content_end": []})
    paraphrase = in_paraphrase(table["article_id"].to_numpy(dtype=object), table["start"].to_numpy(), attributions)
    codes = np.where(quoted, 2, paraphrase.astype(np.int8)).astype(np.int8)
    # References to three shared strings, not one new string per row (millions of tokens).
    return np.asarray(VOICES, dtype=object)[codes]


def with_voices(study: Study) -> Study:
    """Return ``study`` with its attributions (``Study.attributions``) and three-way token voices.

    The attributions are extracted once here (:func:`analysis.sourcing.attributions`). Articles on
    which the extraction fails are found by bisection (:func:`analysis.study.failing_articles`),
    recorded in ``failures`` (stage ``sourcing``) and get no paraphrase; every other article is voiced.
    """
    from . import sourcing
    from .study import failing_articles, failure_row, subset_study

    try:
        attributions = sourcing.attributions(study)
        failed = []
    except Exception:  # one bad page must not cost every other article its voices
        failed = failing_articles(sourcing.attributions, study, sorted(study.raw))
        if not failed:
            raise
        kept = set(study.raw) - {article_id for article_id, _ in failed}
        attributions = sourcing.attributions(subset_study(study, kept))
    tokens = study.tokens.assign(voice=three_voices(study.tokens, attributions))
    failures = study.failures
    if failed:
        rows = pd.DataFrame([failure_row(a, "sourcing", error) for a, error in failed], columns=failures.columns)
        failures = pd.concat([failures, rows], ignore_index=True)
    return dataclasses.replace(study, tokens=tokens, attributions=attributions, failures=failures)
