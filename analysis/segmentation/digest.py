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

from ..text import WORD_TOKEN, tokenize
from . import headline_rules, page_notes, rules

# A digest holds at least this many items opened by datelines; two are an article and one appended story.
MIN_DIGEST_ITEMS = 3
# A paginated bulletin (running heads and page numbers, :mod:`.pagination`) sets each item under its own head,
# so two dated items are already a bulletin: its story and one other item.
MIN_BULLETIN_ITEMS = 2
# A dateline opens with a place in capitals ("MOSCOW", "SRI LANKA"); lines that do not start with two
# capital letters are not handed to the dateline grammar (a cheap gate: most lines of a page fail it).
CAPITALS_OPENING = re.compile(r"^[A-Z][A-Z]")
# Below its first item, a digest's prose is its items' paragraphs, bar a sign-up prompt or a sponsor's note
# (0.81-0.92 of the prose lines on the four dev digests). An article continued from another page, between
# two dated items, leaves much of its prose outside them (19 of 29 lines, 0.66, on a dev print-edition page).
MIN_ITEMS_PROSE_SHARE = 0.75
# A bullet of a key-points box: a bullet sign or a dash, then a space ("• …", "– …", "■ …").
BULLET = re.compile(r"^[•·■▪●◆►–—*-]\s")
# A key-points box lists at least two points; one bulleted line above a dateline is a list item, not a box.
MIN_BOX_BULLETS = 2
# The heading of a key-points box is a label of a few words ("KEY POINTS", "AT A GLANCE"); so is a section head.
MAX_WORDS_BOX_HEADING = 3


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

    def mapped(self, positions: Sequence[int]) -> Item:
        """Return the item with each line ``i`` read as line ``positions[i]`` of the whole page (an item
        found on the page with its furniture taken out, :mod:`.pagination`)."""
        title = None if self.title is None else positions[self.title]
        return Item(title, tuple(positions[i] for i in self.paragraphs))


@dataclass(frozen=True)
class Head:
    """The head of a digest's lead story set as an article: its title line, its key-points box (heading
    and bullets, which are the story's text) and its desk or byline line, if any."""

    title: int
    box: tuple[int, ...]
    desk: int | None = None

    def mapped(self, positions: Sequence[int]) -> Head:
        """Return the head with each line ``i`` read as line ``positions[i]`` of the whole page."""
        desk = None if self.desk is None else positions[self.desk]
        return Head(positions[self.title], tuple(positions[i] for i in self.box), desk)


def dateline_openings(texts: Sequence[str], opens_with_dateline: Callable[[str], bool]) -> list[int]:
    """Return the lines that open with a dateline (``opens_with_dateline``), gated by a capital opening."""
    return [i for i, text in enumerate(texts) if CAPITALS_OPENING.match(text) and opens_with_dateline(text)]


def digest_items(
    texts: Sequence[str],
    openings: Sequence[int],
    is_prose: Callable[[str], bool],
    is_title: Callable[[str], bool],
    carried_on: Callable[[int], bool],
    min_items: int = MIN_DIGEST_ITEMS,
) -> list[Item]:
    """Return the items of a digest page, or [] when the page is none.

    Each line of ``openings`` (a paragraph opening with a dateline) opens an item, which runs over
    the prose lines below it up to the next opening or the first line that is neither prose nor
    carried on from or to a neighbour (``carried_on(i)``: line ``i`` goes on in line ``i + 1``, a
    paragraph broken by the scrape or a quotation introduced by a colon), such as a
    "Read more" link or a separator. The items carry titles when most openings stand directly under
    a title-shaped line (``is_title``): a sponsor line over one item is not a title of them all. An
    item that runs into the next opening with no furniture between them makes the page no digest;
    so does prose outside the items below the first (``MIN_ITEMS_PROSE_SHARE``), and fewer openings
    than ``min_items``.
    """
    if len(openings) < min_items:
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
        items.append(Item(title, tuple(range(opening, _before_credits(texts, opening, end)))))
    inside = {i for item in items for i in item.paragraphs}
    outside = sum(is_prose(texts[i]) for i in range(openings[0], len(texts)) if i not in inside)
    return items if len(inside) >= MIN_ITEMS_PROSE_SHARE * (len(inside) + outside) else []


def words(text: str) -> int:
    """Return the number of words of ``text`` as the tokens table counts them (tokens of
    :func:`..text.tokenize` that hold a letter or a figure, ``is_word``): punctuation set apart by
    spaces ("–", "|") is no word."""
    return sum(1 for token in tokenize(text) if WORD_TOKEN.search(token))


