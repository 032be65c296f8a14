"""Furniture lines that describe the page rather than lead through it (issue 11, round 12).

Above a headline, the rules read every line they cannot name as the site's chrome (navigation).
Some of those lines are notes about the page or the copy, which the gold's conventions count as
boilerplate: a statement closed like a sentence ("This copy was saved 3 times."), a labelled note
("Collection: …", "Note: …"), a line carrying a clock time (a capture's or print run's stamp), a
row of items one of which is a full date (a printed page's folio or running head, "4 | THE X |
Tuesday, May 4, 2021"), or an index of other pages ("Sports B1 | Comics B4"). Conversely a
calendar's strip of bare numbers ("◀ 07 ▶", "2017   2018   2019"), which the time-stamp rule
reads as a stamp, navigates when it sits among navigation lines. Each function reads one line
(or one line and its neighbours' labels), so the pass stays linear in the page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import rules
from .line_features import features

# A full date: a month name with a day and a four-digit year, either order ("Tuesday, May 4, 2021",
# "4 May 2021"); a month and year alone ("May 2021") is a period, not a date stamp.
FULL_DATE = re.compile(
    rf"\b(?:{rules._MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{rules._MONTH},?\s+\d{{4}})\b",
    re.IGNORECASE,
)
# A clock time with minutes ("04:52", "14:26:55"); a decimal point is not taken for one here.
CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
# A label opening a note: one or two words, the first capitalised, and a colon ("Collection:", "Note:").
NOTE_LABEL = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?:\s[\w'’-]+)?):\s+(?P<rest>\S.*)$")
# Marks that quote a title; an apostrophe ("page's") does not.
TITLE_QUOTES = '"“«'
# The note after the label reads as words: at least this many, one of them in lower case (a kicker in
# capitals, "SERIES: PART 1", is chrome).
MIN_WORDS_NOTE = 3
# A page reference closing an index item ("Sports B1", "Fair board picks new director, A3").
PAGE_REFERENCE = re.compile(r"\b[A-Z]\d{1,2}$")
# An index refers to other pages at least this many times (one "Page B8" is a jump line's business).
MIN_PAGE_REFERENCES = 2
# A calendar strip holds only numbers, arrows and spaces.
CALENDAR = re.compile(r"^[\d\s◀▶◁▷‹›«»<>←→]+$")
# A timetable strip (prayer times, a channel's schedule, office hours) lists at least this many clock times;
# a time stamp or a dated note carries one or two.
MIN_CLOCK_TIMES_TIMETABLE = 3
# The name of a day of the week: a notice of a dated event names the day it falls on.
WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# An event notice runs to at least this many words; a kicker or a date line with a weekday is shorter.
MIN_WORDS_EVENT_NOTICE = 8


def statement_note(text: str) -> str | None:
    """Return a reason when ``text`` is a single item closed like a status or a note with a figure
    ("Loading…", "Saved 6 times between May 21, 2019 and February 3, 2022."), else None.

    A banner, menu or kicker is not closed by an ellipsis; a tagline closed by full stops
    ("Independent. Fearless.") states no figure, while a note about the page counts or dates it.
    """
    text = text.rstrip()
    if len(rules.MENU_SEPARATOR.split(text)) > 1:
        return None
    if text.endswith(("…", "...")):
        return "a status line closed by an ellipsis above the headline"
    if text.endswith(".") and any(map(str.isdigit, text)):
        return "a note about the page: a sentence with a figure above the headline (no tagline counts)"
    return None


def labelled_note(text: str) -> str | None:
    """Return a reason when ``text`` is a label, a colon and a note in words ("Collection: Middle East news"),
    else None. A row of items after the label ("Trending: A   B   C") is a bar of links, not a note; a label in
    capitals or a quoted title after it is a kicker or a thread's title."""
    match = NOTE_LABEL.match(text)
    # A label in capitals is a kicker or a ticker ("CLOSINGS: …"); a title in quotation marks after the
    # label is a thread's or a post's headline ("Thread: … \"provocation\" …").
    if not match or match.group("label").isupper() or any(mark in text for mark in TITLE_QUOTES):
        return None
    rest = match.group("rest")
    words = rules.WORD.findall(rest)
    if len(words) < MIN_WORDS_NOTE or not any(word.islower() for word in words):
        return None
    if len(rules.MENU_SEPARATOR.split(rest)) > 1:
        return None
    return "a labelled note about the page or the copy (a label, a colon and words)"


