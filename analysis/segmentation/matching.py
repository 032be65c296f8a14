"""Cheap gates in front of segmentation's regex lists, so a line is searched only by the patterns it can match.

Every line of every page is searched by each pattern of a kind (``boilerplate_patterns.csv``) and
each site-notice phrase; nearly all searches fail. A gate is a condition every match implies, so
skipping a pattern whose gate fails never changes which pattern matches first:

- a pattern list: each pattern's required text (:func:`required_clauses`), read from the parsed
  regex, is looked for in the lower-cased line before the regex is run (:func:`first_match`);
- a phrase list: one alternation of every phrase is searched before the phrases one by one
  (:func:`phrase_alternation`).
"""

from __future__ import annotations

import re
import re._constants as sre  # the parser's node names (LITERAL, BRANCH ...), stable since Python 3.11
import re._parser as sre_parse  # the regex's own parse tree: what a pattern requires, read, not guessed
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .line_features import IGNORECASE_ASCII_TWINS, features  # noqa: F401 (IGNORECASE_ASCII_TWINS: re-exported)

# IGNORECASE_ASCII_TWINS (.line_features, re-exported): a line holding one is searched by every pattern, ungated.
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

# A clause: the strings (lower-case ASCII) of which a match holds at least one.
Clause = tuple[str, ...]


@dataclass(frozen=True)
class GatedPattern:
    """A pattern of a list, its note, the clauses every text it matches satisfies (most selective first;
    empty: none), and the strings one of which every such text opens with (for a pattern anchored at the
    start; None: no such gate)."""

    regex: re.Pattern
    note: str
    clauses: tuple[Clause, ...]
    openings: Clause | None


def _literal(code: int) -> str | None:
    """Return the lower-cased character of a LITERAL node when a lower-cased text holds it wherever the
    pattern matches: an ASCII character, or one without case (©, °), which IGNORECASE matches only with
    itself; None for a cased non-ASCII character (its case variants need not lower to it)."""
    char = chr(code)
    if code < 128:
        return char.lower()
    return char if char.lower() == char == char.upper() else None


def _clauses(items: sre_parse.SubPattern | list) -> list[Clause]:
    """Return the clauses a match of the parsed sequence ``items`` satisfies (every one of them).

    A run of consecutive literals (:func:`_literal`) is a required string; a group or a repeat of
    at least one adds its body's clauses; an alternation whose every branch has clauses adds the
    union of each branch's most selective clause, of each branch's second (its last when it has
    fewer), and so on: whichever branch matched, each union holds; a class of literal characters is a clause of
    them (:func:`_class_clause`). Anything else (other classes,
    anchors, look-arounds, optional parts, cased non-ASCII literals) requires nothing and ends the run.
    """
    clauses: list[Clause] = []
    run: list[str] = []
    for op, av in items:
        char = _literal(av) if op is sre.LITERAL else None
        if char is not None:
            run.append(char)
            continue
        if run:
            clauses.append(("".join(run),))
            run = []
        if op is sre.SUBPATTERN:
            clauses += _clauses(av[3])
        elif op is sre.IN:
            clauses += _class_clause(av)
        elif op is sre.ATOMIC_GROUP:
            clauses += _clauses(av)
        elif op in _REPEATS and av[0] >= 1:
            clauses += _clauses(av[2])
        elif op is sre.BRANCH:
            branches = [_ranked(_clauses(branch)) for branch in av[1]]
            if all(branches):
                for k in range(max(map(len, branches))):
                    picked = (branch[min(k, len(branch) - 1)] for branch in branches)
                    clauses.append(tuple(dict.fromkeys(s for clause in picked for s in clause)))
    if run:
        clauses.append(("".join(run),))
    return clauses


def _class_clause(items: list) -> list[Clause]:
    """Return ``[chars]`` for a class of literal characters only (``[/|]``, and the parser's form of ``(?:/|\\|)``):
    a match holds one of them (:func:`_literal`); else [] (a range, a category, a negated class, a cased non-ASCII
    character). Such a class was no gate before (speed17: the caption credit "(?:^|\\s)(?:/|\\|)\\s*(?:afp|reuters|ap
    ...)" was run on the 2,711 of 8,162 bench lines holding "ap"; with the shared strings of
    :func:`_first_shared_match`, first_match caption over the 8,162 lines 0.131 -> 0.112 CPU s)."""
    chars = [_literal(av) if op is sre.LITERAL else None for op, av in items]
    if not chars or None in chars:
        return []
    return [tuple(dict.fromkeys(chars))]


