"""Unnamed staff of a named firm: "Analysts at the Amsterdam brokerage Kroon & Visser said ..." -> "Kroon & Visser
analysts".

Markets reporting quotes a firm's experts as a group, naming the firm after ``at`` with, perhaps, a descriptor
("the Amsterdam brokerage"). The source is "<firm> <staff>" (the gold pages' round-18 ruling, ``staff_of_named_body``:
who speaks is the staff, identified by the body; the descriptor and seat of the firm go, the staff noun's own
modifiers stay: "shipping analysts at Linerscope" -> "Linerscope shipping analysts"). A firm's name may join its
partners' names by ``&`` ("Kroon & Visser"): the whole run is the firm, never a person named by its last word.
Issue 11 round 17 (tuner src17c), round 18 (tuner src18b).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_word_list
from ..text import line_start
from .lexicons import countries

# "Analysts at the Amsterdam brokerage Kroon & Visser": the staff noun, "at", an optional "the" and at most two
# descriptor words, each lower-case and no preposition, perhaps after a capitalised place ("Amsterdam brokerage"),
# then the firm: capitalised words, "&" or "and" between two of them, to the end of the speaker. A seat after the
# firm ("... Grain in Hamburg") is no descriptor: such a phrase is left to the naming rules (naming.without_seat).
STAFF_AT_FIRM = re.compile(
    r"^(?:(?P<opener>\w+) )?(?P<staff>[A-Za-z]+) at (?:the )?"
    r"(?:(?:[A-Z][\w-]* )?(?!(?:in|at|from|of|for|on|near)\b)[a-z][\w-]* ){0,2}?"
    r"(?P<firm>[A-Z][\w'’.-]*(?:(?: &| and)? [A-Z][\w'’.-]*)*)$"
)
# The same staff phrase ending where a speaker made of the firm's name alone starts ("Analysts at the Amsterdam
# brokerage [Kroon & Visser]"): the extractor may take the name after the descriptor as the speaker.
STAFF_BEFORE_FIRM = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?:\w+ )?[A-Za-z]+ at (?:the )?"
    r"(?:(?:[A-Z][\w-]* )?(?!(?:in|at|from|of|for|on|near)\b)[a-z][\w-]* ){0,2}?$"
)
# Openers that determine the staff rather than describe them ("The analysts at X", "Its economists at X").
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "our", "his", "her", "these", "those"})
# How far before a firm-name speaker its staff phrase may start (a staff noun, "at", "the", two descriptor words).
STAFF_WINDOW = 80


@lru_cache(maxsize=1)
def firm_staff_nouns() -> frozenset[str]:
    """Return the plural staff nouns of ``sourcing_firm_staff.txt``."""
    return frozenset(read_word_list("sourcing_firm_staff.txt"))


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Return the gazetteer's one-word forms (a firm named by a country word is a state's body, left to others)."""
    return frozenset(form for form in countries()["form"] if " " not in form)


def firm_staff(speaker: str) -> str | None:
    """Return "<firm> <staff>" when ``speaker`` (as written, perhaps after one opener such as "Some") is a
    staff phrase of a named firm, else None.

    The firm holds no gazetteer word: "Meteorologists at the Pakistan Meteorological Department" is a state's
    body, which the body rules write. A speaker that is the firm's name alone stays the firm: the extractor read
    the firm as the speaker, and the resolver names the speaker it is given."""
    match = STAFF_AT_FIRM.match(speaker)
    if match is None or match["staff"].casefold() not in firm_staff_nouns():
        return None
    if any(word in _country_words() for word in re.findall(r"[\w'’.-]+", match["firm"])):
        return None
    return staff_of_named_body(match["firm"], match["staff"], match["opener"] or "")


def staff_of_named_body(body: str, staff: str, modifier: str = "") -> str:
    """Return the source "<body> [<modifier>] <staff>" ("Kroon & Visser", "Analysts" -> "Kroon & Visser analysts";
    "Linerscope", "analysts", "shipping" -> "Linerscope shipping analysts"): the round-18 ruling's order for the
    staff of a named body. The staff noun is written lower-case (it followed the body's name, not a sentence start);
    a quantifier opener ("Some analysts") is no modifier and goes (naming.without_quantifier's class)."""
    from .naming import naming_words

    words = [body]
    not_modifiers = naming_words()["quantifier"] | DETERMINERS
    if modifier and modifier.casefold() not in not_modifiers and modifier.isalpha():
        words.append(modifier.casefold())
    return " ".join([*words, staff.casefold()])


def staff_phrase_ending_at(raw: str, start: int, speaker: str) -> str | None:
    """Return the whole staff phrase when the firm's name ``speaker`` (starting at ``start`` in ``raw``) follows a
    staff noun, "at" and a descriptor on its line ("Analysts at the Telmar brokerage [Fjord Securities]"), else
    None: the speaker the extractor found is the firm's name, but the text's speaker is the firm's staff."""
    if not speaker[:1].isupper():
        return None
    before = raw[max(line_start(raw, start), start - STAFF_WINDOW) : start]
    match = STAFF_BEFORE_FIRM.search(before)
    if match is None:
        return None
    return match.group() + speaker
