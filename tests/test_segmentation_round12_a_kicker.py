"""Round 12 (issue 11): a kicker in capitals over the headline is no headline over a standfirst.

Every page and line here is invented for the test.
"""

from __future__ import annotations

from analysis.segmentation.headline_rules import kicker_line
from analysis.segmentation.labelling import label_lines


def test_kicker_line_needs_capitals_and_joined_items_or_a_label():
    assert kicker_line("RIVERS · DATA JOURNALISM")
    assert kicker_line("SERIES: THE MISSING BARGES · PART 2")
    assert not kicker_line("BARGES VANISH FROM RIVER")  # a headline in capitals
    assert not kicker_line("Rivers · Data journalism")  # not in capitals
    assert not kicker_line("WORLD")


PAGE = """Harbour Watch
Investigations   Data   About
SERIES: BARGES THAT NEVER REACHED PORT · PART 2
Ghost quays: how a third of the river's barges unloaded where no map shows a port
We tracked forty river barges for a year and found that a third of them never reached the port they declared.
By Lena Okafor
Eleven barges switched off their transponders for more than a day near the river mouth.
Seven of them later unloaded at a private quay that the port authority does not list.
"""


def test_headline_under_a_series_kicker():
    headlines = [line.text for line, kind, _ in label_lines(PAGE) if kind == "headline"]
    assert headlines == ["Ghost quays: how a third of the river's barges unloaded where no map shows a port"]
