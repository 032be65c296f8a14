"""Round 13 (issue 11), second pass: a top bar's link labels and a programme's title are not bylines.

Every line here is invented for the test.
"""

from __future__ import annotations

import pytest

from analysis.segmentation import rules


@pytest.mark.parametrize(
    "text",
    [
        "Open in Messenger",  # a button's verb, then "in" and the app
        "View in browser",
        "Search   Log in",  # a top bar: a tool and an account link set apart by wide spaces
        "Newsletters   Sign in",
        "Weather   My account",
    ],
)
def test_link_labels_are_not_bylines(text: str) -> None:
    assert rules.byline_line(text) is None


@pytest.mark.parametrize("text", ["DAYBREAK WITH TOM ASHE", "Crossfire with Priya Vance"])
def test_a_programme_and_its_host_is_not_a_desk_credit(text: str) -> None:
    assert rules.show_host(text)
    assert rules.byline_line(text) is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("HARBOUR TIMES WITH AGENCIES", "byline: a desk and its agencies joined by 'with'"),
        ("HARBOUR TIMES WITH KNA", "byline: a desk and its agencies joined by 'with'"),
        ("Staff with Reuters and AFP", "byline: a desk and its agencies joined by 'with'"),
        ("Mara Quill in Tromsø and Oskar Lind", "byline: capitalised names joined by 'and' / 'in'"),
        ("HARBOUR TIMES WITH NORTH PRESS", "byline: a desk and its agencies joined by 'with'"),
    ],
)
def test_bylines_stay_bylines(text: str, reason: str) -> None:
    assert rules.byline_line(text) == reason


def test_link_label_reads_verbs_and_account_items() -> None:
    assert rules.link_label("Download in app", ["Download", "in", "app"])
    assert rules.link_label("Podcasts   Register", ["Podcasts", "Register"])
    assert not rules.link_label("Ines Dahl in Gdansk", ["Ines", "Dahl", "in", "Gdansk"])
    assert not rules.link_label("Ines Dahl   Gdansk", ["Ines", "Dahl", "Gdansk"])
