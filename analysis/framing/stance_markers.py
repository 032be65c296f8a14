"""Epistemic stance: where the text distances itself from a claim, hedges, boosts or judges (:func:`stance`).

One function per rule, each returning spans of words (first, last+1, kind, detail):

* :func:`quotation_rows`: short quotations as scare quotes, partial quotations or quoted names;
* :func:`event_spans`: event nouns ("attack") with an actor inside the phrase
  (``event_agent``), a hedging qualifier (``event_hedged``) or a fabrication
  qualifier (``event_fabrication``), from ``framing_event_terms.csv``;
* :func:`so_called_spans`: "so-called" / "so called";
* :func:`distancing_spans`: distancing verbs and nouns of ``framing_cues.csv`` (claim, allege);
* :func:`lexicon_spans`: hedges and boosters (a Hyland 2005 subset) and evaluative words.

A word already read as an event qualifier, "so-called" or a distancing word
is not read again by the later rules.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..lexicon import PACKAGE_CODEBOOKS, Codebooks
from ..study import Study
from ..voices import three_voices
from .arrays import article_codes, span_words, table_of
from .codebooks import Lexicon, build_lexicon, default_lexicon, expression_tokens, read_codebook
from .labels import default_modifier_matcher, mentions
from .matching import match_index
from .word_index import WordIndex, word_index

STANCE_COLUMNS = ["article_id", "part", "sentence_id", "start", "end", "text", "kind", "detail", "voice"]
STANCE_KINDS = [
    "scare_quote",
    "so_called",
    "distancing",
    "hedge",
    "booster",
    "evaluative",
    "event_agent",
    "event_hedged",
    "event_fabrication",
]
# A quotation of at most this many words may be a scare quote; longer ones are quotations.
MAX_SCARE_WORDS = 4
# How far left of an event noun its pre-modifiers are looked for ("regime chemical weapons attack").
EVENT_PREMODIFIER_WINDOW = 6
# How many words after "by" an event's agent may start ("an assault by the Syrian regime").
BY_AGENT_WINDOW = 3
LEXICON_KINDS = {
    "hedge": "framing_hedges.csv",
    "booster": "framing_boosters.csv",
    "evaluative": "framing_evaluative.csv",
}

Span = tuple[int, int, str, str]  # (first word, last word + 1, kind, detail)


class StanceCodebooks(NamedTuple):
    """The look-ups of the stance rules, from ``framing_cues.csv`` and ``framing_event_terms.csv``."""

    cue_words: frozenset[str]  # every reporting cue
    distancing_words: frozenset[str]  # the cues of type "distancing"
    event_lexicon: Lexicon  # event nouns
    qualifier_lexicon: Lexicon  # hedging and fabrication qualifiers of event nouns
    premodifiers: frozenset[str]  # other words that may stand before an event noun ("chemical")


@cache
def stance_codebooks(codebooks: Codebooks = PACKAGE_CODEBOOKS) -> StanceCodebooks:
    """Return the stance rules' codebook look-ups, with the event terms of the study's ``codebooks``
    (built once per codebooks folder)."""
    cues = read_codebook("framing_cues.csv")
    events = codebooks.table("framing_event_terms.csv")
    premodifiers = events.loc[events["kind"] == "premodifier", "expression"]
    return StanceCodebooks(
        frozenset(cues["word"].str.lower()),
        frozenset(cues.loc[cues["type"] == "distancing", "word"].str.lower()),
        build_lexicon(events[events["kind"] == "event_noun"]),
        build_lexicon(events[events["kind"].isin(["hedged", "fabrication"])]),
        frozenset(expression_tokens(e)[0][0] for e in premodifiers),
    )


# ------------------------------------------------------------- quotations


def _short_quotes(study: Study, ix: WordIndex) -> dict | None:
    """Return the quotations of the index's body articles as columns grouped by article (table order within one),
    with their words ``lo``..``hi``-1 and the offsets of the parents of nested quotes; None if there are none."""
    code_of = {a: c for c, a in enumerate(ix.article_ids)}
    arts = article_codes(study.quotes["article_id"], code_of)
    chosen = np.isin(arts, np.unique(ix.art[ix.body]))
    quotes, arts = study.quotes[chosen], arts[chosen]
    if quotes.empty:
        return None
    order = np.argsort(arts, kind="stable")
    arts = arts[order]
    q_start, q_end = quotes["start"].to_numpy(dtype=np.int64)[order], quotes["end"].to_numpy(dtype=np.int64)[order]
    depths = quotes["depth"].to_numpy()[order].tolist()
    parents = quotes["parent_quote_id"].to_numpy(dtype=object)[order].tolist()
    # A quotation lies within one body segment, so its words are body words.
    lo, hi = ix.locate(arts, q_start, q_end)
    # Offsets of the quotes that are parents of nested quotes (the only ones looked up).
    quote_ids = quotes["quote_id"].to_numpy(dtype=np.int64)[order]
    parent_keys = [
        int(arts[n]) * (1 << 32) + int(p)
        for n, (d, p) in enumerate(zip(depths, parents, strict=True))
        if d >= 2 and pd.notna(p)
    ]
    looked_up = np.flatnonzero(np.isin(arts * (1 << 32) + quote_ids, np.asarray(parent_keys, dtype=np.int64)))
    span_of = {(int(arts[n]), int(quote_ids[n])): (int(q_start[n]), int(q_end[n])) for n in looked_up.tolist()}
    return {
        "arts": arts,
        "start": q_start,
        "end": q_end,
        "depth": depths,
        "parent": parents,
        "lo": lo,
        "hi": hi,
        "span_of": span_of,
    }


def _is_full_sentence(text: str) -> bool:
    """Return whether a quotation's text is a whole sentence: a capital first letter and a final ``.``, ``!``
    or ``?`` inside the marks ("It is wholly untrue."), unlike a scare-quoted phrase ("moderate opposition")."""
    stripped = text.strip()
    return len(stripped.split()) >= 2 and stripped[:1].isupper() and stripped[-1:] in {".", "!", "?"}


def quotation_rows(study: Study, ix: WordIndex, cue_words: set[str]) -> list[tuple]:
    """Return stance rows of short quotations: partial quotation, quoted name or scare quote.

    A quote of at most ``MAX_SCARE_WORDS`` words is a *partial quotation*
    when its sentence holds a reporting cue outside the quote (for a nested
    quote: inside its parent quote, i.e. in the source's own words); a
    *quoted name* when every word is capitalised; otherwise a *scare quote*,
    in the voice of whoever set the marks (outlet for top-level quotes, the
    quoted source for nested ones). A quote with no cue that is a whole sentence
    (:func:`_is_full_sentence`) is a speaker's quotation, not a stance marker: no row.
    """
    q = _short_quotes(study, ix)
    if q is None:
        return []
    lo, hi = q["lo"], q["hi"]
    cue_array = ix.where(cue_words)
    cue_at = cue_array.tolist()  # words that are reporting cues, ascending
    cue_start, cue_end = ix.start[cue_array].tolist(), ix.end[cue_array].tolist()
    rows = []
    for n in np.flatnonzero((hi - lo > 0) & (hi - lo <= MAX_SCARE_WORDS)).tolist():
        first, last = int(lo[n]), int(hi[n])  # the quote's words
        a, start, end = int(q["arts"][n]), int(q["start"][n]), int(q["end"][n])
        depth, parent = q["depth"][n], q["parent"][n]
        # The sentence's cues: a slice of cue_at, in which offsets ascend.
        c_lo, c_hi = bisect_left(cue_at, int(ix.lo[first])), bisect_left(cue_at, int(ix.hi[first]))
        if depth >= 2 and pd.notna(parent):
            # Only cues inside the parent quote: a sub-slice, as starts and ends ascend.
            p_start, p_end = q["span_of"][(a, int(parent))]
            c_lo, c_hi = bisect_left(cue_start, p_start, c_lo, c_hi), bisect_right(cue_end, p_end, c_lo, c_hi)
        idx = _nearest_cue_candidates(cue_at, c_lo, c_hi, first, last)
        if not idx and _is_full_sentence(ix.raws[a][start:end]):
            continue  # "“It is wholly untrue.” ...": a speaker's sentence, not marks set by the outlet
        if idx:
            # The cue nearest to the quote (the first one on ties).
            distance = [min(abs(int(ix.start[k]) - end), abs(start - int(ix.end[k]))) for k in idx]
            kind, detail = "partial_quotation", f"cue: {ix.norms[idx[distance.index(min(distance))]]}"
        elif all(t[:1].isupper() or not t[:1].isalpha() for t in ix.texts[first:last]):
            kind, detail = "quoted_name", "every word capitalised"
        else:
            kind, detail = "scare_quote", "no reporting cue in the sentence"
        voice = "outlet" if depth == 1 else "quoted"
        sentence_id = int(ix.sentence_id[first])
        rows.append((ix.article_ids[a], "body", sentence_id, start, end, ix.raws[a][start:end], kind, detail, voice))
    return rows


def _nearest_cue_candidates(cue_at: list[int], c_lo: int, c_hi: int, first: int, last: int) -> list[int]:
    """Return the cues of ``cue_at[c_lo:c_hi]`` outside the quote's words ``first``..``last``-1 that can be nearest
    to it: the last two before it and the first two after it, ascending.

    A quote's words start at or after its start and end at or before its end
    (``WordIndex.locate``), so of the cues before it all but the last end before
    the quote starts, and their distance to it grows the further left they lie;
    after it, all but the first start after its end. The nearest cue (the
    first on ties) is therefore among these four, which keeps the rule linear
    where a sentence holds thousands of quotes and cues.
    """
    before, after = bisect_left(cue_at, first, c_lo, c_hi), bisect_left(cue_at, last, c_lo, c_hi)
    return cue_at[max(c_lo, before - 2) : before] + cue_at[after : min(c_hi, after + 2)]


# ------------------------------------------------------------- event nouns


def actor_words(ix: WordIndex, mention_table: pd.DataFrame) -> dict[int, str]:
    """Return word index -> actor, for the words of each mention that lies within one sentence.

    A later mention overrides an earlier one on the same word.
    """
    code_of = {a: c for c, a in enumerate(ix.article_ids)}
    m_art = article_codes(mention_table["article_id"], code_of)
    known = m_art >= 0
    if not known.any() or not len(ix):
        return {}
    arts = m_art[known]
    m_start = mention_table["start"].to_numpy(dtype=np.int64)[known]
    m_end = mention_table["end"].to_numpy(dtype=np.int64)[known]
    actors = mention_table["actor"].to_numpy(dtype=object)[known]
    first, last = ix.locate(arts, m_start, m_end)
    at = np.minimum(first, len(ix) - 1)
    inside = (first < last) & (ix.art[at] == arts)
    inside &= (m_start >= ix.start[ix.lo[at]]) & (m_end <= ix.end[ix.hi[at] - 1])
    first, last, actors = first[inside], last[inside], actors[inside]
    return dict(zip(span_words(first, last).tolist(), np.repeat(actors, last - first).tolist(), strict=True))


def _premodifier_start(ix: WordIndex, i: int, is_premodifier: Callable[[int], bool]) -> int:
    """Return the first word of the event noun phrase ending at word ``i``: the walk goes left over joined
    pre-modifiers only, at most :data:`EVENT_PREMODIFIER_WINDOW` words."""
    u_lo, first, k = int(ix.lo[i]), i, i - 1
    while k >= u_lo and i - k <= EVENT_PREMODIFIER_WINDOW and ix.gap[k] and is_premodifier(k):
        first = k
        k -= 1
    return first


def _by_agent_span(ix: WordIndex, actor_at: dict[int, str], first: int, j: int) -> Span | None:
    """Return the event_agent span of an actor named in a by-phrase after the event noun ending before word ``j``."""
    u_hi = int(ix.hi[j - 1])
    if not (j < u_hi and ix.norms[j] == "by"):
        return None
    post = [q for q in range(j + 1, min(j + 1 + BY_AGENT_WINDOW, u_hi)) if q in actor_at]
    if not post:
        return None
    last = post[0]
    while last + 1 < u_hi and actor_at.get(last + 1) == actor_at[post[0]]:
        last += 1
    return (first, last + 1, "event_agent", "agent: " + actor_at[post[0]] + " (by-phrase)")


def event_spans(ix: WordIndex, actor_at: dict[int, str], books: StanceCodebooks, used: set[int]) -> list[Span]:
    """Return the event-noun spans: ``event_agent`` (an actor inside the noun phrase or in a by-phrase after it:
    responsibility presupposed), ``event_hedged`` and ``event_fabrication`` (a qualifier inside the phrase).

    The qualifiers' words are added to ``used``.
    """
    is_modifier = default_modifier_matcher()
    qualifiers = {i: (j, row) for i, j, row in match_index(ix, books.qualifier_lexicon)}
    inside_qualifier = {k for q, (qj, _) in qualifiers.items() for k in range(q, qj)}
    modifier_of: dict[str, bool] = {}

    def is_premodifier(k: int) -> bool:
        """Return whether word ``k`` is an actor, a qualifier, a sponsor adjective or a listed pre-modifier."""
        norm = ix.norms[k]
        if norm not in modifier_of:
            modifier_of[norm] = bool(is_modifier(norm))
        return (
            k in qualifiers or k in actor_at or norm in books.premodifiers or modifier_of[norm] or k in inside_qualifier
        )

    spans: list[Span] = []
    for i, j, _ in match_index(ix, books.event_lexicon):
        if i > int(ix.lo[i]) and ix.norms[i - 1] == "to":  # an infinitive ("to attack"), not an event noun
            continue
        first = _premodifier_start(ix, i, is_premodifier)
        agents = sorted({actor_at[q] for q in range(first, i) if q in actor_at})
        if agents:
            spans.append((first, j, "event_agent", "agent: " + ", ".join(agents)))
        by_agent = _by_agent_span(ix, actor_at, first, j)
        if by_agent:
            spans.append(by_agent)
        for q in range(first, i):
            if q in qualifiers:
                qj, row = qualifiers[q]
                kind = "event_hedged" if row["kind"] == "hedged" else "event_fabrication"
                spans.append((q, j, kind, f"qualifier: {ix.raws[ix.art[q]][ix.start[q] : ix.end[qj - 1]]}"))
                used.update(range(q, qj))
    return spans


# ------------------------------------------------------------- words


def so_called_spans(ix: WordIndex, used: set[int]) -> list[Span]:
    """Return the "so-called" and "so called" spans; their first words are added to ``used``."""
    spans = []
    candidates = ix.where({"so-called", "so"})
    for i, u_hi in zip(candidates.tolist(), ix.hi[candidates].tolist(), strict=True):
        norm = ix.norms[i]
        if norm == "so-called" or (norm == "so" and i + 1 < u_hi and ix.norms[i + 1] == "called"):
            spans.append((i, i + (1 if norm == "so-called" else 2), "so_called", ""))
            used.add(i)
    return spans


def distancing_spans(ix: WordIndex, distancing_words: frozenset[str], used: set[int]) -> list[Span]:
    """Return the distancing verbs and nouns not already read by an earlier rule; they are added to ``used``."""
    spans = []
    for i in ix.where(distancing_words).tolist():
        if i not in used:
            spans.append((i, i + 1, "distancing", f"verb/noun: {ix.norms[i]}"))
            used.add(i)
    return spans


def lexicon_spans(ix: WordIndex, used: set[int]) -> list[Span]:
    """Return the hedges, boosters and evaluative words (with their polarity) that overlap no word in ``used``."""
    spans = []
    for kind, name in LEXICON_KINDS.items():
        for i, j, row in match_index(ix, default_lexicon(name)):
            if used and used.intersection(range(i, j)):
                continue
            spans.append((i, j, kind, row.get("polarity", "") if kind == "evaluative" else ""))
    return spans


def stance(
    study: Study,
    words: pd.DataFrame | None = None,
    mention_table: pd.DataFrame | None = None,
    index: WordIndex | None = None,
) -> pd.DataFrame:
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
    books = stance_codebooks(study.codebooks)
    rows = quotation_rows(study, ix, books.cue_words)
    used: set[int] = set()  # words already read by a rule, in rule order
    spans = event_spans(ix, actor_words(ix, mention_table), books, used)
    spans += so_called_spans(ix, used)
    spans += distancing_spans(ix, books.distancing_words, used)
    spans += lexicon_spans(ix, used)
    # Duplicate rows dropped on their keys: a span's row is fixed by its words, kind and detail
    # (quotation rows and spans never share a kind).
    rows, spans = list(dict.fromkeys(rows)), list(dict.fromkeys(spans))
    if rows:
        # The quotation rule names the voice of whoever set the marks as outside ("outlet") or inside
        # ("quoted") a top-level quote; marks set inside an attribution's content are paraphrase.
        # Only the voice changes: the rows keep their values, without a round trip through a DataFrame
        # (stance of 500 bench articles, measured: 0.32 -> 0.28 CPU s per 1,000 articles).
        where = pd.DataFrame([(row[0], row[3], row[-1]) for row in rows], columns=["article_id", "start", "voice"])
        voices = three_voices(where, study.attributions).tolist()
        rows = [(*row[:-1], voice) for row, voice in zip(rows, voices, strict=True)]
    columns = ix.spans([s[0] for s in spans], [s[1] for s in spans])
    columns.update(kind=[s[2] for s in spans], detail=[s[3] for s in spans])
    if rows and spans:
        table = pd.concat(
            [pd.DataFrame(rows, columns=STANCE_COLUMNS), table_of(columns, STANCE_COLUMNS)], ignore_index=True
        )
    else:
        table = pd.DataFrame(rows, columns=STANCE_COLUMNS) if rows else table_of(columns, STANCE_COLUMNS)
    return table.sort_values(["article_id", "start", "end", "kind"], kind="stable").reset_index(drop=True)
