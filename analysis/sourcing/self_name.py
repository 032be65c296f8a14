"""The body a page is published by, as its copyright line names it: "© 2018 The Ministry of Foreign Affairs of the
Russian Federation." -> ("Russian Ministry of Foreign Affairs", "Russia").

A body's own page (a ministry's briefing, a statement on its site) speaks in the first person: its spokesperson's
"we" is the body. The gold pages' round-18 ruling (``ministry_self_name``) writes that "we" with the name the page
gives itself, the owner rewritten as the adjective (round 7: "Ministry of Foreign Affairs of the People's Republic
of China" -> "Chinese Ministry of Foreign Affairs"). The copyright line is where a site names its publisher; it
names a body when one of its words is an organisation's head noun (``sourcing_organisation_heads.txt``), so a
newspaper's or a person's copyright names no body here. Issue 11 round 18 (tuner src18b).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_word_list
from ..text import LINE_END_PATTERN
from .lexicons import countries, demonyms

# "© 2018 The X.", "Copyright © 1998-2023 X, the Y. All rights reserved", "© 2022 X   Privacy Policy".
COPYRIGHT = re.compile(
    r"(?:©|\(c\)|Copyright)(?:[^\S\r\n]*(?:©|Copyright))?[^\S\r\n]*(?:\d{4}(?:[^\S\r\n]*[-–][^\S\r\n]*\d{4})?[^\S\r\n]+)?"
    r"(?:[Tt]he[^\S\r\n]+)?(?P<name>[A-Z][^\r\n.|]*?)(?=\.|[^\S\r\n]{2,}|[^\S\r\n]*\||[^\S\r\n]+All[^\S\r\n]+rights|"
    + LINE_END_PATTERN
    + ")",
    re.MULTILINE,
)
# The state owning a body, after its name: "of the Russian Federation", ", Government of Pakistan", ", the People's
# Republic of China". A state's long form ("People's Republic of", "Islamic Republic of") is written before its name.
OWNER = re.compile(
    r"^(?P<body>.+?)(?:,[^\S\r\n]*|[^\S\r\n]+of[^\S\r\n]+)(?:the[^\S\r\n]+)?(?:Government[^\S\r\n]+of[^\S\r\n]+)?"
    r"(?:(?:People[’']s|Islamic|Federal|Democratic|Arab|Socialist|United)[^\S\r\n]+)*(?:Republic[^\S\r\n]+of[^\S\r\n]+)?"
    r"(?:the[^\S\r\n]+)?(?P<owner>[A-Z][\w-]*(?:[^\S\r\n]+[A-Z][\w-]*)?)$"
)


@lru_cache(maxsize=1)
def _organisation_heads() -> frozenset[str]:
    """Return the head nouns of organisations' names (``sourcing_organisation_heads.txt``)."""
    return frozenset(read_word_list("sourcing_organisation_heads.txt"))


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, str]:
    """Return a country's name (one or more words, "Russian Federation") -> the country, from the gazetteer."""
    table = countries()
    table = table[table["kind"] == "country"]
    return dict(zip(table["form"], table["country"], strict=True))


@lru_cache(maxsize=8)
def page_body(raw: str) -> tuple[str, str] | None:
    """Return (source, country) of the body that publishes the page ``raw`` (its last copyright line naming a
    body), written "<demonym> <body>"; None when no copyright line names a body of a state the gazetteer knows (a
    news agency's or an institute's "we" is its writers', which the ruling does not settle)."""
    found = None
    for match in COPYRIGHT.finditer(raw):
        name = " ".join(match["name"].split()).rstrip(",;: ")
        if any(word.casefold() in _organisation_heads() for word in re.findall(r"[A-Za-z]+", name)):
            found = name
    if found is None:
        return None
    source, country = _owner_as_adjective(found)
    return (source, country) if country else None


def _owner_as_adjective(name: str) -> tuple[str, str]:
    """Return (source, country) of a body's name: "Ministry of Foreign Affairs of the Russian Federation" ->
    ("Russian Ministry of Foreign Affairs", "Russia"); a name with no owning state the gazetteer knows -> (name, "")."""
    match = OWNER.match(name)
    if match is None:
        return name, ""
    country = _country_forms().get(match["owner"], "")
    adjective = demonyms().get(country, "")
    if not adjective or not any(w.casefold() in _organisation_heads() for w in match["body"].split()):
        return name, ""
    return f"{adjective} {match['body']}", country
