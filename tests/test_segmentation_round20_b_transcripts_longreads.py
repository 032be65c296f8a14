"""Round-20 rules (issue 11, clean20b): a video page's transcript (an automatic caption track is the text, turns
after the first are the same story, lower thirds and on-screen text are captions, carded reader comments are
furniture) and a long read's furniture (drop caps, shortened pull quotes, a title opening with an article, a
stamp row above the title, contributor credits, roman section numbers, a bio after a byline row, a print-edition
note). Invented lines and invented pages."""

from __future__ import annotations

from analysis.segmentation import (
    author_notes,
    comment_cards,
    headline_rules,
    magazine_furniture,
    rules,
    video_transcripts,
)
from analysis.segmentation.labelling import label_lines


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_time_code_line_and_transcript_turn() -> None:
    assert video_transcripts.time_code_line("0:04")
    assert video_transcripts.time_code_line("[01:12:09]")
    assert not video_transcripts.time_code_line("0:04 The ferry leaves")
    assert video_transcripts.transcript_turn(">> NILS BERG: The pier will reopen on Monday.")
    assert video_transcripts.transcript_turn("[3:10] ANCHOR (Eva Lund): Good evening.")
    assert video_transcripts.transcript_turn("1:02 MARTA OLSEN, HARBOUR PILOT (VOICE OF TRANSLATOR): We wait.")
    # Without a mark or a time code the shape is a link's label or a field's.
    assert video_transcripts.transcript_turn("READ MORE: Ferry fares to rise in spring") is None
    assert video_transcripts.transcript_turn(">> the wind is still strong here") is None


def test_lower_third_and_on_screen_text() -> None:
    assert video_transcripts.lower_third("NILS BERG / Ferry captain, Westhaven")
    assert video_transcripts.lower_third("DR. EVA LUND / Island surgery")
    assert video_transcripts.lower_third("News / World") is None
    assert video_transcripts.lower_third("Nils Berg / Westhaven Herald") is None
    assert video_transcripts.lower_third("NEWS / WORLD / EUROPE") is None
    assert video_transcripts.on_screen_text("ON SCREEN: FERRY HELPLINE 0800 123")
    assert video_transcripts.on_screen_text("On-screen text: Westhaven pier, Monday")
    assert video_transcripts.on_screen_text("UPDATE: pier reopens") is None


CAPTION_PAGE = """Island TV
Ferries halted as gales hit the coast
▶ 2:10
CLAYPORT, May 4 — Ferries between Clayport and the islands were halted on Tuesday as gales reached the coast.
The operator says sailings will resume once the wind drops below gale force on Wednesday.
Transcript
Auto-generated captions (English). May contain errors.
0:00
the first ferry of the day never left the pier this morning
0:05
>> we have been waiting since six and nobody tells us anything
0:09
the operator says the wind is too strong for the crossing
[Music]
0:15
>> the harbour master said the boats would stay in port until
0:20
the wind drops tomorrow afternoon at the earliest
Up next
Comments (4)
"""


def test_an_automatic_caption_track_is_the_text() -> None:
    kinds = _kinds(CAPTION_PAGE)
    assert kinds["the first ferry of the day never left the pier this morning"] == "body"
    assert kinds[">> we have been waiting since six and nobody tells us anything"] == "body"
    assert kinds["the wind drops tomorrow afternoon at the earliest"] == "body"
    assert kinds["0:05"] == "boilerplate"
    assert kinds["[Music]"] == "boilerplate"
    assert kinds["Up next"] == "boilerplate"


def test_a_short_run_of_time_coded_titles_is_no_caption_track() -> None:
    texts = ["Chapters", "0:00", "intro", "0:41", "the view from the pier", "Transcript"]
    kinds = dict.fromkeys(range(len(texts)), "boilerplate")
    assert video_transcripts.caption_track(texts, kinds) == {}
    # Without a heading above, a run of lower-case lines between time codes is not read as a transcript.
    track = ["Playlist", "Top clips", "More", "0:00", *["the ferry crews waited on the pier all morning", "0:05"] * 5]
    assert video_transcripts.caption_track(track, dict.fromkeys(range(len(track)), "boilerplate")) == {}


