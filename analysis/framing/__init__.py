"""Framing: how each outlet names the actors, asserts or distances, and what it selects.

Every measure is a transparent rule over the text layer (``study.tokens``,
``study.quotes``) and a codebook under ``analysis/data/framing_*`` (origins in
``analysis/data/FRAMING_CODEBOOKS.md``). Every row carries ``article_id`` and
character offsets with ``raw[start:end] == text``, a ``part`` (``headline`` or
``body``) and a ``voice``: ``outlet`` (the outlet's own words) or ``quoted``
(inside quotation marks: the source's words). Counts and rates keep the two
voices apart and use the body only; headlines are reported on their own.

Measures: actor labels (:func:`mentions`), headline framing
(:func:`headlines`), epistemic stance (:func:`stance`), agency
(:func:`passives`), generic frame cues and manual coding sheets
(:func:`frame_cues`, :func:`krippendorff_alpha`), context selection
(:func:`context`) and lexicon tone (:func:`actor_tone`).

Scale: the measures read the words through a :class:`WordIndex` (numpy
columns, sentence bounds, norm codes). Lexicons are matched at candidate words
found by vectorised look-ups of norm codes (:func:`match_index`, the same rule
as :func:`match_spans` per sentence), so Python runs only where a match can
start; each distinct text is scored by VADER once per batch. :func:`tables`
builds one index per batch of articles (:data:`BATCH_TOKENS`) and adds each
batch's rows to compact tables (categorical text, 32-bit integers), so its
memory follows the batch, not the corpus: 10,000 synthetic articles take about
20-25 s and raise peak memory by about 0.2 GB above the built study.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from ..study import Study
from ..text import WORD_TOKEN, find_quotes, normalise_token, token_spans, tokenize

VOICES = ("outlet", "quoted")
# Characters allowed between the words of one multi-word expression: spaces,
# quotation marks, and the full stop of an abbreviation ("govt. troops").
JOINERS = set(" \t\n\u00a0“”‘’«»\"'.")
# A country or capital name after one of these words is a place, not an actor
# ("in Syria", "a visit to Moscow", "the capital Damascus").
PLACE_WORDS = {"in", "to", "from", "near", "outside", "around", "into", "across", "within", "throughout", "inside", "at", "capital", "towards", "toward"}
PLACE_CATEGORIES = {"country_name", "capital_metonymy"}
# Direction words skipped when looking for a place word ("in northern Syria").
DIRECTION_WORDS = {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northwestern", "northeastern", "southwestern", "southeastern", "northwest", "northeast", "southwest", "southeast", "war-torn", "war-ravaged", "war-stricken", "neighbouring", "neighboring"}
# Words that close a noun phrase when looking left from an event noun.
NP_STOP = {"a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "by", "for", "to", "with", "against", "and", "or", "any", "its", "their", "his", "her", "another", "over", "after", "before", "from", "at", "into", "no"}
MAX_SCARE_WORDS = 4

BE_FORMS = {"am", "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting"}
# Words that may stand between a be-form and its participle ("has long been accused").
PASSIVE_ADVERBS = {"not", "n't", "never", "also", "long", "already", "still", "yet", "just", "now", "then", "later", "since", "all", "both", "being", "been", "often", "widely", "reportedly", "allegedly", "repeatedly", "once", "first", "further", "even", "so"}
# Irregular past participles (standard English grammar lists); regular ones end in -ed.
IRREGULAR_PARTICIPLES = set(
    """arisen awoken beaten become begun bent bet bid bitten blown borne born bought bound bred brought built burnt
    burst cast caught chosen come cost crept cut dealt done drawn dreamt driven drunk dug eaten fallen fed felt fled
    flown forbidden forecast forgotten forgiven frozen fought found given gone ground grown hung heard held hidden hit
    hurt kept knelt known laid led leant left lent let lit lost made meant met mistaken overcome overseen overtaken
    overthrown paid put quit read rebuilt ridden risen run said seen sought sold sent set sewn shaken shed shone shot
    shown shrunk shut slain slept slid slung smelt sown spoken sped spent spilt spun spat split spoilt spread sprung
    stood stolen stuck stung stridden struck strung sworn swept swollen swum taken taught torn told thought thrown
    thrust trodden understood undertaken undone upheld upset withdrawn withheld woken worn won wound written""".split()
)
# Words in -ed that are not participles.
NOT_PARTICIPLES = {"need", "indeed", "hundred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "jagged", "aged", "bed", "red", "shed", "seed", "speed", "feed", "deed", "breed", "greed", "creed", "bred"}
# A participle directly followed by one of these is usually an adjective + complement, still counted:
# see the notebook's limits. "by" within this many words after the participle marks an agent.
AGENT_WINDOW = 2
MAX_AGENT_WORDS = 6


# ---------------------------------------------------------------- codebooks


def data_path(name: str) -> Path:
    """Return the path of a file in ``analysis/data``."""
    return Path(str(resources.files("analysis.data").joinpath(name)))


def read_codebook(name: str, data_dir: str | Path | None = None) -> pd.DataFrame:
    """Return a codebook CSV as strings (empty cells as "")."""
    path = Path(data_dir) / name if data_dir else data_path(name)
    return pd.read_csv(path, dtype=str, keep_default_na=False, comment=None)


def expression_tokens(expression: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return (norms, surface forms) of the word tokens of a codebook expression."""
    words = [w for w in tokenize(expression) if WORD_TOKEN.search(w)]
    return tuple(normalise_token(w) for w in words), tuple(words)


def build_lexicon(frame: pd.DataFrame, column: str = "expression") -> dict[tuple[str, ...], list[dict]]:
    """Return norm-tuple -> codebook rows (in file order) for longest-match lookup."""
    lexicon: dict[tuple[str, ...], list[dict]] = {}
    for row in frame.to_dict("records"):
        norms, surface = expression_tokens(row[column])
        if norms:
            lexicon.setdefault(norms, []).append({**row, "_surface": surface})
    return lexicon


@lru_cache(maxsize=None)
def _default_lexicon(name: str, column: str = "expression") -> dict:
    return build_lexicon(read_codebook(name), column)


@lru_cache(maxsize=None)
def _stance_codebooks() -> tuple:
    """Return the stance rules' codebook look-ups: cue words, distancing words, event and qualifier lexicons, event pre-modifiers."""
    cues = read_codebook("framing_cues.csv")
    events = read_codebook("framing_event_terms.csv")
    return (
        frozenset(cues["word"].str.lower()),
        frozenset(cues.loc[cues["type"] == "distancing", "word"].str.lower()),
        build_lexicon(events[events["kind"] == "event_noun"]),
        build_lexicon(events[events["kind"].isin(["hedged", "fabrication"])]),
        frozenset(expression_tokens(e)[0][0] for e in events.loc[events["kind"] == "premodifier", "expression"]),
    )


@lru_cache(maxsize=None)
def _default_frame_lexicons() -> tuple:
    """Return (frame, cue lexicon) of each frame of the shipped frames codebook."""
    return tuple(_frame_lexicons(load_frames()))


def _frame_lexicons(frames: dict) -> list[tuple[str, dict]]:
    return [(f["frame"], build_lexicon(pd.DataFrame({"expression": [str(c) for c in f["cues"]]}))) for f in frames["frames"]]


def load_frames(path: str | Path | None = None) -> dict:
    """Return the generic-frames codebook (questions and cue words) as a dict."""
    path = Path(path) if path else data_path("framing_frames.yml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def frame_questions(frames: dict | None = None) -> pd.DataFrame:
    """Return the 20 Semetko & Valkenburg questions: frame, question_id, question."""
    frames = frames or load_frames()
    rows = [
        {"frame": f["frame"], "question_id": q["id"], "question": q["text"]}
        for f in frames["frames"]
        for q in f["questions"]
    ]
    return pd.DataFrame(rows)


# ------------------------------------------------------------- token layer

WORD_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "norm", "voice"]


def _headline_tokens(study: Study, article_ids: Iterable[str] | None = None) -> pd.DataFrame:
    """Return word tokens of each primary article's headline (of ``article_ids``, default all) with their voice."""
    primary = set(study.outlet_of()) if article_ids is None else set(article_ids)
    heads = study.segments[(study.segments["kind"] == "headline") & (study.segments["document_id"] == study.segments["article_id"])]
    rows = []
    for article_id, start, end in zip(heads["article_id"], heads["start"], heads["end"]):
        if article_id not in primary:
            continue
        raw = study.raw[article_id]
        quoted = [(q["start"], q["end"]) for q in find_quotes(raw, [(int(start), int(end))]) if q["depth"] == 1]
        for t_start, t_end in token_spans(raw, int(start), int(end)):
            token = raw[t_start:t_end]
            if not WORD_TOKEN.search(token):
                continue
            voice = "quoted" if any(qs <= t_start < qe for qs, qe in quoted) else "outlet"
            rows.append((article_id, "headline", -1, t_start, t_end, token, normalise_token(token), voice))
    return pd.DataFrame(rows, columns=WORD_COLUMNS)


def word_tokens(study: Study) -> pd.DataFrame:
    """Return the word tokens of primary headlines (sentence_id -1) and bodies, in text order."""
    primary = set(study.outlet_of())
    body = study.tokens[study.tokens["is_word"] & study.tokens["article_id"].isin(primary)]
    body = body.assign(part="body")[WORD_COLUMNS]
    table = pd.concat([_headline_tokens(study), body], ignore_index=True)
    table = table.astype({"sentence_id": "int64", "start": "int64", "end": "int64"})
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def _joined(raw: str, ends: np.ndarray, starts: np.ndarray, i: int, j: int) -> bool:
    """Return whether tokens i..j-1 are separated only by joiner characters."""
    return all(set(raw[ends[k] : starts[k + 1]]) <= JOINERS for k in range(i, j - 1))


def match_spans(raw: str, norms: list[str], texts: list[str], starts: np.ndarray, ends: np.ndarray, lexicon: dict) -> list[tuple[int, int, dict]]:
    """Return non-overlapping (first, last+1, codebook row) matches, longest match first, left to right.

    Case-sensitive rows (``case_sensitive`` == "yes") require every all-capital
    word of the expression to appear exactly so ("US" but not "us").
    """
    if not lexicon:
        return []
    max_len = max(len(k) for k in lexicon)
    firsts = {k[0] for k in lexicon}
    out, i, n = [], 0, len(norms)
    while i < n:
        found = None
        if norms[i] in firsts:
            for length in range(min(max_len, n - i), 0, -1):
                rows = lexicon.get(tuple(norms[i : i + length]))
                if not rows or not _joined(raw, ends, starts, i, i + length):
                    continue
                for row in rows:
                    if row.get("case_sensitive", "no") == "yes":
                        surface = row["_surface"]
                        if any(s.isupper() and s != texts[i + k] for k, s in enumerate(surface)):
                            continue
                    found = (i, i + length, row)
                    break
                if found:
                    break
        if found:
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out


