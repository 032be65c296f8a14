"""Round-13 rules (issue 11, clean13b) for the furniture of a channel of posts: a post's stamp, a row of
reactions, counters and media placeholders. Invented lines and an invented page."""

from __future__ import annotations

from analysis.segmentation import channel_posts, label_lines


def test_post_stamp() -> None:
    assert channel_posts.post_stamp("7.3K views · 14:02")
    assert channel_posts.post_stamp("12.9K views   edited   08:45")
    # A sentence with a clock time, or a line of words around it, is no stamp.
    assert channel_posts.post_stamp("The ferry left at 14:02.") is None
    assert channel_posts.post_stamp("Ferry timetable for the island 14:02") is None
    assert channel_posts.post_stamp("2.4K views") is None


def test_counter_line() -> None:
    assert channel_posts.counter_line("48.2K subscribers")
    assert channel_posts.counter_line("71 903 members   · 812 photos · 44 files")
    assert channel_posts.counter_line("The port handled 40 ships") is None
    assert channel_posts.counter_line("48.2K Subscribers") is None


def test_reaction_row() -> None:
    assert channel_posts.reaction_row("🚢 2.7K   😮 91")
    assert channel_posts.reaction_row("❤️ 1.4K")
    assert channel_posts.reaction_row("-- 12") is None
    assert channel_posts.reaction_row("Page 2") is None
    assert channel_posts.reaction_row("🚢 Ferries resume") is None


def test_media_placeholder() -> None:
    assert channel_posts.media_placeholder("Video 2:09")
    assert channel_posts.media_placeholder("Voice message 1:12")
    # The word alone is a menu item or a player's tab.
    assert channel_posts.media_placeholder("Video") is None
    assert channel_posts.media_placeholder("Ferry 2:09") is None
    assert channel_posts.media_placeholder("Video of the harbour at dawn") is None


CHANNEL = """Harbourline Updates
48.2K subscribers
News of the island ferries and the port, from our desk on the quay.
March 3
🛳 Ferries resume between Kelby and the outer islands after the storm
The island ferry company said on Tuesday that sailings to the outer islands would resume at noon after the gales.
Its spokeswoman, Mara Lindqvist, said crews had checked every vessel overnight and that no damage had been found.
7.3K views · 14:02
🚢 2.7K   😮 91
Passengers queued from early morning at the Kelby terminal, where the first boat left twenty minutes late.
"We have waited two days, one more hour is nothing," said Per Osk, a fisherman travelling to his family.
Video 2:09
12.9K views   edited   18:45
❤️ 1.4K
"""


def test_channel_page_furniture() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(CHANNEL)}
    assert kinds["48.2K subscribers"] == "boilerplate"
    assert kinds["7.3K views · 14:02"] == "boilerplate"
    assert kinds["🚢 2.7K   😮 91"] == "boilerplate"
    assert kinds["Video 2:09"] == "caption"
    assert kinds["12.9K views   edited   18:45"] == "boilerplate"
    assert kinds["❤️ 1.4K"] == "boilerplate"
    assert kinds["🛳 Ferries resume between Kelby and the outer islands after the storm"] == "headline"
    body = [text for text, kind in kinds.items() if kind == "body"]
    assert len(body) == 4


def test_preview_card() -> None:
    texts = [
        "Shared from the quay this morning.",
        "islandpost.net",
        "Island Post",
        "Ferry sailings resume after gales",
        "The company says every vessel was checked overnight.",
        "5.1K views · 09:12",
        "portauthority.example.org",
        "The port authority publishes its timetable every Monday and updates it after storms.",
    ]
    assert channel_posts.preview_card(texts, 1) == range(2, 5)
    # An address that no post's stamp closes within the card's length is no preview.
    assert channel_posts.preview_card(texts, 6) is None
    assert channel_posts.preview_card(texts, 0) is None


def test_site_address_above_the_headline_has_no_card() -> None:
    page = """islandpost.net
Open in app
Ferry sailings resume after two days of gales on the islands
Crews checked every vessel overnight, the company says
Mar 3, 2021, 7:02 PM
The island ferry company said on Tuesday that sailings to the outer islands would resume at noon.
Its spokeswoman said crews had checked every vessel overnight and that no damage had been found.
"""
    kinds = {line.text: kind for line, kind, _ in label_lines(page)}
    assert kinds["Crews checked every vessel overnight, the company says"] != "boilerplate"
