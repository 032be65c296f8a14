"""Reader comments below an article, found by their repeated block structure (issue 11, round 8).

A comment section repeats one small block per comment: the reader's name, a time stamp, the
comment's sentence, and a row of actions ("Reply   Flag", "Reply   Like (12)"). Its sentences are
prose, so the rules that keep prose keep them as body unless a "Comments" heading or footer
vocabulary came first. What holds on any site is the repetition: the same short action row closes
blocks of the same make-up, each with a line that is not prose (the name, the stamp) and a
line that is. An article's paragraphs are not set so. The functions take the page's line texts;
lines are grouped by their action row in one pass, and each block is read once, so the rule
stays linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from . import rules
from .line_features import features

# A block of a comment: the action row and at most this many lines above it (name, stamp, up to
# three lines of comment, a counter).
MAX_BLOCK_LINES = 6
# An action row is short: a few words or buttons, no sentence.
MAX_WORDS_ACTION_ROW = 6
# A comment section has at least this many blocks (one block alone is a single widget).
MIN_BLOCKS = 2
FIGURES = re.compile(r"\d+")


def row_key(text: str) -> str | None:
    """Return the text of an action row with its figures blanked ("Reply   Like (#)"), or None for another line."""
    if features(text).ends_sentence or features(text).word_count > MAX_WORDS_ACTION_ROW:
        return None
    return FIGURES.sub("#", " ".join(text.casefold().split()))


def comment_blocks(
    texts: Sequence[str], is_prose: Callable[[str], bool], is_text: Callable[[int], bool] = lambda j: False
) -> list[tuple[int, int]]:
    """Return (first, last) line numbers of the reader comments of a page, one pair per comment block.

    A row (:func:`row_key`) repeated at least ``MIN_BLOCKS`` times closes blocks: the lines from the
    line after the previous row down to it (for the first row, as many lines as the second block).
    Every block must have the same length (at most ``MAX_BLOCK_LINES``), the same make-up
    (which of its lines are prose, by ``is_prose``), and hold a prose line and a line that is
    not prose besides the row, and none read as text already (``is_text``: a live entry's title).
    Blocks of article text with a sharing row under each paragraph have no non-prose line.
    """
    rows: dict[str, list[int]] = {}
    for i, text in enumerate(texts):
        key = row_key(text)
        if key:
            rows.setdefault(key, []).append(i)
    found: list[tuple[int, int]] = []
    for positions in rows.values():
        if len(positions) < MIN_BLOCKS:
            continue
        length = positions[1] - positions[0]
        if not 2 <= length <= MAX_BLOCK_LINES or any(b - a != length for a, b in zip(positions, positions[1:])):
            continue
        blocks = [(p - length + 1, p) for p in positions]
        if blocks[0][0] < 0:
            continue
        make_up = [tuple(is_prose(texts[j]) for j in range(first, last)) for first, last in blocks]
        taken = any(is_text(j) for first, last in blocks for j in range(first, last + 1))
        if len(set(make_up)) == 1 and any(make_up[0]) and not all(make_up[0]) and not taken:
            found += blocks
    return found


# Discussion threads (issue 11, round 11). A forum post is closed by a row of actions on it ("Like   Quote
# Reply", "Reply With Quote   Like (4)", "▲ 340 ▼   Reply   Share", "Top") and opened by a user card whose
# counters ("Joined: Mar 2011   Posts: 8,412") or handle and age ("u/reader_91 · 7 hr") no article line has.
# Figures, vote arrows and the brackets and bullets around counts are not the action's name.
COUNT_MARKS = re.compile(r"[\d.,%()\[\]▲▼↑↓+]+")
# A counter: a short label, a colon and a value holding a figure ("Posts: 8,412", "Joined: Thu May 12, 2016").
COUNTER = re.compile(r"^[^\W\d_][^:\d]{0,24}:\s*(?P<value>\S.*)$")
MAX_WORDS_COUNTER_VALUE = 7  # "Thu May 12, 2016 9:47 pm": a date, a clock time
# A user's handle: one token with a digit or an underscore, or prefixed "u/" ("Marisol_K", "u/indus_watcher").
HANDLE = re.compile(r"^(?:[\w ]{0,12}\bby\s+)?(?:u/)?(?=[\w.-]*[\d_])[\w.-]{3,30}$")
AGE = re.compile(r"^\d{1,3}\s*(?:s|sec|min|m|h|hr|hrs|d|w|mo|y|yr)s?(?: ago)?$", re.IGNORECASE)
MAX_ITEMS_POST_ROW = 8


def _row_items(text: str) -> list[str]:
    """Return the items of a line split like a menu (``rules.MENU_SEPARATOR``), trimmed (:func:`.rules.menu_items`:
    a line without a separator character is not split, and a line is split once for every rule; speed17: counter_row,
    user_stamp and action_row over the 8,162 lines of 500 bench articles 0.132 -> 0.090 CPU s with the gate alone)."""
    return list(rules.menu_items(text))


def action_row(text: str) -> str | None:
    """Return a reason when ``text`` is the row of actions closing a post ("Like   Quote   Reply", "Top"), else None.

    Every item, its figures and brackets removed, is a post action (``segmentation_post_actions.txt``) or
    empty (a count), and one at least is a reaction to the post (reply, quote, like, report, top): a row
    of sharing tools alone closes no post.
    """
    if features(text).ends_sentence:
        return None
    items = _row_items(text)
    if not items or len(items) > MAX_ITEMS_POST_ROW:
        return None
    names = [" ".join(COUNT_MARKS.sub(" ", item.casefold()).split()) for item in items]
    named = [name for name in names if name]
    if named and all(name in post_actions() for name in named) and any(name in post_reactions() for name in named):
        return f"post actions: a row of {len(items)} actions on a forum post or comment"
    return None


# A jump to the top of the page ("Top", "Back to top", "↑ Top"): a site tool, navigation by the round-13 ruling
# of tests/gold/pages/README.md, wherever it stands, also under a forum post it closes.
JUMP_LINK = re.compile(r"^[↑▲^\s]*(?:back to (?:the )?)?top(?: of (?:the )?page)?[\s↑▲^]*$", re.IGNORECASE)


def jump_link(text: str) -> str | None:
    """Return a reason when ``text`` is only a jump to the top of the page, else None."""
    return "site tool: a jump to the top of the page" if JUMP_LINK.match(text) else None


def counter_row(text: str) -> str | None:
    """Return a reason when ``text`` is a user card's or thread's counters ("Joined: Mar 2011   Posts: 8,412").

    At least half of the line's items, and one at least, are a short label, a colon and a short value
    holding a figure; no item is long. A paragraph is not cut into such items.
    """
    if features(text).ends_sentence:
        return None
    items = _row_items(text)
    if not items or any(len(rules.WORD.findall(item)) > MAX_WORDS_COUNTER_VALUE + 3 for item in items):
        return None
    counters = 0
    for item in items:
        match = COUNTER.match(item)
        value = match["value"] if match else ""
        counters += bool(match) and _count_or_date(value)
    if counters and 2 * counters >= len(items):
        return f"counters: {counters} of {len(items)} items are a label, a colon and a figure (user card or thread)"
    return None


def _count_or_date(value: str) -> bool:
    """True when ``value`` holds a figure and no other word than a date's (a count, a join date, an id)."""
    words = rules.LETTERS.findall(value)
    return (
        any(map(str.isdigit, value))
        and len(words) <= MAX_WORDS_COUNTER_VALUE
        and all(word.casefold() in rules.date_words() for word in words)
    )


def user_stamp(text: str) -> str | None:
    """Return a reason when ``text`` is a user's handle and the post's age or time ("u/reader_91 · 7 hr",
    "Post by reader_91 » Tue Feb 11, 2025 8:14 pm"), else None. A handle holds a digit or an underscore: a
    byline's name ("By Jane Roe · 7 hr") does not."""
    # The age (AGE) and the time stamp (rules.timestamp_line) both hold a figure: a line without one is not
    # split (every line of 1,000 bench articles, measured: 0.42 -> 0.27 s per 1,000 articles).
    if not any(map(str.isdigit, text)):
        return None
    items = _row_items(text)
    if len(items) < 2 or not HANDLE.match(items[0]) or not (AGE.match(items[-1]) or rules.timestamp_line(items[-1])):
        return None
    return "post header: a user's handle and the post's age"


def reply_blocks(texts: Sequence[str], first_text: int) -> list[tuple[int, int]]:
    """Return (first, last) line numbers of the replies of a discussion thread, last = the row closing each.

    A reply lies between two rows closing posts (:func:`action_row`), below line ``first_text`` (the
    article's first line of text: the first post, which holds the article, is no reply), and holds a
    user card (:func:`counter_row`, :func:`user_stamp`). One pass over the lines.
    """
    rows = [i for i, text in enumerate(texts) if i > first_text and action_row(text)]
    return [
        (upper + 1, lower)
        for upper, lower in zip(rows, rows[1:])
        if any(counter_row(texts[j]) or user_stamp(texts[j]) for j in range(upper + 1, lower))
    ]


@lru_cache(maxsize=1)
def post_reactions() -> frozenset[str]:
    """Return the reactions to a forum post or thread (``segmentation_post_reactions.txt``)."""
    return rules._word_list("segmentation_post_reactions.txt")


@lru_cache(maxsize=1)
def post_actions() -> frozenset[str]:
    """Return the actions on a forum post (``segmentation_post_actions.txt``)."""
    return rules._word_list("segmentation_post_actions.txt")


# A user card names the user and may give a rank ("Senior Member") above its counters.
MAX_CARD_LINES = 2
MAX_WORDS_CARD_LINE = 3


def card_lines(texts: Sequence[str], counters: int) -> list[int]:
    """Return the lines of the user card above a counter row at ``counters`` (:func:`counter_row`): up to
    ``MAX_CARD_LINES`` short lines without sentence punctuation directly above it, one of them a user's
    handle (a token with a digit or an underscore: "gullwing_7" over "Senior Member"); else []."""
    lines = []
    for j in range(counters - 1, max(counters - 1 - MAX_CARD_LINES, -1), -1):
        text = texts[j]
        if features(text).ends_sentence or features(text).word_count > MAX_WORDS_CARD_LINE:
            break
        lines.append(j)
    return lines if any(HANDLE.match(texts[j]) for j in lines) else []