def _ranked(clauses: list[Clause]) -> list[Clause]:
    """Return the clauses most selective first: the longer a clause's shortest string, the earlier (stable on ties)."""
    return sorted(clauses, key=lambda clause: min(map(len, clause)), reverse=True)


def _openings(items: sre_parse.SubPattern | list) -> Clause | None:
    """Return the strings one of which a match of ``items`` opens with, or None when it need not open with text.

    The leading run of ASCII literals; else a group's openings, or an alternation's when every branch has some.
    """
    items = list(items)
    run = []
    for op, av in items:
        char = _literal(av) if op is sre.LITERAL else None
        if char is None:
            break
        run.append(char)
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


def required_clauses(pattern: re.Pattern) -> tuple[Clause, ...]:
    """Return the clauses every text ``pattern`` matches (case-insensitively) satisfies, each a tuple of
    lower-cased strings of which the text holds one, most selective first, without repeats; empty when
    the pattern requires no literal text."""
    return tuple(dict.fromkeys(_ranked(_clauses(sre_parse.parse(pattern.pattern, pattern.flags)))))


def gate(patterns: list[tuple[re.Pattern, str]]) -> tuple[GatedPattern, ...]:
    """Return ``(regex, note)`` pairs in their order, each with its clauses (:func:`required_clauses`)."""
    return tuple(GatedPattern(regex, note, required_clauses(regex), opening_text(regex)) for regex, note in patterns)


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
    another one of whose clauses it does not satisfy, cannot match it and is not run; a text holding
    one of ``IGNORECASE_ASCII_TWINS`` is searched by every pattern.
    """
    # The lower-cased line is read once per line for every pattern list (.line_features), not folded per list: about
    # five lists a line (speed17c: the 28,956 first_match calls of label_lines over 500 bench articles, replayed with
    # the lines' records read, three alternating pairs 0.43-0.51 -> 0.36-0.38 CPU s; the record's one lower() a line
    # costs about 0.01 s of it).
    lowered = features(text).lowered
    if lowered is None:
        return next((pattern.note for pattern in patterns if pattern.regex.search(text)), None)
    holds = lowered.__contains__  # map() over a bound method: no generator frame per test
    shared, gated = _gates(patterns, lowered[:1])
    if shared:
        return _first_shared_match(text, lowered, shared, gated)
    for pattern, first in gated:
        # The first clause's gate (see _gates), tested here, not by a call per pattern: one string, or the clause's
        # strings.
        if first is not None:
            if first.__class__ is str:
                if first not in lowered:
                    continue
            elif not any(map(holds, first)):
                continue
        if _pattern_matches(pattern, text, lowered, holds):
            return pattern.note
    return None


def _pattern_matches(pattern: GatedPattern, text: str, lowered: str, holds: Callable[[str], bool]) -> bool:
    """Return whether ``pattern`` matches ``text`` (re.search), its first clause already known to hold: False at once
    when ``lowered`` does not open with its openings or misses one of its other clauses (``holds``: lowered's
    ``__contains__``), as the regex would."""
    if pattern.openings is not None and not lowered.startswith(pattern.openings):
        return False
    clauses = pattern.clauses
    # The other clauses only where the most selective holds: a regex run is dearer than these tests
    # (measured: first_match over the 500 bench articles' lines 0.89 -> 0.57 s, about 0.6 CPU s per 1,000 articles).
    if len(clauses) > 1 and not all(any(map(holds, clause)) for clause in clauses[1:]):
        return False
    return pattern.regex.search(text) is not None


def _first_shared_match(text: str, lowered: str, shared: tuple, gated: tuple) -> str | None:
    """Return :func:`first_match`'s answer for a bucket of shared strings (:func:`_gates`): only the patterns whose
    first clause holds a string ``lowered`` holds are visited, in their order (each shared string lists its
    patterns; "" lists those without a clause, and every text holds it). The same patterns as a loop over every
    pattern testing its bits, without the loop (speed17: first_match caption over the 8,162 lines of 500 bench
    articles, 25 patterns a line, with the class clauses above: 0.131 -> 0.112 CPU s)."""
    found: set[int] = set()
    for string, positions in shared:
        if string in lowered:
            found.update(positions)
    holds = lowered.__contains__
    for k in sorted(found):
        pattern = gated[k][0]
        if _pattern_matches(pattern, text, lowered, holds):
            return pattern.note
    return None


# Per pattern list (by id, the list kept alive with its entry): first character -> its patterns that a text
# opening with it can match (see _opening_with).
_BY_OPENING: dict[int, tuple[tuple[GatedPattern, ...], dict[str, tuple[GatedPattern, ...]]]] = {}


def _opening_with(patterns: tuple[GatedPattern, ...], first: str) -> tuple[GatedPattern, ...]:
    """Return ``patterns``, in order, without those anchored at the start none of whose openings begins with
    ``first`` (a lower-cased text's first character, "" for an empty text): they cannot match it, and most
    lines open with a character few openings do, so the loop of :func:`first_match` skips them at once
    (measured: first_match over the 500 bench articles' 23,257 lines, three alternating runs of three: medians
    0.75 -> 0.66 s, about 0.2 CPU s per 1,000 articles)."""
    entry = _BY_OPENING.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        entry = _BY_OPENING[id(patterns)] = (patterns, {})
    kept = entry[1].get(first)
    if kept is None:
        kept = entry[1][first] = tuple(
            p for p in patterns if p.openings is None or any(o[:1] in ("", first) for o in p.openings)
        )
    return kept


# A bucket's first clauses are tested as shared strings when they hold at most this share of distinct strings
# (caption: about 38 of 71, tested once per text instead of once per pattern; boilerplate: about 85 of 90, tested
# per pattern, a single string by ``in``): see _gates.
MAX_DISTINCT_SHARE = 0.75
# Per pattern list (by id, the list kept alive with its entry): first character -> (shared strings, gates).
_GATES: dict[int, tuple[tuple[GatedPattern, ...], dict[str, tuple[tuple, tuple]]]] = {}


def _gates(patterns: tuple[GatedPattern, ...], first: str) -> tuple[tuple, tuple]:
    """Return ``(shared, gated)`` for the patterns a text opening with ``first`` can match (:func:`_opening_with`):
    ``gated`` pairs each pattern with its first clause's gate (None: no clause), ``shared`` the (string, positions
    of the patterns whose first clause holds it) pairs :func:`first_match` tests once per text when the bucket's
    first clauses repeat strings (:func:`_first_shared_match`; the gates are then None), else () (a gate is then
    its one string or its clause).

    Measured (first_match over the 8,162 lines of 500 bench articles for each of the five kinds, best of 5, three
    alternating runs in fresh processes on a loaded machine): 0.463-0.472 -> 0.386-0.396 s."""
    entry = _GATES.get(id(patterns))
    if entry is None or entry[0] is not patterns:
        entry = _GATES[id(patterns)] = (patterns, {})
    found = entry[1].get(first)
    if found is None:
        found = entry[1][first] = _bucket_gates(_opening_with(patterns, first))
    return found


def _bucket_gates(kept: tuple[GatedPattern, ...]) -> tuple[tuple, tuple]:
    """Return ``(shared, gated)`` of :func:`_gates` for the patterns ``kept``."""
    firsts = [pattern.clauses[0] for pattern in kept if pattern.clauses]
    distinct = dict.fromkeys(string for clause in firsts for string in clause)
    if len(distinct) <= MAX_DISTINCT_SHARE * sum(map(len, firsts)):
        # Each shared string with the positions of the patterns whose first clause holds it; "" (held by every text)
        # first, with the patterns that have no clause.
        positions: dict[str, list[int]] = {"": [k for k, p in enumerate(kept) if not p.clauses]}
        positions |= {string: [] for string in distinct}
        for k, pattern in enumerate(kept):
            for string in dict.fromkeys(pattern.clauses[0] if pattern.clauses else ()):
                positions[string].append(k)
        shared = tuple((string, tuple(found)) for string, found in positions.items() if found)
        return shared, tuple((p, None) for p in kept)
    return (), tuple(
        (p, (p.clauses[0][0] if len(p.clauses[0]) == 1 else p.clauses[0]) if p.clauses else None) for p in kept
    )


@lru_cache(maxsize=8)
def phrase_alternation(phrases: tuple[str, ...]) -> re.Pattern:
    """Return one regex that matches where any of ``phrases`` matches as a whole word (``\\bphrase\\b``).

    Backtracking tries every branch at every word boundary, so it matches a text exactly when
    one of the phrases' own regexes does.
    """
    alternation = "|".join(re.escape(phrase) for phrase in phrases)
    if not all(phrases):
        return re.compile(r"\b(?:" + alternation + r")\b")
    # A match opens with a phrase's first character: one class test where most positions fail, before the branches
    # (speed17: the site-notice alternation over the 8,162 folded lines of 500 bench articles 0.143 -> 0.097 CPU s).
    firsts = "".join(re.escape(char) for char in sorted({phrase[0] for phrase in phrases}))
    return re.compile(r"\b(?=[" + firsts + r"])(?:" + alternation + r")\b")
