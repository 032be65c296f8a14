"""Round 20 (issue 11, clean20c): the furniture of kept copies of a page, on invented text.

Caches, web archives, cache viewers, text-only views and read-later tools print the page inside their own furniture
(:mod:`analysis.segmentation.cache_copies`, rows of ``segmentation_cache_tools.csv``): boilerplate, labelled before
the headline is looked for; the story under another copy's header is appended; an empty image placeholder is a
caption; the site's own logo is navigation, a partner's beside its credit is not; a row of the menu and search
buttons is a site tool (:mod:`analysis.segmentation.site_tools`).
"""

from __future__ import annotations

import pytest

from analysis.segmentation import cache_copies, publisher_notes, site_banner, site_tools
from analysis.segmentation.labelling import label_lines


def kinds_of(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


ARTICLE = (
    "Ferry pier to close for six weeks of repairs\n\n"
    "PORTWENN, May 3 (Coastwire) - The harbour board voted on Monday to close the old ferry pier for repairs before "
    "the winter storms arrive.\n\n"
    "Board members said the work would take about six weeks and cost less than the repairs of last year.\n\n"
    "Ferry passengers will board at the north quay until the pier reopens, the operator said in a statement.\n"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "This is Seekwell's cache of https://harbour.example/pier. It is a snapshot of the page as it appeared on "
            "2 May 2021 10:00:00 GMT.",
            "boilerplate",
        ),
        ("This is the cached copy of https://harbour.example/pier.", "boilerplate"),
        ("The current page could have changed in the meantime. Learn more.", "boilerplate"),
        ("Findly is not responsible for the content of this page.", "boilerplate"),
        ("Tip: To find your search term on this page quickly, use the find bar.", "boilerplate"),
        ("These search terms are highlighted: ferry pier", "boilerplate"),
        ("Full version | Text-only version | View source", "boilerplate"),
        ("Webpage   Screenshot", "boilerplate"),
        ("webcache.googleusercontent.com/search?q=cache:harbour.example/pier", "boilerplate"),
        ("archive.ph", "boilerplate"),
        ("share   download .zip   report bug or abuse", "boilerplate"),
        ("https://harbour.example/pier | 9 captures | 1 Jan 2020 – 3 Mar 2021", "boilerplate"),
        ("Saved 31 times between 2 May 2021 and 9 June 2022", "boilerplate"),
        ("URL: https://harbour.example/news/pier-closes", "boilerplate"),
        ("Cached: 2021-05-02 10:00 UTC", "boilerplate"),
        ("PeekBack — see cached versions of any address", "boilerplate"),
        ("Seekwell cache   Findly cache   Time Vault   archive.today", "boilerplate"),
        ("You are viewing the text-only version of this site", "boilerplate"),
        ("harbour.example · View original", "boilerplate"),
        ("Saved to Bookshelf · Open in app", "boilerplate"),
        ("Saved March 4, 2021 · 12 min", "boilerplate"),
        ("[ ]", "caption"),
        ("Image not available", "caption"),
        ("[IMG] harbour-pier-may2.jpg", "caption"),
    ],
)
def test_a_kept_copy_s_furniture_is_sorted_by_its_row(text: str, kind: str) -> None:
    found = cache_copies.furniture(text)
    assert found is not None and found[0] == kind


@pytest.mark.parametrize(
    "text",
    [
        "This is the harbour board's second vote on the pier this year.",
        "The board made 14 captures of unlicensed boats last year, the harbour master said.",
        "Saved by the lifeboat crew, the two sailors were brought to the north quay.",
        "News   Sport   Weather   Opinion",
        "[Interruption.]",
        "The archive of the harbour board holds minutes going back to 1890.",
    ],
)
def test_the_text_and_the_site_s_own_rows_are_not_a_copy_s_furniture(text: str) -> None:
    assert cache_copies.furniture(text) is None


