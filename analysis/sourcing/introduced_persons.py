"""Names the text introduces as a person's by a noun for a person, though no title or listed given name marks them.

A feature or a court report names its people once with what they are ("Abu Karim, a grain trader who ...", "a
schoolteacher named Ghalia Rantisi", "The clerk, Imdad Chandio, ...", "the union's lead negotiator, X, ...") and then
calls them "he" or "she" over many paragraphs. The pronoun resolver (:mod:`.resolution`, ``_Persons``) took as
persons only names with a codebook title or a listed given name, so those pronouns went to someone named earlier or
to nobody. A common noun for a person set beside the name (an apposition after it, a fronted apposition before it,
or "<noun> named X") says as much as a title does: the name is a person's (appositive reference, Quirk et al.
1985, 17.65-17.80).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import read_word_list

# How far around a name the describing noun phrase is read (characters).
WINDOW = 90


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Return the lower-case singular nouns that name a person (``sourcing_person_heads.txt`` and
    ``sourcing_introduced_person_nouns.txt``)."""
    return frozenset(
        read_word_list("sourcing_person_heads.txt") + read_word_list("sourcing_introduced_person_nouns.txt")
    )


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return the patterns of a person's noun phrase after a name (", a grain trader who") and before it ("The
    clerk, ", "a schoolteacher named "): a determiner or possessive, at most three modifiers, the noun as head."""
    nouns = "|".join(sorted((re.escape(n) for n in person_nouns()), key=len, reverse=True))
    space = r"[^\S\r\n]+"
    determiner = r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Oo]ne)|[’']s)"
    modifiers = rf"(?:[\w’'-]+{space}){{0,3}}?"
    after = re.compile(rf"^[^\S\r\n]*,{space}{determiner}{space}{modifiers}(?:{nouns})\b(?![’'-])")
    before = re.compile(rf"{determiner}{space}{modifiers}(?:{nouns})(?:,|{space}(?:named|called)){space}$")
    return after, before


def introduced_person(raw: str, start: int, end: int) -> bool:
    """Return whether the name at ``raw[start:end]`` is set beside a noun phrase headed by a noun for a person: an
    apposition after it (", a grain trader"), a fronted apposition ("The clerk, ") or "<noun> named" before it."""
    after, before = _patterns()
    return bool(after.match(raw[end : end + WINDOW]) or before.search(raw[max(0, start - WINDOW) : start]))
