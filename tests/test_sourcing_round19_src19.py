"""Round-19 resolver rules (issue 11, tuner src19): a mission's own voice, a letter's "your report", a channel
digest's channel as speaker, a department's country adjective. Each a class, each on invented names and sentences
(no gold page's text)."""

from __future__ import annotations

from analysis import sourcing
from analysis.sourcing.channels import channel_items, channel_voice_of, item_channel
from analysis.sourcing.naming import department_owner, written_source
from analysis.sourcing.own_paper import page_paper, your_paper_source
from analysis.sourcing.place_bodies import place_body_country
from analysis.sourcing.resolution import _written_demonym
from analysis.sourcing.self_name import page_body, page_mission
from conftest import INVENTED_TOP, make_study


def _attributions_of_raw(body: str):
    """Return the attributions of one invented article whose body is ``body`` as it stands (line breaks kept)."""
    return sourcing.attributions(make_study({"t1": INVENTED_TOP + body + "\n"}, {"t1": "Outlet A"}))


def test_a_missions_banner_names_the_body_and_the_state_it_represents() -> None:
    raw = "Embassy of the Republic of Tessaly in the Kingdom of Orn\nNews\n© 2021 Embassy of Chile in Tessaly\n"
    assert page_mission(raw) == ("Embassy of Chile in Tessaly", "Chile")
    assert page_body("High Commission of the Republic of Velm to Norland\nText.\n") == (
        "High Commission of the Republic of Velm to Norland",
        "Velm",
    )
    # A mission named inside a sentence is no banner.
    assert page_mission("We met the Embassy of Chile in Tessaly on Monday.\n") is None


def test_the_missions_we_and_its_bare_head_are_the_mission() -> None:
    body = (
        "Embassy of the Republic of Tessaly in the Kingdom of Orn\n\n"
        "We stressed last spring that the ferry service to Orn has never been suspended.\n\n"
        "The Embassy noted in May that timetables are published every Monday.\n"
    )
    # Past cues: the mission's reports of its earlier statements (its present ones are narration, round 19 (2)).
    found = _attributions_of_raw(body)
    by_cue = dict(zip(found["cue"], zip(found["source"], found["affiliation"], strict=True), strict=True))
    expected = ("Embassy of the Republic of Tessaly in the Kingdom of Orn", "Tessaly")
    assert by_cue["stressed"] == expected
    assert by_cue["noted"] == expected


def test_a_letters_page_paper_is_its_copyright_line_without_the_company() -> None:
    assert page_paper("Text.\n© 2020 Lowmoor Courier Publishing Ltd. All rights reserved.\n") == "Lowmoor Courier"
    assert page_paper("Text.\nCopyright © 2019 The Brackley Times\n") == "Brackley Times"
    assert page_paper("No copyright here.\n") == ""


def test_your_report_leader_and_correspondent_are_the_pages_paper() -> None:
    raw = "Sir, ...\n© 2020 The Brackley Times\n"
    assert your_paper_source(raw, ["your", "report"], "") == "Brackley Times"
    assert your_paper_source(raw, ["report", "of"], "your") == "Brackley Times"
    assert your_paper_source(raw, ["your", "june", "12", "article"], "") == "Brackley Times"
    assert your_paper_source(raw, ["your", "correspondent"], "") == "Brackley Times correspondent"
    # Another's report, or no "your": not the paper.
    assert your_paper_source(raw, ["your", "bank", "'s", "report"], "") is None
    assert your_paper_source(raw, ["the", "report"], "") is None


def test_a_letter_writers_your_leader_is_resolved_to_the_paper() -> None:
    body = (
        "Sir, Your leader of 3 March said that the bypass would cost twice the estimate. I agree.\n\n"
        "© 2020 The Brackley Times\n"
    )
    found = _attributions_of_raw(body)
    assert found["source"].tolist() == ["Brackley Times"]
    assert found["affiliation"].tolist() == ["unknown"]


def test_a_channel_digests_item_headings_name_the_channels() -> None:
    raw = (
        "1. Grey Heron (2.4M subscribers)\nThe channel wrote that ...\n"
        "Tallow Notes — 12,000 subscribers — 09:10 — 40,000 views\nIts author claims ...\n"
        "Marsh Lamp · 90K followers\n"
    )
    assert channel_items(raw)[1] == ["Grey Heron", "Tallow Notes", "Marsh Lamp"]
    assert item_channel(raw, raw.index("Its author"))[1] == "Tallow Notes"
    assert item_channel(raw, 0)[1] == "Grey Heron"
    assert item_channel("No headings.\n", 3) is None


