"""Round-6 cleaning rules of issue 11 on invented lines and pages (none copied from the gold pages):
live pages, hard-wrapped reader-view text, alt texts, app prompts and the PTI dateline."""

from __future__ import annotations

from analysis.segmentation import rules, segment_article
from analysis.segmentation.labelling import DATELINE


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules (the last line of a repeated text wins)."""
    frame = segment_article("t1", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


def kinds_in_order(raw: str) -> list[tuple[str, str]]:
    """Return (text, kind) of every segment in page order."""
    frame = segment_article("t1", raw)
    return list(zip(frame["text"], frame["kind"], strict=True))


# An invented live page about a city bus strike: masthead, menu, badge, headline, standfirst, a
# key-events box whose items repeat entry titles, then entries newest first, each opened by a
# time stamp, one with an author line, each closed by sharing tools; then the footer.
LIVE_PAGE = """The Harbour Gazette

News  Sport  Business  Opinion

LIVE

Bus strike live: drivers walk out across Norbury as talks collapse

No buses are running on any city route; the transport authority says talks will resume on Monday

Key events

1h ago

Union rejects last-minute offer

3h ago

Strike begins at dawn

Show key events only

14:10

Union rejects last-minute offer

The drivers' union turned down a revised pay offer shortly after noon and said the strike would go on.

Share

12:45

Ella Brandt

Commuters turn to bicycles

Cycle-hire stations in the centre were empty by eight, and queues formed at the two tram stops.

Share

Sign up to the Morning Briefing, our free daily newsletter

06:00

Strike begins at dawn

The first depots closed at five, and no bus left the garages for the morning rush.

Share

Explore more on these topics

Copyright 2031 Harbour Gazette Ltd
"""


def test_a_bare_time_of_day_or_age_opens_an_entry():
    for line in ("14:10", "16.40 BST", "8:05 a.m. ET", "9:05am", "2h ago", "15m ago", "Pinned"):
        assert rules.entry_stamp(line), line
    # A bare number, a year and a full date stamp are not an entry's stamp.
    for line in ("12", "2031", "Mon 3 Mar 2031 14.10 GMT", "Updated 4 minutes ago"):
        assert rules.entry_stamp(line) is None, line


def test_a_clock_time_before_a_title_is_a_jump_link():
    assert rules.clock_first_title("14:10 Union rejects last-minute offer")
    assert not rules.clock_first_title("14:10 The union said no.")  # a sentence
    assert not rules.clock_first_title("14:10")


def test_a_live_page_keeps_entry_titles_and_drops_stamps_and_the_key_events_box():
    found = kinds_in_order(LIVE_PAGE)
    kind_of = dict(found)
    assert kind_of["Bus strike live: drivers walk out across Norbury as talks collapse"] == "headline"
    assert kind_of["LIVE"] == "boilerplate"
    assert kind_of["14:10"] == kind_of["1h ago"] == "boilerplate"
    titles = [kind for text, kind in found if text == "Union rejects last-minute offer"]
    assert titles == ["duplicate", "body"]  # the key-events copy, then the entry's own title
    assert [kind for text, kind in found if text == "Strike begins at dawn"] == ["duplicate", "body"]
    assert kind_of["Commuters turn to bicycles"] == "body"
    assert kind_of["Ella Brandt"] == "boilerplate"  # the entry's author, between stamp and title
    assert kind_of[
        "No buses are running on any city route; the transport authority says talks will resume on Monday"
    ] == ("body")
    # The entries after the first "Share" are not the footer: the last entry is still text.
    assert kind_of["The first depots closed at five, and no bus left the garages for the morning rush."] == "body"
    assert kind_of["Sign up to the Morning Briefing, our free daily newsletter"] == "boilerplate"


def test_jump_links_with_clock_times_are_boilerplate_on_a_live_page():
    box = "Key events\n\n14:10 Union rejects last-minute offer\n06:00 Strike begins at dawn\n\n"
    raw = LIVE_PAGE.replace(
        "Key events\n\n1h ago\n\nUnion rejects last-minute offer\n\n3h ago\n\nStrike begins at dawn\n\n", box
    )
    found = kinds(raw)
    assert found["14:10 Union rejects last-minute offer"] == "boilerplate"
    assert found["06:00 Strike begins at dawn"] == "boilerplate"
    assert found["Bus strike live: drivers walk out across Norbury as talks collapse"] == "headline"


def test_two_time_stamps_do_not_make_a_live_page():
    raw = (
        "Ferry timetable changes from May\n\n"
        "The harbour board said the first ferry would leave earlier from May, at the request of commuters.\n\n"
        "07:15\n\n"
        "The last ferry will leave later on Fridays, the board added, because of the new night market.\n\n"
        "23:40\n\n"
        "Tickets bought before May remain valid on every crossing until the end of the summer season.\n"
    )
    found = kinds(raw)
    assert found["Ferry timetable changes from May"] == "headline"
    assert found["07:15"] != "body"
    assert "live page" not in " ".join(segment_article("t1", raw)["reason"])


# An invented reader-view page: the first paragraph is hard-wrapped over three lines (the
# dateline on the first), an alt text stands over its caption, a bare "Image" sits in a block
# with a paragraph.
READER_PAGE = """Skip to content
harbourgazette.example
Open in app
Menu
Ferry operator orders two electric ships after fuel costs double

