"""Line-shape rules for page chrome, bylines, time stamps, broken paragraphs and datelines (issue 11).

Each rule is one function of a line's text (and, where needed, its neighbour) that
returns the reason it fired, or None. They describe what tells chrome from prose on
any English news page: the shape of a line (items joined by separators, a run of
names, a date with nothing else), not the words of one page. Word lists live in
``analysis/data/segmentation_*.txt`` with their origin.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from itertools import islice

from . import matching
from .line_features import ANY_SEPARATOR, SENTENCE_END, WORD, features  # noqa: F401 (ANY_SEPARATOR: re-exported)

LETTERS = re.compile(r"[^\W\d_]+")

# Menus: items joined by two or more spaces or by a separator character.
MENU_SEPARATOR = re.compile(r"\s{2,}|\s*[|·•›»]\s*|\s+[/–—]\s+")
# ANY_SEPARATOR (.line_features): a character every separator of MENU_SEPARATOR and BYLINE_TIMESTAMP_SEPARATOR
# needs (two white spaces, a bar, a slash, a dash ...): a line without one is a single item, which no menu, sharing
# widget or byline with a stamp is; this one search replaces three splits of nearly every line (with the
# once-compiled site notices: segmentation 18.9 -> 11.3 CPU s per 1,000 bench articles). A line's answer is read
# once, in its features (speed17b).
# Separators a two-item kicker or breadcrumb uses ("World – Syria", "News › World"); two
# items joined only by spaces are too often a headline with a double space.
KICKER_SEPARATOR = re.compile(r"\s*[|›»]\s*|\s+[/–—]\s+")
MIN_MENU_ITEMS = 3
# A breadcrumb's or a bullet list's mark between two items of a row of links.
LINK_ROW_MARK = re.compile(r"\s[>»›|·•]\s")
MAX_WORDS_MENU_ITEM = 4
MAX_WORDS_KICKER_ITEM = 3

# A time stamp has at most 14 words ("Updated 3:42 PM GMT, Tuesday, July 17, 2023"); a line may carry two, the
# first publication and the last update ("<stamp>  [ Last Update: <stamp> ]"), so the cap is twice that.
MAX_WORDS_TIMESTAMP = 28
MAX_WORDS_BYLINE = 12
# "by" opening a byline's names, with at most one word before it ("By", "Story by", "Words by").
BY_PHRASE_OPENING = re.compile(r"^(?:\w+\s+)?by\s+", re.IGNORECASE)
# "— Nadia", "– Jane Roe": a letter's or newsletter's signature, a dash and one to three capitalised names.
SIGNATURE = re.compile(r"^[—–]\s?[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}$")
# Lower-case words allowed between the names of a byline ("Jane Roe in Kyiv and John Doe"); "with" joins
# a desk and its agencies ("Daily Courier with agencies", issue 11 round 9).
BYLINE_CONNECTIVES = {"and", "in", "at", "&", "with"}
# In a line set in capitals: the connective of a desk and its agencies ("DAILY COURIER WITH AGENCIES").
CAPITALS_BYLINE_CONNECTIVES = {"with"}
# Articles: a title opens with one ("The Count in Marula"), a run of reporters' names does not.
TITLE_ARTICLES = frozenset({"the", "a", "an"})
# "By Jane Roe", and "By: Staff, Wire reports" as broadcasters' content systems set it.
BYLINE_OPENING = re.compile(r"^by:?\s+\S", re.IGNORECASE)
# A section's number in roman numerals, alone on its line ("I.", "IV.").
ROMAN_SECTION = re.compile(r"^[IVXL]{1,4}\.$")
# A contributor's credit: a work, "by" and a capitalised name ("Photographs by Jane Roe").
CONTRIBUTOR_CREDIT = re.compile(r"^(?P<work>[A-Za-z]+)\s+by\s+[A-Z]")
# "Jane Roe, reporting from Sharm el-Sheikh, Egypt": names, a comma, a reporter's verb and a place.
MAX_WORDS_BYLINE_NAME = 4
# "Jane Roe, Tromsø bureau chief": the job title after the comma, a few words ending in a role.
MAX_WORDS_BYLINE_ROLE = 4
# Separators between a byline and its time stamp: a bar, a bullet or a run of spaces.
BYLINE_TIMESTAMP_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s{2,}")
LIVE_SHIFT = re.compile(r"\s*\((?:now|earlier|later)\)", re.IGNORECASE)
INITIALS = re.compile(r"^(?:[A-Z]\.\s*){1,3}(?:(?:&|and|,)\s*(?:[A-Z]\.\s*){1,3})*$")

# Title case: at least this share of the words of 4+ letters capitalised, and at least 4 such words
# (fewer are too often names).
MIN_LETTERS_TITLE_WORD = 4
MIN_TITLE_WORDS = 4
MIN_TITLE_CASE_SHARE = 0.8

# The low marks open a quotation in German and in pages translated from it ("„Die Lage …“", issue 11 round 14).
OPENING_QUOTES = "\"'“‘«„‚"
# Marks that open or close a quotation (straight and curly double quotes, guillemets).
QUOTATION_MARKS = '"“”«»'

# Wire datelines opening the first paragraph, in the forms of the issue:
#   MOSCOW, November 1. /AGENCY/.          (agency between slashes, after a date)
#   ANKARA (Anadolu) –  KYIV, Ukraine (AP) —  SEOUL, South Korea (1:45 P.M.) –
#   BEIRUT (Outlet / Agency - 3rd September, 2018) -
# An upper-case place, an optional region or date, optional parentheses, then a separator.
_PLACE = r"[A-Z][A-Z'.\- ]{2,40}?"
_REGION = r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z0-9][A-Za-z0-9.]*){0,2})?"
DATELINE_SLASH = re.compile(rf"^(?P<dateline>{_PLACE}{_REGION}\.?\s*/[A-Z][A-Za-z0-9 .&-]{{1,30}}/\.?)\s+(?=\S)")
DATELINE_PARENTHESES = re.compile(rf"^(?P<dateline>{_PLACE}{_REGION}\s*\([^()\n]{{1,60}}\)\s*(?::|—|–|--?))\s+(?=\S)")
# "The Daily Star - " / "Levant Dispatch - ": an outlet's name (capitalised words) and a dash,
# the form in which aggregators and reprints credit the source of a wire story.
# "(ANSA) - ROME, FEB 14 -": the agency in parentheses first, then the place and date, the
# form of the Italian and some other European agencies' English services.
DATELINE_AGENCY_FIRST = re.compile(
    rf"^(?P<dateline>\([A-Z][A-Za-z .&/-]{{1,30}}\)\s*(?:—|–|-)\s*{_PLACE}{_REGION}\s*(?:—|–|-))\s+(?=\S)"
)
# "New Delhi, Aug 29 (PTI) –", "United Nations, July 17 (IANS) –" (or "(Agency).-" as Spanish-language
# agencies close it): the place in title case, as the
# Indian agencies write it, so a month and day and an agency in parentheses must follow it.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
DATELINE_TITLE_CASE_PLACE = re.compile(
    rf"^(?P<dateline>[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}},\s*{_MONTH}\s+\d{{1,2}}\s*"
    r"\([A-Z][A-Za-z]{1,12}\)\.?(?:\s*(?:—|–|--?))?)\s+(?=\S)"
)
# "(Islamabad/Geneva, 30 August 2022) –": press releases of UN agencies and NGOs put the places of
# issue and the date in parentheses, in title case, before a dash.
DATELINE_PLACE_DATE_IN_PARENTHESES = re.compile(
    rf"^(?P<dateline>\([A-Z][A-Za-z .'-]{{1,30}}(?:/[A-Z][A-Za-z .'-]{{1,30}})*,\s*"
    rf"(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}),?(?:\s+\d{{4}})?\)\s*(?:—|–|--?))\s+(?=\S)"
)
OUTLET_PREFIX = re.compile(
    r"^(?P<dateline>(?:The\s)?[A-Z][\w&'.]*(?:\s[A-Z][\w&'.]*){0,4}\s(?:—|–|--?))\s+(?=[A-Z\"“‘'])"
)


def _word_list(name: str) -> frozenset[str]:
    with resources.files("analysis.data").joinpath(name).open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Return the English stop words (``stopwords_en.txt``): function words say nothing of the story."""
    return _word_list("stopwords_en.txt")


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    """Return the words a time-stamp line may hold (``segmentation_date_words.txt``)."""
    return _word_list("segmentation_date_words.txt")


