"""Round 21 (issue 11, clean21c): a popular page's display type and a Markdown page's structure, on invented text."""

from __future__ import annotations

from analysis.segmentation import headline_rules, markdown_structure, summary_boxes
from analysis.segmentation.labelling import comparison_words, is_body_like, label_lines


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


TABLOID = """THE DAILY TRUMPET
Home   News   Sport   Money   Travel
Log in
NEWS
HARBOUR CHAOS
'SINKING' PIER SHUTS SEASIDE TOWN!
• Pier at Brackwater closed after crack found in its deck
• Council says repairs could take most of the summer
• Traders fear the loss of their busiest weeks
By Ann Other | Published: 09:10, 3 Jun 2024
💬 Comments (12)

A CRACKED pier has forced the closure of a seaside town's busiest attraction, council officials said on Monday.

Engineers found the crack during a routine inspection last week, the council said in a statement.

'WE ARE RUINED'

Café owner Tom Reed said his takings had halved since the barriers went up around the entrance.

He said the town had been "forgotten" by the people who were supposed to look after it.
"""


def test_a_shouted_title_over_a_summary_box_is_the_headline_and_the_counter_is_not() -> None:
    kinds = _kinds(TABLOID)
    assert kinds["'SINKING' PIER SHUTS SEASIDE TOWN!"] == "headline"
    assert kinds["💬 Comments (12)"] != "headline"
    assert kinds["• Council says repairs could take most of the summer"] == "body"
    assert kinds["'WE ARE RUINED'"] == "body"


def test_counter_rows_and_shouted_titles() -> None:
    assert headline_rules.counter_row("💬 Comments (12)")
    assert headline_rules.counter_row("💬 341")
    assert headline_rules.counter_row("57 comments")
    assert not headline_rules.counter_row("Comments on the harbour plan")
    assert not headline_rules.counter_row("12 dead in pier collapse")
    assert headline_rules.shouted_title("PIER SHUT FOR SUMMER!")
    assert headline_rules.shouted_title("'CRACKED' PIER SHOCK")
    assert not headline_rules.shouted_title("HARBOUR CHAOS")
    assert not headline_rules.shouted_title("Pier shut for summer!")


def test_a_summary_box_item_copying_a_paragraph_is_the_duplicate_and_the_paragraph_stays_body() -> None:
    texts = [
        "Pier to shut",
        "• The pier will shut on Friday for repairs to its deck.",
        "• Traders fear the loss of their busiest weeks",
        "The pier will shut on Friday for repairs to its deck.",
        "Engineers found the crack last week.",
    ]
    found = summary_boxes.summary_box(texts, is_body_like, comparison_words)
    assert found[1][0] == "duplicate"
    assert found[2][0] == "body"
    assert found[3][0] == "body"
    assert 4 not in found


def test_a_list_below_the_first_paragraph_or_a_menu_of_short_bullets_is_no_summary_box() -> None:
    texts = ["The pier will shut on Friday for repairs to its deck.", "• Read about the pier's history here", "• More"]
    assert summary_boxes.summary_box(texts, is_body_like, comparison_words) == {}
    assert (
        summary_boxes.summary_box(
            ["• Home", "• News", "• Sport", "The pier shut on Friday, said the council."],
            is_body_like,
            comparison_words,
        )
        == {}
    )


def test_crossheads_between_paragraphs_but_not_over_a_list_or_an_advert() -> None:
    texts = [
        "The pier shut on Friday, the council said.",
        "'NO MONEY LEFT'",
        "Traders said they had been given no warning at all.",
        "SPONSORED CONTENT",
        "The repairs will cost more than a million pounds.",
        "MORE ON PIERS",
        "Inside the pier that fell into the sea",
    ]
    kinds = {0: "body", 1: "boilerplate", 2: "body", 3: "boilerplate", 4: "body", 5: "boilerplate", 6: "boilerplate"}
    found = summary_boxes.crossheads(texts, kinds, is_body_like, lambda text: text == "SPONSORED CONTENT")
    assert set(found) == {1}


