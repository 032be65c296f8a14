"""The channel an item of a channel digest belongs to, as the speaker of "The channel", "Its author", "the
channel's author".

A media-watch digest of messaging channels sets each channel as an item under a heading that names it with its
audience ("1. Polar Wire (1.2M subscribers)", "Kronevakt — 84,000 subscribers — 08:41 — 212,000 views"), then
reports the posts: "The channel added: …", "Its author alleges …", "According to the channel's author, …". The
channel's unnamed author speaks as the channel, which is the only name the page gives them, so the gold pages
write the channel's name for every such speaker (tests/gold/pages/styles_round18_b.md, "Channels"); a named
author ("The channel's author, the former stockbroker X") is the person. Issue 11 round 19 (tuner src19).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from ..lexicon import read_table


@lru_cache(maxsize=1)
def channel_words() -> dict[str, frozenset[str]]:
    """Return class (``audience``, ``voice``) -> its lower-case words (``sourcing_channel_words.csv``)."""
    table = read_table("sourcing_channel_words.csv")
    out: dict[str, set[str]] = {}
    for word, kind in zip(table["word"], table["class"], strict=True):
        out.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in out.items()}


@lru_cache(maxsize=1)
def _heading() -> re.Pattern[str]:
    """Return the pattern of an item's heading line: an optional item number, the channel's name, then a separator
    ("(", "—", "·", "|") and an audience count ("1.2M", "84,000") with its noun."""
    nouns = "|".join(sorted(channel_words()["audience"]))
    return re.compile(
        r"^[^\S\r\n]*(?:\d{1,3}\.[^\S\r\n]+)?(?P<name>[^\W\d_][^\r\n(—·|]*?)[^\S\r\n]*[(—·|][^\S\r\n]*"
        rf"\d[\d.,]*[^\S\r\n]*[KkMm]?[^\S\r\n]+(?:{nouns})\b",
        re.MULTILINE,
    )


@lru_cache(maxsize=8)
def channel_items(raw: str) -> tuple[list[int], list[str]]:
    """Return the starts and channel names of the item headings of ``raw`` in text order (one pass)."""
    found = [(m.start(), " ".join(m["name"].split())) for m in _heading().finditer(raw)]
    return [start for start, _ in found], [name for _, name in found]


def item_channel(raw: str, here: int) -> tuple[int, str] | None:
    """Return (heading start, name) of the channel whose item holds offset ``here``, else None."""
    starts, names = channel_items(raw)
    k = bisect_right(starts, here)
    return (starts[k - 1], names[k - 1]) if k else None


POSSESSIVES = frozenset({"'s", "’s"})


def channel_voice_of(norms: list[str]) -> str:
    """Return how a speaker phrase's lower-case words name the voice of a channel: "item" for "the channel", "the
    channel's author", "its author" (the item's channel), "owner" for "<X>'s author" or "<X> author" (the channel
    X named in the phrase), else "". A longer phrase counts by its last words ("According to the channel's
    author")."""
    voice = channel_words()["voice"]
    if norms[-2:] == ["the", "channel"]:
        return "item"
    if len(norms) >= 4 and norms[-4:-2] == ["the", "channel"] and norms[-2] in POSSESSIVES and norms[-1] in voice:
        return "item"
    if len(norms) == 2 and norms[0] == "its" and norms[1] in voice:
        return "item"
    if len(norms) >= 2 and norms[-1] in voice:
        return "owner"
    return ""
