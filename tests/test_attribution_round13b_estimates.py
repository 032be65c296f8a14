"""Round 13b (issue 11): "puts X at N" reports an estimate (the figure is the speaker's); "put" with no
figure after "at" is no cue. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The flood agency puts the death toll at more than 1,700.",
            [["The flood agency", "puts", "the death toll at more than 1,700"]],
        ),
        (
            "Analysts at Harbourscope put the cost to the port at €400 million.",
            [["Analysts at Harbourscope", "put", "the cost to the port at €400 million"]],
        ),
        ("The strike put pressure on the union at a time of rising prices.", []),
        ("The board put the plan at the top of its agenda.", []),
    ],
)
def test_put_at_a_figure_is_an_estimate(sentence: str, expected: list[list[str]]) -> None:
    assert extract(sentence)[["speaker_text", "cue", "content"]].values.tolist() == expected
