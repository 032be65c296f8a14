"""The words the framing measures read: headline and body word tokens, and their index.

:func:`word_tokens` is the readable table (one row per word, with its part and
voice). :func:`word_index` holds the same words as numpy columns, built once
per batch of articles: the sentence bounds of every word, whether only joiner
characters separate a word from the next, and integer codes of the norms, so
that the words where a lexicon entry can start are found by one vectorised
``isin`` (:mod:`analysis.framing.matching`). The index holds about 50 bytes per
word: 32-bit numbers, one byte per flag, and references to strings that already
exist (the study's tokens, the distinct norms).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..study import Study
from ..text import WORD_TOKEN, find_quotes, normalise_token, token_spans
from ..voices import NARRATION, QUOTATION, VOICES
from .arrays import rows_of, run_codes, runs, values_of

# The voice code of a word is its position in VOICES, so a span's voice is the largest code of its words.
QUOTATION_CODE = VOICES.index(QUOTATION)
# Characters allowed between the words of one multi-word expression: spaces,
# quotation marks, and the full stop of an abbreviation ("govt. troops").
JOINERS = set(" \t\n\u00a0“”‘’«»\"'.")
WORD_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "norm", "voice"]

# Code points that are joiners (see JOINERS), as a lookup table over the Basic Multilingual Plane.
_NOT_JOINER = np.ones(0x10000, dtype=bool)
_NOT_JOINER[[ord(c) for c in JOINERS]] = False


def headline_tokens(study: Study, article_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Return word tokens of each primary article's headline (of ``article_ids``, default all) with their voice.

    A headline has no attributions, so its words are quotation (inside quotation marks) or narration.
    """
    primary = set(study.outlet_of()) if article_ids is None else set(article_ids)
    segments = study.segments
    heads = segments[(segments["kind"] == "headline") & (segments["document_id"] == segments["article_id"])]
    rows = []
    for article_id, start, end in zip(heads["article_id"], heads["start"], heads["end"], strict=True):
        if article_id not in primary:
            continue
        raw = study.raw[article_id]
        quoted = [(q["start"], q["end"]) for q in find_quotes(raw, [(int(start), int(end))]) if q["depth"] == 1]
        for t_start, t_end in token_spans(raw, int(start), int(end)):
            token = raw[t_start:t_end]
            if not WORD_TOKEN.search(token):
                continue
            voice = QUOTATION if any(qs <= t_start < qe for qs, qe in quoted) else NARRATION
            rows.append((article_id, "headline", -1, t_start, t_end, token, normalise_token(token), voice))
    return pd.DataFrame(rows, columns=WORD_COLUMNS)


def word_tokens(study: Study) -> pd.DataFrame:
    """Return the word tokens of primary headlines (sentence_id -1) and bodies, in text order."""
    primary = set(study.outlet_of())
    body = study.tokens[study.tokens["is_word"] & study.tokens["article_id"].isin(primary)]
    body = body.assign(part="body")[WORD_COLUMNS]
    table = pd.concat([headline_tokens(study), body], ignore_index=True)
    table = table.astype({"sentence_id": "int64", "start": "int64", "end": "int64"})
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