# ------------------------------------------------------------- word index
#
# The measures below read the words through one index built once: columns as
# numpy arrays, the norms as a list (for n-gram lookups), the sentence bounds
# of every word, whether only joiner characters separate a word from the next,
# and integer codes of the norms so that the words where a lexicon entry can
# start are found by one vectorised ``isin``. Rules then run in Python only at
# those candidate words, and result tables are assembled column-wise.
# The index holds about 50 bytes per word: 32-bit numbers, one byte per flag,
# and references to strings that already exist (the study's tokens, the
# distinct norms).

# Code points that are joiners (see JOINERS), as a lookup table over the Basic Multilingual Plane.
_NOT_JOINER = np.ones(0x10000, dtype=bool)
_NOT_JOINER[[ord(c) for c in JOINERS]] = False


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
    quoted: np.ndarray  # True for words in the quoted voice
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

    def any_quoted(self, first: np.ndarray, last: np.ndarray) -> np.ndarray:
        """Return, per span of words first..last-1 (never empty), whether any of its words is quoted."""
        found = np.zeros(len(first), dtype=bool)
        for step in range(int((last - first).max()) if len(first) else 0):
            inside = np.flatnonzero(first + step < last)
            found[inside] |= self.quoted[first[inside] + step]
        return found

    def spans(self, first, last) -> dict[str, np.ndarray | list]:
        """Return the columns article_id, part, sentence_id, start, end, text, voice of spans of words first..last-1.

        A span is in the quoted voice if any of its words is inside quotation marks.
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
            "text": [raws[a][s:e] for a, s, e in zip(art.tolist(), start.tolist(), end.tolist())],
            "voice": np.where(self.any_quoted(first, last), "quoted", "outlet").astype(object),
        }


def _gaps(raws: list[str], art: np.ndarray, start: np.ndarray, end: np.ndarray) -> bytes:
    """Return, per word, 1 if only joiner characters separate it from the next word of its article, else 0."""
    n = len(art)
    ok = np.zeros(n, dtype=bool)
    if not n:
        return b""
    firsts = np.flatnonzero(np.r_[True, art[1:] != art[:-1]])
    for p, q in zip(firsts.tolist(), np.r_[firsts[1:], n].tolist()):
        cps = np.frombuffer(raws[art[p]].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        bad = np.zeros(len(cps) + 1, dtype=np.int32)
        np.cumsum(_NOT_JOINER[np.minimum(cps, 0xFFFF)], out=bad[1:])
        a, b = end[p : q - 1], start[p + 1 : q]
        ok[p : q - 1] = (b <= a) | (bad[np.maximum(a, b)] == bad[a])
    return ok.tobytes()


def _build_index(article_ids: list[str], art: np.ndarray, body: np.ndarray, sentence_id: np.ndarray, start: np.ndarray, end: np.ndarray, texts: np.ndarray, code: np.ndarray, vocab: list[str], quoted: np.ndarray, raw_of: dict[str, str]) -> WordIndex:
    """Return the index of words given in text order as parallel arrays (``art``: codes into ``article_ids``; ``code``: into ``vocab``)."""
    raws = [raw_of[a] for a in article_ids]
    n = len(code)
    # 32-bit integers halve the index's memory (offsets and word counts stay far below 2**31 per corpus article).
    art, start, end = np.asarray(art, dtype=np.int32), np.asarray(start, dtype=np.int32), np.asarray(end, dtype=np.int32)
    sentence_id, body, quoted = np.asarray(sentence_id, dtype=np.int32), np.asarray(body, dtype=bool), np.asarray(quoted, dtype=bool)
    code = np.asarray(code, dtype=np.int32)
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
        quoted=quoted,
        norms=norms,
        code=code,
        code_of={v: c for c, v in enumerate(vocab)},
        lo=lo,
        hi=hi,
        gap=_gaps(raws, art, start, end),
    )


def _run_codes(values: np.ndarray, code_of: dict[str, int]) -> np.ndarray:
    """Return ``code_of`` of each value of an object array (-1 if absent), looking up each run of equal values once."""
    firsts, ends, run_values = _runs(values)
    # A dict, not a pandas hash table: hashing strings in pandas caches a UTF-8 copy inside
    # each non-ASCII string, which would stay attached to the study's strings.
    run_codes = np.asarray([code_of.get(v, -1) for v in run_values], dtype=np.int32)
    return np.repeat(run_codes, ends - firsts)


def _runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, list]:
    """Return (first row, row after the last, value) of each run of equal values of an object array."""
    if not len(values):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), []
    firsts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return firsts, np.r_[firsts[1:], len(values)].astype(np.int64), values[firsts].tolist()


def _rows_of(runs: tuple[np.ndarray, np.ndarray, list], code_of: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Return the rows of the runs whose value is in ``code_of``, grouped by code (table order within a code), and each row's code."""
    firsts, ends, values = runs
    codes = np.asarray([code_of.get(v, -1) for v in values], dtype=np.int32)
    chosen = np.flatnonzero(codes >= 0)
    chosen = chosen[np.argsort(codes[chosen], kind="stable")]
    return _span_words(firsts[chosen], ends[chosen]), np.repeat(codes[chosen], ends[chosen] - firsts[chosen])


def word_index(study: Study, words: pd.DataFrame | None = None, articles: Iterable[str] | None = None, token_runs: tuple | None = None) -> WordIndex:
    """Return the word index of ``words`` (default: the words of :func:`word_tokens`, without building that DataFrame).

    ``articles`` restricts the index to those primary articles (default: all);
    ``token_runs`` is :func:`_runs` of ``study.tokens["article_id"]`` if already known.
    """
    if words is not None:
        ids = words["article_id"].to_numpy(dtype=object)
        article_ids = sorted(dict.fromkeys(ids.tolist()))
        code, vocab = pd.factorize(pd.Series(words["norm"].to_numpy(dtype=object), dtype=object))
        return _build_index(
            article_ids,
            _run_codes(ids, {a: c for c, a in enumerate(article_ids)}),
            (words["part"] == "body").to_numpy(dtype=bool),
            words["sentence_id"].to_numpy(dtype=np.int64),
            words["start"].to_numpy(dtype=np.int64),
            words["end"].to_numpy(dtype=np.int64),
            words["text"].to_numpy(dtype=object),
            code,
            [str(v) for v in vocab],
            (words["voice"] == "quoted").to_numpy(dtype=bool),
            study.raw,
        )
    # Body words are taken from study.tokens one column at a time, in their final 32-bit form,
    # and the (few) headline words are inserted among them: no full-width temporaries.
    article_ids = sorted(study.outlet_of() if articles is None else set(articles))
    heads = _headline_tokens(study, article_ids)
    tokens = study.tokens
    code_of_article = {a: c for c, a in enumerate(article_ids)}
    runs = _runs(tokens["article_id"].to_numpy(dtype=object)) if token_runs is None else token_runs
    rows, t_art = _rows_of(runs, code_of_article)
    words_only = tokens["is_word"].to_numpy(dtype=bool)[rows]
    rows, b_art = rows[words_only], t_art[words_only]
    del t_art, words_only

    def body_column(name: str, dtype) -> np.ndarray:
        return np.asarray(tokens[name].to_numpy()[rows], dtype=dtype)

    b_start = body_column("start", np.int32)
    # Same order as word_tokens(): stable by article id, then start (headline words first on ties).
    # Tokens normally come in that order already; otherwise the body words are sorted first.
    in_order = not len(b_art) or bool(np.all((b_art[1:] > b_art[:-1]) | ((b_art[1:] == b_art[:-1]) & (b_start[1:] >= b_start[:-1]))))
    order = None if in_order else np.lexsort((b_start, b_art))
    h_art = np.asarray([code_of_article[a] for a in _values(heads["article_id"])], dtype=np.int32)
    h_start = heads["start"].to_numpy(dtype=np.int32)
    h_order = np.lexsort((h_start, h_art))
    b_key = b_art.astype(np.int64) << 32
    b_key |= b_start.astype(np.int64)
    if order is not None:
        b_key = b_key[order]
    at = np.searchsorted(b_key, (h_art[h_order].astype(np.int64) << 32) | h_start[h_order].astype(np.int64), side="left")
    del b_key

    def placed(head_values: np.ndarray, body_values: np.ndarray, dtype) -> np.ndarray:
        body_values = np.asarray(body_values, dtype=dtype)
        if order is not None:
            body_values = body_values[order]
        return np.insert(body_values, at, np.asarray(head_values, dtype=dtype)[h_order]) if len(at) else body_values

    art = placed(h_art, b_art, np.int32)
    del b_art
    start = placed(h_start, b_start, np.int32)
    del b_start
    end = placed(heads["end"].to_numpy(), body_column("end", np.int32), np.int32)
    sentence_id = placed(heads["sentence_id"].to_numpy(), body_column("sentence_id", np.int32), np.int32)
    body = placed(np.zeros(len(heads), dtype=bool), np.ones(len(rows), dtype=bool), bool)
    quoted = placed(heads["voice"].to_numpy(dtype=object) == "quoted", body_column("voice", object) == "quoted", bool)
    texts = placed(heads["text"].to_numpy(dtype=object), body_column("text", object), object)
    t_code, vocab = pd.factorize(body_column("norm", object))
    t_code = t_code.astype(np.int32)
    vocab = [str(v) for v in vocab]
    code_of = {v: c for c, v in enumerate(vocab)}
    h_code = []
    for norm in _values(heads["norm"]):
        if norm not in code_of:
            code_of[norm] = len(vocab)
            vocab.append(norm)
        h_code.append(code_of[norm])
    code = placed(np.asarray(h_code, dtype=np.int32), t_code, np.int32)
    del t_code, rows
    return _build_index(article_ids, art, body, sentence_id, start, end, texts, code, vocab, quoted, study.raw)


