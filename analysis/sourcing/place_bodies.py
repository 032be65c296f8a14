"""The country of a public authority of a place (a port authority, a city council): the country the page states
for its place.

The gold's round-19 ruling (``body_of_place_country``, tests/gold/pages/README.md) reads a port authority, a city or
county council, a district administration or a governorate as belonging to its place as a ministry belongs to its
state: when the page states the place's country (a dateline "ZEELHAVEN, Netherlands", "the German port of X"), that
is the body's affiliation; else it stays unknown. A body named by a place (``X Port Authority``) takes the country
only when the page states it for that place; a bare "the port authority" takes the page's place. Issue 11 round 19
(tuner src19).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_word_list
from .lexicons import gazetteer_kinds

# A dateline opening a line: an optional agency in parentheses, a place in capitals, a comma and the country
# ("ZEELHAVEN, Netherlands (11:20 A.M.) –", "MARISHOLM, Denmark (AP) —").
DATELINE = re.compile(
    r"^[^\S\r\n]*(?:\([A-Z]+\)[^\S\r\n]*[-–—][^\S\r\n]*)?(?P<place>[A-Z][A-Z’'-]+(?:[^\S\r\n]+[A-Z][A-Z’'-]+)*),"
    r"[^\S\r\n]+(?P<country>[A-Z][a-z]+(?:[^\S\r\n]+[A-Z][a-z]+)?)\b",
    re.MULTILINE,
)
# "the Dutch port of Westerhaven", "Dutch port of Westerhaven": a country's adjective, one or two lower-case words
# and "of" before a capitalised place.
PLACED = re.compile(r"\b([A-Z][\w-]*)[^\S\r\n]+(?:[a-z]+[^\S\r\n]+){1,2}of[^\S\r\n]+([A-Z][\w’'-]*)\b")


@lru_cache(maxsize=1)
def place_body_heads() -> tuple[str, ...]:
    """Return the heads of a place's public authority (``sourcing_place_bodies.txt``), longest first."""
    return tuple(sorted(read_word_list("sourcing_place_bodies.txt"), key=len, reverse=True))


def place_body_country(raw: str, source: str) -> str:
    """Return the country the page ``raw`` states for the place of the public authority ``source`` ("Zeelhaven Port
    Authority" under the dateline "ZEELHAVEN, Netherlands" -> "Netherlands"; "port authority" on a page whose only
    placed port is "the German port of Brenmünde" -> "Germany"), else ""."""
    lowered = " ".join(source.split()).casefold()
    head = next((h for h in place_body_heads() if lowered == h or lowered.endswith(" " + h)), None)
    if head is None:
        return ""
    place = lowered[: -len(head)].strip()
    places = _stated_places(raw)
    if place:
        return places.get(place, "")
    countries = set(places.values())
    return countries.pop() if len(countries) == 1 else ""


@lru_cache(maxsize=8)
def _stated_places(raw: str) -> dict[str, str]:
    """Return place (lower case) -> the country the page states for it: by a dateline or by a country's adjective
    before "<noun> of <place>"; a place given two countries is left out."""
    kinds = gazetteer_kinds()
    found: dict[str, set[str]] = {}
    for match in DATELINE.finditer(raw):
        country, kind = kinds.get(match["country"], ("", ""))
        if kind == "country":
            found.setdefault(match["place"].casefold(), set()).add(country)
    for match in PLACED.finditer(raw):
        country, kind = kinds.get(match.group(1), ("", ""))
        if kind == "demonym" and match.group(2) not in kinds:
            found.setdefault(match.group(2).casefold(), set()).add(country)
    return {place: countries.pop() for place, countries in found.items() if len(countries) == 1}
