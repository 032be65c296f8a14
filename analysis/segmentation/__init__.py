"""Cleaning with an audit trail: label every line of a raw article.

Nothing is deleted. Each non-blank line of the raw text becomes a segment with
character offsets into the raw text, a ``kind`` and the ``reason`` (which rule
fired, on what evidence). Analyses then read only ``body`` segments of primary
documents. The rules are general page-scrape heuristics; the pattern lists
live in ``analysis/data/boilerplate_patterns.csv``. A researcher overrides any
label in ``corpus/labels.csv``: manual labels win.
"""

from __future__ import annotations

import pandas as pd

from ..corpus import SEGMENT_KINDS
from . import dateline_grammar, document_structure, page_notes, quoted_text, record_metadata
from .labelling import DATELINE, Line, boilerplate_patterns, is_headline_like, label_lines, split_lines

__all__ = [
    "SEGMENT_COLUMNS",
    "SEGMENT_KINDS",
    "KIND_COLOURS",
    "Line",
    "apply_manual_labels",
    "boilerplate_patterns",
    "disagreements",
    "highlight_html",
    "kind_row",
    "label_lines",
    "segment_article",
    "segment_corpus",
    "segment_records",
    "segments_frame",
    "split_lines",
]


# Body lines a dateline is looked for on: the first paragraph, or the one after a standfirst.
MAX_DATELINE_TRIES = 2
# Body lines a dateline naming an agency or date (dateline_grammar.agency_dateline) is looked for on:
# a fact check's claim box (claim, rating, verdict lines) or a standfirst of several lines may come first.
MAX_AGENCY_DATELINE_LINES = 8
SEGMENT_COLUMNS = [
    "article_id",
    "segment_id",
    "kind",
    "start",
    "end",
    "text",
    "reason",
    "origin",
    "rule_kind",
    "document_id",
]


def segment_records(article_id: str, raw: str) -> list[tuple]:
    """Return the rule-labelled segments of one article as tuples in ``SEGMENT_COLUMNS`` order.

    The first body line may start with a dateline ("ANKARA: "); it becomes a
    segment of its own so that it is neither body text nor lost. When the first
    body line is a standfirst set apart from the next paragraph by furniture
    (byline, date, audio widget), the dateline opens that next paragraph and is
    looked for there too. A dateline naming an agency or a date ("KARACHI (AFP) –") is
    looked for on the first ``MAX_AGENCY_DATELINE_LINES`` body lines (below a claim box).
    """
    rows = []
    tries = 0
    body_seen = 0
    dated = False
    previous_kind = ""
    # A mail reply's quoted text is labelled as it displays (its markers set aside, :mod:`.quoted_text`).
    labelled = quoted_text.label_displayed(raw, label_lines)
    # A transcript's speaker labels ("Question (Harbour Times):") read like "PLACE (Agency):" datelines.
    turns = dateline_grammar.turn_labels([line.text for line, _, _ in labelled])
    titled = signed = noted = headed = False
    for line, kind, reason in labelled:
        second = kind == "body" and 0 < tries < MAX_DATELINE_TRIES and previous_kind == "body"
        if second:
            # Two body lines in a row: the first paragraph has begun, and a dateline opens only that; unless the
            # line above is a title (an item's, on a digest page): a dateline naming an agency may open this one.
            tries = MAX_DATELINE_TRIES
        under_title, titled = titled, kind == "body" and is_headline_like(line.text)
        # A monitoring item's header ("Text of report by …") stands over the translated report and its dateline.
        under_header, headed = headed, record_metadata.item_header(line.text)
        # An editor's note read as the first paragraph stands before the copy it introduces, as a standfirst does.
        under_note, noted = noted, kind == "body" and page_notes.editor_note(line.text)
        # A title, then only furniture (its byline, a time stamp): the paragraph after opens an article of its own.
        under_byline, signed = signed, kind == "boilerplate" and (under_title or signed)
        if (
            kind == "body"
            and not dated
            and tries >= MAX_DATELINE_TRIES
            and body_seen < MAX_AGENCY_DATELINE_LINES
            and (under_title or not second or under_note)
        ) or (kind == "body" and not dated and under_header and tries >= MAX_DATELINE_TRIES):
            body_seen += not document_structure.heading_or_figure(line.text)
            found = dateline_grammar.agency_dateline(line.text)
            if found is None and (under_byline or under_header):
                # An article set below other matter (a gallery's text under its slides) may carry a bare dateline.
                found = dateline_grammar.first_paragraph_dateline(line.text, DATELINE)
            if found and dateline_grammar.opens_turn(found[0], turns):
                rows += _turn_rows(line, found, reason)
                previous_kind = kind
                continue
            if found:
                dated = True
                rows += _dateline_rows(line, found, reason)
                previous_kind = kind
                continue
        elif (
            kind == "body"
            and tries < MAX_DATELINE_TRIES
            and (tries == 0 or previous_kind != "body")
            and not record_metadata.section_heading(line.text)
        ):
            tries += 1
            body_seen += not document_structure.heading_or_figure(line.text)
            found = dateline_grammar.first_paragraph_dateline(line.text, DATELINE)
            if found and dateline_grammar.opens_turn(found[0], turns):
                rows += _turn_rows(line, found, reason)
                previous_kind = kind
                continue
            if found:
                dated = True
                tries = MAX_DATELINE_TRIES
                rows += _dateline_rows(line, found, reason)
                previous_kind = kind
                continue
        elif kind == "body":
            body_seen += not document_structure.heading_or_figure(line.text)
        previous_kind = kind
        rows.append(kind_row(kind, line.start, line.end, reason))
    return _segment_tuples(article_id, raw, rows)


