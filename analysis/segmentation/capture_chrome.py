"""The chrome of captures, deliveries and desks, sorted by what each line does (issue 11, round 18).

The position rules read every unnamed short line above a headline as the site's chrome (navigation)
and a short run of capitalised words as a byline (boilerplate). Some lines there do something else,
and the rulings of rounds 9 and 13 (tests/gold/pages/README.md) sort them by what they do:

- a web archive's notes about the copy ("You are viewing an archived copy …", "Every snapshot of this
  host", "Collection: … weekly crawl"), a mail alert's envelope ("Your alert … has 4 new stories") and a
  prompt to open the page in an app are furniture of the capture or the delivery: boilerplate;
- an archive's step links between copies, a desk terminal's key row ("<KEY> for …"), a section kicker
  that is a dotted place abbreviation ("U.K.") and a section title naming kinds of pages ("Speeches
  and Policy Statements") lead through the site: navigation.

The same table sorts the widgets of a page's top bar that the position rules read as its sections (a
market or currency ticker, a weather box, a row of social icons, a rating, a fact-check's verdict badge, a
label naming the document's type: boilerplate), and the furniture a portal sets in or after its text (a
widget's status line, a score ticker, a programme promotion, an app-install prompt: boilerplate; an
embedded video's label: a caption).

Each class is one row of ``segmentation_capture_chrome.csv``; a row names the labels it may change
(chrome, the article's text, or either), so a quoted sentence of the text is left to the text. Two
classes of text lines are read besides: a caption's photo credit naming the outlet's photographer is
in the caption patterns (``boilerplate_patterns.csv``), and a note about a reporter that gives a
telephone number or an e-mail address to reach them (:func:`contact_note`) is boilerplate wherever it
stands. Each line is read once, so the pass stays linear in the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd

from . import author_notes, link_roles

# The labels of a line of page chrome the pattern rows may change: prose and the headline are read by other rules.
CHROME_KINDS = ("navigation", "boilerplate")
# A chrome line is short: a longer line (a paragraph read as a notice) is not searched by the rows.
MAX_CHARS_CHROME = 300
# A row of sections holds at least this many items, at least half of them a section's name.
MIN_SECTION_ROW = 3
# A telephone number in the North American or international style ("570-555-0148", "(212) 555-0100",
# "+44 20 7946 0000") or an e-mail address: the way to reach someone.
CONTACT = re.compile(
    r"(?:\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\+\d{1,3}(?:[ -]?\d{2,4}){2,4}\b|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)"
)
# A contact note is a short text: a sentence about the reporter and the way to reach them.
MAX_WORDS_CONTACT_NOTE = 40


# Which lines a row of the table may relabel (its ``applies`` column).
APPLIES = {"chrome": CHROME_KINDS, "body": ("body",), "any": (*CHROME_KINDS, "body")}
# The browser's title of the page printed above it: the headline, a separator and the site's name (with its
# section: "<headline> | World News - Site"); a site's name is short.
TITLE_TAIL = re.compile(r"^\s+[-|–—:]\s+\S.{0,60}$")


@dataclass(frozen=True)
class ChromeRow:
    """A row of ``segmentation_capture_chrome.csv``: the kind it gives, the kinds of line it may relabel, its
    pattern (compiled case-insensitively) and its note."""

    kind: str
    applies: tuple[str, ...]
    regex: re.Pattern
    note: str


@lru_cache(maxsize=1)
def chrome_patterns() -> tuple[ChromeRow, ...]:
    """Return the rows of ``segmentation_capture_chrome.csv``, in file order (the first that matches decides)."""
    with resources.files("analysis.data").joinpath("segmentation_capture_chrome.csv").open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, comment="#", dtype=str, keep_default_na=False)
    return tuple(
        ChromeRow(row.kind, APPLIES[row.applies], re.compile(row.pattern, re.IGNORECASE), row.note)
        for row in table.itertuples(index=False)
    )


def chrome_kind(text: str, kind: str = "navigation") -> tuple[str, str] | None:
    """Return (kind, reason) of the first row of :func:`chrome_patterns` that may relabel a line of ``kind`` and
    matches ``text``, else None (also for a line longer than ``MAX_CHARS_CHROME``)."""
    if len(text) > MAX_CHARS_CHROME:
        return None
    for row in chrome_patterns():
        if kind in row.applies and row.regex.search(text):
            return row.kind, row.note
    return None


def contact_note(text: str) -> str | None:
    """Return a reason when ``text`` is a short note about a person ("Jane Roe covers the city for the Post.")
    that gives a telephone number or an e-mail address to reach them, else None: the reporter's contact box,
    boilerplate wherever it stands (a quoted person's sentence gives no number to call)."""
    if not author_notes.AUTHOR_NOTE.match(text) or len(text.split()) > MAX_WORDS_CONTACT_NOTE:
        return None
    if not CONTACT.search(text):
        return None
    return "a note about a reporter with a telephone number or e-mail address to reach them"


def section_row(text: str) -> str | None:
    """Return a reason when ``text`` is a row of at least ``MIN_SECTION_ROW`` links at least half of which name one
    of a site's sections (:func:`.link_roles.section_words`: "News   Shows   Schedule   Podcasts"), else None:
    sections are navigation wherever they stand (the round-9 ruling), also in a footer; a row of the article's tags
    names its places and topics, which no list of sections holds; a row with a legal link is a footer."""
    items = link_roles.link_items(text)
    # A row that carries the site's legal pages ("Schedule   Terms of Use") is its footer: boilerplate.
    if len(items) < MIN_SECTION_ROW or any(map(link_roles.legal_item, items)):
        return None
    sections = sum(item in link_roles.section_words() for item in items)
    if 2 * sections < len(items):
        return None
    return f"a row of the site's sections: {sections} of {len(items)} items name a section"


def browser_title(text: str, headline_text: str) -> str | None:
    """Return a reason when ``text`` is the browser's title of the page: the headline followed by a separator and
    the site's name ("<headline> - The Daily Example"), else None. It names the document, above the page: boilerplate
    like a capture's notes, not the site's banner."""
    if not headline_text or not text.startswith(headline_text) or not TITLE_TAIL.match(text[len(headline_text) :]):
        return None
    return "the browser's title of the page: the headline, a separator and the site's name"


def relabel(texts: list[str], labels: dict[int, tuple[str, str]], headline: int | None = None) -> None:
    """Relabel in place the lines of ``texts`` whose class a row of :func:`chrome_patterns` names, the body lines that
    are a reporter's contact note (:func:`contact_note`), a boilerplate row of the site's sections
    (:func:`section_row`) and the browser's title above the ``headline`` (:func:`browser_title`); other labels are
    left as they are."""
    headline_text = texts[headline] if headline is not None else ""
    for i, text in enumerate(texts):
        kind = labels[i][0]
        if kind not in APPLIES["any"]:
            continue
        found = chrome_kind(text, kind)
        if found is None and kind == "body" and (reason := contact_note(text)) is not None:
            found = ("boilerplate", reason)
        if found is None and kind == "boilerplate" and (reason := section_row(text)) is not None:
            found = ("navigation", reason)
        if found is None and kind in CHROME_KINDS and headline is not None and i < headline:
            reason = browser_title(text, headline_text)
            found = ("boilerplate", reason) if reason else None
        if found is not None and found[0] != kind:
            labels[i] = found
