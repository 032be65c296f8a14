"""Appeals to the reader below the text (issue 11, round 12): invented lines and a page."""
# ruff: noqa: E501  (the invented page keeps its paragraphs on one line each, as a scrape saves them)

from __future__ import annotations

from analysis.segmentation import label_lines, prompts


def test_reader_appeal_needs_the_readers_side():
    assert prompts.reader_appeal("We run on readers' money. Support us from €3 a month.")
    assert prompts.reader_appeal("Sign up for The Marsh Weekly, every Saturday.")
    assert prompts.reader_appeal("Join our members' scheme and read every report first.")
    # A quotation opens with its mark; a sentence of the article does not address the reader.
    assert prompts.reader_appeal('"Help us," the mayor told the crowd, "or the square dies."') is None
    assert prompts.reader_appeal("Volunteers signed up in their hundreds to help the council.") is None


PAGE = """Wetland survey finds rare orchids on bypass route
By Rosa Kingham

Surveyors working for the county found two colonies of a rare marsh orchid on the planned route of the eastern bypass last month, according to a report published on Friday.

The council said it would ask its engineers whether the road could be moved fifty metres to the north.

Campaigners said the find showed the route had never been properly surveyed.

This report is free to read. Support us with a monthly gift so it stays that way.
Sign up for The Marsh Weekly: the week's town news every Saturday.
"""


def test_appeals_below_an_invented_article_are_boilerplate():
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["This report is free to read. Support us with a monthly gift so it stays that way."] == "boilerplate"
    assert kinds["Sign up for The Marsh Weekly: the week's town news every Saturday."] == "boilerplate"
    assert kinds["Campaigners said the find showed the route had never been properly surveyed."] == "body"
