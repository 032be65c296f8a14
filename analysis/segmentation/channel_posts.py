"""The furniture of a channel of posts: a messaging channel's web view (issue 11, round 13).

A channel's page is a column of short posts, each closed by its own stamp: a count of views and
a clock time ("14.2K views · 10:31", "38.0K views · edited 23:51"), then a row of reactions, each
an emoji and a count ("👍 3.1K   😡 412"). Its header counts the channel's subscribers and media
("186K subscribers · 2.1K photos"). A post's video or voice note is left as a placeholder line
("Video 0:42"). None of these lines holds a sentence; they are recognised by their make-up
(figures, a clock time, symbols, a unit word), wherever they stand on the page. A post that shares
a link carries the link's preview card: the site's bare address, its name, the linked page's title and
its description, closed by the post's stamp. Each function reads one line or a bounded window,
so the pass stays linear in the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import rules

# A clock time with minutes ("10:31", "0:42").
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# A count as channels print it: "640", "1.2K", "92 614" (a thin space or space between thousands), "2.1M".
COUNT = r"\d{1,3}(?:[ ,.\u202f]\d{3})*(?:\.\d)?[KkMm]?"
# A stamp's words besides its figures: a unit and a mark ("views", "edited"); a sentence has more.
MAX_WORDS_POST_STAMP = 2
# A counter item: a count and a unit of one or two lower-case words ("31.4K subscribers", "58 links"), or a
# count abbreviated with K or M alone ("18.9K"), which running text does not write alone.
COUNTER_ITEM = re.compile(rf"^(?:{COUNT}\s+[a-z]+(?:\s[a-z]+)?|\d[\d.,]*[KkMm])$")
# Every character a line of counters may hold: a COUNTER_ITEM's and a rules.MENU_SEPARATOR's.
OTHER_THAN_COUNTER_CHARS = re.compile(r"[^\d\sa-zKM,.\u202f|·•›»/–—]")
WORD_CHARACTER = re.compile(r"\w")
# A reaction: one or more symbols (an emoji and its variation selector) and a count ("❤️ 1.2K").
REACTION = re.compile(rf"[^\w\s]+\s*{COUNT}")
# A placeholder: the clip's medium in one or two words and its running time ("Video 0:42"). The word alone
# ("Video", "Audio") is also a menu item or a tab of a player, and a photo's bare alt text ("Photo") is read
# by the caption patterns.
PLACEHOLDER = re.compile(r"^(?P<word>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+\d{1,2}:\d{2}$")


@lru_cache(maxsize=1)
def media_placeholders() -> frozenset[str]:
    """Return the placeholder words of a post's media (``segmentation_media_placeholders.txt``)."""
    return rules._word_list("segmentation_media_placeholders.txt")


def post_stamp(text: str) -> str | None:
    """Return a reason when ``text`` is a post's stamp: a clock time and figures with at most
    ``MAX_WORDS_POST_STAMP`` words and no sentence's end ("16.8K views · edited 11:05"), else None."""
    # A clock time holds a colon: the cheap test first (measured with counter_line and reaction_row below).
    if ":" not in text or not CLOCK.search(text) or rules.SENTENCE_END.search(text):
        return None
    words = [word for word in rules.WORD.findall(text) if not any(map(str.isdigit, word))]
    if len(words) > MAX_WORDS_POST_STAMP:
        return None
    return "a post's stamp: a clock time and a count, no sentence"


def counter_line(text: str) -> str | None:
    """Return a reason when every item of ``text`` is a count and its unit ("186K subscribers · 2.1K photos")
    or an abbreviated count alone ("18.9K"), else None: a channel's or a profile's counters, not a sentence."""
    # Counters and separators hold no character OTHER_THAN_COUNTER_CHARS finds: a line of prose is not split
    # (measured, post_stamp, counter_line and reaction_row over every line of 1,000 bench articles:
    # 0.18 + 0.62 + 0.19 -> 0.01 + 0.01 + 0.02 CPU s).
    if OTHER_THAN_COUNTER_CHARS.search(text):
        return None
    items = [item.strip() for item in rules.MENU_SEPARATOR.split(text) if item.strip()]
    if items and all(COUNTER_ITEM.match(item) for item in items):
        return "counters: every item is a count and its unit"
    return None


def reaction_row(text: str) -> str | None:
    """Return a reason when ``text`` is a row of reactions, each symbols and a count ("👍 3.1K   😡 412"),
    else None. A line of words, of figures alone or of ASCII marks ("-- 12") is no reaction row."""
    stripped = text.strip()
    # A row of reactions opens with a reaction's symbol: a line opening with a word character is not searched.
    if not stripped or WORD_CHARACTER.match(stripped) or REACTION.sub("", stripped).strip():
        return None
    if not any(ord(char) > 127 and not char.isalnum() for char in stripped):
        return None
    return "a row of reactions: symbols, each with a count"


def media_placeholder(text: str) -> str | None:
    """Return a reason when ``text`` is a post's clip placeholder, its medium and running time ("Video 0:42"),
    else None."""
    match = PLACEHOLDER.match(text.strip())
    if match and match.group("word").casefold() in media_placeholders():
        return "a post's media placeholder: the medium's word and its running time"
    return None


# A site's bare address ("harbourwatch.org", "news.example.co.uk"): labels joined by dots, no spaces.
BARE_ADDRESS = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)
# A preview card below the address: the site's name, the linked page's title and its description.
MAX_PREVIEW_LINES = 3


def post_furniture(text: str) -> str | None:
    """Return the reason when ``text`` is a line of a post's furniture below its text (a stamp, a line of
    counters, a row of reactions), else None."""
    return post_stamp(text) or counter_line(text) or reaction_row(text)


def preview_card(texts: list[str], i: int) -> range | None:
    """Return the line numbers of the preview card under the bare address at line ``i`` (the lines between it
    and the post's furniture, :func:`post_furniture`, that closes the card within ``MAX_PREVIEW_LINES`` lines),
    else None. An address not closed so (a footer's, a source line's) has no card: the lines after it are left
    to the other rules."""
    if not BARE_ADDRESS.match(texts[i].strip()):
        return None
    for k in range(i + 1, min(i + MAX_PREVIEW_LINES + 2, len(texts))):
        if post_furniture(texts[k]):
            return range(i + 1, k) if k > i + 1 else None
    return None