def _dateline_rows(line: Line, found: tuple[str, int, str], reason: str) -> list[dict]:
    """Return the dateline segment opening ``line`` and the body segment after it (``found``: a dateline rule's)."""
    dateline, body_offset, why = found
    return [
        kind_row("dateline", line.start, line.start + len(dateline), why),
        kind_row("body", line.start + body_offset, line.end, reason),
    ]


def _turn_rows(line: Line, found: tuple[str, int, str], reason: str) -> list[dict]:
    """Return a transcript turn's speaker label ("Question (Outlet):", read by a dateline rule as ``found``) and
    the rest of ``line`` as two body segments: the label is the text's, not a dateline, and is set apart so that
    the sentence after it starts as written (as it does after a dateline)."""
    label, body_offset, _ = found
    why = "a transcript turn's speaker label, set apart from its sentence (repeated on the page: no dateline)"
    return [
        kind_row("body", line.start, line.start + len(label), why),
        kind_row("body", line.start + body_offset, line.end, reason),
    ]


def segment_article(article_id: str, raw: str) -> pd.DataFrame:
    """Return the rule-labelled segments of one article (columns ``SEGMENT_COLUMNS``)."""
    return segments_frame(segment_records(article_id, raw))


def kind_row(kind: str, start: int, end: int, reason: str, origin: str = "rule", rule_kind: str | None = None) -> dict:
    """Return a bare segment record; ``rule_kind`` defaults to ``kind``."""
    return {
        "kind": kind,
        "start": start,
        "end": end,
        "reason": reason,
        "origin": origin,
        "rule_kind": rule_kind or kind,
    }


def _segment_tuples(article_id: str, raw: str, rows: list[dict]) -> list[tuple]:
    """Order records by position and add ids, text and the document each belongs to."""
    rows = sorted(rows, key=lambda row: row["start"])
    documents = _document_ids(article_id, [row["kind"] for row in rows])
    return [
        (
            article_id,
            segment_id,
            row["kind"],
            row["start"],
            row["end"],
            raw[row["start"] : row["end"]],
            row["reason"],
            row["origin"],
            row["rule_kind"],
            document,
        )
        for segment_id, (row, document) in enumerate(zip(rows, documents, strict=True))
    ]


def segments_frame(records: list[tuple]) -> pd.DataFrame:
    """Return the segments DataFrame of (concatenated) segment records."""
    frame = pd.DataFrame(records, columns=SEGMENT_COLUMNS)
    return frame.astype(
        {column: str for column in SEGMENT_COLUMNS if column not in ("segment_id", "start", "end")}
        | {"start": "int64", "end": "int64", "segment_id": "int64"}
    )


# Kinds that may sit inside an appended story without ending it.
_NOISE_KINDS = {"caption", "boilerplate", "duplicate", "navigation"}


def _document_ids(article_id: str, kinds: list[str]) -> list[str]:
    """Return the document of each segment: ``<id>.appended<k>`` for the k-th appended story.

    Noise segments (captions, boilerplate, duplicates) stay with the host
    article and do not end an appended story; any other kind does.
    """
    ids, current, count = [], None, 0
    for kind in kinds:
        if kind == "appended":
            if current is None:
                count += 1
                current = f"{article_id}.appended{count}"
            ids.append(current)
            continue
        if kind not in _NOISE_KINDS:
            current = None
        ids.append(article_id)
    return ids


