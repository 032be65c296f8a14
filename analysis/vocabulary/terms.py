"""Terms: normalisation, stop words and the table of word tokens every count is made from.

Normalisation (stated once, tested): a term is the token's text case-folded
(``str.casefold``: "Al-Sham" and "al-Sham" are one term), with curly
apostrophes straightened ("Hay’at" -> "hay'at") and Unicode NFC-composed.
Only tokens containing a letter are terms; numbers ("2011", "350,000") and
punctuation are not. Numbers are words all the same (the table contract's word:
a token with a letter or digit, ``text.WORD_TOKEN``, the study tokens'
``is_word``), so they count in every word total, rate denominator and share
(``number_tokens``), never as terms. Hyphenated
words stay one term ("so-called"); the possessive "'s" is its own token and a
stop word. Spelling variants ("al-Shughur"/"al-Shughour") are NOT merged: that
would need a lexicon of variants, not a rule.

``_prepare`` reads the study's tokens once into 32-bit numpy arrays and
normalises each distinct string once; every table of the package is built
from these arrays (``_prepared_word_codes``) or, for a ``term_tokens`` table
passed in by a caller, from the same codes (``_word_codes``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

import numpy as np
import pandas as pd

from ..lexicon import read_word_list
from ..study import Study
from ..text import WORD_TOKEN, normalise_token
from .coding import _codes, _column, _column_codes32, _int32, _lean, _unique

STOPWORDS_FILE = "stopwords_en.txt"

# A term is a word with at least one letter, not a number ("2011", "350,000"). Numbers are words
# (``text.WORD_TOKEN``): they count in the word totals (``NUMBER_TOKEN_COLUMNS``), not as terms.
LETTER = re.compile(r"[^\W\d_]")

TERM_TOKEN_COLUMNS = [
    "article_id",
    "outlet",
    "sentence_id",
    "token_id",
    "start",
    "end",
    "text",
    "term",
    "voice",
    "is_stopword",
]
# Word tokens without a letter (numbers): the words of the word totals that are not terms.
NUMBER_TOKEN_COLUMNS = ["article_id", "outlet", "sentence_id", "token_id", "start", "end", "text", "voice"]


def normalise_term(token: str) -> str:
    """Return the term of a token: case-folded, curly apostrophes straightened, NFC."""
    return unicodedata.normalize("NFC", normalise_token(unicodedata.normalize("NFC", token)))


def load_stopwords(path: str | None = None) -> frozenset[str]:
    """Return the stop word list (default: ``analysis/data/stopwords_en.txt``), normalised."""
    words = read_word_list(STOPWORDS_FILE) if path is None else read_word_list(Path(path).name, Path(path).parent)
    return frozenset(normalise_term(w) for w in words)


def _stopword_set(stopwords: Iterable[str] | None) -> frozenset[str]:
    """Return the normalised stop words given by a caller, or the package's list when None."""
    return load_stopwords() if stopwords is None else frozenset(normalise_term(w) for w in stopwords)


def _take(tokens: pd.DataFrame, name: str, take: np.ndarray | None, dtype=None) -> np.ndarray:
    """Return the column ``name`` of ``tokens`` as an array: the rows ``take``, or every row in order when None."""
    values = tokens[name].to_numpy(dtype=dtype)
    return values if take is None else values[take]


def _primary_order(
    tokens: pd.DataFrame, outlet_of: dict
) -> tuple[np.ndarray | None, np.ndarray, np.ndarray, np.ndarray]:
    """Return (rows to take, article code per row, sorted article ids, token_id per row) of the tokens of
    primary documents (the keys of ``outlet_of``), sorted by article and token.

    Rows are taken column by column (no copy of the whole tokens table); the
    rows to take are None when every row is kept in its order.
    """
    keep = tokens["article_id"].isin(list(outlet_of)).to_numpy()
    take = None if keep.all() else np.flatnonzero(keep)
    del keep
    art, articles = _column_codes32(tokens["article_id"], take)
    token_id = _take(tokens, "token_id", take)
    if len(art) > 1 and not np.all((art[1:] > art[:-1]) | ((art[1:] == art[:-1]) & (token_id[1:] >= token_id[:-1]))):
        order = np.lexsort((token_id, art))  # stable, like sort_values(kind="stable")
        take = order if take is None else take[order]
        art, token_id = art[order], token_id[order]
        del order
    return take, art, articles, token_id


