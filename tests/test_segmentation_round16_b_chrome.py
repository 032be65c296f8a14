"""Site chrome sorted by what it does (issue 11, round 16): a wiki skin's boxes, site tools anywhere, furniture
read as chrome (timetables, event notices, series numbers, consent banners, donation appeals), source credits,
support appeals and closing author's notes. Every line below is invented."""

import time

from analysis.segmentation import page_notes, prompts, rules, site_tools, wiki_chrome
from analysis.segmentation.labelling import _pattern_match, label_lines

WIKI_PAGE = """Jump to navigation
Jump to search
Harbourpedia News
Navigation
Main page
Recent changes
Latest stories
Contact us
Donate
Tools
What links here
Printable version
Permanent link
Languages
Svenska
Norsk bokmål
Contents
hide
1 Vote
2 Reaction
Toggle the table of contents
Article   Discussion
Read   Edit   View history
Last edited 2 days ago by Tidebot
Ferry crews in Lindholm vote to strike over winter timetable

From Harbourpedia News, the open harbour news site
Wednesday, March 6, 2024
Map of the Lindholm ferry routes with the three piers marked.

Ferry crews at Lindholm voted on Tuesday to strike for two days next week after the operator cut winter sailings.[1]

The crews' union said the new timetable left too few staff on the night boats and would put passengers at risk.[2]

Vote[edit]

Of the 212 crew members balloted, 187 backed the walkout, the union said in a statement on Tuesday evening.[1]

"We did not want this, but the company has left us no choice."[2]

Sources[edit]
"Ferry crews back walkout" — Lindholm Tidings, March 5, 2024
Categories: Ferries | Lindholm | Labour disputes
Content is available under CC BY 4.0 unless otherwise noted.
Privacy policy   About Harbourpedia News   Disclaimers
"""


def kinds_of(page: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(page)}


def test_a_wiki_page_is_known_by_two_marks_of_its_own_chrome() -> None:
    assert wiki_chrome.is_wiki_page(["Ferry crews vote", "What links here", "Vote[edit]"])
    assert not wiki_chrome.is_wiki_page(["Home   World   Business", "Search", "Help"])
    assert not wiki_chrome.is_wiki_page(["Printable version", "A story about ferries."])


def test_a_row_of_wiki_tabs_is_one_role() -> None:
    assert wiki_chrome.role_of("Read   Edit   View history") == "article"
    assert wiki_chrome.role_of("Search Harbourpedia") == "site"
    assert wiki_chrome.role_of("Main page") == "site"
    assert wiki_chrome.role_of("Read the full report") is None


def test_wiki_site_sections_and_tools_are_navigation() -> None:
    kinds = kinds_of(WIKI_PAGE)
    for text in ("Jump to navigation", "Navigation", "Main page", "Recent changes", "Latest stories", "Contact us"):
        assert kinds[text] == "navigation", text
    assert kinds["From Harbourpedia News, the open harbour news site"] == "navigation"


def test_wiki_article_tools_languages_contents_and_categories_are_boilerplate() -> None:
    kinds = kinds_of(WIKI_PAGE)
    for text in (
        "Tools",
        "What links here",
        "Printable version",
        "Languages",
        "Svenska",
        "Norsk bokmål",
        "Contents",
        "hide",
        "1 Vote",
        "2 Reaction",
        "Toggle the table of contents",
        "Read   Edit   View history",
        "Last edited 2 days ago by Tidebot",
        "Sources[edit]",
        "Categories: Ferries | Lindholm | Labour disputes",
        "Content is available under CC BY 4.0 unless otherwise noted.",
    ):
        assert kinds[text] == "boilerplate", text


def test_wiki_text_keeps_its_edit_heads_and_footnoted_sentences() -> None:
    kinds = kinds_of(WIKI_PAGE)
    assert kinds["Ferry crews in Lindholm vote to strike over winter timetable"] == "headline"
    assert kinds["Vote[edit]"] == "body"
    assert kinds['"We did not want this, but the company has left us no choice."[2]'] == "body"
    assert kinds["Map of the Lindholm ferry routes with the three piers marked."] == "caption"


def test_a_wiki_language_list_stops_at_the_next_box() -> None:
    texts = ["Languages", "Suomi", "Dansk", "Tools", "What links here"]
    found = wiki_chrome.box_kinds(texts)
    assert sorted(found) == [1, 2]


def test_a_wiki_navigation_box_leaves_donate_to_its_position() -> None:
    found = wiki_chrome.box_kinds(["Navigation", "Main page", "Donate", "Help"])
    assert sorted(found) == [1, 3]


def test_site_tools_are_navigation_wherever() -> None:
    assert site_tools.site_tool("Search The Lindholm Tidings...")
    assert site_tools.site_tool("🔍 Search…")
    assert site_tools.site_tool("Search Archive by year   by section")
    assert site_tools.site_tool("☰")
    assert site_tools.site_tool("Jump to")
    assert site_tools.site_tool("Back to top")
    assert site_tools.site_tool("Search this thread…") is None
    assert site_tools.site_tool("Search Terms: ferry AND strike") is None