TURN_PAGE = """Island TV
Ferries halted as gales hit the coast | Island TV
Island TV News
Transcript
[0:00] ANCHOR: Good evening. Ferries between Clayport and the islands were halted on Tuesday.
[0:09] ANCHOR: Our reporter Nils Berg is at the pier.
NILS BERG / Island TV, Clayport
[0:14] NILS BERG, REPORTER: The first ferry of the day never left. The operator said the wind was too strong.
[0:30] NILS BERG: Passengers have been waiting since six in the morning for news of the crossing.
MARTA OLSEN / Harbour master, Clayport
[0:41] MARTA OLSEN, HARBOUR MASTER: The boats stay in port until the wind drops. Nobody sails in this.
[0:55] NILS BERG: The operator expects to resume sailings on Wednesday afternoon at the earliest.
ON SCREEN: FERRY HELPLINE 0800 123
[1:10] NILS BERG: For Island TV, Nils Berg, Clayport.
Up next
"""


def test_turns_after_the_first_are_the_same_story_and_lower_thirds_are_captions() -> None:
    kinds = _kinds(TURN_PAGE)
    assert kinds["MARTA OLSEN / Harbour master, Clayport"] == "caption"
    assert kinds["NILS BERG / Island TV, Clayport"] == "caption"
    assert kinds["ON SCREEN: FERRY HELPLINE 0800 123"] == "caption"
    assert kinds[
        "[0:41] MARTA OLSEN, HARBOUR MASTER: The boats stay in port until the wind drops. Nobody sails in this."
    ] == ("body")
    assert kinds["[1:10] NILS BERG: For Island TV, Nils Berg, Clayport."] == "body"


def test_a_comment_between_its_card_and_its_reply_row() -> None:
    assert comment_cards.comment_card("@pier_watcher 3 years ago")
    assert comment_cards.comment_card("Eva L. · 2h")
    assert not comment_cards.comment_card("The ferry left at 6.")
    assert comment_cards.reply_row("Reply   210   12 replies")
    assert not comment_cards.reply_row("Replying to the union, the operator said the boats would sail.")
    texts = ["Top comments", "@pier_watcher 3 years ago", "They never sail when it matters.", "Reply   4"]
    kinds = {0: "boilerplate", 1: "boilerplate", 2: "body", 3: "boilerplate"}
    assert comment_cards.carded_comments(texts, kinds, lambda text: text == "Top comments") == {
        2: ("boilerplate", "a reader's comment: between its card (name and age) and its reply row")
    }
    # Without a comment section's heading above, nothing is taken.
    assert comment_cards.carded_comments(texts, kinds, lambda text: False) == {}


def test_drop_cap_and_shortened_pull_quotes() -> None:
    texts = ["W", "hen the gale came the pier was empty.", "The ferry left at six."]
    assert magazine_furniture.drop_caps(texts, {0: "boilerplate", 1: "body", 2: "body"}) == {
        0: ("body", "a drop cap split from its word: the first letter of the paragraph below")
    }
    assert magazine_furniture.drop_caps(["A", "Ferry timetable"], {0: "boilerplate", 1: "body"}) == {}
    texts = [
        "Nobody on the island trusts the timetable any more, and every family has a story about the ferry.",
        "“Every family has a story about the ferry.”",
        "“We missed the funeral,” she told me, “because the boat turned back.”",
        "“We missed the funeral because the boat turned back.”",
        "“The island will not wait for the operator to make up its mind.”",
    ]
    found = magazine_furniture.shortened_pull_quotes(texts, dict.fromkeys(range(len(texts)), "body"))
    assert set(found) == {1, 3}
    assert all(kind == "duplicate" for kind, _ in found.values())