def _word_runs(
    art: np.ndarray, sentence: np.ndarray, voice: np.ndarray, is_term: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (position of each word among all tokens, int32; the run number of each word).

    A run is a stretch of words not broken by punctuation or a number, a
    sentence end, a change of voice or of article: n-grams never cross one.
    """
    breaks = ~is_term
    breaks[1:] |= (art[1:] != art[:-1]) | (sentence[1:] != sentence[:-1]) | (voice[1:] != voice[:-1])
    if len(breaks):
        breaks[0] = True
    rows = _int32(np.flatnonzero(is_term))
    return rows, np.cumsum(breaks, dtype=np.int32)[rows]


def _terms_of_texts(texts: np.ndarray, has_letter: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (term code of each distinct token string, -1 for strings without a letter; the sorted
    vocabulary): each distinct string is normalised once, never each row."""
    vocab_of_text, vocab = _codes([normalise_term(t) for t in texts[has_letter]])
    term_of_text = np.full(len(texts), -1, dtype=np.int32)
    term_of_text[has_letter] = vocab_of_text
    return term_of_text, vocab


def _prepare(study: Study, stop: frozenset[str] | None = None) -> dict:
    """Return the primary body tokens once, as numpy arrays shared by every table.

    All tokens (words, numbers, punctuation) of primary documents, sorted by
    article and token: ``art`` (code into the sorted ``articles``),
    ``outlet_of_article`` (code into the sorted ``outlets``), ``sentence``,
    ``token_id``, ``start``, ``end``, ``text_code`` (code into the sorted
    distinct token strings ``texts``), ``voice`` (code into sorted
    ``voices``) and ``is_term`` (contains a letter); ``number_rows`` are the
    positions of the words without a letter (numbers).
    Term tokens: ``rows`` (their positions among all tokens), ``term``
    (code into the sorted ``vocab``) and ``word_run`` (see ``_word_runs``:
    n-grams never cross a run); ``vocab_stop`` flags stop words.
    Each distinct string is normalised once, never each row. Codes and
    positions are int32 (a large corpus has millions of rows); the study's
    numeric columns are not copied when every row is kept in order.
    """
    stop = load_stopwords() if stop is None else stop
    outlet_of = study.outlet_of()
    tokens = study.tokens
    take, art, articles, token_id = _primary_order(tokens, outlet_of)
    outlet_of_article, outlets = _codes([outlet_of[a] for a in articles])
    text_code, texts = _column_codes32(tokens["text"], take)
    has_letter = np.array([LETTER.search(t) is not None for t in texts], dtype=bool)
    is_term = has_letter[text_code] if len(text_code) else np.zeros(0, dtype=bool)
    # The text layer's word (a letter or a digit); the same test as its ``is_word`` flag.
    has_word = np.array([WORD_TOKEN.search(t) is not None for t in texts], dtype=bool)
    is_number = (has_word & ~has_letter)[text_code] if len(text_code) else np.zeros(0, dtype=bool)
    sentence = _take(tokens, "sentence_id", take)
    voice, voices = _column_codes32(tokens["voice"], take)
    voice = voice.astype(np.int8)
    rows, word_run = _word_runs(art, sentence, voice, is_term)
    term_of_text, vocab = _terms_of_texts(texts, has_letter)
    return {
        "art": art,
        "articles": articles,
        "outlet_of_article": outlet_of_article,
        "outlets": outlets,
        "sentence": sentence,
        "token_id": token_id,
        "start": _take(tokens, "start", take),
        "end": _take(tokens, "end", take),
        "text_code": text_code,
        "texts": texts,
        "voice": voice,
        "voices": voices,
        "is_term": is_term,
        "number_rows": _int32(np.flatnonzero(is_number)),
        "rows": rows,
        "word_run": word_run,
        "term": term_of_text[text_code[rows]],
        "vocab": vocab,
        "vocab_stop": np.array([t in stop for t in vocab], dtype=bool),
    }


def _term_token_frame(p: dict, compact: bool = False) -> pd.DataFrame:
    """Return ``term_tokens`` from the arrays of ``_prepare`` (no per-row Python); ``compact``:
    categorical string columns (the export of a large corpus)."""
    rows = p["rows"]
    art = p["art"][rows]
    frame = pd.DataFrame(
        {
            "article_id": _column(art, p["articles"], compact),
            "outlet": _column(p["outlet_of_article"][art], p["outlets"], compact),
            "sentence_id": _lean(p["sentence"][rows]),
            "token_id": _lean(p["token_id"][rows]),
            "start": _lean(p["start"][rows]),
            "end": _lean(p["end"][rows]),
            "text": _column(p["text_code"][rows], p["texts"], compact),
            "term": _column(p["term"], p["vocab"], compact),
            "voice": _column(p["voice"][rows], p["voices"], compact),
            "is_stopword": p["vocab_stop"][p["term"]],
        },
        columns=TERM_TOKEN_COLUMNS,
        copy=False,
    )
    return frame


def term_tokens(study: Study, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Return one row per word token of primary body text with its ``term`` and offsets.

    Columns: article_id, outlet, sentence_id, token_id, start, end, text, term,
    voice, is_stopword. ``raw[start:end] == text`` for every row. Ids and
    offsets are int32 when they fit (a large corpus has millions of rows).
    """
    return _term_token_frame(_prepare(study, _stopword_set(stopwords)))


def _number_token_frame(p: dict) -> pd.DataFrame:
    """Return ``number_tokens`` from the arrays of ``_prepare``."""
    rows = p["number_rows"]
    art = p["art"][rows]
    return pd.DataFrame(
        {
            "article_id": _column(art, p["articles"], False),
            "outlet": _column(p["outlet_of_article"][art], p["outlets"], False),
            "sentence_id": _lean(p["sentence"][rows]),
            "token_id": _lean(p["token_id"][rows]),
            "start": _lean(p["start"][rows]),
            "end": _lean(p["end"][rows]),
            "text": _column(p["text_code"][rows], p["texts"], False),
            "voice": _column(p["voice"][rows], p["voices"], False),
        },
        columns=NUMBER_TOKEN_COLUMNS,
    )


def number_tokens(study: Study) -> pd.DataFrame:
    """Return one row per word of primary body text that is not a term: a number ("2011", "350,000").

    Columns ``NUMBER_TOKEN_COLUMNS`` (those of ``term_tokens`` without term and is_stopword). Pass it
    as ``numbers`` to ``term_frequencies``, ``keyness`` and ``text_statistics``, so that their word
    totals count the contract's words (terms and numbers), as the export does.
    """
    return _number_token_frame(_prepare(study, frozenset()))


def _word_codes(tokens: pd.DataFrame, numbers: pd.DataFrame | None = None) -> dict:
    """Return a ``term_tokens``-like table as integer codes (for counting without string grouping).

    Keys: ``pair`` (code per row into the sorted (article_id, outlet) pairs
    ``pair_article`` / ``pair_outlet``), ``outlet_of_pair`` (code into the
    sorted ``outlets``), ``voice`` (code into the sorted ``voices``),
    ``term`` (code into the sorted ``vocab``), ``vocab_stop`` (a term is a
    stop word if any of its rows is flagged), ``sentence``; and the words that
    are not terms (``numbers``, a ``number_tokens`` table; None: none) as
    ``number_pair``, ``number_voice``, ``number_sentence``, ``number_text``.
    """
    numbers = pd.DataFrame(columns=NUMBER_TOKEN_COLUMNS) if numbers is None else numbers
    n = len(tokens)

    def both(name: str) -> np.ndarray:
        return np.concatenate([tokens[name].to_numpy(dtype=object), numbers[name].to_numpy(dtype=object)])

    art, articles = _codes(both("article_id"))
    out, outlets = _codes(both("outlet"))
    width = max(len(outlets), 1)
    keys, _, pair, _ = _unique(art * width + out)
    term, vocab = _codes(tokens["term"].to_numpy(dtype=object))
    voice, voices = _codes(both("voice"))
    stop = np.zeros(len(vocab), dtype=bool)
    stop[term[tokens["is_stopword"].to_numpy(dtype=bool)]] = True
    sentence = np.concatenate([tokens["sentence_id"].to_numpy(), numbers["sentence_id"].to_numpy()]).astype(np.int64)
    return {
        "pair": pair[:n].astype(np.int64),
        "pair_article": articles[keys // width],
        "pair_outlet": outlets[keys % width],
        "outlet_of_pair": (keys % width).astype(np.int64),
        "outlets": outlets,
        "voice": voice[:n],
        "voices": voices,
        "term": term,
        "vocab": vocab,
        "vocab_stop": stop,
        "sentence": sentence[:n],
        "number_pair": pair[n:].astype(np.int64),
        "number_voice": voice[n:],
        "number_sentence": sentence[n:],
        "number_text": numbers["text"].to_numpy(dtype=object),
    }


def _prepared_word_codes(p: dict) -> dict:
    """Return ``_word_codes`` of ``term_tokens`` straight from the arrays of ``_prepare``."""
    rows = p["rows"]
    return {
        "pair": p["art"][rows],
        "pair_article": p["articles"],
        "pair_outlet": p["outlets"][p["outlet_of_article"]],
        "outlet_of_pair": p["outlet_of_article"],
        "outlets": p["outlets"],
        "voice": p["voice"][rows],
        "voices": p["voices"],
        "term": p["term"],
        "vocab": p["vocab"],
        "vocab_stop": p["vocab_stop"],
        "sentence": p["sentence"][rows],
        "number_pair": p["art"][p["number_rows"]],
        "number_voice": p["voice"][p["number_rows"]],
        "number_sentence": p["sentence"][p["number_rows"]],
        "number_text": p["texts"][p["text_code"][p["number_rows"]]],
    }