def test_a_cache_header_over_the_page_is_boilerplate_and_the_headline_is_found_below_it() -> None:
    raw = (
        "This is Seekwell's cache of https://harbour.example/pier. It is a snapshot of the page as it appeared on "
        "2 May 2021 10:00:00 GMT.\n"
        "The current page could have changed in the meantime. Learn more.\n"
        "Full version   Text-only version   View source\n"
        "These search terms are highlighted: ferry pier\n\n" + ARTICLE
    )
    kinds = kinds_of(raw)
    assert kinds["The current page could have changed in the meantime. Learn more."] == "boilerplate"
    assert kinds["These search terms are highlighted: ferry pier"] == "boilerplate"
    assert kinds["Ferry pier to close for six weeks of repairs"] == "headline"


def test_a_story_under_another_copy_s_header_is_appended() -> None:
    raw = (
        ARTICLE + "\nSeekwell cache: https://harbour.example/lifeboat · 2 May 2021 09:12:00 GMT\n"
        "Lifeboat called to yacht off the point\n"
        "The lifeboat was launched on Sunday afternoon to a yacht with engine failure two miles off the point.\n"
        "The two sailors on board were unhurt and the yacht was towed back to the harbour, a coxswain said.\n"
        "About us   Contact   Privacy notice\n"
    )
    kinds = kinds_of(raw)
    assert kinds["Seekwell cache: https://harbour.example/lifeboat · 2 May 2021 09:12:00 GMT"] == "boilerplate"
    assert kinds["Lifeboat called to yacht off the point"] == "appended"
    assert (
        kinds["The two sailors on board were unhurt and the yacht was towed back to the harbour, a coxswain said."]
        == "appended"
    )
    assert (
        kinds["Board members said the work would take about six weeks and cost less than the repairs of last year."]
        == "body"
    )


def test_the_site_s_logo_is_navigation_and_a_partner_s_beside_its_credit_is_not() -> None:
    texts = ["Provided by Harbour Weekly", "Harbour Weekly logo", "Quayside Gazette logo", "Sign in"]
    assert site_banner.site_logo(texts, 1) is None
    assert site_banner.site_logo(texts, 2) is not None
    assert site_banner.site_logo(["the logo"], 0) is None


def test_the_site_s_name_from_the_head_repeated_at_the_foot_is_its_banner() -> None:
    texts = [
        "☰",
        "The Quayside Gazette",
        "Harbour",
        "Pier to close",
        "The pier will close.",
        "Harbour",
        "The Quayside Gazette",
        "Subscribe",
    ]
    kinds = ["navigation", "navigation", "navigation", "headline", "body", "boilerplate", "boilerplate", "boilerplate"]
    assert site_banner.banner_at_foot(texts, kinds) == [6]


def test_a_row_of_the_menu_and_search_buttons_is_a_site_tool() -> None:
    assert site_tools.site_tool("☰   Search") is not None
    assert site_tools.site_tool("Menu | 🔍") is not None
    assert site_tools.site_tool("Search   Sport") is None


@pytest.mark.parametrize(
    "text",
    [
        "Original: «Ferjen går ikke i morgen.»",
        'Original (transliterated): "Parom ne poydyot."',
        "Sponsored — Quayside Outfitters: waterproof jackets from £40.",
        "Sponsored by the Coastal Media Trust. Sponsors do not choose the stories.",
        "Letters may be shortened. Anonymous letters are not printed.",
        "Letters must be 200 words or fewer.",
        "Write to us at letters@harbour.example, or The Letters Editor, Quay Street.",
        "Please include your full address and a daytime telephone number.",
        "The writer is a retired ferry captain.",
        "This digest translates channel posts for our readers. We do not endorse them.",
        "Tomorrow: what the harbour channels said about the storm.",
        "The boundaries and names shown on this map do not imply official endorsement by the Harbour Trust.",
        "endorsement or acceptance by the Harbour Trust.",
        "The post Pier to close for repairs appeared first on Quayside Notes.",
        "Ann Lowe was speaking to Tom Reed. Additional reporting by Jo Kay in Portwenn.",
        "Developing story",
        "We acknowledge the Traditional Custodians of the land on which the harbour stands.",
    ],
)
def test_a_publisher_s_note_to_its_readers_is_boilerplate(text: str) -> None:
    assert publisher_notes.publisher_note(text) == ("boilerplate", publisher_notes.publisher_note(text)[1])


