"""The fields of a news feed read as a page (issue 11, round 14).

A feed's item scraped from its XML keeps the element names: each on a line of its own above its value
("pubDate" / "Tue, 04 Sep 2018 09:47:30 +0000"), or before a colon and the value on one line ("guid:
bscm-0412"). The names, and the values of the fields about the item (its address, identifier, dates,
author, categories), are furniture: boilerplate. The item's own words (its title, description, content)
are left to the other rules, except in the next item of the feed, below the article: there they are
another story (appended). The headline of such a page is its item's title field (``title`` holds an item's
title in RSS 2.0, ``<item><title>``, and in Atom, RFC 4287, ``<entry><title>``): the rules for a news page
would take the headline-shaped line nearest above the first paragraph, there a description, a category or
a time stamp. The names come from the feed specifications (``analysis/data/segmentation_feed_fields.txt``);
a page is read so only when it holds several distinct names (a lone "link" or "source" line is no feed).
Each function reads each line of the page once: linear in the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

# Distinct field names a page must hold before its lines are read as a feed's fields (the dev feed pages
# name 8-12 of the specifications' names).
MIN_FIELD_NAMES = 3
# The element holding an item's title in RSS 2.0 and Atom.
TITLE_FIELD = "title"
# A value of a field about the item is short ("Military & Defence", a date, an address); longer lines are text.
MAX_META_VALUE_WORDS = 12
# Value lines of one field about the item (a category element may list several tags, one per line).
MAX_META_VALUE_LINES = 4


@lru_cache(maxsize=1)
def field_roles() -> dict[str, str]:
    """Return the feed's field names and their roles (text, start, address, meta) from
    ``segmentation_feed_fields.txt``."""
    with resources.files("analysis.data").joinpath("segmentation_feed_fields.txt").open(encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]
    return {name: role for name, role in rows}


def field(text: str) -> tuple[str, str] | None:
    """Return ``(name, value)`` when ``text`` is a feed's field: a name alone ("pubDate", "content:") with an
    empty value, or a name, a colon and the value ("guid: 48213"); else None. Names are written as the feed
    writes them, in lower case first ("Source: Reuters" is a credit line, not a field)."""
    stripped = text.strip()
    if not stripped[:1].islower():
        return None
    roles = field_roles()
    if stripped in roles:
        return stripped, ""
    name, colon, value = stripped.partition(":")
    if colon and name in roles and (not value or value[:1].isspace()):
        return name, value.strip()
    # A namespaced name ("dc:creator: Elena Varga") holds a colon of its own.
    prefix, colon, rest = stripped.partition(":")
    name, colon, value = rest.partition(": ")
    if colon and f"{prefix}:{name}" in roles:
        return f"{prefix}:{name}", value.strip()
    return None


def _item_start(found: list[tuple[int, str, str]]) -> str:
    """Return the name that opens an item of the feed: an item-opening element when the feed writes one,
    else its title (a feed printed as "name: value" lines opens each item with it)."""
    roles = field_roles()
    return next((name for _, name, _ in found if roles[name] == "start"), "title")


def _short(text: str) -> bool:
    """True when ``text`` is short enough for the value of a field about the item (``MAX_META_VALUE_WORDS``)."""
    return len(text.split()) <= MAX_META_VALUE_WORDS


def feed_labels(texts: list[str]) -> dict[int, tuple[str, str]]:
    """Return ``{line: (kind, reason)}`` for the lines of a feed's fields in ``texts``: the names and the values
    of the fields about an item become boilerplate; an empty dict when the page holds fewer than
    ``MIN_FIELD_NAMES`` distinct names. The text of the later items is :func:`later_item_texts`'."""
    return {i: label for i, label in _field_lines(texts).items() if label[0] == "boilerplate"}


def later_item_texts(texts: list[str]) -> list[int]:
    """Return the lines holding the text fields' values (title, description) of the feed's items after the
    first: another story glued below the article (appended)."""
    return [i for i, label in _field_lines(texts).items() if label[0] == "appended"]


def _field_lines(texts: list[str]) -> dict[int, tuple[str, str]]:
    """Return ``{line: (kind, reason)}`` for the lines of a feed's fields: names and the values of the fields
    about an item boilerplate, the text fields' values of an item after the first appended."""
    found = [(i, *parsed) for i, text in enumerate(texts) if (parsed := field(text))]
    if len({name for _, name, _ in found}) < MIN_FIELD_NAMES:
        return {}
    roles, start = field_roles(), _item_start(found)
    fields = {i: (name, value) for i, name, value in found}
    out: dict[int, tuple[str, str]] = {}
    items, open_field, values = 0, "", 0
    for i, text in enumerate(texts):
        if i in fields:
            name, value = fields[i]
            items += name == start
            open_field, values = ("" if value else name), 0
            if roles[name] != "text" or not value:
                out[i] = ("boilerplate", f"a feed's field: the element '{name}'")
            elif items > 1:
                out[i] = ("appended", f"the {name} of the feed's next item")
            continue
        values += 1
        role = roles.get(open_field, "")
        if role == "text" and items > 1 and values == 1:
            out[i] = ("appended", f"the {open_field} of the feed's next item")
        elif (
            role in ("meta", "address") and values <= MAX_META_VALUE_LINES and len(text.split()) <= MAX_META_VALUE_WORDS
        ):
            # The channel's address, above the first item, is the site's own: its banner, left to the chrome rules.
            if not (role == "address" and items == 0):
                out[i] = ("boilerplate", f"a feed's field: the value of '{open_field}'")
        else:
            open_field = ""
    return out


def _fields_of(texts: Sequence[str]) -> list[tuple[str, str] | None] | None:
    """Return each line's :func:`field` (None for a line that is no field), or None when the page names fewer
    than ``MIN_FIELD_NAMES`` distinct fields (no feed)."""
    fields = [field(text) for text in texts]
    return fields if len({found[0] for found in fields if found}) >= MIN_FIELD_NAMES else None


def _title_value_line(fields: list[tuple[str, str] | None], i: int) -> int | None:
    """Return the line holding the value of the ``title`` field on line ``i``: that line when the value follows
    the name on it, else the next line unless it is a field too; None when line ``i`` is no title field."""
    found = fields[i]
    if found is None or found[0] != TITLE_FIELD:
        return None
    value = i if found[1] else i + 1
    return value if value == i or (value < len(fields) and fields[value] is None) else None


def title_value(texts: Sequence[str], end: int) -> int | None:
    """Return the line holding the title of the feed item above line ``end`` (its first paragraph), or None.

    The title is the value of the last ``title`` field above ``end`` (an Atom feed's own title comes before
    its entry's), on a page that names ``MIN_FIELD_NAMES`` fields.
    """
    fields = _fields_of(texts)
    if fields is None:
        return None
    values = [value for i in range(min(end, len(fields))) if (value := _title_value_line(fields, i)) is not None]
    return next((value for value in reversed(values) if value < end), None)


def later_titles(texts: Sequence[str], start: int) -> list[int]:
    """Return the lines holding the values of the ``title`` fields below line ``start`` (the item's text), on a
    page that names ``MIN_FIELD_NAMES`` fields: each opens a later item of the feed, glued below the article."""
    fields = _fields_of(texts)
    if fields is None:
        return []
    return [value for i in range(start + 1, len(fields)) if (value := _title_value_line(fields, i)) is not None]
