"""Actor labels: which words each outlet uses to name the actors (:func:`mentions`, :func:`label_counts`).

Expressions of ``framing_actors.csv`` are matched on token norms, longest
first, within a sentence; the label category of each expression comes from the
codebook (``framing_labels.csv`` describes the categories). Two rules refine
the matches: the place rule (a country or capital after a place word is a
place, not an actor) and the merging of adjacent parts of one name.
Sponsor and evaluative adjectives left of a mention (``framing_modifiers.csv``)
are kept as its ``modifier``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

import numpy as np
import pandas as pd

from ..segmentation.dateline_grammar import agency_dateline, place_connectors
from ..study import Study
from ..text import normalise_token
from .arrays import covered, table_of
from .codebooks import build_lexicon, read_codebook, study_lexicon, word_set
from .matching import Match, match_index
from .rates import with_outlet
from .word_index import WordIndex, word_index

MENTION_COLUMNS = [
    "article_id",
    "part",
    "sentence_id",
    "start",
    "end",
    "text",
    "actor",
    "entity",
    "label_category",
    "modifier",
    "voice",
    "expression",
]
# A country or capital name after one of these words is a place, not an actor
# ("in Syria", "a visit to Moscow", "the capital Damascus").
PLACE_WORDS = word_set("framing_place_words.txt")
PLACE_CATEGORIES = {"country_name", "capital_metonymy"}
# Direction words skipped when looking for a place word ("in northern Syria").
DIRECTION_WORDS = word_set("framing_direction_words.txt")
# How many words a place's name may have between its place word and the comma before its country
# ("in Jisr al-Shughur, Syria").
MAX_PLACE_NAME_WORDS = 3
# A dateline-form prefix is at most 12 tokens (dateline_grammar.MAX_DATELINE_TOKENS), each a word or an agency
# of at most 60 characters in parentheses: a word further than this from its line's start lies outside it.
MAX_DATELINE_CHARS = 800
# How many words left of a mention are searched for modifiers ("so-called moderate rebels").
MODIFIER_WINDOW = 4


def _modifier_matcher(modifiers: pd.DataFrame) -> Callable[[str], bool]:
    """Return a test of whether a norm is a modifier: a plain pattern of the codebook, or a ``re:`` pattern."""
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


@cache
def default_modifier_matcher() -> Callable[[str], bool]:
    """Return the modifier test of the shipped ``framing_modifiers.csv`` (built once)."""
    return _modifier_matcher(read_codebook("framing_modifiers.csv"))


def _is_place(index: WordIndex, i: int, first: int) -> bool:
    """Return whether the name at word ``i`` follows a place word in its sentence (from word ``first``), skipping
    direction words."""
    k = i - 1
    while k >= first and index.norms[k] in DIRECTION_WORDS:
        k -= 1
    return k >= first and index.norms[k] in PLACE_WORDS


def _qualifies_place(ix: WordIndex, i: int, j: int, first: int) -> bool:
    """Return whether the name at words ``i``..``j``-1 is the country or capital qualifying a place named just
    before it after a place word ("in Idlib, Syria.", "near Port Veno, Russia, on Monday").

    The class: a place word, a capitalised name of up to :data:`MAX_PLACE_NAME_WORDS` words, a comma, the name,
    then the sentence's end or a comma and a lower-case word or figure. A name followed by a word of its own
    clause ("in Idlib, Russia said") is the clause's subject, and one followed by a comma and a name ("in Idlib,
    Russia, Turkey and Iran agreed") a list's: actors, they stay.
    """
    raw = ix.raws[ix.art[i]]
    if i - 1 < first or raw[ix.end[i - 1] : ix.start[i]].strip() != ",":
        return False
    if j < ix.hi[i] and not (raw[ix.end[j - 1] : ix.start[j]].strip() == "," and not ix.texts[j][:1].isupper()):
        return False
    k = i - 1
    while k > first and i - k <= MAX_PLACE_NAME_WORDS and _name_word(ix.texts[k]):
        if _is_place(ix, k, first):
            return True
        if raw[ix.end[k - 1] : ix.start[k]] != " ":
            return False
        k -= 1
    return False


def _name_word(text: str) -> bool:
    """Return whether ``text`` may stand in a place's name: a capitalised word or a particle ("al-Shughur")."""
    return text[:1].isupper() or text.split("-", 1)[0].casefold() in place_connectors()


