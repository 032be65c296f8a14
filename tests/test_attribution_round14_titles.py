"""Round 14 (issue 11): a cue word that is also a noun, right before a title abbreviation ("state Sen."),
modifies the title and reports nothing. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def test_a_cue_word_before_a_title_abbreviation_is_no_cue() -> None:
    found = extract(
        "Ohio state Sen. Mara Lind, a Republican whose district includes the town, said the railroad had cut its"
        " staff and called for an inquiry."
    )
    assert found["cue"].tolist() == ["said", "called for"]
    assert found["content"].tolist() == ["the railroad had cut its staff", "an inquiry"]


def test_a_verb_only_before_a_title_abbreviation_still_reports() -> None:
    found = extract("Officials say Gen. Lind was wounded near the border.")
    assert found[["cue", "content"]].values.tolist() == [["say", "Gen. Lind was wounded near the border"]]
