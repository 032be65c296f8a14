"""A digest page: several short items, each opening with its own dateline (issue 11, round 14).

A news digest or newsletter page ("World in brief", a morning briefing) runs several unrelated
items one after the other under the page's own title. The rules written for one article per
page take the first item's title for the headline and the first item for the article. What
tells a digest, whatever its house style, is its structure: three or more paragraphs that each
open an item with a dateline of their own ("OSAKA (AP) —", "JAPAN —"), each perhaps under a
title line, each closed by a line of furniture. An article with scene breaks never opens each
part with a new dateline. The page's article is the lead item, the one given the most words
(the page title names it first, a newsletter leads with it); the other items are appended
stories; the page's title is the headline-shaped line set first below the site's menus.
The functions take the page's line texts and the tests they need, and read each line a
bounded number of times, so the rule stays linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# A digest holds at least this many items opened by datelines; two are an article and one appended story.
MIN_DIGEST_ITEMS = 3
# A dateline opens with a place in capitals ("MOSCOW", "SRI LANKA"); lines that do not start with two
# capital letters are not handed to the dateline grammar (a cheap gate: most lines of a page fail it).
CAPITALS_OPENING = re.compile(r"^[A-Z][A-Z]")
# Below its first item, a digest's prose is its items' paragraphs, bar a sign-up prompt or a sponsor's note
# (0.81-0.92 of the prose lines on the four dev digests). An article continued from another page, between
# two dated items, leaves much of its prose outside them (19 of 29 lines, 0.66, on a dev print-edition page).
MIN_ITEMS_PROSE_SHARE = 0.75


@dataclass(frozen=True)
class Item:
    """One item of a digest: its title line (None when the page sets none) and its paragraph lines."""

    title: int | None
    paragraphs: tuple[int, ...]

    @property
    def start(self) -> int:
        """Return the item's first line: its title, else its first paragraph."""
        return self.title if self.title is not None else self.paragraphs[0]

    def lines(self) -> tuple[int, ...]:
        """Return every line of the item, title first."""
        return ((self.title,) if self.title is not None else ()) + self.paragraphs


def dateline_openings(texts: Sequence[str], opens_with_dateline: Callable[[str], bool]) -> list[int]:
    """Return the lines that open with a dateline (``opens_with_dateline``), gated by a capital opening."""
    return [i for i, text in enumerate(texts) if CAPITALS_OPENING.match(text) and opens_with_dateline(text)]


def digest_items(
    texts: Sequence[str],
    openings: Sequence[int],
    is_prose: Callable[[str], bool],
    is_title: Callable[[str], bool],
    carried_on: Callable[[int], bool],
) -> list[Item]:
    """Return the items of a digest page, or [] when the page is none.

    Each line of ``openings`` (a paragraph opening with a dateline) opens an item, which runs over
    the prose lines below it up to the next opening or the first line that is neither prose nor
    carried on from or to a neighbour (``carried_on(i)``: line ``i`` goes on in line ``i + 1``, a
    paragraph broken by the scrape or a quotation introduced by a colon), such as a
    "Read more" link or a separator. The items carry titles when most openings stand directly under
    a title-shaped line (``is_title``): a sponsor line over one item is not a title of them all. An
    item that runs into the next opening with no furniture between them makes the page no digest;
    so does prose outside the items below the first (``MIN_ITEMS_PROSE_SHARE``).
    """
    if len(openings) < MIN_DIGEST_ITEMS:
        return []
    starts = set(openings)
    titled = sum(i > 0 and is_title(texts[i - 1]) for i in openings)
    with_titles = 2 * titled > len(openings)
    items = []
    for opening in openings:
        end = opening + 1
        while end < len(texts) and (is_prose(texts[end]) or carried_on(end - 1) or carried_on(end)):
            if end in starts:
                # Paragraphs opening with a place name run on without furniture between them: one article.
                return []
            end += 1
        title = opening - 1 if with_titles and opening > 0 and is_title(texts[opening - 1]) else None
        items.append(Item(title, tuple(range(opening, end))))
    inside = {i for item in items for i in item.paragraphs}
    outside = sum(is_prose(texts[i]) for i in range(openings[0], len(texts)) if i not in inside)
    return items if len(inside) >= MIN_ITEMS_PROSE_SHARE * (len(inside) + outside) else []


def lead_item(texts: Sequence[str], items: Sequence[Item]) -> Item:
    """Return the item given the most words (the first of equals): the page's article."""
    return max(items, key=lambda item: (sum(len(texts[i].split()) for i in item.paragraphs), -item.start))


def page_title(
    texts: Sequence[str],
    end: int,
    is_menu: Callable[[str], bool],
    is_title: Callable[[str], bool],
) -> int | None:
    """Return the page's title: the first title-shaped line (``is_title``) below the last menu line
    (``is_menu``) above line ``end`` (the first item), or None. Below the title come the digest's
    credits, date and greeting; above the last menu, the site's banner and tagline."""
    last_menu = max((i for i in range(end) if is_menu(texts[i])), default=-1)
    return next((i for i in range(last_menu + 1, end) if is_title(texts[i])), None)
