"""Unnamed relatives and neighbours named through a person's possessive pronoun ("Her brother said").

A speaker phrase of a possessive pronoun and a relative noun names no one by itself: the person is known only as
the relative of the person the pronoun takes up. The gold pages write such a source "<person>'s <noun>"
("Rukhsana Bibi's husband", "Ghulam Abbas's neighbours"); the person is the nearest earlier one agreeing with the
pronoun's gender, as for a bare "she" (:func:`analysis.sourcing.resolution._nearest_person`). The nouns are
``analysis/data/sourcing_relative_nouns.txt``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..lexicon import read_word_list
from .lexicons import gendered_words

# The possessive pronouns of one person, with the gender they agree with.
PERSON_POSSESSIVES = {"her": "female", "his": "male"}


@lru_cache(maxsize=1)
def relative_nouns() -> frozenset[str]:
    """Return the relative nouns of ``sourcing_relative_nouns.txt``."""
    return frozenset(read_word_list("sourcing_relative_nouns.txt"))


def relative_noun(toks: list[dict]) -> tuple[str, str] | None:
    """Return (the pronoun's gender, the noun as written) for a speaker phrase that is exactly a person's
    possessive pronoun and a relative noun ("Her brother", "his neighbours"), else None."""
    if len(toks) != 2 or toks[0]["norm"] not in PERSON_POSSESSIVES or toks[1]["norm"] not in relative_nouns():
        return None
    return PERSON_POSSESSIVES[toks[0]["norm"]], toks[1]["text"]


def relative_of_person(persons: Any, here: int, toks: list[dict], info: dict) -> dict:
    """Return ``info`` resolved to "<person>'s <noun>" when the speaker phrase is a possessive pronoun and a
    relative noun and an earlier person agrees with the pronoun, else ``info`` unchanged.

    ``persons`` is the article's person look-up (``nearest(here, gender)`` and a ``genders`` table by last word);
    the relative, a person, takes the gender its noun marks ("brother": male), so that a later "he" may take it
    up, and the possessor learns the pronoun's."""
    found = relative_noun(toks) if info.get("resolved_by") == "as written" else None
    if found is None:
        return info
    gender, noun = found
    person = persons.nearest(here, gender)
    if person is None or not person.get("source"):
        return info
    source = f"{person['source']}'s {noun}"
    if noun.casefold().endswith("s"):
        # Plural relatives ("his neighbours") are a group: no later "he" or "she" takes them up.
        return {**info, "source": source, "kind": "group", "resolved_by": "relatives of the person before"}
    marked = gendered_words().get(noun.casefold(), "")
    if marked:
        persons.genders.setdefault(noun, marked)
    return {**info, "source": source, "kind": "person", "resolved_by": "relative of the person before"}
