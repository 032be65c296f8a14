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
    """Return (source, country) of the body that publishes the page ``raw``: a state's mission named on the page
    (:func:`page_mission`), else its last copyright line naming a body, written "<demonym> <body>"; None when no
    copyright line names a body of a state the gazetteer knows (a news agency's or an institute's "we" is its
    writers', which the ruling does not settle)."""
    mission = page_mission(raw)
    if mission is not None:
        return mission
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


@lru_cache(maxsize=1)
def _mission_pattern() -> re.Pattern[str]:
    """Return the pattern of a whole line naming a diplomatic mission "<head> of <state> in|to <place>" (group
    ``host``) or "<head> of <state> – <seat>" (group ``seat``, round 19, tuner pub19), its head from
    ``sourcing_mission_heads.txt`` (longest first), a copyright sign and year allowed around it."""
    heads = "|".join(re.escape(h) for h in sorted(read_word_list("sourcing_mission_heads.txt"), key=len, reverse=True))
    return re.compile(
        r"^[^\S\r\n]*(?:(?:©|Copyright)[^\S\r\n]*(?:\d{4}[^\S\r\n]+)?)?"
        rf"(?P<name>(?:{heads})[^\S\r\n]+of[^\S\r\n]+(?:the[^\S\r\n]+)?(?P<state>[A-Z][\w’'-]*(?:[^\S\r\n]+(?:of[^\S\r\n]+)?[A-Z][\w’'-]*)*)"
        r"(?P<host>[^\S\r\n]+(?:in|to)[^\S\r\n]+(?:the[^\S\r\n]+)?[A-Z][\w’'-]*(?:[^\S\r\n]+(?:of[^\S\r\n]+)?[A-Z][\w’'-]*)*)?)"
        # Or the banner gives the mission's seat after a dash ("Embassy of X – Port Alder"), no part of its name.
        r"(?P<seat>[^\S\r\n]+[–—][^\S\r\n]+[A-Z][\w’'-]*(?:[^\S\r\n]+[A-Z][\w’'-]*)*)?"
        # The line's end, whichever line break ends it (LF, CR LF or CR: one definition, analysis.text).
        r"(?:[^\S\r\n]+\d{4})?[^\S\r\n]*" + LINE_END_PATTERN,
        re.MULTILINE,
    )


@lru_cache(maxsize=8)
def page_mission(raw: str) -> tuple[str, str] | None:
    """Return (name, country) of the diplomatic mission whose site the page ``raw`` is: the last line that is only
    a mission's name with its host (the site's banner or copyright line, "© 2023 Embassy of Ukraine in the Republic
    of Zembara" -> ("Embassy of Ukraine in the Republic of Zembara", "Ukraine")), else None.

    A mission has a name of its own, written as the page writes it (round 16), and speaks for the state it
    represents, the affiliation (round 5: the country a named institution unambiguously belongs to). A line that
    names a mission inside a sentence is no banner and is not read, nor a bare "<head> of <state>" line, which
    gives neither host nor seat (a banner that gives the seat after a dash names the mission without it: "Embassy
    of X – Port Alder" -> "Embassy of X"); a state the text gives as "the Republic of X"
    is X even when the gazetteer lacks it (an invented or small state)."""
    found = None
    for match in _mission_pattern().finditer(raw):
        country = _state_of(match["state"]) if match["host"] or match["seat"] else ""
        if country:
            found = (" ".join(match["name"].split()), country)
    return found


def _state_of(written: str) -> str:
    """Return the country of a state's name as a mission's name writes it ("Russian Federation" -> "Russia",
    "Republic of Norvasta" -> "Norvasta", "Syrian Arab Republic" -> "Syria"), else ""."""
    written = " ".join(written.split())
    if written in _country_forms():
        return _country_forms()[written]
    republic = re.fullmatch(r"(?:[A-Z][\w’'-]* )*Republic of (?P<name>[A-Z][\w’'-]*)", written)
    if republic is not None:
        return _country_forms().get(republic["name"], republic["name"])
    first = written.split()[0]
    return next((country for country, demonym in demonyms().items() if demonym == first), "")
