"""Pages re-rendered for another medium (issue 11, round 17): print views, text-only and lite editions. Print
tools and stamps, page breaks inside a paragraph, picture placeholders, edition switches, lists of sources, byline
rows and a story glued below the sources. Every line below is invented."""

import time

from analysis.segmentation import print_views
from analysis.segmentation.labelling import label_lines

PRINT_PAGE = """Lakeside Courier - Print
https://www.lakesidecourier.example/towns/2031/04/02/ferry-timetable-cut
Printed: 02/04/2031 08:15
Print this article   Close window

LAKESIDE COURIER

Ferry operator cuts winter timetable on the north shore

By Anna Brook and Tom Reed | 2 April 2031 | 07:40 | 3 min read

[image]
Passengers wait at the north pier on Monday. Photograph: Tom Reed/Lakeside Images [1]

NORTHPORT - The ferry operator serving the north shore will run four crossings a day from May, the company said.

Its managing director, Clara Holt, said fuel costs had risen by a third since the autumn and that the smaller boats
Page 1 of 2
Lakeside Courier - Print
could not be kept in service without a subsidy from the county.

Residents said the cuts would leave commuters without a late crossing on weekdays.

"We were not asked about any of this," said Paul Minter, who chairs the residents' association.

The county council will discuss the timetable at its meeting next week.

© 2031 Lakeside Courier. All rights reserved.
This article was printed from www.lakesidecourier.example on 02/04/2031 at 08:15
Page 2 of 2
"""

LITE_PAGE = """LAKESIDE COURIER | Text-only version
← Back to top stories
Ferry operator cuts winter timetable on the north shore
By Anna Brook, Lakeside Courier
Updated 09:10, 2 April 2031
NORTHPORT - The ferry operator serving the north shore will run four crossings a day instead of six from May.
The company said fuel costs had risen by a third since the autumn.
(Photo omitted)
Residents said the cuts would leave commuters without a late crossing on weekdays.
The county council will discuss the timetable at its meeting next week.
Sources: Northport Ferry Company; County Council; Courier reporting.
Firefighters in Eastvale put out a blaze at a boat shed on Monday evening, the fire service said.
Nobody was injured.
← Back to top stories
Go to full site
Privacy | Terms | Contact
"""


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_print_tools_rows_and_running_headers() -> None:
    assert print_views.print_tool_row("Print this page   Close window")
    assert print_views.print_tool_row("Print | Close this window")
    assert print_views.print_tool_row("Printer-friendly version   |   Back to article")
    assert print_views.print_tool_row("Lakeside Courier - Print")
    # A row of sharing tools has more than one item that is no print tool; a headline has no print tool.
    assert not print_views.print_tool_row("Print   Email   Share")
    assert not print_views.print_tool_row("Ferry operator cuts winter timetable")
    assert not print_views.print_tool_row("Residents say the ferry must close - and print their own leaflets")


def test_print_stamps() -> None:
    assert print_views.print_stamp("Printed from lakesidecourier.example")
    assert print_views.print_stamp("Printed: 02/04/2031 08:15")
    assert print_views.print_stamp("Printed on 02-04-2031 08:15")
    assert print_views.print_stamp("This article was printed from https://lakesidecourier.example/x on 02/04/2031")
    assert not print_views.print_stamp("Printers in Northport said paper prices had doubled.")
    assert not print_views.print_stamp("Printed leaflets were handed out at the pier.")


def test_edition_switches_and_placeholders() -> None:
    assert print_views.edition_switch_row("← Back to top stories")
    assert print_views.edition_switch_row("Go to full site | Text-only version")
    assert print_views.edition_switch_row("LAKESIDE COURIER · TEXT ONLY")
    assert not print_views.edition_switch_row("Top stories")
    assert not print_views.edition_switch_row("Lakeside Courier | Text-only version | Weather")
    assert print_views.picture_placeholder("[image]")
    assert print_views.picture_placeholder("[Image: Passengers at the north pier]")
    assert print_views.picture_placeholder("(Photo omitted)")
    assert not print_views.picture_placeholder("(Photo finish)")
    assert not print_views.picture_placeholder("[Editor's note: corrected]")


