"""Round-14 (issue 11, clean14b): one pass for a post's furniture (:mod:`analysis.segmentation.channel_posts`),
with the cases of the dropped copy in ``entries`` (counters row, link preview). Invented lines."""

from __future__ import annotations

from analysis.segmentation import channel_posts


def test_post_furniture_lines() -> None:
    assert channel_posts.post_furniture("7.4K views   08:12")
    assert channel_posts.post_furniture("2.1M views · edited 17:45")
    assert channel_posts.post_furniture("🐟 640   👏 1.2K")
    # An abbreviated count alone is a counter; a count in a sentence is not.
    assert channel_posts.counter_line("18.9K")
    assert channel_posts.counter_line("18.9") is None
    assert channel_posts.post_furniture("The quay handled 4.2K containers last week, the board said.") is None
    assert channel_posts.post_furniture("Quay News") is None


def test_preview_card_closed_by_any_post_furniture() -> None:
    card = ["quaynews.example.org", "Quay News", "Crews vote to strike", "The vote was 41 to 3."]
    assert channel_posts.preview_card([*card, "7.4K views   08:12"], 0) == range(1, 4)
    # A row of reactions or a line of counters closes the card as a stamp does.
    assert channel_posts.preview_card([*card, "👍 88   😡 12"], 0) == range(1, 4)
    assert channel_posts.preview_card([*card, "3.3K views"], 0) == range(1, 4)
    # Prose running on past a card's length is the text, not a card; a name is no address.
    assert channel_posts.preview_card([*card, "More.", "More.", "7.4K views   08:12"], 0) is None
    assert channel_posts.preview_card(["Quay News", *card[1:], "7.4K views   08:12"], 0) is None
