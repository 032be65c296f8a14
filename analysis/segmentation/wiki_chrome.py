"""The chrome of a wiki skin, sorted by what each line does (issue 11, round 16).

A news wiki scraped in a MediaWiki-like skin (classic with the sidebar first or last, Vector-2022,
mobile) prints the same interface boxes whatever its name: a navigation box of site sections, a
tools box and tab rows acting on the article, an interlanguage list, a table of contents, a tagline
``From <wiki>, …`` under the title, section heads with a glued ``[edit]`` and footnote markers after
the sentences. The rulings of rounds 9 and 13 (tests/gold/pages/README.md) sort such lines by what
they do: site sections and site tools are navigation wherever; article tools (tabs, the tools box,
this article in other languages, its table of contents, its categories) are boilerplate wherever.
The general position rules read the sidebar printed above the title as site chrome and the sidebar
printed after the footer as furniture, so this module corrects the kind by the item's role
(``segmentation_wiki_chrome.csv``), on a page that shows it is a wiki, in one pass over the lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

import pandas as pd

from . import link_roles, rules

# A section head of a wiki page: a short title with the edit link glued after it ("Reaction[edit]", "Reaction [ edit ]",
# "Reaction[edit | edit source]").
EDIT_HEAD = re.compile(r"^(?P<title>\S.{0,80}?)\s*\[\s?edit(?: source|\s?\|\s?edit source)?\s?\]$", re.IGNORECASE)
# A sentence closed by footnote markers ("… on Monday.[1][2]", "… crime".[6]) or inline tags ("[citation needed]",
# "[14][failed verification]"): the wiki's prose.
FOOTNOTED_END = re.compile(r"[.!?\"”’)]\s?(?:\[(?:\d{1,3}|[a-z][a-z ?]{0,30}|(?:note|nb) \d{1,2})\])+$")
# A numbered item of a table of contents ("1 Talks", "2.1 Reactions abroad").
CONTENTS_ITEM = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\s+\S")
# The toggle lines of a box ("hide", "show", "Toggle the table of contents").
TOGGLE = re.compile(r"^(?:hide|show|toggle the table of contents)$", re.IGNORECASE)
# The tagline a wiki prints under the title ("From Open Wiki, the free news source"): the site's name after "From".
TAGLINE = re.compile(r"^From [A-Z][^,]{1,40}, \S")
# Lines after the title within which its tagline stands, and the most words a tagline runs to.
TAGLINE_LINES = 5
MAX_WORDS_TAGLINE = 14
# A revision stamp ("Last edited 3 days ago by Some-bot", "Last modified on 2 May"): a time stamp of the page.
REVISION_STAMP = re.compile(r"^last (?:edited|modified|changed)\b", re.IGNORECASE)
# A page is a wiki when at least this many lines are wiki chrome of its own kind (an [edit] head, a tools
# item, a site tool of a wiki's sidebar): one such line may stand on any site.
MIN_WIKI_MARKS = 2
# Items of a box (site sections, language names) are short: at most this many words.
MAX_WORDS_MENU_ITEM = 4
MAX_WORDS_LANGUAGE = 2
# A footnoted line is prose when it runs to this many words at least.
MIN_WORDS_FOOTNOTED = 4
# The labels of a line of page chrome this module may change: prose and the headline are read by other rules.
CHROME_KINDS = ("navigation", "boilerplate")
# Tags of a wiki page (its categories), boilerplate like any page's tags.
CATEGORIES = re.compile(r"^(?:hidden )?categories\s*:", re.IGNORECASE)
# Items that only a wiki's interface prints (its own tools): each line holding one marks the page as a wiki.
WIKI_MARKS = frozenset(
    {
        "what links here",
        "related changes",
        "printable version",
        "permanent link",
        "cite this page",
        "view history",
        "recent changes",
        "random article",
        "special pages",
        "jump to navigation",
        "jump to content",
        "toggle the table of contents",
    }
)


@lru_cache(maxsize=1)
def chrome_roles() -> dict[str, str]:
    """Return the role of every wiki chrome item, case-folded (``segmentation_wiki_chrome.csv``)."""
    with resources.files("analysis.data").joinpath("segmentation_wiki_chrome.csv").open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, comment="#", dtype=str, keep_default_na=False)
    return dict(zip(table["item"].str.casefold(), table["role"], strict=True))


def _items(text: str) -> list[str]:
    """Return the case-folded items of a line read as a row of links."""
    return link_roles.link_items(text)


def role_of(text: str) -> str | None:
    """Return the role shared by every item of ``text`` (a row of tabs is one role), else None.

    ``Search <the wiki's name>`` (a search box) is a site tool.
    """
    roles = set()
    for item in _items(text):
        role = chrome_roles().get(item)
        if role is None and item.startswith("search ") and len(item.split()) <= MAX_WORDS_MENU_ITEM:
            role = "site"
        if role is None:
            return None
        roles.add(role)
    if not roles:
        return None
    # A mobile icon row mixes the article's tabs with its "Language" button: all act on the article.
    return roles.pop() if len(roles) == 1 else ("article" if roles <= {"article", "languages"} else None)


def is_wiki_page(texts: list[str]) -> bool:
    """True when at least ``MIN_WIKI_MARKS`` lines are a wiki's own chrome: an ``[edit]`` section head or an
    item of its tools and sidebar that no news site's menu prints (``WIKI_MARKS``)."""
    marks = 0
    for text in texts:
        if text.casefold() in WIKI_MARKS or EDIT_HEAD.match(text):
            marks += 1
            if marks >= MIN_WIKI_MARKS:
                return True
    return False