@lru_cache(maxsize=1)
def byline_roles() -> frozenset[str]:
    """Return the job titles that end a byline (``segmentation_byline_roles.txt``)."""
    return _word_list("segmentation_byline_roles.txt")


@lru_cache(maxsize=1)
def contributor_works() -> frozenset[str]:
    """Return the works a contributor's credit names before 'by' (``segmentation_contributor_works.txt``)."""
    return _word_list("segmentation_contributor_works.txt")


def contributor_credit(text: str) -> bool:
    """True when ``text`` credits a contributor's work ("Photographs by Jane Roe for The Weekly"): one word of
    ``contributor_works`` opening the line, 'by', then a capitalised name (issue 11, round 20)."""
    match = CONTRIBUTOR_CREDIT.match(text.strip())
    return bool(match) and match.group("work").casefold() in contributor_works()


@lru_cache(maxsize=1)
def byline_verbs() -> frozenset[str]:
    """Return the phrases that tie a reporter's name to a place (``segmentation_byline_verbs.txt``)."""
    return _word_list("segmentation_byline_verbs.txt")


@lru_cache(maxsize=1)
def player_labels() -> frozenset[str]:
    """Return the labels a media player sets above the title of its clip (``segmentation_player_labels.txt``)."""
    return _word_list("segmentation_player_labels.txt")


@lru_cache(maxsize=1)
def sharing_words() -> frozenset[str]:
    """Return the names of sharing tools and networks (``segmentation_sharing_words.txt``)."""
    return _word_list("segmentation_sharing_words.txt")


@lru_cache(maxsize=1)
def site_notice_phrases() -> tuple[str, ...]:
    """Return the phrases by which a page speaks of itself or its reader (``segmentation_site_notice_phrases.txt``)."""
    return tuple(sorted(_word_list("segmentation_site_notice_phrases.txt")))


@lru_cache(maxsize=1)
def entry_markers() -> frozenset[str]:
    """Return the labels that open a live page's entry like a time stamp (``segmentation_entry_markers.txt``)."""
    return _word_list("segmentation_entry_markers.txt")


@lru_cache(maxsize=1)
def open_endings() -> frozenset[str]:
    """Return the words a sentence broken across lines ends on (``segmentation_open_endings.txt``)."""
    return _word_list("segmentation_open_endings.txt")


def _is_item(item: str, max_words: int) -> bool:
    """True for a menu item: a few words, no sentence punctuation, not starting in lower case."""
    words = WORD.findall(item)
    return len(words) <= max_words and not SENTENCE_END.search(item) and not item[:1].islower()


@lru_cache(maxsize=4096)
def menu_items(text: str) -> tuple[str, ...]:
    """Return the items of ``text`` split like a menu (``MENU_SEPARATOR``), trimmed, without empty ones. A line
    without a character every separator needs (``ANY_SEPARATOR``) is its one item. The menu, sharing and post-row
    rules split the same line: it is split once (speed17: menu_line, sharing_line and comments' counter_row,
    user_stamp and action_row over the 8,162 lines of 500 bench articles 0.235 -> 0.188 CPU s)."""
    if not features(text).separated:
        stripped = text.strip()
        return (stripped,) if stripped else ()
    return tuple(item.strip() for item in MENU_SEPARATOR.split(text) if item.strip())


