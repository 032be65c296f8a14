"""Round-17 naming rules (issue 11): the gold's naming ruling of round 16 applied to resolved sources, one rule per
part of the ruling (analysis/sourcing/naming.py); each on invented names and sentences (no gold page's text)."""

from __future__ import annotations

from analysis.sourcing.naming import (
    department_owner,
    official_of_owner,
    possessive_owner,
    spokesperson_body,
    without_descriptor,
    without_owner,
    without_owner_after,
    without_person_title,
    without_quantifier,
    without_rank,
    without_seat,
    written_source,
)
from analysis.sourcing.outlet_staff import outlet_of_noun, possessed_staff_country, staff_of_outlet
from conftest import attributions_of_paragraphs


def test_an_opening_one_or_some_is_dropped_but_not_a_count() -> None:
    assert without_quantifier("one lock keeper") == "lock keeper"
    assert without_quantifier("Some fishermen") == "fishermen"
    assert without_quantifier("two lock keepers") == "two lock keepers"
    assert without_quantifier("One") == "One"


def test_a_rank_word_is_dropped() -> None:
    assert without_rank("senior Brenlandic official") == "Brenlandic official"
    assert without_rank("unnamed harbour official") == "harbour official"
    assert without_rank("Senior") == "Senior"


def test_a_named_body_loses_its_seat_an_unnamed_person_keeps_the_place() -> None:
    assert without_seat("Analysts at Orvell Freight Research in Lyon") == "Analysts at Orvell Freight Research"
    assert without_seat("WFP officials in Mombasa") == "WFP officials"
    assert without_seat("Western diplomat in Vienna") == "Western diplomat in Vienna"
    assert without_seat("US embassy in Lima") == "US embassy in Lima"
    assert without_seat("Centre for Dialogue of the Parties in Syria") == "Centre for Dialogue of the Parties in Syria"


def test_an_unnamed_spokesperson_is_the_body() -> None:
    assert spokesperson_body("Orvell Lines spokeswoman") == "Orvell Lines"
    assert spokesperson_body("Kremlin's spokesman") == "Kremlin"
    assert spokesperson_body("Pakistan Navy media wing") == "Pakistani Navy"
    assert spokesperson_body("spokesperson") == "spokesperson"
    assert spokesperson_body("President Varga's spokesman") == "President Varga's spokesman"


def test_a_body_with_a_name_of_its_own_loses_its_owner() -> None:
    assert without_owner("US Federal Aviation Administration") == "Federal Aviation Administration"
    assert without_owner("U.N. Office for Disaster Risk Reduction") == "Office for Disaster Risk Reduction"
    assert without_owner("US State Department") == "US State Department"
    assert without_owner("UN Secretary-General") == "UN Secretary-General"
    assert without_owner("UK Foreign Office") == "UK Foreign Office"


def test_a_department_without_its_state_takes_the_country_adjective() -> None:
    assert department_owner("country's weather service", "Pakistan") == "Pakistani weather service"
    assert department_owner("Foreign Office", "United Kingdom") == "British Foreign Office"
    assert department_owner("State Department", "United States") == "US State Department"
    assert department_owner("Russian Defence Ministry", "Russia") == "Russian Defence Ministry"
    assert department_owner("South Korean trade ministry", "South Korea") == "South Korean trade ministry"
    assert department_owner("Foreign Office", "unknown") == "Foreign Office"


def test_a_person_loses_a_title_or_post_nominal_letters() -> None:
    assert without_person_title("Mrs Justice Ellery") == "Ellery"
    assert without_person_title("Brig-Gen Tomas Reuter") == "Tomas Reuter"
    assert without_person_title("Democrat Ada Finch") == "Ada Finch"
    assert without_person_title("Miles Arden KC") == "Miles Arden"
    assert without_person_title("Justice Department") == "Justice Department"


def test_the_rules_run_in_turn() -> None:
    assert written_source("one senior Brenlandic official") == "Brenlandic official"
    assert written_source("UN spokesperson in Nairobi") == "UN"
    assert written_source("") == ""


def test_a_resolved_spokesman_is_written_as_the_body() -> None:
    found = attributions_of_paragraphs('"We will reopen the terminal," a Vestmark Ferries spokesman said on Friday.')
    assert found["source"].tolist() == ["Vestmark Ferries"]


def test_one_person_of_a_named_body_keeps_the_place_where_they_speak() -> None:
    assert without_seat("Tolvik TV correspondent in Arnhem") == "Tolvik TV correspondent in Arnhem"


def test_post_nominal_letters_are_no_surname() -> None:
    found = attributions_of_paragraphs(
        "For the dockers, Mira Holt KC argued that the ballot was valid.",
        "Holt said the employer had known of the vote for weeks.",
    )
    assert found["source"].tolist() == ["Mira Holt", "Mira Holt"]


