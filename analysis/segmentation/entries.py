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


# A counter of a post ("18.9K", "1.1M", "2,387"), a time of day ("21:05"), and a word beside them ("views").
_FIGURE = re.compile(r"^\d[\d.,]*[KkMm]?$")
_TIME = re.compile(r"^\d{1,2}:\d{2}$")
_ABBREVIATED_COUNT = re.compile(r"^\d[\d.,]*[KkMm]$")
# The end of a token (up to the separators counters_row splits at) that is an abbreviated count: a figure,
# point or comma, then K or M.
ABBREVIATED_COUNT_END = re.compile(r"[\d.,][KkMm](?![^\s·|])")
# A row of counters holds at most this many words beside its figures ("views", "edited").
MAX_COUNTER_WORDS = 2


def counters_row(text: str) -> bool:
    """True when ``text`` is a post's row of counters ("18.9K views   21:05", "25.0K views · edited 10:12"):
    no sentence, at most ``MAX_COUNTER_WORDS`` words, and a count abbreviated with K or M (which running
    text and a caption's "Video 1:18" do not write alone on a line)."""
    # No token of the line is an abbreviated count: the line is not split (measured, over every line of 1,000
    # bench articles: 1.4 -> 0.1 CPU s).
    if not ABBREVIATED_COUNT_END.search(text):
        return False
    tokens = [token for token in re.split(r"[\s·|]+", text.strip()) if any(c.isalnum() for c in token)]
    figures = [token for token in tokens if _FIGURE.match(token) or _TIME.match(token)]
    words = len(tokens) - len(figures)
    return words <= MAX_COUNTER_WORDS and any(_ABBREVIATED_COUNT.match(token) for token in figures)


# A web address alone on its line: a link preview's first line ("example.org").
_DOMAIN = re.compile(r"^(?:[\w-]+\.)+[a-z]{2,}$")
# A link preview shows the linked page's site name, title and description: at most this many lines.
MAX_PREVIEW_LINES = 3


def preview_lines(kinds_texts: Sequence[tuple[str, str]]) -> int:
    """Return how many of the lines ``kinds_texts`` (kind, text), read from a line that is a web address alone
    under a paragraph, belong to the link preview the address opens: the site name, title and description
    (``MAX_PREVIEW_LINES`` at most besides furniture), up to the next line of furniture below a line of
    text (the post's counters); 0 when no furniture closes them that soon (then the lines are the text
    going on)."""
    text_lines = 0
    for count, (kind, _) in enumerate(kinds_texts):
        if kind in FURNITURE_KINDS and text_lines:
            return count
        if kind not in FURNITURE_KINDS:
            text_lines += 1
            if text_lines > MAX_PREVIEW_LINES:
                return 0
    return 0


def web_address(text: str) -> bool:
    """True when ``text`` is a web address alone on its line (a link preview's first line)."""
    return bool(_DOMAIN.match(text.strip()))