def test_the_channel_and_its_unnamed_author_speak_as_one() -> None:
    assert channel_voice_of(["the", "channel"]) == "item"
    assert channel_voice_of(["according", "to", "the", "channel", "'s", "admin"]) == "item"
    assert channel_voice_of(["its", "author"]) == "item"
    assert channel_voice_of(["grey", "heron", "'s", "author"]) == "owner"
    assert channel_voice_of(["the", "minister"]) == ""


def test_a_channel_items_speakers_are_resolved_to_the_channel() -> None:
    body = (
        "1. Grey Heron (2.4M subscribers)\n"
        "The channel claims that the dam at Orlov will be opened on Sunday.\n"
        "2. Tallow Notes (310K subscribers)\n"
        "Its author alleges that the mayor has left the city.\n"
        "According to the channel's author, the bridge was closed at night.\n"
    )
    found = _attributions_of_raw(body)
    assert found["source"].tolist() == ["Grey Heron", "Tallow Notes", "Tallow Notes"]
    assert set(found["affiliation"]) == {"unknown"}


def test_a_department_named_by_its_portfolio_or_with_its_state_after_takes_the_adjective() -> None:
    assert department_owner("Department for Rural Roads", "United Kingdom") == "British Department for Rural Roads"
    assert department_owner("Ministry of Fisheries of Chile", "Chile") == "Chilean Ministry of Fisheries"
    # A name with a word before "Department" keeps it (its owner, or a name of its own).
    assert department_owner("Ohio Department of Health", "United States") == "Ohio Department of Health"
    assert written_source("Department for Rural Roads", "unknown") == "Department for Rural Roads"


def test_a_state_in_a_the_text_never_turns_into_an_adjective_takes_n() -> None:
    assert _written_demonym("Tessaly's ministry said so.", "Tessala") == "Tessalan"
    assert _written_demonym("The Velmish ministry said.", "Velm") == ""


def test_a_bank_named_with_its_state_after_keeps_its_name_and_a_written_adjective_is_not_doubled() -> None:
    assert department_owner("Central Bank of Chile", "Chile") == "Central Bank of Chile"
    assert department_owner("Tessalan finance ministry", "Tessala", "Tessalan") == "Tessalan finance ministry"


def test_a_public_authority_of_a_place_takes_the_country_the_page_states_for_the_place() -> None:
    raw = "KORSHAVN, Denmark (XYZ) — Ferries stopped.\nThe Korshavn Harbour Board said so.\n"
    assert place_body_country(raw, "Korshavn Harbour Board") == "Denmark"
    assert place_body_country(raw, "harbour board") == "Denmark"
    assert place_body_country("Crews at the Polish port of Dalbor left.\n", "port authority") == "Poland"
    # Another place's body, a page that states no country, a private body named after the port: unknown.
    assert place_body_country(raw, "Ostvik Port Authority") == ""
    assert place_body_country("Ferries stopped at Dalbor.\n", "Dalbor Port Authority") == ""
    assert place_body_country(raw, "Korshavn Dockers' Union") == ""


def test_a_port_authority_and_its_staff_get_the_datelines_country() -> None:
    body = (
        "KORSHAVN, Denmark (XYZ) — Ferries stopped on Monday.\n\n"
        "The Korshavn Port Authority said that 12 ferries were waiting offshore.\n\n"
        "Mette Lund, chief executive of the Korshavn Port Authority, said the queue would clear by Friday.\n"
    )
    found = _attributions_of_raw(body)
    assert found["affiliation"].tolist() == ["Denmark", "Denmark"]


def test_a_pronoun_taking_up_a_mention_takes_the_country_of_its_post_before_it() -> None:
    body = (
        "On Monday the ambassador met the Tessalan Deputy Minister of Fisheries, Ms. Ilse Varga, in Orn.\n\n"
        "She said that Tessala would reopen its waters in May.\n\n"
        "Tessala's fisheries ministry has denied any plan to close the coast.\n"
    )
    found = _attributions_of_raw(body)
    assert found.loc[found["cue"] == "said", ["source", "affiliation"]].values.tolist() == [["Ilse Varga", "Tessala"]]


def test_a_department_naming_its_state_the_gazetteer_lacks_gets_no_second_owner() -> None:
    assert department_owner("Central Bank of Tessala", "Tessala", "Tessalan") == "Central Bank of Tessala"
