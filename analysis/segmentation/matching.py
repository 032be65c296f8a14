"""Cheap gates in front of segmentation's regex lists, so a line is searched only by the patterns it can match.

Every line of every page is searched by each pattern of a kind (``boilerplate_patterns.csv``) and
each site-notice phrase; nearly all searches fail. A gate is a condition every match implies, so
skipping a pattern whose gate fails never changes which pattern matches first:

- a pattern list: each pattern's required text (:func:`required_text`), read from the parsed
  regex, is looked for in the lower-cased line before the regex is run (:func:`first_match`);
- a phrase list: one alternation of every phrase is searched before the phrases one by one
  (:func:`phrase_alternation`).
"""

from __future__ import annotations

import re
import re._constants as sre  # the parser's node names (LITERAL, BRANCH ...), stable since Python 3.11
import re._parser as sre_parse  # the regex's own parse tree: what a pattern requires, read, not guessed
from dataclasses import dataclass
from functools import lru_cache

# The only characters outside ASCII that re.IGNORECASE matches with an ASCII character (İ ı ſ K: i, i, s,
# k); tests/test_segmentation_matching.py checks the list against every code point. A line holding one is
# searched by every pattern, ungated.
IGNORECASE_ASCII_TWINS = "\u0130\u0131\u017f\u212a"
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# A clause: the strings (lower-case ASCII) of which a match holds at least one.
Clause = tuple[str, ...]


@dataclass(frozen=True)
class GatedPattern:
    """A pattern of a list, its note, the clause every text it matches satisfies, and the strings one of
    which every such text opens with (for a pattern anchored at the start; None: no such gate)."""

    regex: re.Pattern
    note: str
    clause: Clause | None
    openings: Clause | None


def _clauses(items: sre_parse.SubPattern | list) -> list[Clause]:
    """Return the clauses a match of the parsed sequence ``items`` satisfies (every one of them).

    A run of consecutive ASCII literals is a required string; a group or a repeat of at least
    one adds its body's clauses; an alternation adds one clause made of one clause of each
    branch, when every branch has one. Anything else (classes, anchors, look-arounds, optional
    parts, non-ASCII literals) requires nothing and ends the run.
    """
    clauses: list[Clause] = []
    run: list[str] = []
    for op, av in items:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            clauses.append(("".join(run),))
            run = []
        if op is sre.SUBPATTERN:
            clauses += _clauses(av[3])
        elif op is sre.ATOMIC_GROUP:
            clauses += _clauses(av)
        elif op in _REPEATS and av[0] >= 1:
            clauses += _clauses(av[2])
        elif op is sre.BRANCH:
            branches = [_clauses(branch) for branch in av[1]]
            if all(branches):
                clauses.append(tuple(dict.fromkeys(s for branch in branches for s in _best(branch))))
    if run:
        clauses.append(("".join(run),))
    return clauses


def _best(clauses: list[Clause]) -> Clause:
    """Return the most selective clause: the one whose shortest string is longest (the first on ties)."""
    return max(clauses, key=lambda clause: min(map(len, clause)))


def _openings(items: sre_parse.SubPattern | list) -> Clause | None:
    """Return the strings one of which a match of ``items`` opens with, or None when it need not open with text.

    The leading run of ASCII literals; else a group's openings, or an alternation's when every branch has some.
    """
    items = list(items)
    run = []
    for op, av in items:
        if op is not sre.LITERAL or av >= 128:
            break
        run.append(chr(av).lower())
    if run:
        return ("".join(run),)
    if not items:
        return None
    op, av = items[0]
    if op is sre.SUBPATTERN:
        return _openings(av[3])
    if op is sre.BRANCH:
        branches = [_openings(branch) for branch in av[1]]
        if all(branches):
            return tuple(dict.fromkeys(s for branch in branches for s in branch))
    return None


def _anchored_openings(items: sre_parse.SubPattern | list) -> Clause | None:
    """Return the strings one of which the text opens with when ``items`` match it, for a pattern anchored
    at the start (``^``, ``\\A``; every branch anchored for an alternation); else None."""
    items = list(items)
    if not items:
        return None
    op, av = items[0]
    if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return _openings(items[1:])
    if op is sre.BRANCH and len(items) == 1:
        branches = [_anchored_openings(branch) for branch in av[1]]
        if all(branches):
            return tuple(dict.fromkeys(s for branch in branches for s in branch))
    return None


def opening_text(pattern: re.Pattern) -> Clause | None:
    """Return strings one of which every text ``pattern`` matches opens with (case-insensitively), lower-cased;
    None when the pattern is not anchored at the start, may match across lines or need not open with text."""
    if pattern.flags & re.MULTILINE:
        return None
    return _anchored_openings(sre_parse.parse(pattern.pattern, pattern.flags))


def required_text(pattern: re.Pattern) -> Clause | None:
    """Return strings of which every text ``pattern`` matches (case-insensitively) holds one, lower-cased;
    None when the pattern requires no literal text."""
    clauses = _clauses(sre_parse.parse(pattern.pattern, pattern.flags))
    return _best(clauses) if clauses else None


def gate(patterns: list[tuple[re.Pattern, str]]) -> tuple[GatedPattern, ...]:
    """Return ``(regex, note)`` pairs in their order, each with its clause (:func:`required_text`)."""
    return tuple(GatedPattern(regex, note, required_text(regex), opening_text(regex)) for regex, note in patterns)


@lru_cache(maxsize=8)  # one entry per kind of the pattern table
def boilerplate_kind(kind: str) -> tuple[GatedPattern, ...]:
    """Return the gated patterns of ``kind`` in ``boilerplate_patterns.csv``, in the table's order."""
    from .labelling import boilerplate_patterns  # labelling imports this module

    table = boilerplate_patterns()
    rows = table[table["kind"] == kind]
    return gate(list(zip(rows["regex"], rows["note"], strict=True)))


def first_match(text: str, patterns: tuple[GatedPattern, ...]) -> str | None:
    """Return the note of the first pattern that matches ``text`` (re.search), else None.

    A pattern anchored at the start whose openings ``text`` (lower-cased) does not open with, or
    another whose clause it does not hold, cannot match it and is not run; a text holding one of
    ``IGNORECASE_ASCII_TWINS`` is searched by every pattern.
    """
    if not text.isascii() and any(twin in text for twin in IGNORECASE_ASCII_TWINS):
        return next((pattern.note for pattern in patterns if pattern.regex.search(text)), None)
    lowered = text.lower()
    holds = lowered.__contains__  # map() over a bound method: no generator frame per test
    for pattern in patterns:
        if pattern.openings is not None:
            if not lowered.startswith(pattern.openings):
                continue
        elif pattern.clause is not None and not any(map(holds, pattern.clause)):
            continue
        if pattern.regex.search(text):
            return pattern.note
    return None


@lru_cache(maxsize=8)
def phrase_alternation(phrases: tuple[str, ...]) -> re.Pattern:
    """Return one regex that matches where any of ``phrases`` matches as a whole word (``\\bphrase\\b``).

    Backtracking tries every branch at every word boundary, so it matches a text exactly when
    one of the phrases' own regexes does.
    """
    return re.compile(r"\b(?:" + "|".join(re.escape(phrase) for phrase in phrases) + r")\b")