def apply_manual_labels(segments: pd.DataFrame, labels: pd.DataFrame, raw: str) -> pd.DataFrame:
    """Return one article's segments with manual labels laid over the rule labels.

    A manual label covers ``[start, end)``; rule segments it overlaps are cut
    around it. ``origin`` is ``manual`` and ``rule_kind`` records what the rules
    said of that stretch, so disagreements can be listed.
    """
    if labels.empty:
        return segments
    article_id = segments["article_id"].iat[0] if len(segments) else labels["article_id"].iat[0]
    rows: list[dict] = []
    manual = labels.sort_values("start").to_dict("records")
    for seg in segments.to_dict("records"):
        pieces = [(seg["start"], seg["end"])]
        for label in manual:
            pieces = [
                p for s, e in pieces for p in ((s, min(e, label["start"])), (max(s, label["end"]), e)) if p[0] < p[1]
            ]
        for s, e in pieces:
            s, e = _trim(raw, s, e)
            if s < e:
                rows.append({**seg, "start": s, "end": e})
    for label in manual:
        overlapped = segments[(segments["start"] < label["end"]) & (segments["end"] > label["start"])]
        rule_kind = "+".join(dict.fromkeys(overlapped["kind"])) or "none"
        rows.append(
            kind_row(
                label["kind"],
                int(label["start"]),
                int(label["end"]),
                f"manual label: {label['note']}".rstrip(": "),
                "manual",
                rule_kind,
            )
        )
    return segments_frame(_segment_tuples(article_id, raw, rows))


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    while start < end and raw[start].isspace():
        start += 1
    while end > start and raw[end - 1].isspace():
        end -= 1
    return start, end


def segment_corpus(articles: pd.DataFrame, labels: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the segments of every article (rule labels, manual labels on top)."""
    frames = []
    for article_id, raw in zip(articles["article_id"], articles["raw"], strict=True):
        segments = segment_article(article_id, raw)
        if labels is not None and len(labels):
            segments = apply_manual_labels(segments, labels[labels["article_id"] == article_id], raw)
        frames.append(segments)
    if not frames:
        return pd.DataFrame(columns=SEGMENT_COLUMNS)
    return pd.concat(frames, ignore_index=True)


def disagreements(segments: pd.DataFrame) -> pd.DataFrame:
    """Return the manual segments whose kind differs from what the rules said."""
    manual = segments[segments["origin"] == "manual"]
    return manual[manual["kind"] != manual["rule_kind"]].reset_index(drop=True)


# Colours of the highlighted view: body plain, noise tinted (Okabe-Ito tints, colour-blind safe).
KIND_COLOURS = {
    "headline": "#cfe3f3",
    "dateline": "#e8e8e8",
    "body": "#ffffff",
    "caption": "#f6dcae",
    "navigation": "#e8e8e8",
    "boilerplate": "#e8e8e8",
    "appended": "#f3d3e6",
    "duplicate": "#c7ebdd",
}


def highlight_html(segments: pd.DataFrame, raw: str) -> str:
    """Return an HTML view of one article: each segment tinted by kind, labelled, with its reason.

    Kept text (headline, body) is shown plainly; removed text is struck
    through. All article text is escaped, so markup in a page never runs.
    """
    import html

    parts = ['<div style="font-family: sans-serif; line-height: 1.45; max-width: 60em;">']
    for kind, start, end, reason, origin in zip(
        segments["kind"], segments["start"], segments["end"], segments["reason"], segments["origin"], strict=True
    ):
        removed = kind not in ("headline", "body")
        border = "#999" if removed else "#0072B2"
        background = KIND_COLOURS.get(kind, "#ffffff")
        style = f"background:{background}; padding:2px 6px; margin:3px 0; border-left:4px solid {border};"
        text = html.escape(raw[start:end])
        if removed:
            text = f'<span style="text-decoration: line-through; color:#555">{text}</span>'
        label = f"{kind}{' (manual)' if origin == 'manual' else ''} · {start}–{end} · {html.escape(reason)}"
        parts.append(f'<div style="{style}"><div style="font-size:0.75em; color:#333">{label}</div>{text}</div>')
    parts.append("</div>")
    return "\n".join(parts)
