"""Round-15 headline rule of issue 11 (helper b): a key point opened by a dash bullet is an item of a list, never
the headline, so the title above a key-points box stays the headline. Invented page."""

from __future__ import annotations

from analysis.segmentation.headline_overlap import list_item
from analysis.segmentation.labelling import label_lines

PAGE = "\n".join(
    [
        "COASTAL SHIPPING DAILY",
        "PORTS",
        "Tarvik harbour closes as first winter storm reaches the coast",
        "By Ida Berg, ports correspondent",
        "Key points",
        "– Outer quay closed to all shipping until inspection",
        "– Lifeboat moved to the inner basin",
        "",
        "TARVIK, Nov. 3 (CSD) – The harbour of Tarvik closed to all shipping",
        "on Sunday as the first winter storm of the season reached the coast, the",
        "harbour master said, and the outer quay will stay closed until engineers",
        "have inspected it.",
        "",
        "Forecasters expect gusts of up to 140 kilometres an hour on Monday.",
        "",
    ]
)


def test_a_dash_bullet_is_a_list_item() -> None:
    assert list_item("– Outer quay closed to all shipping until inspection")
    assert list_item("- Lifeboat moved to the inner basin")
    assert not list_item("Tarvik harbour closes as first winter storm reaches the coast")


def test_the_title_above_a_key_points_box_of_dash_bullets_is_the_headline() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["Tarvik harbour closes as first winter storm reaches the coast"] == "headline"
    assert kinds["– Lifeboat moved to the inner basin"] != "headline"
