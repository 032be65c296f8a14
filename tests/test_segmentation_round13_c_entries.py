"""Round-13 second-pass rules of issue 11 (helper c): entries set apart by a page's furniture, on invented pages."""

from __future__ import annotations

from analysis.segmentation import appended, entries
from analysis.segmentation.labelling import label_lines


def test_paragraphs_apart_by_furniture() -> None:
    # Undated: any line of furniture between the first two paragraphs sets them apart; a caption does not.
    assert appended.paragraphs_apart([("boilerplate", "Share this post")], dated=False)
    assert not appended.paragraphs_apart([("caption", "Photo: the quay at dawn")], dated=False)
    assert not appended.paragraphs_apart([], dated=False)
    # Dated: only a time stamp or a row of counters closes the entry; a newsletter box does not.
    assert appended.paragraphs_apart([("boilerplate", "12 March 2021 · 09:40")], dated=True)
    assert not appended.paragraphs_apart([("boilerplate", "Subscribe to our newsletter")], dated=True)


PAGE = """The Harbour Ledger
Ferry crews on Corvo vote to strike over the winter timetable
The ferry crews of the island of Corvo voted on Tuesday to stop work for two days next week, their union said.
The union said the new winter timetable would cut the crews' rest time between crossings by a third.
The ferry company said it had offered talks and that the timetable had been agreed with the island council.
The crews last stopped work in 2019, when the company cut two evening crossings from the timetable.
The island's doctor said patients who need treatment on the mainland would be taken by the coast guard.
A spokesman for the company said the rota met every rule on rest time set by the maritime authority.
Island traders said a strike in the week before the market would leave their stalls empty.
Corvo Traders 🇵🇹
@corvo_traders
12 March 2021 · 09:40
Translated from Portuguese
URGENT: No ferry, no market. Our stalls stay closed on Friday if the crews walk out, say the traders of the quay.
♥ 312   ↻ 95
The council said it would meet the union and the company on Thursday morning to look at the rota again.
"We want the boats to run and the crews to rest," the council's chair, Ilse Varga, told reporters on the quay.
The union said it would keep the strike dates unless the company changed the rota before the weekend.
Dock workers on the mainland said they would not load any ferry that sails during the strike.
© 2021 The Harbour Ledger
"""


def test_embedded_post_starts_no_appended_story() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    # The title line over the post's one paragraph, closed by a counters row, starts no second story:
    # the paragraphs below the post go on with the article.
    assert kinds["Translated from Portuguese"] != "appended"
    below = [text for text in kinds if text.startswith(("The council said", '"We want', "Dock workers"))]
    assert len(below) == 3
    assert all(kinds[text] == "body" for text in below)


def test_post_text_needs_a_handle_above_and_furniture_below() -> None:
    header = [("boilerplate", "9 May 2021 · 08:15"), ("boilerplate", "@quay_watch"), ("boilerplate", "Quay Watch")]
    assert entries.post_text(header, "boilerplate")
    # No furniture below: the paragraph goes on into the text.
    assert not entries.post_text(header, "body")
    # A paragraph of the text between the handle and the line: the handle heads something else.
    assert not entries.post_text([("body", "The council met on Monday."), *header], "boilerplate")
    # A time stamp without a handle is a dated entry of the page itself (a live blog's, a channel's).
    assert not entries.post_text([("boilerplate", "9 May 2021 · 08:15")], "boilerplate")


BYLINE_PAGE = """Corvo crews strike over rota
By Ana Lund
@ana_lund_reports
9 May 2021 · 08:15
The ferry crews of Corvo stopped work on Monday over the winter rota, their union said.
Share
The company said the rota met every rule on rest time set by the maritime authority.
"""


def test_embedded_post_text_is_furniture_but_not_the_first_paragraph() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    post = next(text for text in kinds if text.startswith("URGENT:"))
    assert kinds[post] == "boilerplate"
    # A handle in the byline block is the author's: the first paragraph under it stays the text.
    kinds = {line.text: kind for line, kind, _ in label_lines(BYLINE_PAGE)}
    first = next(text for text in kinds if text.startswith("The ferry crews"))
    assert kinds[first] == "body"


CHANNEL = """Corvo Quay Desk
Updates from the Corvo quay
The ferry timetable for the week is posted every Monday at the harbour office and on the council's site.
March 11
⚓ Crews vote to strike over the winter rota
The ferry crews of Corvo voted on Tuesday to stop work for two days next week, their union said.
The union said the new rota would cut the crews' rest time between crossings by a third.
6.2K views   19:40
March 12
⚓ Council calls both sides to talks on Thursday
The island council said it would meet the union and the ferry company on Thursday morning.
"We want the boats to run and the crews to rest," the council's chair told reporters on the quay.
5.9K views   09:15
The traders of the quay say their stalls will stay closed if the crews walk out.
harbourledger.example.com
The Harbour Ledger
Corvo traders brace for a ferry strike
Market stalls may stay empty next week, traders say.
4.8K views   11:02
"""


def test_channel_entries_under_stamps_of_one_format_continue_the_text() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(CHANNEL)}
    assert kinds["⚓ Council calls both sides to talks on Thursday"] == "body"
    council = next(text for text in kinds if text.startswith("The island council"))
    assert kinds[council] == "body"
    assert kinds["5.9K views   09:15"] == "boilerplate"
    assert kinds["Corvo traders brace for a ferry strike"] == "boilerplate"
    assert kinds["Market stalls may stay empty next week, traders say."] == "boilerplate"


def test_entry_stamps_date_entries_between_paragraphs_only() -> None:
    stamps = appended.EntryStamps()
    stamps.note_furniture("May 3, 2021", in_text=False)  # the byline block's stamp
    stamps.note_paragraph()
    assert not stamps.next_entry("May 4, 2021")
    stamps.note_furniture("May 4, 2021", in_text=True)
    stamps.note_paragraph()
    assert stamps.next_entry("May 5, 2021")
    assert not stamps.next_entry("Share")
