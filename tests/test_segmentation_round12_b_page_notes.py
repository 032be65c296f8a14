"""Notes about the page and calendar strips (issue 11, round 12): invented lines and pages."""
# ruff: noqa: E501  (the invented page keeps its paragraphs on one line each, as a scrape saves them)

from __future__ import annotations

from analysis.segmentation import label_lines, page_notes


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_dated_row_is_a_folio_not_a_menu():
    assert page_notes.dated_row("7 | THE MARSH GAZETTE | Friday, March 12, 2021")
    assert page_notes.dated_row("SATURDAY, 3 APRIL 2021 • 90p • marshgazette.com")
    assert page_notes.dated_row("Home | Town | Sport | Weather") is None
    # A date alone is a stamp for the other rules, not a row.
    assert page_notes.dated_row("Friday, March 12, 2021") is None


def test_page_index_needs_two_page_references():
    assert page_notes.page_index("Letters C2 | Puzzles D5 | Television D8")
    assert page_notes.page_index("Continued on Page C2") is None


def test_labelled_note_reads_words_not_kickers_or_titles():
    assert page_notes.labelled_note("Archive: regional papers of the north, weekly sweep")
    assert page_notes.labelled_note("ELECTION: results from every ward") is None
    assert page_notes.labelled_note('Thread: Mayor says "no deal" on the bypass') is None
    assert page_notes.labelled_note("Trending: Bypass   Floods   Budget") is None


def test_statement_note_needs_a_figure_or_an_ellipsis():
    assert page_notes.statement_note("Stored 9 times between June 2, 2020 and May 1, 2023.")
    assert page_notes.statement_note("Please wait…")
    assert page_notes.statement_note("Local. Honest. Yours.") is None
    assert page_notes.statement_note("Home   Sport   More...") is None


def test_calendar_strip():
    assert page_notes.calendar_strip("‹   12   ›")
    assert page_notes.calendar_strip("2019   2020   2021")
    assert not page_notes.calendar_strip("12:30")
    assert not page_notes.calendar_strip("Page 4")


PAGE = """Mirrorbox Archive
https://marshgazette.example/town/2021/03/12/bypass-vote
Stored 9 times between March 12, 2021 and May 1, 2023.
FEB   MAR   APR
‹   12   ›
2020   2021   2022
Archive: regional papers of the north, weekly sweep
The Marsh Gazette
Home   Town   Sport   Weather
Councillors back bypass plan after eight-hour meeting

Councillors in Marshford voted on Thursday night to approve the long-delayed eastern bypass, ending a dispute that has run for more than a decade.

The council leader said the road would take heavy lorries out of the market square within three years of work starting.

Residents who oppose the scheme said they would ask the county to review the decision before any contract is signed.
"""


def test_archive_toolbar_on_an_invented_page():
    kinds = _kinds(PAGE)
    assert kinds["Stored 9 times between March 12, 2021 and May 1, 2023."] == "boilerplate"
    assert kinds["Archive: regional papers of the north, weekly sweep"] == "boilerplate"
    assert kinds["‹   12   ›"] == "navigation"
    assert kinds["2020   2021   2022"] == "navigation"
    assert kinds["Home   Town   Sport   Weather"] == "navigation"
    assert kinds["Councillors back bypass plan after eight-hour meeting"] == "headline"


REPORT_PAGE = """Mapping the bypass route from space
By Rosa Kingham

Satellite images taken over three years show the eastern bypass route cutting across two wetlands that the council's plan does not mention.

Figure 2: The planned route (red) over the wetlands east of Marshford, from images of April 2021.

The council said the wetlands would be protected by a culvert, but the plan's drawings show none at either crossing.

Our analysis covers every image of the area taken between 2018 and 2021 by two public satellites.

Sources
¹ Council planning register, application 21/0443, drawings 3 to 7.
² Public satellite imagery, April 2018 to April 2021, our classification.
"""


def test_figure_caption_footnotes_and_their_heading_on_an_invented_page():
    kinds = _kinds(REPORT_PAGE)
    assert (
        kinds["Figure 2: The planned route (red) over the wetlands east of Marshford, from images of April 2021."]
        == "caption"
    )
    assert kinds["Sources"] == "boilerplate"
    assert kinds["¹ Council planning register, application 21/0443, drawings 3 to 7."] == "boilerplate"
    assert kinds["² Public satellite imagery, April 2018 to April 2021, our classification."] == "boilerplate"
    assert (
        kinds["Our analysis covers every image of the area taken between 2018 and 2021 by two public satellites."]
        == "body"
    )


def test_copyright_credit_after_a_caption_without_a_full_stop():
    from analysis.segmentation.labelling import _pattern_match

    assert _pattern_match("The mayor at the opening of the new depot © Marsh Gazette / Ian Holt", "caption")
    assert _pattern_match("Copyright © Marsh Gazette / Holt Media", "caption") is None


def test_dated_correction_note_is_boilerplate_but_a_sentence_about_corrections_is_not():
    from analysis.segmentation.labelling import _pattern_match

    assert _pattern_match(
        "Correction, 2 April 2021: An earlier version of this report gave the wrong ward.", "boilerplate"
    )
    assert _pattern_match("Correction (April 2, 2021): This report first named the wrong ward.", "boilerplate")
    assert (
        _pattern_match("Correction officers at the county jail said on Monday they would strike.", "boilerplate")
        is None
    )