def test_the_staff_of_a_bare_outlet_noun_is_the_last_outlet_named() -> None:
    found = attributions_of_paragraphs(
        "Brenlandic state TV channel Kanal Sever said the bridge would reopen.",
        "The channel's reporter said traffic was already queuing.",
    )
    assert found["source"].tolist()[-1] == "Kanal Sever reporter"
    assert found["affiliation"].tolist()[-1] in {"unknown", "Brenland"}


def test_the_staff_of_an_outlet_ending_in_tv_take_its_country() -> None:
    assert staff_of_outlet(
        "Norway TV on Monday said the ferry was late.\nThe station's presenter said more.",
        ["the", "station", "'s", "presenter"],
        45,
    ) == ("Norway TV presenter", "Norway")
    assert (
        staff_of_outlet("No outlet here. The paper's columnist said so.", ["the", "paper", "'s", "columnist"], 16)
        is None
    )


def test_a_name_a_court_gives_a_witness_is_the_source_and_a_pronoun_candidate() -> None:
    found = attributions_of_paragraphs(
        "The trial of Omar Haddad continued on Tuesday. Colonel Pieter Maas said the convoy left at dawn.",
        "A protected witness, referred to in court as Witness B, told the court that she had seen the trucks.",
        '"They were loaded at night," she said.',
        "The court also heard from a police officer, who gave evidence as Witness D. He said the trucks were empty.",
    )
    assert found["source"].tolist() == ["Pieter Maas", "Witness B", "Witness B", "Witness D"]


def test_a_lead_without_as_names_nobody() -> None:
    found = attributions_of_paragraphs(
        "A protected witness, who was referred to earlier, told the court that the trucks were loaded at night.",
    )
    assert found["source"].tolist() == ["protected witness"]


def test_an_official_placed_in_a_body_is_the_body_official() -> None:
    assert official_of_owner("official in the Brenlandic presidency") == "Brenlandic presidency official"
    assert official_of_owner("officials of the port authority") == "port authority officials"
    assert official_of_owner("Officials in Harlow") == "Officials in Harlow"


def test_a_given_name_outweighs_a_later_pronoun_of_another_person() -> None:
    found = attributions_of_paragraphs(
        "Maria Lund, a former clerk, said the note was sent in March.",
        "Cross-examined by Erik Dahl, the clerk accepted that the director had read her note.",
        '"I sent it twice," she said.',
    )
    assert found["source"].tolist()[-1] == "Maria Lund"


def test_a_description_after_a_body_name_is_dropped() -> None:
    assert without_descriptor("Blue Lanterns rescue group") == "Blue Lanterns"
    assert without_descriptor("Tolvik Press news agency") == "Tolvik Press"
    assert without_descriptor("UN refugee agency") == "UN refugee agency"
    assert without_descriptor("Russian state news agency") == "Russian state news agency"


def test_a_state_owning_a_department_by_possessive_is_written_as_its_adjective() -> None:
    assert possessive_owner("Kalvia's finance ministry") == "Kalvian finance ministry"
    assert possessive_owner("Pakistan's central bank") == "Pakistani central bank"
    assert possessive_owner("Kalvia's largest bank") == "Kalvia's largest bank"
    assert possessive_owner("Brenland's finance ministry") == "Brenland's finance ministry"


def test_a_bare_outlet_noun_takes_up_the_outlet_named_after_it() -> None:
    raw = "Excerpts from report by Brenlandic state news agency Tolvik Press\nOther text.\nThe agency said more."
    assert outlet_of_noun(raw, ["the", "agency"], raw.index("The agency")) == ("Tolvik Press", "")
    assert outlet_of_noun("The agency said so.", ["the", "agency"], 0) is None
    assert outlet_of_noun(raw, ["the", "ministry"], raw.index("The agency")) is None


def test_a_named_staff_member_of_its_outlet_takes_the_outlet_country() -> None:
    raw = "The opposition Norwegian daily Kveldsposten said the port was slow.\nIts columnist Ada Finch wrote: more."
    here = raw.index("Ada Finch")
    assert possessed_staff_country(raw, ["ada", "finch"], here) == "Norway"
    assert possessed_staff_country(raw, ["its", "columnist", "ada", "finch"], raw.index("Its")) == "Norway"
    assert possessed_staff_country("Ada Finch wrote: more.", ["ada", "finch"], 0) == ""


def test_a_body_named_with_its_state_after_the_name_loses_it() -> None:
    assert without_owner_after("Maritime Safety Authority of Kalvia", "Kalvia") == "Maritime Safety Authority"
    assert without_owner_after("National Bank of Kalvia", "Kalvia") == "National Bank of Kalvia"
    assert (
        without_owner_after("Maritime Safety Authority of Kalvia", "unknown") == "Maritime Safety Authority of Kalvia"
    )


def test_the_outlet_named_after_a_noun_is_capitalised_words_only() -> None:
    raw = "The news agency Tolvik Press quoted the minister. Later the agency said more."
    assert outlet_of_noun(raw, ["the", "agency"], raw.index("the agency said"))[0] == "Tolvik Press"