def test_sources_lines_and_byline_rows() -> None:
    assert print_views.sources_line("Sources: Northport Ferry Company; County Council; Courier reporting.")
    assert print_views.sources_line("Source: Northport Ferry Company")
    assert not print_views.sources_line("Sources: the company said the boats were too old. It gave no figures.")
    assert print_views.byline_row("By Anna Brook and Tom Reed | 2 April 2031 | 07:40 | 3 min read")
    assert not print_views.byline_row("By Anna Brook | Ferries | Towns")
    assert not print_views.byline_row("By the time the boat came | 40 people | had waited an hour.")


def test_a_page_break_inside_a_paragraph() -> None:
    texts = [
        "Its director said fuel costs had risen and that the smaller boats",
        "Page 1 of 2",
        "Lakeside Courier - Print",
        "could not be kept in service without a subsidy.",
        "Page 2 of 2",
    ]
    assert print_views.page_breaks(texts) == [print_views.PageBreak(0, (1, 2), 3)]
    assert print_views.break_furniture(texts) == frozenset({1, 2})
    # A break between two paragraphs cuts none; nor does the last page's number.
    assert print_views.page_breaks(["The boats are old.", "Page 1 of 2", "Residents said so."]) == []
    assert print_views.page_breaks(["The boats are old and the", "Page 2 of 2", "company knows it."]) == []


def test_a_print_view_is_labelled() -> None:
    kinds = _kinds(PRINT_PAGE)
    for line in (
        "Lakeside Courier - Print",
        "https://www.lakesidecourier.example/towns/2031/04/02/ferry-timetable-cut",
        "Printed: 02/04/2031 08:15",
        "Print this article   Close window",
        "By Anna Brook and Tom Reed | 2 April 2031 | 07:40 | 3 min read",
        "Page 1 of 2",
    ):
        assert kinds[line] == "boilerplate", line
    assert kinds["[image]"] == "caption"
    assert kinds["Passengers wait at the north pier on Monday. Photograph: Tom Reed/Lakeside Images [1]"] == "caption"
    assert kinds["could not be kept in service without a subsidy from the county."] == "body"
    cut = (
        "Its managing director, Clara Holt, said fuel costs had risen by a third since the autumn and that the smaller"
    )
    cut += " boats"
    assert kinds[cut] == "body"


def test_a_lite_edition_is_labelled() -> None:
    kinds = _kinds(LITE_PAGE)
    assert kinds["LAKESIDE COURIER | Text-only version"] == "navigation"
    assert kinds["Go to full site"] == "navigation"
    assert kinds["(Photo omitted)"] == "caption"
    assert kinds["Sources: Northport Ferry Company; County Council; Courier reporting."] == "boilerplate"
    assert kinds["Nobody was injured."] == "appended"
    assert kinds["The county council will discuss the timetable at its meeting next week."] == "body"


def test_glued_story_needs_furniture_only_after_it() -> None:
    texts = ["Sources: A; B.", "Fire in Eastvale.", "More text of the article.", "Privacy"]
    assert print_views.glued_story(texts, ["boilerplate", "body", "body", "boilerplate"]) == [1, 2]
    # Text after a later heading means the sources line heads a section, not the page's end.
    assert print_views.glued_story(texts, ["boilerplate", "body", "headline", "body"]) == []


