"""Entries set into an article by the page's furniture: a quoted social-media post (issue 11, round 13).

An investigation or a tabloid quotes a post as the platform renders it: the account's name, its
handle ("@account"), the post's time stamp, perhaps a "Translated from …" note, the post's text, and
a row of counters ("♥ 1,204   ↻ 2,387", "1.1M views", "View post"). The scrape leaves the text as a
paragraph between two lines of furniture. The gold pages count it as the embedded post's furniture
(tests/gold/pages/README.md), not the outlet's text: the article quotes or paraphrases it in its
own paragraphs around it. What marks it whatever the house style is the handle in the block of
furniture right above it, set below the article's first paragraph (a handle in the byline block is
the author's, above the text), and a line of furniture right below it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A social-media handle alone on its line: the pattern of the "social-media handle of the author" row of
# analysis/data/boilerplate_patterns.csv, which labels such a line furniture.
HANDLE = re.compile(r"^@\w{2,30}$")
# Furniture lines of a post's header read upward from its text: name, handle, time stamp, translation note.
MAX_HEADER_LINES = 4
FURNITURE_KINDS = ("boilerplate", "navigation")


def post_text(header: Sequence[tuple[str, str]], below_kind: str) -> bool:
    """True when a paragraph is the text of an embedded post: ``header`` are the (kind, text) of the lines
    right above it, nearest first, up to the first that is not furniture (at most ``MAX_HEADER_LINES``
    are read), and one of them is a handle alone on its line; ``below_kind`` is the kind of the line right
    below it, which is furniture (the post's counters)."""
    if below_kind not in FURNITURE_KINDS:
        return False
    for kind, text in header[:MAX_HEADER_LINES]:
        if kind not in FURNITURE_KINDS:
            return False
        if HANDLE.match(text.strip()):
            return True
    return False
