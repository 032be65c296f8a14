"""Round-14 speaker-phrase and affiliation rules (issue 11), each on an invented example (no sentence of a gold
page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_some_before_a_group_named_by_a_proper_adjective_is_dropped() -> None:
    found = extract(
        "The quota talks ended without a deal. Some Western diplomats said the quota was too low. Some residents"
        " said the quay was unsafe. Our Dutch partners told us the quota would stay."
    )
    # Round 17: the naming ruling of round 16 drops an opening "some" from every source ("Some residents" ->
    # "residents"), not only before a proper adjective (tests/gold/pages/README.md).
    assert found["source"].tolist() == ["Western diplomats", "residents", "Dutch partners"]


def test_a_name_particle_before_a_given_name_stays_in_the_name() -> None:
    found = extract('"The quay is safe," said Abu Karim al-Masri, a spokesman for the harbour council.')
    assert found["source"].tolist() == ["Abu Karim al-Masri"]


def test_national_agencies_without_a_country_in_their_name_carry_their_country() -> None:
    found = extract(
        "The EPA said on Monday that the air near the depot was clean. The Department for Transport said it was"
        " monitoring the port. The European Central Bank said it saw no risk to the euro."
    )
    assert found["affiliation"].tolist() == ["United States", "United Kingdom", "international"]


def test_a_post_of_the_group_belongs_to_the_group_typed_by_its_role_not_to_a_state_it_mentions() -> None:
    found = extract(
        "Russia again said the rebels were hiding weapons in the town.",
        'The White Helmets, the opposition\'s volunteer rescue service, dismissed the claim as "a smokescreen".',
        '"Every time Russia names a town, it is bombed," said Mira Holt, a spokeswoman for the group.',
    )
    assert found["affiliation"].tolist()[-1] == "Syria"


def test_a_post_named_by_a_body_head_alone_belongs_to_the_last_body_of_that_head() -> None:
    found = extract(
        "The US State Department said there was no evidence for the claim.",
        '"We have seen this before," Mara Quinn, a department spokeswoman, told reporters.',
        "The National Bank of Norvasta said the facility would be fully collateralised.",
        '"The bank is solvent," Dep. Governor Silje Moen, who oversees payments at the central bank, told reporters.',
        '"Nothing has changed," said Ola Brenn, a harbour pilot.',
    )
    assert found["affiliation"].tolist() == ["United States", "United States", "Norvasta", "Norvasta", "unknown"]