# A credit: a participle and "by" opening a short line ("Edited by …", "Compiled by … from wire services").
CREDIT_BY = re.compile(r"^[A-Z][a-z]+(?:ed|en|wn) by \S")
# A credit line is short; a longer line opening so is a sentence of the text ("Backed by the army, …").
MAX_WORDS_CREDIT = 10


def credit_by(text: str) -> str | None:
    """Return a reason when ``text`` credits the page's making or its sponsor, a participle and "by" opening a
    short line with no sentence's end ("Edited by Ana Lund", "Sponsored by a bank"), else None: a byline of
    the page (boilerplate, tests/gold/pages/README.md), not a banner or a tagline."""
    if not CREDIT_BY.match(text) or features(text).ends_sentence or len(text.split()) > MAX_WORDS_CREDIT:
        return None
    return "a credit line: a participle and 'by' naming who made or sponsored the page"


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """Return the nouns by which a page names itself (``segmentation_document_nouns.txt``)."""
    return rules._word_list("segmentation_document_nouns.txt")


# "this" and the next word: the demonstrative of a self-reference ("this interview").
THIS_NOUN = re.compile(r"\bthis\s+([a-z]+)\b", re.IGNORECASE)
# Quotation marks: a self-reference inside a quotation is someone's words ("'This story is not over,' he said").
QUOTE_MARKS = '"“”«»'


def self_reference(text: str) -> str | None:
    """Return a reason when ``text`` speaks of the page as a document, "this" and one of
    :func:`document_nouns` outside any quotation ("This interview has been edited for length and clarity."),
    else None: an editor's note, a disclaimer or an appeal about the text, not the text."""
    if "this" not in text.casefold() or any(mark in text for mark in QUOTE_MARKS):
        return None
    if any(match.group(1).casefold() in document_nouns() for match in THIS_NOUN.finditer(text)):
        return "a note about the text: it names the page as a document ('this' and a document's noun)"
    return None


# A credit naming where the copy comes from: the label "Source" or "Sources" and a colon.
SOURCE_LABEL = re.compile(r"^Sources?\s*:\s*\S", re.IGNORECASE)
# A source credit is short: an agency or outlet, perhaps with the desk that translated or edited the copy.
MAX_WORDS_SOURCE_CREDIT = 12


def source_credit(text: str) -> str | None:
    """Return a reason when ``text`` credits the copy's source, "Source:" and a short credit with no sentence's end
    ("Source: Harbour News Agency / translated by our desk"), else None: a republishing credit about the article
    (boilerplate, as "Provided by …" is), not its text."""
    if (
        not SOURCE_LABEL.match(text)
        or features(text).ends_sentence
        or features(text).word_count > MAX_WORDS_SOURCE_CREDIT
    ):
        return None
    return "a source credit: 'Source:' and the agency or desk the copy comes from"


def clock_stamp(text: str) -> str | None:
    """Return a reason when ``text`` carries a clock time ("Captured 04:52:19 Aug 30, 2022"), else None."""
    return "a stamp: the line carries a clock time" if CLOCK.search(text) else None


def dated_row(text: str) -> str | None:
    """Return a reason when ``text`` is a row of items one of which is a full date (a folio or running head:
    "4 | THE X COURIER | Tuesday, September 4, 2018"), else None. A menu holds no date."""
    items = [item for item in rules.MENU_SEPARATOR.split(text) if item.strip()]
    if len(items) > 1 and FULL_DATE.search(text):
        return "a dated row: a printed page's folio or running head (a row of items with a full date)"
    return None


def page_index(text: str) -> str | None:
    """Return a reason when ``text`` is an index of other pages: at least ``MIN_PAGE_REFERENCES`` items
    closed by a page reference ("Business A6 | Sports B1"), else None."""
    items = [item.strip() for item in rules.MENU_SEPARATOR.split(text) if item.strip()]
    if sum(bool(PAGE_REFERENCE.search(item)) for item in items) >= MIN_PAGE_REFERENCES:
        return "an index of other pages: items closed by page references"
    return None