def test_site_tools_below_the_footer_stay_navigation() -> None:
    page = """Lindholm Tidings
Ferry crews vote to strike over the new winter timetable

Ferry crews at Lindholm voted on Tuesday to strike for two days next week after the operator cut sailings.

The union said the new timetable left too few staff on the night boats and put passengers at risk.

© 2024 Lindholm Tidings. All rights reserved.
Search The Lindholm Tidings...
Back to top
"""
    kinds = kinds_of(page)
    assert kinds["Search The Lindholm Tidings..."] == "navigation"
    assert kinds["Back to top"] == "navigation"


def test_timetables_and_event_notices_are_furniture() -> None:
    assert page_notes.timetable("Lindholm · Fajr 4:10 · Zuhr 13:02 · Asr 16:48 · Maghrib 19:55")
    assert page_notes.timetable("19:00 Quiz | 19:30 Weather | 20:00 Film")
    assert page_notes.timetable("Ferries leave at 7:10, 8:40 and 10:15.") is None
    assert page_notes.event_notice("Harbour clean-up day — Sunday 12 May, meet at the old pier. Sign up here →")
    assert page_notes.event_notice("Wednesday, March 6, 2024") is None
    assert page_notes.event_notice("Home   News   Sport   Weather   Events") is None


def test_series_numbers_consent_banners_and_appeals_are_furniture() -> None:
    assert page_notes.series_number("412th Sitting (PM)")
    assert page_notes.series_number("Ep. 57")
    assert page_notes.series_number("Day 40 of the ferry strike")
    assert page_notes.series_number("Day one of the talks began with a walkout by both sides of the table") is None
    assert page_notes.consent_notice("This site stores cookies to remember your settings. Accept")
    assert page_notes.consent_notice("Privacy   Cookies   Terms") is None
    assert page_notes.donation_appeal("Lindholm Storm Fund: Donate Now")
    assert page_notes.donation_appeal("Donate") is None
    assert page_notes.donation_appeal("Home   Ferries   Weather   Donate") is None


def test_furniture_read_as_chrome_is_boilerplate() -> None:
    page = """Lindholm Tidings
Home   Ferries   Weather   Port
Ep. 57
Harbour clean-up day — Sunday 12 May, meet at the old pier. Sign up here →
Ferry crews vote to strike over the new winter timetable

Ferry crews at Lindholm voted on Tuesday to strike for two days next week after the operator cut sailings.

The union said the new timetable left too few staff on the night boats and put passengers at risk.
"""
    kinds = kinds_of(page)
    assert kinds["Ep. 57"] == "boilerplate"
    assert kinds["Harbour clean-up day — Sunday 12 May, meet at the old pier. Sign up here →"] == "boilerplate"
    assert kinds["Home   Ferries   Weather   Port"] == "navigation"


def test_source_credits_and_support_appeals_are_not_text() -> None:
    assert page_notes.source_credit("Source: Lindholm News Agency / edited by our desk")
    assert page_notes.source_credit("Source: the union said the ballot closed on Monday.") is None
    assert prompts.support_appeal("Support independent island journalism. Every krona keeps us afloat.")
    assert prompts.support_appeal("Support The Tidings: subscribe from 20 kr a month.")
    assert prompts.support_appeal("Liked this? Our ferry tracker costs money to run.")
    assert prompts.support_appeal("Support for the strike grew on Tuesday among office staff.") is None


def test_an_author_note_after_the_last_paragraph_is_furniture() -> None:
    texts = ["Ferry crews voted to strike on Tuesday after the cut.", "Ola Strand is a staff writer at the Tidings."]
    assert page_notes.closing_author_notes(texts, ["body", "body"]) == [1]
    texts = ["Ola Strand is a staff writer at the Tidings.", "The crews voted to strike on Tuesday after the cut."]
    assert page_notes.closing_author_notes(texts, ["body", "body"]) == []


def test_arrows_in_a_rate_ticker_do_not_count_as_words() -> None:
    assert rules.data_line("EUR/SEK 11.42 ▲   EUR/NOK 11.63 ▼   USD/SEK 10.51 ▲")


def test_captions_and_licence_lines_by_pattern() -> None:
    assert _pattern_match("Ferries at the old pier in winter. Image: Harbour Archive.", "caption")
    assert _pattern_match("Map of Lindholm with the ferry routes marked.", "caption")
    assert _pattern_match("Text is available under the Open Harbour Licence.", "boilerplate")


def test_wiki_chrome_stays_linear_in_the_page() -> None:
    def seconds(n: int) -> float:
        lines = ["Navigation", *[f"Item {chr(97 + i % 26)}" for i in range(n)], "Languages"]
        lines += ["Svenska"] * n + ["Contents", *[f"{i} Part" for i in range(n)], "Vote[edit]", "Help[edit]"]
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            wiki_chrome.wiki_kinds(lines, ["navigation"] * len(lines), None)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    assert seconds(8000) <= 3.0 * seconds(4000) + 0.02


