"""Round-14 cleaning rule of issue 11 (helper c), on invented pages: a column line whose sentence goes on in
a name or a figure on the next line."""

from __future__ import annotations

from analysis.segmentation import column_text
from analysis.segmentation.labelling import label_lines

COLUMN = [
    "Ferry crews vote to strike over rosters",
    "Ferry crews on the Vardo crossing voted on Tuesday",
    "to strike over new rosters, the union said.",
    "Ingrid Solberg, who skippers the early boat on",
    "Nordhamn Sound, said crews had not been asked about",
    "the changes before they were posted in the mess.",
    "The company said talks would resume next week.",
]


def test_a_column_line_carried_on_in_a_name_is_text() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines("\n".join(COLUMN) + "\n")}
    assert kinds[COLUMN[3]] == "body"
    assert kinds[COLUMN[4]] == "body"


def test_a_short_title_over_a_column_does_not_fill_it() -> None:
    assert column_text.filled_line(COLUMN[3], COLUMN[4], COLUMN[5], COLUMN[2])
    assert not column_text.filled_line("Ferry crews vote to strike", COLUMN[4], COLUMN[5], COLUMN[2])
    assert not column_text.filled_line("The company said talks would resume.", COLUMN[4], COLUMN[5], COLUMN[2])


def test_a_line_under_a_kicker_or_wider_than_a_column_is_not_a_column_line() -> None:
    assert not column_text.filled_line(COLUMN[3], COLUMN[4], COLUMN[5], "WORLD")
    wide = COLUMN[3] + " the northern islands and back again each"
    assert not column_text.filled_line(wide, wide.replace("Ingrid", "Nordhamn"), COLUMN[5], COLUMN[2])
