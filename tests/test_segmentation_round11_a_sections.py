"""Round-11 section-heading rule of issue 11 (helper a), on invented lines and a page."""

from __future__ import annotations

from analysis.segmentation import section_headings
from analysis.segmentation.labelling import label_lines


def test_heading_names_the_paragraph_below() -> None:
    below = "Turning to the lighthouse service, the board said the keepers of Corvo would be paid more."
    assert section_headings.heads_paragraph("On the Corvo Lighthouse Service", below)
    # Off the paragraph's subject, too long, a teaser or the opening of the paragraph itself: no heading.
    assert not section_headings.heads_paragraph("Advertisement", below)
    assert not section_headings.heads_paragraph("Corvo lighthouse keepers to be paid more from April", below)
    assert not section_headings.heads_paragraph("Related: Corvo lighthouse keepers", below)
    assert not section_headings.heads_paragraph("Turning to the lighthouse service", below)


PAGE = """Corvo Harbour Board
Weekly Briefing by the Harbour Master, Corvo, 4 March 2026
The northern quay is closed to all vessels from Friday, after two cranes failed during the night.
Ferries will berth at the southern quay, where two more pilots will be on duty every morning.
On Lighthouse Keepers and Their Pay
From April, the lighthouse keepers of the island will be paid nine per cent more, the board decided.
The keepers' pay had not risen since 2022, when the automation of two lights was first discussed.
Copyright 2026 Corvo Harbour Board. All rights reserved.
"""


def test_topic_heading_between_paragraphs_stays_in_the_text() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["On Lighthouse Keepers and Their Pay"] == "body"
    assert kinds["Copyright 2026 Corvo Harbour Board. All rights reserved."] == "boilerplate"
