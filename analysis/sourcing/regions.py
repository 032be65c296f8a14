"""A body of a country's part written by its adjective: "The provincial government said ..." -> "Sindh government"
when the text names the part ("Sindh province", "the province of Sindh", "In Sindh, the worst-hit province").

Reports from one province call its government by the adjective once the province has been named; the referent is
the government of the part the text names nearest before the description (else first after it). The adjectives and
their nouns are ``analysis/data/sourcing_region_adjectives.csv``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..lexicon import read_table

# The heads a part's adjective opens as a body: its government, not its people or places.
REGION_BODY_HEADS = frozenset({"government", "authorities", "administration"})


@lru_cache(maxsize=1)
def region_nouns() -> dict[str, str]:
    """Return adjective -> noun of ``sourcing_region_adjectives.csv`` ("provincial" -> "province")."""
    table = read_table("sourcing_region_adjectives.csv")
    return dict(zip(table["adjective"], table["noun"], strict=True))


@lru_cache(maxsize=8)
def _named_parts(raw: str, noun: str) -> tuple[list[int], list[str]]:
    """Return the starts and names of the parts ``raw`` names with ``noun``, in text order: "Sindh province", "the
    province of Sindh", "Sindh, the worst-hit province"; cached per article and noun (one pass each)."""
    word = re.escape(noun)
    pattern = re.compile(
        rf"\b([A-Z][\w'’-]*[a-z])[^\S\r\n]+{word}\b"
        rf"|\b{word}[^\S\r\n]+of[^\S\r\n]+([A-Z][\w'’-]*[a-z])\b"
        rf"|\b([A-Z][\w'’-]*[a-z]),[^\S\r\n]+the[^\S\r\n]+(?:[\w-]+[^\S\r\n]+){{0,2}}{word}\b"
    )
    starts, names = [], []
    for match in pattern.finditer(raw):
        name = next(group for group in match.groups() if group)
        if name not in {"The", "A", "In", "Each", "Every", "This", "That"}:
            starts.append(match.start())
            names.append(name)
    return starts, names


def region_body(raw: str, norms: list[str], here: int) -> str | None:
    """Return "<part> <head>" for a speaker "the <adjective> <head>" ("the provincial government") when the text
    names a part with the adjective's noun (:func:`_named_parts`): the nearest before ``here``, else the first
    after; else None."""
    if len(norms) != 3 or norms[0] != "the" or norms[2] not in REGION_BODY_HEADS or norms[1] not in region_nouns():
        return None
    starts, names = _named_parts(raw, region_nouns()[norms[1]])
    k = bisect_left(starts, here)
    name = names[k - 1] if k else (names[0] if names else None)
    return f"{name} {norms[2]}" if name else None