def _dateline_end(raw: str, offset: int, ends: dict[int, int]) -> int:
    """Return the offset where the dateline-form prefix of the line holding ``offset`` ends (the line's start when
    the line opens with none), read once per line into ``ends`` (keyed by the line's start).

    A line opened by a place and a date or an agency closed by a dash or colon ("KELMORA, Dravia - MAY 4:",
    "Port Veno (Agency) -") says where it was written or a picture was taken: the page's own dateline, and
    likewise every later caption of a picture story, every entry of a roundup or a brief filed from elsewhere.
    The prefix is read by the page dateline's grammar (:func:`.dateline_grammar.agency_dateline`), so the
    lines it takes are the lines a dateline is taken from; a bare "PLACE:" (a heading's) is not one.
    """
    window = max(offset - MAX_DATELINE_CHARS, 0)
    line_start = raw.rfind("\n", window, offset) + 1
    if line_start == 0 and window > 0:
        # No line starts within a dateline's reach: the word is deep in a long paragraph (the search stays
        # bounded, so a paragraph of many names costs linear time).
        return 0
    if line_start not in ends:
        line_end = raw.find("\n", line_start)
        found = agency_dateline(raw[line_start : line_end if line_end >= 0 else len(raw)])
        ends[line_start] = line_start + len(found[0]) if found else line_start
    return ends[line_start]


def _in_dateline(ix: WordIndex, i: int, ends: dict[int, dict[int, int]]) -> bool:
    """Return whether body word ``i`` lies inside its line's dateline-form prefix (:func:`_dateline_end`): a place
    named there is where the line was filed from, not an actor. ``ends`` caches the prefix ends per article code."""
    if not ix.body[i]:
        return False
    article = int(ix.art[i])
    return int(ix.start[i]) < _dateline_end(ix.raws[article], int(ix.start[i]), ends.setdefault(article, {}))


def _merged(ix: WordIndex, matches: list[Match]) -> list[list]:
    """Return [first, last+1, row, sentence's first word] of the matches that are actors, adjacent parts merged.

    The place rule drops country and capital names used as places: after a place word, after a place it
    qualifies (:func:`_qualifies_place`), or inside a line's dateline-form prefix (:func:`_in_dateline`).
    One name in two adjacent parts ("Syrian President" + "Bashar Assad"), or a name and its acronym
    in brackets ("Hay'at Tahrir al-Sham (HTS)"), is one mention.
    """
    firsts = ix.lo[[i for i, _, _ in matches]].tolist() if matches else []
    merged: list[list] = []
    dateline_ends: dict[int, dict[int, int]] = {}
    for (i, j, row), first in zip(matches, firsts, strict=True):
        if row["label_category"] in PLACE_CATEGORIES and (
            _is_place(ix, i, first) or _in_dateline(ix, i, dateline_ends) or _qualifies_place(ix, i, j, first)
        ):
            continue
        last = merged[-1] if merged else None
        same = (
            last
            and last[1] == i
            and last[3] == first
            and last[2]["actor"] == row["actor"]
            and last[2]["label_category"] == row["label_category"]
            and last[2].get("entity", "") == row.get("entity", "")
        )
        if same and set(ix.raws[ix.art[i]][ix.end[i - 1] : ix.start[i]]) <= {" ", "("}:
            last[1] = j
        else:
            merged.append([i, j, row, first])
    return merged


