"""Resolution of one article's speakers to sources, and the side of an affiliation.

A surname goes to the longest earlier name ending in it (:mod:`analysis.sourcing.speakers`);
``he``/``she`` to the nearest earlier person (a speaker, or a name with a person's title);
``it``/``they`` to the subject of the previous sentence, else the last organisation; ``the
statement`` to the last source; a floating quotation to the speaker of an attribution at most
``FLOATING_LOOKBACK_SENTENCES`` sentences before.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from typing import NamedTuple

from .lexicons import sides
from .noun_phrases import _subject
from .speakers import _describe, _person_mentions, _surname_clusters
from .tokens import _is_cap
from .words import PRONOUNS, STATEMENT_HEADS

# A floating quotation goes to the speaker of an attribution at most this many sentences before.
FLOATING_LOOKBACK_SENTENCES = 2
DESCRIPTION = ("source", "source_type", "affiliation", "kind")


class Article(NamedTuple):
    """What resolution reads of one article: raw text, sentence ids in order, their tokens, and its person
    mentions as the look-ups that keep resolution linear in the article's length: ``clusters``, the mentions by
    surname (:func:`analysis.sourcing.speakers._surname_clusters`); ``titled``, the sorted starts of
    titled mentions with the first such mention at each start; ``persons``, (position, index) of the
    person sources described so far, kept sorted.
    """

    raw: str
    sentence_ids: list[int]
    by_sentence: dict[int, list[dict]]
    clusters: dict[str, dict]
    titled: tuple[list[int], dict[int, dict]]
    persons: list[tuple[int, int]]


def _resolve(rows: list[dict], raw: str, sentence_ids: list[int], by_sentence: dict[int, list[dict]]) -> list[dict]:
    """Return one article's attribution rows with source, source_type, affiliation, side and flags added."""
    mentions = _person_mentions(sentence_ids, by_sentence)
    titled: dict[int, dict] = {}
    for m in mentions:
        if m["titled"]:
            titled.setdefault(m["start"], m)
    article = Article(raw, sentence_ids, by_sentence, _surname_clusters(mentions), (sorted(titled), titled), [])
    bounds: dict[int, tuple[list[int], list[int]]] = {}  # sentence id -> its token starts and ends
    described: list[dict] = []
    for row in rows:
        sentence_toks = by_sentence.get(row["sentence_id"], [])
        if row["sentence_id"] not in bounds:
            bounds[row["sentence_id"]] = ([t["start"] for t in sentence_toks], [t["end"] for t in sentence_toks])
        starts, ends = bounds[row["sentence_id"]]
        # The speaker's tokens: starts and ends ascend, so they are one slice.
        toks = sentence_toks[bisect_left(starts, row["speaker_start"]) : bisect_right(ends, row["speaker_end"])]
        info = _referent(article, row, toks, _describe(raw, toks, article.clusters), described)
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
        if info["kind"] == "person" and info["source"]:
            insort(article.persons, (position, len(described) - 1))
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
    is_pronoun = len(toks) == 1 and first in PRONOUNS
    is_statement = bool(toks) and toks[-1]["norm"] in STATEMENT_HEADS and not any(_is_cap(t) for t in toks[1:])
    if row["mode"] == "floating":
        # Rows come in sentence order: the look-back stops at the first row of an earlier sentence than the window.
        previous = None
        for d in reversed(described):
            if d["sentence_id"] < row["sentence_id"] - FLOATING_LOOKBACK_SENTENCES:
                break
            if d["source"]:
                previous = d
                break
        if previous is not None:
            return {**previous, "resolved_by": "floating: previous attribution"}
        return {**info, "resolved_by": "floating: no speaker before"}
    if is_pronoun and PRONOUNS[first] == "person":
        return _nearest_person(article, row, info, described)
    if is_pronoun or is_statement:
        target = _previous_subject(article, row["sentence_id"], described) if is_pronoun else None
        if target is None:
            last = next(
                (
                    d
                    for d in reversed(described)
                    if d["source"] and not d["anonymous"] and (is_statement or d["kind"] != "person")
                ),
                None,
            )
            resolved_by = "statement: last source" if is_statement else "pronoun: last organisation"
            target = {**last, "resolved_by": resolved_by} if last is not None else None
        if target is not None:
            return {
                **info,
                **{k: target[k] for k in (*DESCRIPTION, "collective")},
                "resolved_by": target["resolved_by"],
            }
        return {**info, "source": "", "resolved_by": "unresolved"}
    return info


def _nearest_person(article: Article, row: dict, info: dict, described: list[dict]) -> dict:
    """Return ``info`` resolved to the nearest earlier person: a speaker or a titled name."""
    here = row["speaker_start"]
    # The nearest earlier described person (the first described at that position) and the nearest earlier
    # titled mention (the first at its start), by binary search; a described person wins a tie.
    persons = article.persons
    i = bisect_left(persons, (here,))
    person = described[persons[bisect_left(persons, (persons[i - 1][0],))][1]] if i else None
    starts, first_at = article.titled
    j = bisect_left(starts, here)
    mention = first_at[starts[j - 1]] if j else None
    if person is None and mention is None:
        return {**info, "source": "", "resolved_by": "pronoun: unresolved"}
    if mention is None or person is not None and person["position"] >= mention["start"]:
        best = person
    else:
        best = {
            "source": mention["full"],
            "source_type": mention["role"] or "person (untitled)",
            "affiliation": mention["affiliation"] or "unknown",
            "kind": "person",
        }
    return {**info, **{k: best[k] for k in DESCRIPTION}, "resolved_by": "pronoun: nearest earlier person"}


def _previous_subject(article: Article, sentence_id: int, described: list[dict]) -> dict | None:
    """Return the description of the previous sentence's subject when it can be the referent of 'it'/'they'."""
    # Sentence ids ascend in text order.
    at = bisect_left(article.sentence_ids, sentence_id)
    if not at:
        return None
    previous_id = int(article.sentence_ids[at - 1])
    toks = article.by_sentence.get(previous_id, [])
    start, end = _subject(toks, len(toks))
    if end <= start:
        return None
    s_char, e_char = toks[start]["start"], toks[end - 1]["end"]
    for d in reversed(described):
        if d["sentence_id"] < previous_id:
            break  # rows come in sentence order: none earlier is in the previous sentence
        if d["sentence_id"] == previous_id and d["speaker_start"] >= 0 and s_char <= d["speaker_start"] < e_char:
            return {**d, "resolved_by": "pronoun: subject of previous sentence (a speaker)"}
    info = _describe(article.raw, toks[start:end], article.clusters)
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
