"""Time stamps that name the place of the desk (issue 11, round 7).

Some sites print the article's time stamp after the city of the desk that filed it
("Lima, September 8th 2018 - 14:05 UTC"). Such a line is a time stamp, not a dateline:
a dateline opens the first paragraph, and a line holding only a place and a date
without a clock time is left to the other rules.
"""

from __future__ import annotations

import re
from itertools import islice

from . import rules

# A clock time ("14:05", "9.12") marks the line as the page's time stamp.
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# The place: one to three capitalised words before the first comma.
MAX_WORDS_PLACE = 3


def placed_time_stamp(text: str) -> str | None:
    """Return a reason when ``text`` is a place, a comma and a time stamp with a clock time, else None."""
    place, comma, stamp = text.partition(",")
    # The place's words are counted only until one too many, as in rules.timestamp_line (every line of 1,000
    # bench articles, measured: 0.13 -> 0.04 s per 1,000 articles).
    if not comma or next(islice(rules.WORD.finditer(place), MAX_WORDS_PLACE, None), None):
        return None
    words = rules.WORD.findall(place)
    if not words or not all(word[0].isupper() for word in words):
        return None
    if CLOCK.search(stamp) and rules.timestamp_line(stamp.strip()):
        return "time stamp: the desk's place, a comma, a date and a clock time"
    return None


# A document's reference number: an issuing body's letters and a number after slashes ("SC/14071",
# "A/RES/76/1"), or "No." and a number of the year ("No. 438/2022"). Press releases, meeting summaries and
# ministries' notes print it above or below the text: the record's reference, not the text.
DOCUMENT_CODE = re.compile(r"^(?:(?:[A-Z]{1,6}/)+(?:[A-Z0-9.]+/)*\d{1,6}|No\.\s*\d{1,6}/\d{2,4})$")
# The other items of a line carrying a reference (the series, the body, the date) are short.
MAX_WORDS_CODE_LINE_ITEM = 4


def document_code_line(text: str) -> str | None:
    """Return a reason when ``text`` is a document's reference number, alone or among a few short items
    ("Press Releases   SC/14071   3 May 2021"), else None."""
    if "/" not in text:
        return None
    items = [item.strip() for item in rules.MENU_SEPARATOR.split(text) if item.strip()]
    if not any(DOCUMENT_CODE.match(item) for item in items):
        return None
    if any(len(rules.WORD.findall(item)) > MAX_WORDS_CODE_LINE_ITEM for item in items):
        return None
    return "document reference: a reference number of the record (letters and figures after slashes)"