def _short(text: str, most: int) -> bool:
    """True when ``text`` is a box item: at most ``most`` words, no figure and no sentence's end."""
    return (
        len(rules.WORD.findall(text)) <= most
        and not any(map(str.isdigit, text))
        and not rules.SENTENCE_END.search(text)
    )


def _box_run(texts: list[str], start: int, fits: Callable[[str], bool]) -> list[int]:
    """Return the indexes after ``start`` that ``fits`` accepts, up to the first line it refuses."""
    run = []
    for j in range(start + 1, len(texts)):
        if not fits(texts[j]):
            break
        run.append(j)
    return run


def _menu_item(text: str) -> bool:
    """True when ``text`` is an item of a navigation box: short, and no other box's header or tool."""
    return _short(text, MAX_WORDS_MENU_ITEM) and role_of(text) in (None, "site")


def _language_item(text: str) -> bool:
    """True when ``text`` is a language's name in an interlanguage list (one or two words, no chrome item), or a
    row of such names set side by side."""
    items = _items(text)
    return role_of(text) is None and (
        _short(text, MAX_WORDS_LANGUAGE) or (len(items) > 1 and all(_short(item, MAX_WORDS_LANGUAGE) for item in items))
    )


def _contents_item(text: str) -> bool:
    """True when ``text`` belongs to a table of contents: a numbered item or a toggle line."""
    return bool(CONTENTS_ITEM.match(text) or TOGGLE.match(text)) and not rules.SENTENCE_END.search(text)


def box_kinds(texts: list[str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: (kind, reason)}`` for the items of a wiki's boxes, read from their headers.

    The navigation box's items are site sections (navigation), except account and donation links whose
    kind hangs on their position (round 13); the interlanguage list's language names and the table of
    contents' numbered items and toggles are this article's tools (boilerplate).
    """
    found: dict[int, tuple[str, str]] = {}
    account = link_roles.account_words() | {"donate", "donate now"}
    for i, text in enumerate(texts):
        role = chrome_roles().get(text.casefold())
        if role == "menu":
            for j in _box_run(texts, i, _menu_item):
                if texts[j].casefold() not in account:
                    found[j] = ("navigation", "a wiki's navigation box: an item under its header is a site section")
        elif role == "languages":
            for j in _box_run(texts, i, _language_item):
                found[j] = ("boilerplate", "a wiki's interlanguage list: this article in another language")
        elif role == "contents":
            for j in _box_run(texts, i, _contents_item):
                found[j] = ("boilerplate", "a wiki's table of contents: an item or toggle of this article's index")
    return found


def _tagline(text: str, after_headline: int | None) -> bool:
    """True when ``text`` is the wiki's tagline: ``From <name>, …`` within ``TAGLINE_LINES`` lines under the
    title, no longer than a tagline."""
    return (
        after_headline is not None
        and 0 < after_headline <= TAGLINE_LINES
        and bool(TAGLINE.match(text))
        and len(rules.WORD.findall(text)) <= MAX_WORDS_TAGLINE
    )


def line_kind(text: str, kind: str, after_headline: int | None) -> tuple[str, str] | None:
    """Return the ``(kind, reason)`` of one line of a wiki page by what it does, else None.

    ``after_headline`` is the line's distance below the headline (None above it or without one).
    """
    head = EDIT_HEAD.match(text)
    if head:
        if chrome_roles().get(head.group("title").casefold()) == "references":
            return ("boilerplate", "a wiki's section head labelling its reference list")
        return ("body", "a wiki's section head with its edit link: a sub-heading of the text")
    if kind == "boilerplate" and FOOTNOTED_END.search(text) and len(rules.WORD.findall(text)) >= MIN_WORDS_FOOTNOTED:
        return ("body", "a wiki's sentence closed by footnote markers")
    if kind in (*CHROME_KINDS, "body", "caption") and _tagline(text, after_headline):
        return ("navigation", "a wiki's tagline under the title: 'From' and the site's name")
    if kind not in CHROME_KINDS:
        return None
    if REVISION_STAMP.match(text):
        return ("boilerplate", "a wiki's revision stamp: when and by whom the page was last edited")
    if CATEGORIES.match(text):
        return ("boilerplate", "a wiki's categories: the article's tags")
    role = role_of(text)
    if role in ("site", "menu"):
        return ("navigation", "a wiki's site section or site tool (navigation wherever, round 13)")
    if role in ("article", "languages", "contents"):
        return ("boilerplate", "a wiki's article tool, tab or box header (boilerplate wherever, round 13)")
    return None


def wiki_kinds(
    texts: list[str], kinds: list[str], headline: int | None, wiki: bool = False
) -> dict[int, tuple[str, str]]:
    """Return ``{index: (kind, reason)}`` for the lines of a wiki page whose kind the wiki's chrome decides
    (empty when the page is no wiki; ``wiki`` when the caller knows it is one, a reference work's mobile skin
    printing no tool of its own): the items of its boxes, then each line by its own role."""
    if not (wiki or is_wiki_page(texts)):
        return {}
    found = {i: pair for i, pair in box_kinds(texts).items() if kinds[i] in CHROME_KINDS}
    for i, text in enumerate(texts):
        after = i - headline if headline is not None and i > headline else None
        pair = line_kind(text, kinds[i], after)
        if pair:
            found[i] = pair
    return found