def menu_line(text: str) -> str | None:
    """Return a reason when ``text`` is a menu: short items joined by separators.

    Three or more items joined by separators or wide spaces ("Home | World | Sport",
    "✉  📰  ☁"), or two short items joined by a breadcrumb separator ("World – Syria").
    """
    if not features(text).separated:
        return None
    items = menu_items(text)
    if len(items) >= MIN_MENU_ITEMS and all(_is_item(item, MAX_WORDS_MENU_ITEM) for item in items):
        return f"menu: {len(items)} short items joined by separators"
    items = [item for item in KICKER_SEPARATOR.split(text) if item.strip()]
    if len(items) == 2 and all(_is_item(item.strip(), MAX_WORDS_KICKER_ITEM) for item in items):
        return "section kicker or breadcrumb: two short items joined by a separator"
    return None


def sharing_line(text: str) -> str | None:
    """Return a reason when ``text`` is a sharing widget: a menu whose every item names a sharing tool.

    "Facebook   Twitter   Email", "Print | Email | Share": tools that act on the page
    (boilerplate), not places on the site to go to (navigation). A row of tools may
    carry a label or one tool of its own ("Share:   Facebook   X", "Share   Save   Gift
    this article"): at least two items, and at least half of them, name a tool or open
    with "Share" (:func:`_sharing_item`).
    """
    if not features(text).separated:
        return None
    items = menu_items(text)
    if len(items) >= 2 and all(item.casefold() in sharing_words() for item in items):
        return f"sharing widget: {len(items)} sharing tools joined by separators"
    tools = sum(_sharing_item(item) for item in items)
    if len(items) >= MIN_MENU_ITEMS and tools >= 2 and tools * 2 >= len(items):
        return f"sharing widget: {tools} of {len(items)} items name sharing tools"
    return None


def _sharing_item(item: str) -> bool:
    """True for a sharing tool or a sharing label: "Email", "Share:", "Share this fact-check", "Share this: X"."""
    folded = item.casefold().rstrip(":").strip()
    return folded in sharing_words() or folded.split(" ", 1)[0].rstrip(":") == "share"


# A market ticker or data line ("WHEAT 7.18 ▲ 3.1%   CORN 5.32 ▲ 1.9%", "USD/NGN 1,672.40 | Brent $73.1"):
# tokens with figures make at least this share of its tokens (separators aside), and it carries price
# signs: an arrow or a currency pair, or two changes or prices ("-0.6%", "+0.22", "$73.1"). A headline with
# a figure or two ("Wheat up 3% after two days") has words around them.
# A bare arrow after a price ("1,104 ▲") is the price's sign, not a word: it is set aside with the separators.
SEPARATOR_TOKEN = re.compile(r"^(?:[|·•/–—-]+|[▲▼△▽↑↓])$")
PRICE_MARK = re.compile(r"[▲▼△▽↑↓]|\b[A-Z]{3}/[A-Z]{3}\b")
PRICE_TOKEN = re.compile(r"^[▲▼△▽↑↓]?(?:[-+−]\d[\d.,]*%?|\d[\d.,]*%|[$€£¥]\d[\d.,]*)$")
MIN_FIGURES_DATA_LINE = 2
MIN_FIGURE_SHARE_DATA_LINE = 0.35


def data_line(text: str) -> str | None:
    """Return a reason when ``text`` is a market ticker or a line of market data, not a sentence.

    At least ``MIN_FIGURES_DATA_LINE`` tokens with figures, making ``MIN_FIGURE_SHARE_DATA_LINE``
    of the tokens, price signs (an arrow or a currency pair, or two priced or signed
    tokens) and no sentence-final punctuation: page furniture wherever it stands, never a headline.
    """
    # A line ending a sentence or without a figure is no data line whatever its tokens, so those two cheap
    # tests come first (measured, segmentation CPU per 1,000 bench articles: 10.5 -> 9.7 s).
    if features(text).ends_sentence or not any(map(str.isdigit, text)):
        return None
    tokens = [token for token in text.split() if not SEPARATOR_TOKEN.match(token)]
    figures = sum(any(map(str.isdigit, token)) for token in tokens)
    if figures < MIN_FIGURES_DATA_LINE or figures < MIN_FIGURE_SHARE_DATA_LINE * len(tokens):
        return None
    priced = sum(bool(PRICE_TOKEN.match(token.strip("()"))) for token in tokens)
    if not (PRICE_MARK.search(text) or priced >= 2):
        return None
    return f"market data: {figures} of {len(tokens)} tokens are figures, with price signs, no sentence"


# An e-mail address (or the mark a page's protection leaves in its place) and a telephone number.
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+|\[email\s*protected\]", re.IGNORECASE)
PHONE = re.compile(r"\+\d{1,3}[\s\d()-]{6,}\d")
MAX_WORDS_CONTACT_LINE = 20


def contact_line(text: str) -> str | None:
    """Return a reason when ``text`` is a contact note: an e-mail address or telephone number, no sentence.

    Press releases and portals end with "Media contact: Name, address, +32 …" or a name, a
    post and a mobile number; a paragraph that gives a hotline number is a sentence.
    """
    if features(text).ends_sentence or features(text).word_count > MAX_WORDS_CONTACT_LINE:
        return None
    if EMAIL.search(text) or PHONE.search(text):
        return "contact note: an e-mail address or telephone number, not a sentence"
    return None


def site_notice_line(text: str) -> str | None:
    """Return a reason when ``text`` is the site speaking of itself or to its reader as a user.

    Cookie and consent banners, disclaimers, comment-form notices, newsletter
    appeals and repost credits say "this site", "your device", "personal data",
    "reposted" ...; article prose does so only when quoting someone, so a line with
    a quotation mark is left alone.
    """
    if any(mark in text for mark in QUOTATION_MARKS):
        return None
    folded = " ".join(features(text).folded_words)
    # One alternation of every phrase first: most lines hold none (measured, segmentation CPU per 1,000 bench
    # articles: 11.5 -> 9.7 s).
    if not matching.phrase_alternation(site_notice_phrases()).search(folded):
        return None
    for phrase, regex in _site_notice_regexes():
        if regex.search(folded):
            return f"site notice: the page speaks of itself or its reader ('{phrase}')"
    return None


