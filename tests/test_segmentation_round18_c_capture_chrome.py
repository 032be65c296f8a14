"""Round 18 (issue 11): the chrome of captures, deliveries, desks and portals, on invented text.

Each class is a row of ``segmentation_capture_chrome.csv`` (:mod:`analysis.segmentation.capture_chrome`): an
archive's notes about the copy and its step links, a mail alert's envelope, an app prompt, a terminal's key row, a
dotted place kicker, a section title of page kinds, widget status lines, score tickers, programme promotions and an
embedded video's label; besides, a reporter's contact note, the browser's title above the page, and a photo credit
naming the outlet's photographer (a caption pattern).
"""

from __future__ import annotations

import pytest

from analysis.segmentation import capture_chrome
from analysis.segmentation.labelling import label_lines


def kinds_of(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


ARTICLE = (
    "The harbour board voted on Monday to close the old ferry pier for repairs before the winter storms arrive.\n\n"
    "Board members said the work would take about six weeks and cost less than the repairs of last year.\n\n"
    "Ferry passengers will board at the north quay until the pier reopens, the operator said in a statement.\n"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("You are viewing an archived copy. Pictures may be missing.", "boilerplate"),
        ("Every snapshot stored for host harbourgazette.example", "boilerplate"),
        ("Collection: Coastal Papers – weekly crawl", "boilerplate"),
        ("‹ Earlier snapshot   Later snapshot ›", "navigation"),
        ('Your alert "ferry pier" has 4 new stories', "boilerplate"),
        ("3 new articles matching ferry pier", "boilerplate"),
        ("Continue in the app", "boilerplate"),
        ("Read in WhatsApp", "boilerplate"),
        ("<GO> to view   <PRINT> for a copy", "navigation"),
        ("U.K.", "navigation"),
        ("Speeches and Policy Statements", "navigation"),
        ("High-contrast version", "boilerplate"),
        ("GULF INDEX 4,210.5 ▲ 0.8%   HARBOUR CO 12.40 ▼ 3.1%", "boilerplate"),
        ("Port bond yield   2.95%   -6bp", "boilerplate"),
        ("1 EUR = 1.08 USD", "boilerplate"),
        ("Partly Sunny", "boilerplate"),
        ("TONIGHT: Fog by the coast. High 61, low 40.", "boilerplate"),
        ("f   x   in   ✉", "boilerplate"),
        ("Subscribe   ★★★★☆ (87 ratings)", "boilerplate"),
        ("UNPROVEN", "boilerplate"),
        ("Press release from Coastal Wire", "boilerplate"),
        ("Get the app   Privacy", "boilerplate"),
        ("Comments (8)   Share", "boilerplate"),
        ("An official website of the State of Norland", "boilerplate"),
        ("Prayer times", "boilerplate"),
        ("Harbour bridge reopens to buses — more at 11", "boilerplate"),
        ("Join 12,000 other subscribers", "boilerplate"),
        ("Discover more from Tide Tables", "boilerplate"),
    ],
)
def test_chrome_rows_sort_chrome_lines(text: str, kind: str) -> None:
    found = capture_chrome.chrome_kind(text, "navigation" if kind == "boilerplate" else "boilerplate")
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Coastal Web Archive",  # the archive's banner is its navigation
        "Earlier version",  # a story's version, not a capture's
        "Jane Roe and John Doe",  # a byline's names
        "Read in English",  # a language switch
        "Ports and Harbours",  # a section of topics, not of page kinds
        "Options ▼",  # a menu's drop-down arrow, no price
        "Top 10 stories",
        "Press Releases",  # the section, not the document's type
        "Weather",
    ],
)
def test_chrome_rows_leave_other_lines(text: str) -> None:
    assert capture_chrome.chrome_kind(text, "navigation") is None
    assert capture_chrome.chrome_kind(text, "boilerplate") is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Loading . . .", "boilerplate"),
        ("Article continues after this ad", "boilerplate"),
        ("LIVE | Harbour Cup | Final | GUL 188/4 (19.2) | needs 12 off 4", "boilerplate"),
        ("Don't have the app yet? Get it here.", "boilerplate"),
        ("Tune in to our weekly harbour report on Sunday at 18:00 GMT.", "boilerplate"),
        ("VIDEO | Ferry pier closed for repairs (01:30)", "caption"),
    ],
)
def test_body_rows_sort_widgets_and_promotions(text: str, kind: str) -> None:
    found = capture_chrome.chrome_kind(text, "body")
    assert found is not None and found[0] == kind