def test_a_post_signature_and_a_clip_title() -> None:
    texts = ["— Jo Bloggs (@jobloggs_uk) June 3, 2024", "Play Video", "01:45", "Drone footage shows the cracked deck"]
    assert set(summary_boxes.post_signatures(texts)) == {0}
    assert summary_boxes.clip_titles(texts, {}) == {3: ("caption", summary_boxes.clip_titles(texts, {})[3][1])}
    assert summary_boxes.clip_titles(["Play Video", "01:45", "The council said the pier would shut."], {}) == {}


MARKDOWN = """---
title: "Pier shuts as crack found in deck"
source: https://www.trumpet.example/news/pier
saved: 2024-06-04 08:00
---

[Skip to content](https://www.trumpet.example/#main)

* [News](https://www.trumpet.example/news)
* [Sport](https://www.trumpet.example/sport)

# Pier shuts as crack found in deck

By [Ann Other](https://www.trumpet.example/ann-other)

![The closed pier at dusk](https://img.trumpet.example/pier.jpg)

The pier at Brackwater was closed on Monday after engineers found a crack in its deck, the council said.

Traders said they had been given no warning before the barriers went up along the promenade.

---

**Related:** [The pier's long history][1]

[1]: https://www.trumpet.example/news/pier-history
"""


def test_a_markdown_page_is_read_from_its_markup() -> None:
    kinds = _kinds(MARKDOWN)
    assert kinds["# Pier shuts as crack found in deck"] == "headline"
    assert kinds['title: "Pier shuts as crack found in deck"'] == "boilerplate"
    assert kinds["---"] == "boilerplate"
    assert kinds["[Skip to content](https://www.trumpet.example/#main)"] == "navigation"
    assert kinds["* [News](https://www.trumpet.example/news)"] == "navigation"
    assert kinds["By [Ann Other](https://www.trumpet.example/ann-other)"] == "boilerplate"
    assert kinds["![The closed pier at dusk](https://img.trumpet.example/pier.jpg)"] == "caption"
    assert kinds["**Related:** [The pier's long history][1]"] == "boilerplate"
    assert kinds["[1]: https://www.trumpet.example/news/pier-history"] == "boilerplate"


def test_one_markdown_sign_alone_does_not_make_a_markdown_page() -> None:
    texts = ["# Pier shuts", "The pier shut on Friday, the council said.", "---"]
    assert not markdown_structure.markdown_page(markdown_structure.structures(texts))
    assert markdown_structure.relabel(texts, {}, 0, lambda text: None) == {}
    assert markdown_structure.title_heading(texts, markdown_structure.structures(texts)) is None


def test_the_items_of_a_counted_box_of_furniture_are_its_own() -> None:
    texts = ["Saved notes (2)", "- The pier shut on Friday", "- Traders fear the worst", "- Not counted"]
    found = markdown_structure.counted_items(texts, {0: ("boilerplate", "app chrome")})
    assert set(found) == {1, 2}
    assert markdown_structure.counted_items(texts, {0: ("body", "")}) == {}


def test_an_embedded_post_introduced_by_a_colon_is_the_text() -> None:
    texts = [
        "The harbour master posted a warning to sailors:",
        "View this post on Snapshare",
        "Keep clear of the pier tonight, the deck is not safe",
        "A post shared by Harbour Master (@brackwater.harbour)",
        "Engineers will inspect it again next week.",
    ]
    kinds = {0: "body", 1: "boilerplate", 2: "boilerplate", 3: "boilerplate", 4: "body"}
    assert set(summary_boxes.introduced_posts(texts, kinds, lambda text: False)) == {2}
    assert summary_boxes.introduced_posts(texts, {**kinds, 0: "caption"}, lambda text: False) == {}


def test_a_dateline_set_in_bold_keeps_its_marks() -> None:
    from analysis.segmentation import DATELINE, dateline_grammar

    found = dateline_grammar.first_paragraph_dateline("**HARWICK (TNS) —** The pier was shut on Monday.", DATELINE)
    assert found is not None and found[0] == "**HARWICK (TNS) —**"
    assert dateline_grammar.first_paragraph_dateline("**Update:** The pier was shut on Monday.", DATELINE) is None