@lru_cache(maxsize=1)
def _site_notice_regexes() -> tuple[tuple[str, re.Pattern], ...]:
    """Return each site-notice phrase with its whole-word regex, compiled once (with SEG_STAMP and ANY_SEPARATOR:
    segmentation 18.9 -> 11.3 CPU s per 1,000 bench articles)."""
    return tuple((phrase, re.compile(rf"\b{re.escape(phrase)}\b")) for phrase in site_notice_phrases())


def timestamp_line(text: str) -> str | None:
    """Return a reason when ``text`` is a time stamp: a short line of numbers and date words only."""
    # map() runs str.isdigit without a generator frame per character; the line's words are read once for every
    # rule (.line_features).
    if not any(map(str.isdigit, text)) or features(text).word_count > MAX_WORDS_TIMESTAMP:
        return None
    if all(word.casefold() in date_words() for word in LETTERS.findall(text)):
        return "time stamp: only numbers and date or time words"
    return None


def byline_line(text: str) -> str | None:
    """Return a reason when ``text`` is a byline rather than a headline.

    "By Jane Roe", reporter initials ("K. Q.", "H. V. & D. O."), a run of capitalised
    names joined by "and" / "in" ("Jane Roe in Kyiv and John Doe", also with a live page's
    shift marks: "Jane Roe (now) and John Doe (earlier)"), or names ending in
    a job title ("Jane Roe Transport correspondent"). A headline has a lower-case word
    other than these connectives (its verb, an article) or a colon.
    """
    # A lone roman numeral ("I.", "V.") numbers a section of a long read: one initial signs no report.
    if INITIALS.match(text) and not ROMAN_SECTION.match(text):
        return "byline: reporter initials"
    if SIGNATURE.match(text):
        return "byline: a writer's signature, a dash and a name"
    # Live pages name the reporters of each shift: "Jane Roe (now) and John Doe (earlier)". A shift's mark opens
    # with a bracket: a line without one is not searched (speed17: byline_line over the 8,162 lines of 500 bench
    # articles 0.073 -> 0.047 CPU s).
    if "(" in text:
        text = LIVE_SHIFT.sub("", text)
    # The line's words are read once for every rule (.line_features), not counted again here.
    if features(text).word_count > MAX_WORDS_BYLINE:
        return None
    words = WORD.findall(text)
    if not words or features(text).ends_sentence:
        return None
    if BYLINE_OPENING.match(text):
        return "byline: 'By' and names"
    if contributor_credit(text):
        return "byline: a contributor's work, 'by' and names"
    if ":" in text or any(ch.isdigit() for ch in text):
        return None
    if words[-1].casefold() in byline_roles() and all(word[0].isupper() for word in words[:-1]):
        return "byline: names and a job title"
    if _is_link_row(text) or link_label(text, words):
        return None
    lower = _connective_words(text, words)
    # A run of names does not open with an article: "The Count in Marula" is a title (issue 11, round 20).
    if words[0].casefold() in TITLE_ARTICLES and lower:
        return None
    # In capitals a kicker ("WAR IN UKRAINE") has the shape of names joined by "in": there only a desk
    # credited with its agencies ("DAILY COURIER WITH AGENCIES") is read as a byline.
    connectives = CAPITALS_BYLINE_CONNECTIVES if text.isupper() else BYLINE_CONNECTIVES
    if lower and all(word.casefold() in connectives for word in lower) and len(words) - len(lower) >= 2:
        if any(word.casefold() == "with" for word in lower):
            return None if show_host(text) else "byline: a desk and its agencies joined by 'with'"
        return "byline: capitalised names joined by 'and' / 'in'"
    return None


@lru_cache(maxsize=1)
def link_label_words() -> frozenset[str]:
    """Return the words that open a link's label rather than a name: the verbs of buttons and of reader prompts
    (``segmentation_button_verbs.txt``, ``segmentation_prompt_verbs.txt``)."""
    return _word_list("segmentation_button_verbs.txt") | _word_list("segmentation_prompt_verbs.txt")


def link_label(text: str, words: list[str]) -> bool:
    """True when ``text`` (with its ``words``) is a link's label or a row of links that has the shape of names
    joined by "in" / "and": it opens with a button's or prompt's verb ("View in app", "Search   Log in"), or
    an item set apart by wide spaces is an account link ("Newsletter   Sign in"). A name is no verb, and a
    byline's names are joined by words, not by the gaps of a top bar (issue 11, round 13)."""
    if words[0].casefold() in link_label_words():
        return True
    if not features(text).separated:
        return False
    items = (item.strip().casefold() for item in MENU_SEPARATOR.split(text))
    return any(item in account_link_words() for item in items)


@lru_cache(maxsize=1)
def account_link_words() -> frozenset[str]:
    """Return the account and subscription link items (``segmentation_account_links.txt``)."""
    return _word_list("segmentation_account_links.txt")


# A programme's title and its host ("NEWSLINE WITH JANE ROE", "Hardtalk with John Doe"): one word, "with" and a
# host's name of two or three words. A desk credited with its agencies names the desk in two words or more ("VALLEY
# COURIER WITH AGENCIES", "Valley Courier with Harbour Press", tests/test_segmentation_round9_structure.py).
SHOW_HOST = re.compile(r"^[\w'’.-]+\s+with\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}$", re.IGNORECASE)


def show_host(text: str) -> bool:
    """True when ``text`` is one word, "with" and a person's name of two or three words: a programme's title and
    its host, not a desk credited with its agencies (issue 11, round 13)."""
    return SHOW_HOST.match(text) is not None and not any(word.casefold() in {"and", "&"} for word in text.split())


