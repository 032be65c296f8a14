"""Round 12 (issue 11): sub-headings on a page without blank lines, told from buttons by their wording.

Every page and sentence here is invented for the test.
"""

from __future__ import annotations

from analysis.segmentation import section_headings
from analysis.segmentation.labelling import label_lines


def test_unspaced_sub_heading_is_no_button():
    assert section_headings.unspaced_sub_heading("Main findings")
    assert section_headings.unspaced_sub_heading("What the harbour master said")
    assert not section_headings.unspaced_sub_heading("View original post")
    assert not section_headings.unspaced_sub_heading("Read more")


PAGE = """Harbour Watch
Investigations   Data   About
Where the missing barges went
We tracked forty river barges for a year and found that a third of them never reached the port they declared.
By Lena Okafor and Piet Maas
3 March 2022 · 9 min read
Main findings
Eleven barges switched off their transponders for more than a day near the river mouth.
Seven of them later unloaded at a private quay that the port authority does not list.
River Traffic Log
@river_traffic_log
View original post
The account claimed that the barges were carrying gravel, not grain.
What the harbour master said
The harbour master told us that his office had no record of the quay and would look into it.
"""


def test_unspaced_page_keeps_its_sub_heading_and_drops_the_button():
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["Where the missing barges went"] == "headline"
    assert kinds["Main findings"] == "body"
    assert kinds["What the harbour master said"] == "body"
    assert kinds["View original post"] != "body"
