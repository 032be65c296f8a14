"""Round-14 cleaning rules of issue 11 (helper c), on invented pages: the metadata block above the headline."""

from __future__ import annotations

from analysis.segmentation import metadata_block
from analysis.segmentation.labelling import label_lines

TOP = [
    "Harbour Digest",
    "Shipping news for the northern ports",
    "Ports   Ferries   Weather   Jobs",
]
FIELDS = [
    "Notice and Bulletin",
    "Publisher",
    "Corvo Port Authority",
    "Posted",
    "4 Feb 2021",
    "Originally published",
    "3 Feb 2021",
    "Provenance",
    "Open the original",
]
STORY = [
    "Corvo harbour closes its outer quay for the winter after storm damage",
    "The harbour master of Corvo said on Monday that the outer quay would close in January after the storms.",
    "Ferries to the island will use the inner basin until the repairs are finished, the port authority said.",
    "The council will vote on the cost of the repairs on Thursday, a spokesman said.",
]


def kinds(lines: list[str]) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines("\n".join(lines) + "\n")}


def test_fields_between_labelled_stamps_and_the_headline_are_boilerplate() -> None:
    found = kinds(TOP + FIELDS + STORY)
    assert [found[text] for text in FIELDS[1:3] + FIELDS[7:]] == ["boilerplate"] * 4
    assert found[STORY[0]] == "headline"
    assert found["Harbour Digest"] == "navigation"


def test_one_labelled_stamp_leaves_a_kicker_above_the_headline_as_navigation() -> None:
    found = kinds(TOP + ["Posted", "4 Feb 2021", "Ports and harbours"] + STORY)
    assert found["Ports and harbours"] == "navigation"


def test_an_open_run_above_the_stamps_is_the_menu_not_the_block() -> None:
    texts = ["Ports", "Ferries", "Weather", "Posted", "4 Feb 2021", "Updated", "5 Feb 2021", "Headline"]
    chrome = ("navigation", metadata_block.CHROME + " (banner, tagline, menu or section kicker)")
    labels = {i: chrome for i in (0, 1, 2)} | {i: ("boilerplate", "time stamp") for i in (3, 4, 5, 6)}
    assert metadata_block.field_lines(texts, labels, 7) == []
    labels[0] = ("boilerplate", "format label")
    assert metadata_block.field_lines(texts, labels, 7) == [1, 2]
