"""Concordance: keyword in context (KWIC) of a word or phrase, with offsets into the raw text.

``kwic_index`` indexes word positions by term once, so each ``kwic`` call on
the same study reads only the occurrences of its first word and the tokens of
its lines; ``render_kwic`` prints the lines as an HTML table.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..study import Study
from ..text import tokenize
from .coding import _int32
from .terms import LETTER, _prepare, normalise_term

KWIC_WINDOW = 8  # tokens shown on each side of a keyword
KWIC_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "left", "keyword", "right", "voice"]


def phrase_terms(phrase: str) -> list[str]:
    """Return the normalised terms of a search phrase (numbers and punctuation ignored)."""
    return [normalise_term(t) for t in tokenize(phrase) if LETTER.search(t)]


def _sentence_segments(study: Study, p: dict, codes: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray, int]:
    """Return (sorted keys article code x span + sentence_id, their segment ids, span) of the
    sentences of the articles with those codes (default: every article of ``p``)."""
    sentences = study.sentences
    ids = p["articles"] if codes is None else p["articles"][np.asarray(codes, dtype=np.int64)]
    if codes is not None:
        sentences = sentences[sentences["article_id"].isin(list(ids))]
    names = sentences["article_id"].to_numpy(dtype=object)
    at = np.searchsorted(p["articles"], names) if len(names) else np.zeros(0, dtype=np.int64)
    found = at < len(p["articles"])
    found[found] = p["articles"][at[found]] == names[found]
    sentence_id = sentences["sentence_id"].to_numpy(dtype=np.int64)
    span = int(max(sentence_id.max() if len(sentence_id) else 0, p["sentence"].max() if len(p["sentence"]) else 0)) + 1
    key = at[found].astype(np.int64) * span + sentence_id[found]
    order = np.argsort(key, kind="stable")
    return key[order], sentences["segment_id"].to_numpy(dtype=np.int64)[found][order], span


def _contexts(
    p: dict, firsts: np.ndarray, lasts: np.ndarray, hit_art: np.ndarray, window: int, segments: tuple
) -> list[str]:
    """Return the left and right context of every hit (left then right per hit), ``window`` tokens each
    side within the article, as printed: a space where the raw text has a gap, " ¶ " where the paragraph
    or segment changes. ``segments``: (article bounds, sentence segment keys, their segment ids, span)."""
    art, starts, ends, sentence = p["art"], p["start"], p["end"], p["sentence"]
    bounds, segment_key, segment_id, span = segments
    # Both contexts of every line at once: token ranges lo..hi (inclusive), left then right per line.
    block_start, block_end = bounds[hit_art], bounds[hit_art + 1] - 1
    lo = np.ravel(np.column_stack([np.maximum(block_start, firsts - window), lasts + 1]))
    hi = np.ravel(np.column_stack([firsts - 1, np.minimum(block_end, lasts + window)]))
    length = np.maximum(hi - lo + 1, 0)
    ends_at = np.cumsum(length)
    begins_at = ends_at - length
    token = np.repeat(lo - begins_at, length) + np.arange(int(ends_at[-1]))
    key = art[token].astype(np.int64) * span + sentence[token]
    at = np.minimum(np.searchsorted(segment_key, key), max(len(segment_key) - 1, 0))
    segment = np.where(segment_key[at] == key, segment_id[at], -1) if len(segment_key) else np.full(len(key), -1)
    # what goes before each token: nothing at a range's start, " ¶ " where the segment changes,
    # " " where the raw text has a gap
    previous = np.maximum(token - 1, 0)
    separator = np.where(
        segment != segment[np.maximum(np.arange(len(token)) - 1, 0)],
        2,
        (starts[token] > ends[previous]).astype(np.int64),
    )
    separator[begins_at[length > 0]] = 0
    glue = np.array(["", " ", " ¶ "], dtype=object)
    pieces = [s + t for s, t in zip(glue[separator].tolist(), p["texts"][p["text_code"][token]].tolist(), strict=True)]
    return ["".join(pieces[i:j]) for i, j in zip(begins_at.tolist(), ends_at.tolist(), strict=True)]


def _concordance(study: Study, p: dict, firsts: Sequence[int], lasts: Sequence[int], window: int) -> pd.DataFrame:
    """Return KWIC lines for hits given as (first, last) token positions of ``_prepare``'s arrays.

    Contexts are ``window`` tokens each side within the article, printed with
    single spaces where the raw text has space and " ¶ " where a paragraph or
    segment changes. Only the hits' articles are looked at, and only the
    tokens of each line (``p`` from ``kwic_index`` brings the article
    bounds and sentence segments already indexed).
    """
    if not len(firsts):
        return pd.DataFrame(columns=KWIC_COLUMNS)
    firsts, lasts = np.asarray(firsts, dtype=np.int64), np.asarray(lasts, dtype=np.int64)
    hit_art = p["art"][firsts].astype(np.int64)
    if "article_bounds" in p:
        segments = (p["article_bounds"], *p["sentence_segments"])
    else:
        bounds = np.searchsorted(p["art"], np.arange(len(p["articles"]) + 1))
        segments = (bounds, *_sentence_segments(study, p, np.unique(hit_art)))
    contexts = _contexts(p, firsts, lasts, hit_art, window, segments)
    rows = []
    for n, (first, last, a) in enumerate(zip(firsts.tolist(), lasts.tolist(), hit_art.tolist(), strict=True)):
        article_id = p["articles"][a]
        span_ = slice(first, last + 1)
        voices = sorted({p["voices"][v] for v in p["voice"][span_][p["is_term"][span_]]})
        rows.append(
            (
                article_id,
                p["outlets"][p["outlet_of_article"][a]],
                int(p["sentence"][first]),
                int(p["start"][first]),
                int(p["end"][last]),
                contexts[2 * n],
                study.raw[article_id][p["start"][first] : p["end"][last]],
                contexts[2 * n + 1],
                voices[0] if len(voices) == 1 else "mixed",
            )
        )
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def kwic_index(study: Study) -> dict:
    """Return an index of the study's body tokens for ``kwic(study, term, index=...)``.

    Build it once and pass it to every ``kwic`` call on the same study: each
    call then reads only the occurrences of its first word (the word
    positions are indexed by term) and the tokens of its lines. The index is
    a dict of numpy arrays (about 25 bytes per token); it holds no reference
    to the study, so dropping it frees it.
    """
    p = _prepare(study, frozenset())
    order = _int32(np.argsort(p["term"], kind="stable"))  # word positions grouped by term, in text order
    p["term_order"] = order
    p["term_bounds"] = np.searchsorted(p["term"][order], np.arange(len(p["vocab"]) + 1))
    p["article_bounds"] = np.searchsorted(p["art"], np.arange(len(p["articles"]) + 1))
    p["sentence_segments"] = _sentence_segments(study, p)
    p["n_tokens"] = len(study.tokens)
    return p


def kwic(
    study: Study, term: str, window: int = KWIC_WINDOW, voice: str | None = None, index: dict | None = None
) -> pd.DataFrame:
    """Return a keyword-in-context concordance of a word or phrase.

    The phrase is tokenised and normalised like the corpus; it matches
    consecutive terms in one sentence (punctuation and numbers between them
    are ignored, and cannot be searched for). ``window`` is the number of
    tokens (words, numbers and punctuation) shown on each side, within the
    article's body; " ¶ " marks a paragraph or segment break. ``voice`` keeps
    only "narration", "paraphrase" or "quotation" hits; a hit's voice is
    "mixed" if its words are in more than one voice. Columns: article_id, outlet, sentence_id, start, end,
    left, keyword, right, voice, with ``raw[start:end] == keyword``.
    ``index``: ``kwic_index(study)``, built once for many calls (without it
    each call builds its own).
    """
    wanted = phrase_terms(term)
    if index is not None and index.get("n_tokens") != len(study.tokens):
        raise ValueError("index was built from another study: use kwic_index(study)")
    p = kwic_index(study) if index is None else index
    rows = p["rows"]
    k = len(wanted)
    if not wanted or len(rows) - k + 1 <= 0:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    at = np.searchsorted(p["vocab"], np.array(wanted, dtype=object))
    if np.any(at >= len(p["vocab"])) or any(p["vocab"][i] != w for i, w in zip(at, wanted, strict=True)):
        hits = np.zeros(0, dtype=np.int64)  # a word absent from the corpus: no hit
    else:
        # occurrences of the first word (in text order), kept where the next words follow in the same sentence
        hits = p["term_order"][p["term_bounds"][at[0]] : p["term_bounds"][at[0] + 1]].astype(np.int64)
        hits = hits[hits + k <= len(rows)]
        article, sentence = p["art"][rows[hits]], p["sentence"][rows[hits]]
        for j in range(1, k):
            following = rows[hits + j]
            keep = (
                (p["term"][hits + j] == at[j])
                & (p["art"][following] == article)
                & (p["sentence"][following] == sentence)
            )
            hits, article, sentence = hits[keep], article[keep], sentence[keep]
    table = _concordance(study, p, rows[hits], rows[hits + k - 1], window)
    if voice is not None:
        table = table[table["voice"] == voice]
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def render_kwic(table: pd.DataFrame, max_rows: int | None = 20) -> str:
    """Return an HTML table of concordance lines: left context | keyword | right context.

    All text is HTML-escaped; the left context is right-aligned so keywords
    line up; "offsets" are start–end of the keyword in the raw file.
    """
    rows = table if max_rows is None else table.head(max_rows)
    cell = "padding:1px 6px;white-space:nowrap;font-family:monospace;font-size:90%"
    lines = [
        "<table>",
        "<tr><th>article</th><th>sent.</th><th>offsets</th><th>voice</th>"
        "<th style='text-align:right'>left</th><th>keyword</th><th style='text-align:left'>right</th></tr>",
    ]
    for r in rows.itertuples(index=False):
        lines.append(
            f"<tr><td style='{cell}'>{html.escape(str(r.article_id))}</td>"
            f"<td style='{cell}'>{int(r.sentence_id)}</td>"
            f"<td style='{cell}'>{int(r.start)}–{int(r.end)}</td>"
            f"<td style='{cell}'>{html.escape(str(r.voice))}</td>"
            f"<td style='{cell};text-align:right'>{html.escape(r.left)}</td>"
            f"<td style='{cell};text-align:center'><b>{html.escape(r.keyword)}</b></td>"
            f"<td style='{cell};text-align:left'>{html.escape(r.right)}</td></tr>"
        )
    lines.append("</table>")
    if max_rows is not None and len(table) > max_rows:
        lines.append(f"<p>{len(table) - max_rows} more lines not shown.</p>")
    return "\n".join(lines)
