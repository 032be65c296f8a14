"""The country a list item's lead states for its speakers ("United Kingdom: Foreign Secretary X said ...").

Reactions sections (an encyclopedia's "International reactions", a live blog's or a briefing's round-up by country)
open each item with the country and a colon, then report what its officials said. The lead is an apposition of the
item's speakers: it states their country as "Britain's foreign secretary" would, so a speaker whose own phrase
states none takes it (the round-20 rows of ``tests/gold/pages/styles_round20_a.md``, "Reactions by country"). Only
a lead that is a country of the gazetteer (``sourcing_countries.csv``: a name or an abbreviation) counts; a lead
that is a person's name (a transcript's turn) or a body's is left.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import line_start
from .lexicons import countries

# A lead at a line's start (after a bullet or indent): one to four capitalised words, a colon, a space.
LEAD = re.compile(r"[ \t*•>-]{0,4}(?P<lead>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}):[ \t]")


def lead_country(raw: str, position: int) -> str:
    """Return the country of the lead opening the line that holds ``position`` (after the lead's colon), else ""."""
    if position < 0:
        return ""
    start = line_start(raw, position)
    match = LEAD.match(raw, start, position + 1)
    if match is None or match.end() > position:
        return ""
    country, kind = gazetteer_form(match["lead"])
    return country if kind in {"country", "abbreviation"} else ""


@lru_cache(maxsize=1)
def _gazetteer_forms() -> dict[str, tuple[str, str]]:
    """Return every gazetteer form, of one word or more ("United Kingdom") -> (its country, its kind)."""
    frame = countries()
    return {f: (c, k) for f, c, k in zip(frame["form"], frame["country"], frame["kind"], strict=False)}


def gazetteer_form(text: str) -> tuple[str, str]:
    """Return (country, kind) of a gazetteer form of any length, else ("", "")."""
    return _gazetteer_forms().get(text, ("", ""))