def test_print_view_rules_stay_linear_in_the_page() -> None:
    def seconds(n: int) -> float:
        # A page of wrapped columns where every line could open a story and none is closed.
        columns = ["Headline of the page", *[f"Ferry crossings cut again on line {i} of the" for i in range(5 * n)]]
        column_kinds = ["headline"] + ["body"] * (len(columns) - 1)
        # Lists of sources each followed by text, with more text at the page's end: no story is glued.
        sources = ["Sources: A; B.", "Text of the article goes on here."] * n
        source_kinds = ["boilerplate", "body"] * n
        lines = []
        for i in range(n):
            lines += [f"Paragraph {i} of the story runs on and on about the ferry and the", "Page 1 of 2"]
            lines += ["Lakeside Courier - Print", "county council.", "[image]", "Go to full site", "Sources: A; B."]
        best = float("inf")
        for _ in range(3):
            start = time.process_time()
            print_views.page_breaks(lines)
            print_views.printed_next_stories(columns, column_kinds)
            print_views.glued_story(sources, source_kinds)
            labels = {i: ("body", "") for i in range(len(lines))}
            print_views.relabel([_Line(text) for text in lines], labels, lambda text: False)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    assert seconds(4000) <= 3.0 * seconds(2000) + 0.02


class _Line:
    def __init__(self, text: str) -> None:
        self.text = text


PRINTED_PAGE = """THE NORTHPORT GAZETTE
Ferry cuts anger north shore commuters
By ANNA BROOK
NORTHPORT — The ferry operator serving the north
shore will run four crossings a day instead of six
from May, the company said Tuesday, blaming the
rising cost of fuel and an ageing fleet.
Residents said the cuts would leave commuters
without a late crossing on weekdays and that the
county had not consulted them at all.
Hospital move delayed
The county council will now discuss the
timetable at its meeting next week, officials
said on Wednesday evening.
Continued on Page A4
Library to open on Sundays
By TOM REED
EASTVALE — The town library will open on
Sunday afternoons from June, the council
See LIBRARY, Page A3
"""


def test_a_printed_page_s_other_story_is_appended() -> None:
    kinds = _kinds(PRINTED_PAGE)
    for line in ("Library to open on Sundays", "EASTVALE — The town library will open on"):
        assert kinds[line] == "appended", line
    assert kinds["Sunday afternoons from June, the council"] == "appended"
    # A crosshead between two paragraphs of the page's own story opens no other story.
    assert kinds["Hospital move delayed"] != "appended"
    assert kinds["timetable at its meeting next week, officials"] == "body"


def test_wrapped_columns_need_short_open_lines() -> None:
    short = ["The ferry operator serving the", "north shore will run four"] * 8
    assert print_views.wrapped_columns(short, ["body"] * len(short))
    paragraphs = ["The ferry operator serving the north shore will run four crossings a day from May."] * 16
    assert not print_views.wrapped_columns(paragraphs, ["body"] * len(paragraphs))


def test_bullet_rows_are_furniture() -> None:
    assert print_views.bullet_row("HARBOUR TYRES • Winter sale now on • Fitted while you wait • Tel 555 0199")
    assert not print_views.bullet_row("The ferry • the bus")
    assert not print_views.bullet_row("Fares rose again. • Commuters complained. • The council said nothing.")


def test_an_embedded_clip_with_its_running_time_is_a_caption() -> None:
    assert print_views.embedded_clip("VIDEO: Crews clear the line after the storm", "2:05")
    assert print_views.embedded_clip("Watch | Ferries return to the north pier (0:47)", "")
    # A teaser for another page carries no running time; a title without a clip label is not a clip's.
    assert not print_views.embedded_clip("Video: Crews clear the line after the storm", "Most read")
    assert not print_views.embedded_clip("Crews clear the line after the storm", "2:05")
    assert not print_views.embedded_clip("Update: the line is open again", "2:05")


def test_jump_lines() -> None:
    assert print_views.jump_row("Continued on Page B4")
    assert print_views.jump_row("See FERRY, Page A2")
    assert print_views.jump_row("TOWNS | From Page A1")
    assert not print_views.jump_row("The council will vote on page three of the plan next week.")