def _before_credits(texts: Sequence[str], opening: int, end: int) -> int:
    """Return where an item's paragraphs ``opening..end`` stop: before the credit lines at its foot (a
    copyright or a role and names, :func:`.headline_rules.credit_line`: "© Agency, 2019. Reproduction only
    with permission."), which close the page or the item but tell no news, however sentence-like."""
    while end - 1 > opening and headline_rules.credit_line(texts[end - 1]):
        end -= 1
    return end


def lead_item(texts: Sequence[str], items: Sequence[Item]) -> Item:
    """Return the item given the most words (:func:`words`; the first of equals): the page's article."""
    return max(items, key=lambda item: (sum(words(texts[i]) for i in item.paragraphs), -item.start))


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


def desk_line(text: str) -> bool:
    """True when ``text`` credits the story rather than tells it: a byline (:func:`.rules.byline_line`), a
    credit (:func:`.headline_rules.credit_line`) or a row of items one of which is a labelled note
    ("LMM desk | Sources: wire, agency reports", :func:`.page_notes.labelled_note`)."""
    if rules.byline_line(text) or headline_rules.credit_line(text):
        return True
    parts = rules.MENU_SEPARATOR.split(text)
    return len(parts) > 1 and any(page_notes.labelled_note(part) for part in parts)


def key_points_box(texts: Sequence[str], opening: int) -> tuple[int, ...]:
    """Return the lines of a key-points box set directly above line ``opening`` (its heading and bullets,
    a bullet's wrapped second line, directly under it, included), or () when at most one bullet stands there."""
    i, bullets = opening - 1, 0
    while i >= 0:
        if BULLET.match(texts[i]):
            bullets += 1
        elif not (i > 0 and BULLET.match(texts[i - 1])):
            break
        i -= 1
    if bullets < MIN_BOX_BULLETS:
        return ()
    heading = texts[i] if i >= 0 else ""
    words = len(heading.split())
    if 0 < words <= MAX_WORDS_BOX_HEADING and not heading.rstrip().endswith((".", "!", "?")) and not desk_line(heading):
        i -= 1
    return tuple(range(i + 1, opening))


def lead_head(texts: Sequence[str], lead: Item, is_title: Callable[[str], bool]) -> Head | None:
    """Return the head of the lead item when it is set as an article of its own, else None: a title line
    (``is_title``) above a desk or byline line (:func:`desk_line`) and/or a key-points box
    (:func:`key_points_box`) over its dateline paragraph. A bulletin gives its main story that head, while
    a digest's items carry a bare title over their dateline; the story's title is then the page's headline,
    not the bulletin's name or issue line set above its contents."""
    opening = lead.paragraphs[0]
    box = key_points_box(texts, opening)
    above = (box[0] if box else opening) - 1
    desk = above >= 0 and desk_line(texts[above])
    title = above - 1 if desk else above
    if not (box or desk) or title < 0 or not is_title(texts[title]):
        return None
    return Head(title, box, above if desk else None)


def run_on(
    texts: Sequence[str],
    items: Sequence[Item],
    lead: Item,
    is_prose: Callable[[str], bool],
    carried_on: Callable[[int], bool],
) -> Item:
    """Return the lead item run on down to the next item's first line (or the page's end), less the lines
    at its foot that are neither prose (``is_prose``) nor carried on from the line above (``carried_on(i)``:
    line ``i`` goes on in line ``i + 1``), such as the next item's section head, and the credits under them.

    Asked only of a story set as an article (:func:`lead_head`): its paragraphs are the lines of a column,
    which one by one read as neither prose nor a sentence cut ('"… in Khan Sheikhoun,"' over the speaker's
    name), so the item scan of :func:`digest_items` stops inside it; an item boundary is the next item's
    title over its dateline, not a line that reads as no sentence."""
    end = min((item.start for item in items if item.start > lead.start), default=len(texts))
    last = end - 1
    while last > lead.paragraphs[-1] and not (is_prose(texts[last]) or carried_on(last - 1)):
        last -= 1
    last = _before_credits(texts, lead.paragraphs[-1], last + 1) - 1
    return Item(lead.title, tuple(range(lead.paragraphs[0], max(last, lead.paragraphs[-1]) + 1)))


def section_head(text: str) -> bool:
    """True when ``text`` is a section head set over a bulletin's item: a label of a few words in capitals
    ("SYRIA", "PORTS"), no figures. It files the item under a section: navigation, not the item's title."""
    return text.isupper() and len(text.split()) <= MAX_WORDS_BOX_HEADING and not any(map(str.isdigit, text))
