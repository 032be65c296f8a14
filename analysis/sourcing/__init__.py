"""Sourcing: who speaks in each outlet, how they are quoted, and with which verbs.

An *attribution* has three parts, as in the Penn Attribution Relations Corpus
(PARC, Pareti 2016): a **source** (who), a **cue** (the reporting verb or
phrase) and the **content** (what is attributed). This module finds them with
documented rules over the project's text layer (sentences, tokens, quotation
spans) and four lexicons in ``analysis/data`` (no parser model is available
offline):

- ``reporting_verbs.csv``: cue forms and their neutrality class;
- ``source_roles.csv``: titles and descriptors -> role of a source;
- ``sourcing_countries.csv``: names, demonyms, capitals -> affiliation country;
- ``sourcing_sides.csv``: affiliation country -> side of the story (study-specific).

Modes: ``direct`` (the content is one quotation in marks), ``mixed`` (reported
content containing a quoted fragment), ``indirect`` (no marks) and
``floating`` (a quotation sentence with no cue, given to the speaker of the
preceding attribution). Every row carries offsets into the raw text.

The rules, in order, for each cue found in the outlet's voice:

1. ``according to X``: X is the speaker, the rest of the sentence the content.
2. A participle after a comma (``..., accusing X of Y``): the speaker is the
   subject of the main clause.
3. ``..., said X.`` (cue right after a comma or closing mark): speaker after
   the cue, content before it.
4. Otherwise the speaker is the noun phrase before the cue (skipping
   auxiliaries, adverbs and time phrases: ``has on many occasions accused``,
   ``this week said``). A noun phrase is a run of capitalised words, titles from
   the codebook and a few function words. A passive cue without ``by`` is
   *agentless*; a cue coordinated with an earlier one of the same tense shares
   its speaker (``said ... and called for ...``).
5. Content: before a post-posed speaker (``CONTENT, X said on Saturday.``), else
   after the cue (after ``that`` or a colon when one follows within a few
   tokens; after the hearer of ``told``; after a short time phrase), up to the
   next cue's clause or the sentence end, widened to cover any quotation it
   cuts. An object relative takes the noun before it (``..., a charge the
   government denies``); a sentential relative the previous cue's content
   (``..., which Damascus denies``). Spans are trimmed of space, ``. , ; :`` and
   double quotation marks at both ends (see tests/gold/README.md).

Not cues: a form after a determiner or possessive (``a charge``, ``Russia's
claims``), inside a capitalised name, an infinitive (``to comment``), a negated
``comment``/``say``, and ``added to``-type uses before a preposition.

Sources are resolved per article: a surname to the longest earlier name ending
in it; ``he``/``she`` to the nearest earlier person (a speaker, or a name with a
person's title); ``it``/``they`` to the subject of the previous sentence, else
the last organisation; ``the statement`` to the last source; a floating quotation
to the speaker of an attribution at most two sentences before. Types come from
the codebook (title nearest the name; the head of an apposition), affiliations
from the gazetteer (first country for a person, all for a collective).

Scale: the rules read plain token dicts built per batch of articles (no DataFrame per
article); from ``POOL_MIN_ARTICLES`` articles on, contiguous batches run on ``WORKERS``
forked processes and are joined in order (same table as one process). Quotation variants:
repeated quotations are grouped by their exact word sequence first, so each distinct wording
is compared once, and only with candidates from two indexes that miss no related pair (rare
words of each wording's prefix; rarest bigram for fragments); the table has one row per
quotation, never one per pair, so a quotation repeated by many articles grows it linearly.
"""

from __future__ import annotations

import difflib
import math
import multiprocessing
import re
from collections import deque
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from io import StringIO

import numpy as np
import pandas as pd

from ..study import Study

ATTRIBUTION_COLUMNS = [
    "article_id", "outlet", "sentence_id", "start", "end",
    "speaker_text", "speaker_start", "speaker_end",
    "source", "source_type", "affiliation", "side",
    "cue", "cue_start", "cue_end", "cue_lemma", "cue_class",
    "mode", "content", "content_start", "content_end",
    "content_words", "quoted_words",
    "anonymous", "agentless", "collective", "resolved_by",
]
QUOTE_VARIANT_COLUMNS = [
    "family", "wording", "article_id", "quote_id", "start", "end", "text",
    "relation", "linked_article_id", "linked_quote_id", "similarity", "diff",
]
# Two quotations whose word sequences have a difflib ratio at or above this
# are "nearly the same" (one or two words changed in a sentence-long quote
# gives about 0.9; unrelated quotes of shared topic words stay below 0.5).
VARIANT_THRESHOLD = 0.8
# A shorter quotation (at least this many words) found verbatim inside a
# longer one is reported as a "fragment" of it.
FRAGMENT_MIN_WORDS = 2

