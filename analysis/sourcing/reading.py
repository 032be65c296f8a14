"""Reading aids: one article's attributions as a table with the sentences they sit in."""

from __future__ import annotations

import pandas as pd

from ..study import Study


def attribution_table(attr: pd.DataFrame, study: Study, article_id: str, width: int = 90) -> pd.DataFrame:
    """Return one article's attributions as a readable table with the sentence they sit in."""
    sentences = study.sentences.set_index(["article_id", "sentence_id"])["text"]
    sub = attr[attr["article_id"] == article_id]
    return pd.DataFrame({
        "sentence_id": sub["sentence_id"],
        "sentence": [_shorten(sentences.get((article_id, sid), ""), width) for sid in sub["sentence_id"]],
        "speaker (as written)": sub["speaker_text"],
        "cue": sub["cue"], "cue_class": sub["cue_class"], "mode": sub["mode"],
        "source (resolved)": sub["source"], "resolved_by": sub["resolved_by"],
        "source_type": sub["source_type"], "affiliation": sub["affiliation"],
        "content": [_shorten(c, width) for c in sub["content"]],
    }).reset_index(drop=True)  # fmt: skip


def _shorten(text: str, width: int) -> str:
    """Return ``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"
