"""A reader's comment between its card and its reply row, below a comment section's heading (issue 11, round 20).

A video platform or a broadcaster's app lists reader comments as small cards: the commenter's name or handle
with the comment's age (``@reader 2 years ago``, ``Jane R. · 2h``), the comment's sentence, then a reply row
(``Reply   318   42 replies``, ``Reply · 41``). The comment is prose, and :mod:`.comments` finds it only where
one action row repeats; with counts in the rows (each row its own), a single comment, or a prose line read as
text after the heading, it stays body. What marks it on any site is the card: a short line ending in an age
above it, a row opening with ``Reply`` below it, and a comment section's heading above both. An article's
paragraph is not set between such lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from . import rules
from .comments import action_row

# A comment's age at the end of its card ("2 years ago", "3h", "41 min", "5 d").
AGE_AT_END = re.compile(
    r"\b\d{1,3}\s*(?:s|sec|secs|min|mins|minutes?|m|h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?|y|yr|yrs|years?)"
    r"(?:\s+ago)?$",
    re.IGNORECASE,
)
# A card is short: a name or handle, a separator and the age.
MAX_WORDS_CARD = 6
# A reply row opens with the reply button (counts of likes and replies after it).
REPLY_ROW = re.compile(r"^reply\b", re.IGNORECASE)
MAX_WORDS_REPLY_ROW = 6


def comment_card(text: str) -> bool:
    """True when ``text`` is a comment's card: at most ``MAX_WORDS_CARD`` words, no sentence's end, ending in an
    age ("@reader 2 years ago", "Jane R. · 2h")."""
    stripped = text.strip()
    return (
        len(rules.WORD.findall(stripped)) <= MAX_WORDS_CARD
        and not rules.SENTENCE_END.search(stripped)
        and bool(AGE_AT_END.search(stripped))
    )


def reply_row(text: str) -> bool:
    """True when ``text`` is a row under a comment: the reply button first, or a row of post actions."""
    stripped = text.strip()
    short = len(rules.WORD.findall(stripped)) <= MAX_WORDS_REPLY_ROW
    return short and (bool(REPLY_ROW.match(stripped)) or action_row(stripped) is not None)


def carded_comments(
    texts: Sequence[str], kinds: Mapping[int, str], section_heading: Callable[[str], bool]
) -> dict[int, tuple[str, str]]:
    """Return ``{index: ("boilerplate", reason)}`` for the body lines set between a comment's card above and its
    reply row below, after a comment section's heading (``section_heading``). One pass over the lines."""
    found: dict[int, tuple[str, str]] = {}
    heading_seen = False
    for i, text in enumerate(texts):
        heading_seen = heading_seen or section_heading(text)
        if (
            heading_seen
            and kinds.get(i) == "body"
            and 0 < i < len(texts) - 1
            and comment_card(texts[i - 1])
            and reply_row(texts[i + 1])
        ):
            found[i] = ("boilerplate", "a reader's comment: between its card (name and age) and its reply row")
    return found