def page_note(text: str) -> str | None:
    """Return the reason of the first note rule ``text`` meets (a line describing the page), else None."""
    for rule in (dated_row, page_index, clock_stamp, labelled_note, statement_note, credit_by):
        reason = rule(text)
        if reason:
            return reason
    return None


def timetable(text: str) -> str | None:
    """Return a reason when ``text`` lists ``MIN_CLOCK_TIMES_TIMETABLE`` clock times or more and ends no sentence
    ("Leeds · Fajr 4:02 · Zuhr 13:10 · Asr 17:31", "20:00 News | 20:30 Sport | 21:00 Film"), else None.

    A timetable strip (prayer times, a broadcaster's schedule, a weather-and-times bar) is page furniture
    like a market ticker (boilerplate, tests/gold/pages/README.md), though its items are joined like a menu's:
    no site section lists clock times.
    """
    if features(text).ends_sentence or len(CLOCK.findall(text)) < MIN_CLOCK_TIMES_TIMETABLE:
        return None
    return "a timetable strip: three clock times or more, no sentence"


def event_notice(text: str) -> str | None:
    """Return a reason when ``text`` announces a dated event: ``MIN_WORDS_EVENT_NOTICE`` words or more and the
    name of a day of the week ("Quiz night for the school fund — Friday 3 May, Elm Hall. Tickets at the door"),
    else None.

    A community event banner, an appeal's collection day or an advisory in force until a weekday is a notice to
    the reader (boilerplate); a menu, a banner or a tagline names no weekday, and a date line is shorter.
    """
    if not WEEKDAY.search(text) or features(text).word_count < MIN_WORDS_EVENT_NOTICE:
        return None
    return "an event notice: a weekday named in a line of words read as site chrome"


# An item's number in a series of the site ("9381st Meeting (AM)", "Ep. 219", "Day 510 of the siege", "Issue 40"):
# an ordinal before the series noun, or the series noun before a number.
SERIES_NUMBER = re.compile(
    r"^(?:\d+(?:st|nd|rd|th)\s+(?:meeting|session|sitting|edition|issue)\b"
    r"|(?:day|ep\.?|episode|issue|no\.|vol\.?|volume)\s+\d[\d,]*\b"
    r"|[A-Z][a-z]+-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\s+session\b)",
    re.IGNORECASE,
)
# A series label is short; a sentence opening "Day 3 of the talks began …" is text.
MAX_WORDS_SERIES_NUMBER = 8
# A consent banner names cookies in a sentence or two; a footer's "Cookies" link is one word.
CONSENT = re.compile(r"\bcookies?\b", re.IGNORECASE)
MIN_WORDS_CONSENT = 6
# A donation appeal: the donate button after words naming the cause ("Flood Relief Fund: Donate Now").
DONATE = re.compile(r"\bdonate\b", re.IGNORECASE)
MIN_WORDS_APPEAL = 4
# A row of this many items or more is a menu, which may end with a "Donate" section (round 13).
MIN_MENU_ITEMS = 3


def series_number(text: str) -> str | None:
    """Return a reason when ``text`` gives the item's number in a series ("Ep. 219", "9381st Meeting (AM)",
    "Day 510 of the war"), at most ``MAX_WORDS_SERIES_NUMBER`` words, else None: the record's metadata (boilerplate,
    like a volume or issue number), not a site section."""
    if not SERIES_NUMBER.match(text) or features(text).word_count > MAX_WORDS_SERIES_NUMBER:
        return None
    return "a series number: the item's number among the site's meetings, episodes, days or issues"


def consent_notice(text: str) -> str | None:
    """Return a reason when ``text`` is a cookie-consent banner: the word "cookie(s)" in a line of
    ``MIN_WORDS_CONSENT`` words or more ("We use cookies to improve the site. Accept"), else None."""
    if not CONSENT.search(text) or features(text).word_count < MIN_WORDS_CONSENT:
        return None
    return "a cookie-consent banner: a notice about cookies, not chrome"


