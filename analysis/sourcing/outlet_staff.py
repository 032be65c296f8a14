"""An outlet's unnamed staff member taken up by a bare outlet noun: "The channel's correspondent said" ->
"<channel> correspondent".

A report on other media (a monitoring service's summary, a press review) names a channel, an agency or a paper
once ("Syrian state TV channel Syria One", "Lakeside TV on Monday said") and then lets its staff speak through a
possessive of the bare noun ("The channel's correspondent", "the paper's columnist"). The gold pages write the
staff member as ``<outlet> <staff>`` with the outlet's country as affiliation (tests/gold/pages/styles_round16_a.md,
"Affiliation": an outlet's staff take the outlet's country when the text gives it). The words are the classes
``outlet_staff`` and ``outlet_anaphor`` of ``analysis/data/sourcing_naming_words.csv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..text import line_start
from .lexicons import gazetteer_kinds
from .naming import naming_words

NAME = r"[A-Z][\w’'-]*(?:[^\S\r\n]+[A-Z][\w’'-]*)*"
# An outlet named after its noun ("channel Syria One", "news agency Tolvik Press") or ending in "TV" ("Lakeside TV").
NAMED_AFTER_NOUN = re.compile(
    rf"\b(?:[Cc]hannel|[Aa]gency|[Ss]tation|[Bb]roadcaster|[Dd]aily|[Pp]aper)[^\S\r\n]+({NAME})"
)
# "\b" tested after the name's first capital ("[A-Z](?<!\w[A-Z])": the same test), so that re skips to a capital at C
# speed (speed19: finditer over the 500 bench articles 0.16 -> 0.10 CPU s per 1,000).
NAMED_TV = re.compile(r"([A-Z](?<!\w[A-Z])" + NAME.removeprefix("[A-Z]") + r"[^\S\r\n]+TV)\b")
# A place after a staff noun ("correspondent in Hama"): the preposition and at most three words.
PLACE_PREPOSITIONS = frozenset({"in"})
PLACE_WORDS = 4
# Words before an outlet's name that may state its country ("Syrian state TV channel").
COUNTRY_WINDOW = 40


def staff_of_outlet(raw: str, norms: list[str], here: int) -> tuple[str, str] | None:
    """Return (source, country) for a speaker ``norms`` "[the] <outlet noun> 's <staff>" at ``here`` ("the
    channel's correspondent" -> ("Syria One correspondent", "Syria")), the outlet being the last one named before
    ``here``; else None. The country is "" when the text states none."""
    words = naming_words()
    if norms[:1] == ["the"]:
        norms = norms[1:]
    if len(norms) > 3 and norms[3] in PLACE_PREPOSITIONS and len(norms) <= 3 + PLACE_WORDS:
        # Where the staff member speaks from ("the channel's correspondent in Hama") goes: the outlet names them,
        # as for "Syria One correspondent" (the gold's round-17 and round-18 rulings: staff of a named body).
        norms = norms[:3]
    if len(norms) != 3 or norms[1] not in {"'s", "’s"}:
        return None
    if norms[0] not in words["outlet_anaphor"] or norms[2] not in words["outlet_staff"]:
        return None
    named = [outlet for outlet in _named_outlets(raw) if outlet[0] < here]
    if not named:
        return None
    _, name, country = named[-1]
    return f"{name} {norms[2]}", country


def outlet_of_noun(raw: str, norms: list[str], here: int) -> tuple[str, str] | None:
    """Return (name, country) of the last outlet named after the same noun before ``here`` for a speaker "the
    <noun>" ("the agency" after "the state news agency Tolvik Press" -> "Tolvik Press"), else None: a bare noun
    takes up the name it introduced (same-head anaphora), even lines later, as a monitoring report's "The agency
    said" takes up the agency its header named."""
    if len(norms) != 2 or norms[0] != "the" or norms[1] not in naming_words()["outlet_anaphor"]:
        return None
    starts, names = _named_after(raw, norms[1])
    k = bisect_left(starts, here)
    if k == 0:
        return None
    return names[k - 1], _outlet_country(raw, starts[k - 1], names[k - 1])


@lru_cache(maxsize=16)
def _named_after(raw: str, noun: str) -> tuple[list[int], list[str]]:
    """Return the starts and names of the outlets named right after ``noun`` in ``raw``, in text order (one pass per
    article and noun, so that every anaphor is a binary search: resolution stays linear in the article)."""
    # Only the noun's first letter may be either case: the name after it must stay capitalised word by word.
    pattern = re.compile(rf"\b[{noun[0].upper()}{noun[0]}]{re.escape(noun[1:])}[^\S\r\n]+({NAME})")
    found = [(m.start(1), m.group(1)) for m in pattern.finditer(raw)]
    return [start for start, _ in found], [name for _, name in found]


def possessed_staff_country(raw: str, norms: list[str], here: int) -> str:
    """Return the country of the last outlet named before ``here`` for a named staff member introduced by "its"
    ("Its columnist Ada Finch" after "the Brenlandic daily Morgenpost" -> that country), else "": the staff take
    the outlet's country when the text gives it (tests/gold/pages/styles_round16_a.md, "Affiliation")."""
    staff = naming_words()["outlet_staff"]
    written = len(norms) >= 3 and norms[0] == "its" and norms[1] in staff
    # The speaker phrase may hold the name alone, the post before it left out ("Its columnist [Ada Finch]").
    before = raw[line_start(raw, here) : here].split()
    if not written and not (len(before) == 2 and before[0].casefold() == "its" and before[1].casefold() in staff):
        return ""
    named = [outlet for outlet in _named_outlets(raw) if outlet[0] < here]
    return named[-1][2] if named else ""


@lru_cache(maxsize=8)
def _named_outlets(raw: str) -> list[tuple[int, str, str]]:
    """Return (start, name, country) of every outlet the text names after an outlet noun or by a name ending in
    "TV", in text order; the country is that of a demonym or country word just before the name or inside it."""
    found = [(m.start(1), m.group(1)) for m in NAMED_AFTER_NOUN.finditer(raw)]
    found += [(m.start(1), m.group(1)) for m in NAMED_TV.finditer(raw)]
    return [(start, name, _outlet_country(raw, start, name)) for start, name in sorted(found)]


def _outlet_country(raw: str, start: int, name: str) -> str:
    """Return the country of the nearest demonym or country word in the words just before an outlet's name on
    its line, else of a country word inside the name ("Syria One TV"), else ""."""
    before = raw[max(line_start(raw, start), start - COUNTRY_WINDOW) : start].split()
    for word in [*reversed(before), *name.split()]:
        country, kind = gazetteer_kinds().get(word, ("", ""))
        if kind in {"demonym", "country"}:
            return country
    return ""
