"""Resolution of one article's speakers to sources, and the side of an affiliation.

A surname goes to the longest earlier name ending in it (:mod:`analysis.sourcing.speakers`);
``he``/``she`` (and ``him``/``her`` after ``according to``) to the nearest earlier person (a
speaker, or a name with a person's title) whose gender agrees (:func:`_nearest_person`);
``it``/``they`` to the subject of the previous sentence, else the last organisation; ``the
statement`` to the last source; a definite description of a body (``the ministry``, ``the port
authority``) to the body's full name in the article (:func:`_definite_description`); a floating
quotation to the speaker of an attribution at most
``FLOATING_LOOKBACK_SENTENCES`` sentences before.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .lexicons import organisation_heads, sides
from .noun_phrases import _subject
from .speakers import _describe, _person_mentions
from .tokens import _is_cap
from .words import OBJECT_PRONOUNS, PRONOUN_GENDER, PRONOUNS, STATEMENT_HEADS

# A floating quotation goes to the speaker of an attribution at most this many sentences before.
FLOATING_LOOKBACK_SENTENCES = 2
DESCRIPTION = ("source", "source_type", "affiliation", "kind")
# Subject and object pronouns that can stand for a speaker ("he said", "according to him").
SPEAKER_PRONOUNS = PRONOUNS | OBJECT_PRONOUNS


class Article(NamedTuple):
    """What resolution reads of one article: raw text, sentence ids in order, their tokens, person
    mentions, and the gender learnt for each source name (filled as pronouns are resolved)."""

    raw: str
    sentence_ids: list[int]
    by_sentence: dict[int, list[dict]]
    mentions: list[dict]
    genders: dict[str, str]


def _resolve(rows: list[dict], raw: str, sentence_ids: list[int], by_sentence: dict[int, list[dict]]) -> list[dict]:
    """Return one article's attribution rows with source, source_type, affiliation, side and flags added."""
    mentions = _person_mentions(sentence_ids, by_sentence)
    article = Article(raw, sentence_ids, by_sentence, mentions, _mention_genders(mentions))
    described: list[dict] = []
    for row in rows:
        toks = [
            t
            for t in by_sentence.get(row["sentence_id"], [])
            if row["speaker_start"] <= t["start"] and t["end"] <= row["speaker_end"]
        ]
        info = _referent(article, row, toks, _describe(raw, toks, article.mentions), described)
        if row["agentless"]:
            info = {
                **info,
                "source": "",
                "source_type": "agentless",
                "affiliation": "unknown",
                "resolved_by": "agentless",
            }
        position = row["speaker_start"] if row["speaker_start"] >= 0 else row["content_start"]
        described.append(
            {**info, "sentence_id": row["sentence_id"], "position": position, "speaker_start": row["speaker_start"]}
        )
    columns = ["source", "source_type", "affiliation", "anonymous", "collective", "resolved_by"]
    out = []
    for row, d in zip(rows, described, strict=False):
        extra = {c: d.get(c, False if c in {"anonymous", "collective"} else "") for c in columns}
        out.append({**row, **extra, "side": _side(extra["affiliation"])})
    return out


def _referent(article: Article, row: dict, toks: list[dict], info: dict, described: list[dict]) -> dict:
    """Return the description of a row's source: ``info`` as written, or that of the referent of a
    floating quotation, a personal pronoun, ``it``/``they`` or ``the statement``."""
    first = toks[0]["norm"] if toks else ""
    is_pronoun = len(toks) == 1 and first in SPEAKER_PRONOUNS
    is_statement = bool(toks) and toks[-1]["norm"] in STATEMENT_HEADS and not any(_is_cap(t) for t in toks[1:])
    if row["mode"] == "floating":
        previous = [
            d for d in described if d["sentence_id"] >= row["sentence_id"] - FLOATING_LOOKBACK_SENTENCES and d["source"]
        ]
        if previous:
            return {**previous[-1], "resolved_by": "floating: previous attribution"}
        return {**info, "resolved_by": "floating: no speaker before"}
    if is_pronoun and SPEAKER_PRONOUNS[first] == "person":
        return _nearest_person(article, row, info, described, PRONOUN_GENDER.get(first, ""))
    if is_pronoun or is_statement:
        target = _previous_subject(article, row["sentence_id"], described) if is_pronoun else None
        if target is None:
            others = [
                d for d in described if d["source"] and not d["anonymous"] and (is_statement or d["kind"] != "person")
            ]
            resolved_by = "statement: last source" if is_statement else "pronoun: last organisation"
            target = {**others[-1], "resolved_by": resolved_by} if others else None
        if target is not None:
            return {
                **info,
                **{k: target[k] for k in (*DESCRIPTION, "collective")},
                "resolved_by": target["resolved_by"],
            }
        return {**info, "source": "", "resolved_by": "unresolved"}
    return _definite_description(article, row, toks, info, described)


