"""Round-21 resolver rules (issue 11, tuner src21): markup left around a name, a "<Place>-based" seat before a named
body, joint speakers' inner article, a capital's possessive, a lead word in capitals, seats of government, a
relative named through a possessive pronoun, a country leading a list item, an
ampersand inside a name. Each a class, each on invented names and sentences (no gold page's text)."""

from __future__ import annotations

from analysis import sourcing
from analysis.sourcing.lead_country import lead_country
from analysis.sourcing.naming import (
    joint_without_inner_article,
    without_based_seat,
    without_markup,
    written_source,
)
from conftest import INVENTED_TOP, make_study


def _rows(body: str):
    """Return the attributions of one invented article whose body is ``body`` as it stands."""
    return sourcing.attributions(make_study({"t1": INVENTED_TOP + body + "\n"}, {"t1": "Outlet A"}))


def _by_cue(body: str) -> dict[str, tuple[str, str]]:
    found = _rows(body)
    return dict(zip(found["cue"], zip(found["source"], found["affiliation"], strict=True), strict=True))


def test_markup_around_a_name_is_no_part_of_the_source() -> None:
    assert without_markup("Orla Penn</b>") == "Orla Penn"
    assert without_markup("**Tomas Vreel**") == "Tomas Vreel"
    assert without_markup("Osk &amp; Brannock analysts") == "Osk & Brannock analysts"
    assert without_markup("the Kelport Guild[12]") == "the Kelport Guild"
    # A name without markup is left as it stands.
    assert without_markup("Harbour & Rail Guild") == "Harbour & Rail Guild"
    assert written_source("Orla Penn</strong>") == "Orla Penn"


def test_a_based_seat_before_a_named_body_is_dropped_before_a_common_noun_kept() -> None:
    assert without_based_seat("Vantor-based Kelport Research Group") == "Kelport Research Group"
    assert written_source("Vantor-based Kelport Research analysts") == "Kelport Research analysts"
    # An unnamed person is told apart by the place.
    assert without_based_seat("Vantor-based ferry mechanic") == "Vantor-based ferry mechanic"


def test_joint_speakers_lose_the_article_of_a_later_member() -> None:
    assert joint_without_inner_article("Harbour pilots and the Kelport Guild") == "Harbour pilots and Kelport Guild"
    # Inside an "of" phrase the coordination is part of a body's description.
    kept = "joint panel of the Orrin League and the Vantor Council"
    assert joint_without_inner_article(kept) == kept
    assert joint_without_inner_article("pilots and the crews") == "pilots and the crews"


def test_a_capitals_possessive_is_its_states_adjective() -> None:
    found = _by_cue("Moscow's naval chiefs said the convoy had turned back.")
    assert found["said"] == ("Russian naval chiefs", "Russia")


def test_a_country_written_in_capitals_is_the_country() -> None:
    found = _by_cue("FRANCE has warned that the ferry levy breaks the treaty.")
    assert found["warned"] == ("France", "France")


def test_a_seat_of_government_places_its_source() -> None:
    found = _by_cue('A Whitehall insider told reporters: "Nobody wants the levy."')
    assert found["told"][1] == "United Kingdom"


def test_a_relative_named_through_a_possessive_pronoun_is_the_persons_relative() -> None:
    body = (
        "Anna Vreel, 41, lost her ferry kiosk in the storm. "
        "Her sister said the kiosk had stood there for thirty years.\n"
    )
    assert _by_cue(body)["said"][0] == "Anna Vreel's sister"
    # A pronoun with no person of its gender before it is left as written.
    assert _by_cue("His neighbours said the pier was unsafe.")["said"][0] == "His neighbours"


def test_plural_relatives_are_no_later_pronouns_referent() -> None:
    body = (
        "Anna Vreel runs the ferry kiosk. Her neighbours said the fares had doubled. "
        'She said: "I cannot keep the kiosk open."\n'
    )
    found = _rows(body)
    assert found.iloc[0]["source"] == "Anna Vreel's neighbours"
    assert found.iloc[-1]["source"] == "Anna Vreel"


def test_a_country_leading_a_list_item_places_its_speaker() -> None:
    raw = "Reactions\nSpain: Minister Orla Penn said the levy was unfair.\nTomas Vreel: we agree.\n"
    assert lead_country(raw, raw.index("Minister")) == "Spain"
    assert lead_country(raw, raw.index("we agree")) == ""
    body = "Reactions\n\nSpain: Minister Orla Penn said the ferry levy was unfair.\n"
    assert _by_cue(body)["said"] == ("Orla Penn", "Spain")


def test_a_name_with_an_ampersand_is_taken_up_whole() -> None:
    body = (
        "The Orrin Lakes & Vantor Railroad owns the line. "
        'The railroad said it was "cooperating fully" with the inquiry.\n'
    )
    assert _by_cue(body)["said"][0] == "Orrin Lakes & Vantor Railroad"


def test_a_consortium_is_a_body() -> None:
    found = _by_cue("The Kelport Retail Consortium said the levy would cost shops dearly.")
    assert found["said"][0] == "Kelport Retail Consortium"
