"""What a line of links links to: the reader's account or the site's legal pages (issue 11, round 9).

The round-9 ruling of tests/gold/pages/README.md sorts a line of links by what it links to before
where it stands: links to the reader's account or subscription (``segmentation_account_links.txt``)
are navigation in the site's top bar above the headline and boilerplate below it; links to the
site's legal and corporate pages (``segmentation_legal_links.txt``) are boilerplate wherever they
are. The functions read one line, split into items like a menu, so the check is linear in the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import rules

# Items of a row of links: the menu separators, and the bullet operator some platforms set between
# footer links ("Privacy ∙ Terms").
ITEM_SEPARATOR = re.compile(rf"{rules.MENU_SEPARATOR.pattern}|\s*∙\s*")
# A legal link may name the site after its first word ("About the Daily Courier", "Contact Newsdesk").
MAX_WORDS_LEGAL_ITEM = 5


@lru_cache(maxsize=1)
def account_words() -> frozenset[str]:
    """Return the account and subscription link items (``segmentation_account_links.txt``)."""
    return rules._word_list("segmentation_account_links.txt")


@lru_cache(maxsize=1)
def legal_words() -> frozenset[str]:
    """Return the legal and corporate link items (``segmentation_legal_links.txt``)."""
    return rules._word_list("segmentation_legal_links.txt")


def link_items(text: str) -> list[str]:
    """Return the items of a line split like a row of links, case-folded and trimmed."""
    return [item.strip().casefold() for item in ITEM_SEPARATOR.split(text) if item.strip()]


def account_links(text: str) -> str | None:
    """Return a reason when every item of ``text`` is an account or subscription link ("Subscribe   Sign in")."""
    items = link_items(text)
    if items and all(item in account_words() for item in items):
        return f"account links: {len(items)} link(s) to the reader's account or subscription"
    return None


def legal_item(item: str) -> bool:
    """True when a case-folded link item is a legal or corporate page: listed, or a first word listed with
    " *" and the site's name after it ("about the daily courier"), a few words in all."""
    if item in legal_words():
        return True
    first, _, rest = item.partition(" ")
    return bool(rest) and f"{first} *" in legal_words() and len(rules.WORD.findall(item)) <= MAX_WORDS_LEGAL_ITEM


def legal_links(text: str) -> str | None:
    """Return a reason when at least half the items of ``text`` are legal or corporate links.

    A menu of sections may end with "About us" or "Contact" and stays navigation; a footer
    row of legal pages may carry one other link ("Subscription") and is boilerplate.
    """
    items = link_items(text)
    legal = sum(legal_item(item) for item in items)
    if items and 2 * legal >= len(items):
        return f"legal links: {legal} of {len(items)} links to the site's legal or corporate pages"
    return None


@lru_cache(maxsize=1)
def section_words() -> frozenset[str]:
    """Return the generic names of a news site's sections (``segmentation_section_names.txt``)."""
    return rules._word_list("segmentation_section_names.txt")


# A menu set one item per line lists at least this many sections; a tag list names the article's places and topics.
MIN_SECTION_RUN = 3


def section_run(items: list[str]) -> str | None:
    """Return a reason when ``items`` (the lines of a run of one-item link lines) are a menu of the site's sections:
    ``MIN_SECTION_RUN`` lines or more, at least half of them a section's name ("US", "World", "Politics", …), else
    None. Sections are navigation wherever they stand (the round-9 ruling), also in a footer; a list of the
    article's tags names its places and topics, which no list of sections holds (issue 11, round 13)."""
    if len(items) < MIN_SECTION_RUN:
        return None
    sections = sum(item.strip().casefold() in section_words() for item in items)
    if 2 * sections >= len(items):
        return f"menu of sections, one per line: {sections} of {len(items)} items name a section"
    return None
