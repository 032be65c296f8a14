"""One post written two ways: "<Country>'s Foreign Minister" and "Minister for Foreign Affairs of <Country>".

A post is the same whether the text writes it with its country before it (a possessive or a demonym) or after
it in an ``of`` phrase, and whether the portfolio is named by its adjective ("Foreign") or its full form
("Foreign Affairs"). :func:`post_key` reduces a post to its country and its set of content words, so that both
forms meet; :func:`post_holders` reads the holders the text names in the apposition form "NAME, POST of
COUNTRY" (official records and UN meeting coverage name a speaker so, and may refer to them by the post first,
before the name: a cataphoric post). Issue 11 round 17 (tuner src17c).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import countries

# Words of a post that say nothing of which post it is ("Minister for Foreign Affairs of" = "Foreign Minister").
# "Federal" says which level of government a minister serves, not which portfolio ("Federal Minister for X" is the
# country's minister for X).
POST_FILLERS = frozenset({"of", "for", "the", "affairs", "and", "'s", "’s", "federal"})
# "FARHAN ALI MIRZA, Minister for Foreign Affairs of Pakistan,": a name of two to four capitalised words, a comma,
# a capitalised post (its small words "of", "for", "the", "and" inside), "of", a capitalised country.
HOLDER = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+), (?:the )?"
    r"(?P<post>[A-Z][\w-]+(?: (?:[A-Z][\w-]+|of|for|and|the))*?) of (?:the )?"
    r"(?P<country>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?=[,.;])"
)

# A post after a country's possessive: capitalised or lower-case words, "for"/"of"/"and" inside ("Velmoria's
# minister for water", "Velmoria's Federal Minister for Climate Change").
_POSSESSED_POST = r"(?P<country>[A-Z][\w-]+)['’]s (?P<post>(?:[A-Za-z][\w-]*)(?: (?:[A-Za-z][\w-]*)){0,5})"
_NAME = r"(?P<name>(?:[A-Z][\w'’-]+ ){1,3}[A-Z][\w'’-]+)"
# "NAME, Velmoria's minister for water, said" and "Velmoria's minister for water, NAME, said": the possessive
# forms of the same apposition.
POSSESSED_HOLDERS = (
    re.compile(_NAME + r", (?:the )?" + _POSSESSED_POST + r"(?=[,.;])"),
    re.compile(_POSSESSED_POST + r", " + _NAME + r"(?=[,.;])"),
)


@lru_cache(maxsize=1)
def _country_of_form() -> dict[str, str]:
    """Return a gazetteer form (name or demonym) -> its country."""
    table = countries()
    return dict(zip(table["form"], table["country"], strict=False))


def country_of_form(written: str) -> str:
    """Return the country a gazetteer form names ("Pakistani" -> "Pakistan"), else ``written`` itself: a country
    the gazetteer does not list stands as written (the resolver learns such countries from the text)."""
    return _country_of_form().get(written, written)


def post_key(post: str, country: str) -> tuple[str, frozenset[str]] | None:
    """Return a post's normal form: (country, its content words case-folded), or None without country or words.

    The fillers (``of``, ``for``, ``affairs``) are left out, so "Minister for Foreign Affairs" and "Foreign
    Minister" give the same words."""
    words = frozenset(w for w in re.findall(r"[\w'’-]+", post.casefold()) if w not in POST_FILLERS)
    if not country or not words:
        return None
    return country, words


@lru_cache(maxsize=4)
def post_holders(raw: str) -> dict[tuple[str, frozenset[str]], str]:
    """Return post key -> the name of its holder, for each "NAME, POST of COUNTRY" of ``raw`` (or its possessive
    forms, :data:`POSSESSED_HOLDERS`); a post two different
    names hold is left out (the text does not say which is meant)."""
    holders: dict[tuple[str, frozenset[str]], str] = {}
    clashing: set[tuple[str, frozenset[str]]] = set()
    matches = [match for pattern in (HOLDER, *POSSESSED_HOLDERS) for match in pattern.finditer(raw)]
    for match in matches:
        key = post_key(match["post"], country_of_form(match["country"]))
        if key is None:
            continue
        # A name in capitals (a record's speaker heading style) is reported in its ordinary case.
        name = match["name"].title() if match["name"].isupper() else match["name"]
        if key in holders and holders[key].casefold() != name.casefold():
            clashing.add(key)
        holders.setdefault(key, name)
    return {key: name for key, name in holders.items() if key not in clashing}


def post_holder(raw: str, post: str, country: str) -> str | None:
    """Return the name of the one holder the text gives the post ``post`` of ``country``, else None."""
    key = post_key(post, country)
    return None if key is None else post_holders(raw).get(key)


# A minister's post with its country (round 18, "a ministry named from a minister mentioned earlier"): "Velmoria's
# finance minister", "the Minister of Finance of Velmoria", "Velmorian Finance Minister"; the portfolio's words.
_PORTFOLIO = r"[A-Z][\w-]+(?: (?:and )?[A-Z][\w-]+)*"
MINISTER_POSTS = (
    re.compile(
        r"\b(?P<country>[A-Z][\w-]+)['’]s (?P<post>(?:[A-Za-z][\w-]* ){0,2}[Mm]inister(?: (?:of|for) (?:the )?"
        + _PORTFOLIO
        + r")?)"
    ),
    re.compile(r"\b(?P<post>[Mm]inister (?:of|for) (?:the )?" + _PORTFOLIO + r") of (?:the )?(?P<country>[A-Z][\w-]+)"),
    re.compile(r"\b(?P<country>[A-Z][\w-]+) (?P<post>[A-Z][\w-]+ [Mm]inister)\b"),
)


def ministry_country(raw: str, ministry: str, country_of: dict[str, str]) -> str:
    """Return the one country whose minister of the ministry's portfolio the text names ("the Ministry of Finance"
    after "the Minister of Finance of Velmoria" -> Velmoria), else "".

    A ministry and its minister share the portfolio (:func:`post_key`'s words, "ministry" read as "minister"); the
    affiliation convention of tests/gold/pages/README.md counts the country the text states, and a text that
    gives the minister's country states the ministry's. ``country_of`` maps a country's name or demonym (the
    gazetteer's and those the text introduced) to the country; a post whose first word it does not know is no
    country's, and two countries for one portfolio leave it ""."""
    wanted = post_key(re.sub(r"(?i)\bministry\b", "minister", ministry), "-")
    if wanted is None or len(wanted[1]) < 2:
        return ""
    found = set()
    for pattern in MINISTER_POSTS:
        for match in pattern.finditer(raw):
            country = country_of.get(match["country"], "")
            key = post_key(match["post"], country)
            if key is not None and key[1] == wanted[1]:
                found.add(country)
    return found.pop() if len(found) == 1 else ""
