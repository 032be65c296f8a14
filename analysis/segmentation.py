"""Cleaning with an audit trail: label every line of a raw article.

Nothing is deleted. Each non-blank line of the raw text becomes a segment with
character offsets into the raw text, a ``kind`` and the ``reason`` (which rule
fired, on what evidence). Analyses then read only ``body`` segments of primary
documents. The rules are general page-scrape heuristics; the pattern lists
live in ``analysis/data/boilerplate_patterns.csv``. A researcher overrides any
label in ``corpus/labels.csv``: manual labels win.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources

import pandas as pd

from .corpus import SEGMENT_KINDS

SEGMENT_COLUMNS = ["article_id", "segment_id", "kind", "start", "end", "text", "reason", "origin", "rule_kind", "document_id"]

# Characters str.strip() removes include the no-break space (U+00A0) pages are full of.
LINE = re.compile(r"[^\n]+")
WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
# A sentence ends with . ! ? or … possibly followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# "ANKARA:", "WASHINGTON (Reuters) -", "BEIRUT, Lebanon —": an upper-case place
# name, an optional region and agency, then a colon or dash.
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z'.\- ]{2,40}?(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:\s*\([A-Za-z][A-Za-z .&/-]{0,30}\))?\s*(?::|—|–|--?)\s+)(?=\S)"
)
# Separators of a breadcrumb trail ("News / Syria", "Home » World").
BREADCRUMB_SEPARATOR = re.compile(r"\s[/»>|›]\s")

NEAR_DUPLICATE_RATIO = 0.9
MIN_WORDS_APPENDED_HEADLINE = 6
MAX_WORDS_HEADLINE = 25
MAX_WORDS_BREADCRUMB = 8
MIN_WORDS_BODY_PARAGRAPH = 8
MAX_WORDS_STRAY_LINE = 3
NAVIGATION_ZONE_LINES = 3
MAX_CAPTION_BLOCK_LINES = 3


@dataclass(frozen=True)
class Line:
    """A non-blank line of raw text, trimmed, with its paragraph block number."""

    start: int
    end: int
    text: str
    block: int


@lru_cache(maxsize=1)
def boilerplate_patterns() -> pd.DataFrame:
    """Return the pattern table (kind, pattern, note) with compiled regexes in ``regex``."""
    with resources.files("analysis.data").joinpath("boilerplate_patterns.csv").open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, dtype=str, keep_default_na=False)
    table["regex"] = [re.compile(p, re.IGNORECASE) for p in table["pattern"]]
    return table


def split_lines(raw: str) -> list[Line]:
    """Return the non-blank lines of ``raw``, trimmed of surrounding white space.

    Lines separated by one or more blank lines fall in different blocks; lines
    with no blank line between them share a block (a caption and its credit,
    say).
    """
    lines: list[Line] = []
    block = 0
    previous_end = 0
    for match in LINE.finditer(raw):
        text = match.group()
        stripped = text.strip()
        if not stripped:
            continue
        # Two or more line breaks since the last text line mean a blank line between.
        if lines and raw.count("\n", previous_end, match.start()) >= 2:
            block += 1
        start = match.start() + (len(text) - len(text.lstrip()))
        lines.append(Line(start, start + len(stripped), stripped, block))
        previous_end = match.end()
    return lines


def word_count(text: str) -> int:
    """Return the number of word-like tokens in ``text``."""
    return len(WORD.findall(text))


def comparison_words(text: str) -> list[str]:
    """Return the words of ``text`` case-folded, apostrophes unified, punctuation dropped."""
    return WORD.findall(text.casefold().replace("’", "'"))


def is_headline_like(text: str, min_words: int = 3) -> bool:
    """True for a short line with no sentence-final punctuation."""
    words = word_count(text)
    return min_words <= words <= MAX_WORDS_HEADLINE and not SENTENCE_END.search(text) and not text.endswith((":", ";", ","))


def is_body_like(text: str) -> bool:
    """True for a paragraph that reads as running prose."""
    return word_count(text) >= MIN_WORDS_BODY_PARAGRAPH and bool(SENTENCE_END.search(text))


@lru_cache(maxsize=1)
def _patterns_by_kind() -> dict[str, list[tuple[re.Pattern, str]]]:
    table = boilerplate_patterns()
    grouped: dict[str, list[tuple[re.Pattern, str]]] = {}
    for kind, regex, note in zip(table["kind"], table["regex"], table["note"]):
        grouped.setdefault(kind, []).append((regex, note))
    return grouped


def _pattern_match(text: str, kind: str) -> str | None:
    """Return the note of the first pattern of ``kind`` that matches ``text``, else None."""
    for regex, note in _patterns_by_kind().get(kind, []):
        if regex.search(text):
            return note
    return None


def _near_duplicate_of(words: list[str], earlier: list[tuple[list[str], Line, str]]) -> tuple[Line, str, float] | None:
    """Return the earlier kept line these words repeat, its kind and the similarity.

    Similarity is difflib's ratio over word sequences (1.0: identical). A
    cheap vocabulary-overlap test first skips pairs that cannot reach the
    threshold, so long pages stay fast.
    """
    if not words:
        return None
    vocabulary = set(words)
    for other_words, other, other_kind in earlier:
        if words == other_words:
            return other, other_kind, 1.0
        shorter, longer = sorted((len(words), len(other_words)))
        if shorter / longer < NEAR_DUPLICATE_RATIO:
            continue
        other_vocabulary = set(other_words)
        if len(vocabulary & other_vocabulary) / len(vocabulary | other_vocabulary) < NEAR_DUPLICATE_RATIO - 0.1:
            continue
        ratio = SequenceMatcher(None, words, other_words, autojunk=False).ratio()
        if ratio >= NEAR_DUPLICATE_RATIO:
            return other, other_kind, ratio
    return None


def label_lines(raw: str) -> list[tuple[Line, str, str]]:
    """Return ``(line, kind, reason)`` for every non-blank line, by the rules.

    The rules, in order of precedence:
    navigation (breadcrumb near the top), caption (photo credit, and the other
    lines of its block), boilerplate (footer vocabulary, and everything after a
    footer line that is not running prose), headline (first headline-like
    line), duplicate (same or nearly the same text as an earlier kept line),
    appended (a headline-like line after the body has begun, followed by prose,
    starts a new story that runs to the footer), stray short lines, body.
    """
    lines = split_lines(raw)
    labels: dict[int, tuple[str, str]] = {}

    for i, line in enumerate(lines):
        note = _pattern_match(line.text, "caption")
        if note:
            labels[i] = ("caption", f"photo credit pattern: {note}")
    caption_blocks = {lines[i].block for i, (kind, _) in labels.items() if kind == "caption"}
    for i, line in enumerate(lines):
        # A caption block is short; a long block with a credit in it is prose with an inline credit.
        if i not in labels and line.block in caption_blocks and _block_size(lines, line.block) <= MAX_CAPTION_BLOCK_LINES:
            labels[i] = ("caption", "in the same block as a photo credit line, with no blank line between")

    for i, line in enumerate(lines[:NAVIGATION_ZONE_LINES]):
        if i in labels:
            continue
        note = _pattern_match(line.text, "navigation")
        if note or (BREADCRUMB_SEPARATOR.search(line.text) and word_count(line.text) <= MAX_WORDS_BREADCRUMB and not SENTENCE_END.search(line.text)):
            labels[i] = ("navigation", f"breadcrumb near the top of the page: {note or 'short line of items joined by separators'}")

    footer_from = None
    for i, line in enumerate(lines):
        if i in labels:
            continue
        note = _pattern_match(line.text, "boilerplate")
        if note:
            labels[i] = ("boilerplate", f"site furniture pattern: {note}")
            if footer_from is None and i > len(lines) // 2:
                footer_from = i
    if footer_from is not None:
        for i in range(footer_from + 1, len(lines)):
            if i not in labels and not is_body_like(lines[i].text):
                labels[i] = ("boilerplate", f"follows the footer line at {lines[footer_from].start}-{lines[footer_from].end} and is not running prose")

    kept: list[tuple[list[str], Line, str]] = []
    headline_seen = False
    body_paragraphs = 0
    appended_from = None
    for i, line in enumerate(lines):
        if i in labels:
            continue
        words = comparison_words(line.text)
        repeat = _near_duplicate_of(words, kept)
        if repeat:
            other, other_kind, ratio = repeat
            how = "repeats" if ratio == 1.0 else f"nearly repeats (similarity {ratio:.2f})"
            labels[i] = ("duplicate", f"{how} the {other_kind} at {other.start}-{other.end}")
            continue
        if not headline_seen and body_paragraphs == 0 and is_headline_like(line.text, 2):
            labels[i] = ("headline", "first headline-like line: short, no sentence-final punctuation")
            headline_seen = True
        elif appended_from is None and body_paragraphs >= 2 and _starts_new_story(lines, i, labels):
            appended_from = i
            labels[i] = ("appended", "headline-like line after the body, followed by prose: starts a new story")
        elif appended_from is not None:
            labels[i] = ("appended", f"part of the story appended at {lines[appended_from].start}")
        elif word_count(line.text) <= MAX_WORDS_STRAY_LINE and not SENTENCE_END.search(line.text):
            labels[i] = ("boilerplate", "stray short line without sentence punctuation")
        else:
            labels[i] = ("body", "running text of the article")
            body_paragraphs += 1
        kept.append((words, line, labels[i][0]))
    return [(line, *labels[i]) for i, line in enumerate(lines)]


def _block_size(lines: list[Line], block: int) -> int:
    return sum(1 for line in lines if line.block == block)


def _starts_new_story(lines: list[Line], i: int, labels: dict[int, tuple[str, str]]) -> bool:
    """True when line ``i`` looks like the headline of a second story."""
    following = [line for j, line in enumerate(lines[i + 1 :], start=i + 1) if j not in labels]
    if len(following) < 2 or not all(is_body_like(line.text) for line in following[:2]):
        return False
    min_words = 3 if DATELINE.match(following[0].text) else MIN_WORDS_APPENDED_HEADLINE
    return is_headline_like(lines[i].text, min_words)


def segment_records(article_id: str, raw: str) -> list[tuple]:
    """Return the rule-labelled segments of one article as tuples in ``SEGMENT_COLUMNS`` order.

    The first body line may start with a dateline ("ANKARA: "); it becomes a
    segment of its own so that it is neither body text nor lost.
    """
    rows = []
    first_body = True
    for line, kind, reason in label_lines(raw):
        if kind == "body" and first_body:
            first_body = False
            match = DATELINE.match(line.text)
            if match:
                cut = line.start + len(match.group("dateline").rstrip())
                rows.append(kind_row("dateline", line.start, cut, "upper-case place name and separator opening the first paragraph"))
                rows.append(kind_row("body", line.start + match.end(), line.end, reason))
                continue
        rows.append(kind_row(kind, line.start, line.end, reason))
    return _segment_tuples(article_id, raw, rows)


def segment_article(article_id: str, raw: str) -> pd.DataFrame:
    """Return the rule-labelled segments of one article (columns ``SEGMENT_COLUMNS``)."""
    return segments_frame(segment_records(article_id, raw))


def kind_row(kind: str, start: int, end: int, reason: str, origin: str = "rule", rule_kind: str | None = None) -> dict:
    """Return a bare segment record; ``rule_kind`` defaults to ``kind``."""
    return {"kind": kind, "start": start, "end": end, "reason": reason, "origin": origin, "rule_kind": rule_kind or kind}


def _segment_tuples(article_id: str, raw: str, rows: list[dict]) -> list[tuple]:
    """Order records by position and add ids, text and the document each belongs to."""
    rows = sorted(rows, key=lambda row: row["start"])
    documents = _document_ids(article_id, [row["kind"] for row in rows])
    return [
        (article_id, segment_id, row["kind"], row["start"], row["end"], raw[row["start"] : row["end"]], row["reason"], row["origin"], row["rule_kind"], document)
        for segment_id, (row, document) in enumerate(zip(rows, documents))
    ]


def segments_frame(records: list[tuple]) -> pd.DataFrame:
    """Return the segments DataFrame of (concatenated) segment records."""
    frame = pd.DataFrame(records, columns=SEGMENT_COLUMNS)
    return frame.astype({column: str for column in SEGMENT_COLUMNS if column not in ("segment_id", "start", "end")} | {"start": "int64", "end": "int64", "segment_id": "int64"})


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
            pieces = [p for s, e in pieces for p in ((s, min(e, label["start"])), (max(s, label["end"]), e)) if p[0] < p[1]]
        for s, e in pieces:
            s, e = _trim(raw, s, e)
            if s < e:
                rows.append({**seg, "start": s, "end": e})
    for label in manual:
        overlapped = segments[(segments["start"] < label["end"]) & (segments["end"] > label["start"])]
        rule_kind = "+".join(dict.fromkeys(overlapped["kind"])) or "none"
        rows.append(kind_row(label["kind"], int(label["start"]), int(label["end"]), f"manual label: {label['note']}".rstrip(": "), "manual", rule_kind))
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
    for article_id, raw in zip(articles["article_id"], articles["raw"]):
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
    for kind, start, end, reason, origin in zip(segments["kind"], segments["start"], segments["end"], segments["reason"], segments["origin"]):
        removed = kind not in ("headline", "body")
        style = f"background:{KIND_COLOURS.get(kind, '#ffffff')}; padding:2px 6px; margin:3px 0; border-left:4px solid {'#999' if removed else '#0072B2'};"
        text = html.escape(raw[start:end])
        if removed:
            text = f'<span style="text-decoration: line-through; color:#555">{text}</span>'
        label = f"{kind}{' (manual)' if origin == 'manual' else ''} · {start}–{end} · {html.escape(reason)}"
        parts.append(f'<div style="{style}"><div style="font-size:0.75em; color:#333">{label}</div>{text}</div>')
    parts.append("</div>")
    return "\n".join(parts)
