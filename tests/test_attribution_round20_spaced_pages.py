"""Round 20 (issue 11, blank20): on a hard-wrapped page saved with one blank line after every line, the text
layer and the attribution extractor read a paragraph across the blank lines as on the page printed without them
(:func:`analysis.segmentation.layout_facts.reading_text`). All text is invented."""

from __future__ import annotations

from analysis import sourcing
from analysis.segmentation import layout_facts
from analysis.text import text_records
from conftest import make_study

# A hard-wrapped bulletin: a quotation, its cue and a reported sentence each broken over lines at a width.
WRAPPED_LINES = [
    "Ferry timetable to change in May",
    "By Tamsin Wrell",
    "The operator of the island ferries said on Tuesday that the",
    "crossings to Pellory would run every two hours from May, and",
    "that the evening boat would be moved back by half an hour.",
    '"We have listened to the islanders and the new timetable',
    'gives them a later boat home," its manager, Cato Imbry, told',
    "a meeting in the harbour hall. The change was welcomed by the",
    "island council, which had asked for it for three years.",
]


def _plain(lines: list[str], end: str = "\n") -> str:
    return end.join(lines) + end


def _spaced(lines: list[str], end: str = "\n") -> str:
    return (end + end).join(lines) + end


def _body(raw: str) -> list[tuple[int, int, int]]:
    """Return one body segment per non-blank line (its text without white space), as the labelling gives."""
    segments, start = [], 0
    for line in raw.split("\n"):
        if line.strip():
            begin = start + len(line) - len(line.lstrip())
            segments.append((len(segments), begin, begin + len(line.strip())))
        start += len(line) + 1
    return segments


def test_reading_text_writes_a_wrapped_spaced_pages_blank_lines_as_spaces() -> None:
    spaced = _spaced(WRAPPED_LINES)
    reading = layout_facts.reading_text(spaced)
    assert len(reading) == len(spaced)
    assert reading.split() == spaced.split()
    assert reading == _plain([line + " " for line in WRAPPED_LINES[:-1]] + WRAPPED_LINES[-1:])
    # Line ends CR LF: the first line end of each pair, CR included, becomes spaces.
    crlf = _spaced(WRAPPED_LINES, "\r\n")
    assert layout_facts.reading_text(crlf) == _plain(
        [line + "  " for line in WRAPPED_LINES[:-1]] + WRAPPED_LINES[-1:], "\r\n"
    )


def test_reading_text_keeps_pages_whose_blank_lines_set_paragraphs_apart() -> None:
    # The page as printed, with its paragraphs apart: no blank line is rewritten.
    plain = _plain(WRAPPED_LINES[:2]) + "\n" + _plain(WRAPPED_LINES[2:5]) + "\n" + _plain(WRAPPED_LINES[5:])
    assert layout_facts.reading_text(plain) == plain
    assert layout_facts.reading_text(_spaced(WRAPPED_LINES[:3])) == _spaced(WRAPPED_LINES[:3])  # too few lines


def test_paragraphs_spaced_one_by_one_keep_their_blank_lines_unless_a_sentence_goes_on() -> None:
    """A paragraph per line, each followed by one blank line (ordinary stored text, not hard-wrapped): a blank
    line is read as a line break only where the words show the sentence going on over it."""
    paragraphs = [
        "Ferry Operator Says Crossings Will Run Every Two Hours From May to the End of the Season",
        "The island council welcomed the change on Wednesday.",
        "Its chair said the later boat was",
        '"what the islanders wanted", and that',
        "fares would stay the same.",
    ]
    raw = _spaced(paragraphs)
    reading = layout_facts.reading_text(raw)
    assert len(reading) == len(raw)
    # A title ending on a word and a paragraph ending its sentence keep their blank lines.
    assert reading.startswith(_spaced(paragraphs[:3]).removesuffix("\n"))
    # The lines after them go on in lower case (after the quotation mark): their blank lines become line breaks.
    assert reading.endswith(paragraphs[2] + " \n" + paragraphs[3] + " \n" + paragraphs[4] + "\n")
    records = text_records("a", raw, _body(raw))
    assert [row[5].split() for row in records["sentences"]] == [
        paragraphs[0].split(),
        paragraphs[1].split(),
        " ".join(paragraphs[2:]).split(),
    ]


def test_a_sentence_goes_on_over_a_blank_line_by_its_words() -> None:
    def goes_on(raw: str) -> bool:
        start = raw.index("\n")
        return layout_facts._sentence_goes_on(raw, start, start + 1)

    assert goes_on("the harbour, \n\nthe quay")
    assert goes_on("the harbour;\n\nThe quay")
    assert goes_on("the har-\n\nbour wall")
    assert goes_on('the board said\n\n  "a lasting deal"')
    assert goes_on('the fees would be handed to\n\n"Quay Holdings" by May')
    assert goes_on("> the ferry board said on Monday\n\n> its boats were full")
    assert not goes_on("the harbour wall\n\nThe quay")
    assert not goes_on("the harbour.\n\nThe quay")
    assert not goes_on("the harbour -\n\nThe quay")


def test_sentences_and_quotations_run_over_the_blank_lines_of_a_wrapped_spaced_page() -> None:
    plain, spaced = _plain(WRAPPED_LINES), _spaced(WRAPPED_LINES)

    def sentence_words(raw: str) -> list[list[str]]:
        return [row[5].split() for row in text_records("a", raw, _body(raw))["sentences"]]

    def quote_words(raw: str) -> list[list[str]]:
        return [row[4].split() for row in text_records("a", raw, _body(raw))["quotes"]]

    assert sentence_words(spaced) == sentence_words(plain)
    assert quote_words(spaced) == quote_words(plain)
    # The rows' text is the page's own, blank lines and all.
    for row in text_records("a", spaced, _body(spaced))["sentences"]:
        assert spaced[row[3] : row[4]] == row[5]


def test_attributions_of_a_wrapped_spaced_page_are_those_of_the_plain_page() -> None:
    def found(raw: str) -> list[tuple[str, str, list[str]]]:
        rows = sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))
        return [(row.source, row.mode, row.content.split()) for row in rows.itertuples()]

    plain, spaced = found(_plain(WRAPPED_LINES)), found(_spaced(WRAPPED_LINES))
    assert len(plain) >= 2
    assert spaced == plain


def test_a_sentence_broken_once_on_a_page_spaced_paragraph_by_paragraph_keeps_its_attribution() -> None:
    """One sentence of a page stored a paragraph per line was broken over two block elements: the page is not
    hard-wrapped, but its blank lines still say nothing, and the mixed quotation keeps its cue."""
    lines = [
        "Ferry timetable to change in May",
        "The island ferries will run every two hours from May, the operator said on Tuesday.",
        "Its manager, Cato Imbry, said the later evening boat was",
        '"what the islanders have asked for" and would be kept all year.',
        "The island council welcomed the change.",
    ]

    def found(raw: str) -> list[tuple[str, str, list[str]]]:
        rows = sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))
        return [(row.source, row.mode, row.content.split()) for row in rows.itertuples()]

    plain = found(_plain(lines[:2]) + "\n" + _plain(lines[2:4]) + "\n" + _plain(lines[4:]))
    quotation = "the later evening boat was " + lines[3].removesuffix(".")
    assert ("Cato Imbry", "mixed", quotation.split()) in plain
    assert found(_spaced(lines)) == plain
