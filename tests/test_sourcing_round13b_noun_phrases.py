"""Round-13 second pass, speaker phrases (issue 11): a possessive in the owner after a person's name, each on an
invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_possessive_in_the_owner_after_a_name_leaves_the_person_as_speaker() -> None:
    found = extract(
        "Dep. Director Lotte Brandvik of Norway's harbour authority said the quays would reopen on Friday."
        " According to her, the cranes were never damaged."
    )
    assert found["source"].tolist() == ["Lotte Brandvik", "Lotte Brandvik"]
    assert found["affiliation"].tolist() == ["Norway", "Norway"]


def test_a_possessive_with_no_name_before_a_link_still_owns_the_post() -> None:
    found = extract("The head of Norway's harbour authority said the quays would reopen on Friday.")
    assert found["source"].tolist() != ["Lotte Brandvik"]
    assert found["affiliation"].tolist() == ["Norway"]


def test_a_relative_adverb_opens_no_speaker_phrase() -> None:
    found = extract("We go now to Peru, where officials say the river has burst its banks in three places.")
    assert found["source"].tolist() == ["officials"]


def test_a_fronted_object_before_the_is_no_part_of_the_speaker() -> None:
    found = extract("Satellite images were published on Monday. Images the IAEA has said it cannot verify.")
    assert found["source"].tolist() == ["IAEA"]


def test_a_closing_place_adverb_is_no_part_of_the_source() -> None:
    found = extract("The shelters are full. Nurses here, though, say the clinic has run out of clean water.")
    assert found["source"].tolist() == ["Nurses"]
