"""Round-10 speaker rules (issue 11: a body's seat after its name), each on an invented example (no sentence of
a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def only_row(found: pd.DataFrame) -> pd.Series:
    """The one attribution found."""
    assert len(found) == 1, found[["speaker_text", "source", "affiliation"]]
    return found.iloc[0]


def test_a_body_with_its_seat_is_the_speaker_not_the_seat() -> None:
    row = only_row(extract("Analysts at Brenner Research in Lisbon said cork prices would rise again."))
    assert row["speaker_text"] == "Analysts at Brenner Research in Lisbon"
    # The seat is no country tie: the affiliation stays unknown (not Portugal).
    assert row["affiliation"] == "unknown"


def test_a_seat_after_an_acronym_in_parentheses_keeps_the_body_and_its_international_tie() -> None:
    row = only_row(
        extract(
            "A spokesperson for the UN Office for Disaster Risk Reduction (UNDRR) in Geneva said the warning came late."
        )
    )
    assert row["speaker_text"].endswith("(UNDRR) in Geneva")
    assert row["affiliation"] == "international"


def test_a_plural_head_in_a_capital_keeps_its_country() -> None:
    row = only_row(extract("Officials in Ankara said the bridge would reopen on Monday."))
    assert row["affiliation"] == "Turkey"


def test_a_post_posed_speaker_with_a_lower_case_title_keeps_the_title() -> None:
    found = extract(
        "Most of the rain fell in the hills, hydrologist Ana Costa of the University of Science and Technology "
        "in Porto told the paper."
    )
    row = only_row(found)
    assert row["speaker_text"].startswith("hydrologist Ana Costa")
    assert row["source"] == "Ana Costa"


def test_a_parenthesis_ending_a_body_name_is_not_part_of_the_source() -> None:
    row = only_row(extract("The Peruvian Red Cross Society (PRCS) said forty homes were lost in the landslide."))
    assert row["source"] == "Peruvian Red Cross Society"
    row = only_row(extract("The Chilean Forest Service (Servicio Forestal) said the fire was contained."))
    assert row["source"] == "Chilean Forest Service"


def test_an_unnamed_spokesperson_for_a_body_has_the_body_as_source() -> None:
    row = only_row(extract("A spokeswoman for the shipping line Andes Lines said the ships would wait offshore."))
    assert row["source"] == "Andes Lines"
    row = only_row(extract("A spokesperson for the European Food Safety Authority said the samples were clean."))
    assert row["source"] == "European Food Safety Authority"
    # Without a capitalised body after "for" the phrase stays as written.
    row = only_row(extract("A spokesman for the ministry said the road was open again."))
    assert row["source"] == "spokesman for the ministry"


def test_an_according_to_phrase_keeps_a_plural_possessive_inside_a_name() -> None:
    row = only_row(extract("Export prices fell by a third, according to the Chilean Fruit Growers' Association."))
    assert row["source"] == "Chilean Fruit Growers' Association"
    assert row["affiliation"] == "Chile"


def test_a_document_of_a_named_body_has_the_body_as_source() -> None:
    assert only_row(extract("UN figures show that 30,000 people have fled the valley."))["source"] == "United Nations"
    row = only_row(extract("Some 4,000 homes were lost, according to the UN's own figures."))
    assert row["source"] == "United Nations"
    row = only_row(extract("Exports rose by a fifth, according to data from the Andean Grain Exchange in Lima."))
    assert row["source"] == "Andean Grain Exchange"
    row = only_row(extract("A Chilean defence ministry statement said the drills were routine."))
    assert (row["source"], row["affiliation"]) == ("Chilean defence ministry", "Chile")
    # No named body: the document stays the source as written.
    assert only_row(extract("Official figures show that prices rose."))["source"] == "Official figures"


def test_a_name_after_a_lower_case_descriptor_is_the_source() -> None:
    row = only_row(extract("The Chilean state news agency PRENSACHILE said the fires were out by noon."))
    assert (row["source"], row["affiliation"]) == ("PRENSACHILE", "Chile")
    row = only_row(extract("The charity Medaid International said its clinics were full."))
    assert row["source"] == "Medaid International"
    # A place after a lower-case word and a plural head with its city stay as they were.
    row = only_row(extract("Aid agencies working in north-east Chile said the roads were cut."))
    assert row["source"] == "Aid agencies working in north-east Chile"
    # The descriptor rule takes no place for a name; the place's police are then written "<Place> police" (round 16b).
    assert only_row(extract("Police in Ankara said two men were held."))["source"] == "Ankara police"


def test_an_unlisted_title_before_a_given_name_is_not_part_of_the_source() -> None:
    found = extract(
        '"We counted every ballot twice," Justice Amara Okafor told reporters in the capital.',
        '"We will not be rushed," Justice Okafor said.',
    )
    assert found["source"].tolist() == ["Amara Okafor", "Amara Okafor"]
    row = only_row(extract("Volunteer Sana Qureshi said the water was still rising."))
    assert row["source"] == "Sana Qureshi"
    # Two given names stay one name.
    assert only_row(extract("Mary Anne Brooks said the road was closed."))["source"] == "Mary Anne Brooks"


def test_a_sentence_opening_determiner_before_capitalised_and_lower_case_modifiers_opens_the_speaker() -> None:
    found = extract(
        "Santiago wants a ceasefire. A Chilean diplomatic source told reporters that the talks would go on."
    )
    row = only_row(found)
    assert row["speaker_text"] == "A Chilean diplomatic source"
    assert (row["source"], row["affiliation"]) == ("Chilean diplomatic source", "Chile")


def test_a_name_before_a_lower_case_organisation_head_is_the_source() -> None:
    assert only_row(extract("The Andesbond union said the strike would go on."))["source"] == "Andesbond"
    # A state's body keeps its head: the demonym is no body's name.
    row = only_row(extract("The Chilean defence ministry said the drills had ended."))
    assert row["source"] == "Chilean defence ministry"
