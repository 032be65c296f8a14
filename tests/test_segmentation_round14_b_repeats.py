"""Round-14 (issue 11, clean14b): a line repeating a line of furniture is that furniture again, not a duplicate of
the text. Invented page."""

from __future__ import annotations

from analysis.segmentation import label_lines

PAGE = """Harbour Briefing
Ferry crews vote to strike over the winter rota
The ferry crews of Corvo voted on Tuesday to stop work for two days next week, their union said.
The union said the new winter rota would cut the crews' rest time between crossings by a third.
Full story ›
Fish market moves to the north quay
The town's fish market will trade from the north quay from May while the old hall is repaired, the council said.
Traders said the move would cost them a week of sales but that the new stalls were larger.
Full story ›
Council approves a new slipway for the lifeboat station
The council approved on Monday a new slipway for the lifeboat station, to be built over the winter months.
Full story ›
"""


def test_repeated_furniture_keeps_its_kind() -> None:
    labelled = [(line.text, kind) for line, kind, _ in label_lines(PAGE)]
    assert [kind for text, kind in labelled if text == "Full story ›"] == ["boilerplate"] * 3
    assert sum(kind == "body" for _, kind in labelled) == 7
