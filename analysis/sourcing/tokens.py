"""Token predicates and lookups shared by the rules: capitalised words, gazetteer places,
codebook titles, a cue form's tense, spans of token indices and their trimming.

A token is a plain dict (start, end, text, norm, is_word, voice) of one sentence of the
study's token table (see :mod:`analysis.sourcing.extraction`).
"""

from __future__ import annotations

from .lexicons import _country_forms, _country_sizes, _role_patterns, _role_sizes, title_abbreviations
from .words import IRREGULAR_PAST, NAME_PARTICLE, TRIM_CHARS

# Gazetteer names of this many words may hold a word that looks like a person's name ("The Hague").
PLACE_NAME_SIZES = (2, 3)


def _is_cap(tok: dict) -> bool:
    """Return True for a capitalised word, or a name with a lower-case particle joined by a hyphen (al-Assad)."""
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
        # Only forms that open with this token can match here, longest first.
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
        tuple(t["text"] for t in toks[j : j + size]) in table
        for size in PLACE_NAME_SIZES
        for j in range(max(0, i - size + 1), i + 1)
        if j + size <= len(toks)
    )


def _is_gazetteer(tok: dict) -> bool:
    """Return whether the token alone is a gazetteer form (a country, demonym, capital ...)."""
    return (tok["text"],) in _country_forms()


def _is_title_period(toks: list[dict], j: int) -> bool:
    """Return whether token ``j`` is the period of a title abbreviation right before it ("Adm." in "Rear Adm. X")."""
    return (
        toks[j]["text"] == "."
        and j > 0
        and toks[j - 1]["norm"] in title_abbreviations()
        and toks[j - 1]["end"] == toks[j]["start"]
    )


def _expand_titles(norms: list[str]) -> tuple[list[str], list[int]]:
    """Return norms with title abbreviations expanded and their periods dropped ("maj . gen ." -> "major
    general"), and for each kept norm its index in ``norms``."""
    abbreviations = title_abbreviations()
    words, positions = [], []
    for i, norm in enumerate(norms):
        if norm == "." and i > 0 and norms[i - 1] in abbreviations:
            continue
        dotted = i + 1 < len(norms) and norms[i + 1] == "."
        words.append(abbreviations[norm] if dotted and norm in abbreviations else norm)
        positions.append(i)
    return words, positions


def _roles_in(norms: list[str]) -> list[tuple[int, int, str, str]]:
    """Return (start, end, role, kind) of every codebook pattern in a list of norms (indices into ``norms``).

    Title abbreviations are read as the words they stand for ("Rear Adm." matches ``rear admiral``).
    """
    found = []
    patterns = _role_patterns()
    sizes = _role_sizes()
    words, positions = _expand_titles(norms) if "." in norms else (norms, range(len(norms)))
    n = len(words)
    for i in range(n):
        # Only patterns that open with this word can match here, longest first.
        for size in sizes.get(words[i], ()):
            if i + size <= n:
                key = tuple(words[i : i + size])
                if key in patterns:
                    found.append((positions[i], positions[i + size - 1] + 1, *patterns[key]))
                    break
    return found


def _tense(form: str) -> str:
    """Return the tense of a cue form from its first word: ``ing``, ``past``, ``3sg`` or ``base``."""
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


def _has_words(toks: list[dict], start: int, end: int) -> bool:
    """Return whether tokens ``start`` to ``end`` hold a word."""
    return any(t["is_word"] for t in toks[start:end])


def _span(toks: list[dict], pair: tuple[int, int] | None) -> tuple[int, int]:
    """Return the character offsets of a (start, end) pair of token indices, (-1, -1) for none or empty."""
    if pair is None or pair[1] <= pair[0]:
        return -1, -1
    return toks[pair[0]]["start"], toks[pair[1] - 1]["end"]
