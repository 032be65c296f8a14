"""Credits of photos and embedded videos by their shape (issue 11, round 7).

A photo credit may name only the photographer and the outlet ("Jane Roe/Harbour Times"),
with no agency a pattern could list; an embedded video is captioned by its title and a
line giving its duration and source ("02:14 - Source: Outlet"). Both are told by shape,
not by the names of outlets.
"""

from __future__ import annotations

import re

# "Jane Roe/Outlet", "Jane Roe/Outlet File": two to four capitalised words, a slash without
# spaces, one to three capitalised words; nothing else on the line.
NAME_SLASH_OUTLET = re.compile(r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,3}/[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,2}$")
# "02:14 - Source: Outlet", "1:03:10 – Source: Outlet Business": a clip's duration and its source.
MEDIA_CREDIT = re.compile(r"^(?:\d{1,2}:)?\d{1,2}:\d{2}\s*[-–—|]\s*source\s*:\s*\S", re.IGNORECASE)
# A clip title is a headline, at most this many words.
MAX_WORDS_CLIP_TITLE = 20
WORD = re.compile(r"[^\W_]+")
# "<caption sentence>. <credit>": a full stop, then a tail of one to six words with no sentence end of its own.
TRAILING_TAIL = re.compile(r"[.!?][\"'”’)]*\s+(?P<tail>(?:\|\s*)?[^\s.!?]+(?:\s+[^\s.!?]+){0,5})$")
# What makes that tail a credit: a bar before it ("| FILE"), a photo label opening it ("Image: Agency screenshot",
# "Staff photo by NAME"), a slash ("AGENCY/Name") or a copyright sign.
CREDIT_TAIL = re.compile(
    r"^(?:\|\s*\S|(?:staff |file |archive )?(?:photo|image|picture|photograph|screenshot)s?\b)|/|©", re.IGNORECASE
)
# The caption before the credit is a sentence of a few words (a notice number "No. 438/2022" is not), and a
# line with wide gaps, bars or a copyright sign before the tail is a menu or a footer.
MIN_WORDS_CAPTION_SENTENCE = 5
NOT_A_CAPTION_HEAD = re.compile(r"\s\s|[|©]")
NOT_A_CREDIT_TAIL = re.compile(r"\d|https?:")


def name_slash_credit(text: str) -> str | None:
    """Return a reason when ``text`` is a photo credit of a photographer's name and an outlet joined by a slash."""
    if NAME_SLASH_OUTLET.match(text):
        return "photo credit pattern: a photographer's name and an outlet joined by a slash, alone on a line"
    return None


def media_credit(text: str) -> str | None:
    """Return a reason when ``text`` credits an embedded video: its duration, a dash and 'Source:'."""
    if MEDIA_CREDIT.match(text):
        return "photo credit pattern: an embedded clip's duration and source"
    return None


def trailing_credit(text: str) -> str | None:
    """Return a reason when ``text`` is a caption sentence followed, after its full stop, by a short credit
    without a sentence end of its own ("… off the port in May. Photo: Jane Roe", "… on Monday. AGENCY/Jane Roe",
    "… in 2022. | FILE"), else None. A story's title in a list of links has no full stop before a last phrase,
    and an article's sentence does not end on a slash, a bar or a photo label (issue 11, round 13)."""
    match = TRAILING_TAIL.search(text)
    if match is None or not CREDIT_TAIL.search(match.group("tail")) or NOT_A_CREDIT_TAIL.search(match.group("tail")):
        return None
    head = text[: match.start()]
    if len(WORD.findall(head)) < MIN_WORDS_CAPTION_SENTENCE or NOT_A_CAPTION_HEAD.search(head):
        return None
    return "photo credit after the caption sentence: a short tail with a slash, a bar or a photo label"


def clip_title_above(text: str, below: str) -> str | None:
    """Return a reason when ``text``, set directly above the clip credit ``below``, is the clip's title.

    The title of an embedded video has a headline's shape: a few words without sentence-final
    punctuation (a sentence above a credit is a photo caption, which other rules read).
    """
    words = len(WORD.findall(text))
    if media_credit(below) and 2 <= words <= MAX_WORDS_CLIP_TITLE and not text.rstrip().endswith("."):
        return "the title of an embedded clip, directly above its duration and source"
    return None


def clip_title_is_paragraph(text: str, min_words: int) -> bool:
    """True when ``text`` after a player label is a paragraph of the article, not the clip's title.

    Some players set their label ("Now Playing") below the clip's title, so the line after the
    label is the article's next paragraph: at least ``min_words`` words ending with a full stop,
    which no clip title does.
    """
    return len(WORD.findall(text)) >= min_words and text.rstrip("\"'”’)").endswith(".")