def match_index(index: WordIndex, lexicon: dict, mask: np.ndarray | None = None) -> list[tuple[int, int, dict]]:
    """Return :func:`match_spans` of every sentence of ``index`` at once: (first, last+1, row) in word order.

    Only words that can start a match (and are in ``mask``) are tried: the
    norm is a one-word entry, or the norm and the next word's norm begin a
    longer entry (both found by vectorised look-ups of norm codes). Matches
    stay within a sentence, longest first, left to right.
    """
    if not lexicon or not len(index):
        return []
    lengths: dict[tuple[str, str], list[int]] = {}  # first two words -> lengths of the entries they begin, longest first
    for key in lexicon:
        if len(key) > 1:
            lengths.setdefault(key[:2], []).append(len(key))
    lengths = {first: sorted(set(ls), reverse=True) for first, ls in lengths.items()}
    code_of, size = index.code_of, np.int64(max(len(index.code_of), 1))
    singles = [code_of[key[0]] for key in lexicon if len(key) == 1 and key[0] in code_of]
    pairs = [code_of[key[0]] * size + code_of[key[1]] for key in lexicon if len(key) > 1 and key[0] in code_of and key[1] in code_of]
    candidates = index.where({key[0] for key in lexicon}, mask)
    after = np.minimum(candidates + 1, len(index) - 1)
    pair = (candidates + 1 < index.hi[candidates]) & np.isin(index.code[candidates] * size + index.code[after], pairs)
    keep = pair | np.isin(index.code[candidates], singles)
    candidates, pair = candidates[keep], pair[keep]
    norms, gap, texts = index.norms, index.gap, index.texts

    def accept(rows: list[dict] | None, i: int) -> dict | None:
        """Return the first row whose case-sensitive capitals match the text at word ``i``."""
        for row in rows or ():
            if row.get("case_sensitive", "no") == "yes" and any(s.isupper() and s != texts[i + k] for k, s in enumerate(row["_surface"])):
                continue
            return row
        return None

    # Expressions whose first row has no case condition: that row is the match.
    plain = {key: rows[0] for key, rows in lexicon.items() if rows[0].get("case_sensitive", "no") != "yes"}
    # A candidate that can only be a one-word match of such a row is settled without Python:
    # it matches unless a longer match found below covers it.
    plain_single = np.zeros(int(size), dtype=bool)
    row_of_code = np.full(int(size), None, dtype=object)
    for key, row in plain.items():
        if len(key) == 1 and key[0] in code_of:
            plain_single[code_of[key[0]]] = True
            row_of_code[code_of[key[0]]] = row
    simple = ~pair & plain_single[index.code[candidates]]
    rest = candidates[~simple]
    out, blocked = [], -1
    for i, room, is_pair in zip(rest.tolist(), (index.hi[rest] - rest).tolist(), pair[~simple].tolist()):
        if i < blocked:  # inside the previous match
            continue
        found = None
        if is_pair:
            for length in lengths[(norms[i], norms[i + 1])]:
                if length > room:
                    continue
                key = tuple(norms[i : i + length])
                if key in lexicon and (gap[i] if length == 2 else all(gap[k] for k in range(i, i + length - 1))):
                    row = plain.get(key) or accept(lexicon[key], i)
                    if row is not None:
                        found = (i, i + length, row)
                        break
        if found is None:
            key = (norms[i],)
            row = plain.get(key)
            if row is None and key in lexicon:
                row = accept(lexicon[key], i)
            if row is not None:
                found = (i, i + 1, row)
        if found:
            out.append(found)
            blocked = found[1]
    singles = candidates[simple]
    if not len(singles):
        return out
    covered = _covered(len(index), np.asarray([m[0] for m in out], dtype=np.int64), np.asarray([m[1] for m in out], dtype=np.int64))
    singles = singles[~covered[singles]]
    firsts = np.concatenate([np.asarray([m[0] for m in out], dtype=np.int64), singles])
    lasts = np.concatenate([np.asarray([m[1] for m in out], dtype=np.int64), singles + 1])
    rows = np.concatenate([np.asarray([m[2] for m in out] + [None], dtype=object)[:-1], row_of_code[index.code[singles]]])
    order = np.argsort(firsts, kind="stable")
    return list(zip(firsts[order].tolist(), lasts[order].tolist(), rows[order].tolist()))