def _is_link_row(text: str) -> bool:
    """True when ``text`` is a row of links (a menu, a breadcrumb, a programme list), which names joined by
    "and" / "in" are not: it holds a breadcrumb or bullet mark ("Home > Press and Media", "Food · Russia and
    Eurasia Programme") or splits into ``MIN_MENU_ITEMS`` items or more (issue 11, round 11)."""
    if LINK_ROW_MARK.search(text):
        return True
    return features(text).separated and len(MENU_SEPARATOR.split(text)) >= MIN_MENU_ITEMS


def _connective_words(text: str, words: list[str]) -> list[str]:
    """Return the words of ``text`` that would be in lower case in a byline: its lower-case words, or in a line
    set in capitals ("DAILY COURIER WITH AGENCIES", where case tells nothing) its function words
    (``stopwords_en.txt``), so that a headline in capitals ("TALKS ON THE BORDER") keeps its "on the"."""
    if text.isupper():
        return [word for word in words if word.casefold() in stop_words()]
    return [word for word in words if not word[0].isupper()]


def byline_with_place(text: str) -> str | None:
    """Return a reason when ``text`` is a reporter's name, a comma and where or as what they report.

    "Jane Roe, reporting from Sharm el-Sheikh, Egypt", "John Doe, writing from Kyiv":
    a short run of capitalised names, then a phrase of ``segmentation_byline_verbs.txt``
    and a place; or "Jane Roe, Tromsø bureau chief": a few words ending in a job title
    of ``segmentation_byline_roles.txt``. A headline does not open with a bare name
    followed by a comma and "reporting from" or a job title.
    """
    name, comma, rest = text.partition(",")
    # The name's words are counted only until one too many, as in timestamp_line (every line of 1,000 bench
    # articles, measured: 0.12 -> 0.04 s per 1,000 articles).
    if not comma or next(islice(WORD.finditer(name), MAX_WORDS_BYLINE_NAME, None), None):
        return None
    words = WORD.findall(name)
    if len(words) < 2 or not all(word[0].isupper() for word in words):
        return None
    if features(text).ends_sentence or features(text).word_count > MAX_WORDS_BYLINE:
        return None
    rest_words = WORD.findall(rest.casefold())
    phrase = " ".join(rest_words[:2])
    if phrase in byline_verbs():
        return f"byline: names and where the report was filed from ('{phrase}')"
    if rest_words and len(rest_words) <= MAX_WORDS_BYLINE_ROLE and rest_words[-1] in byline_roles():
        return f"byline: names and a job title after a comma ('{rest.strip()}')"
    return None


# Honorifics a signed commentary puts before an author's name ("Dr Amina Sarr").
BYLINE_HONORIFICS = {"dr", "dr.", "prof", "prof.", "professor"}


def _signed_author(part: str) -> bool:
    """True for "Name, Post[, Unit]": 2-4 capitalised words (an honorific allowed), a comma, a post
    of at most ``MAX_WORDS_BYLINE_ROLE`` words ending in a job title of bylines."""
    name, comma, rest = part.partition(",")
    words = WORD.findall(name)
    while words and words[0].casefold() in BYLINE_HONORIFICS:
        words = words[1:]
    if not comma or not 2 <= len(words) <= MAX_WORDS_BYLINE_NAME or not all(w[0].isupper() for w in words):
        return False
    post = WORD.findall(rest.partition(",")[0].casefold())
    return bool(post) and len(post) <= MAX_WORDS_BYLINE_ROLE and post[-1] in byline_roles()


def byline_with_posts(text: str) -> str | None:
    """Return a reason when ``text`` signs one or more authors with their posts, joined by ";".

    "Jane Roe, Research Fellow, Europe Programme; Dr John Doe, Associate Fellow, Africa
    Programme": think tanks and journals sign commentary so, under the title. Each author is a
    name, a comma and a post ending in a job title (``segmentation_byline_roles.txt``); the unit
    after a second comma is free. A headline does not open with a bare name and a comma.
    """
    if features(text).ends_sentence or ";" not in text and text.count(",") < 2:
        return None
    parts = [part.strip() for part in text.split(";")]
    if all(_signed_author(part) for part in parts):
        return f"byline: {len(parts)} author(s) signed with their posts"
    return None


# "Published", "Updated" or "Posted" before a date inside a line of furniture ("Jane Roe (@jroe)
# Published September 03, 2018 | 07:44 PM").
STAMP_INSIDE = re.compile(r"\b(?:Published|Updated|Posted)(?:\s+(?:on|at))?:?\s+(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")


def line_with_stamp(text: str) -> str | None:
    """Return a reason when ``text`` is a short line of furniture holding a publication stamp.

    Content systems print the byline, the author's handle and "Published <date>" on one line; an
    article's sentence about something published ends with sentence punctuation, a furniture line
    does not (``MAX_WORDS_TIMESTAMP`` words at most).
    """
    if features(text).ends_sentence or features(text).word_count > MAX_WORDS_TIMESTAMP:
        return None
    if STAMP_INSIDE.search(text):
        return "time stamp: 'Published', 'Updated' or 'Posted' and a date inside a line of furniture"
    return None


def player_title(label: str) -> str | None:
    """Return a reason when a line after ``label`` is the title of a media player's clip.

    A video or audio player sets a label ("Now Playing", "Up Next") on a line of its
    own and the clip's title on the next: that title is the player's, not the page's
    headline, however much it reads like one.
    """
    if label.strip().casefold() in player_labels():
        return f"media player: title of the clip under the label '{label.strip()}'"
    return None


