"""HTML view of one article's attributions: speaker bold, cue underlined, content shaded."""

from __future__ import annotations

import html

import pandas as pd

from ..study import Study

OPEN_TAG = {"content": '<span style="background:#fde7c4">', "speaker": "<b>", "cue": "<u>"}
CLOSE_TAG = {"content": "</span>", "speaker": "</b>", "cue": "</u>"}


def highlight_html(attr: pd.DataFrame, study: Study, article_id: str) -> str:
    """Return HTML of one article's attributed sentences: speaker bold, cue underlined, content shaded.

    All article text, and the labels built from the table (mode, cue class, source), is escaped;
    offsets come straight from the attributions table.
    """
    raw = study.raw[article_id]
    sub = attr[attr["article_id"] == article_id]
    parts = ['<div style="font-family: sans-serif; line-height: 1.6">']
    for sentence_id, group in sub.groupby("sentence_id", sort=True):
        labels = "; ".join(
            f"{r.mode}, {r.cue_class or 'no cue'} -> {r.source or '(no source)'}" for r in group.itertuples(index=False)
        )
        body = _marked_sentence(raw, group)
        parts.append(f"<p><small>sentence {int(sentence_id)} [{html.escape(labels)}]</small><br>{body}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def _marked_sentence(raw: str, group: pd.DataFrame) -> str:
    """Return the escaped text of one sentence (widened to its contents) with the tags of its attributions."""
    start, end = int(group["start"].iat[0]), int(group["end"].iat[0])
    lo = min(start, int(group["content_start"].min()))
    hi = max(end, int(group["content_end"].max()))
    marks: dict[int, list[str]] = {}
    for row in group.itertuples(index=False):
        spans = (
            (row.content_start, row.content_end, "content"),
            (row.speaker_start, row.speaker_end, "speaker"),
            (row.cue_start, row.cue_end, "cue"),
        )
        for s, e, tag in spans:
            if not pd.isna(s):  # no speaker or no cue: nothing to mark
                marks.setdefault(s, []).append("open-" + tag)
                marks.setdefault(e, []).append("close-" + tag)
    out, pos = [], lo
    for offset in sorted(marks):
        out.append(html.escape(raw[pos:offset]))
        # Closing tags first at an offset, so that spans that touch do not nest wrongly.
        for mark in sorted(marks[offset], key=lambda m: (not m.startswith("close"), m)):
            kind, tag = mark.split("-")
            out.append(CLOSE_TAG[tag] if kind == "close" else OPEN_TAG[tag])
        pos = offset
    out.append(html.escape(raw[pos:hi]))
    return "".join(out)
