"""Round-14 (issue 11, clean14b): a news feed's fields read as a page (:mod:`analysis.segmentation.feed_fields`).
Invented feeds."""

from __future__ import annotations

from analysis.segmentation import feed_fields, label_lines


def test_field() -> None:
    assert feed_fields.field("pubDate") == ("pubDate", "")
    assert feed_fields.field("content:encoded") == ("content:encoded", "")
    assert feed_fields.field("guid: quay-2024-0091") == ("guid", "quay-2024-0091")
    assert feed_fields.field("dc:creator: Ines Moor") == ("dc:creator", "Ines Moor")
    assert feed_fields.field("content:") == ("content", "")
    # A capitalised label is a credit or a heading; a word not of the feed's elements is no field.
    assert feed_fields.field("Source: Quay Wire") is None
    assert feed_fields.field("Link") is None
    assert feed_fields.field("note: the ferry was late") is None
    assert feed_fields.field("links: two") is None


FEED = """The Quay Gazette
News from the harbour towns
https://quaygazette.example
language: en-GB
item
title
Ferry crews vote to strike over the winter rota
link
https://quaygazette.example/2024/03/ferry-crews-strike/
guid
https://quaygazette.example/?p=9121
pubDate
Tue, 12 Mar 2024 08:10:00 +0000
category
Harbour
Transport
description
content:encoded
The ferry crews of Corvo voted on Tuesday to stop work for two days next week, their union said.
The union said the new winter rota would cut the crews' rest time between crossings by a third.
The ferry company said it had offered talks and that the rota had been agreed with the island council.
item
title
Fish market moves to the north quay for the summer
link
https://quaygazette.example/2024/03/fish-market-moves/
description
The town's fish market will trade from the north quay from May while the old hall is repaired.
"""


def test_feed_labels() -> None:
    texts = FEED.splitlines()
    found = feed_fields.feed_labels(texts)
    kinds = {texts[i]: kind for i, (kind, _) in found.items()}
    for name in ("item", "title", "link", "guid", "pubDate", "category", "content:encoded", "language: en-GB"):
        assert kinds[name] == "boilerplate"
    assert kinds["https://quaygazette.example/?p=9121"] == "boilerplate"
    assert kinds["Transport"] == "boilerplate"
    # The channel's own address (above the first item) is the site's banner: not read here.
    assert "https://quaygazette.example" not in kinds
    # The first item's title and text are left to the other rules; the next item's are another story, relabelled
    # once at the end of the pass (round 15: feed_fields.later_item_texts, by _label_later_feed_items).
    assert "Ferry crews vote to strike over the winter rota" not in kinds
    later = {texts[i] for i in feed_fields.later_item_texts(texts)}
    assert later == {"Fish market moves to the north quay for the summer", texts[-1]}
    # Fewer than three distinct names: no feed.
    assert feed_fields.feed_labels(["link", "https://a.example/x", "title", "A title"]) == {}


def test_feed_page_labelled() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(FEED)}
    assert kinds["pubDate"] == "boilerplate"
    assert kinds["Tue, 12 Mar 2024 08:10:00 +0000"] == "boilerplate"
    union = next(text for text in kinds if text.startswith("The union said"))
    assert kinds[union] == "body"
    assert kinds["Fish market moves to the north quay for the summer"] == "appended"


ESCAPED = """Ferry crews vote to strike over the winter rota
The ferry crews of Corvo voted on Tuesday to stop work for two days next week, their union said.
The union said the new winter rota would cut the crews&#8217; rest time between crossings by a third.
The ferry company said it had offered talks and that the rota had been agreed with the island council.
Reprinted with permission. Copyright &copy; 2024 Quay Gazette Ltd.
"""


def test_patterns_read_a_line_with_entities_as_it_displays() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(ESCAPED)}
    assert kinds["Reprinted with permission. Copyright &copy; 2024 Quay Gazette Ltd."] == "boilerplate"
    union = next(text for text in kinds if text.startswith("The union said"))
    assert kinds[union] == "body"