def _definite_description(article: Article, row: dict, toks: list[dict], info: dict, described: list[dict]) -> dict:
    """Return ``info`` resolved to the body a definite description refers to, else ``info`` unchanged.

    "the ministry", "the port authority", "the Defense Ministry": ``the``, at most two more words,
    the last an organisation head (``sourcing_organisation_heads.txt``), and no country named. The
    referent (definite-description anaphora, Vieira and Poesio 2000: same head noun) is the most
    recent earlier source whose name's head phrase ends in the description's words, else the
    nearest earlier capitalised name in the text ending in them ("the Westerhaven Port Authority"),
    else the first such name later in the article (a wire lead says "the port authority said"
    before naming it).
    """
    words = [t["norm"] for t in toks]
    if not (
        2 <= len(words) <= 3
        and words[0] == "the"
        and words[-1] in organisation_heads()
        and info["affiliation"] == "unknown"
    ):
        return info
    tail = words[1:]
    for d in reversed(described):
        head_phrase = re.split(r"\s+(?:of|for|on)\s+", d["source"].casefold())[0].split()
        if d["kind"] != "person" and len(head_phrase) > len(tail) and head_phrase[-len(tail) :] == tail:
            return {**info, **{k: d[k] for k in DESCRIPTION}, "resolved_by": "definite description: earlier source"}
    # A capitalised name ending in the description's words, title-cased ("Port Authority").
    # Words of one line only ("[^\S\n]": a space, not a line break).
    tail_pattern = r"[^\S\n]+".join(re.escape(w.capitalize()) for w in tail)
    pattern = re.compile(
        rf"\b((?:[A-Z][\w’'.-]*[^\S\n]+)+{tail_pattern}(?:[^\S\n]+(?:of|for)[^\S\n]+(?:[A-Z][\w’'-]*[^\S\n]?)+)?)"
    )
    here = row["speaker_start"]
    names = [(m.start(), m.group(1).strip()) for m in pattern.finditer(article.raw)]
    names = [(start, re.sub(r"^The\s+", "", name)) for start, name in names if start != here]
    names = [(start, name) for start, name in names if len(name.split()) > len(tail)]
    earlier = [n for n in names if n[0] < here]
    chosen = earlier[-1] if earlier else (names[0] if names else None)
    if chosen is None:
        return info
    resolved_by = "definite description: name in the text"
    return {**info, "source": chosen[1], "kind": "organisation", "resolved_by": resolved_by}


def _mention_genders(mentions: list[dict]) -> dict[str, str]:
    """Return surname -> gender of every mention whose gender is known (the first one found wins)."""
    genders: dict[str, str] = {}
    for mention in mentions:
        if mention["gender"]:
            genders.setdefault(mention["surname"], mention["gender"])
    return genders


def _nearest_person(article: Article, row: dict, info: dict, described: list[dict], gender: str = "") -> dict:
    """Return ``info`` resolved to the nearest earlier person (a speaker or a titled name) who agrees with
    the pronoun's ``gender``.

    Agreement (Hobbs 1978; Lappin and Leass 1994: gender filter, then salience): a person whose
    gender is known (:func:`analysis.sourcing.speakers._gender`, or an earlier pronoun resolved to
    them) and differs is no candidate; a known match is preferred to an unknown gender; among
    those the most recent wins. The person chosen takes the pronoun's gender for later pronouns.
    """
    here = row["speaker_start"]
    candidates = [(d["position"], d) for d in described if d["kind"] == "person" and d["source"]]
    candidates += [
        (
            m["start"],
            {
                "source": m["full"],
                "source_type": m["role"] or "person (untitled)",
                "affiliation": m["affiliation"] or "unknown",
                "kind": "person",
            },
        )
        for m in article.mentions
        if m["titled"] and m["start"] < here
    ]
    candidates = [c for c in candidates if c[0] < here]
    if gender:
        known = [(c, article.genders.get(c[1]["source"].split()[-1], "")) for c in candidates]
        agreeing = [c for c, g in known if g == gender]
        candidates = agreeing or [c for c, g in known if not g]
    if not candidates:
        return {**info, "source": "", "resolved_by": "pronoun: unresolved"}
    best = max(candidates, key=lambda c: c[0])[1]
    if gender:
        article.genders.setdefault(best["source"].split()[-1], gender)
    return {**info, **{k: best[k] for k in DESCRIPTION}, "resolved_by": "pronoun: nearest earlier person"}


def _previous_subject(article: Article, sentence_id: int, described: list[dict]) -> dict | None:
    """Return the description of the previous sentence's subject when it can be the referent of 'it'/'they'."""
    earlier = [sid for sid in article.sentence_ids if sid < sentence_id]
    if not earlier:
        return None
    previous_id = int(earlier[-1])
    toks = article.by_sentence.get(previous_id, [])
    start, end = _subject(toks, len(toks))
    if end <= start:
        return None
    s_char, e_char = toks[start]["start"], toks[end - 1]["end"]
    for d in reversed(described):
        if d["sentence_id"] == previous_id and d["speaker_start"] >= 0 and s_char <= d["speaker_start"] < e_char:
            return {**d, "resolved_by": "pronoun: subject of previous sentence (a speaker)"}
    info = _describe(article.raw, toks[start:end], article.mentions)
    if info["kind"] == "person" or info["affiliation"] == "unknown" and info["source_type"] in {"unknown", ""}:
        return None
    return {**info, "resolved_by": "pronoun: subject of previous sentence"}


def _side(affiliation: str) -> str:
    """Return the side(s) of the story of an affiliation ("; "-joined countries), "other/unknown" for none."""
    table = sides()
    names = [
        table.get(a.strip(), "other/unknown") for a in affiliation.split(";") if a.strip() and a.strip() != "unknown"
    ]
    unique = list(dict.fromkeys(names))
    return "; ".join(unique) if unique else "other/unknown"
