"""The initials of a name: the one definition shared by the resolver and the handle reader.

An acronym ("NDMA", "IEC") is read against a name by its capitalised words' first letters; both
:mod:`.resolution` (ties an acronym to the name the text spelt out) and :mod:`.handles` (ties a handle to a body)
ask the same question, so it is answered here once.
"""

from __future__ import annotations


def initials(name: str) -> str:
    """Return the first letters of ``name``'s capitalised words, in their case ("National Disaster Management
    Authority" -> "NDMA"; "Ministry of Defence" -> "MD")."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())
