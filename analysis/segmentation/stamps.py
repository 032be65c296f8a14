"""Time stamps that name the place of the desk (issue 11, round 7).

Some sites print the article's time stamp after the city of the desk that filed it
("Lima, September 8th 2018 - 14:05 UTC"). Such a line is a time stamp, not a dateline:
a dateline opens the first paragraph, and a line holding only a place and a date
without a clock time is left to the other rules.
"""

from __future__ import annotations

import re

from . import rules

# A clock time ("14:05", "9.12") marks the line as the page's time stamp.
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# The place: one to three capitalised words before the first comma.
MAX_WORDS_PLACE = 3


def placed_time_stamp(text: str) -> str | None:
    """Return a reason when ``text`` is a place, a comma and a time stamp with a clock time, else None."""
    place, comma, stamp = text.partition(",")
    words = rules.WORD.findall(place)
    if not comma or not 1 <= len(words) <= MAX_WORDS_PLACE or not all(word[0].isupper() for word in words):
        return None
    if CLOCK.search(stamp) and rules.timestamp_line(stamp.strip()):
        return "time stamp: the desk's place, a comma, a date and a clock time"
    return None
