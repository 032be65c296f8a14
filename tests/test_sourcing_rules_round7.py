"""Round-7 attribution rules (issue 11), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_courtesy_title_with_its_period_stays_in_the_speaker() -> None:
    found = extract('"The wells are dry in every village we visited," said Mrs. Orla Penhallow, the mission leader.')
    assert found["speaker_text"].tolist() == ["Mrs. Orla Penhallow"]
    assert found["source"].tolist() == ["Orla Penhallow"]
    assert found["mode"].tolist() == ["direct"]


def test_the_country_an_international_officer_serves_is_no_affiliation() -> None:
    found = extract(
        "Food stocks in the valley will run out within a month, said Tomas Ekwall, "
        "the UNICEF representative for Somalia."
    )
    assert found["source"].tolist() == ["Tomas Ekwall"]
    assert found["affiliation"].tolist() == ["international"]


def test_show_reports_only_a_that_clause() -> None:
    found = extract(
        "Ledger entries show that the cooperative paid its growers late.",
        "The storms have shown how little the river towns can do alone.",
        "The prices shown below are indicative only.",
    )
    assert found["cue"].tolist() == ["show"]
    assert found["content"].tolist() == ["the cooperative paid its growers late"]


def test_a_call_after_a_determiner_and_a_noun_is_no_cue() -> None:
    found = extract(
        "The two mayors held a telephone call on Friday about the ferry.",
        "The mayors' council called on the ferry operator to restore the night crossings.",
    )
    assert found["cue"].tolist() == ["called on"]
    assert found["content"].tolist() == ["the ferry operator to restore the night crossings"]


def test_a_speaker_after_a_label_colon_opens_its_phrase() -> None:
    found = extract("Rumour: Local forum threads say the reservoir will be drained next week.")
    assert found["speaker_text"].tolist() == ["Local forum threads"]
    assert found["content"].tolist() == ["the reservoir will be drained next week"]


def test_a_plural_subject_with_a_reduced_relative_speaks() -> None:
    found = extract(
        "Leaflets handed out in Brenvik and Osterby since Tuesday claim that the ferry will stop in May.",
        "Harvests failed in the uplands, growers said.",
        "Shops closed early after messages on local forums claimed the bridge was unsafe.",
    )
    speakers = found["speaker_text"].tolist()
    assert speakers[0] == "Leaflets handed out in Brenvik and Osterby since Tuesday"
    assert found["content"].iat[0] == "the ferry will stop in May"
    assert speakers[1] == "growers"  # a finite verb before a comma is no reduced relative
    assert not any(speaker.startswith("Shops") for speaker in speakers)  # "after" opens another clause


def test_declare_reports_only_a_that_clause() -> None:
    found = extract(
        "The council declared a state of emergency in the valley.",
        "The council declared that the valley road would stay closed.",
    )
    assert found["cue"].tolist() == ["declared"]
    assert found["content"].tolist() == ["the valley road would stay closed"]


def test_a_that_clause_after_a_claim_noun_belongs_to_the_object() -> None:
    found = extract("The ferry company denied rumours spread by rival firms that its boats were unsafe.")
    assert found["cue"].tolist() == ["denied"]
    assert found["content"].tolist() == ["rumours spread by rival firms that its boats were unsafe"]


def test_an_association_name_is_an_organisation_not_a_person() -> None:
    found = extract(
        '"The locks stay shut," Ilse Marwood, the guild\'s secretary, told reporters.',
        "The Kestrel Bay Shippers' Federation said the closure would cost millions.",
        '"We are not moving," she said.',
    )
    assert found["source"].tolist() == ["Ilse Marwood", "Kestrel Bay Shippers' Federation", "Ilse Marwood"]


def test_a_post_after_an_abbreviated_deputy_is_not_part_of_the_name() -> None:
    found = extract(
        "Dep. Harbour Director Tove Lindqvist said the north quay would reopen on Monday.",
        '"We will be ready," she added.',
        "Dep. Ferry Inspector Aldo Brenner of Kestrel Ferries said the crossings were safe.",
    )
    assert found["source"].tolist() == ["Tove Lindqvist", "Tove Lindqvist", "Aldo Brenner"]


def test_a_country_possessor_names_a_ministry_but_not_a_body_with_its_own_name() -> None:
    found = extract(
        "Kenya's Water Resources Authority said the reservoir was at a record low.",
        "Kenya's Agriculture Ministry said maize stocks would last until March.",
        "Members of Finland's Seafarers Union walked off the ferries. The union said talks would resume.",
    )
    assert found["source"].tolist() == ["Water Resources Authority", "Kenyan Agriculture Ministry", "Seafarers Union"]


def test_an_apposition_opening_with_an_abbreviated_title_gives_the_country() -> None:
    found = extract(
        '"The convoy will pass at noon," Col. Ivo Brandt, Dep. commander of the German Naval Command, said.'
    )
    assert (found["source"].iat[0], found["affiliation"].iat[0]) == ("Ivo Brandt", "Germany")


def test_a_second_reference_naming_a_country_gives_it_to_the_person() -> None:
    found = extract(
        "The convoy will pass at noon, Col. Ivo Brandt told reporters.",
        "The German officer added that two frigates would escort it.",
        '"Nobody will stop us," he said.',
    )
    assert found["source"].tolist() == ["Ivo Brandt"] * 3
    assert found["affiliation"].tolist() == ["unknown", "Germany", "Germany"]


def test_an_apposed_name_with_an_abbreviated_title_after_a_post() -> None:
    found = extract("Norway's envoy, Dep. Fisheries Minister Ola Brekke, replied that the quotas were final.")
    assert found["speaker_text"].tolist() == ["Norway's envoy, Dep. Fisheries Minister Ola Brekke"]
    assert (found["source"].iat[0], found["affiliation"].iat[0]) == ("Ola Brekke", "Norway")


def test_a_what_label_of_a_claim_box_is_no_attribution() -> None:
    found = extract("What they say: Forum users say the dam will be opened on Friday.")
    assert found["speaker_text"].tolist() == ["Forum users"]
    assert found["content"].tolist() == ["the dam will be opened on Friday"]