@dataclass(frozen=True, eq=False)
class WordIndex:
    """Words of headlines and bodies in text order, as arrays (see :func:`word_index`)."""

    article_ids: list[str]  # article id of each article code, sorted
    raws: list[str]  # raw text of each article code
    art: np.ndarray  # article code of each word
    body: np.ndarray  # True for body words, False for headline words
    sentence_id: np.ndarray
    start: np.ndarray
    end: np.ndarray
    texts: np.ndarray  # surface form of each word (object array of references to the study's strings)
    voice: np.ndarray  # voice code of each word: its index in VOICES (narration, paraphrase, quotation)
    norms: list[str]
    code: np.ndarray  # integer code of each word's norm
    code_of: dict[str, int]
    lo: np.ndarray  # index of the first word of each word's sentence
    hi: np.ndarray  # index after the last word of each word's sentence
    gap: bytes  # gap[k] is 1 if only joiner characters separate word k from word k+1, else 0

    def __len__(self) -> int:
        return len(self.norms)

    def where(self, norms: Iterable[str], mask: np.ndarray | None = None) -> np.ndarray:
        """Return the indices of words whose norm is one of ``norms`` (and ``mask``), ascending."""
        hits = np.isin(self.code, sorted({self.code_of[n] for n in norms if n in self.code_of}))
        if mask is not None:
            hits &= mask
        return np.flatnonzero(hits)

    @property
    def quoted(self) -> np.ndarray:
        """Return True for the words inside quotation marks (voice quotation)."""
        return self.voice == QUOTATION_CODE

    def span_voice(self, first: np.ndarray, last: np.ndarray) -> np.ndarray:
        """Return, per span of words first..last-1 (never empty), its voice code: the largest of its words'.

        A span with a word inside quotation marks is quotation; else one with a paraphrased word is
        paraphrase; else narration.
        """
        found = np.zeros(len(first), dtype=np.int8)
        for step in range(int((last - first).max()) if len(first) else 0):
            inside = np.flatnonzero(first + step < last)
            np.maximum.at(found, inside, self.voice[first[inside] + step])
        return found

    def spans(self, first, last) -> dict[str, np.ndarray | list]:
        """Return the columns article_id, part, sentence_id, start, end, text, voice of spans of words first..last-1.

        A span's voice is :meth:`span_voice`: quotation if any of its words is inside quotation marks.
        """
        first, last = np.asarray(first, dtype=np.int64), np.asarray(last, dtype=np.int64)
        art, start, end = self.art[first], self.start[first], self.end[last - 1]
        raws = self.raws
        return {
            "article_id": np.asarray(self.article_ids, dtype=object)[art],
            "part": np.where(self.body[first], "body", "headline").astype(object),
            "sentence_id": self.sentence_id[first].astype(np.int64),
            "start": start.astype(np.int64),
            "end": end.astype(np.int64),
            "text": [raws[a][s:e] for a, s, e in zip(art.tolist(), start.tolist(), end.tolist(), strict=True)],
            "voice": np.asarray(VOICES, dtype=object)[self.span_voice(first, last)],
        }

    def locate(self, arts: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Return, per span (article code, start, end), the first word starting at or after ``start`` and the index
        after the last word ending at or before ``end``.

        Words are in (article, offset) order, so one binary search over 64-bit
        (article, offset) keys per end finds them; one key array is reused.
        """
        arts = np.asarray(arts, dtype=np.int64) << 40
        key = self.art.astype(np.int64)
        key <<= 40
        key |= self.start
        lo = np.searchsorted(key, arts | np.asarray(starts, dtype=np.int64), "left")
        key ^= self.start
        key |= self.end
        hi = np.searchsorted(key, arts | np.asarray(ends, dtype=np.int64), "right")
        return lo, hi


def _gaps(raws: list[str], art: np.ndarray, start: np.ndarray, end: np.ndarray) -> bytes:
    """Return, per word, 1 if only joiner characters separate it from the next word of its article, else 0."""
    n = len(art)
    ok = np.zeros(n, dtype=bool)
    if not n:
        return b""
    firsts = np.flatnonzero(np.r_[True, art[1:] != art[:-1]])
    for p, q in zip(firsts.tolist(), np.r_[firsts[1:], n].tolist(), strict=True):
        cps = np.frombuffer(raws[art[p]].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        bad = np.zeros(len(cps) + 1, dtype=np.int32)
        np.cumsum(_NOT_JOINER[np.minimum(cps, 0xFFFF)], out=bad[1:])
        a, b = end[p : q - 1], start[p + 1 : q]
        ok[p : q - 1] = (b <= a) | (bad[np.maximum(a, b)] == bad[a])
    return ok.tobytes()


def _build_index(
    article_ids: list[str],
    art: np.ndarray,
    body: np.ndarray,
    sentence_id: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    texts: np.ndarray,
    code: np.ndarray,
    vocab: list[str],
    voice: np.ndarray,
    raw_of: dict[str, str],
) -> WordIndex:
    """Return the index of words given in text order as parallel arrays (``art``: codes into ``article_ids``;
    ``code``: into ``vocab``)."""
    raws = [raw_of[a] for a in article_ids]
    n = len(code)
    # 32-bit integers halve the index's memory (offsets and word counts stay far below 2**31 per corpus article).
    art, start, end = (
        np.asarray(art, dtype=np.int32),
        np.asarray(start, dtype=np.int32),
        np.asarray(end, dtype=np.int32),
    )
    sentence_id, body = np.asarray(sentence_id, dtype=np.int32), np.asarray(body, dtype=bool)
    voice, code = np.asarray(voice, dtype=np.int8), np.asarray(code, dtype=np.int32)
    change = np.ones(n, dtype=bool)
    change[1:] = (art[1:] != art[:-1]) | (sentence_id[1:] != sentence_id[:-1]) | (body[1:] != body[:-1])
    firsts = np.flatnonzero(change).astype(np.int32)
    unit = np.cumsum(change, dtype=np.int32)
    unit -= 1
    del change
    lo, hi = firsts[unit], np.append(firsts[1:], np.int32(n))[unit]
    del unit
    # One reference per word to the distinct norm strings: light, and fast to slice.
    norms = np.asarray(vocab, dtype=object)[code].tolist() if n else []
    return WordIndex(
        article_ids=list(article_ids),
        raws=raws,
        art=art,
        body=body,
        sentence_id=sentence_id,
        start=start,
        end=end,
        texts=np.asarray(texts, dtype=object),
        voice=voice,
        norms=norms,
        code=code,
        code_of={v: c for c, v in enumerate(vocab)},
        lo=lo,
        hi=hi,
        gap=_gaps(raws, art, start, end),
    )


def _index_of_table(study: Study, words: pd.DataFrame) -> WordIndex:
    """Return the word index of a table of words such as :func:`word_tokens`."""
    ids = words["article_id"].to_numpy(dtype=object)
    article_ids = sorted(dict.fromkeys(ids.tolist()))
    code, vocab = pd.factorize(pd.Series(words["norm"].to_numpy(dtype=object), dtype=object))
    return _build_index(
        article_ids,
        run_codes(ids, {a: c for c, a in enumerate(article_ids)}),
        (words["part"] == "body").to_numpy(dtype=bool),
        words["sentence_id"].to_numpy(dtype=np.int64),
        words["start"].to_numpy(dtype=np.int64),
        words["end"].to_numpy(dtype=np.int64),
        words["text"].to_numpy(dtype=object),
        code,
        [str(v) for v in vocab],
        voice_codes(words["voice"].to_numpy(dtype=object)),
        study.raw,
    )


def voice_codes(values: np.ndarray) -> np.ndarray:
    """Return the voice code (index in ``VOICES``) of each voice name of ``values``; an unknown name raises."""
    codes = pd.Categorical(values, categories=VOICES).codes
    if (codes < 0).any():
        raise ValueError(f"voices must be one of {VOICES}: {sorted(set(values[codes < 0].tolist()))}")
    return codes.astype(np.int8)


def _headline_placer(b_art: np.ndarray, b_start: np.ndarray, h_art: np.ndarray, h_start: np.ndarray) -> Callable:
    """Return ``placed(head_values, body_values, dtype)``: a column with the headline words inserted among the
    body words, in the order of :func:`word_tokens` (stable by article, then start; headline words first on ties).

    Tokens normally come in that order already; otherwise the body words are sorted first.
    """
    in_order = not len(b_art) or bool(
        np.all((b_art[1:] > b_art[:-1]) | ((b_art[1:] == b_art[:-1]) & (b_start[1:] >= b_start[:-1])))
    )
    order = None if in_order else np.lexsort((b_start, b_art))
    h_order = np.lexsort((h_start, h_art))
    b_key = b_art.astype(np.int64) << 32
    b_key |= b_start.astype(np.int64)
    if order is not None:
        b_key = b_key[order]
    at = np.searchsorted(
        b_key, (h_art[h_order].astype(np.int64) << 32) | h_start[h_order].astype(np.int64), side="left"
    )
    del b_key

    def placed(head_values: np.ndarray, body_values: np.ndarray, dtype) -> np.ndarray:
        body_values = np.asarray(body_values, dtype=dtype)
        if order is not None:
            body_values = body_values[order]
        return np.insert(body_values, at, np.asarray(head_values, dtype=dtype)[h_order]) if len(at) else body_values

    return placed


def _norm_codes(body: tuple[np.ndarray, list[str]], head_norms: list[str]) -> tuple[np.ndarray, list[int], list[str]]:
    """Return the codes of the body norms, the codes of the headline norms, and the distinct norms they index;
    ``body`` is (code of each body norm, the distinct body norms in order of first appearance)."""
    t_code, vocab = body
    code_of = {v: c for c, v in enumerate(vocab)}
    h_code = []
    for norm in head_norms:
        if norm not in code_of:
            code_of[norm] = len(vocab)
            vocab.append(norm)
        h_code.append(code_of[norm])
    return t_code, h_code, vocab


def _encoded(tokens: pd.DataFrame, rows: np.ndarray | None, name: str) -> tuple[np.ndarray, list[str]] | None:
    """Return (int32 code of each of the token ``rows``' strings (all rows when None) of column ``name``; the
    distinct strings, in
    order of first appearance, as ``pd.factorize`` numbers them), or None when the column is not Arrow strings
    without nulls.

    Arrow encodes the rows without a Python string per row (norms and voices: ``word_index`` of 500 bench
    articles, measured: 0.91 -> 0.34 CPU s per 1,000 articles).
    """
    dtype = tokens[name].dtype
    if not (isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow"):
        return None
    array = pa.array(tokens[name].array)
    if array.null_count:
        return None
    # A column read from Parquet or concatenated from chunks comes as several Arrow chunks.
    if isinstance(array, pa.ChunkedArray):
        array = array.combine_chunks()
    encoded = pc.dictionary_encode(array if rows is None else array.take(pa.array(rows)))
    return encoded.indices.to_numpy(zero_copy_only=False).astype(np.int32, copy=False), encoded.dictionary.to_pylist()


def _body_norm_codes(tokens: pd.DataFrame, rows: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """Return (code of each body norm of the token ``rows``, the distinct norms in order of first appearance)."""
    encoded = _encoded(tokens, rows, "norm")
    if encoded is not None:
        return encoded
    t_code, vocab = pd.factorize(_body_column(tokens, rows, "norm", object))
    return t_code.astype(np.int32), [str(v) for v in vocab]


def _body_voices(tokens: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    """Return the voice code of each of the token ``rows`` (:func:`voice_codes`, applied to the distinct names)."""
    encoded = _encoded(tokens, rows, "voice")
    if encoded is None:
        return voice_codes(_body_column(tokens, rows, "voice", object))
    codes, names = encoded
    return voice_codes(np.asarray(names, dtype=object))[codes]


def _body_column(tokens: pd.DataFrame, rows: np.ndarray, name: str, dtype) -> np.ndarray:
    """Return column ``name`` of the token ``rows`` as an array of ``dtype``.

    The rows are taken before converting: converting the whole (Arrow string) column made every
    batch pay the corpus's size and each forked framing worker hold a Python copy of every token's
    text (3,000 bench articles, a batch of 450,000 tokens: text, norm and voice 0.66 -> 0.11 CPU s;
    the whole-column cost grows with the corpus, so with the number of batches it was quadratic).
    """
    return np.asarray(tokens[name].array.take(rows), dtype=dtype)


def word_index(
    study: Study,
    words: pd.DataFrame | None = None,
    articles: Iterable[str] | None = None,
    token_runs: tuple | None = None,
) -> WordIndex:
    """Return the word index of ``words`` (default: the words of :func:`word_tokens`, without building that DataFrame).

    ``articles`` restricts the index to those primary articles (default: all);
    ``token_runs`` is :func:`analysis.framing.arrays.runs` of ``study.tokens["article_id"]`` if already known.
    """
    if words is not None:
        return _index_of_table(study, words)
    # Body words are taken from study.tokens one column at a time, in their final 32-bit form,
    # and the (few) headline words are inserted among them: no full-width temporaries.
    article_ids = sorted(study.outlet_of() if articles is None else set(articles))
    heads = headline_tokens(study, article_ids)
    tokens = study.tokens
    code_of_article = {a: c for c, a in enumerate(article_ids)}
    token_runs = runs(tokens["article_id"].to_numpy(dtype=object)) if token_runs is None else token_runs
    rows, t_art = rows_of(token_runs, code_of_article)
    words_only = tokens["is_word"].to_numpy(dtype=bool)[rows]
    rows, b_art = rows[words_only], t_art[words_only]
    del t_art, words_only
    b_start = _body_column(tokens, rows, "start", np.int32)
    h_art = np.asarray([code_of_article[a] for a in values_of(heads["article_id"])], dtype=np.int32)
    h_start = heads["start"].to_numpy(dtype=np.int32)
    placed = _headline_placer(b_art, b_start, h_art, h_start)
    art = placed(h_art, b_art, np.int32)
    del b_art
    start = placed(h_start, b_start, np.int32)
    del b_start
    end = placed(heads["end"].to_numpy(), _body_column(tokens, rows, "end", np.int32), np.int32)
    sentence_id = placed(heads["sentence_id"].to_numpy(), _body_column(tokens, rows, "sentence_id", np.int32), np.int32)
    body = placed(np.zeros(len(heads), dtype=bool), np.ones(len(rows), dtype=bool), bool)
    voice = placed(
        voice_codes(heads["voice"].to_numpy(dtype=object)),
        _body_voices(tokens, rows),
        np.int8,
    )
    texts = placed(heads["text"].to_numpy(dtype=object), _body_column(tokens, rows, "text", object), object)
    t_code, h_code, vocab = _norm_codes(_body_norm_codes(tokens, rows), values_of(heads["norm"]))
    code = placed(np.asarray(h_code, dtype=np.int32), t_code, np.int32)
    del t_code, rows
    return _build_index(article_ids, art, body, sentence_id, start, end, texts, code, vocab, voice, study.raw)


def sentences_of(study: Study, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], tuple[int, int, str]]:
    """Return (article_id, sentence_id) -> (start, end, text) of the ``wanted`` sentences (reading only their
    articles' rows)."""
    sentences = study.sentences
    article_ids = sorted({a for a, _ in wanted})
    code_of = {a: c for c, a in enumerate(article_ids)}
    rows, codes = rows_of(runs(sentences["article_id"].to_numpy(dtype=object)), code_of)
    sentence_ids = sentences["sentence_id"].to_numpy()[rows].astype(np.int64)
    step = np.int64(1) << np.int64(32)
    wanted_keys = np.asarray([code_of[a] * (1 << 32) + i for a, i in wanted], dtype=np.int64)
    keep = np.isin(codes.astype(np.int64) * step + sentence_ids, wanted_keys)
    rows, codes, sentence_ids = rows[keep], codes[keep], sentence_ids[keep]
    keys = zip([article_ids[c] for c in codes.tolist()], sentence_ids.tolist(), strict=True)
    # Only the rows are converted (see _body_column).
    values = zip(*(np.asarray(sentences[c].array.take(rows)).tolist() for c in ("start", "end", "text")), strict=True)
    return dict(zip(keys, values, strict=True))
