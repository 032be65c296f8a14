"""Round-15 rules of issue 11 (helper b): the article set below a gallery's slides keeps its title line (a byline
under a title signs an article, it is no second link of a list) and its bare dateline. Invented page."""

from __future__ import annotations

from analysis.segmentation import segment_article

PAGE = "\n".join(
    [
        "Coast Courier",
        "News   Sport   Pictures   Opinion",
        "In pictures: Tarvik hauls its fishing boats out as the storm approaches",
        "Courier Photo Desk",
        "Fishing crews in Tarvik spent the weekend hauling boats out of the harbour as the storm approached.",
        "The harbour master closed the outer quay on Friday, and the coastguard moved its lifeboat inland.",
        "1 of 2",
        "A crane lifts a trawler on to the quay at Tarvik.",
        "Photograph: Ida Berg/Coast Courier",
        "2 of 2",
        "Nets are stacked in a shed above the harbour.",
        "Photograph: Ida Berg/Coast Courier",
        "Replay slideshow",
        "Storm forces Tarvik to close its harbour for the first time in a decade",
        "Maren Holt in Tarvik",
        "TARVIK – The harbour of Tarvik was closed to all shipping on Sunday as the storm approached the coast.",
        "The harbour master said the outer quay would stay closed until engineers had inspected it after the storm.",
        "Forecasters expect gusts of up to 140 kilometres an hour on Monday night, the weather service said.",
        "",
    ]
)


def test_the_article_below_a_gallery_keeps_its_title_and_its_dateline() -> None:
    segments = segment_article("a", PAGE)
    kinds = dict(zip(segments["text"], segments["kind"], strict=True))
    assert kinds["Storm forces Tarvik to close its harbour for the first time in a decade"] == "body"
    assert kinds["Maren Holt in Tarvik"] == "boilerplate"
    assert segments[segments["kind"] == "dateline"]["text"].tolist() == ["TARVIK –"]