def byline_with_timestamp(text: str) -> str | None:
    """Return a reason when ``text`` is names and a time stamp joined by a separator.

    "Jane Roe, John Doe   |17.11.2022 - Update : 17.11.2022": each item is either a
    time stamp (:func:`timestamp_line`) or a short run of capitalised names, with at
    least one of each; the names may follow "by" and one word before it ("Story by Jane
    Roe • 5h • 3 min read"). Names alone are too like a short headline to be read as a byline.
    """
    # A time stamp (timestamp_line) holds a figure: a line without one is not split (every line of 1,000 bench
    # articles, measured: 0.19 -> 0.13 s per 1,000 articles).
    if not features(text).separated or not any(map(str.isdigit, text)):
        return None
    items = [item.strip() for item in BYLINE_TIMESTAMP_SEPARATOR.split(text) if item.strip()]
    stamps = [item for item in items if timestamp_line(item)]
    names = [item for item in items if item not in stamps]
    if not stamps or not names:
        return None
    for item in names:
        words = WORD.findall(BY_PHRASE_OPENING.sub("", item))
        if not words or len(words) > MAX_WORDS_BYLINE or not all(word[0].isupper() for word in words):
            return None
    return "byline: names and a time stamp joined by a separator"


# A live page's entry stamp: a time of day alone ("16.40 BST", "8:05 a.m. ET", "9:05am", "16:20") or
# an age ("2h ago", "16m ago"); a full date is a page's time stamp, not an entry's.
_CLOCK = r"\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?"
ENTRY_STAMP = re.compile(rf"^(?:{_CLOCK}|\d{{1,3}}\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago)$", re.IGNORECASE)
# "16:20 Opposition agents walk out in Dolo": a clock time and an entry's title, a key-events jump link.
CLOCK_FIRST = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s+(?=[A-Z])")


def entry_stamp(text: str) -> str | None:
    """Return a reason when ``text`` opens an entry of a live page: a bare time of day or age, or a marker.

    A bare hour needs its minutes or am/pm ("9:05am", "16.40"): a lone number is a page number
    or a count. Markers ("Pinned") are listed in ``segmentation_entry_markers.txt``.
    """
    if text.casefold() in entry_markers():
        return "live page: entry marker"
    match = ENTRY_STAMP.match(text)
    if match and (re.search(r"[:.]\d{2}|[ap]\.?\s?m", text, re.IGNORECASE) or "ago" in text.casefold()):
        return "live page: time stamp of an entry"
    return None


def clock_first_title(text: str) -> bool:
    """True when ``text`` is a clock time followed by a title without sentence punctuation (a jump link)."""
    match = CLOCK_FIRST.match(text)
    return bool(match) and not features(text).ends_sentence and len(WORD.findall(text[match.end() :])) >= 2


def title_case(text: str) -> bool:
    """True when nearly every longer word of ``text`` is capitalised ("Fertilizer Shipments Stuck in Ports").

    Only words of ``MIN_LETTERS_TITLE_WORD`` letters or more count: title case leaves
    short function words ("to", "in", "of") in lower case.
    """
    words = [word for word in LETTERS.findall(text) if len(word) >= MIN_LETTERS_TITLE_WORD]
    if len(words) < MIN_TITLE_WORDS:
        return False
    return sum(word[0].isupper() for word in words) / len(words) >= MIN_TITLE_CASE_SHARE


def continues_on_next_line(text: str, following: str) -> bool:
    """True when ``text`` is a sentence cut by a line break and ``following`` carries it on.

    The line has no closing punctuation and either ends on a word a sentence cannot
    stop at ("... told the news agency that") or the next line goes on in lower case,
    possibly after an opening quotation mark ('"the story of ...'). A line in title
    case is a headline whatever its last word ("..., Envoy Says"): sentences are not
    set in title case.
    """
    if features(text).ends_sentence:
        return False
    words = WORD.findall(text)
    if words and words[-1].casefold() in open_endings() and not title_case(text):
        return True
    rest = following.lstrip(OPENING_QUOTES)
    return bool(rest) and rest[0].islower()


def wrap_fits(text: str, following: str) -> bool:
    """True when a wrap at a fixed width could have broken ``text`` before ``following``.

    A fixed-width wrap moves a word to the next line only when it does not fit, and no
    line is longer than the width; so the wrapped line plus a space and the next line's
    first word is longer than the next line. A short line over a longer one ("... and what
    it is for" over a standfirst of two sentences) was set apart by the page, not wrapped.
    """
    first = following.split(maxsplit=1)
    return bool(first) and len(text) + 1 + len(first[0]) > len(following)


def dateline_prefix(text: str, upper_case_dateline: re.Pattern) -> tuple[str, int, str] | None:
    """Return ``(dateline, body_offset, reason)`` for a dateline opening a first paragraph, or None.

    ``upper_case_dateline`` is the original pattern ("ANKARA:", "BEIRUT, Lebanon —"), tried
    first so its matches and reason stay as they were.
    """
    match = upper_case_dateline.match(text)
    if match:
        return (
            match.group("dateline").rstrip(),
            match.end(),
            "upper-case place name and separator opening the first paragraph",
        )
    for pattern, reason in (
        (DATELINE_SLASH, "upper-case place, date and agency between slashes opening the first paragraph"),
        (
            DATELINE_PARENTHESES,
            "upper-case place, agency or time in parentheses and separator opening the first paragraph",
        ),
        (DATELINE_AGENCY_FIRST, "agency in parentheses, upper-case place, date and dash opening the first paragraph"),
        (
            DATELINE_PLACE_DATE_IN_PARENTHESES,
            "places and date of issue in parentheses and a dash opening the first paragraph (press release)",
        ),
        (
            DATELINE_TITLE_CASE_PLACE,
            "title-case place, month and day, agency in parentheses and dash opening the first paragraph",
        ),
        (OUTLET_PREFIX, "outlet name and dash opening the first paragraph (aggregator or reprint credit)"),
    ):
        match = pattern.match(text)
        if match:
            return match.group("dateline").rstrip(), match.end(), reason
    return None


