"""Evaluation of the extracted attributions against hand-labelled gold attributions.

The gold file of the seed articles is ``coding/attributions_gold.csv``; its labelling rules are
in ``coding/README.md``. Matching and scores follow the Gender Gap Tracker and citron
evaluations: one-to-one matching of content spans by largest overlap, precision, recall, F1.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..evaluation.metrics import one_to_one

GOLD_OFFSET_COLUMNS = ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end")
# Characters of a content shown in the side-by-side table.
CONTENT_PREVIEW = 80


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Return the number of characters two spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Return tp, n_pred, n_gold and precision, recall, F1 rounded to 3 decimals (0.0 when undefined)."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = round(2 * p * r / (p + r), 3) if p + r else 0.0
    return {"tp": tp, "n_pred": n_pred, "n_gold": n_gold, "precision": round(p, 3), "recall": round(r, 3), "f1": f1}


def match_attributions(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """Return one-to-one (pred index, gold index) pairs whose content spans overlap, largest overlap first."""
    candidates = []
    for gi, g in gold.iterrows():
        for pi, p in pred[pred["article_id"] == g["article_id"]].iterrows():
            size = _overlap((p["content_start"], p["content_end"]), (g["content_start"], g["content_end"]))
            if size > 0:
                candidates.append((size, pi, gi))
    return one_to_one(candidates)


def _norm_source(text: str) -> str:
    """Return a source name casefolded, without a leading article."""
    return re.sub(r"^(the|a|an)\s+", "", str(text).strip().casefold())


def _pair_span(frame: pd.DataFrame, index: int, kind: str) -> tuple[int, int]:
    """Return the (start, end) of the ``kind`` span (content, speaker) of one row."""
    return frame.at[index, f"{kind}_start"], frame.at[index, f"{kind}_end"]


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Return precision, recall and F1 of predicted against gold attributions.

    Rows: ``content`` exact (identical span) and overlap (any shared character, one-to-one
    matching as in the Gender Gap Tracker and citron evaluations); ``speaker`` exact and
    overlap, counted over attributions with a written speaker, a speaker being correct only
    when its attribution's content also matches (overlap); ``source`` (resolved source equal
    after case folding and dropping an article) over matched pairs; ``mode`` likewise.
    """
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match_attributions(pred, gold)
    n_pred, n_gold = len(pred), len(gold)
    exact = sum(1 for pi, gi in pairs if _pair_span(pred, pi, "content") == _pair_span(gold, gi, "content"))
    has_p = pred["speaker_start"].notna()
    has_g = gold["speaker_start"].notna()
    spoken = [(pi, gi) for pi, gi in pairs if has_p[pi] and has_g[gi]]
    sp_exact = sum(1 for pi, gi in spoken if _pair_span(pred, pi, "speaker") == _pair_span(gold, gi, "speaker"))
    sp_overlap = sum(
        1 for pi, gi in spoken if _overlap(_pair_span(pred, pi, "speaker"), _pair_span(gold, gi, "speaker")) > 0
    )
    src = sum(1 for pi, gi in pairs if _norm_source(pred.at[pi, "source"]) == _norm_source(gold.at[gi, "source"]))
    mode = sum(1 for pi, gi in pairs if pred.at[pi, "mode"] == gold.at[gi, "mode"])
    n_speakers = (int(has_p.sum()), int(has_g.sum()))
    rows = [
        {"target": "content", "match": "exact", **_prf(exact, n_pred, n_gold)},
        {"target": "content", "match": "overlap", **_prf(len(pairs), n_pred, n_gold)},
        {"target": "speaker", "match": "exact", **_prf(sp_exact, *n_speakers)},
        {"target": "speaker", "match": "overlap", **_prf(sp_overlap, *n_speakers)},
        {"target": "source", "match": "resolved, on matched content", **_prf(src, n_pred, n_gold)},
        {"target": "mode", "match": "on matched content", **_prf(mode, n_pred, n_gold)},
    ]
    return pd.DataFrame(rows)


def evaluation_pairs(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Return gold and predicted attributions side by side (unmatched ones on their own rows)."""
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match_attributions(pred, gold)
    rows = []
    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    for pi, gi in pairs:
        rows.append(
            {
                "article_id": gold.at[gi, "article_id"],
                "position": int(gold.at[gi, "content_start"]),
                "result": "matched",
                "gold_speaker": gold.at[gi, "speaker_text"],
                "pred_speaker": pred.at[pi, "speaker_text"],
                "gold_source": gold.at[gi, "source"],
                "pred_source": pred.at[pi, "source"],
                "gold_mode": gold.at[gi, "mode"],
                "pred_mode": pred.at[pi, "mode"],
                "content_exact": _pair_span(pred, pi, "content") == _pair_span(gold, gi, "content"),
                "gold_content": gold.at[gi, "content"][:CONTENT_PREVIEW],
                "pred_content": pred.at[pi, "content"][:CONTENT_PREVIEW],
            }
        )
    for gi in sorted(set(gold.index) - matched_g):
        rows.append(
            {
                "article_id": gold.at[gi, "article_id"],
                "position": int(gold.at[gi, "content_start"]),
                "result": "missed",
                "gold_speaker": gold.at[gi, "speaker_text"],
                "gold_source": gold.at[gi, "source"],
                "gold_mode": gold.at[gi, "mode"],
                "gold_content": gold.at[gi, "content"][:CONTENT_PREVIEW],
            }
        )
    for pi in sorted(set(pred.index) - matched_p):
        rows.append(
            {
                "article_id": pred.at[pi, "article_id"],
                "position": int(pred.at[pi, "content_start"]),
                "result": "spurious",
                "pred_speaker": pred.at[pi, "speaker_text"],
                "pred_source": pred.at[pi, "source"],
                "pred_mode": pred.at[pi, "mode"],
                "pred_content": pred.at[pi, "content"][:CONTENT_PREVIEW],
            }
        )
    out = pd.DataFrame(rows).fillna("")
    return out.sort_values(["article_id", "position", "result"], kind="stable").reset_index(drop=True)


def load_gold(path: str | Path) -> pd.DataFrame:
    """Return a gold attributions CSV (see coding/README.md) with offsets as nullable integers.

    The gold file marks an absent speaker or cue -1 (or leaves the cell empty); both become a
    missing value, as in the attributions table.
    """
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in GOLD_OFFSET_COLUMNS:
        offsets = pd.to_numeric(gold[column].mask(gold[column] == "")).astype("Int64")
        gold[column] = offsets.mask(offsets < 0)
    return gold