@pytest.mark.parametrize(
    "text",
    [
        "The original plan was to reopen the pier in June, the board said.",
        "Letters from the harbour master were read out at the meeting.",
        "The union said it does not endorse the plan.",
        "The writers of the report said the pier was unsafe.",
        "Tomorrow the board will vote again on the pier.",
        '"Sponsored events help the lifeboat station," the coxswain said.',
        "The rumour first appeared on a harbour forum on Sunday evening.",
        "The boundaries of the harbour were redrawn in 1990.",
    ],
)
def test_the_story_s_sentences_are_not_a_publisher_s_note(text: str) -> None:
    assert publisher_notes.publisher_note(text) is None


def test_a_letters_page_s_rules_below_the_letter_are_boilerplate() -> None:
    raw = ARTICLE + "\nLetters may be edited for length. Write to us at letters@harbour.example.\n"
    assert kinds_of(raw)["Letters may be edited for length. Write to us at letters@harbour.example."] == "boilerplate"


def test_a_picture_s_placeholder_is_a_caption_in_the_article_and_left_to_a_teaser_list_after_it() -> None:
    texts = ["Image not available", "The pier will close on Monday for repairs.", "Most read", "Image not available"]
    labels = {0: ("boilerplate", ""), 1: ("body", ""), 2: ("boilerplate", ""), 3: ("boilerplate", "")}
    cache_copies.label_late(texts, labels, lambda t: False, lambda t: t.endswith("."))
    assert labels[0][0] == "caption"
    assert labels[3][0] == "boilerplate"


def test_a_cache_viewer_s_page_keeps_its_title_line_as_the_headline() -> None:
    raw = (
        "PeekBack — see cached versions of any address\n"
        "Seekwell cache   Findly cache   archive.today\n"
        "URL: https://quayside.example/news/pier-closes/\n"
        "Cached: 2021-05-02 10:00 UTC (Seekwell)   Size: 90 KB   Text only\n"
        "Title: Ferry pier closes for six weeks as storm damage is repaired | Quayside 9 News\n"
        "QUAYSIDE 9   Watch Live   News   Weather   Sports   Contact\n"
        "☰   Search\n"
        "Quayside 9 logo\n"
        "Published: 5:42 PM May 2, 2021\n"
        "[ ]\n"
        "PORTWENN (Q9) — The harbour board voted on Monday to close the old ferry pier for repairs before the winter "
        "storms arrive.\n"
        "Board members said the work would take about six weeks and cost less than the repairs of last year.\n"
        "Ferry passengers will board at the north quay until the pier reopens, the operator said in a statement.\n"
        "Copyright 2021 Quayside 9. All rights reserved.\n"
    )
    kinds = kinds_of(raw)
    assert kinds["Title: Ferry pier closes for six weeks as storm damage is repaired | Quayside 9 News"] == "headline"
    assert kinds["PeekBack — see cached versions of any address"] == "boilerplate"
    assert kinds["Seekwell cache   Findly cache   archive.today"] == "boilerplate"
    assert kinds["URL: https://quayside.example/news/pier-closes/"] == "boilerplate"
    assert kinds["☰   Search"] == "navigation"
    assert kinds["Quayside 9 logo"] == "navigation"
    assert kinds["[ ]"] == "caption"


def test_a_credited_caption_under_a_placeholder_is_a_caption() -> None:
    texts = ["[ ]", "Waves break over the old pier on Sunday. (Coastwire)", "The pier will close on Monday."]
    labels = {0: ("boilerplate", ""), 1: ("boilerplate", ""), 2: ("body", "")}
    cache_copies.label_late(texts, labels, lambda t: False, lambda t: t.endswith("."))
    assert [labels[i][0] for i in range(3)] == ["caption", "caption", "body"]
