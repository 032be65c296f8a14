"""A social-media handle as a speaker: "Turnout was 61.2%, per @IEC_Zembara" -> "Independent Electoral Commission".

Posts and threads cite a body by its account ("per @X", "@X said"). The handle is no name the text writes for the
speaker; the source is the body the handle belongs to when the text names that body (the gold pages' round-16
ruling: a source is written with the text's words). A handle belongs to a named body when one of its parts, split
at underscores, is the body's acronym (its capital letters spell the initials of the name's capitalised words:
"IEC" for "Independent Electoral Commission", "MoD" for "Ministry of Defence") or the body's name written without
spaces ("PortAuthority"). A part that is a place ("Zembara") identifies no body. Two bodies fitting the handle, or
none, leave the speaker as it was. Issue 11 round 18 (tuner src18b).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .initials import initials

HANDLE = re.compile(r"^@(?P<name>\w{2,})$")
# A run of capitalised words, "of", "for", "and", "on" or "the" allowed between two of them, on one line.
NAME_RUN = re.compile(r"[A-Z][\w’'&-]*(?:[^\S\r\n]+(?:(?:of|for|and|on|the)[^\S\r\n]+)*[A-Z][\w’'&-]*)+")
LINKS = frozenset({"of", "for", "and", "on", "the"})


def handle_body(raw: str, speaker: str) -> str | None:
    """Return the name of the one body the text names that the handle ``speaker`` ("@IEC_Zembara") belongs to,
    else None (the speaker is no handle, or no body or two bodies fit it)."""
    match = HANDLE.match(speaker.strip())
    if match is None:
        return None
    found = set()
    for part in match["name"].split("_"):
        found |= {name for name in _body_names(raw) if _fits(part, name)}
    return found.pop() if len(found) == 1 else None


def _fits(part: str, name: str) -> bool:
    """Return whether a handle's part is ``name``'s acronym (its capitals, two or more, spell the initials of the
    name's capitalised words) or ``name`` written without spaces (case-folded, four letters or more)."""
    words = name.split()
    if any(not word[0].isupper() and word not in LINKS for word in words):
        return False
    capitals = _acronym_letters(part)
    if len(capitals) >= 2 and capitals == initials(name):
        return True
    joined = re.sub(r"\W", "", name).casefold()
    return len(words) >= 2 and len(part) >= 4 and joined == part.casefold()


def _acronym_letters(part: str) -> str:
    """Return the capitals of an acronym written with small link letters ("MoD" -> "MD", "IEC" -> "IEC"), or "" when
    the part holds a lower-case run of more than two letters (a word, not an acronym: "Zembara")."""
    if re.search(r"[a-z]{3,}", part):
        return ""
    return "".join(letter for letter in part if letter.isupper())


@lru_cache(maxsize=8)
def _body_names(raw: str) -> frozenset[str]:
    """Return every run of two or more capitalised words in ``raw`` and every part of one starting and ending with a
    capitalised word ("Zembara's Independent Electoral Commission" -> also "Independent Electoral Commission"), a
    possessive "'s" closing a word ending the part before it: the candidate names of bodies (one pass per article)."""
    names = set()
    for match in NAME_RUN.finditer(raw):
        words = match.group().split()
        for i, first in enumerate(words):
            if not first[0].isupper() or re.search(r"[’']s$", first):
                continue
            for j in range(i + 1, len(words)):
                if words[j][0].isupper():
                    names.add(" ".join(words[i : j + 1]))
                if re.search(r"[’']s$", words[j]):
                    break
    return frozenset(names)
