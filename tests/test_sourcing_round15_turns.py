"""Round-15 rules for transcript turns (issue 11): a description or pronoun inside a turn is not the turn's own
speaker; an unnamed post is taken up only by the same post. Invented examples (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def _source_of(found: pd.DataFrame, speaker: str) -> list[str]:
    return found.loc[found["speaker_text"] == speaker, "source"].tolist()


def test_a_post_inside_a_guest_turn_is_not_the_guest() -> None:
    found = extract(
        "TOMAS REIN: What did the government promise the farmers?",
        "MARGIT OLLE: The agriculture minister has said the losses are above two billion. According to him, the"
        " first payments go to families.",
    )
    assert _source_of(found, "The agriculture minister") == ["agriculture minister"]
    assert _source_of(found, "him") == ["agriculture minister"]


def test_a_time_stamp_before_the_label_still_opens_a_turn() -> None:
    found = extract(
        "[00:12] TOMAS REIN: What did the government promise the farmers?",
        "[00:31] MARGIT OLLE: The agriculture minister has said the losses are above two billion.",
    )
    assert _source_of(found, "The agriculture minister") == ["agriculture minister"]


def test_an_unnamed_post_is_taken_up_only_by_the_same_post() -> None:
    found = extract(
        "The finance minister said the budget would be cut. The transport minister said the rail plan would go"
        " ahead. The minister added that tenders would open in May."
    )
    assert found["source"].tolist() == ["finance minister", "transport minister", "transport minister"]


def test_a_label_with_a_post_in_capitals_is_a_turn_too() -> None:
    found = extract(
        "RUTA KALNA, HARBOUR SPOKESWOMAN (through translator): We have done what we can.",
        "VEGA: The fisheries minister said on Monday that the quotas would stay.",
    )
    assert _source_of(found, "The fisheries minister") == ["fisheries minister"]