def test_a_run_of_three_short_fields_is_a_fact_box() -> None:
    from analysis.segmentation import metadata_block

    texts = ["Lindholm storm 2024", "Date: 3–5 March", "Injured: 14 (Coastguard, March 6)", "Ferries cancelled: 212"]
    assert metadata_block.field_runs(texts) == [1, 2, 3]
    # Two fields are a question and its answer, or a claim and its rating; a field that ends a sentence is text.
    assert metadata_block.field_runs(["Claim: Ferries will stop for good", "Rating: False"]) == []
    assert not metadata_block.fact_field("Claim: The operator will stop all ferries next year.")
    assert not metadata_block.fact_field("FERRIES: ALL SAILINGS CANCELLED")


MOBILE_WIKI_PAGE = """Harbourpedia News
Open main menu
Lindholm storm: ferries cancelled for a third day as crews clear the piers
Last edited 5 hours ago by Tidebot
Lindholm storm 2024
Date: 3–5 March
Injured: 14 (Coastguard, March 6)
Ferries cancelled: 212
Related news
Harbour pilots refuse night shifts after pier damage
Ferry operator cuts winter timetable on island routes
The storm that struck Lindholm on Sunday has kept all ferries in port for a third day, the operator said on Tuesday.[1]
Crews worked through the night to clear debris from the three piers, and the coastguard said two were safe to use.[2]
Reaction[edit]
Islanders say the closure has left shops short of bread and milk, and the council has opened a depot at the school.[3]
Sources[edit]
"Ferries stay in port" — Lindholm Tidings, March 5, 2024
"""


def test_a_mobile_wiki_headline_stands_over_its_fact_box_and_teasers() -> None:
    kinds = kinds_of(MOBILE_WIKI_PAGE)
    assert kinds["Lindholm storm: ferries cancelled for a third day as crews clear the piers"] == "headline"
    assert kinds["Last edited 5 hours ago by Tidebot"] == "boilerplate"
    assert kinds["Injured: 14 (Coastguard, March 6)"] == "boilerplate"
    assert kinds["Harbour pilots refuse night shifts after pier damage"] != "headline"
    assert kinds["Reaction[edit]"] == "body"


NOTE = (
    "Editor's note: Ferry crews at Lindholm have voted to strike over the winter timetable. We republish the"
    " agency's report on the strike vote because many of our readers work on the ferries."
)
REPUBLISHED = f"""Lindholm Community News
Ferry crews vote to strike over the new winter timetable
Source: Harbour News Agency (HNA) / edited by our desk
Lindholm Desk · 6 March 2024

{NOTE}

LINDHOLM, March 5 (HNA) – Ferry crews at Lindholm voted on Tuesday to strike for two days next week, their union said.
The operator said it would run a reduced timetable until the end of the strike on Saturday.
"""


def test_an_agency_dateline_opens_the_copy_under_an_editors_note() -> None:
    from analysis.segmentation import segment_article

    segments = segment_article("r", REPUBLISHED)
    assert segments[segments["kind"] == "dateline"]["text"].tolist() == ["LINDHOLM, March 5 (HNA) –"]
    credit = segments[segments["text"] == "Source: Harbour News Agency (HNA) / edited by our desk"]
    assert credit["kind"].tolist() == ["boilerplate"]


def test_a_font_size_control_is_an_article_tool() -> None:
    assert site_tools.font_size_row("Text size   A   A+   Print")
    assert site_tools.font_size_row("【Larger  Smaller】")
    assert site_tools.font_size_row("Home   Ferries   Weather") is None
    assert site_tools.font_size_row("Small boats   Large ferries") is None


def test_an_editors_note_about_the_story_is_text_and_a_version_note_is_not() -> None:
    assert page_notes.story_note("Editor's note: The Tidings could not verify the operator's figures on staffing.")
    assert page_notes.story_note("Editor’s note: Many of our readers crew the island ferries.")
    assert not page_notes.story_note("Editor's note: This story was updated at 9 p.m. with the union's reply.")
    assert not page_notes.story_note("Editor's note: Ola Strand is a senior fellow at the Harbour Institute.")
    assert not page_notes.story_note("Ferry crews voted to strike on Tuesday.")


def test_a_line_of_separators_has_no_wiki_role() -> None:
    assert wiki_chrome.role_of("|") is None
    assert wiki_chrome.role_of("Article   Language   Watch") == "article"


def test_a_dated_teaser_is_not_text() -> None:
    assert page_notes.dated_teaser("12 February 2024: Island ferries cut winter sailings")
    assert page_notes.dated_teaser("March 1, 2024 – Pilots refuse night shifts")
    assert page_notes.dated_teaser("12 February 2024: the operator cut winter sailings by a third.") is None