def test_body_rows_leave_prose() -> None:
    assert capture_chrome.chrome_kind("Watch the tide tables, the harbour master warned on Monday.", "body") is None
    assert capture_chrome.chrome_kind("Live music returned to the quay after the repairs ended.", "body") is None
    # the chrome rows do not read the article's text
    assert capture_chrome.chrome_kind("All snapshots of the harbour were taken by drones.", "body") is None


def test_a_reporters_contact_note_is_boilerplate() -> None:
    assert capture_chrome.contact_note("Ana Lund covers the harbour for the Gazette. Call her at 555-201-0199.")
    assert capture_chrome.contact_note("Ana Lund reports on shipping. Write to ana.lund@gazette.example")
    assert capture_chrome.contact_note("Ana Lund covers the harbour for the Gazette.") is None
    assert capture_chrome.contact_note("The board can be reached at 555-201-0199, Ana Lund said.") is None


def test_the_browsers_title_above_the_headline() -> None:
    headline = "Harbour board closes ferry pier for repairs"
    assert capture_chrome.browser_title(f"{headline} - The Harbour Gazette", headline)
    assert capture_chrome.browser_title(f"{headline} | Local News - Gazette", headline)
    assert capture_chrome.browser_title(headline, headline) is None
    assert capture_chrome.browser_title(f"{headline} as storms near the coast", headline) is None


def test_capture_notes_above_the_headline_on_a_page() -> None:
    raw = (
        "You are viewing an archived copy. Pictures may be missing.\n"
        "Collection: Coastal Papers – weekly crawl\n\n"
        "THE HARBOUR GAZETTE\n\n"
        "Harbour board closes ferry pier for repairs\n\n" + ARTICLE + "\n"
        "Ana Lund covers the harbour for the Gazette. Call her at 555-201-0199.\n"
    )
    kinds = kinds_of(raw)
    assert kinds["You are viewing an archived copy. Pictures may be missing."] == "boilerplate"
    assert kinds["Collection: Coastal Papers – weekly crawl"] == "boilerplate"
    assert kinds["THE HARBOUR GAZETTE"] == "navigation"
    assert kinds["Harbour board closes ferry pier for repairs"] == "headline"
    assert kinds["Ana Lund covers the harbour for the Gazette. Call her at 555-201-0199."] == "boilerplate"


def test_a_photo_credit_naming_the_outlets_photographer_is_a_caption() -> None:
    raw = (
        "Harbour board closes ferry pier for repairs\n\n"
        "Workers fence off the old pier on Monday. Harbour Gazette photo by Ana Lund\n\n" + ARTICLE
    )
    kinds = kinds_of(raw)
    assert kinds["Workers fence off the old pier on Monday. Harbour Gazette photo by Ana Lund"] == "caption"
    assert kinds[ARTICLE.split("\n")[0]] == "body"


def test_a_photo_by_a_place_in_a_sentence_is_not_a_credit() -> None:
    raw = (
        "Harbour board closes ferry pier for repairs\n\n"
        "Visitors stopped on the quay on Monday. One of them took a photo by the old pier.\n\n" + ARTICLE
    )
    assert kinds_of(raw)["Visitors stopped on the quay on Monday. One of them took a photo by the old pier."] == "body"


def test_a_row_of_sections_is_navigation_wherever_it_stands() -> None:
    assert capture_chrome.section_row("Live   Shows   Schedule   Podcasts")
    assert capture_chrome.section_row("News   Sport   Weather   Harbour") is not None
    assert capture_chrome.section_row("Schedule   Podcasts") is None  # too short for a row of sections
    assert capture_chrome.section_row("Schedule   Shows   Contact us   Privacy Policy") is None  # the footer
    assert capture_chrome.section_row("Harbour   Ferries   Storms   Pier") is None  # the article's tags