# Dateline forms that name an agency or a date beside the place ("KARACHI (AFP) –", "MOSCOW, February 12.
# /TASS/.", "(Islamabad/Geneva, 30 August 2022) –"): no sentence opens so, so they are looked for past the
# first paragraphs, where a fact check's claim box or a standfirst pushes the wire copy down.
AGENCY_DATELINES = (DATELINE_SLASH, DATELINE_PARENTHESES, DATELINE_AGENCY_FIRST, DATELINE_PLACE_DATE_IN_PARENTHESES)


def agency_dateline_prefix(text: str) -> tuple[str, int, str] | None:
    """Return ``(dateline, body_offset, reason)`` when ``text`` opens with a dateline naming an agency or date.

    Only the forms of ``AGENCY_DATELINES`` (an agency or a date in parentheses or between
    slashes), which a sentence does not open with, unlike a bare "PLACE:" or "Outlet -".
    """
    for pattern in AGENCY_DATELINES:
        match = pattern.match(text)
        if match:
            return (
                match.group("dateline").rstrip(),
                match.end(),
                "dateline naming an agency or date, opening the wire copy below a standfirst or claim box",
            )
    return None


# A sentence of prose: sentence-final punctuation, at least this many words, and at least this
# share of its words after the first in lower case (chrome and headings are capitalised items).
MIN_WORDS_PROSE_SENTENCE = 3
MIN_LOWER_SHARE_PROSE = 0.5


def running_words(text: str) -> bool:
    """True when at least ``MIN_LOWER_SHARE_PROSE`` of the words after the first are lower case (or numbers).

    Running prose is mostly lower case; menus, kickers, names and title-case headings are not.
    """
    rest = features(text).words[1:]
    lower = sum(word[0].islower() or word[0].isdigit() for word in rest)
    return bool(rest) and lower / len(rest) >= MIN_LOWER_SHARE_PROSE


def prose_sentence(text: str) -> str | None:
    """Return a reason when ``text`` is a full sentence of prose, however short.

    Tabloids set every sentence as a paragraph ("Ukraine's ports fall silent."), and a
    quotation may continue on a line of its own; such a line ends a sentence and reads as
    running words (mostly lower case after the first), unlike a menu item, a credit or a
    heading. Used to keep short paragraphs in the body whatever their length.
    """
    found = features(text)
    if found.word_count < MIN_WORDS_PROSE_SENTENCE or not found.ends_sentence or text.isupper():
        return None
    if not running_words(text):
        return None
    return "a full sentence of prose: sentence-final punctuation and running lower-case words"


# A sub-heading inside an article: a few words, sentence case, no closing punctuation.
MAX_WORDS_SUB_HEADING = 6
# The number of a section ("3. What happens now"), set before its sub-heading.
SECTION_NUMBER = re.compile(r"^\d{1,2}[.)]\s+")


def sub_heading_shape(text: str) -> bool:
    """True for a line shaped like a sub-heading ("Loss and damage", "Ankara's dilemma", "2. What Kyiv says").

    At most ``MAX_WORDS_SUB_HEADING`` words after an optional section number, no sentence or
    clause punctuation at its end, a capital first word, and sentence case: the last word in
    lower case and the others too but for names ("What Moscow said"); a title-case or
    capitalised line, which ends on a capital, is a menu item, a name or a kicker.
    """
    unnumbered = SECTION_NUMBER.sub("", text)
    # The line's words are read once for every rule (.line_features; a numbered line's rest is read as a line).
    words = features(unnumbered).words
    if len(words) > MAX_WORDS_SUB_HEADING:
        return False
    if not words or text.endswith((".", ",", ";", ":", "|")):
        return False
    if not words[0][0].isupper() or words[0].isupper() and len(words[0]) > 1:
        return False
    return len(words) == 1 or words[-1][0].islower()


def section_heading_length(text: str) -> bool:
    """True when ``text`` is no longer than a sub-heading (``MAX_WORDS_SUB_HEADING`` words after a section number)."""
    return len(WORD.findall(SECTION_NUMBER.sub("", text))) <= MAX_WORDS_SUB_HEADING


# "Rating: False", "Verdict: FAKE": a label of at most this many words, a colon and a value as short.
MAX_WORDS_LABEL_HEADING = 3


def inner_heading_shape(text: str) -> bool:
    """True for a line shaped like a heading inside an article's text.

    A sub-heading in sentence case (:func:`sub_heading_shape`), one in capitals ("CLAIM",
    "WHAT WE FOUND") of at most ``MAX_WORDS_SUB_HEADING`` words, or a label and its value
    ("Rating: False"), each side at most ``MAX_WORDS_LABEL_HEADING`` words; never a sentence.
    """
    # The line's words are read once for every rule (.line_features), not counted again here.
    if features(text).word_count > MAX_WORDS_SUB_HEADING or not features(text).words:
        return False
    if features(text).ends_sentence:
        return False
    if sub_heading_shape(text) or (text.isupper() and not text.endswith((",", ";", ":", "|"))):
        return True
    label, colon, value = text.partition(":")
    label_words, value_words = WORD.findall(label), WORD.findall(value)
    return bool(
        colon
        and 1 <= len(label_words) <= MAX_WORDS_LABEL_HEADING
        and 1 <= len(value_words) <= MAX_WORDS_LABEL_HEADING
        and label[:1].isupper()
    )


# Punctuation that closes a sentence or clause, before any closing quotes or brackets.
CLOSING_PUNCTUATION = re.compile(r"[.,;:…][\"'”’)\]]*$")

# A title in a list of links to other stories ("Most read" and "More from" boxes).
MIN_WORDS_LINK_TITLE = 4
MAX_WORDS_LINK_TITLE = 25


