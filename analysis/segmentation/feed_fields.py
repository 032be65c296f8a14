"""A page saved as the fields of a feed item: the headline is the value of its title field (issue 11, round 14).

Text collected from an RSS or Atom feed, or from a feed monitor's dump, keeps the item's fields in
order: each value under a line holding only its field's name (``title``, ``link``, ``pubDate``,
``dc:creator``), or after the name and a colon on the same line (``title: …``). The rules for a
news page take the headline-shaped line nearest above the first paragraph, which there is a
description, a category or a time stamp. What holds for every such layout is its structure: field
names are single lower-case identifiers (an XML element name, perhaps with its namespace prefix),
several of them label the page's lines, and one is the title. ``title`` is the element that holds
an item's title in RSS 2.0 (``<item><title>``) and in Atom (RFC 4287, ``<entry><title>``), the two
formats feeds are written in. The functions read each line of the page once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# An element name: lower-case first, letters only, with an optional namespace prefix ("dc:creator").
FIELD_NAME = r"[a-z][A-Za-z]*(?::[a-z][A-Za-z]*)?"
# A line holding only a field's name ("title", "content:encoded", "content:"), or a name and its value.
LONE_FIELD = re.compile(rf"^(?P<name>{FIELD_NAME}):?$")
INLINE_FIELD = re.compile(rf"^(?P<name>{FIELD_NAME}):\s+\S")
# The element holding an item's title in RSS 2.0 and Atom.
TITLE_FIELD = "title"
# A page laid out as fields names at least this many different ones (the dev feed pages that label their
# fields name 8-12; of the other 205 dev pages, one names 3 ("f", "t", "tg": a row of sharing icons), none more).
MIN_FIELD_NAMES = 4


def field_label(text: str) -> tuple[str, bool] | None:
    """Return (field name, whether the value is on the same line) when ``text`` is labelled by a field name."""
    if match := LONE_FIELD.match(text):
        return match["name"], False
    if match := INLINE_FIELD.match(text):
        return match["name"], True
    return None


def title_value(texts: Sequence[str], end: int) -> int | None:
    """Return the line holding the title of the feed item above line ``end`` (its first paragraph), or None.

    The page must name ``MIN_FIELD_NAMES`` different fields. The title is the value of the last
    ``title`` field above ``end`` (an Atom feed's own title comes before its entry's): the line
    itself when the value follows the name on it, else the next line, unless that is a field name too.
    """
    labels = [field_label(text) for text in texts]
    if len({label[0] for label in labels if label}) < MIN_FIELD_NAMES:
        return None
    title: int | None = None
    for i, label in enumerate(labels[:end]):
        if label is None or label[0] != TITLE_FIELD:
            continue
        value = i if label[1] else i + 1
        title = value if value < end and (value == i or labels[value] is None) else title
    return title


def later_titles(texts: Sequence[str], start: int) -> list[int]:
    """Return the lines holding the values of the ``title`` fields below line ``start`` (the item's text), on a
    page that names ``MIN_FIELD_NAMES`` fields: each opens a later item of the feed, glued below the article."""
    labels = [field_label(text) for text in texts]
    if len({label[0] for label in labels if label}) < MIN_FIELD_NAMES:
        return []
    values = []
    for i in range(start + 1, len(texts)):
        label = labels[i]
        if label is not None and label[0] == TITLE_FIELD:
            value = i if label[1] else i + 1
            if value < len(texts) and (value == i or labels[value] is None):
                values.append(value)
    return values
