"""Unnamed staff of a named firm: "Analysts at the Amsterdam brokerage Kroon & Visser said ..." -> "Analysts at
Kroon & Visser".

Markets reporting quotes a firm's experts as a group, naming the firm after ``at`` with, perhaps, a descriptor
("the Amsterdam brokerage"). The source is "<staff> at <firm>" (the gold pages' round-16 ruling drops a named
body's seat and keeps the staff noun: "Analysts at Kroonveld Shipping Research"). A firm's name may join its
partners' names by ``&`` ("Kroon & Visser"): the whole run is the firm, never a person named by its last word.
Issue 11 round 17 (tuner src17c).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_word_list
from .lexicons import countries

# "Analysts at the Amsterdam brokerage Kroon & Visser": the staff noun, "at", an optional "the" and at most two
# descriptor words, each lower-case and no preposition, perhaps after a capitalised place ("Amsterdam brokerage"),
# then the firm: capitalised words, "&" or "and" between two of them, to the end of the speaker. A seat after the
# firm ("... Grain in Hamburg") is no descriptor: such a phrase is left to the naming rules (naming.without_seat).
STAFF_AT_FIRM = re.compile(
    r"^(?:\w+ )?(?P<staff>[A-Za-z]+) at (?:the )?"
    r"(?:(?:[A-Z][\w-]* )?(?!(?:in|at|from|of|for|on|near)\b)[a-z][\w-]* ){0,2}?"
    r"(?P<firm>[A-Z][\w'’.-]*(?:(?: &| and)? [A-Z][\w'’.-]*)*)$"
)


@lru_cache(maxsize=1)
def firm_staff_nouns() -> frozenset[str]:
    """Return the plural staff nouns of ``sourcing_firm_staff.txt``."""
    return frozenset(read_word_list("sourcing_firm_staff.txt"))


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Return the gazetteer's one-word forms (a firm named by a country word is a state's body, left to others)."""
    return frozenset(form for form in countries()["form"] if " " not in form)


def firm_staff(speaker: str) -> str | None:
    """Return "<staff> at <firm>" when ``speaker`` (as written, perhaps after one opener such as "Some") is a
    staff phrase of a named firm, else None.

    The firm holds no gazetteer word: "Meteorologists at the Pakistan Meteorological Department" is a state's
    body, which the body rules write. A speaker that is the firm's name alone stays the firm: the extractor read
    the firm as the speaker, and the resolver names the speaker it is given."""
    match = STAFF_AT_FIRM.match(speaker)
    if match is None or match["staff"].casefold() not in firm_staff_nouns():
        return None
    if any(word in _country_words() for word in re.findall(r"[\w'’.-]+", match["firm"])):
        return None
    return f"{match['staff']} at {match['firm']}"