# A line is asked about as itself and as a neighbour of the lines around it (10,500 calls for 5,200 lines of 500
# bench articles): each is read once (measured, those calls replayed: 0.28 -> 0.15 CPU s per 1,000 articles).
@lru_cache(maxsize=4096)
def link_title_shape(text: str) -> bool:
    """True for a line shaped like the title of a linked story: a headline, possibly a question.

    ``MIN_WORDS_LINK_TITLE``-``MAX_WORDS_LINK_TITLE`` words, not closed by a full stop
    or clause punctuation, and not set in capitals (a capitalised line heads a box).
    """
    # The line's words are read once for every rule (.line_features), not counted again here.
    return (
        features(text).word_count <= MAX_WORDS_LINK_TITLE
        and features(text).word_count >= MIN_WORDS_LINK_TITLE
        and not CLOSING_PUNCTUATION.search(text)
        and not text.isupper()
    )


AUTHOR_BIO = re.compile(
    r"^(?:(?:Dr|Prof|Professor)\.?\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}\s(?:is|was|writes|reports|covers)\b(?P<rest>.*)$",
    re.DOTALL,
)


def author_bio_line(text: str) -> str | None:
    """Return a reason when ``text`` is an author's note ("Jane Roe is our Benelux correspondent.").

    A name of two or three capitalised words (after "Dr" or "Prof"), then "is", "writes", "reports" or "covers",
    and either a job title of bylines (``segmentation_byline_roles.txt``) or "writes about".
    Only read after a footer line, where the article has ended.
    """
    match = AUTHOR_BIO.match(text)
    if not match:
        return None
    words = {word.casefold() for word in WORD.findall(match.group("rest"))}
    if words & byline_roles() or re.search(r"\bwrites about\b", text):
        return "author's note: a name, a verb of the job and a job title, after the footer"
    return None


# "Relief Exchange is a service provided by …", "The World Food Programme is the world's largest …": an
# organisation's name (capitalised words, a few function words between) as the subject of "is/are a/an/the".
ISSUER_DESCRIPTION = re.compile(
    r"^(?:The\s)?[A-Z][\w'’&.-]*(?:\s(?:[A-Z(][\w'’&.()-]*|of|for|the|and|on))*\s(?:is|are)\s(?:a|an|the)\b"
)
WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:org|com|int|net|gov)\b", re.IGNORECASE)


def issuer_note(text: str) -> str | None:
    """Return a reason when ``text`` reads as an issuer's note: an organisation describing itself, or a web address.

    Press releases and portals close with "About X" paragraphs ("X is the world's largest …") and
    where to find more ("… are available at www.…"). Read only in the tail of a page, after
    furniture that follows the article's last paragraph (:func:`..labelling._label_trailing_notes`),
    since an article may end on such a sentence itself.
    """
    if any(mark in text for mark in QUOTATION_MARKS):
        return None
    if ISSUER_DESCRIPTION.match(text):
        return "issuer's note after the article: an organisation describing itself"
    if WEB_ADDRESS.search(text):
        return "issuer's note after the article: where to find more (a web address)"
    return None


# The heading of a press release's notes ("Notes to editors", "Note for editors:").
NOTES_HEADING = re.compile(r"^notes? (?:to|for) (?:the )?editors?:?$", re.IGNORECASE)
# "About Hope Across Borders": "About" and the capitalised name of the issuer, as the heading of its note.
ABOUT_HEADING = re.compile(r"^About\s(?P<name>(?:The\s)?[A-Z][\w'’&.-]*(?:\s[A-Z(][\w'’&.()-]*){0,7})$")


def issuer_heading(text: str, following: str) -> str | None:
    """Return a reason when ``text`` heads the issuer's notes that close a press release.

    Either the release's "Notes to editors" heading, or "About" and a name over a paragraph in
    which that name describes itself ("About Hope Across Borders" over "Hope Across Borders is an
    independent ..."): the issuer's boilerplate, not the release's text, whatever the issuer.
    """
    if NOTES_HEADING.match(text):
        return "issuer's notes: the heading of the notes to editors"
    about = ABOUT_HEADING.match(text)
    if about and ISSUER_DESCRIPTION.match(following):
        name = WORD.findall(about["name"])
        if name and WORD.findall(following)[: len(name)] == name:
            return "issuer's notes: 'About' and a name over that name describing itself"
    return None


# A heading over a page's tags, on a line of its own ("Tags", "Topics", "Related topics", "Keywords").
TAG_HEADING = re.compile(r"^(?:tags?|topics?|related topics|keywords?)\s*:?$", re.IGNORECASE)


def tag_row(heading: str, text: str) -> str | None:
    """Return a reason when ``text`` is a row of tags: a menu (:func:`menu_line`) under a tag heading.

    Tags are set like a menu ("Syria    Idlib    OPCW"), but they label the article (furniture,
    like "Tags: …" on one line), they do not lead round the site.
    """
    if TAG_HEADING.match(heading.strip()) and menu_line(text):
        return "tag list: a row of tags under its heading"
    return None


# A time stamp's label on the line above it ("Posted", "Originally published", "Last updated"): at most
# this many words, no figure, no sentence.
MAX_WORDS_STAMP_LABEL = 2


def stamp_label(text: str, following: str) -> str | None:
    """Return a reason when ``text`` labels the time stamp ``following`` on the next line.

    Portals set their metadata as label and value on two lines ("Posted" / "30 Aug 2022"); the label is a
    word or two without figures or sentence punctuation, in sentence case, one of them a word of time
    stamps (``segmentation_date_words.txt``: "posted", "updated"; a section kicker over a date,
    "Opinion", is not a label), above a line that is a time stamp (:func:`timestamp_line`).
    """
    # The line's words are read once for every rule (.line_features), not counted again here.
    if features(text).word_count > MAX_WORDS_STAMP_LABEL or any(ch.isdigit() for ch in text):
        return None
    words = WORD.findall(text)
    if not words:
        return None
    if not any(word.casefold() in date_words() for word in words):
        return None
    if features(text).ends_sentence or not sub_heading_shape(text.rstrip(":")) or not timestamp_line(following):
        return None
    return "label of the time stamp on the next line"
