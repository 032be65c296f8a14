"""Round-14 (issue 11, clean14b): the headline repeated below the text under a label of its own is a duplicate;
one teaser among other titles stays boilerplate. Invented pages."""

from __future__ import annotations

from analysis.segmentation import label_lines, labelling

TEXT = """Ferry crews vote to strike over the winter rota
The ferry crews of Corvo voted on Tuesday to stop work for two days next week, their union said.
The union said the new winter rota would cut the crews' rest time between crossings by a third.
The ferry company said it had offered talks and that the rota had been agreed with the island council.
"""
LABELLED = (
    TEXT
    + """Advertisement
Share
Comments 4
Next article ›
Ferry crews vote to strike over the winter rota
Up next
Tap to read more
© 2024 Quay Gazette
"""
)
TEASERS = (
    TEXT
    + """Most read
Fish market moves to the north quay for the summer
Ferry crews vote to strike over the winter rota
Council approves a new slipway for the lifeboat station
© 2024 Quay Gazette
"""
)


def _kinds(page: str) -> list[str]:
    title = "Ferry crews vote to strike over the winter rota"
    return [kind for line, kind, _ in label_lines(page) if line.text == title]


def test_headline_repeated_under_a_label_is_a_duplicate() -> None:
    assert _kinds(LABELLED) == ["headline", "duplicate"]


def test_headline_among_teasers_stays_boilerplate() -> None:
    assert _kinds(TEASERS) == ["headline", "boilerplate"]


def test_repeat_read_as_furniture_becomes_a_duplicate() -> None:
    # The footer rules may take the copy below a footer line for furniture: the repeat rule sets it right.
    lines = labelling.split_lines(LABELLED)
    labels = {i: ("boilerplate", "footer") for i in range(len(lines))}
    labels[0] = ("headline", "headline")
    labelling._label_headline_repeats(lines, labels, 0)
    assert [labels[i][0] for i, line in enumerate(lines) if line.text == lines[0].text] == ["headline", "duplicate"]
    lines = labelling.split_lines(TEASERS)
    labels = {i: ("boilerplate", "footer") for i in range(len(lines))}
    labelling._label_headline_repeats(lines, labels, 0)
    assert all(kind == "boilerplate" for kind, _ in list(labels.values())[1:])
