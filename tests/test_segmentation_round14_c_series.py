"""Round-14 headline rule of issue 11 (helper c), on invented pages: a series label over the headline."""

from __future__ import annotations

import pytest

from analysis.segmentation.headline_rules import kicker_line
from analysis.segmentation.labelling import label_lines

PAGE = "\n".join(
    [
        "Harbour Watch",
        "Home   Ports   Ferries   About",
        "Islands · Shipping",
        "The Long Winter — part 2 of 5",
        "Four storms, one quay: how Corvo lost its outer harbour in a single season",
        "The breakwater at Corvo moved by twenty centimetres between October and January, survey data show.",
        "The harbour master closed the outer quay on Monday, the port authority said.",
        "",
    ]
)


def test_a_series_label_is_not_the_headline_over_a_longer_title() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["Four storms, one quay: how Corvo lost its outer harbour in a single season"] == "headline"
    assert kinds["The Long Winter — part 2 of 5"] == "navigation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Long Winter — part 2 of 5", True),
        ("Harbour files: 3/4", True),
        ("Storm damages 3 of 4 ferries at Corvo", False),
        ("Corvo votes 5-2 to close the quay", False),
    ],
)
def test_a_place_in_a_series_closes_a_kicker(text: str, expected: bool) -> None:
    assert kicker_line(text) is expected