def test_a_quotation_sharing_scattered_words_is_no_pull_quote() -> None:
    texts = [
        "The boat was late, the families were angry, the crew was tired and the wind was strong all week long.",
        "“The families were tired of the wind.”",
    ]
    assert magazine_furniture.shortened_pull_quotes(texts, {0: "body", 1: "body"}) == {}


def test_title_opening_with_an_article_is_no_byline() -> None:
    assert rules.byline_line("The Ferry in Winter") is None
    assert rules.byline_line("Jane Roe in Clayport and John Doe") is not None
    assert rules.byline_line("Photographs by Nils Berg for The Island Weekly") is not None
    assert rules.byline_line("Illustration by Eva Lund") is None
    assert rules.byline_line("I.") is None
    assert rules.byline_line("K. L.") is not None


def test_stamp_row_is_no_headline() -> None:
    assert headline_rules.stamp_row("Saved June 3, 2023 · 18 min")
    assert headline_rules.stamp_row("Ferries halted as gales hit the coast") is False
    assert headline_rules.stamp_row("Island Weekly · The Long Read") is False
    # A post's count and clock time are left to the rules of posts.
    assert headline_rules.stamp_row("3.2K views · 14:05") is False


def test_view_count_rows_read_as_menus_or_datelines() -> None:
    texts = ["Island TV · 88K views · 3 days ago", "12,004 views  6 May 2022", "1. Pier Radio — 9,000 views today."]
    kinds = {0: "navigation", 1: "dateline", 2: "body"}
    assert set(video_transcripts.view_count_rows(texts, kinds)) == {0, 1}


def test_author_named_in_a_byline_row() -> None:
    names = author_notes.author_names(["By Eva Lund · Photographs by Nils Berg", "World News   Sport   Culture"])
    assert names == frozenset({"Eva Lund"})
    assert author_notes.author_note("Eva Lund is a contributing writer at The Island Weekly.", names)


LONG_READ = """The Island Weekly
Politics   Culture   Books   The Magazine
Saved June 3, 2023 · 18 min
Dispatch
The Ferry in Winter
For three months a year the islands are cut off. Those who stay have learned to wait, and to doubt the timetable.
By Eva Lund · Photographs by Nils Berg
T
he first ferry of the winter left Clayport in a gale and turned back before the breakwater. Nobody was surprised.
Nobody on the island trusts the timetable any more, and every family has a story about the ferry.
“Every family has a story about the ferry.”
I.
The operator blames the wind. The crews blame the operator, which has cut the winter fleet from four boats to two.
This article appears in the June 2023 issue of The Island Weekly with the headline “Cut Off”.
Eva Lund is a contributing writer at The Island Weekly.
More from Dispatch
"""


def test_a_long_read_page() -> None:
    labelled = label_lines(LONG_READ)
    kinds = {line.text: kind for line, kind, _ in labelled}
    assert [line.text for line, kind, _ in labelled if kind == "headline"] == ["The Ferry in Winter"]
    assert kinds["T"] == "body"
    assert kinds["“Every family has a story about the ferry.”"] == "duplicate"
    assert kinds["I."] == "body"
    assert kinds["By Eva Lund · Photographs by Nils Berg"] == "boilerplate"
    assert kinds["This article appears in the June 2023 issue of The Island Weekly with the headline “Cut Off”."] == (
        "boilerplate"
    )
    assert kinds["Eva Lund is a contributing writer at The Island Weekly."] == "boilerplate"


def test_photographer_for_outlet_credit_after_a_caption() -> None:
    from analysis.segmentation.labelling import _pattern_match

    assert _pattern_match("Crews load the last ferry at Clayport, May 2021. Nils Berg for The Island Weekly", "caption")
    assert _pattern_match("The ferry left at six. Nobody waited for The Bus", "caption") is None
    assert _pattern_match("Nils Berg for The Island Weekly, on the pier", "caption") is None
