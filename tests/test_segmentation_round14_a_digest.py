"""Round-14 digest rule of issue 11 (helper a): a page of several dated items, on invented pages."""

from __future__ import annotations

from analysis.segmentation import digest, segment_article
from analysis.segmentation.labelling import label_lines

HEADER = [
    "THE LAKESIDE COURIER",
    "Home | Region | World | Money | Sport",
    "Log in   Register",
    "DAILY ROUND-UP",
    "Daily round-up, May 3: Corvo ferry strike, a Tarsk dam warning, Ilmar's budget",
    "Compiled by Courier staff",
    "Good morning. Here is what happened overnight.",
]
DAM = [
    "Tarsk engineers warn of cracks in old dam",
    "TARSK (Lakeside Wire) — Engineers inspecting the Tarsk dam found new cracks in its northern wall on Sunday.",
    "The regional water board said it would lower the reservoir by two metres as a precaution.",
    "Read more",
    "•",
]
FERRY = [
    "Corvo ferry crews walk out over rosters",
    "CORVO (Lakeside Wire) — Crews on the Corvo island ferries stopped work on Monday in a dispute over night rosters.",
    '"We have asked for the same rota for three years," the crews\' union leader, Ansel Brun, told reporters.',
    "The operator said it had offered to cap night shifts at four a week and called the strike premature.",
    "About 6,000 passengers a day use the crossing, according to the island's council, which urged both sides",
    "to return to talks before the summer season.",
    "Shops on the island said deliveries of fresh food had already been delayed.",
    "Read more",
    "•",
]
BUDGET = [
    "Ilmar's parliament passes a leaner budget",
    "ILMAR, May 2 (Lakeside Wire) — Ilmar's parliament approved a budget that cuts spending by 3 per cent.",
    "Read more",
    "•",
]
FOOTER = [
    "Sign up for the Daily round-up and get it in your inbox every morning.",
    "© 2026 The Lakeside Courier",
]
PAGE = "\n".join([*HEADER, *DAM, *FERRY, *BUDGET, *FOOTER, ""])


def _kinds(page: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(page)}


def test_the_page_title_is_the_headline_and_the_longest_item_the_article() -> None:
    kinds = _kinds(PAGE)
    assert [text for text, kind in kinds.items() if kind == "headline"] == [HEADER[4]]
    assert all(kinds[text] == "body" for text in FERRY[:7])
    assert all(kinds[text] == "appended" for text in DAM[:3] + BUDGET[:2])
    assert kinds[HEADER[5]] == kinds[HEADER[6]] == kinds[FOOTER[0]] == "boilerplate"
    assert kinds[HEADER[3]] == "navigation"


def test_the_lead_item_dateline_is_split_under_its_title() -> None:
    segments = segment_article("digest", PAGE)
    assert segments[segments["kind"] == "dateline"]["text"].tolist() == ["CORVO (Lakeside Wire) —"]


def test_items_without_titles_keep_the_line_above_them_out_of_the_article() -> None:
    untitled = [DAM[1], DAM[2], DAM[3], DAM[4], *FERRY[1:], BUDGET[1], BUDGET[2]]
    sponsor = "Supported by Kestrel Savings Bank"
    page = "\n".join([*HEADER, sponsor, *untitled, *FOOTER, ""])
    kinds = _kinds(page)
    assert [text for text, kind in kinds.items() if kind == "headline"] == [HEADER[4]]
    assert kinds[sponsor] != "appended" and kinds[DAM[1]] == "appended"
    assert kinds[FERRY[1]] == "body"


def test_dated_paragraphs_running_on_without_furniture_make_no_digest() -> None:
    texts = [FERRY[1], DAM[1], BUDGET[1]]
    openings = digest.dateline_openings(texts, lambda text: "—" in text)
    assert openings == [0, 1, 2]
    assert digest.digest_items(texts, openings, lambda _: True, lambda _: False, lambda _: False) == []


def test_prose_outside_the_items_makes_no_digest() -> None:
    # Three dated items, then six paragraphs of an article continued from another page.
    texts = [DAM[1], "Read more", FERRY[1], "Read more", BUDGET[1], "Read more", *[FERRY[3]] * 6]
    is_prose = lambda text: text.endswith(".")  # noqa: E731
    openings = [0, 2, 4]
    assert digest.digest_items(texts, openings, is_prose, lambda _: False, lambda _: False) == []
    assert len(digest.digest_items(texts[:6], openings, is_prose, lambda _: False, lambda _: False)) == 3


def test_two_dated_items_are_an_article_and_an_appended_story() -> None:
    page = "\n".join([*HEADER, *DAM, *FERRY, *FOOTER, ""])
    kinds = _kinds(page)
    assert kinds[HEADER[4]] != "headline"
