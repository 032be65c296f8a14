"""Headline framing: does the headline assert its claim or attribute it, where, and by which device.

:func:`classify_headline` applies four attribution rules in order (one function
each): a front colon label ("Russia: ..."), an end attribution (", Russia
claims"), a front reporting verb ("Russia claims rebels ..."), "according to
X"; a headline none of them fits is asserted. Reporting verbs come from
``framing_cues.csv``; the words that make a colon label a source or a rubric
are the word lists ``framing_headline_source_nouns.txt`` and
``framing_headline_rubric_words.txt``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

import pandas as pd

from ..study import Study
from ..text import WORD_TOKEN, normalise_token, tokenize
from .arrays import values_of
from .codebooks import Lexicon, read_codebook, study_lexicon, word_set
from .labels import mentions

HEADLINE_COLUMNS = [
    "article_id",
    "start",
    "end",
    "text",
    "claim",
    "attribution",
    "placement",
    "device",
    "attributed_to",
    "verb",
    "labels",
]
FRONT_COLON = re.compile(r"^(?P<src>[^:]{1,60}?)\s*:\s+(?P<claim>.+)$")
END_VERB = re.compile(
    r"^(?P<claim>.+?),?\s+"
    r"(?:(?P<src1>[\w .’'\-]{1,60}?)\s+(?P<verb1>{verbs})|(?P<verb2>{verbs})\s+(?P<src2>[\w .’'\-]{1,60}?))\s*$"
)
# The source must start with a capital; the verb may be in Title Case ("Russia Claims ...").
FRONT_VERB = re.compile(r"^(?P<src>[A-Z][\w .’'\-]{0,60}?)\s+(?P<verb>(?i:{verbs}))\s+(?:(?i:that)\s+)?(?P<claim>.+)$")
ACCORDING = re.compile(r"(?i)\baccording to\s+(?P<src>[\w .’'\-]{1,60})")
QUOTED_WORD = re.compile(r"[“”\"‘’]\w|\w[“”\"]")
# Words before a headline colon that announce a rubric or a topic, not a source.
RUBRIC_WORDS = word_set("framing_headline_rubric_words.txt")
# Nouns that make the words before a colon a source ("Defence ministry: ...", "UN envoy: ...").
SOURCE_NOUNS = word_set("framing_headline_source_nouns.txt")
# Words before a colon beyond which the label is a phrase of the claim, not a source.
MAX_SOURCE_LABEL_WORDS = 5


def _verb_alternation(cues: pd.DataFrame) -> str:
    """Return the regular-expression alternation of the cue words, longest first."""
    words = sorted(set(cues["word"].str.lower()), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=8)
def _verb_patterns(verbs: str) -> tuple[re.Pattern, re.Pattern]:
    """Return the compiled end and front reporting-verb patterns for a verb alternation."""
    end_verb = re.compile(END_VERB.pattern.replace("{verbs}", verbs), flags=re.IGNORECASE)
    return end_verb, re.compile(FRONT_VERB.pattern.replace("{verbs}", verbs))


def _is_source_label(label: str, actors: Lexicon) -> bool:
    """Return whether the words before a headline colon name a source (an actor of the ``actors`` lexicon,
    a title, or a name)."""
    surface = [w for w in tokenize(label) if WORD_TOKEN.search(w)]
    words = [normalise_token(w) for w in surface]
    if not words or len(words) > MAX_SOURCE_LABEL_WORDS or any(w in RUBRIC_WORDS for w in words):
        return False
    if tuple(words) in actors or words[-1] in SOURCE_NOUNS:
        return True
    # A name: every word capitalised ("Lavrov", "Sergei Lavrov").
    return all(w[:1].isupper() for w in surface)


def _colon_rule(text: str, actors: Lexicon) -> dict | None:
    """Return the reading of a front colon label: a source ("Russia: ...") or a topic ("Syria war: ...")."""
    colon = FRONT_COLON.match(text)
    if not colon:
        return None
    if not _is_source_label(colon.group("src"), actors):
        return {"claim": colon.group("claim"), "device": "colon topic label"}
    source = colon.group("src").strip()
    return {
        "claim": colon.group("claim"),
        "attribution": "attributed",
        "placement": "front",
        "device": "colon label",
        "attributed_to": source,
    }


def _end_verb_rule(text: str, end_verb: re.Pattern) -> dict | None:
    """Return the reading of an end attribution (", Russia claims" / ", says Russia"), which needs a comma."""
    end = end_verb.match(text) if "," in text else None
    if not end:
        return None
    verb = end.group("verb1") or end.group("verb2")
    source = end.group("src1") or end.group("src2")
    return {
        "claim": end.group("claim").rstrip(","),
        "attribution": "attributed",
        "placement": "end",
        "device": "reporting verb",
        "attributed_to": source.strip(),
        "verb": verb.lower(),
    }


def _front_verb_rule(text: str, front_verb: re.Pattern) -> dict | None:
    """Return the reading of a front reporting verb ("Russia claims rebels ...")."""
    front = front_verb.match(text)
    if not front:
        return None
    return {
        "claim": front.group("claim"),
        "attribution": "attributed",
        "placement": "front",
        "device": "reporting verb",
        "attributed_to": front.group("src").strip(),
        "verb": front.group("verb").lower(),
    }


def _according_rule(text: str) -> dict | None:
    """Return the reading of "according to X" anywhere in the headline (the claim is the whole headline)."""
    according = ACCORDING.search(text)
    if not according:
        return None
    return {
        "attribution": "attributed",
        "placement": "front" if according.start() == 0 else "end",
        "device": "according to",
        "attributed_to": according.group("src").strip(),
    }


def classify_headline(
    text: str, cues: pd.DataFrame | None = None, verbs: str | None = None, actors: Lexicon | None = None
) -> dict:
    """Return how a headline presents its claim: asserted or attributed, where, by which device.

    Rules, in order: a front colon label ("Russia: ..."); an end attribution
    (", Russia claims" / ", says Russia"); a front reporting verb ("Russia
    claims rebels ..."); "according to X"; else asserted. Verbs come from the
    reporting-cue codebook (``verbs``: their alternation, if already made); a
    quoted headline is noted as a device. ``actors``: the actor lexicon that names sources before a
    colon (default: the package's actors codebook; :func:`headlines` passes the study's).
    """
    if verbs is None:
        verbs = _verb_alternation(read_codebook("framing_cues.csv") if cues is None else cues)
    end_verb, front_verb = _verb_patterns(verbs)
    actors = study_lexicon("framing_actors.csv") if actors is None else actors
    text = text.strip()
    # Empty placement and device: none applies (the table contract's missing marker is an empty cell).
    result = {"claim": text, "attribution": "asserted", "placement": "", "device": ""}
    result.update(attributed_to="", verb="")
    # The first rule that applies decides; later patterns are not tried (same result, less matching).
    rules: list[Callable[[str], dict | None]] = [
        lambda t: _colon_rule(t, actors),
        lambda t: _end_verb_rule(t, end_verb),
        lambda t: _front_verb_rule(t, front_verb),
        _according_rule,
    ]
    for rule in rules:
        reading = rule(text)
        if reading is not None:
            result.update(reading)
            break
    if QUOTED_WORD.search(text) and not result["device"]:
        result.update(device="quotation marks")
    return result


def headlines(study: Study, mention_table: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return one row per primary article headline with its attribution and the labels in it."""
    mention_table = mentions(study) if mention_table is None else mention_table
    primary = set(study.outlet_of())
    segments = study.segments
    heads = segments[
        (segments["kind"] == "headline")
        & (segments["document_id"] == segments["article_id"])
        & segments["article_id"].isin(primary)
    ]
    heads = heads.drop_duplicates("article_id")
    verbs = _verb_alternation(read_codebook("framing_cues.csv"))
    actors = study_lexicon("framing_actors.csv", study.codebooks)
    in_heads = mention_table[mention_table["part"] == "headline"]
    labels_of: dict[str, list[str]] = {}
    columns = (in_heads["article_id"], in_heads["text"], in_heads["actor"], in_heads["label_category"])
    for a, t, x, c in zip(*(values_of(column) for column in columns), strict=True):
        labels_of.setdefault(a, []).append(f"{t} ({x}: {c})")
    rows = []
    for article_id, start, end, text in zip(
        heads["article_id"], heads["start"], heads["end"], heads["text"], strict=True
    ):
        labels = "; ".join(labels_of.get(article_id, []))
        reading = classify_headline(text, verbs=verbs, actors=actors)
        rows.append(
            {"article_id": article_id, "start": int(start), "end": int(end), "text": text, **reading, "labels": labels}
        )
    return pd.DataFrame(rows, columns=HEADLINE_COLUMNS)