def _modifiers(ix: WordIndex, merged: list[list], is_modifier: Callable[[str], bool]) -> list[str]:
    """Return, per mention, the modifiers found immediately to its left ("; "-joined, in text order).

    The walk goes left over joined words, at most :data:`MODIFIER_WINDOW`, skipping
    other label words. It runs only for mentions whose previous word is joined to
    it and is a modifier or inside a mention (both found as arrays).
    """
    gap, texts = ix.gap, ix.texts
    starts_at = np.asarray([m[0] for m in merged], dtype=np.int64)
    ends_at = np.asarray([m[1] for m in merged], dtype=np.int64)
    firsts_at = np.asarray([m[3] for m in merged], dtype=np.int64)
    in_mention = covered(len(ix), starts_at, ends_at)
    # Modifier test only for the norms of the words left of a mention within the walk's reach.
    near = (starts_at[:, None] - np.arange(1, MODIFIER_WINDOW + 1, dtype=np.int64)).ravel()
    near = near[near >= 0]
    near_codes, at = np.unique(ix.code[near], return_index=True)
    modifier_code = np.zeros(len(ix.code_of), dtype=bool)
    modifier_code[near_codes] = [bool(is_modifier(ix.norms[k])) for k in near[at].tolist()]
    before = np.maximum(starts_at - 1, 0)
    joined_before = np.frombuffer(gap, dtype=bool)[before] if len(before) else np.zeros(0, dtype=bool)
    walk = (starts_at > firsts_at) & joined_before & (modifier_code[ix.code[before]] | in_mention[before])
    found_modifiers = [""] * len(merged)
    for n in np.flatnonzero(walk).tolist():
        i, first = int(starts_at[n]), int(firsts_at[n])
        found, k = [], i - 1
        while k >= first and i - k <= MODIFIER_WINDOW and gap[k]:
            if modifier_code[ix.code[k]]:
                found.append(texts[k])
            elif not in_mention[k]:
                break
            k -= 1
        found_modifiers[n] = "; ".join(reversed(found))
    return found_modifiers


def _close_brackets(study: Study, columns: dict) -> None:
    """Extend, in ``columns``, each mention that opens a bracket to the closing one right after it:
    "Hay'at Tahrir al-Sham (HTS)"."""
    ends = columns["end"].tolist()
    spans = zip(columns["article_id"], columns["start"].tolist(), ends, columns["text"], strict=True)
    for n, (article_id, start, end, text) in enumerate(spans):
        if "(" not in text:
            continue
        raw = study.raw[article_id]
        if raw.count("(", start, end) > raw.count(")", start, end) and raw[end : end + 1] == ")":
            ends[n] = end + 1
            columns["text"][n] = raw[start : end + 1]
    columns["end"] = np.asarray(ends, dtype=np.int64)


def mentions(
    study: Study,
    actors: pd.DataFrame | None = None,
    modifiers: pd.DataFrame | None = None,
    words: pd.DataFrame | None = None,
    index: WordIndex | None = None,
) -> pd.DataFrame:
    """Return one row per actor mention: offsets, actor, label category, modifiers, voice.

    Expressions of ``framing_actors.csv`` are matched on token norms, longest
    first, within a sentence. Country and capital names after a place word
    ("in Syria") are dropped. Adjacent mentions of one actor in one category
    ("Syrian President" + "Bashar Assad") are merged. ``modifier`` lists the
    sponsor/evaluative adjectives found immediately to the left
    (``framing_modifiers.csv``), skipping over other label words.
    """
    lexicon = build_lexicon(actors) if actors is not None else study_lexicon("framing_actors.csv", study.codebooks)
    is_modifier = _modifier_matcher(modifiers) if modifiers is not None else default_modifier_matcher()
    ix = word_index(study, words) if index is None else index
    merged = _merged(ix, match_index(ix, lexicon))
    found_modifiers = _modifiers(ix, merged, is_modifier)
    columns = ix.spans([m[0] for m in merged], [m[1] for m in merged])
    _close_brackets(study, columns)
    rows = [m[2] for m in merged]
    columns.update(
        actor=[r["actor"] for r in rows],
        entity=[r.get("entity", "") for r in rows],
        label_category=[r["label_category"] for r in rows],
        modifier=found_modifiers,
        expression=[r["expression"] for r in rows],
    )
    table = table_of(columns, MENTION_COLUMNS)
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


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