TRIM_CHARS = set(" \t\n\r\xa0.,;:“”\"«»„")
OPEN_MARKS = {"“", "«", "„", '"', "‘"}
CLOSE_MARKS = {"”", "»", '"', "’"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your", "'s", "any", "no", "every", "such"}
PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "plural", "we": "plural", "i": "person"}
BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
# Words allowed between a speaker and the cue (auxiliaries, adverbs, time words).
SKIP_WORDS = BE_FORMS | {
    "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
    "did", "does", "do", "also", "not", "never", "previously", "later", "earlier", "again", "once",
    "long", "often", "always", "already", "still", "too", "just", "now", "then", "first", "further",
    "on", "many", "several", "occasions", "this", "last", "week", "month", "year", "yesterday",
    "today", "tonight", "weekend", "morning", "afternoon", "evening", "night",
}
TIME_WORDS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
}
# Words that may stand inside a speaker's noun phrase in lower case (besides the
# codebook's titles): function words of names and common heads of speaker phrases.
NP_FUNCTION = {"the", "a", "an", "of", "for", "and", "its", "their", "his", "her", "'s", "on", "to"}
NP_NOUNS = {
    "deputy", "head", "chief", "former", "senior", "top", "local", "foreign", "national", "security",
    "defense", "defence", "special", "services", "forces", "authorities", "allies", "members", "member",
    "office", "center", "centre", "committee", "council", "agency", "intelligence", "police", "regime",
    "opposition", "coalition", "company", "movement", "party", "people", "report", "study", "document",
    "letter", "communique", "television", "tv", "news", "radio", "media", "newspaper", "channel",
    "website", "run", "state", "official", "unnamed", "anonymous", "several", "some", "many", "other",
    "western", "regional", "international", "federal", "interior", "prosecutors", "investigators",
    "spokesman", "spokeswoman", "governments", "ministries", "leaders", "leader", "figures", "staff",
    "group", "groups", "workers", "organisations", "organizations", "campaigners", "residents", "witnesses", "doctors",
    "one", "two", "three", "four", "five", "another",
}
# Post-modifiers of anonymous speakers in wire copy ("people familiar with the matter").
POSTMODIFIERS = {("close", "to"), ("familiar", "with"), ("with", "knowledge", "of"), ("briefed", "on"), ("involved", "in"), ("knowledgeable", "about")}
# Tokens that may open a subject clause right before a bare-noun speaker.
CLAUSE_BOUNDARY = {",", ";", "while", "whereas", "and", "but", "as", "although", "though", "because", "when"}
# Prepositions allowed inside a speaker phrase after a plural head ("officials in Damascus").
NP_INNER_PREPOSITIONS = {"in", "from", "at", "close"}
# Words after which a speaker phrase's head has ended ("officials in Kyiv", "people familiar with ...").
HEAD_ENDERS = frozenset(NP_INNER_PREPOSITIONS | {first for first, *_ in POSTMODIFIERS})
# Words that end a permissive noun phrase (passive agents: "by rights groups").
NP_STOP = {"that", "which", "who", "in", "on", "at", "for", "to", "with", "after", "before", "over", "as", "because", "during", "since", "while", "but", "amid", "of"}
# Sentence-initial words that open an adverbial, not a subject.
CLAUSE_OPENERS = {
    "on", "in", "at", "after", "before", "during", "following", "since", "by", "with", "amid", "last",
    "earlier", "later", "meanwhile", "now", "however", "but", "and", "also", "separately", "still",
    "back", "as", "while", "when", "if", "although", "though", "yet", "so", "then", "moreover",
}
# Cues that news style inverts after the content ("..., said the minister."); others take an object there.
INVERTING = {"say", "add", "write", "explain", "insist", "declare", "state", "report", "continue"}
ADVERBIAL_OPENERS = {
    "on", "in", "at", "during", "after", "before", "last", "this", "yesterday", "today", "tonight", "earlier", "later",
    "late", "when", "while", "as", "from", "to", "via", "by", "through", "over", "again", "also", "too", "then", "now",
    "recently", "separately", "afterwards", "previously", "repeatedly", "once",
}
# Bare document nouns that stand for whoever issued them ("The statement also said").
# "report", "letter" and "study" are left as written: they usually introduce a new document.
# Cues that are not reports when a preposition follows them ("added to", "showed up").
NON_SPEECH_BEFORE_PREPOSITION = {"add", "state", "show", "maintain", "note", "stress", "mention", "report", "describe", "write", "tell", "remark", "comment", "reveal", "highlight", "underline"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "mr.", "mrs.", "ms.", "dr."}
STATEMENT_HEADS = {"statement", "communique", "communiqué", "release"}
IRREGULAR_PAST = {"said", "told", "wrote", "written", "showed", "shown"}
WORD = re.compile(r"[^\W_]")
NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu)-[A-Z]")
ORDINAL = re.compile(r"\d+(st|nd|rd|th)")
# Unions of the word sets above, built once (the rules test them for every token).
MARKS = OPEN_MARKS | CLOSE_MARKS
NOT_MODIFIER = DETERMINERS | SKIP_WORDS | NP_STOP
NOT_MODIFIER_OR_AND = NOT_MODIFIER | {"and"}
NOT_PRE_TITLE = SKIP_WORDS | NP_STOP | CLAUSE_BOUNDARY
SKIP_OR_STOP = SKIP_WORDS | NP_STOP
FINITE_AUX = BE_FORMS | {"has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "did", "does", "do"}
SUBJECT_END = SKIP_WORDS - {"on", "in", "a", "this", "last"}
DETERMINERS_OR_THAT = DETERMINERS | {"that"}
DETERMINERS_OR_OPENERS = DETERMINERS | CLAUSE_OPENERS


# ---------------------------------------------------------------- lexicons


def _read_data(name: str) -> pd.DataFrame:
    text = resources.files("analysis.data").joinpath(name).read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return pd.read_csv(StringIO(body), dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def reporting_verbs() -> pd.DataFrame:
    """Return the reporting-verb lexicon: lemma, forms, cue_class, ambiguous_noun, note."""
    return _read_data("reporting_verbs.csv")


@lru_cache(maxsize=1)
def source_roles() -> pd.DataFrame:
    """Return the source-typing codebook: pattern, role, kind, note."""
    return _read_data("source_roles.csv")


@lru_cache(maxsize=1)
def countries() -> pd.DataFrame:
    """Return the affiliation gazetteer: form, country, kind."""
    return _read_data("sourcing_countries.csv")


@lru_cache(maxsize=1)
def sides() -> dict[str, str]:
    """Return affiliation country -> side of the story."""
    frame = _read_data("sourcing_sides.csv")
    return dict(zip(frame["country"], frame["side"]))


@lru_cache(maxsize=1)
def _cue_forms() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Return token tuple of a cue form -> (lemma, cue_class, form)."""
    forms = {}
    for row in reporting_verbs().itertuples():
        for form in row.forms.split("|"):
            forms[tuple(form.split())] = (row.lemma, row.cue_class, form)
    return forms


@lru_cache(maxsize=1)
def _noun_lemmas() -> frozenset[str]:
    """Lemmas whose forms are also common nouns (``ambiguous_noun`` = yes in the lexicon)."""
    verbs = reporting_verbs()
    return frozenset(verbs.loc[verbs["ambiguous_noun"] == "yes", "lemma"])


@lru_cache(maxsize=1)
def _role_patterns() -> dict[tuple[str, ...], tuple[str, str]]:
    return {tuple(p.split()): (r, k) for p, r, k in zip(source_roles()["pattern"], source_roles()["role"], source_roles()["kind"])}


@lru_cache(maxsize=1)
def _np_heads() -> frozenset[str]:
    """Common heads of speaker phrases and title words (``NP_NOUNS`` | :func:`_title_words`)."""
    return frozenset(NP_NOUNS | _title_words())


@lru_cache(maxsize=1)
def _inverted_speaker_starts() -> frozenset[str]:
    """Lower-case words that may open a speaker after an inverted cue ("said the minister")."""
    return frozenset(set(PRONOUNS) | {"the", "a", "an"} | _np_heads())


@lru_cache(maxsize=1)
def _name_prefixes() -> frozenset[str]:
    """Lower-cased words that may open a run of capitalised words without being part of a name."""
    return frozenset(_np_heads() | HONORIFICS | CLAUSE_OPENERS | TIME_WORDS)


@lru_cache(maxsize=1)
def _appositive_heads() -> frozenset[str]:
    """First words of an apposition after a name (``X, a spokesman for ...``)."""
    return frozenset({"a", "an", "the"} | _np_heads())


@lru_cache(maxsize=1)
def _role_sizes() -> dict[str, tuple[int, ...]]:
    """First word of a codebook pattern -> the lengths of the patterns it opens, longest first."""
    sizes: dict[str, set[int]] = {}
    for pattern in _role_patterns():
        if pattern:
            sizes.setdefault(pattern[0], set()).add(len(pattern))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}


@lru_cache(maxsize=1)
def _cue_first_words() -> frozenset[str]:
    """First words of the cue forms (a token that is none of them cannot open a cue)."""
    return frozenset(form[0] for form in _cue_forms() if form)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    """Words of titles: every word of a person's title pattern, and one-word patterns.

    Words of multi-word organisation names ("... of chemical weapons") are left out, so that
    such a name is not mistaken for a title before a person's name.
    """
    words = {word for pattern, (_, kind) in _role_patterns().items() if kind == "person" or len(pattern) == 1 for word in pattern}
    return frozenset(words - {"the", "of", "for", "a", "an", "and", "to", "in", "on", "at"})


@lru_cache(maxsize=1)
def _country_forms() -> dict[tuple[str, ...], str]:
    table = {}
    for form, country in zip(countries()["form"], countries()["country"]):
        # Match on tokens as the text layer splits them ("U.S." stays one token).
        table[tuple(t for t in re.findall(r"(?:[^\W\d_]\.){2,}|[^\W_]+(?:[-'’][^\W_]+)*|\S", form))] = country
    return table


# ---------------------------------------------------------------- token helpers


def _is_cap(tok: dict) -> bool:
    """True for a capitalised word, or a name with a lower-case particle joined by a hyphen (al-Assad, el-Sisi)."""
    text = tok["text"]
    return tok["is_word"] and (text[:1].isupper() or ("-" in text and NAME_PARTICLE.match(text) is not None))


def _countries_in(toks: list[dict]) -> list[str]:
    """Return the countries named in a token list, in order, without repeats."""
    found: list[str] = []
    table = _country_forms()
    sizes = _country_sizes()
    n = len(toks)
    i = 0
    while i < n:
        # Only forms that open with this token can match here, longest first (at most 3 tokens).
        for size in sizes.get(toks[i]["text"], ()):
            key = tuple(t["text"] for t in toks[i : i + size])
            if i + size <= n and key in table:
                if table[key] not in found:
                    found.append(table[key])
                i += size
                break
        else:
            i += 1
    return found


def _in_place_name(toks: list[dict], i: int) -> bool:
    """Return whether ``toks[i]`` is part of a gazetteer name of two or three words ("The Hague", "New York")."""
    table = _country_forms()
    return any(
        tuple(t["text"] for t in toks[j : j + size]) in table for size in (2, 3) for j in range(max(0, i - size + 1), i + 1) if j + size <= len(toks)
    )


@lru_cache(maxsize=1)
def _country_sizes() -> dict[str, tuple[int, ...]]:
    """First token of a gazetteer form -> the lengths (3, 2 or 1) of the forms it opens, longest first."""
    sizes: dict[str, set[int]] = {}
    for form in _country_forms():
        if 1 <= len(form) <= 3:
            sizes.setdefault(form[0], set()).add(len(form))
    return {word: tuple(sorted(lengths, reverse=True)) for word, lengths in sizes.items()}


def _is_gazetteer(tok: dict) -> bool:
    return (tok["text"],) in _country_forms()


def _roles_in(norms: list[str]) -> list[tuple[int, int, str, str]]:
    """Return (start, end, role, kind) of every codebook pattern in a list of norms."""
    found = []
    patterns = _role_patterns()
    sizes = _role_sizes()
    n = len(norms)
    for i in range(n):
        # Only patterns that open with this word can match here, longest first.
        for size in sizes.get(norms[i], ()):
            if i + size <= n:
                key = tuple(norms[i : i + size])
                if key in patterns:
                    found.append((i, i + size, *patterns[key]))
                    break
    return found


def _tense(form: str) -> str:
    word = form.split()[0]
    if word.endswith("ing"):
        return "ing"
    if word.endswith("ed") or word in IRREGULAR_PAST:
        return "past"
    if word.endswith("s"):
        return "3sg"
    return "base"


def _trim(raw: str, start: int, end: int) -> tuple[int, int]:
    """Return the span without surrounding space, ``. , ; :`` and double quotation marks."""
    while start < end and raw[start] in TRIM_CHARS:
        start += 1
    while end > start and raw[end - 1] in TRIM_CHARS:
        end -= 1
    return start, end


# ---------------------------------------------------------------- noun phrases


def _np_word(toks: list[dict], j: int) -> bool:
    tok = toks[j]
    if tok["voice"] == "quoted":
        return False
    norm = tok["norm"]
    if norm in TIME_WORDS:
        return False
    if _is_cap(tok):
        return norm not in CLAUSE_OPENERS or j > 0 and toks[j - 1]["norm"] in NP_FUNCTION
    return norm in NP_FUNCTION or norm in _np_heads() or ORDINAL.fullmatch(norm) is not None


def _np_before(toks: list[dict], end: int) -> int:
    """Return the start index of the speaker noun phrase ending before token ``end``."""
    j = end - 1
    seen_and = False
    while j >= 0:
        tok = toks[j]
        if tok["text"] == ")":
            k = j - 1
            while k >= max(0, j - 8) and toks[k]["text"] != "(":
                k -= 1
            # A parenthesis belongs to a name before it ("Senator X (R-Texas)"), not to a dateline.
            if k >= max(0, j - 8) and k >= 1 and _is_cap(toks[k - 1]) and j == end - 1:
                j = k - 1
                continue
            break
        if tok["norm"] == "and":
            seen_and = True
        if tok["text"] == "," and seen_and and j > 0 and _is_cap(toks[j - 1]) and j + 1 < end and _is_cap(toks[j + 1]):
            j -= 1
            continue
        after = j + 2 if j + 2 < end and toks[j + 1]["norm"] == "the" else j + 1
        if tok["norm"] in NP_INNER_PREPOSITIONS and j > 0 and after < end and _is_cap(toks[after]) and toks[j - 1]["norm"] in _np_heads():
            j -= 1
            continue
        if (not _np_word(toks, j) and tok["is_word"] and not _is_cap(tok) and j + 1 < end and not _is_cap(toks[j + 1])
                and toks[j + 1]["norm"] in _title_words() and tok["norm"] not in NOT_PRE_TITLE
                and (j == 0 or toks[j - 1]["text"] in {",", ";"} or toks[j - 1]["norm"] in DETERMINERS)):
            j -= 1  # "political analyst X", "a senior military official"
            continue
        if not _np_word(toks, j):
            # A common noun after a determiner or possessive ("the mayor", "the country's health agency").
            # Only while the phrase so far has no capitalised word ("the mayor", "the country's
            # health ministry"), so that "a charge the Syrian government denies" stays apart.
            if any(_is_cap(t) for t in toks[j + 1 : end]):
                break
            k = j
            while k >= 0 and k > j - 3 and toks[k]["is_word"] and toks[k]["voice"] == "outlet" and not _is_cap(toks[k]) and toks[k]["norm"] not in NOT_MODIFIER_OR_AND:
                k -= 1
            if 0 <= k < j and toks[k]["norm"] in DETERMINERS - {"that", "such", "no", "any"}:
                if toks[k]["norm"] == "'s":
                    j = k  # keep scanning through the possessor
                    continue
                j = k - 1  # the determiner opens the phrase
            elif k < j and k >= -1 and (k == -1 or toks[k]["norm"] in CLAUSE_BOUNDARY or (k == 0 and _is_cap(toks[0]))):
                # A bare plural or mass noun in subject position ("Aid agencies say", "while farmers said").
                j = k - 1 if k == 0 and _is_cap(toks[0]) and toks[0]["norm"] not in CLAUSE_OPENERS else k
            break
        j -= 1
    start = j + 1
    # A phrase does not start or end with a function word or a possessive.
    while start < end and toks[start]["norm"] in {"of", "for", "and", "to", "on", "'s", "-", ","}:
        start += 1
    # A post-modified head: "sources close to the negotiations", "two people familiar with the matter".
    for size in (3, 2):
        key = tuple(t["norm"] for t in toks[max(0, start - size) : start])
        if start - size >= 1 and key in POSTMODIFIERS:
            head_start = _np_before(toks, start - size)
            if head_start < start - size:
                return head_start
    return start


def _np_after(toks: list[dict], start: int, permissive: bool = False) -> int:
    """Return the end index (exclusive) of the noun phrase starting at token ``start``.

    ``permissive`` (passive agents) takes any words up to punctuation or a preposition.
    """
    if permissive:
        j = start
        while j < len(toks) and toks[j]["is_word"] and toks[j]["voice"] == "outlet" and j - start < 12:
            if toks[j]["norm"] in NP_STOP:
                # "a spokesman for the United Nations": a preposition before a name stays inside.
                nxt = j + 2 if j + 1 < len(toks) and toks[j + 1]["norm"] == "the" else j + 1
                if not (toks[j]["norm"] in {"of", "for", "at", "in"} and nxt < len(toks) and _is_cap(toks[nxt])):
                    break
            j += 1
        return j
    j = start
    while j < len(toks):
        tok = toks[j]
        if tok["text"] == "(":
            k = j + 1
            while k < min(len(toks), j + 8) and toks[k]["text"] != ")":
                k += 1
            if k < len(toks) and toks[k]["text"] == ")":
                j = k + 1
                continue
            break
        if tok["text"] == "," and j + 1 < len(toks) and _is_cap(toks[j + 1]) and any(t["norm"] == "and" for t in toks[j + 1 : j + 6]):
            j += 1
            continue
        if tok["norm"] in NP_INNER_PREPOSITIONS and j > start and j + 1 < len(toks) and _is_cap(toks[j + 1]) and toks[j - 1]["norm"] in _np_heads():
            j += 1  # "officials in Kyiv"
            continue
        if not (_np_word(toks, j) or (j == start and tok["norm"] in PRONOUNS)):
            break
        if j == start and tok["norm"] in PRONOUNS:
            j += 1
            break
        j += 1
    end = j
    while end > start and toks[end - 1]["norm"] in {"of", "for", "and", "to", "on", "the", "a", "an", ",", "-"}:
        end -= 1
    return end


def _subject(toks: list[dict], limit: int) -> tuple[int, int]:
    """Return the main clause's subject (start, end) before token ``limit``.

    Skips an opening adverbial that ends with a comma (``On Wednesday, ...``),
    then takes tokens up to the first past-tense or auxiliary word.
    """
    start = 0
    while start < limit and (toks[start]["voice"] == "quoted" or toks[start]["text"] in MARKS):
        start += 1  # a subject is not inside a quotation
    if start:
        while start < limit and not toks[start]["is_word"]:
            start += 1
    elif toks and toks[0]["norm"] in CLAUSE_OPENERS:
        for k in range(min(limit, 12)):
            if toks[k]["text"] == ",":
                start = k + 1
                break
    j = start
    while j < limit and j - start < 30:
        tok = toks[j]
        norm = tok["norm"]
        if not _is_cap(tok) and tok["is_word"] and (norm.endswith("ed") or norm in SUBJECT_END or ((norm,) in _cue_forms() and j > 0 and toks[j - 1]["norm"] not in DETERMINERS)):
            break
        if tok["text"] == "," and not any(t["text"] == "(" for t in toks[start:j]):
            break
        j += 1
    return start, j


# ---------------------------------------------------------------- cues


def _find_cues(toks: list[dict]) -> list[tuple[int, int, str, str, str]]:
    """Return (start, end, lemma, cue_class, form) of the cues in one sentence's tokens."""
    forms = _cue_forms()
    first_words = _cue_first_words()
    cues = []
    free = 0  # tokens before this index belong to a cue already read
    for i in [k for k, t in enumerate(toks) if t["norm"] in first_words]:
        if i < free:
            continue
        match = None
        for size in (2, 1):
            key = tuple(t["norm"] for t in toks[i : i + size])
            if len(key) == size and key in forms and all(t["voice"] == "outlet" for t in toks[i : i + size]):
                match = (size, *forms[key])
                break
        if match is None:
            continue
        size, lemma, cue_class, form = match
        previous = toks[i - 1]["norm"] if i > 0 else ""
        # Not a cue: a noun or adjective after a determiner ("a charge", "the alleged attack"),
        # a capitalised word inside a name ("Islamic State"), or an infinitive ("to say").
        is_noun = previous in DETERMINERS or (i > 0 and toks[i - 1]["text"] in {"’s", "'s"})
        if not is_noun and lemma in _noun_lemmas():
            # "a new report said", "Russia's false claims": a determiner shortly before, with only
            # lower-case modifiers in between, makes the form a noun.
            k = i - 1
            while k >= 0 and i - k <= 3 and toks[k]["is_word"] and not _is_cap(toks[k]) and toks[k]["norm"] not in NOT_MODIFIER:
                k -= 1
            is_noun = k >= 0 and k < i - 1 and toks[k]["norm"] in DETERMINERS
            # A plural noun followed by a verb ("claims have been debunked", "reports say").
            if not is_noun and form.endswith("s") and i + size < len(toks) and toks[i + size]["norm"] in {"have", "are", "were", "say", "said", "suggest", "suggested", "show", "showed", "of", "that"} - ({"that"} if lemma != "claim" else set()):
                is_noun = True
            before = toks[i - 1]["norm"] if i > 0 else ""
            if is_noun and (before in _np_heads() or (before.endswith("s") and not before.endswith("ss"))):
                is_noun = False  # "the group claims", "the rebels claim": a subject noun, then the verb
        in_name = i > 0 and toks[i]["text"][:1].isupper() and lemma != "according to"
        infinitive = previous == "to" and _tense(form) == "base"
        free = i + size
        if lemma != "according to" and (is_noun or in_name or infinitive):
            continue
        cues.append((i, i + size, lemma, cue_class, form))
    return cues


def _skip_back(toks: list[dict], cue: int) -> tuple[int, bool]:
    """Return (index after the speaker phrase, passive?) skipping auxiliaries and adverbs."""
    j = cue
    passive = False
    while j > 0 and cue - j < 7:
        tok = toks[j - 1]
        norm = tok["norm"]
        if tok["voice"] != "outlet" or not tok["is_word"]:
            break
        if norm in SKIP_WORDS or norm in TIME_WORDS or (norm.endswith("ly") and not _is_cap(tok)):
            if norm in BE_FORMS:
                passive = True
            j -= 1
            continue
        break
    return j, passive


def _content_after(toks: list[dict], cue_end: int) -> int:
    """Return the token index where content starts after a cue (after ``that`` or a colon if near)."""
    for k in range(cue_end, min(len(toks), cue_end + 10)):
        tok = toks[k]
        # A finite verb before "that" means the content began at the cue ("said the centre had ... that").
        if tok["is_word"] and not _is_cap(tok) and tok["norm"] in FINITE_AUX:
            break
        if tok["norm"] == "that" and tok["voice"] == "outlet":
            return k + 1
        if tok["text"] == ":":
            return k + 1
        if tok["text"] in {".", ";"} or tok["text"] in OPEN_MARKS or tok["voice"] == "quoted":
            break
        # A comma ends the search, unless the cue opened an adverbial ("wrote on X, formerly Twitter, that").
        if tok["text"] == "," and k > cue_end and toks[cue_end]["norm"] not in {"on", "in", "at", "to", "from", "during", "after"}:
            break
    k = cue_end
    while k < len(toks) and toks[k]["text"] == ",":
        k += 1
    return k


ADVERBIAL_HEADS = {"week", "month", "year", "yesterday", "today", "statement", "interview", "briefing", "conference", "tweet", "post", "speech", "remarks", "television", "radio"}
ADVERBIAL_ENDS = TIME_WORDS | ADVERBIAL_HEADS


def _skip_adverbial(toks: list[dict], start: int) -> int:
    """Return ``start`` moved past short adverbials right after a cue (``on Monday``, ``in a statement``)."""
    while start < len(toks) and toks[start]["norm"] in ADVERBIAL_OPENERS:
        if toks[start]["norm"] in {"yesterday", "today"}:
            start += 1
            continue
        end = next((m for m in range(start + 1, min(len(toks), start + 5)) if toks[m]["norm"] in ADVERBIAL_ENDS), None)
        if end is None:
            break
        start = end + 1
    while start < len(toks) and toks[start]["text"] == ",":
        start += 1
    return start


def _tail_is_adverbial(toks: list[dict], cue_end: int) -> bool:
    """True when the words after a cue are nothing, or a short adverbial (a preposition or time
    word first: ``on Saturday``, ``in a statement``) before a comma or the end."""
    k = cue_end
    if k < len(toks) and toks[k]["is_word"]:
        first = toks[k]["norm"]
        if first not in ADVERBIAL_OPENERS and first not in TIME_WORDS and not first.endswith("ly"):
            return False
    while k < len(toks) and toks[k]["text"] not in {",", ".", ";", "!", "?"}:
        tok = toks[k]
        if tok["norm"] == "that" or tok["text"] in OPEN_MARKS or tok["voice"] == "quoted" or tok["text"] == ":":
            return False
        k += 1
    return k - cue_end <= 6


# ---------------------------------------------------------------- extraction of one article


def _sentence_attributions(toks: list[dict]) -> list[dict]:
    """Return raw attributions (token indices) of one sentence."""
    found: list[dict] = []
    cues = _find_cues(toks)
    for c0, c1, lemma, cue_class, form in cues:
        item = {"cue": (c0, c1), "lemma": lemma, "cue_class": cue_class, "form": form, "speaker": None,
                "content": None, "agentless": False, "content_before": False, "coordinated": False}
        if lemma == "according to":
            s_end = _np_after(toks, c1, permissive=True)
            item["speaker"] = (c1, s_end) if s_end > c1 else None
            if c0 == 0 or toks[c0 - 1]["norm"] in CLAUSE_OPENERS:
                k = s_end
                while k < len(toks) and toks[k]["text"] == ",":
                    k += 1
                item["content"] = (k, len(toks))
            else:
                item["content"] = (0, c0)
                item["content_before"] = True
                if found and not found[-1]["content_before"] and found[-1]["content"][0] < c0:
                    found[-1].setdefault("cut", c0)
            found.append(item)
            continue
        if form == "saying" and c0 > 1 and toks[c0 - 1]["norm"] == "as":
            # "The agency quoted General X as saying that ...": the speaker sits between.
            q = next((k for k in range(c0 - 2, max(-1, c0 - 14), -1) if toks[k]["norm"] in {"quoted", "cited", "quotes", "cites", "quoting", "citing"}), None)
            if q is not None and q + 1 < c0 - 1:
                item["speaker"] = (q + 1, c0 - 1)
                item["content"] = (_skip_adverbial(toks, _content_after(toks, c1)), len(toks))
                found.append(item)
                continue
        if _tense(form) == "ing" and c0 > 0 and toks[c0 - 1]["text"] == ",":
            if found and found[-1]["speaker"]:
                # "..., she said, adding: ...": the participle shares the speaker of the cue before it.
                s0, s1 = found[-1]["speaker"]
            else:
                s0, s1 = _subject(toks, c0 - 1)
            item["speaker"] = (s0, s1) if s1 > s0 else None
            item["content"] = (_content_after(toks, c1), len(toks))
            if found and not found[-1]["content_before"] and found[-1]["content"][0] < c0:
                found[-1].setdefault("cut", c0 - 1)
            found.append(item)
            continue
        if lemma in INVERTING and c0 > 0 and (toks[c0 - 1]["text"] == "," or toks[c0 - 1]["text"] in CLOSE_MARKS) and c1 < len(toks) and (_is_cap(toks[c1]) or toks[c1]["norm"] in _inverted_speaker_starts()):
            s_end = _np_after(toks, c1)
            if s_end > c1 and (s_end >= len(toks) or toks[s_end]["text"] in {".", ",", ";"} or _tail_is_adverbial(toks, s_end)):
                item["speaker"] = (c1, s_end)
                item["content"] = (0, c0)
                item["content_before"] = True
                found.append(item)
                continue
        s_end, passive = _skip_back(toks, c0)
        if any(t["norm"] in {"not", "never", "n't"} for t in toks[s_end:c0]) and lemma in {"comment", "say", "respond", "reply", "confirm"}:
            continue  # "did not comment", "would not say": no content is attributed
        if s_end > 0 and toks[s_end - 1]["norm"] in PRONOUNS and toks[s_end - 1]["voice"] == "outlet":
            s_start = s_end - 1
        else:
            s_start = _np_before(toks, s_end)
        if passive and _tense(form) == "past":
            after = c1
            while after < len(toks) and toks[after]["norm"].endswith("ly"):
                after += 1
            if after < len(toks) and toks[after]["norm"] == "by":
                b_end = _np_after(toks, after + 1, permissive=True)
                item["speaker"] = (after + 1, b_end) if b_end > after + 1 else None
                item["content"] = (_content_after(toks, b_end), len(toks))
                if not _has_words(toks, *item["content"]):
                    # "The claim was rejected by X": the content is the passive subject.
                    item["content"] = _subject(toks, s_end)
                    item["content_before"] = True
            else:
                if after >= len(toks) or toks[after]["norm"] not in {"to", "of", "that", "as", "for", "with"}:
                    continue  # "the plan will be announced on Monday": an event, not a report
                item["agentless"] = True
                item["content"] = (c1, len(toks))
            if found and not found[-1]["content_before"] and found[-1]["content"][0] < s_end:
                found[-1].setdefault("cut", s_end)
            found.append(item)
            continue
        if s_start == s_end and s_end > 1 and toks[s_end - 1]["text"] == ",":
            # "Mark Stone, a spokesman for the navy, said": the speaker stands before the apposition.
            k = s_end - 2
            while k > 0 and toks[k]["text"] not in {",", ";"} and toks[k]["voice"] == "outlet" and s_end - k < 25:
                k -= 1
            if k > 0 and toks[k]["text"] == "," and (not _is_cap(toks[k + 1]) or toks[k + 1]["norm"] in DETERMINERS):
                a_start = _np_before(toks, k)
                if a_start < k:
                    s_start, s_end = a_start, k
            elif k > 0 and toks[k]["text"] == "," and s_end - 1 - (k + 1) <= 4 and all(_is_cap(t) for t in toks[k + 1 : s_end - 1]):
                # "Ethiopia's ambassador to Washington, Fitsum Arega, said": a title phrase, then the name.
                a_start = _np_before(toks, k)
                if a_start < k and any(f[3] == "person" for f in _roles_in([t["norm"] for t in toks[a_start:k]])):
                    s_start, s_end = a_start, s_end - 1
        if c1 < len(toks) and toks[c1]["norm"] in {"to", "into", "up", "in", "on", "at", "from", "with"} and lemma in NON_SPEECH_BEFORE_PREPOSITION and _content_after(toks, c1) == c1:
            continue  # "added to the confusion", "maintained in power": not a report
        if s_start < s_end:
            item["speaker"] = (s_start, s_end)
        else:
            joiner = toks[s_end - 1]["norm"] if s_end > 0 else ""
            if joiner in {"and", "but", ","} and found and found[-1]["speaker"] and _tense(found[-1]["form"]) == _tense(form):
                item["speaker"] = found[-1]["speaker"]
                item["coordinated"] = True
                found[-1]["cut"] = s_end - 1
            else:
                continue
        before = s_start - 1 if s_start < s_end else -1
        tail = c1
        if lemma == "tell" and c1 < len(toks) and toks[c1]["is_word"]:
            # "“...,” she told reporters on Monday.": the hearer comes before any adverbial.
            tail = max(_np_after(toks, c1), c1 + (0 if _is_cap(toks[c1]) or toks[c1]["norm"] in DETERMINERS_OR_THAT else 1))
        if before >= 0 and (toks[before]["text"] == "," or toks[before]["text"] in CLOSE_MARKS) and _tail_is_adverbial(toks, tail) and before >= 3:
            item["content"] = (0, before)
            item["content_before"] = True
        else:
            start = _content_after(toks, c1)
            if lemma == "tell" and start == c1:
                # "told reporters the idea was ...": the hearer is not content.
                obj = _np_after(toks, c1)
                if obj == c1 and c1 < len(toks) and toks[c1]["is_word"] and not _is_cap(toks[c1]) and toks[c1]["norm"] not in DETERMINERS:
                    obj = c1 + 1
                start = _content_after(toks, obj) if obj < len(toks) else start
            start = _skip_adverbial(toks, start)
            item["content"] = (start, len(toks))
            if s_start >= 2 and toks[s_start - 1]["norm"] in {"which", "who", "whom"} and toks[s_start - 2]["text"] == ",":
                # A relative clause (", which activists blamed on X, ...") ends at the next comma.
                close = next((k for k in range(c1, len(toks)) if toks[k]["text"] == ","), len(toks))
                item["content"] = (item["content"][0], close)
        relative = None
        if (not _has_words(toks, *item["content"]) and s_start >= 2 and toks[s_start - 1]["norm"] in {"which", "what"}
                and toks[s_start - 2]["text"] == "," and found and not found[-1]["content_before"]):
            # "..., which Damascus denies.": the content is what the previous cue reported.
            prev_start = found[-1]["content"][0]
            found[-1]["cut"] = s_start - 2
            item["content"] = (prev_start, s_start - 2)
            item["content_before"] = True
            found.append(item)
            continue
        if not _has_words(toks, *item["content"]) and any(t["text"] == ":" for t in toks[c1:]) and toks[-1]["text"] == ":":
            # "The minister said:" at the end of a paragraph: the quotation that follows is the content.
            item["content"] = (0, 0)
            item["next_quote"] = True
        elif not _has_words(toks, *item["content"]) and s_start == 0 and s_end > 0 and _tail_is_adverbial(toks, c1):
            # "“Why now?” | she asked." split in two by the sentence splitter: the content is the
            # quotation that closes the previous sentence (looked up by the caller).
            item["content"] = (0, 0)
            item["previous_quote"] = True
        r_end = s_start - 1 if s_start > 0 and toks[s_start - 1]["norm"] in {"that", "which"} else s_start
        r_start = r_end
        while r_start > 0 and toks[r_start - 1]["text"] not in {",", ";", ":"} and toks[r_start - 1]["voice"] == "outlet" and r_end - r_start < 8:
            r_start -= 1
        first_after = toks[item["content"][0]]["norm"] if item["content"][0] < len(toks) else ""
        short_noun_phrase = (first_after in {"", "as", "of", "for", "with"} and 0 < r_start < r_end and r_end - r_start <= 3 and toks[r_start - 1]["text"] == ","
                             and all(t["is_word"] and not _is_cap(t) for t in toks[r_start:r_end])
                             and not any(t["norm"] in SKIP_OR_STOP for t in toks[r_start:r_end]))
        if s_start < s_end and s_start > 0 and (not _has_words(toks, *item["content"]) or short_noun_phrase):
            # Object relative clause: "..., a charge (that) the government denies." -> content "a charge".
            if r_start > 0 and r_start < r_end:
                relative = (r_start, r_end)
                item["content"] = relative
                item["content_before"] = True
        cut = relative[0] - 1 if relative else s_start
        if found and not found[-1]["content_before"] and s_start < s_end and found[-1]["content"][0] < cut:
            found[-1].setdefault("cut", cut)
        found.append(item)
    for item in found:
        if "cut" in item and not item["content_before"]:
            start, end = item["content"]
            cut = item["cut"]
            while cut > start and toks[cut - 1]["norm"] in {"and", "but", ",", "while", "whereas", "as", "although", "though"}:
                cut -= 1
            item["content"] = (start, max(start, min(end, cut)))
    return found


def _has_words(toks: list[dict], start: int, end: int) -> bool:
    return any(t["is_word"] for t in toks[start:end])


def _span(toks: list[dict], pair: tuple[int, int] | None) -> tuple[int, int]:
    if pair is None or pair[1] <= pair[0]:
        return -1, -1
    return toks[pair[0]]["start"], toks[pair[1] - 1]["end"]


def _widen_to_quotes(start: int, end: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """Widen a content span so that it does not cut a quotation in two."""
    for q_start, q_end in quotes:
        if q_start < end and start < q_end:
            if q_start < start and q_start - 1 >= 0:
                start = q_start - 1 if start > q_start - 1 else start
            if q_end > end:
                end = q_end + 1
    return start, end


def _mode(start: int, end: int, quotes: list[tuple[int, int]], raw: str) -> str:
    inside = [(qs, qe) for qs, qe in quotes if qs < end and start < qe]
    if not inside:
        return "indirect"
    if len(inside) == 1 and _trim(raw, *inside[0]) == (start, end):
        return "direct"
    return "mixed"


TOKEN_KEYS = ["sentence_id", "start", "end", "text", "norm", "is_word", "voice"]


def _token_records(columns: list[list]) -> dict[int, list[dict]]:
    """Return sentence_id -> token dicts (start, end, text, norm, is_word, voice) from column lists in ``TOKEN_KEYS`` order."""
    by_sentence: dict[int, list[dict]] = {}
    # Plain dicts built from column lists: far faster than DataFrame.to_dict per sentence.
    last, group = None, []
    for sentence_id, start, end, text, norm, is_word, voice in zip(*columns):
        if sentence_id != last:  # tokens come sentence by sentence: look the group up once per run
            group = by_sentence.setdefault(sentence_id, [])
            last = sentence_id
        group.append({"start": start, "end": end, "text": text, "norm": norm, "is_word": is_word, "voice": voice})
    return by_sentence


def _article_rows(article_id: str, raw: str, sentence_rows: list[tuple[int, int, int]], by_sentence: dict[int, list[dict]], quote_spans: list[tuple[int, int]]) -> list[dict]:
    """Return the resolved attribution rows (dicts) of one article.

    ``sentence_rows`` are (sentence_id, start, end) in text order, ``by_sentence`` the token
    dicts of each sentence, ``quote_spans`` the sorted (start, end) of top-level quotations.
    """
    rows: list[dict] = []
    covered: list[tuple[int, int]] = []
    for sentence_id, sentence_start, sentence_end in sentence_rows:
        toks = by_sentence.get(sentence_id, [])
        found = _sentence_attributions(toks)
        for item in found:
            c_start, c_end = _span(toks, item["content"])
            if item.get("next_quote") and toks:
                after = [q for q in quote_spans if q[0] >= toks[-1]["end"] and not raw[toks[-1]["end"] : q[0] - 1].strip()]
                if after:
                    c_start, c_end = after[0]
            if item.get("previous_quote") and toks:
                before = [q for q in quote_spans if q[1] <= toks[0]["start"] and not raw[q[1] + 1 : toks[0]["start"]].strip(" \t\"”’»")]
                if before:
                    c_start, c_end = before[-1]
            if c_start < 0:
                continue
            c_start, c_end = _trim(raw, c_start, c_end)
            c_start, c_end = _trim(raw, *_widen_to_quotes(c_start, c_end, quote_spans))
            if c_end <= c_start or not WORD.search(raw[c_start:c_end]):
                continue
            s_start, s_end = _span(toks, item["speaker"])
            cue_start, cue_end = _span(toks, item["cue"])
            rows.append({
                "article_id": article_id, "sentence_id": int(sentence_id),
                "start": int(sentence_start), "end": int(sentence_end),
                "speaker_text": raw[s_start:s_end] if s_start >= 0 else "", "speaker_start": s_start, "speaker_end": s_end,
                "cue": raw[cue_start:cue_end], "cue_start": cue_start, "cue_end": cue_end,
                "cue_lemma": item["lemma"], "cue_class": item["cue_class"],
                "mode": _mode(c_start, c_end, quote_spans, raw),
                "content": raw[c_start:c_end], "content_start": c_start, "content_end": c_end,
                "agentless": item["agentless"],
            })
            covered.append((c_start, c_end))
        if not found and toks:
            floating = _floating(raw, toks, quote_spans, covered)
            if floating is not None:
                c_start, c_end = floating
                rows.append({
                    "article_id": article_id, "sentence_id": int(sentence_id),
                    "start": int(sentence_start), "end": int(sentence_end),
                    "speaker_text": "", "speaker_start": -1, "speaker_end": -1,
                    "cue": "", "cue_start": -1, "cue_end": -1, "cue_lemma": "", "cue_class": "",
                    "mode": "floating", "content": raw[c_start:c_end], "content_start": c_start, "content_end": c_end,
                    "agentless": False,
                })
                covered.append((c_start, c_end))
    # A quotation sentence that continues into a later attributed sentence is not floating.
    rows = [r for r in rows if r["mode"] != "floating" or not any(
        o is not r and o["mode"] != "floating" and o["content_start"] <= r["content_start"] and r["content_end"] <= o["content_end"] for o in rows)]
    return _resolve(rows, raw, [sid for sid, _, _ in sentence_rows], by_sentence)


def _floating(raw: str, toks: list[dict], quotes: list[tuple[int, int]], covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the content span of a quotation sentence with no cue, or None."""
    words = [t for t in toks if t["is_word"]]
    if not words:
        return None
    quoted = [t for t in words if t["voice"] == "quoted"]
    if len(quoted) < max(3, 0.8 * len(words)):
        return None
    start, end = quoted[0]["start"], quoted[-1]["end"]
    for q_start, q_end in quotes:
        if q_start <= start < q_end or q_start < end <= q_end:
            start, end = min(start, q_start), max(end, q_end)
    if any(c_start <= start and end <= c_end for c_start, c_end in covered):
        return None
    return _trim(raw, start, end)


# ---------------------------------------------------------------- resolution and typing


def _person_mentions(sentence_ids: list[int], by_sentence: dict[int, list[dict]]) -> list[dict]:
    """Return every name run of two or more capitalised words with its titles and apposition.

    Each mention: start (char), surname, full name, role, kind, affiliation, titled (a person
    title precedes the name or stands in its apposition).
    """
    mentions = []
    titles = _title_words()
    name_prefix = _name_prefixes()
    appositive_heads = _appositive_heads()
    for sentence_id in sentence_ids:
        toks = by_sentence.get(sentence_id, [])
        # Capitalised words in the outlet's voice (_is_cap inlined: this runs on every token).
        named = [t["is_word"] and t["voice"] == "outlet" and (t["text"][:1].isupper() or ("-" in t["text"] and NAME_PARTICLE.match(t["text"]) is not None)) for t in toks]
        if not any(named):
            continue
        n = len(toks)
        # Each maximal run of capitalised words; a name needs at least two.
        for i in [p for p in range(n) if named[p] and (p == 0 or not named[p - 1])]:
            j = i + 1
            while j < n and named[j]:
                j += 1
            if j - i < 2:
                continue
            run = toks[i:j]
            k = 0
            while k < len(run) and (run[k]["norm"] in name_prefix or _is_gazetteer(run[k])):
                k += 1
            name = run[k:]
            if len(name) >= 2 and not any(t["norm"] in titles or _is_gazetteer(t) for t in name):
                window_start = max(0, i - 8)
                for m in range(i - 1, window_start - 1, -1):
                    if toks[m]["text"] in {",", ";", ":"}:
                        window_start = m + 1
                        break
                before = toks[window_start : i + k]
                apposition = []
                if j + 1 < len(toks) and toks[j]["text"] == "," and (toks[j + 1]["norm"] in appositive_heads or toks[j + 1]["norm"].isdigit()):
                    m = j + 1
                    while m < len(toks) and toks[m]["text"] not in {",", ".", ";"} and m - j < 25:
                        m += 1
                    apposition = toks[j + 1 : m]
                role, kind = _type_tokens(before, apposition)
                # A title counts for a person only right before the name or in its apposition.
                adjacent = [f for f in _roles_in([t["norm"] for t in before]) if f[1] >= len(before) - 1]
                titled = bool(adjacent and adjacent[-1][3] == "person") or (not _roles_in([t["norm"] for t in before]) and kind == "person")
                mentions.append({
                    "start": name[0]["start"], "surname": name[-1]["text"],
                    "full": " ".join(t["text"] for t in name), "role": role, "kind": kind,
                    "affiliation": (_countries_in(toks[i:j]) or _countries_in(before) or _countries_in(apposition) or [""])[0],
                    "titled": titled,
                })
    return mentions


def _type_tokens(before: list[dict], apposition: list[dict]) -> tuple[str, str]:
    """Return (role, kind) from titles before a name (nearest wins) or in its apposition (first wins)."""
    found = _roles_in([t["norm"] for t in before])
    if found:
        best = max(found, key=lambda f: (f[1], f[1] - f[0]))
        return best[2], best[3]
    norms = [t["norm"] for t in apposition]
    head_end = next((i for i, n in enumerate(norms) if n in {"of", "for", "at", "in", "from", "to", "with", "on"}), len(norms))
    found = _roles_in(norms[:head_end])
    if found:
        # The head of the apposition's first noun phrase ("a police spokeswoman" -> spokeswoman).
        best = max(found, key=lambda f: (f[1], f[1] - f[0]))
        return best[2], best[3]
    found = _roles_in(norms)
    if found:
        best = min(found, key=lambda f: (f[0], -(f[1] - f[0])))
        return best[2], best[3]
    return "", ""


def _describe(raw: str, speaker_toks: list[dict], mentions: list[dict]) -> dict:
    """Type one speaker span: source, source_type, affiliation, kind, anonymous, collective, resolved_by."""
    if not speaker_toks:
        return {"source": "", "source_type": "", "affiliation": "", "kind": "", "anonymous": False, "collective": False, "resolved_by": "none"}
    text = raw[speaker_toks[0]["start"] : speaker_toks[-1]["end"]]
    # A parenthesis (party and state, an acronym) is not part of the name.
    kept, depth = [], 0
    for t in speaker_toks:
        depth += t["text"] == "("
        if depth == 0:
            kept.append(t)
        depth -= t["text"] == ")" and depth > 0
    speaker_toks = kept or speaker_toks
    norms = [t["norm"] for t in speaker_toks]
    # Words after the last possessive belong to the speaker; before it, to the possessor.
    last_pos = max((i for i, t in enumerate(speaker_toks) if t["norm"] == "'s"), default=-1)
    own = speaker_toks[last_pos + 1 :]
    titles = _title_words()
    k = len(own)
    while k > 0 and _is_cap(own[k - 1]) and own[k - 1]["norm"] not in titles and not _is_gazetteer(own[k - 1]) and not _in_place_name(own, k - 1) and own[k - 1]["norm"] not in NP_NOUNS and own[k - 1]["norm"] not in {"the"}:
        k -= 1
    name = own[k:]
    while name and name[0]["norm"] in HONORIFICS:
        name = name[1:]  # "Dr Sarah Jones" -> "Sarah Jones"
    descriptor = own[:k]
    if len(name) == 1 and name[0]["text"].isupper() and len(name[0]["text"]) > 1:
        name = []  # an acronym names an organisation (BBC, NATO), not a person
    comma = max((i for i, t in enumerate(own) if t["text"] == ","), default=None)
    head_part = own[:comma] if comma is not None and name else own
    linker = next((i for i, t in enumerate(head_part) if t["norm"] in {"for", "of", "at"}), None)
    if linker is not None and any(f[3] == "person" for f in _roles_in([t["norm"] for t in head_part[:linker]])):
        if comma is not None and name:
            # "A spokesman for the ministry, Major General Ivan Petrov": the title phrase, then the name.
            descriptor = head_part[:linker]
        else:
            # "a spokesman for the European Commission": an unnamed title holder of that body.
            name, descriptor = [], own[:linker]
    own_roles = _roles_in([t["norm"] for t in own])
    if name and any(f[3] != "person" and f[1] > k for f in own_roles):
        # A capitalised organisation name ("the Organisation for the Prohibition of Chemical Weapons").
        name = []
    role, kind = _type_tokens(descriptor, [])
    if not role and own_roles:
        # No title before a name: the phrase's own head noun or name; before a preposition
        # the head is what precedes it ("investigators at the OPCW" -> investigators).
        cut = next((i for i, t in enumerate(own) if t["norm"] in NP_INNER_PREPOSITIONS and i > 0), len(own))
        candidates = [f for f in own_roles if f[1] <= cut] or own_roles
        best = max(candidates, key=lambda f: (f[1], f[1] - f[0]))
        role, kind = best[2], best[3]
    affiliation = _countries_in(speaker_toks)
    locative = next((i for i, n in enumerate(norms) if n in {"in", "at"} and i > 0), None)
    if locative is not None and any(f[2] == "intergovernmental" and f[1] <= locative for f in _roles_in(norms)):
        # "UN officials in Geneva": an international body; the place after "in"/"at" is where it sits.
        affiliation = _countries_in(speaker_toks[:locative])
    collective = "and" in norms and (not name or len(name) < 2)
    bare = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    anonymous = False
    resolved_by = "as written"
    source = bare
    if name and kind != "organisation" and not collective:
        surname = name[-1]["text"]
        cluster = [m for m in mentions if m["surname"] == surname]
        full = max((m["full"] for m in cluster), key=len, default=" ".join(t["text"] for t in name))
        if len(full.split()) < len(name):
            full = " ".join(t["text"] for t in name)
        if len(name) == 1 and not cluster and not [t for t in descriptor if t["norm"] not in DETERMINERS]:
            # A single capitalised word with no title: a named organisation or an unknown person.
            kind = kind or "unknown"
        else:
            kind = "person"
            resolved_by = "surname cluster" if full != " ".join(t["text"] for t in name) else "name"
            source = full
            if not role:
                roles = [m["role"] for m in cluster if m["role"]]
                role = roles[0] if roles else "person (untitled)"
            affiliation = affiliation[:1]
            if not affiliation:
                affils = [m["affiliation"] for m in cluster if m["affiliation"]]
                affiliation = affils[:1]
    elif collective:
        kind = "group"
        role = role or ("country" if affiliation else "collective")
    elif not role and all(_is_gazetteer(t) or t["norm"] in {"the"} for t in speaker_toks):
        kind, role = "organisation", "country"
    inner = next((i for i, n in enumerate(norms) if n in HEAD_ENDERS and i > 0), len(norms))
    head = norms[inner - 1]
    if not name and (head in {"sources", "source", "officials", "official", "experts", "analysts", "observers", "critics", "witnesses", "residents", "diplomats", "insiders", "activists", "people", "researchers", "reports",
                                     "diplomat", "analyst", "expert", "observer", "witness", "resident", "insider", "activist", "researcher", "person"}) and (head.endswith("s") or head == "people" or norms[0] in {"a", "an", "one", "two", "three", "several", "some"}):
        anonymous = True
    if not affiliation and any(f[2] == "intergovernmental" for f in _roles_in(norms)):
        affiliation = ["international"]
    if role == "intergovernmental" and not affiliation:
        affiliation = ["international"]
    return {
        "source": source, "source_type": "anonymous" if anonymous else (role or "unknown"),
        "affiliation": "; ".join(affiliation) if affiliation else "unknown", "kind": kind or ("group" if anonymous else "organisation"),
        "anonymous": anonymous, "collective": collective, "resolved_by": resolved_by,
    }


def _resolve(rows: list[dict], raw: str, sentence_ids: list[int], by_sentence: dict[int, list[dict]]) -> list[dict]:
    """Return one article's attribution rows with source, source_type, affiliation, side and flags added."""
    mentions = _person_mentions(sentence_ids, by_sentence)
    described: list[dict] = []
    for row in rows:
        toks = [t for t in by_sentence.get(row["sentence_id"], []) if row["speaker_start"] <= t["start"] and t["end"] <= row["speaker_end"]]
        info = _describe(raw, toks, mentions)
        first = toks[0]["norm"] if toks else ""
        is_pronoun = len(toks) == 1 and first in PRONOUNS
        is_statement = bool(toks) and toks[-1]["norm"] in STATEMENT_HEADS and not any(_is_cap(t) for t in toks[1:])
        if row["mode"] == "floating":
            previous = [d for d in described if d["sentence_id"] >= row["sentence_id"] - 2 and d["source"]]
            if previous:
                info = {**previous[-1], "resolved_by": "floating: previous attribution"}
            else:
                info = {**info, "resolved_by": "floating: no speaker before"}
        elif is_pronoun and PRONOUNS[first] == "person":
            people = [d for d in described if d["kind"] == "person" and d["source"]]
            here = row["speaker_start"]
            candidates = [(d["position"], d) for d in people]
            candidates += [(m["start"], {"source": m["full"], "source_type": m["role"] or "person (untitled)", "affiliation": m["affiliation"] or "unknown", "kind": "person"}) for m in mentions if m["titled"] and m["start"] < here]
            candidates = [c for c in candidates if c[0] < here]
            if candidates:
                best = max(candidates, key=lambda c: c[0])[1]
                info = {**info, **{k: best[k] for k in ("source", "source_type", "affiliation", "kind")}, "resolved_by": "pronoun: nearest earlier person"}
            else:
                info = {**info, "source": "", "resolved_by": "pronoun: unresolved"}
        elif is_pronoun or is_statement:
            target = _previous_subject(raw, sentence_ids, by_sentence, row["sentence_id"], mentions, described) if is_pronoun else None
            if target is None:
                others = [d for d in described if d["source"] and not d["anonymous"] and (is_statement or d["kind"] != "person")]
                target = {**others[-1], "resolved_by": "statement: last source" if is_statement else "pronoun: last organisation"} if others else None
            if target is not None:
                info = {**info, **{k: target[k] for k in ("source", "source_type", "affiliation", "kind", "collective")}, "resolved_by": target["resolved_by"]}
            else:
                info = {**info, "source": "", "resolved_by": "unresolved"}
        if row["agentless"]:
            info = {**info, "source": "", "source_type": "agentless", "affiliation": "unknown", "resolved_by": "agentless"}
        described.append({**info, "sentence_id": row["sentence_id"], "position": row["speaker_start"] if row["speaker_start"] >= 0 else row["content_start"], "speaker_start": row["speaker_start"]})
    columns = ["source", "source_type", "affiliation", "anonymous", "collective", "resolved_by"]
    out = []
    for row, d in zip(rows, described):
        extra = {c: d.get(c, False if c in {"anonymous", "collective"} else "") for c in columns}
        out.append({**row, **extra, "side": _side(extra["affiliation"])})
    return out


def _previous_subject(raw: str, sentence_ids: list[int], by_sentence: dict[int, list[dict]], sentence_id: int, mentions: list[dict], described: list[dict]) -> dict | None:
    """Return the description of the previous sentence's subject when it can be the referent of 'it'/'they'."""
    earlier = [sid for sid in sentence_ids if sid < sentence_id]
    if not earlier:
        return None
    previous_id = int(earlier[-1])
    toks = by_sentence.get(previous_id, [])
    start, end = _subject(toks, len(toks))
    if end <= start:
        return None
    s_char, e_char = toks[start]["start"], toks[end - 1]["end"]
    for d in reversed(described):
        if d["sentence_id"] == previous_id and d["speaker_start"] >= 0 and s_char <= d["speaker_start"] < e_char:
            return {**d, "resolved_by": "pronoun: subject of previous sentence (a speaker)"}
    info = _describe(raw, toks[start:end], mentions)
    if info["kind"] == "person" or info["affiliation"] == "unknown" and info["source_type"] in {"unknown", ""}:
        return None
    return {**info, "resolved_by": "pronoun: subject of previous sentence"}


def _side(affiliation: str) -> str:
    table = sides()
    names = [table.get(a.strip(), "other/unknown") for a in affiliation.split(";") if a.strip() and a.strip() != "unknown"]
    unique = list(dict.fromkeys(names))
    return "; ".join(unique) if unique else "other/unknown"


def _word_counts(rows: list[dict], starts: list[int], is_word: list[bool], voice: list[str]) -> None:
    """Set content_words and quoted_words (word tokens inside the content, and inside quotation marks) on one article's rows.

    ``starts``, ``is_word`` and ``voice`` are the article's token columns in text order.
    """
    if not rows:
        return
    word_starts = np.array([st for st, w in zip(starts, is_word) if w], dtype="int64")
    quoted = np.concatenate([[0], np.cumsum([v == "quoted" for v, w in zip(voice, is_word) if w], dtype="int64")])
    lo = np.searchsorted(word_starts, [r["content_start"] for r in rows])
    hi = np.searchsorted(word_starts, [r["content_end"] for r in rows])
    for row, a, b in zip(rows, lo.tolist(), hi.tolist()):
        row["content_words"] = b - a
        # A floating quotation is all the source's own words, whatever the marks.
        row["quoted_words"] = b - a if row["mode"] == "floating" else int(quoted[b] - quoted[a])


# Articles per batch: a batch's token columns become Python lists at once, and a batch is the
# unit of work sent to a worker process.
ARTICLE_BATCH = 200
# Below this many articles the extraction runs in this process (a pool costs more than it saves).
POOL_MIN_ARTICLES = 400
WORKERS = 2


ROW_COLUMNS = [c for c in ATTRIBUTION_COLUMNS if c != "outlet"]


def _attribution_batch(batch: list[tuple]) -> list[tuple]:
    """Return the attribution rows (tuples in ``ROW_COLUMNS`` order) of a batch of
    (article_id, raw, sentence_rows, token columns, quote_spans)."""
    out: list[tuple] = []
    for article_id, raw, sentence_rows, columns, quote_spans in batch:
        rows = _article_rows(article_id, raw, sentence_rows, _token_records(columns), quote_spans)
        _word_counts(rows, columns[TOKEN_KEYS.index("start")], columns[TOKEN_KEYS.index("is_word")], columns[TOKEN_KEYS.index("voice")])
        # Tuples, not dicts: a fraction of the size to send back from a worker.
        out.extend(tuple(row[c] for c in ROW_COLUMNS) for row in rows)
    return out


# The study and its row indices while a pool runs: forked workers inherit them instead of
# receiving pickled token columns.
_SHARED: dict = {}


def _attribution_chunk(article_ids: list[str]) -> list[tuple]:
    """Return the attribution rows of some articles of the study in ``_SHARED`` (run in a forked worker)."""
    return _attribution_batch(_batch_inputs(_SHARED["study"], article_ids, *_SHARED["indices"]))


def _batch_inputs(study: Study, article_ids: list[str], sentence_index: dict, token_index: dict, quote_index: dict) -> list[tuple]:
    """Return the plain-Python inputs of :func:`_attribution_batch` for some articles (positions from groupby indices)."""
    empty = np.array([], dtype="int64")
    token_positions = [token_index.get(a, empty) for a in article_ids]
    sentence_positions = [sentence_index[a] for a in article_ids]
    quote_positions = [quote_index.get(a, empty) for a in article_ids]

    def columns(frame: pd.DataFrame, names: list[str], positions: list[np.ndarray]) -> list[list]:
        taken = np.concatenate(positions) if positions else empty
        return [frame[name].take(taken).tolist() for name in names]

    tokens = columns(study.tokens, TOKEN_KEYS, token_positions)
    sentences = columns(study.sentences, ["sentence_id", "start", "end"], sentence_positions)
    quotes = columns(study.quotes, ["depth", "start", "end"], quote_positions)
    inputs = []
    t = s = q = 0
    for article_id, tp, sp, qp in zip(article_ids, token_positions, sentence_positions, quote_positions):
        t1, s1, q1 = t + len(tp), s + len(sp), q + len(qp)
        spans = sorted((int(b), int(e)) for d, b, e in zip(*(c[q:q1] for c in quotes)) if d == 1)
        inputs.append((article_id, study.raw[article_id], list(zip(*(c[s:s1] for c in sentences))), [c[t:t1] for c in tokens], spans))
        t, s, q = t1, s1, q1
    return inputs


def attributions(study: Study, workers: int | None = None) -> pd.DataFrame:
    """Return every attribution in the body text of the primary documents (``ATTRIBUTION_COLUMNS``).

    Articles are independent: with ``workers`` > 1 (default ``WORKERS`` for corpora of at least
    ``POOL_MIN_ARTICLES`` articles) contiguous batches run on a process pool and are joined in
    order, so the table is identical to a single-process run.
    """
    return _attributions(study, workers)[0]


def _attributions(study: Study, workers: int | None = None, meanwhile=None, token_index: dict | None = None) -> tuple[pd.DataFrame, object]:
    """Return (:func:`attributions`, ``meanwhile()``): the callable runs in this process while the workers extract.

    ``token_index`` (article_id -> row positions in ``study.tokens``) is computed when not given.
    """
    outlets = study.outlet_of()
    # Row positions of each article in the study tables (primary documents with body text only).
    sentence_index = {a: p for a, p in study.sentences.groupby("article_id", sort=False).indices.items() if a in outlets}
    token_index = _token_index(study) if token_index is None else token_index
    quote_index = study.quotes.groupby("article_id", sort=False).indices
    article_ids = sorted(sentence_index)
    chunks = [article_ids[i : i + ARTICLE_BATCH] for i in range(0, len(article_ids), ARTICLE_BATCH)]
    if workers is None:
        workers = WORKERS if len(article_ids) >= POOL_MIN_ARTICLES else 1
    if workers > 1 and len(chunks) > 1 and "fork" in multiprocessing.get_all_start_methods():
        from concurrent.futures import ProcessPoolExecutor

        _SHARED.update(study=study, indices=(sentence_index, token_index, quote_index))
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
                futures = [pool.submit(_attribution_chunk, chunk) for chunk in chunks]
                extra = meanwhile() if meanwhile is not None else None
                results = [future.result() for future in futures]  # in the chunks' order
        finally:
            _SHARED.clear()
    else:
        results = [_attribution_batch(_batch_inputs(study, chunk, sentence_index, token_index, quote_index)) for chunk in chunks]
        extra = meanwhile() if meanwhile is not None else None
    rows = [row for result in results for row in result]
    if not rows:
        return pd.DataFrame(columns=ATTRIBUTION_COLUMNS), extra
    frame = pd.DataFrame(rows, columns=ROW_COLUMNS)
    frame["outlet"] = frame["article_id"].map(outlets)
    frame = frame[ATTRIBUTION_COLUMNS].sort_values(["article_id", "content_start", "cue_start"], kind="stable").reset_index(drop=True)
    # 32-bit: offsets and word counts of one article fit, and the CSV is the same.
    frame = frame.astype({c: "int32" for c in ["sentence_id", "start", "end", "speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end", "content_words", "quoted_words"]})
    return frame.astype({"anonymous": bool, "agentless": bool, "collective": bool}), extra


# ---------------------------------------------------------------- analyses


def sources(attr: pd.DataFrame) -> pd.DataFrame:
    """Return one row per outlet and source: attributions, words, quoted words, modes, cue classes.

    Rows without a resolved source (agentless, unresolved) are kept under source ``(none)`` so
    that the counts add up to the attributions table.
    """
    columns = ["outlet", "source", "source_type", "affiliation", "side", "anonymous", "n_articles", "attributions",
               "content_words", "quoted_words", "direct", "mixed", "indirect", "floating", "cue_classes", "first_article_id", "first_start"]
    if attr.empty:
        return pd.DataFrame(columns=columns)
    frame = attr.assign(source=attr["source"].where(attr["source"] != "", "(none)"))
    frame = frame.assign(key=frame["source"].str.casefold())
    # Vectorised per (outlet, source key); groups keep the attributions' order, so "first" is the first mention.
    keys = ["outlet", "key"]
    groups = frame.groupby(keys, sort=True)
    out = groups[["source", "affiliation", "side", "article_id", "start"]].first()
    # The commonest source type; ties go to the alphabetically first (as Series.mode orders them).
    types = frame.groupby(keys + ["source_type"], sort=True).size().rename("n").reset_index()
    types = types.sort_values(keys + ["n", "source_type"], ascending=[True, True, False, True], kind="stable").drop_duplicates(keys)
    out["source_type"] = types.set_index(keys)["source_type"]
    out["anonymous"] = groups["anonymous"].any().astype(bool)
    out["n_articles"] = groups["article_id"].nunique()
    out["attributions"] = groups.size()
    out["content_words"] = groups["content_words"].sum().astype("int64")
    out["quoted_words"] = groups["quoted_words"].sum().astype("int64")
    for m in ("direct", "mixed", "indirect", "floating"):
        out[m] = (frame["mode"] == m).groupby([frame["outlet"], frame["key"]], sort=True).sum().astype("int64")
    cues = frame[frame["cue_class"] != ""].groupby(keys + ["cue_class"], sort=True).size()
    labels = pd.Series([f"{c} {n}" for c, n in zip(cues.index.get_level_values("cue_class"), cues.tolist())], index=cues.index, dtype=object)
    joined = labels.groupby(level=[0, 1], sort=True).agg("; ".join) if len(labels) else pd.Series(dtype=object)
    out["cue_classes"] = [joined.get(k, "") for k in out.index]
    out = out.rename(columns={"article_id": "first_article_id", "start": "first_start"}).reset_index()
    out = out[columns].astype({"first_start": "int64"})
    return out.sort_values(["outlet", "content_words", "source"], ascending=[True, False, True], kind="stable").reset_index(drop=True)


def outlet_profile(attr: pd.DataFrame, outlets: list[str] | None = None) -> pd.DataFrame:
    """Return one row per outlet: counts of attributions and sources, mode shares, anonymous share."""
    outlets = sorted(set(outlets or []) | set(attr["outlet"]))
    rows = []
    for outlet in outlets:
        g = attr[attr["outlet"] == outlet]
        n = len(g)
        named = g[(g["source"] != "") & ~g["anonymous"]]
        rows.append({
            "outlet": outlet, "articles": g["article_id"].nunique(), "attributions": n,
            "distinct_sources": named["source"].str.casefold().nunique(),
            "content_words": int(g["content_words"].sum()), "quoted_words": int(g["quoted_words"].sum()),
            **{f"share_{m}": round((g["mode"] == m).sum() / n, 3) if n else 0.0 for m in ("direct", "mixed", "indirect", "floating")},
            "share_anonymous": round(g["anonymous"].sum() / n, 3) if n else 0.0,
            "agentless": int(g["agentless"].sum()),
            "share_neutral_cues": round((g["cue_class"] == "neutral").sum() / max(1, (g["cue_class"] != "").sum()), 3),
        })
    return pd.DataFrame(rows)


def by_affiliation(attr: pd.DataFrame) -> pd.DataFrame:
    """Return attributions and words per outlet and affiliation country (a joint affiliation is split evenly)."""
    columns = ["outlet", "affiliation", "side", "attributions", "content_words", "quoted_words"]
    if attr.empty:
        frame = pd.DataFrame([], columns=columns)
    else:
        # One row per (attribution, affiliation part), in the attributions' order.
        parts = [[a.strip() for a in cell.split(";")] if cell else ["unknown"] for cell in attr["affiliation"].tolist()]
        n = np.array([len(p) for p in parts], dtype="int64")
        flat = [part for p in parts for part in p]
        position = np.repeat(np.arange(len(attr)), n)
        unique_sides = {part: _side(part) for part in dict.fromkeys(flat)}
        frame = pd.DataFrame({
            "outlet": attr["outlet"].to_numpy()[position], "affiliation": flat,
            "side": [unique_sides[part] for part in flat],
            "attributions": 1 / n[position],
            "content_words": attr["content_words"].to_numpy()[position] / n[position],
            "quoted_words": attr["quoted_words"].to_numpy()[position] / n[position],
        }, columns=columns)
    return _with_shares(frame.groupby(["outlet", "affiliation", "side"], sort=True, as_index=False).sum())


def by_side(attr: pd.DataFrame) -> pd.DataFrame:
    """Return attributions and words per outlet and side of the story (``sourcing_sides.csv``)."""
    return _sides_from(by_affiliation(attr))


def _sides_from(frame: pd.DataFrame) -> pd.DataFrame:
    """Return :func:`by_side` from the :func:`by_affiliation` table."""
    return _with_shares(frame.groupby(["outlet", "side"], sort=True, as_index=False)[["attributions", "content_words", "quoted_words"]].sum())


def _with_shares(out: pd.DataFrame) -> pd.DataFrame:
    """Return per-outlet sums with ``share_of_words`` (of the outlet's attributed words) added, rounded for export."""
    totals = out.groupby("outlet")["content_words"].transform("sum")
    out["share_of_words"] = (out["content_words"] / totals.where(totals > 0, 1)).round(3)
    return out.round({"attributions": 2, "content_words": 1, "quoted_words": 1})


def cue_profile(attr: pd.DataFrame) -> pd.DataFrame:
    """Return attributions per outlet and cue class, with the cue forms used."""
    g = attr[attr["cue_class"] != ""]
    rows = []
    classes = list(dict.fromkeys(reporting_verbs()["cue_class"]))
    for outlet in sorted(attr["outlet"].unique()):
        sub = g[g["outlet"] == outlet]
        for cue_class in classes:
            cls = sub[sub["cue_class"] == cue_class]
            rows.append({"outlet": outlet, "cue_class": cue_class, "attributions": len(cls),
                         "share": round(len(cls) / len(sub), 3) if len(sub) else 0.0,
                         "cues": "; ".join(f"{c} {n}" for c, n in sorted(cls["cue"].str.lower().value_counts().items()))})
    return pd.DataFrame(rows, columns=["outlet", "cue_class", "attributions", "share", "cues"])


def _token_index(study: Study) -> dict[str, np.ndarray]:
    """Return article_id -> row positions (in table order) of ``study.tokens``."""
    return study.tokens.groupby("article_id", sort=False).indices


def _accusation_tokens(study: Study, accusing: pd.DataFrame, index: dict[str, np.ndarray]) -> list[list[dict]]:
    """Return, per accusing attribution, the tokens the target rules read.

    An agentless cue needs its whole sentence (the subject); any other cue only the (at most
    ten) tokens of its sentence from the first one at or after the content start.
    """
    keys = ["start", "end", "text", "norm", "is_word", "voice"]
    empty = np.array([], dtype="int64")
    sentence_ids = study.tokens["sentence_id"].to_numpy()
    starts = study.tokens["start"].to_numpy()
    windows = []
    for article_id, sentence_id, content_start, agentless in zip(*(accusing[c].tolist() for c in ("article_id", "sentence_id", "content_start", "agentless"))):
        positions = index.get(article_id, empty)
        sentence = positions[sentence_ids[positions] == sentence_id]
        if not agentless:
            after = np.flatnonzero(starts[sentence] >= content_start)
            first = int(after[0]) if len(after) else len(sentence)
            sentence = sentence[first : first + 10]
        windows.append(sentence)
    taken = np.concatenate(windows) if windows else empty
    columns = [study.tokens[k].take(taken).tolist() for k in keys]
    records = [{"start": a, "end": b, "text": c, "norm": d, "is_word": e, "voice": f} for a, b, c, d, e, f in zip(*columns)]
    out, k = [], 0
    for window in windows:
        out.append(records[k : k + len(window)])
        k += len(window)
    return out


def accused_parties(attr: pd.DataFrame, study: Study, token_index: dict | None = None) -> pd.DataFrame:
    """Return the targets of accusations and whether the same outlet gives them a voice.

    An accused party is (1) the noun phrase right after an accusing cue (``accused X of``,
    ``blamed X for``), or (2) the subject of an agentless accusing passive (``X has long
    been accused of``). It "has a voice" when an attribution of the same outlet has a source
    whose affiliation country equals the target's country, or whose name shares a
    capitalised word with the target. Accusations made inside quoted content are not
    detected. ``token_index`` (article_id -> row positions in ``study.tokens``) may be given
    to avoid grouping the tokens again.
    """
    columns = ["outlet", "article_id", "sentence_id", "start", "end", "accuser", "cue", "target", "target_start", "target_end", "target_country", "has_voice", "voiced_by"]
    accusing = attr[attr["cue_class"] == "accusing"]
    if token_index is None:
        token_index = _token_index(study) if len(accusing) else {}
    windows = _accusation_tokens(study, accusing, token_index)
    # Per outlet: who speaks, indexed by affiliation country and by (casefolded) name word.
    by_country: dict[str, dict[str, set[str]]] = {}
    by_word: dict[str, dict[str, set[str]]] = {}
    named = attr[attr["source"] != ""].drop_duplicates(["outlet", "source", "affiliation"])
    for outlet, source, affiliation in zip(named["outlet"], named["source"], named["affiliation"]):
        for country in set(affiliation.split("; ")):
            by_country.setdefault(outlet, {}).setdefault(country, set()).add(source)
        for word in {w.casefold() for w in source.split()}:
            by_word.setdefault(outlet, {}).setdefault(word, set()).add(source)
    rows = []
    fields = ["agentless", "article_id", "cue", "end", "outlet", "sentence_id", "source", "start"]
    for values, toks in zip(zip(*(accusing[c].tolist() for c in fields)), windows):
        row = dict(zip(fields, values))
        if row["agentless"]:
            start, end = _subject(toks, len(toks))
        else:
            start = end = 0  # the window opens at the first token of the content
            while end < len(toks) and toks[end]["norm"] not in {"of", "for", "with", "over", ",", "."} and end - start < 10:
                end += 1
        if end <= start:
            continue
        target_toks = toks[start:end]
        t_start, t_end = target_toks[0]["start"], target_toks[-1]["end"]
        target = study.raw[row["article_id"]][t_start:t_end]
        country = (_countries_in(target_toks) or ["unknown"])[0]
        words = {t["norm"] for t in target_toks if _is_cap(t) and not _is_gazetteer(t) and t["norm"] not in DETERMINERS_OR_OPENERS}
        voiced_set = set(by_country.get(row["outlet"], {}).get(country, ())) if country != "unknown" else set()
        for word in words:
            voiced_set |= by_word.get(row["outlet"], {}).get(word, set())
        voiced = sorted(voiced_set)
        rows.append({"outlet": row["outlet"], "article_id": row["article_id"], "sentence_id": row["sentence_id"], "start": row["start"], "end": row["end"],
                     "accuser": row["source"] or "(agentless)", "cue": row["cue"], "target": target, "target_start": t_start, "target_end": t_end,
                     "target_country": country, "has_voice": bool(voiced), "voiced_by": "; ".join(voiced)})
    return pd.DataFrame(rows, columns=columns).astype({c: "int32" for c in ("sentence_id", "start", "end", "target_start", "target_end")})


# ---------------------------------------------------------------- quote integrity


QUOTE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words(text: str) -> list[str]:
    return QUOTE_WORD.findall(text.casefold().replace("’", "'"))


def word_diff(a: str, b: str) -> str:
    """Return a word-level diff of two quotations: ``[-removed-]`` and ``{+added+}`` around changes."""
    wa, wb = a.split(), b.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(" ".join(wa[i1:i2]))
        else:
            if i2 > i1:
                out.append("[-" + " ".join(wa[i1:i2]) + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(wb[j1:j2]) + "+}")
    return " ".join(out)


def _compare_quotes(wa: Sequence[str], wb: Sequence[str], threshold: float) -> tuple[str, float] | None:
    """Return (relation, ratio) of two quotations' word lists, or None when they are not related."""
    if min(len(wa), len(wb)) < FRAGMENT_MIN_WORDS:
        return None
    if wa == wb:
        return "identical", 1.0
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    matcher = difflib.SequenceMatcher(a=wa, b=wb, autojunk=False)
    # quick_ratio() is an upper bound of ratio() (shared words, ignoring order): below the
    # threshold only a verbatim fragment can still relate the two, so ratio() is often skipped.
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
        if not _contains(long_, short):
            return None
        return "fragment", matcher.ratio()
    ratio = matcher.ratio()
    if ratio >= threshold:
        return "variant", ratio
    if _contains(long_, short):
        return "fragment", ratio
    return None


def _contains(long_: Sequence[str], short: Sequence[str]) -> bool:
    """Return whether ``short`` occurs as a contiguous run of words in ``long_``."""
    n = len(short)
    return any(long_[k : k + n] == short for k in range(len(long_) - n + 1))


def _min_overlap(length: int, threshold: float) -> int:
    """Return the fewest words a wording of ``length`` words shares with any variant of it.

    ratio = 2M / (la + lb) >= t with M <= min(la, lb) gives lb >= t la / (2 - t) and so
    M >= t la / (2 - t) (M counts matched words, at most the multiset overlap).
    """
    return max(1, math.ceil(threshold * length / (2 - threshold) - 1e-9))


def _related_wordings(wordings: list[tuple[str, ...]], threshold: float) -> dict[tuple[int, int], tuple[str, float]]:
    """Return {(i, j): (relation, ratio)} for every pair i < j of ``wordings`` that ``_compare_quotes`` relates.

    ``wordings`` are distinct word tuples of at least ``FRAGMENT_MIN_WORDS`` words each.

    No pair is compared twice and none is skipped: candidates come from two indexes that
    cannot miss a related pair (the test compares them with all pairs on random wordings).

    - Variants (prefix filtering, Chaudhuri et al. 2006; Bayardo et al. 2007): each wording
      is a set of (word, n-th occurrence) tokens sorted rarest first; two wordings sharing at
      least M tokens share a token among the first ``len - M + 1`` of each, and a variant
      shares at least ``_min_overlap`` words. Only those prefixes are indexed, and a pair
      is compared only if its lengths allow the ratio (``2 min / (la + lb) >= threshold``).
    - Fragments: a wording inside a longer one has all its bigrams in it, so each wording is
      indexed once under its rarest bigram and looked up from every bigram of the longer one.

    Cost: one pass over the words of each distinct wording plus the candidates found, which
    are the wordings sharing a rare word or containing a whole shorter wording.
    """
    tokens = []
    for words in wordings:
        seen: dict[str, int] = {}
        row = []
        for word in words:
            seen[word] = seen.get(word, 0) + 1
            row.append((word, seen[word]))
        tokens.append(row)
    frequency: dict[tuple[str, int], int] = {}
    for row in tokens:
        for token in row:
            frequency[token] = frequency.get(token, 0) + 1
    candidates: set[tuple[int, int]] = set()
    index: dict[tuple[str, int], list[int]] = {}
    lengths = [len(words) for words in wordings]
    for i, row in enumerate(tokens):
        row = sorted(row, key=lambda token: (frequency[token], token))  # rarest first, ties by the token itself
        for token in row[: lengths[i] - _min_overlap(lengths[i], threshold) + 1]:
            for j in index.setdefault(token, []):
                if 2 * min(lengths[i], lengths[j]) >= threshold * (lengths[i] + lengths[j]) - 1e-9:
                    candidates.add((j, i))
            index[token].append(i)
    bigrams = [list(dict.fromkeys(zip(words, words[1:]))) for words in wordings]
    bigram_frequency: dict[tuple[str, str], int] = {}
    for grams in bigrams:
        for gram in grams:
            bigram_frequency[gram] = bigram_frequency.get(gram, 0) + 1
    by_rarest: dict[tuple[str, str], list[int]] = {}
    for i, grams in enumerate(bigrams):
        if grams:
            by_rarest.setdefault(min(grams, key=lambda gram: (bigram_frequency[gram], gram)), []).append(i)
    for i, grams in enumerate(bigrams):
        for gram in grams:
            for j in by_rarest.get(gram, ()):
                if lengths[j] < lengths[i] and _contains(wordings[i], wordings[j]):
                    candidates.add((min(i, j), max(i, j)))
    # The verdicts of _compare_quotes, computed faster: the shared-token count of the sets
    # above is quick_ratio's multiset overlap, containment is a substring test on padded
    # strings, and one SequenceMatcher per later wording keeps its index of words (set_seq2).
    token_sets = [frozenset(row) for row in tokens]
    padded = [" " + " ".join(words) + " " for words in wordings]
    related = {}
    matcher = difflib.SequenceMatcher(autojunk=False)
    current = -1
    for i, j in sorted(candidates, key=lambda pair: (pair[1], pair[0])):
        la, lb = lengths[i], lengths[j]
        short, long_ = (i, j) if la <= lb else (j, i)
        inside = la != lb and padded[short] in padded[long_]
        fast = 2.0 * min(la, lb) / (la + lb) >= threshold and 2.0 * len(token_sets[i] & token_sets[j]) / (la + lb) >= threshold
        if not fast and not inside:
            continue
        if j != current:
            matcher.set_seq2(wordings[j])
            current = j
        matcher.set_seq1(wordings[i])
        ratio = matcher.ratio()
        if fast and ratio >= threshold:
            related[(i, j)] = ("variant", ratio)
        elif inside:
            related[(i, j)] = ("fragment", ratio)
    return dict(sorted(related.items()))


def quote_variants(study: Study, threshold: float = VARIANT_THRESHOLD) -> pd.DataFrame:
    """Return one row per top-level quotation that is repeated, changed or cut elsewhere (``QUOTE_VARIANT_COLUMNS``).

    A quotation's *wording* is its sequence of words (casefolded, punctuation dropped);
    quotations with the same wording are one wording, compared once. Two wordings are
    related as a ``variant`` (difflib ratio over the words >= ``threshold``) or as a
    ``fragment`` (one of at least ``FRAGMENT_MIN_WORDS`` words found verbatim inside the
    other); candidates come from indexes that miss no related pair (:func:`_related_wordings`).
    A *family* is a set of quotations joined by these relations (a connected component);
    families and, within one, wordings are numbered by first occurrence (article_id, start).
    Quotations of fewer than ``FRAGMENT_MIN_WORDS`` words and those in no family are left out.

    Each row says how the quotation relates to one earlier-found member, ``linked_article_id``
    / ``linked_quote_id`` (a row of the same family): ``first`` (the family's first
    occurrence; linked -1), ``identical`` (same wording: linked to that wording's first
    occurrence), else, on a wording's first occurrence, ``variant``, ``fragment`` (this
    quotation is inside the linked one) or ``contains`` (the linked one is inside this one),
    linked to the first occurrence of the family's first wording when related to it, else
    of the wording through which it joined the family (breadth-first from the first wording).
    ``similarity`` is the difflib ratio of the two wordings; ``diff`` the word diff from the
    linked quotation's text to this one (empty when the two texts are the same characters).
    The table grows with the number of quotations (not of pairs): a quotation repeated by
    500 articles gives 500 rows, not 124,750 pairs. ``start``/``end`` are offsets into the
    raw text of ``article_id`` (``raw[start:end] == text``).
    """
    if not 0 < threshold <= 1:
        raise ValueError("threshold must be in (0, 1]")
    outlets = study.outlet_of()
    quotes = study.quotes
    quotes = quotes[(quotes["depth"] == 1) & quotes["article_id"].isin(list(outlets))]
    quotes = quotes.sort_values(["article_id", "start", "quote_id"], kind="stable")
    texts = quotes["text"].tolist()
    # One regex pass per distinct text: repeated quotations are read once.
    key_of = {text: tuple(_words(text)) for text in dict.fromkeys(texts)}
    wording_of: dict[tuple[str, ...], int] = {}
    codes = np.full(len(texts), -1, dtype=np.int64)
    first_row: list[int] = []
    for position, text in enumerate(texts):
        key = key_of[text]
        if len(key) < FRAGMENT_MIN_WORDS:
            continue
        code = wording_of.get(key)
        if code is None:
            code = wording_of[key] = len(first_row)
            first_row.append(position)
        codes[position] = code
    wordings = list(wording_of)
    related = _related_wordings(wordings, threshold)
    neighbours: dict[int, list[int]] = {}
    for i, j in related:
        neighbours.setdefault(i, []).append(j)
        neighbours.setdefault(j, []).append(i)
    counts = np.bincount(codes[codes >= 0], minlength=len(wordings))
    # Families by breadth-first search from each unvisited wording, in first-occurrence order,
    # so a family's number and its first wording are those of its earliest quotation.
    family = np.full(len(wordings), -1, dtype=np.int64)
    rank = np.zeros(len(wordings), dtype=np.int64)
    parent = np.full(len(wordings), -1, dtype=np.int64)
    n_families = 0
    for root in range(len(wordings)):
        if family[root] >= 0 or (counts[root] < 2 and root not in neighbours):
            continue
        family[root] = n_families
        members, queue = [root], deque([root])
        while queue:
            current = queue.popleft()
            for other in sorted(neighbours.get(current, ())):
                if family[other] < 0:
                    family[other], parent[other] = n_families, current
                    members.append(other)
                    queue.append(other)
        for k, member in enumerate(sorted(members)):
            rank[member] = k
        n_families += 1
    in_family = np.append(family, -1)[codes] >= 0  # code -1 (too short) reads the appended -1
    keep = np.flatnonzero(in_family)
    kept_codes = codes[keep]
    article_ids = quotes["article_id"].tolist()
    quote_ids = quotes["quote_id"].tolist()
    relation, linked_article, linked_quote, similarity, diff = [], [], [], [], []
    diffs: dict[tuple[str, str], str] = {}  # repeated text pairs are diffed once
    for position, code in zip(keep.tolist(), kept_codes.tolist()):
        first = first_row[code]
        if position != first:
            link, verdict = first, ("identical", 1.0)
        elif parent[code] < 0:
            link, verdict = -1, ("first", 1.0)
        else:
            link = first_row[parent[code]]
            name, ratio = related[(min(code, parent[code]), max(code, parent[code]))]
            if name == "fragment":
                name = "fragment" if len(wordings[code]) < len(wordings[parent[code]]) else "contains"
            verdict = (name, ratio)
        relation.append(verdict[0])
        similarity.append(round(verdict[1], 3))
        if link < 0 or texts[link] == texts[position]:
            diff.append("")
        else:
            pair = (texts[link], texts[position])
            if pair not in diffs:
                diffs[pair] = word_diff(*pair)
            diff.append(diffs[pair])
        linked_article.append(article_ids[link] if link >= 0 else "")
        linked_quote.append(quote_ids[link] if link >= 0 else -1)
    taken = quotes.iloc[keep]
    out = pd.DataFrame({
        "family": family[kept_codes].astype(np.int32),
        "wording": rank[kept_codes].astype(np.int32),
        "article_id": taken["article_id"].to_numpy(),
        "quote_id": taken["quote_id"].to_numpy().astype(np.int32),
        "start": taken["start"].to_numpy().astype(np.int32),
        "end": taken["end"].to_numpy().astype(np.int32),
        "text": taken["text"].to_numpy(),
        "relation": pd.Categorical(relation),
        "linked_article_id": pd.Categorical(linked_article),
        "linked_quote_id": np.array(linked_quote, dtype=np.int32),
        "similarity": np.array(similarity, dtype=np.float64),
        "diff": pd.Categorical(diff),
    }, columns=QUOTE_VARIANT_COLUMNS)
    # Rows are in corpus order already: a stable sort by family keeps it within each family.
    return out.sort_values("family", kind="stable").reset_index(drop=True)


def wording_counts(variants: pd.DataFrame) -> pd.DataFrame:
    """Return one row per family and wording of :func:`quote_variants`: how many quotations and
    articles use it, and its first quotation (offsets, text, relation to its linked quotation)."""
    columns = ["family", "wording", "relation", "quotations", "articles", "article_id", "quote_id", "start", "end", "text"]
    keys = ["family", "wording"]
    # The table is in family, then corpus, order: the first row of a wording is its first occurrence.
    first = variants.drop_duplicates(keys).set_index(keys)
    grouped = variants.groupby(keys, sort=True)
    out = first.assign(quotations=grouped.size(), articles=grouped["article_id"].nunique())
    out = out.reset_index().sort_values(keys, kind="stable").reset_index(drop=True)
    return out.astype({"quotations": "int64", "articles": "int64"})[columns]


# ---------------------------------------------------------------- evaluation


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"tp": tp, "n_pred": n_pred, "n_gold": n_gold, "precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def match_attributions(pred: pd.DataFrame, gold: pd.DataFrame) -> list[tuple[int, int]]:
    """Return one-to-one (pred index, gold index) pairs whose content spans overlap, largest overlap first."""
    candidates = []
    for gi, g in gold.iterrows():
        for pi, p in pred[pred["article_id"] == g["article_id"]].iterrows():
            size = _overlap((p["content_start"], p["content_end"]), (g["content_start"], g["content_end"]))
            if size > 0:
                candidates.append((-size, pi, gi))
    used_p, used_g, pairs = set(), set(), []
    for _, pi, gi in sorted(candidates):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return sorted(pairs)


def _norm_source(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", str(text).strip().casefold())


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Return precision, recall and F1 of predicted against gold attributions.

    Rows: ``content`` exact (identical span) and overlap (any shared character, one-to-one
    matching as in the Gender Gap Tracker and citron evaluations); ``speaker`` exact and
    overlap, counted over attributions with a written speaker, a speaker being correct only
    when its attribution's content also matches (overlap); ``source`` (resolved source equal
    after case folding and dropping an article) over matched pairs; ``mode`` likewise.
    """
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match_attributions(pred, gold)
    rows = []
    exact = sum(1 for pi, gi in pairs if (pred.at[pi, "content_start"], pred.at[pi, "content_end"]) == (gold.at[gi, "content_start"], gold.at[gi, "content_end"]))
    rows.append({"target": "content", "match": "exact", **_prf(exact, len(pred), len(gold))})
    rows.append({"target": "content", "match": "overlap", **_prf(len(pairs), len(pred), len(gold))})
    has_p = pred["speaker_start"] >= 0
    has_g = gold["speaker_start"] >= 0
    sp_exact = sum(1 for pi, gi in pairs if has_p[pi] and has_g[gi] and (pred.at[pi, "speaker_start"], pred.at[pi, "speaker_end"]) == (gold.at[gi, "speaker_start"], gold.at[gi, "speaker_end"]))
    sp_overlap = sum(1 for pi, gi in pairs if has_p[pi] and has_g[gi] and _overlap((pred.at[pi, "speaker_start"], pred.at[pi, "speaker_end"]), (gold.at[gi, "speaker_start"], gold.at[gi, "speaker_end"])) > 0)
    rows.append({"target": "speaker", "match": "exact", **_prf(sp_exact, int(has_p.sum()), int(has_g.sum()))})
    rows.append({"target": "speaker", "match": "overlap", **_prf(sp_overlap, int(has_p.sum()), int(has_g.sum()))})
    src = sum(1 for pi, gi in pairs if _norm_source(pred.at[pi, "source"]) == _norm_source(gold.at[gi, "source"]))
    rows.append({"target": "source", "match": "resolved, on matched content", **_prf(src, len(pred), len(gold))})
    mode = sum(1 for pi, gi in pairs if pred.at[pi, "mode"] == gold.at[gi, "mode"])
    rows.append({"target": "mode", "match": "on matched content", **_prf(mode, len(pred), len(gold))})
    return pd.DataFrame(rows)


def evaluation_pairs(pred: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """Return gold and predicted attributions side by side (unmatched ones on their own rows)."""
    pred = pred.reset_index(drop=True)
    gold = gold.reset_index(drop=True)
    pairs = match_attributions(pred, gold)
    rows = []
    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    for pi, gi in pairs:
        rows.append({"article_id": gold.at[gi, "article_id"], "position": int(gold.at[gi, "content_start"]), "result": "matched",
                     "gold_speaker": gold.at[gi, "speaker_text"], "pred_speaker": pred.at[pi, "speaker_text"],
                     "gold_source": gold.at[gi, "source"], "pred_source": pred.at[pi, "source"],
                     "gold_mode": gold.at[gi, "mode"], "pred_mode": pred.at[pi, "mode"],
                     "content_exact": (pred.at[pi, "content_start"], pred.at[pi, "content_end"]) == (gold.at[gi, "content_start"], gold.at[gi, "content_end"]),
                     "gold_content": gold.at[gi, "content"][:80], "pred_content": pred.at[pi, "content"][:80]})
    for gi in sorted(set(gold.index) - matched_g):
        rows.append({"article_id": gold.at[gi, "article_id"], "position": int(gold.at[gi, "content_start"]), "result": "missed",
                     "gold_speaker": gold.at[gi, "speaker_text"], "gold_source": gold.at[gi, "source"], "gold_mode": gold.at[gi, "mode"],
                     "gold_content": gold.at[gi, "content"][:80]})
    for pi in sorted(set(pred.index) - matched_p):
        rows.append({"article_id": pred.at[pi, "article_id"], "position": int(pred.at[pi, "content_start"]), "result": "spurious",
                     "pred_speaker": pred.at[pi, "speaker_text"], "pred_source": pred.at[pi, "source"], "pred_mode": pred.at[pi, "mode"],
                     "pred_content": pred.at[pi, "content"][:80]})
    out = pd.DataFrame(rows).fillna("")
    return out.sort_values(["article_id", "position", "result"], kind="stable").reset_index(drop=True)


def load_gold(path) -> pd.DataFrame:
    """Return a gold attributions CSV (see tests/gold/README.md) with offsets as integers."""
    gold = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in ("speaker_start", "speaker_end", "cue_start", "cue_end", "content_start", "content_end"):
        gold[column] = gold[column].astype(int)
    return gold


# ---------------------------------------------------------------- reading aids


def attribution_table(attr: pd.DataFrame, study: Study, article_id: str, width: int = 90) -> pd.DataFrame:
    """Return one article's attributions as a readable table with the sentence they sit in."""
    sentences = study.sentences.set_index(["article_id", "sentence_id"])["text"]
    sub = attr[attr["article_id"] == article_id]
    return pd.DataFrame({
        "sentence_id": sub["sentence_id"],
        "sentence": [_shorten(sentences.get((article_id, sid), ""), width) for sid in sub["sentence_id"]],
        "speaker (as written)": sub["speaker_text"],
        "cue": sub["cue"], "cue_class": sub["cue_class"], "mode": sub["mode"],
        "source (resolved)": sub["source"], "resolved_by": sub["resolved_by"],
        "source_type": sub["source_type"], "affiliation": sub["affiliation"],
        "content": [_shorten(c, width) for c in sub["content"]],
    }).reset_index(drop=True)


def _shorten(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def highlight_html(attr: pd.DataFrame, study: Study, article_id: str) -> str:
    """Return HTML of one article's attributed sentences: speaker bold, cue underlined, content shaded.

    All article text is escaped; offsets come straight from the attributions table.
    """
    import html

    raw = study.raw[article_id]
    sub = attr[attr["article_id"] == article_id]
    parts = ['<div style="font-family: sans-serif; line-height: 1.6">']
    for sentence_id, group in sub.groupby("sentence_id", sort=True):
        start, end = int(group["start"].iat[0]), int(group["end"].iat[0])
        lo = min(start, int(group["content_start"].min()))
        hi = max(end, int(group["content_end"].max()))
        marks: dict[int, list[str]] = {}
        for row in group.itertuples(index=False):
            for s, e, tag in ((row.content_start, row.content_end, "content"), (row.speaker_start, row.speaker_end, "speaker"), (row.cue_start, row.cue_end, "cue")):
                if s >= 0:
                    marks.setdefault(s, []).append("open-" + tag)
                    marks.setdefault(e, []).append("close-" + tag)
        style = {"content": '<span style="background:#fde7c4">', "speaker": "<b>", "cue": "<u>"}
        close = {"content": "</span>", "speaker": "</b>", "cue": "</u>"}
        out, pos = [], lo
        for offset in sorted(marks):
            out.append(html.escape(raw[pos:offset]))
            for mark in sorted(marks[offset], key=lambda m: (not m.startswith("close"), m)):
                kind, tag = mark.split("-")
                out.append(close[tag] if kind == "close" else style[tag])
            pos = offset
        out.append(html.escape(raw[pos:hi]))
        labels = "; ".join(f"{r.mode}, {r.cue_class or 'no cue'} -> {r.source or '(no source)'}" for r in group.itertuples(index=False))
        parts.append(f"<p><small>sentence {int(sentence_id)} [{html.escape(labels)}]</small><br>{''.join(out)}</p>")
    parts.append("</div>")
    return "\n".join(parts)


# ---------------------------------------------------------------- charts

MODE_ORDER = ["direct", "floating", "mixed", "indirect"]
UNKNOWN_COLOR = "#BBBBBB"


def _affiliation_colors(affiliations: list[str]) -> dict[str, str]:
    """Return a colour per affiliation; unknown is grey, the others take the house palette in order."""
    from ..plots import OKABE_ITO

    palette = [c for c in OKABE_ITO if c != "#000000"] + ["#882255", "#44AA99", "#999933", "#332288"]
    named = [a for a in affiliations if a != "unknown"]
    colors = {a: palette[i % len(palette)] for i, a in enumerate(named)}
    colors["unknown"] = UNKNOWN_COLOR
    return colors


def plot_who_speaks(attr: pd.DataFrame, figures_dir, source: str):
    """Chart the share of attributed words per affiliation country, one bar per outlet; return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, save_figure

    apply_style()
    data = by_affiliation(attr)
    order = data.groupby("affiliation")["content_words"].sum().sort_values(ascending=False, kind="stable")
    affiliations = [a for a in order.index if a != "unknown"] + (["unknown"] if "unknown" in order.index else [])
    colors = _affiliation_colors(sorted(a for a in affiliations if a != "unknown"))  # same colours in every sourcing chart
    outlets = sorted(data["outlet"].unique())
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.7 * len(outlets)))
    for row, outlet in enumerate(outlets):
        sub = data[data["outlet"] == outlet].set_index("affiliation")
        left = 0.0
        for affiliation in affiliations:
            if affiliation not in sub.index:
                continue
            share = float(sub.at[affiliation, "share_of_words"])
            ax.barh(row, share, left=left, color=colors[affiliation], edgecolor="white")
            if share >= 0.08:
                ax.text(left + share / 2, row, f"{affiliation}\n{share:.0%}", ha="center", va="center", fontsize=7.5)
            left += share
        total = int(data.loc[data["outlet"] == outlet, "content_words"].sum())
        ax.text(1.01, row, f"{total} words", va="center", fontsize=8)
    ax.set_yticks(range(len(outlets)), outlets)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the words attributed to sources (content of every attribution)")
    known = data[data["affiliation"] != "unknown"]
    top = known.sort_values(["outlet", "content_words", "affiliation"], ascending=[True, False, True], kind="stable").groupby("outlet").head(1)
    tops = list(dict.fromkeys(top["affiliation"]))
    if known.empty:
        title = "No attributed words could be given an affiliation"
    elif len(tops) == 1 and len(outlets) > 1 and len(top) == len(outlets):
        title = f"Sources affiliated with {tops[0]} get the most attributed words in every outlet"
    elif len(outlets) == 1:
        title = f"Sources affiliated with {tops[0]} get the most attributed words"
    else:
        title = "The affiliation given the most words differs between outlets"
    ax.set_title(title)
    from matplotlib.patches import Patch

    handles = [Patch(color=colors[a]) for a in affiliations]
    ax.legend(handles, affiliations, title="affiliation", bbox_to_anchor=(1.12, 1), loc="upper left", fontsize=8, frameon=False)
    save_figure(fig, data, "sourcing_who_speaks", figures_dir, source)
    return fig


def plot_top_sources(attr: pd.DataFrame, figures_dir, source: str, top: int = 8):
    """Chart each outlet's most-voiced sources: words in their own (quoted) words and paraphrased; return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, save_figure

    apply_style()
    table = sources(attr)
    table = table[table["source"] != "(none)"]
    data = table.groupby("outlet", sort=True).head(top).reset_index(drop=True)
    data = data.assign(paraphrased_words=data["content_words"] - data["quoted_words"])
    data = data[["outlet", "source", "source_type", "affiliation", "attributions", "quoted_words", "paraphrased_words", "content_words"]]
    outlets = sorted(data["outlet"].unique())
    affiliations = sorted(set(a for cell in attr["affiliation"] for a in cell.split("; ")) - {"unknown"})
    colors = _affiliation_colors(affiliations)
    rows = max([int((data["outlet"] == o).sum()) for o in outlets] + [1])
    fig, axes = plt.subplots(1, max(1, len(outlets)), figsize=(4.2 * max(1, len(outlets)), 0.9 + 0.42 * rows), squeeze=False, sharex=True)
    for ax, outlet in zip(axes[0], outlets):
        sub = data[data["outlet"] == outlet].reset_index(drop=True)
        for y, row in sub.iterrows():
            color = colors.get(row["affiliation"].split("; ")[0], colors["unknown"])
            ax.barh(y, row["quoted_words"], color=color)
            ax.barh(y, row["paraphrased_words"], left=row["quoted_words"], color=color, alpha=0.35, hatch="//", edgecolor="white")
        ax.set_yticks(range(len(sub)), [f"{_shorten(s, 28)} ({_shorten(a, 22)})" for s, a in zip(sub["source"], sub["affiliation"])], fontsize=8)
        ax.set_ylim(rows - 0.5, -0.5)
        ax.set_title(outlet, fontsize=10)
        ax.set_xlabel("words attributed (solid: in quotation marks)")
    if len(outlets) > 1:
        leaders = data.sort_values(["outlet", "content_words", "source"], ascending=[True, False, True], kind="stable").groupby("outlet").head(1)
        title = "Most-voiced source per outlet: " + "; ".join(f"{o}: {_shorten(s, 24)}" for o, s in zip(leaders["outlet"], leaders["source"]))
    elif len(data):
        title = f"{outlets[0]}: {_shorten(data['source'].iat[0], 30)} is given the most words"
    else:
        title = "No attributed sources"
    fig.suptitle(_shorten(title, 110), x=0.01, ha="left", fontweight="bold")
    fig.tight_layout()
    save_figure(fig, data, "sourcing_top_sources", figures_dir, source)
    return fig


def plot_cue_classes(attr: pd.DataFrame, figures_dir, source: str):
    """Chart the share of attributions per cue-neutrality class, bars per outlet; return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, outlet_colors, save_figure

    apply_style()
    data = cue_profile(attr)
    outlets = sorted(data["outlet"].unique())
    classes = [c for c in dict.fromkeys(reporting_verbs()["cue_class"])]
    colors = outlet_colors(outlets)
    fig, ax = plt.subplots(figsize=(8, 4.2))
    width = 0.8 / max(1, len(outlets))
    for k, outlet in enumerate(outlets):
        sub = data[data["outlet"] == outlet].set_index("cue_class").reindex(classes)
        ys = [i + (k - (len(outlets) - 1) / 2) * width for i in range(len(classes))]
        ax.barh(ys, sub["share"].fillna(0), height=width, color=colors[outlet], label=outlet)
        for y, share, n in zip(ys, sub["share"].fillna(0), sub["attributions"].fillna(0)):
            if n:
                ax.text(share + 0.01, y, f"{int(n)}", va="center", fontsize=7.5)
    ax.set_yticks(range(len(classes)), [c.replace("_", "-") for c in classes])
    ax.invert_yaxis()
    ax.set_xlabel("share of the outlet's attributions with a cue (number at bar end)")
    neutral = data[data["cue_class"] == "neutral"].set_index("outlet")["share"]
    if neutral.empty:
        title = "No reporting cues found"
    elif len(outlets) > 1:
        low, high = neutral.idxmin(), neutral.idxmax()
        title = f"{high} uses neutral cues most ({neutral[high]:.0%}); {low} least ({neutral[low]:.0%})" if neutral[high] != neutral[low] else "Outlets use neutral cues equally often"
    else:
        title = f"{neutral.index[0]}: {neutral.iat[0]:.0%} of cues are neutral"
    ax.set_title(title)
    if outlets:
        ax.legend(frameon=False, fontsize=8, loc="lower right")
    save_figure(fig, data, "sourcing_cue_classes", figures_dir, source)
    return fig


def plot_modes(attr: pd.DataFrame, figures_dir, source: str):
    """Chart the share of direct, floating, mixed and indirect attributions per outlet; return the figure."""
    import matplotlib.pyplot as plt

    from ..plots import OKABE_ITO, apply_style, save_figure

    apply_style()
    rows = []
    for outlet, g in attr.groupby("outlet", sort=True):
        for mode in MODE_ORDER:
            n = int((g["mode"] == mode).sum())
            rows.append({"outlet": outlet, "mode": mode, "attributions": n, "share": round(n / len(g), 3)})
    data = pd.DataFrame(rows, columns=["outlet", "mode", "attributions", "share"])
    outlets = sorted(data["outlet"].unique())
    colors = dict(zip(MODE_ORDER, [OKABE_ITO[0], OKABE_ITO[4], OKABE_ITO[1], OKABE_ITO[2]]))
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.7 * len(outlets)))
    for row, outlet in enumerate(outlets):
        left = 0.0
        for mode in MODE_ORDER:
            share = float(data[(data["outlet"] == outlet) & (data["mode"] == mode)]["share"].iat[0])
            ax.barh(row, share, left=left, color=colors[mode], edgecolor="white", label=mode if row == 0 else None)
            if share >= 0.06:
                ax.text(left + share / 2, row, f"{share:.0%}", ha="center", va="center", fontsize=8)
            left += share
    ax.set_yticks(range(len(outlets)), outlets)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the outlet's attributions")
    quoted = data[data["mode"].isin(["direct", "floating", "mixed"])].groupby("outlet")["share"].sum()
    if quoted.empty:
        title = "No attributions found"
    elif len(outlets) > 1:
        high, low = quoted.idxmax(), quoted.idxmin()
        title = f"{high} quotes its sources' own words more often than {low}" if quoted[high] != quoted[low] else "Outlets quote their sources' own words equally often"
    else:
        title = f"{outlets[0]}: {quoted.iat[0]:.0%} of attributions quote the source's own words"
    ax.set_title(title)
    if outlets:
        ax.legend(ncol=4, frameon=False, fontsize=8, bbox_to_anchor=(0, -0.25 - 0.1 / max(1, len(outlets))), loc="upper left")
    save_figure(fig, data, "sourcing_modes", figures_dir, source)
    return fig


def tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv."""
    # Quotation variants need no attributions: they are compared while the workers extract.
    token_index = _token_index(study)
    attr, variants = _attributions(study, meanwhile=lambda: quote_variants(study), token_index=token_index)
    affiliations = by_affiliation(attr)
    return {
        "attributions": attr,
        "sources": sources(attr),
        "quote_variants": variants,
        "sourcing_outlets": outlet_profile(attr, list(study.outlet_of().values())),
        "sourcing_affiliations": affiliations,
        "sourcing_sides": _sides_from(affiliations),
        "sourcing_cues": cue_profile(attr),
        "accused_parties": accused_parties(attr, study, token_index),
    }
