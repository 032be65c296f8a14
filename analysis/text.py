"""The text layer: sentences, tokens and quotation spans of body text.

Every row carries ``article_id`` and ``start``/``end`` offsets into the raw
text (Python string indices, i.e. Unicode code points), so that
``raw[start:end] == text`` always holds. Sentence splitting uses NLTK's Punkt
algorithm with parameters set here (no downloaded model); tokenising uses one
documented regular expression through NLTK's ``RegexpTokenizer``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pandas as pd
from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

SENTENCE_COLUMNS = ["article_id", "sentence_id", "segment_id", "start", "end", "text"]
TOKEN_COLUMNS = ["article_id", "sentence_id", "token_id", "start", "end", "text", "norm", "is_word", "voice"]
QUOTE_COLUMNS = ["article_id", "quote_id", "start", "end", "text", "depth", "parent_quote_id", "open_mark", "closed", "spans_paragraphs"]

# Tokens, in order of preference: initialisms (U.S.), numbers (350,000; 3.5;
# 90%), words with inner hyphens or apostrophes (al-Sham, Hay'at, don't) but
# not a possessive 's, the possessive 's itself, and any other single
# non-space character (punctuation).
TOKEN_PATTERN = r"""(?x)
    (?:[^\W\d_]\.){2,}
  | \d+(?:[.,:]\d+)*%?
  | [^\W_]+(?:[-'’](?![sS]\b)[^\W_]+)*
  | ['’][sS]\b
  | [^\w\s]
"""
TOKENIZER = RegexpTokenizer(TOKEN_PATTERN)
WORD_TOKEN = re.compile(r"[^\W_]", re.UNICODE)

OPENING_DOUBLE = {"“": "”", "«": "»", "„": "”"}
CLOSING_DOUBLE = {"”", "»"}
QUOTE_MARKS = re.compile(r"[“”«»„\"‘’]")
# Closing quotes and brackets Punkt leaves at the start of the next sentence.
LEADING_CLOSERS = re.compile(r"^[”’\"')\]»]+")


@lru_cache(maxsize=1)
def sentence_splitter() -> PunktSentenceTokenizer:
    """Return a Punkt splitter that knows the abbreviations in ``data/abbreviations.txt``."""
    text = resources.files("analysis.data").joinpath("abbreviations.txt").read_text(encoding="utf-8")
    params = PunktParameters()
    params.abbrev_types = {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}
    return PunktSentenceTokenizer(params)


def sentence_spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return sentence spans inside ``raw[start:end]`` as absolute offsets.

    Closing quotation marks that Punkt leaves at the start of the next sentence
    (it only knows straight quotes) are moved back to the sentence they close.
    """
    text = raw[start:end]
    spans = [list(span) for span in sentence_splitter().span_tokenize(text)]
    for previous, current in zip(spans, spans[1:]):
        closers = LEADING_CLOSERS.match(text[current[0] : current[1]])
        if closers:
            previous[1] = current[0] + closers.end()
            current[0] = previous[1]
            while current[0] < current[1] and text[current[0]].isspace():
                current[0] += 1
    return [(start + s, start + e) for s, e in spans if e > s]


def normalise_token(token: str) -> str:
    """Return the comparison form of a token: case-folded, curly apostrophes straightened."""
    return token.casefold().replace("’", "'").replace("‘", "'")


def token_spans(raw: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return token spans inside ``raw[start:end]`` as absolute offsets."""
    text = raw[start:end]
    # Control characters such as U+001F count as white space for str but not for re's \s.
    return [(start + s, start + e) for s, e in TOKENIZER.span_tokenize(text) if not text[s:e].isspace()]


def find_quotes(raw: str, paragraphs: list[tuple[int, int]]) -> list[dict]:
    """Return quotation spans in the given paragraphs (in text order).

    Handles curly double quotes, guillemets, straight double quotes (paired by
    alternation within a paragraph) and single quotes nested inside a quote. A
    quote left open at the end of a paragraph continues when the next
    paragraph opens with the same mark (the usual convention for a quotation
    running over several paragraphs); otherwise it ends with the paragraph and
    is reported with ``closed=False``. ``start``/``end`` delimit the quoted
    words without the marks.
    """
    quotes: list[dict] = []
    stack: list[dict] = []

    def close(entry: dict, end: int, closed: bool) -> None:
        entry.update(end=end, closed=closed)
        quotes.append(entry)

    for index, (p_start, p_end) in enumerate(paragraphs):
        skip_continuation = None
        if stack:
            first = raw[p_start]
            if first == stack[0]["open_mark"] or first in OPENING_DOUBLE and stack[0]["open_mark"] in OPENING_DOUBLE:
                for entry in stack:
                    entry["spans_paragraphs"] = True
                skip_continuation = p_start
            else:
                while stack:
                    close(stack.pop(), _trim_end(raw, paragraphs[index - 1][1]), False)
        for match in QUOTE_MARKS.finditer(raw, p_start, p_end):
            pos, mark = match.start(), match.group()
            if pos == skip_continuation:
                continue
            before = raw[pos - 1] if pos > p_start else " "
            after = raw[pos + 1] if pos + 1 < p_end else " "
            if mark in OPENING_DOUBLE:
                stack.append(_open(pos, mark, stack))
            elif mark in CLOSING_DOUBLE:
                while stack and stack[-1]["open_mark"] not in OPENING_DOUBLE:
                    close(stack.pop(), pos, False)
                if stack:
                    close(stack.pop(), pos, True)
            elif mark == '"':
                if any(entry["open_mark"] == '"' for entry in stack):
                    while stack[-1]["open_mark"] != '"':
                        close(stack.pop(), pos, False)
                    close(stack.pop(), pos, True)
                else:
                    stack.append(_open(pos, mark, stack))
            elif mark == "‘":
                # An opening single quote follows a space, a bracket or another quote.
                if not before.isalnum():
                    stack.append(_open(pos, mark, stack))
            elif mark == "’":
                # A closing single quote is not followed by a letter (else it is an apostrophe).
                if stack and stack[-1]["open_mark"] == "‘" and not after.isalnum():
                    close(stack.pop(), pos, True)
    while stack:
        close(stack.pop(), _trim_end(raw, paragraphs[-1][1]), False)
    quotes.sort(key=lambda q: (q["start"], -q["end"]))
    return quotes


def _open(pos: int, mark: str, stack: list[dict]) -> dict:
    return {"start": pos + 1, "open_mark": mark, "depth": len(stack) + 1, "parent": stack[-1]["start"] if stack else None, "spans_paragraphs": False}


def _trim_end(raw: str, end: int) -> int:
    while end > 0 and raw[end - 1].isspace():
        end -= 1
    return end


def quotes_frame(article_id: str, raw: str, quotes: list[dict]) -> pd.DataFrame:
    """Return the quotes table of one article with ids and parent ids."""
    id_of_start = {}
    rows = []
    for quote_id, quote in enumerate(quotes):
        id_of_start.setdefault(quote["start"], quote_id)
        rows.append(
            {
                "article_id": article_id,
                "quote_id": quote_id,
                "start": quote["start"],
                "end": quote["end"],
                "text": raw[quote["start"] : quote["end"]],
                "depth": quote["depth"],
                "parent_quote_id": id_of_start.get(quote["parent"], pd.NA) if quote["parent"] is not None else pd.NA,
                "open_mark": quote["open_mark"],
                "closed": quote["closed"],
                "spans_paragraphs": quote["spans_paragraphs"],
            }
        )
    frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
    return frame.astype({"quote_id": "int64", "start": "int64", "end": "int64", "depth": "int64", "parent_quote_id": "Int64", "closed": bool, "spans_paragraphs": bool})


def quoted_mask(length: int, quotes: pd.DataFrame) -> list[bool]:
    """Return, for each character offset, whether it lies inside a top-level quote."""
    mask = [False] * length
    for start, end in zip(quotes.loc[quotes["depth"] == 1, "start"], quotes.loc[quotes["depth"] == 1, "end"]):
        mask[start:end] = [True] * (end - start)
    return mask


def text_layer(article_id: str, raw: str, body: list[tuple[int, int, int]]) -> dict[str, pd.DataFrame]:
    """Return ``sentences``, ``tokens`` and ``quotes`` for one article's body.

    ``body`` lists ``(segment_id, start, end)`` of the body segments in order.
    A token is in ``quoted`` voice when it lies inside a top-level quotation.
    """
    quotes = quotes_frame(article_id, raw, find_quotes(raw, [(s, e) for _, s, e in body]))
    inside = quoted_mask(len(raw), quotes)
    sentence_rows, token_rows = [], []
    for segment_id, seg_start, seg_end in body:
        for s_start, s_end in sentence_spans(raw, seg_start, seg_end):
            sentence_id = len(sentence_rows)
            sentence_rows.append((article_id, sentence_id, segment_id, s_start, s_end, raw[s_start:s_end]))
            for t_start, t_end in token_spans(raw, s_start, s_end):
                token = raw[t_start:t_end]
                token_rows.append(
                    (
                        article_id,
                        sentence_id,
                        len(token_rows),
                        t_start,
                        t_end,
                        token,
                        normalise_token(token),
                        bool(WORD_TOKEN.search(token)),
                        "quoted" if inside[t_start] else "outlet",
                    )
                )
    sentences = pd.DataFrame(sentence_rows, columns=SENTENCE_COLUMNS)
    tokens = pd.DataFrame(token_rows, columns=TOKEN_COLUMNS)
    return {
        "sentences": sentences.astype({"sentence_id": "int64", "segment_id": "int64", "start": "int64", "end": "int64"}),
        "tokens": tokens.astype({"sentence_id": "int64", "token_id": "int64", "start": "int64", "end": "int64", "is_word": bool}),
        "quotes": quotes,
    }
