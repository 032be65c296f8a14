"""Round-15 headline rule of issue 11 (helper b): a gallery's own title with the medium's label ("In pictures:
…") heads its page when no other line above the text is borne out by it. Invented pages."""

from __future__ import annotations

from analysis.segmentation.headline_overlap import borne_out, summary_stems
from analysis.segmentation.headline_rules import media_title
from analysis.segmentation.labelling import label_lines

INTRO = [
    "Fishing crews in Tarvik spent the weekend hauling boats out of the harbour as the storm approached the coast.",
    "The harbour master closed the outer quay on Friday, and the coastguard moved its lifeboat to the inner basin.",
    "Forecasters expect the storm to reach Tarvik on Monday night with gusts of up to 140 kilometres an hour.",
]


def _page(title: str) -> str:
    return "\n\n".join(
        ["Coast Courier", "News   Sport   Pictures   Opinion", "Sign in   Subscribe", title, "Courier Photo Desk"]
        + INTRO
        + ["1 of 8", "A crane lifts a trawler on to the quay at Tarvik.", ""]
    )


def test_a_gallery_title_with_its_label_heads_the_page() -> None:
    title = "In pictures: Tarvik hauls its fishing boats out as the storm approaches"
    kinds = {line.text: kind for line, kind, _ in label_lines(_page(title))}
    assert kinds[title] == "headline"
    assert kinds["Courier Photo Desk"] != "headline"


def test_a_teaser_for_another_story_does_not_head_the_page() -> None:
    summary = summary_stems(INTRO)
    assert borne_out("In pictures: Tarvik hauls its fishing boats out as the storm approaches", summary)
    assert not borne_out("Photos: the winners of the village flower show", summary)
    # A candidate the text bears out keeps precedence over a labelled media title.
    assert media_title(3, [1], lambda i: i == 0, lambda i: i in (0, 1)) == []
    assert media_title(3, [2], lambda i: i == 0, lambda i: i in (0, 1)) == [0]
    assert media_title(3, [2], lambda i: i == 0, lambda i: False) == []