harbourgazette.example
3–4 minutes

Norbury ferries
Passengers board the morning ferry at Norbury pier on Monday. (Photo | Harbour Gazette)

NORBURY, March 3 (HGA) – The city's ferry operator has ordered two battery-powered ships for the
harbour crossing after its fuel bill doubled in a year, the company said on Monday, adding that the
first would enter service in 2033.
The order is worth about 60 million euros, according to the operator's annual report.

Image
Shipyards in three countries bid for the contract, which the operator said it had awarded on price.
Continue reading
"""


def test_a_hard_wrapped_first_paragraph_is_body_and_the_headline_is_above_it():
    found = kinds(READER_PAGE)
    assert found["Ferry operator orders two electric ships after fuel costs double"] == "headline"
    assert found[
        "harbour crossing after its fuel bill doubled in a year, the company said on Monday, adding that the"
    ] == ("body")
    assert found["first would enter service in 2033."] == "body"
    frame = segment_article("t1", READER_PAGE)
    assert frame[frame["kind"] == "dateline"]["text"].tolist() == ["NORBURY, March 3 (HGA) –"]


def test_alt_texts_are_captions_and_a_bare_alt_text_does_not_spread():
    found = kinds(READER_PAGE)
    assert found["Norbury ferries"] == "caption"
    assert found["Passengers board the morning ferry at Norbury pier on Monday. (Photo | Harbour Gazette)"] == "caption"
    assert found["Image"] == "caption"
    line = "Shipyards in three countries bid for the contract, which the operator said it had awarded on price."
    assert found[line] == "body"
    assert found["Open in app"] == "boilerplate"


def test_an_ap_file_photo_caption_is_not_a_dateline():
    raw = (
        "Ferry operator orders two electric ships\n\n"
        "FILE - In this May 4, 2030, file photo, a ferry leaves Norbury pier in heavy rain.\n\n"
        "NORBURY (AP) – The city's ferry operator has ordered two battery-powered ships, it said on Monday.\n\n"
        "The order is worth about 60 million euros, according to the operator's annual report for last year.\n"
    )
    frame = segment_article("t1", raw)
    assert frame[frame["kind"] == "dateline"]["text"].tolist() == ["NORBURY (AP) –"]
    assert (
        dict(zip(frame["text"], frame["kind"], strict=True))[
            "FILE - In this May 4, 2030, file photo, a ferry leaves Norbury pier in heavy rain."
        ]
        == "caption"
    )


def test_the_pti_dateline_has_no_separator():
    found = rules.dateline_prefix("Chennai, Mar 3 (PTI) The state ferry service will add two routes.", DATELINE)
    assert found is not None and found[0].strip() == "Chennai, Mar 3 (PTI)"
    # Without the agency in parentheses a title-case place and date are the sentence's own words.
    assert rules.dateline_prefix("Chennai, Mar 3 was the busiest day of the year.", DATELINE) is None


def test_an_agency_credit_note_and_live_controls_are_boilerplate():
    raw = (
        "Ferry operator orders two electric ships\n\n"
        "Refresh this page for the latest updates\n\n"
        "The city's ferry operator has ordered two battery-powered ships for the harbour crossing, it said.\n\n"
        "The order is worth about 60 million euros, according to the operator's annual report for last year.\n\n"
        "(With inputs from agencies)\n"
    )
    found = kinds(raw)
    assert found["(With inputs from agencies)"] == "boilerplate"
    assert found["Refresh this page for the latest updates"] == "boilerplate"