def donation_appeal(text: str) -> str | None:
    """Return a reason when ``text`` is a donation appeal: "Donate" with words naming the cause, at least
    ``MIN_WORDS_APPEAL`` words and fewer than ``MIN_MENU_ITEMS`` items ("Storm Relief Fund: Donate Now"), else
    None. A bare "Donate" in a top bar and a menu ending with "Donate" are navigation (round 13)."""
    if not DONATE.search(text) or features(text).word_count < MIN_WORDS_APPEAL:
        return None
    if len([item for item in rules.MENU_SEPARATOR.split(text) if item.strip()]) >= MIN_MENU_ITEMS:
        return None
    return "a donation appeal: a cause and its donate button (boilerplate, round 13)"


def furniture_note(text: str) -> str | None:
    """Return the reason of the first rule by which a line read as site chrome is page furniture wherever it
    stands (a timetable, an event notice, a series number, a consent banner, a donation appeal), else None."""
    for rule in (timetable, event_notice, series_number, consent_notice, donation_appeal):
        reason = rule(text)
        if reason:
            return reason
    return None


def calendar_strip(text: str) -> bool:
    """True when ``text`` holds only numbers and arrows, with no clock time (a calendar's day or year strip)."""
    return bool(CALENDAR.match(text)) and any(map(str.isdigit, text)) and not CLOCK.search(text)


def closing_author_notes(texts: list[str], kinds: list[str]) -> list[int]:
    """Return the indexes of the lines read as text that are author's notes (:func:`.rules.author_bio_line`) with no
    other text after them: notes about who wrote the article, set after its last paragraph (boilerplate).

    An author's note inside the text ("X is a senior fellow at …" opening an interview) has text after it and is
    kept; the check walks back from the last line read as text, so it is linear in the page.
    """
    found: list[int] = []
    for i in range(len(texts) - 1, -1, -1):
        if kinds[i] != "body":
            continue
        if not rules.author_bio_line(texts[i]):
            break
        found.append(i)
    return found


# An editor's note opening a paragraph ("Editor's note: We republish this report because …").
EDITOR_NOTE = re.compile(r"^editor[’']?s[’']? note\s*:\s*", re.IGNORECASE)
# A note about the page's versions or its author's views ("This story has been updated with …", "The article
# reflects the author's opinions"), not about the story.
VERSION_NOTE = re.compile(
    r"\b(?:updated|corrected|correction|amended|(?:first|originally) (?:appeared|published)"
    r"|reflects? the (?:views?|opinions?|author|writer))",
    re.IGNORECASE,
)


def story_note(text: str) -> bool:
    """True when ``text`` is an editor's note about the story: why the site runs the copy, what it cannot verify,
    what its readers have at stake. Such a note is the site's text (body, the round-9 verification note, round 15);
    a note about the page's versions (updated, corrected, first published) or about its author is furniture."""
    match = EDITOR_NOTE.match(text)
    if not match:
        return False
    rest = text[match.end() :]
    return bool(rest) and not VERSION_NOTE.search(rest) and not rules.author_bio_line(rest)


def editor_note(text: str) -> bool:
    """True when ``text`` opens with an editor's note label: the site's note above the copy it republishes, which
    stands before that copy's first paragraph (and its dateline) as a standfirst does."""
    return bool(EDITOR_NOTE.match(text))


# A full date opening a line, then a colon or a dash and a title ("6 May 2024: Ferry crews walk out").
DATED_TITLE = re.compile(rf"^(?:{FULL_DATE.pattern})\s*[:–—-]\s+\S", re.IGNORECASE)


def dated_teaser(text: str) -> str | None:
    """Return a reason when ``text`` is a dated teaser: a full date, a colon or dash and a title that ends no
    sentence ("6 May 2024: Ferry crews walk out over timetable"), else None. A news wiki's related-news box and
    an archive list date other articles so; a paragraph of the text ends a sentence."""
    if not DATED_TITLE.match(text) or features(text).ends_sentence:
        return None
    return "a dated teaser: a date and the title of another article"
