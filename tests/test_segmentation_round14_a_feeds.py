"""Round-14 feed rules of issue 11 (helper a): a page saved as a feed item's fields, on invented pages."""

from __future__ import annotations

from analysis.segmentation import dateline_grammar, feed_fields, headline_rules
from analysis.segmentation.labelling import label_lines

PARAGRAPHS = [
    "CORVO (Harbour Post) — The Corvo ferry operator said on Monday it would cut winter crossings by a third.",
    '"We cannot run empty boats," the operator\'s chief executive, Ilse Varga, told reporters at the quay.',
    "Island councillors said the cuts would leave some villages without a daily service until March.",
]
TITLE = "Corvo ferry operator to cut winter crossings by a third"
ATOM = "\n".join(
    [
        "feed",
        "title",
        "Harbour Post – island news",
        "updated",
        "2026-01-12T08:00:00+01:00",
        "",
        "entry",
        "title",
        TITLE,
        "link",
        "https://harbourpost.example/news/2026/01/12/corvo-ferries",
        "published",
        "2026-01-12T07:41:00+01:00",
        "content",
        "",
        *PARAGRAPHS,
        "",
    ]
)
INLINE = "\n".join(
    [
        "Feed: Harbour Post – island news",
        "Collected: 2026-01-12 09:00 UTC",
        "---",
        f"title: {TITLE}, says it will review the timetable in spring",
        "link: https://harbourpost.example/news/2026/01/12/corvo-ferries",
        "guid: hp-2026-01-12-0031",
        "pubDate: Mon, 12 Jan 2026 07:41:00 GMT",
        "category: Ferries; Islands",
        "content:",
        *PARAGRAPHS,
        "",
    ]
)


def _headlines(page: str) -> list[str]:
    return [line.text for line, kind, _ in label_lines(page) if kind == "headline"]


def test_an_atom_entry_title_is_the_headline_not_the_feed_title() -> None:
    assert _headlines(ATOM) == [TITLE]


def test_an_inline_title_field_is_the_headline_with_its_label() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(INLINE)}
    assert _headlines(INLINE) == [f"title: {TITLE}, says it will review the timetable in spring"]
    assert kinds["guid: hp-2026-01-12-0031"] == "boilerplate"
    assert all(kinds[text] == "body" for text in PARAGRAPHS)


def test_a_page_naming_few_fields_is_no_feed() -> None:
    texts = ["title", "A headline of a page", "share", *PARAGRAPHS]
    assert feed_fields.title_value(texts, 3) is None
    texts = ["title", "A headline of a page", "link", "guid", "pubDate", *PARAGRAPHS]
    assert feed_fields.title_value(texts, 5) == 1
    assert feed_fields.field("dc:creator") == ("dc:creator", "")
    assert feed_fields.field("title: Ferries cut") == ("title", "Ferries cut")
    assert feed_fields.field("Title: Ferries cut") is None


def test_an_address_or_a_stamp_is_never_the_headline() -> None:
    assert headline_rules.joined_token("https://harbourpost.example/news/2026/01/12/corvo-ferries")
    assert headline_rules.joined_token("2026-01-12T07:41:00+01:00")
    assert not headline_rules.joined_token("said:")
    assert not headline_rules.joined_token("al-Shughur")
    page = "\n".join(
        [
            "Harbour Post – Islands",
            "",
            TITLE,
            "https://harbourpost.example/news/2026/01/12/corvo-ferries-winter-timetable-cut-by-a-third",
            "Mon, 12 Jan 2026 07:41:00 +0100",
            "",
            *PARAGRAPHS,
            "",
        ]
    )
    assert _headlines(page) == [TITLE]


def test_a_dateline_filed_from_two_places_is_split() -> None:
    text = "VARNO/TELSK, March 3 (Harbour Post) - The two ports agreed on Tuesday to share pilots."
    found = dateline_grammar.agency_dateline(text)
    assert found is not None and found[0] == "VARNO/TELSK, March 3 (Harbour Post) -"
    assert dateline_grammar.agency_dateline("Black/white photos of the ferry were shown on Tuesday.") is None


def test_a_description_set_directly_over_the_paragraph_it_repeats_is_the_copy() -> None:
    page = "\n".join(
        [
            "Harbour Post – Islands",
            "",
            "feed",
            "title",
            "Harbour Post",
            "link",
            "https://harbourpost.example/",
            "item",
            "title",
            TITLE,
            "pubDate",
            "Mon, 12 Jan 2026 07:41:00 +0100",
            "description",
            PARAGRAPHS[0],
            PARAGRAPHS[0],
            *PARAGRAPHS[1:],
            "",
        ]
    )
    kinds = [kind for line, kind, _ in label_lines(page) if line.text == PARAGRAPHS[0]]
    assert kinds == ["duplicate", "body"]


def test_a_tagline_repeating_the_banner_above_it_is_not_the_headline() -> None:
    page = "\n".join(
        [
            "Harbour Post – Islands",
            "Latest island news from the Harbour Post",
            TITLE,
            "https://harbourpost.example/islands/corvo-ferries-1.4471",
            "Mon, 12 Jan 2026 07:41:00 +0100",
            *PARAGRAPHS,
            "",
        ]
    )
    assert _headlines(page) == [TITLE]
    # Without the banner's words the line above is read as the headline over its standfirst, as before.
    assert _headlines(page.replace("from the Harbour Post", "from our reporters")) == [
        "Latest island news from our reporters"
    ]


def test_a_later_item_of_the_feed_is_appended_and_a_summary_value_stays_text() -> None:
    summary = "Winter crossings to the islands will be cut by a third, the operator says"
    later = "Tarsk dam inspectors find new cracks in the northern wall"
    later_text = "Engineers inspecting the Tarsk dam found new cracks in its northern wall on Sunday."
    page = (
        ATOM.replace("content\n", f"summary\n{summary}\ncontent\n").rstrip("\n")
        + "\n"
        + "\n".join(
            [
                "entry",
                "title",
                later,
                "link",
                "https://harbourpost.example/news/2026/01/12/tarsk-dam",
                "summary",
                later_text,
                "",
            ]
        )
    )
    kinds = {line.text: kind for line, kind, _ in label_lines(page)}
    assert kinds[summary] == "body"
    assert kinds[later] == kinds[later_text] == "appended"
    assert kinds["https://harbourpost.example/news/2026/01/12/tarsk-dam"] == "boilerplate"
    assert all(kinds[text] == "body" for text in PARAGRAPHS)
    assert feed_fields.later_titles(page.split("\n"), 10) == [page.split("\n").index(later)]