def _span_words(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Return the word indices of the spans first..last-1, concatenated in span order."""
    counts = (last - first).astype(np.int64)
    if not len(counts):
        return np.zeros(0, dtype=np.int64)
    return np.repeat(first - np.cumsum(np.r_[0, counts[:-1]]), counts) + np.arange(int(counts.sum()))


def _covered(n: int, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Return a boolean array of ``n`` words, True inside any span first..last-1."""
    covered = np.zeros(n, dtype=bool)
    covered[_span_words(np.asarray(first, dtype=np.int64), np.asarray(last, dtype=np.int64))] = True
    return covered


def _article_codes(column: pd.Series, code_of: dict[str, int]) -> np.ndarray:
    """Return the code of each article id of ``column`` (-1 if not in ``code_of``), as int64."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        lookup = np.asarray([code_of.get(c, -1) for c in column.cat.categories.tolist()] + [-1], dtype=np.int64)
        return lookup[column.cat.codes.to_numpy()]  # code -1 (missing) picks the last entry
    return _run_codes(column.to_numpy(dtype=object), code_of).astype(np.int64)


def _sentences_of(study: Study, wanted: set[tuple[str, int]]) -> dict[tuple[str, int], tuple[int, int, str]]:
    """Return (article_id, sentence_id) -> (start, end, text) of the ``wanted`` sentences (reading only their articles' rows)."""
    sentences = study.sentences
    article_ids = sorted({a for a, _ in wanted})
    code_of = {a: c for c, a in enumerate(article_ids)}
    rows, codes = _rows_of(_runs(sentences["article_id"].to_numpy(dtype=object)), code_of)
    sentence_ids = sentences["sentence_id"].to_numpy()[rows].astype(np.int64)
    step = np.int64(1) << np.int64(32)
    wanted_keys = np.asarray([code_of[a] * (1 << 32) + i for a, i in wanted], dtype=np.int64)
    keep = np.isin(codes.astype(np.int64) * step + sentence_ids, wanted_keys)
    rows, codes, sentence_ids = rows[keep], codes[keep], sentence_ids[keep]
    keys = zip([article_ids[c] for c in codes.tolist()], sentence_ids.tolist())
    values = zip(*(sentences[c].to_numpy()[rows].tolist() for c in ("start", "end", "text")))
    return dict(zip(keys, values))


def _locate(ix: WordIndex, arts: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return, per span (article code, start, end), the first word starting at or after ``start`` and the index after the last word ending at or before ``end``.

    Words are in (article, offset) order, so one binary search over 64-bit
    (article, offset) keys per end finds them; one key array is reused.
    """
    arts = np.asarray(arts, dtype=np.int64) << 40
    key = ix.art.astype(np.int64)
    key <<= 40
    key |= ix.start
    lo = np.searchsorted(key, arts | np.asarray(starts, dtype=np.int64), "left")
    key ^= ix.start
    key |= ix.end
    hi = np.searchsorted(key, arts | np.asarray(ends, dtype=np.int64), "right")
    return lo, hi


def _index_is_place(index: WordIndex, i: int, first: int) -> bool:
    """Return whether the name at word ``i`` follows a place word in its sentence (from word ``first``), skipping direction words."""
    k = i - 1
    while k >= first and index.norms[k] in DIRECTION_WORDS:
        k -= 1
    return k >= first and index.norms[k] in PLACE_WORDS


def _values(column: pd.Series) -> list:
    """Return a column as a list of Python objects (much faster to iterate than the Series)."""
    return column.to_numpy(dtype=object).tolist()


def _string_codes(values) -> tuple[np.ndarray, list]:
    """Return integer codes of a column or array of strings (-1 for missing values) and the distinct strings, in order of appearance.

    A None is appended before factorizing: over strings alone pandas uses its
    UTF-8 hash table, which attaches a UTF-8 copy to every non-ASCII string it
    hashes (the study's sentences among them) for as long as the string lives;
    with the None it hashes with Python's own string hash.
    """
    values = values.to_numpy(dtype=object) if isinstance(values, pd.Series) else np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(np.append(values, None))
    return codes[:-1], list(uniques)


def _table(columns: dict, names: list[str]) -> pd.DataFrame:
    """Return a DataFrame of ``columns`` in the order of ``names`` (an empty one of those names if no rows)."""
    if not len(columns[names[0]]):
        return pd.DataFrame([], columns=names)
    return pd.DataFrame({name: columns[name] for name in names})


# ----------------------------------------------------------- actor labels

MENTION_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "actor", "entity", "label_category", "modifier", "voice", "expression"]


def _modifier_matcher(modifiers: pd.DataFrame):
    plain = {}
    patterns = []
    for row in modifiers.to_dict("records"):
        if row["pattern"].startswith("re:"):
            patterns.append(re.compile(row["pattern"][3:]))
        else:
            plain[normalise_token(row["pattern"])] = row["kind"]

    def is_modifier(norm: str) -> bool:
        return norm in plain or any(p.match(norm) for p in patterns)

    return is_modifier


@lru_cache(maxsize=None)
def _default_modifier_matcher():
    return _modifier_matcher(read_codebook("framing_modifiers.csv"))


def mentions(study: Study, actors: pd.DataFrame | None = None, modifiers: pd.DataFrame | None = None, words: pd.DataFrame | None = None, index: WordIndex | None = None) -> pd.DataFrame:
    """Return one row per actor mention: offsets, actor, label category, modifiers, voice.

    Expressions of ``framing_actors.csv`` are matched on token norms, longest
    first, within a sentence. Country and capital names after a place word
    ("in Syria") are dropped. Adjacent mentions of one actor in one category
    ("Syrian President" + "Bashar Assad") are merged. ``modifier`` lists the
    sponsor/evaluative adjectives found immediately to the left
    (``framing_modifiers.csv``), skipping over other label words.
    """
    lexicon = build_lexicon(actors) if actors is not None else _default_lexicon("framing_actors.csv")
    is_modifier = _modifier_matcher(modifiers) if modifiers is not None else _default_modifier_matcher()
    ix = word_index(study, words) if index is None else index
    gap, texts = ix.gap, ix.texts
    matches = match_index(ix, lexicon)
    firsts = ix.lo[[i for i, _, _ in matches]].tolist() if matches else []
    merged: list[list] = []
    for (i, j, row), first in zip(matches, firsts):
        if row["label_category"] in PLACE_CATEGORIES and _index_is_place(ix, i, first):
            continue
        last = merged[-1] if merged else None
        # One name in two adjacent parts ("Syrian President" + "Bashar Assad"), or a name and
        # its acronym in brackets ("Hay'at Tahrir al-Sham (HTS)"), is one mention.
        same = last and last[1] == i and last[3] == first and last[2]["actor"] == row["actor"] and last[2]["label_category"] == row["label_category"] and last[2].get("entity", "") == row.get("entity", "")
        if same and set(ix.raws[ix.art[i]][ix.end[i - 1] : ix.start[i]]) <= {" ", "("}:
            last[1] = j
        else:
            merged.append([i, j, row, first])
    # Words inside a mention, and norms that are modifiers, as arrays: the walk to the left below
    # runs only for mentions whose previous word is joined to it and is one of those.
    starts_at = np.asarray([m[0] for m in merged], dtype=np.int64)
    ends_at = np.asarray([m[1] for m in merged], dtype=np.int64)
    firsts_at = np.asarray([m[3] for m in merged], dtype=np.int64)
    covered = _covered(len(ix), starts_at, ends_at)
    # Modifier test only for the norms of the (up to 4) words left of a mention, the walk's reach.
    near = (starts_at[:, None] - np.arange(1, 5, dtype=np.int64)).ravel()
    near = near[near >= 0]
    near_codes, at = np.unique(ix.code[near], return_index=True)
    modifier_code = np.zeros(len(ix.code_of), dtype=bool)
    modifier_code[near_codes] = [bool(is_modifier(ix.norms[k])) for k in near[at].tolist()]
    before = np.maximum(starts_at - 1, 0)
    joined_before = np.frombuffer(gap, dtype=bool)[before] if len(before) else np.zeros(0, dtype=bool)
    walk = (starts_at > firsts_at) & joined_before & (modifier_code[ix.code[before]] | covered[before])
    found_modifiers = [""] * len(merged)
    for n in np.flatnonzero(walk).tolist():
        i, first = int(starts_at[n]), int(firsts_at[n])
        found, k = [], i - 1
        while k >= first and i - k <= 4 and gap[k]:
            if modifier_code[ix.code[k]]:
                found.append(texts[k])
            elif not covered[k]:
                break
            k -= 1
        found_modifiers[n] = "; ".join(reversed(found))
    columns = ix.spans([m[0] for m in merged], [m[1] for m in merged])
    ends = columns["end"].tolist()
    for n, (article_id, start, end, text) in enumerate(zip(columns["article_id"], columns["start"].tolist(), ends, columns["text"])):
        if "(" not in text:
            continue
        raw = study.raw[article_id]
        if raw.count("(", start, end) > raw.count(")", start, end) and raw[end : end + 1] == ")":
            ends[n] = end + 1  # close the bracket of a merged acronym: "Hay'at Tahrir al-Sham (HTS)"
            columns["text"][n] = raw[start : end + 1]
    columns["end"] = np.asarray(ends, dtype=np.int64)
    rows = [m[2] for m in merged]
    columns.update(
        actor=[r["actor"] for r in rows],
        entity=[r.get("entity", "") for r in rows],
        label_category=[r["label_category"] for r in rows],
        modifier=found_modifiers,
        expression=[r["expression"] for r in rows],
    )
    table = _table(columns, MENTION_COLUMNS)
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def with_outlet(study: Study, table: pd.DataFrame) -> pd.DataFrame:
    """Return ``table`` with an ``outlet`` column after ``article_id``."""
    table = table.copy()
    table.insert(1, "outlet", table["article_id"].map(study.outlet_of()))
    return table


def label_counts(study: Study, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return body mention counts by outlet, voice, actor and label category (zeros left out).

    ``examples`` lists the distinct wordings found (with modifiers in brackets), as evidence.
    """
    table = mentions(study) if table is None else table
    body = with_outlet(study, table[table["part"] == "body"])
    keys = ["outlet", "voice", "actor", "label_category"]
    counts = body.groupby(keys, sort=True).size().rename("mentions").reset_index()
    wording = body["text"].where(body["modifier"] == "", body["modifier"] + " [" + body["text"] + "]")
    examples = body.assign(wording=wording).groupby(keys, sort=True)["wording"].agg(lambda w: "; ".join(sorted(set(w))))
    return counts.merge(examples.rename("examples").reset_index(), on=keys, how="left")


# ------------------------------------------------------------- headlines

HEADLINE_COLUMNS = ["article_id", "start", "end", "text", "claim", "attribution", "placement", "device", "attributed_to", "verb", "labels"]
FRONT_COLON = re.compile(r"^(?P<src>[^:]{1,60}?)\s*:\s+(?P<claim>.+)$")
END_VERB = re.compile(r"^(?P<claim>.+?),?\s+(?:(?P<src1>[\w .’'\-]{1,60}?)\s+(?P<verb1>{verbs})|(?P<verb2>{verbs})\s+(?P<src2>[\w .’'\-]{1,60}?))\s*$")
# The source must start with a capital; the verb may be in Title Case ("Russia Claims ...").
FRONT_VERB = re.compile(r"^(?P<src>[A-Z][\w .’'\-]{0,60}?)\s+(?P<verb>(?i:{verbs}))\s+(?:(?i:that)\s+)?(?P<claim>.+)$")
ACCORDING = re.compile(r"(?i)\baccording to\s+(?P<src>[\w .’'\-]{1,60})")


def _verb_alternation(cues: pd.DataFrame) -> str:
    words = sorted(set(cues["word"].str.lower()), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=8)
def _verb_patterns(verbs: str) -> tuple[re.Pattern, re.Pattern]:
    """Return the compiled end and front reporting-verb patterns for a verb alternation."""
    return re.compile(END_VERB.pattern.replace("{verbs}", verbs), flags=re.IGNORECASE), re.compile(FRONT_VERB.pattern.replace("{verbs}", verbs))


# Words before a headline colon that announce a rubric or a topic, not a source.
RUBRIC_WORDS = {"live", "breaking", "analysis", "exclusive", "explainer", "watch", "video", "opinion", "update", "factbox", "timeline", "comment", "editorial", "interview", "photos", "pictures", "war", "crisis", "conflict"}
# Nouns that make the words before a colon a source ("Defence ministry: ...", "UN envoy: ...").
SOURCE_NOUNS = {"minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "president", "army", "military", "envoy", "ambassador", "source", "sources", "report", "monitor", "witness", "witnesses", "experts", "government", "kremlin", "pentagon", "police", "un", "opcw", "media", "agency"}


def _is_source_label(label: str) -> bool:
    """Return whether the words before a headline colon name a source (an actor, a title, or a name)."""
    surface = [w for w in tokenize(label) if WORD_TOKEN.search(w)]
    words = [normalise_token(w) for w in surface]
    if not words or len(words) > 5 or any(w in RUBRIC_WORDS for w in words):
        return False
    actors = _default_lexicon("framing_actors.csv")
    if tuple(words) in actors or words[-1] in SOURCE_NOUNS:
        return True
    # A name: every word capitalised ("Lavrov", "Sergei Lavrov").
    return all(w[:1].isupper() for w in surface)


def classify_headline(text: str, cues: pd.DataFrame | None = None, verbs: str | None = None) -> dict:
    """Return how a headline presents its claim: asserted or attributed, where, by which device.

    Rules, in order: a front colon label ("Russia: ..."); an end attribution
    (", Russia claims" / ", says Russia"); a front reporting verb ("Russia
    claims rebels ..."); "according to X"; else asserted. Verbs come from the
    reporting-cue codebook (``verbs``: their alternation, if already made); a
    quoted headline is noted as a device.
    """
    if verbs is None:
        verbs = _verb_alternation(read_codebook("framing_cues.csv") if cues is None else cues)
    end_verb, front_verb = _verb_patterns(verbs)
    text = text.strip()
    result = {"claim": text, "attribution": "asserted", "placement": "none", "device": "none", "attributed_to": "", "verb": ""}
    # Each later pattern is tried only when the earlier rules did not apply (same result, less matching).
    colon = FRONT_COLON.match(text)
    end = None if colon or "," not in text else end_verb.match(text)  # an end attribution needs a comma
    front = None if colon or end else front_verb.match(text)
    according = None if colon or end or front else ACCORDING.search(text)
    if colon and _is_source_label(colon.group("src")):
        result.update(claim=colon.group("claim"), attribution="attributed", placement="front", device="colon label", attributed_to=colon.group("src").strip())
    elif colon:
        result.update(claim=colon.group("claim"), device="colon topic label")
    elif end:
        verb = end.group("verb1") or end.group("verb2")
        source = end.group("src1") or end.group("src2")
        result.update(claim=end.group("claim").rstrip(","), attribution="attributed", placement="end", device="reporting verb", attributed_to=source.strip(), verb=verb.lower())
    elif front:
        result.update(claim=front.group("claim"), attribution="attributed", placement="front", device="reporting verb", attributed_to=front.group("src").strip(), verb=front.group("verb").lower())
    elif according:
        result.update(attribution="attributed", placement="front" if according.start() == 0 else "end", device="according to", attributed_to=according.group("src").strip())
    if re.search(r"[“”\"‘’]\w|\w[“”\"]", text) and result["device"] == "none":
        result.update(device="quotation marks")
    return result


def headlines(study: Study, mention_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per primary article headline with its attribution and the labels in it."""
    mention_table = mentions(study) if mention_table is None else mention_table
    primary = set(study.outlet_of())
    heads = study.segments[(study.segments["kind"] == "headline") & (study.segments["document_id"] == study.segments["article_id"]) & study.segments["article_id"].isin(primary)]
    heads = heads.drop_duplicates("article_id")
    verbs = _verb_alternation(read_codebook("framing_cues.csv"))
    in_heads = mention_table[mention_table["part"] == "headline"]
    labels_of: dict[str, list[str]] = {}
    for a, t, x, c in zip(_values(in_heads["article_id"]), _values(in_heads["text"]), _values(in_heads["actor"]), _values(in_heads["label_category"])):
        labels_of.setdefault(a, []).append(f"{t} ({x}: {c})")
    rows = []
    for article_id, start, end, text in zip(heads["article_id"], heads["start"], heads["end"], heads["text"]):
        labels = "; ".join(labels_of.get(article_id, []))
        rows.append({"article_id": article_id, "start": int(start), "end": int(end), "text": text, **classify_headline(text, verbs=verbs), "labels": labels})
    return pd.DataFrame(rows, columns=HEADLINE_COLUMNS)


# ------------------------------------------------------------- epistemic stance

STANCE_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "kind", "detail", "voice"]
STANCE_KINDS = ["scare_quote", "so_called", "distancing", "hedge", "booster", "evaluative", "event_agent", "event_hedged", "event_fabrication"]


def _quote_rows(study: Study, ix: WordIndex, cue_words: set[str]) -> list[tuple]:
    """Classify short quotations: partial quotation, quoted name or scare quote.

    A quote of at most ``MAX_SCARE_WORDS`` words is a *partial quotation*
    when its sentence holds a reporting cue outside the quote (for a nested
    quote: inside its parent quote, i.e. in the source's own words); a
    *quoted name* when every word is capitalised; otherwise a *scare quote*,
    in the voice of whoever set the marks (outlet for top-level quotes, the
    quoted source for nested ones).
    """
    code_of = {a: c for c, a in enumerate(ix.article_ids)}
    present = np.unique(ix.art[ix.body])
    arts = _article_codes(study.quotes["article_id"], code_of)
    chosen = np.isin(arts, present)
    quotes, arts = study.quotes[chosen], arts[chosen]
    if quotes.empty:
        return []
    # Quotes grouped by article (sorted), in table order within an article.
    order = np.argsort(arts, kind="stable")
    arts = arts[order]
    q_start, q_end = quotes["start"].to_numpy(dtype=np.int64)[order], quotes["end"].to_numpy(dtype=np.int64)[order]
    depths = quotes["depth"].to_numpy()[order].tolist()
    parents = quotes["parent_quote_id"].to_numpy(dtype=object)[order].tolist()
    # Words inside each quote (a quotation lies within one body segment, so its words are body words).
    lo, hi = _locate(ix, arts, q_start, q_end)
    # Offsets of the quotes that are parents of nested quotes (the only ones looked up below).
    quote_ids = quotes["quote_id"].to_numpy(dtype=np.int64)[order]
    parent_keys = [int(arts[n]) * (1 << 32) + int(p) for n, (d, p) in enumerate(zip(depths, parents)) if d >= 2 and pd.notna(p)]
    looked_up = np.flatnonzero(np.isin(arts * (1 << 32) + quote_ids, np.asarray(parent_keys, dtype=np.int64)))
    span_of = {(int(arts[n]), int(quote_ids[n])): (int(q_start[n]), int(q_end[n])) for n in looked_up.tolist()}
    cue_at = ix.where(cue_words).tolist()  # words that are reporting cues, ascending
    rows = []
    for n in np.flatnonzero((hi - lo > 0) & (hi - lo <= MAX_SCARE_WORDS)).tolist():
        first, last = int(lo[n]), int(hi[n])  # the quote's words
        a, start, end, depth, parent = int(arts[n]), int(q_start[n]), int(q_end[n]), depths[n], parents[n]
        u_lo, u_hi = int(ix.lo[first]), int(ix.hi[first])
        idx = [k for k in cue_at[bisect_left(cue_at, u_lo) : bisect_left(cue_at, u_hi)] if k < first or k >= last]
        if idx and depth >= 2 and pd.notna(parent):
            p_start, p_end = span_of[(a, int(parent))]
            idx = [k for k in idx if ix.start[k] >= p_start and ix.end[k] <= p_end]
        raw = ix.raws[a]
        if idx:
            # The cue nearest to the quote (the first one on ties).
            distance = [min(abs(int(ix.start[k]) - end), abs(start - int(ix.end[k]))) for k in idx]
            kind, detail = "partial_quotation", f"cue: {ix.norms[idx[distance.index(min(distance))]]}"
        elif all(t[:1].isupper() or not t[:1].isalpha() for t in ix.texts[first:last]):
            kind, detail = "quoted_name", "every word capitalised"
        else:
            kind, detail = "scare_quote", "no reporting cue in the sentence"
        voice = "outlet" if depth == 1 else "quoted"
        rows.append((ix.article_ids[a], "body", int(ix.sentence_id[first]), start, end, raw[start:end], kind, detail, voice))
    return rows


def stance(study: Study, words: pd.DataFrame | None = None, mention_table: pd.DataFrame | None = None, index: WordIndex | None = None) -> pd.DataFrame:
    """Return every stance marker with offsets, kind, detail and voice.

    Kinds: ``scare_quote`` (and, for transparency, ``partial_quotation`` and
    ``quoted_name``, which are not counted as stance), ``so_called``,
    ``distancing`` (claim/allege), ``hedge``/``booster`` (Hyland 2005 subset),
    ``evaluative``, and three readings of event nouns such as "attack":
    ``event_agent`` (an actor named inside the phrase, e.g. "regime chemical
    weapons attack": responsibility presupposed), ``event_hedged``
    ("suspected"/"apparent"/"alleged" attack) and ``event_fabrication``
    ("staged"/"false flag" attack).
    """
    ix = word_index(study, words) if index is None else index
    mention_table = mentions(study, index=ix) if mention_table is None else mention_table
    cue_words, distancing_words, event_lex, qualifier_lex, premodifiers = _stance_codebooks()
    is_modifier = _default_modifier_matcher()
    lexicons = {
        "hedge": _default_lexicon("framing_hedges.csv"),
        "booster": _default_lexicon("framing_boosters.csv"),
        "evaluative": _default_lexicon("framing_evaluative.csv"),
    }
    norms, gap = ix.norms, ix.gap
    # Word index -> actor, for the words of each mention that lies within one sentence
    # (a later mention overrides an earlier one on the same word).
    actor_at: dict[int, str] = {}
    code_of = {a: c for c, a in enumerate(ix.article_ids)}
    m_art = _article_codes(mention_table["article_id"], code_of)
    known = m_art >= 0
    if known.any() and len(ix):
        arts = m_art[known]
        m_start = mention_table["start"].to_numpy(dtype=np.int64)[known]
        m_end = mention_table["end"].to_numpy(dtype=np.int64)[known]
        actors = mention_table["actor"].to_numpy(dtype=object)[known]
        first, last = _locate(ix, arts, m_start, m_end)
        at = np.minimum(first, len(ix) - 1)
        inside = (first < last) & (ix.art[at] == arts) & (m_start >= ix.start[ix.lo[at]]) & (m_end <= ix.end[ix.hi[at] - 1])
        first, last, actors = first[inside], last[inside], actors[inside]
        actor_at = dict(zip(_span_words(first, last).tolist(), np.repeat(actors, last - first).tolist()))
    rows = _quote_rows(study, ix, cue_words)
    spans: list[tuple[int, int, str, str]] = []  # (first, last+1, kind, detail)
    used: set[int] = set()
    qualifiers = {i: (j, row) for i, j, row in match_index(ix, qualifier_lex)}
    inside_qualifier = {k for q, (qj, _) in qualifiers.items() for k in range(q, qj)}
    modifier_of: dict[str, bool] = {}
    for i, j, _ in match_index(ix, event_lex):
        u_lo, u_hi = int(ix.lo[i]), int(ix.hi[i])
        if i > u_lo and norms[i - 1] == "to":  # an infinitive ("to attack"), not an event noun
            continue
        # Walk left over the noun phrase's pre-modifiers only: actors, qualifiers,
        # sponsor adjectives and the listed event pre-modifiers ("chemical weapons").
        k, first, found = i - 1, i, []
        while k >= u_lo and i - k <= 6 and gap[k]:
            norm = norms[k]
            if norm not in modifier_of:
                modifier_of[norm] = bool(is_modifier(norm))
            if k in qualifiers or k in actor_at or norm in premodifiers or modifier_of[norm] or k in inside_qualifier:
                first = k
            else:
                break
            k -= 1
        for q in range(first, i):
            if q in qualifiers:
                qj = qualifiers[q][0]
                found.append(("event_hedged" if qualifiers[q][1]["kind"] == "hedged" else "event_fabrication", ix.raws[ix.art[q]][ix.start[q] : ix.end[qj - 1]], q))
        agents = sorted({actor_at[q] for q in range(first, i) if q in actor_at})
        if agents:
            spans.append((first, j, "event_agent", "agent: " + ", ".join(agents)))
        if j < u_hi and norms[j] == "by":  # "an assault by the Syrian regime"
            post = [q for q in range(j + 1, min(j + 4, u_hi)) if q in actor_at]
            if post:
                last = post[0]
                while last + 1 < u_hi and actor_at.get(last + 1) == actor_at[post[0]]:
                    last += 1
                spans.append((first, last + 1, "event_agent", "agent: " + actor_at[post[0]] + " (by-phrase)"))
        for kind, word, q in found:
            spans.append((q, j, kind, f"qualifier: {word}"))
            used.update(range(q, qualifiers[q][0]))
    candidates = ix.where(distancing_words | {"so-called", "so"})
    for i, u_hi in zip(candidates.tolist(), ix.hi[candidates].tolist()):
        norm = norms[i]
        if norm == "so-called" or (norm == "so" and i + 1 < u_hi and norms[i + 1] == "called"):
            spans.append((i, i + (1 if norm == "so-called" else 2), "so_called", ""))
            used.add(i)
        elif norm in distancing_words and i not in used:
            spans.append((i, i + 1, "distancing", f"verb/noun: {norm}"))
            used.add(i)
    for kind, lexicon in lexicons.items():
        for i, j, row in match_index(ix, lexicon):
            if used and used.intersection(range(i, j)):
                continue
            spans.append((i, j, kind, row.get("polarity", "") if kind == "evaluative" else ""))
    # Duplicate rows dropped on their keys: a span's row is fixed by its words, kind and detail
    # (quotation rows and spans never share a kind).
    rows, spans = list(dict.fromkeys(rows)), list(dict.fromkeys(spans))
    columns = ix.spans([s[0] for s in spans], [s[1] for s in spans])
    columns.update(kind=[s[2] for s in spans], detail=[s[3] for s in spans])
    table = pd.concat([pd.DataFrame(rows, columns=STANCE_COLUMNS), _table(columns, STANCE_COLUMNS)], ignore_index=True) if rows and spans else (pd.DataFrame(rows, columns=STANCE_COLUMNS) if rows else _table(columns, STANCE_COLUMNS))
    return table.sort_values(["article_id", "start", "end", "kind"], kind="stable").reset_index(drop=True)


def word_counts(study: Study, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return body word counts by article and voice (columns article_id, voice, words)."""
    words = word_tokens(study) if words is None else words
    body = words[words["part"] == "body"]
    grid = pd.MultiIndex.from_product([sorted(study.outlet_of()), VOICES], names=["article_id", "voice"])
    counts = body.groupby(["article_id", "voice"]).size().reindex(grid, fill_value=0)
    return counts.rename("words").reset_index()


def rates_per_1000(study: Study, table: pd.DataFrame, kinds: list[str] | None = None, words: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return counts and rates per 1,000 words of each kind, by outlet and voice (body only).

    The denominator is the number of body words in that voice for that outlet,
    so quoted-voice rates are per 1,000 quoted words.
    """
    kinds = kinds or sorted(table["kind"].unique())
    wc = with_outlet(study, word_counts(study, words)).groupby(["outlet", "voice"])["words"].sum()
    body = with_outlet(study, table[(table["part"] == "body") & table["kind"].isin(kinds)])
    counts = body.groupby(["outlet", "voice", "kind"]).size()
    grid = pd.MultiIndex.from_product([sorted(wc.index.get_level_values(0).unique()), VOICES, kinds], names=["outlet", "voice", "kind"])
    out = counts.reindex(grid, fill_value=0).rename("count").reset_index()
    out["words"] = [int(wc.get((o, v), 0)) for o, v in zip(out["outlet"], out["voice"])]
    out["per_1000_words"] = np.where(out["words"] > 0, out["count"] / out["words"].where(out["words"] > 0, 1) * 1000, np.nan)
    return out


# ------------------------------------------------------------- agency

PASSIVE_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "be_form", "participle", "has_agent", "agent", "voice"]


def is_participle(norm: str) -> bool:
    """Return whether a word looks like a past participle: -ed (not in the exceptions) or irregular."""
    if norm in IRREGULAR_PARTICIPLES:
        return True
    return len(norm) >= 4 and norm.endswith("ed") and norm.isalpha() and norm not in NOT_PARTICIPLES


def passives(study: Study, words: pd.DataFrame | None = None, index: WordIndex | None = None) -> pd.DataFrame:
    """Return passive constructions: a be/get form, up to two adverbs, a past participle.

    ``has_agent`` is True when "by" follows the participle within
    ``AGENT_WINDOW`` words; ``agent`` holds up to ``MAX_AGENT_WORDS`` words
    after "by" (to the next punctuation). No part-of-speech tagger is used, so
    adjectival participles ("was concerned") are counted too.
    """
    ix = word_index(study, words) if index is None else index
    norms, gap = ix.norms, ix.gap
    adverbs = PASSIVE_ADVERBS | {"being", "been"}
    stops = {"and", "to", "in", "on", "for", "with", "which", "that", "who"}
    found, blocked = [], -1  # (be-form, participle, last+1, agent)
    candidates = ix.where(BE_FORMS)
    for i, n in zip(candidates.tolist(), ix.hi[candidates].tolist()):
        if i < blocked:  # inside the previous passive
            continue
        k = i + 1
        while k < n and k - i <= 3 and norms[k] in adverbs and not is_participle(norms[k]):
            k += 1
        # "is set to", "was supposed to": future or modal, not passive.
        modal = k + 1 < n and norms[k] in {"set", "supposed"} and norms[k + 1] == "to"
        if k < n and is_participle(norms[k]) and not modal and all(gap[g] for g in range(i, k)):
            end_index, agent = k + 1, ""
            for b in range(k + 1, min(k + 1 + AGENT_WINDOW, n)):
                if norms[b] == "by":
                    last = b
                    while last + 1 < n and last - b < MAX_AGENT_WORDS and gap[last] and norms[last + 1] not in stops:
                        last += 1
                    if last > b:
                        agent = ix.raws[ix.art[i]][ix.start[b + 1] : ix.end[last]]
                        end_index = last + 1
                    break
            found.append((i, k, end_index, agent))
            blocked = end_index
    columns = ix.spans([f[0] for f in found], [f[2] for f in found])
    participles = np.asarray([f[1] for f in found], dtype=np.int64)
    columns.update(
        be_form=[norms[f[0]] for f in found],
        participle=[norms[f[1]] for f in found],
        has_agent=np.asarray([bool(f[3]) for f in found], dtype=bool),
        agent=[f[3] for f in found],
        voice=np.where(ix.quoted[participles], "quoted", "outlet").astype(object),
    )
    table = _table(columns, PASSIVE_COLUMNS)
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


# ------------------------------------------------------------- generic frames

FRAME_CUE_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "frame", "cue", "voice"]
SHEET_COLUMNS = ["coder", "article_id", "frame", "question_id", "question", "answer", "evidence", "note"]


def frame_cues(study: Study, words: pd.DataFrame | None = None, frames: dict | None = None, index: WordIndex | None = None) -> pd.DataFrame:
    """Return every automatic cue hit of the five generic frames (body only).

    Cues only point a coder to passages; they do not answer the questions.
    """
    ix = word_index(study, words) if index is None else index
    lexicons = _frame_lexicons(frames) if frames else _default_frame_lexicons()
    hits = [(i, j, frame, row["expression"]) for frame, lexicon in lexicons for i, j, row in match_index(ix, lexicon, ix.body)]
    columns = ix.spans([h[0] for h in hits], [h[1] for h in hits])
    columns.update(frame=[h[2] for h in hits], cue=[h[3] for h in hits])
    table = _table(columns, FRAME_CUE_COLUMNS)
    # Hits of one frame never overlap, so this order is text order within each frame, as per sentence.
    return table.sort_values(["article_id", "start", "frame"], kind="stable").reset_index(drop=True)


def coding_template(study: Study, frames: dict | None = None, coder: str = "") -> pd.DataFrame:
    """Return an empty coding sheet: one row per primary article and question."""
    questions = frame_questions(frames)
    rows = [
        {"coder": coder, "article_id": article_id, **q, "answer": "", "evidence": "", "note": ""}
        for article_id in sorted(study.outlet_of())
        for q in questions.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=SHEET_COLUMNS)


def load_coding_sheets(coding_dir: str | Path) -> pd.DataFrame:
    """Return every filled sheet ``frames_*.csv`` in ``coding_dir`` (the template excluded), stacked."""
    paths = sorted(p for p in Path(coding_dir).glob("frames_*.csv") if p.name != "frames_template.csv")
    frames = [pd.read_csv(p, dtype=str, keep_default_na=False) for p in paths]
    if not frames:
        return pd.DataFrame(columns=SHEET_COLUMNS)
    return pd.concat(frames, ignore_index=True)[SHEET_COLUMNS]


ANSWER_VALUES = {"1": 1, "0": 0, "1.0": 1, "0.0": 0, "yes": 1, "no": 0, "y": 1, "n": 0, "true": 1, "false": 0}


def normalise_answers(sheets: pd.DataFrame) -> pd.DataFrame:
    """Return the sheets with ``answer`` as "1", "0" or "" (missing); raise ValueError on anything else."""
    raw = sheets["answer"].fillna("").astype(str).str.strip().str.lower()
    bad = sorted(set(raw[(raw != "") & ~raw.isin(ANSWER_VALUES)]))
    if bad:
        raise ValueError(f"coding sheet answers must be 1/0/yes/no or blank, found: {bad}")
    return sheets.assign(answer=raw.map(lambda v: str(ANSWER_VALUES[v]) if v else ""))


def frame_scores(sheets: pd.DataFrame) -> pd.DataFrame:
    """Return, per coder, article and frame, the share of coded questions answered yes (0-1)."""
    sheets = normalise_answers(sheets)
    coded = sheets[sheets["answer"] != ""].copy()
    coded["answer"] = coded["answer"].astype(int)
    out = coded.groupby(["coder", "article_id", "frame"], sort=True)["answer"].agg(["mean", "count"])
    return out.rename(columns={"mean": "score", "count": "questions_coded"}).reset_index()


def _ordinal_distance(values: list) -> callable:
    """Krippendorff's ordinal metric from the frequencies of the pairable values."""
    freq = pd.Series(values).value_counts().sort_index()
    ranks = list(freq.index)
    cumulative = freq.cumsum()

    def distance(a, b):
        if a == b:
            return 0.0
        lo, hi = sorted((a, b))
        between = cumulative[hi] - (cumulative[lo] - freq[lo])
        return float((between - (freq[lo] + freq[hi]) / 2) ** 2)

    distance.ranks = ranks
    return distance


def krippendorff_alpha(data: pd.DataFrame, level: str = "nominal", coder: str = "coder", unit: str = "unit", value: str = "value") -> float:
    """Return Krippendorff's alpha of long-format codes (one row per coder x unit).

    Missing codes (blank or NaN) are dropped and units with fewer than two
    codes are ignored, so alpha is computed over pairable values, as
    Krippendorff defines it. ``level``: nominal, ordinal, interval or ratio.
    Uses ``nltk.metrics.agreement.AnnotationTask``. Returns NaN when no unit
    has two codes (e.g. a single coder).
    """
    from nltk.metrics.agreement import AnnotationTask
    from nltk.metrics.distance import binary_distance

    codes = data[[coder, unit, value]].copy()
    codes = codes[codes[value].notna() & (codes[value].astype(str).str.strip() != "")]
    if level != "nominal":
        codes[value] = codes[value].astype(float)
    pairable = codes.groupby(unit)[value].transform("size") >= 2
    codes = codes[pairable]
    if codes.empty:
        return float("nan")
    if level == "nominal":
        distance = binary_distance
    elif level == "interval":
        distance = lambda a, b: float((a - b) ** 2)  # noqa: E731
    elif level == "ratio":
        distance = lambda a, b: 0.0 if a == b else float(((a - b) / (a + b)) ** 2)  # noqa: E731
    elif level == "ordinal":
        distance = _ordinal_distance(codes[value].tolist())
    else:
        raise ValueError(f"unknown level of measurement: {level}")
    triples = [(str(c), str(u), v) for c, u, v in zip(codes[coder], codes[unit], codes[value])]
    return float(AnnotationTask(data=triples, distance=distance).alpha())


def sheet_reliability(sheets: pd.DataFrame) -> pd.DataFrame:
    """Return nominal alpha per frame and overall across coders' yes/no answers (NaN with one coder)."""
    sheets = normalise_answers(sheets)
    long = sheets.assign(unit=sheets["article_id"] + "|" + sheets["question_id"], value=sheets["answer"])
    rows = [{"frame": "all", "coders": long["coder"].nunique(), "alpha_nominal": krippendorff_alpha(long)}]
    for frame, group in long.groupby("frame", sort=True):
        rows.append({"frame": frame, "coders": group["coder"].nunique(), "alpha_nominal": krippendorff_alpha(group)})
    return pd.DataFrame(rows)


# ------------------------------------------------------------- context selection

CONTEXT_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "topic", "cue", "voice", "sentence_start", "sentence_end", "sentence"]


def context(study: Study, topics: pd.DataFrame | None = None, words: pd.DataFrame | None = None, index: WordIndex | None = None) -> pd.DataFrame:
    """Return every topic cue hit in body sentences, with the cue's and the sentence's offsets."""
    lexicon = _default_lexicon("framing_context_topics.csv") if topics is None else build_lexicon(topics)
    ix = word_index(study, words) if index is None else index
    rows_of = {id(row): rows for rows in lexicon.values() for row in rows}  # a matched row -> every row of its expression
    # A hit's row is fixed by its words, topic and cue, so duplicates are dropped on those keys
    # (not on the text columns: pandas would hash the study's sentence strings, attaching a
    # UTF-8 copy to each non-ASCII one for as long as the study lives).
    hits, seen = [], set()
    for i, j, row in match_index(ix, lexicon, ix.body):
        for topic_row in rows_of[id(row)]:
            key = (i, j, topic_row["topic"], topic_row["expression"])
            if key not in seen:
                seen.add(key)
                hits.append((i, j, topic_row))
    columns = ix.spans([h[0] for h in hits], [h[1] for h in hits])
    keys = set(zip(columns["article_id"].tolist(), columns["sentence_id"].tolist()))
    sentence_of = _sentences_of(study, keys)
    found = [sentence_of[key] for key in zip(columns["article_id"].tolist(), columns["sentence_id"].tolist())]
    columns.update(
        topic=[h[2]["topic"] for h in hits],
        cue=[h[2]["expression"] for h in hits],
        sentence_start=np.asarray([f[0] for f in found], dtype=np.int64),
        sentence_end=np.asarray([f[1] for f in found], dtype=np.int64),
        sentence=[f[2] for f in found],
    )
    table = _table(columns, CONTEXT_COLUMNS)
    return table.sort_values(["article_id", "start", "topic"], kind="stable").reset_index(drop=True)


def context_summary(study: Study, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return, per outlet and topic, the number of body sentences touching the topic and their share."""
    table = context(study) if table is None else table
    totals = with_outlet(study, study.sentences[study.sentences["article_id"].isin(study.outlet_of())]).groupby("outlet").size()
    hits = with_outlet(study, table).drop_duplicates(["article_id", "sentence_id", "topic"])
    counts = hits.groupby(["outlet", "topic"]).size()
    topics = sorted(read_codebook("framing_context_topics.csv")["topic"].unique())
    grid = pd.MultiIndex.from_product([sorted(totals.index), topics], names=["outlet", "topic"])
    out = counts.reindex(grid, fill_value=0).rename("sentences").reset_index()
    out["share_of_sentences"] = out["sentences"] / out["outlet"].map(totals)
    return out


# ------------------------------------------------------------- tone toward actors

TONE_COLUMNS = ["article_id", "sentence_id", "start", "end", "text", "actor", "voice", "compound"]


# Distinct texts above which VADER scoring is spread over two processes (below it, start-up costs more).
TONE_POOL_MIN_TEXTS = 20000


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def vader_compound(texts: list[str]) -> list[float]:
    """Return the VADER compound score of each text (vaderSentiment's shipped lexicon)."""
    analyzer = _vader()
    return [float(analyzer.polarity_scores(text)["compound"]) for text in texts]


def _compound_scores(texts: list[str], workers: int = 2) -> list[float]:
    """Return :func:`vader_compound` of ``texts``, in two processes over contiguous halves when there are many.

    Each score depends on its text only, so the result is the same with or without the pool.
    """
    if len(texts) < TONE_POOL_MIN_TEXTS or workers < 2:
        return vader_compound(texts)
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(texts) // workers)
    chunks = [texts[k : k + size] for k in range(0, len(texts), size)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return [score for chunk in pool.map(vader_compound, chunks) for score in chunk]


def actor_tone(study: Study, mention_table: pd.DataFrame | None = None, words: pd.DataFrame | None = None, index: WordIndex | None = None) -> pd.DataFrame:
    """Return VADER compound scores of sentences mentioning each actor, one row per sentence, actor and voice.

    The score is computed on the words of the mention's voice in that
    sentence only (the sentence's outlet words or its quoted words, in text
    order, joined by single spaces), with vaderSentiment's shipped lexicon.
    ``start``/``end``/``text`` are the sentence's. Each distinct text is scored once.
    """
    ix = word_index(study, words) if index is None else index
    mention_table = mentions(study, index=ix) if mention_table is None else mention_table
    # One row per body sentence, actor and voice (the first such mention's).
    body = mention_table[(mention_table["part"] == "body").to_numpy(dtype=bool)]
    key_columns = {name: _string_codes(body[name])[0] for name in ("article_id", "actor", "voice")}
    body = body[~pd.DataFrame({**key_columns, "sentence_id": body["sentence_id"].to_numpy(dtype=np.int64)}).duplicated().to_numpy()]
    del key_columns
    keys = list(zip(_values(body["article_id"]), body["sentence_id"].astype("int64").tolist(), _values(body["voice"])))
    actors = _values(body["actor"])
    wanted = {(a, s) for a, s, _ in keys}
    # Words of the wanted body sentences, grouped by sentence and voice (text order within a group).
    heads = np.flatnonzero(ix.body & (ix.lo == np.arange(len(ix), dtype=np.int32)))  # first word of each body sentence
    head_keys = zip(np.asarray(ix.article_ids, dtype=object)[ix.art[heads]].tolist(), ix.sentence_id[heads].tolist())
    chosen = [h for h, key in zip(heads.tolist(), head_keys) if key in wanted]
    chosen_keys = [(ix.article_ids[ix.art[h]], int(ix.sentence_id[h])) for h in chosen]
    unit_of = {key: u for u, key in enumerate(chosen_keys)}
    # Words of the chosen sentences (32-bit, to stay light), grouped by sentence and voice, text order within a group.
    firsts = np.asarray(chosen, dtype=np.int64)
    counts = (ix.hi[firsts] - firsts).astype(np.int64) if len(firsts) else np.zeros(0, dtype=np.int64)
    words_at = _span_words(firsts, firsts + counts).astype(np.int32)
    units = np.repeat(np.arange(len(firsts), dtype=np.int32), counts)
    order = np.lexsort((ix.quoted[words_at], units))  # stable: text order within a group
    words_at, units = words_at[order], units[order]
    del order
    group = units.astype(np.int64) * 2 + ix.quoted[words_at]
    del units
    bounds = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if len(group) else np.zeros(0, dtype=np.int64)
    texts_of = ix.texts[words_at].tolist()
    del words_at
    joined = {}
    for b, e, g in zip(bounds.tolist(), np.r_[bounds[1:], len(group)].tolist(), group[bounds].tolist()):
        joined[(g // 2, "quoted" if g % 2 else "outlet")] = " ".join(texts_of[b:e])
    del texts_of, group
    texts = [joined.get((unit_of[(a, s)], v), "") if (a, s) in unit_of else "" for a, s, v in keys]
    distinct = sorted(set(texts))
    score_of = dict(zip(distinct, _compound_scores(distinct)))
    sentence_of = _sentences_of(study, wanted)
    found = [sentence_of[(a, s)] for a, s, _ in keys]
    columns = {
        "article_id": [k[0] for k in keys],
        "sentence_id": np.asarray([k[1] for k in keys], dtype=np.int64),
        "start": np.asarray([f[0] for f in found], dtype=np.int64),
        "end": np.asarray([f[1] for f in found], dtype=np.int64),
        "text": [f[2] for f in found],
        "actor": actors,
        "voice": [k[2] for k in keys],
        "compound": np.asarray([score_of[t] for t in texts], dtype=np.float64),
    }
    table = _table(columns, TONE_COLUMNS)
    return table.sort_values(["article_id", "sentence_id", "actor", "voice"], kind="stable").reset_index(drop=True)


def tone_summary(study: Study, table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return mean compound score and number of sentences by outlet, actor and voice."""
    table = actor_tone(study) if table is None else table
    out = with_outlet(study, table).groupby(["outlet", "actor", "voice"], sort=True)["compound"].agg(["mean", "count"])
    return out.rename(columns={"mean": "mean_compound", "count": "sentences"}).reset_index().round({"mean_compound": 4})


# ------------------------------------------------------------- exports


# Tokens per batch of articles in tables(): the word index and each measure's intermediate
# lists grow with the batch, not with the corpus (no measure looks across articles).
BATCH_TOKENS = 500_000


def article_batches(study: Study, max_tokens: int | None = None, token_runs: tuple | None = None) -> list[list[str]]:
    """Return the primary article ids, sorted, cut into consecutive batches of about ``max_tokens`` (default :data:`BATCH_TOKENS`) body tokens, at least one article each."""
    max_tokens = BATCH_TOKENS if max_tokens is None else max_tokens
    firsts, ends, ids = _runs(study.tokens["article_id"].to_numpy(dtype=object)) if token_runs is None else token_runs
    size: dict[str, int] = {}
    for article_id, n in zip(ids, (ends - firsts).tolist()):
        size[article_id] = size.get(article_id, 0) + n
    batches, current, total = [], [], 0
    for article_id in sorted(study.outlet_of()):
        if current and total + size.get(article_id, 0) > max_tokens:
            batches.append(current)
            current, total = [], 0
        current.append(article_id)
        total += size.get(article_id, 0)
    return batches + [current] if current else batches


class _CompactTable:
    """A table collected batch by batch in compact form; :meth:`frame` returns it.

    Text columns become categoricals (their CSV is the same text, codes by
    :func:`_string_codes`); integer columns become 32-bit when their values fit.
    """

    def __init__(self, columns: list[str]):
        self.columns = columns
        self.parts: dict[str, list[np.ndarray]] = {name: [] for name in columns}
        self.codes: dict[str, dict[str, int]] = {}

    def add(self, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        for name in self.columns:
            column = frame[name]
            if column.dtype == object or isinstance(column.dtype, (pd.StringDtype, pd.CategoricalDtype)):
                batch_codes, uniques = _string_codes(column)
                code_of = self.codes.setdefault(name, {})
                lookup = np.asarray([code_of.setdefault(v, len(code_of)) for v in uniques] + [-1], dtype=np.int32)
                self.parts[name].append(lookup[batch_codes])  # code -1 (missing) picks the last entry
            else:
                self.parts[name].append(column.to_numpy())

    def frame(self) -> pd.DataFrame:
        if not self.parts[self.columns[0]]:
            return pd.DataFrame([], columns=self.columns)
        columns = {}
        for name in self.columns:
            values = np.concatenate(self.parts.pop(name))
            if name in self.codes:
                # Categories in sorted order, so that sorting the column sorts the text.
                code_of = self.codes.pop(name)
                categories = sorted(code_of)
                rank = np.empty(len(code_of) + 1, dtype=np.int32)
                rank[[code_of[c] for c in categories]] = np.arange(len(categories), dtype=np.int32)
                rank[-1] = -1  # missing values keep code -1
                columns[name] = pd.Categorical.from_codes(rank[values], categories=categories)
            elif values.dtype.kind == "i" and (not len(values) or (values.min() >= -(2**31) and values.max() < 2**31)):
                columns[name] = values.astype(np.int32)
            else:
                columns[name] = values
        return pd.DataFrame(columns)


def tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv.

    The measures run on consecutive batches of articles (:func:`article_batches`)
    and each batch's rows are added to compact tables at once, so memory grows
    with the batch size and the compact results, not with the whole corpus's
    intermediate lists. The rows are those of the single-batch functions, in the
    same order (every table is sorted by article id first).
    """
    from ..study import release_freed_memory

    token_runs = _runs(study.tokens["article_id"].to_numpy(dtype=object))
    built = {
        "mentions": _CompactTable(MENTION_COLUMNS),
        "stance": _CompactTable(STANCE_COLUMNS),
        "frames": _CompactTable(FRAME_CUE_COLUMNS),
        "context": _CompactTable(CONTEXT_COLUMNS),
        "framing_headlines": _CompactTable(HEADLINE_COLUMNS),
        "framing_passives": _CompactTable(PASSIVE_COLUMNS),
        "framing_tone": _CompactTable(TONE_COLUMNS),
    }
    head_mentions = []
    for batch in article_batches(study, token_runs=token_runs):
        index = word_index(study, articles=batch, token_runs=token_runs)
        mention_table = mentions(study, index=index)
        built["mentions"].add(mention_table)
        built["stance"].add(stance(study, mention_table=mention_table, index=index))
        built["frames"].add(frame_cues(study, index=index))
        built["context"].add(context(study, index=index))
        built["framing_passives"].add(passives(study, index=index))
        built["framing_tone"].add(actor_tone(study, mention_table, index=index))
        head_mentions.append(mention_table[mention_table["part"] == "headline"])
        del index, mention_table
    head_mentions = pd.concat(head_mentions, ignore_index=True) if head_mentions else pd.DataFrame([], columns=MENTION_COLUMNS)
    built["framing_headlines"].add(headlines(study, head_mentions))
    del head_mentions
    result = {name: table.frame() for name, table in built.items()}
    release_freed_memory()  # hand the batches' freed memory back to the system
    return result


# ------------------------------------------------------------- charts


def _ordered(values: pd.Series, weights: pd.Series) -> list[str]:
    """Return distinct values ordered by total weight (descending), then name."""
    totals = weights.groupby(values).sum()
    return sorted(totals.index, key=lambda v: (-totals[v], v))


def label_title(counts: pd.DataFrame) -> str:
    """Return a title stating, per outlet, the commonest outlet-voice label of the most-mentioned armed group actor."""
    labels = read_codebook("framing_labels.csv").set_index("label_category")["family"]
    outlet_voice = counts[counts["voice"] == "outlet"]
    nonstate = outlet_voice[outlet_voice["label_category"].map(labels).eq("non-state")]
    pool = nonstate if len(nonstate) else outlet_voice
    if pool.empty:
        return "No actor labels found in the outlets' own words"
    actor = _ordered(pool["actor"], pool["mentions"])[0]
    # A name ("HTS") is not a characterisation, so names are left out of the title.
    named = pool[(pool["actor"] == actor) & ~pool["label_category"].isin(["group_name", "organisation_name"])]
    parts = []
    for outlet, group in named.groupby("outlet", sort=True):
        best = group["mentions"].max()
        tied = sorted(group.loc[group["mentions"] == best, "label_category"])
        parts.append(f"{outlet}: {' = '.join(tied)} ({best})")
    return f"Commonest label for '{actor}' in the outlet's own words: " + "; ".join(parts)


def plot_actor_labels(counts: pd.DataFrame, figures_dir: str | Path, source: str, name: str = "framing_actor_labels"):
    """Draw actor x label-category heatmaps, one row per outlet, outlet voice beside quoted voice; save and return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, save_figure

    apply_style()
    outlets = sorted(counts["outlet"].unique())
    actors = _ordered(counts["actor"], counts["mentions"])
    # Categories in codebook order (state labels, then non-state, organisations, people).
    present = set(counts["label_category"])
    categories = [c for c in read_codebook("framing_labels.csv")["label_category"] if c in present] + sorted(present - set(read_codebook("framing_labels.csv")["label_category"]))
    fig, axes = plt.subplots(len(outlets), 2, figsize=(0.3 * len(categories) * 2 + 4.5, 0.3 * len(actors) * len(outlets) + 2.6), squeeze=False, sharex=True, sharey=True)
    vmax = max(int(counts["mentions"].max()), 1) if len(counts) else 1
    for r, outlet in enumerate(outlets):
        for c, voice in enumerate(VOICES):
            ax = axes[r][c]
            sub = counts[(counts["outlet"] == outlet) & (counts["voice"] == voice)]
            grid = sub.pivot_table(index="actor", columns="label_category", values="mentions", aggfunc="sum").reindex(index=actors, columns=categories).fillna(0)
            ax.imshow(grid.to_numpy(), cmap="Blues", vmin=0, vmax=vmax, aspect="auto")
            for (y, x), value in np.ndenumerate(grid.to_numpy()):
                if value:
                    ax.text(x, y, int(value), ha="center", va="center", fontsize=7, color="white" if value > vmax / 2 else "black")
            ax.set_title(f"{outlet}: {voice} voice", fontsize=10, loc="left")
            ax.set_yticks(range(len(actors)), actors, fontsize=8)
            ax.set_xticks(range(len(categories)), categories, rotation=60, ha="right", fontsize=8)
            ax.spines[["left", "bottom"]].set_visible(False)
        axes[r][0].set_ylabel("actor")
    for ax in axes[-1]:
        ax.set_xlabel("label category (number of mentions in the body)")
    fig.suptitle(label_title(counts).replace(" in the outlet's own words: ", " in the outlet's own words:\n"), x=0.01, ha="left", fontsize=10, fontweight="bold")
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    save_figure(fig, counts, name, figures_dir, source)
    return fig


def plot_stance_rates(rates: pd.DataFrame, figures_dir: str | Path, source: str, name: str = "framing_stance_rates"):
    """Draw stance markers per 1,000 words: one panel per voice, one bar per outlet and kind; save and return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, outlet_colors, save_figure

    apply_style()
    outlets = sorted(rates["outlet"].unique())
    kinds = [k for k in STANCE_KINDS if k in set(rates["kind"])]
    colors = outlet_colors(outlets)
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.45 * len(kinds) * max(1, len(outlets) / 2) + 2), sharey=True)
    height = 0.8 / len(outlets)
    for ax, voice in zip(axes, VOICES):
        for n, outlet in enumerate(outlets):
            sub = rates[(rates["outlet"] == outlet) & (rates["voice"] == voice)].set_index("kind").reindex(kinds)
            ys = np.arange(len(kinds)) + n * height
            ax.barh(ys, sub["per_1000_words"].fillna(0), height=height, color=colors[outlet], hatch="//" if voice == "quoted" else "", edgecolor="white", label=f"{outlet} ({int(sub['words'].iat[0])} words)")
        ax.set_yticks(np.arange(len(kinds)) + 0.4 - height / 2, kinds)
        ax.invert_yaxis()
        ax.set_title(f"{voice} voice", fontsize=10)
        ax.set_xlabel("per 1,000 words in this voice")
        ax.legend(fontsize=8, loc="lower right")
    outlet_voice = rates[(rates["voice"] == "outlet") & rates["kind"].isin(kinds)]
    if outlet_voice["count"].sum():
        top = outlet_voice.sort_values(["per_1000_words", "outlet", "kind"], ascending=[False, True, True], kind="stable").iloc[0]
        title = f"Highest outlet-voice stance rate: {top['kind']} in {top['outlet']} ({top['per_1000_words']:.1f} per 1,000 words)"
    else:
        title = "No stance markers in the outlets' own words"
    fig.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold")
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    save_figure(fig, rates, name, figures_dir, source)
    return fig


def plot_context(summary: pd.DataFrame, figures_dir: str | Path, source: str, name: str = "framing_context_topics"):
    """Draw the share of body sentences touching each background topic, per outlet; save and return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, outlet_colors, save_figure

    apply_style()
    outlets = sorted(summary["outlet"].unique())
    topics = _ordered(summary["topic"], summary["sentences"])
    colors = outlet_colors(outlets)
    fig, ax = plt.subplots(figsize=(9, 0.4 * len(topics) + 2))
    for n, outlet in enumerate(outlets):
        sub = summary[summary["outlet"] == outlet].set_index("topic").reindex(topics)
        offset = (n - (len(outlets) - 1) / 2) * 0.15
        ax.scatter(sub["share_of_sentences"] * 100, np.arange(len(topics)) + offset, color=colors[outlet], label=outlet, s=45, zorder=3)
    ax.set_yticks(range(len(topics)), topics)
    ax.invert_yaxis()
    ax.grid(axis="x", color="#dddddd", zorder=0)
    ax.set_xlabel("% of the outlet's body sentences that mention the topic")
    ax.legend(fontsize=8)
    tops = []
    for outlet in outlets:
        sub = summary[summary["outlet"] == outlet].sort_values(["share_of_sentences", "topic"], ascending=[False, True], kind="stable")
        if sub["sentences"].iat[0]:
            tops.append(f"{outlet}: {sub['topic'].iat[0]}")
    ax.set_title("Most frequent background topic. " + "; ".join(tops), fontsize=11)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    save_figure(fig, summary, name, figures_dir, source)
    return fig


def plot_tone(summary: pd.DataFrame, figures_dir: str | Path, source: str, name: str = "framing_actor_tone"):
    """Draw mean VADER compound of sentences mentioning each actor, per outlet and voice; save and return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, outlet_colors, save_figure

    apply_style()
    outlets = sorted(summary["outlet"].unique())
    actors = _ordered(summary["actor"], summary["sentences"])
    colors = outlet_colors(outlets)
    fig, ax = plt.subplots(figsize=(9, 0.45 * len(actors) + 2))
    for n, outlet in enumerate(outlets):
        for voice, marker in (("outlet", "o"), ("quoted", "^")):
            sub = summary[(summary["outlet"] == outlet) & (summary["voice"] == voice)].set_index("actor").reindex(actors)
            offset = (n - (len(outlets) - 1) / 2) * 0.18 + (0.06 if voice == "quoted" else -0.06)
            ax.scatter(sub["mean_compound"], np.arange(len(actors)) + offset, color=colors[outlet], marker=marker, facecolors=colors[outlet] if voice == "outlet" else "none", label=f"{outlet}, {voice} voice", s=40, zorder=3)
    ax.axvline(0, color="#888888", lw=0.8)
    ax.set_xlim(-1, 1)
    ax.set_yticks(range(len(actors)), actors)
    ax.invert_yaxis()
    ax.set_xlabel("mean VADER compound score of sentences mentioning the actor (-1 negative, +1 positive)")
    ax.legend(fontsize=7, loc="lower left", bbox_to_anchor=(1.0, 0.0))
    negative = (summary["mean_compound"] < 0).mean() if len(summary) else 0
    positive = (summary["mean_compound"] > 0).mean() if len(summary) else 0
    verdict = "mostly negative" if negative > 0.5 else "mostly positive" if positive > 0.5 else "mixed"
    ax.set_title(f"Sentences naming the actors score {verdict} ({negative:.0%} of actor-voice means below 0, {positive:.0%} above): the words around an actor, not the outlet's judgment of it", fontsize=10, wrap=True)
    fig.tight_layout(rect=(0, 0.03, 1, 1))
    save_figure(fig, summary, name, figures_dir, source)
    return fig
