"""Printed columns and authors' notes (issue 11, round 12): invented pages."""
# ruff: noqa: E501  (the invented pages keep their paragraphs on one line each, as a scrape saves them)

from __future__ import annotations

from analysis.segmentation import author_notes, label_lines, segment_article


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


COLUMN_PAGE = """THE MARSH GAZETTE
Bypass approved after eight-hour meeting
By ROSA KINGHAM
Councillors in Marshford voted late on
Thursday to approve the eastern bypass,
ending a dispute that has run for
more than a decade in the town.
The council leader said the road
would take heavy lorries out of the
market square within three years of
the work starting next spring.
Residents who oppose the scheme said
they would ask the county to review
the decision before any contract for
the road is signed.
"""


def test_short_column_lines_that_wrap_are_text_not_a_list_of_links():
    kinds = _kinds(COLUMN_PAGE)
    # Six- and seven-word lines carried on in lower case: a printed column, not a box of story titles.
    assert kinds["The council leader said the road"] == "body"
    assert kinds["they would ask the county to review"] == "body"
    assert kinds["Residents who oppose the scheme said"] == "body"


def test_author_note_needs_the_pages_author():
    names = author_notes.author_names(["By Rosa Kingham", "Tomas Ferrell", "Home   Town   Sport"])
    assert names == {"Rosa Kingham", "Tomas Ferrell"}
    assert author_notes.author_note("Rosa Kingham is a former planning officer and a local historian.", names)
    assert author_notes.author_note("Tomas Ferrell writes on transport every other week.", names)
    # The same shape about someone the page does not give as its author is the article's text.
    assert author_notes.author_note("Hugo Brand is the council leader and chairs the committee.", names) is None
    assert author_notes.author_note("Rosa Kingham is a former planning officer.", frozenset()) is None


OPINION_PAGE = """The Marsh Gazette
Opinion
The bypass will not save the market square
By Rosa Kingham
Rosa Kingham is a former planning officer and a local historian.

For thirty years the town has been told that a new road would bring the shoppers back to the square.

I worked on three of the plans that came before this one, and every one of them promised the same thing.

The lorries will go, but the shops that closed will not reopen because of a road.
"""


def test_author_note_under_the_byline_is_boilerplate():
    kinds = _kinds(OPINION_PAGE)
    assert kinds["Rosa Kingham is a former planning officer and a local historian."] == "boilerplate"
    assert kinds["By Rosa Kingham"] == "boilerplate"
    assert kinds["The bypass will not save the market square"] == "headline"
    assert (
        kinds[
            "I worked on three of the plans that came before this one, and every one of them promised the same thing."
        ]
        == "body"
    )


DATELINED_COLUMN = """THE MARSH GAZETTE
TOWN HALL
Bypass approved after eight-hour meeting
Opponents vow to take the decision to the county
By ROSA KINGHAM
MARSHFORD — Town councillors voted late on Thursday
night to approve the eastern bypass,
ending a dispute that has run for
more than a decade in the town.
The council leader said the road
would take heavy lorries out of the
market square within three years of
the work starting next spring.
"""


def test_a_dated_first_paragraph_in_a_printed_column_is_not_a_headline():
    segments = segment_article("invented_column", DATELINED_COLUMN)
    kinds = dict(zip(segments["text"], segments["kind"], strict=True))
    assert kinds["Bypass approved after eight-hour meeting"] == "headline"
    assert kinds["MARSHFORD —"] == "dateline"
    assert kinds["Town councillors voted late on Thursday"] == "body"
