"""Round-19 rule (issue 11, tuner pub19): the publisher's own present statements on its own page are narration
(gold ruling ``publisher_own_statement``); its reports of earlier statements, and other speakers, stay rows.
Invented names and sentences (no gold page's text)."""

from __future__ import annotations

from analysis import sourcing
from analysis.sourcing.own_statements import is_present_cue
from analysis.sourcing.self_name import page_mission
from conftest import INVENTED_TOP, make_study

BANNER = "Embassy of the Republic of Velm in the Kingdom of Norland\n\n"


def _attributions_of_raw(body: str):
    """Return the attributions of one invented article whose body is ``body`` as it stands (line breaks kept)."""
    return sourcing.attributions(make_study({"t1": INVENTED_TOP + body + "\n"}, {"t1": "Outlet A"}))


def test_the_simple_present_of_a_cue_is_its_base_or_third_person_form() -> None:
    assert is_present_cue("stress", "stress")
    assert is_present_cue("stresses", "stress")
    assert is_present_cue("notes", "note")
    assert is_present_cue("replies", "reply")
    assert is_present_cue("calls on", "call on")
    assert not is_present_cue("stressed", "stress")
    assert not is_present_cue("called on", "call on")
    assert not is_present_cue("saying", "say")


def test_a_missions_present_statements_on_its_own_page_are_no_rows() -> None:
    body = (
        BANNER + "We stress once more that the lighthouse at Cape Mirren has never been closed to shipping.\n\n"
        "The Embassy notes that the harbour dues of Velm were lowered in April.\n"
    )
    assert _attributions_of_raw(body).empty


def test_a_missions_past_statements_and_other_speakers_stay_rows() -> None:
    body = (
        BANNER + "We warned the port authority in March that the dredging contract was void.\n\n"
        "The harbour master of Norland said the channel would reopen on Monday.\n"
    )
    found = _attributions_of_raw(body)
    assert found["cue"].tolist() == ["warned", "said"]
    assert found["source"].tolist()[0] == "Embassy of the Republic of Velm in the Kingdom of Norland"


def test_a_present_we_on_a_page_without_a_publishing_body_is_left_to_the_sentence_rules() -> None:
    # No banner or copyright line names a body: this "we" is not resolved to the page's publisher.
    found = _attributions_of_raw("The ferry company notes that the timetable changes on Sunday.\n")
    assert found["cue"].tolist() == ["notes"]


def test_a_missions_banner_may_give_its_seat_after_a_dash() -> None:
    # The seat is where the mission sits, no part of its name; a mission line without host or seat is no banner.
    assert page_mission("Consulate General of the Republic of Velm – Port Alder\nText.\n") == (
        "Consulate General of the Republic of Velm",
        "Velm",
    )
    assert page_mission("Consulate General of the Republic of Velm\nText.\n") is None


def test_the_mission_naming_itself_in_full_in_the_present_is_narration() -> None:
    body = (
        "Consulate General of the Republic of Velm – Port Alder\n\n"
        "The Consulate General of the Republic of Velm in Norland maintains that visas are issued within ten days.\n\n"
        "The Consulate General of the Republic of Velm in Norland announced on 2 May that the visa office would move.\n"
    )
    found = _attributions_of_raw(body)
    assert found["cue"].tolist() == ["announced"]


def test_the_mission_banner_is_found_on_a_page_saved_with_windows_line_ends() -> None:
    from analysis.sourcing.self_name import page_mission

    page = "Embassy of the Republic of Norvasta in Ostrevik\n\nWe stress that the ferry will sail.\n"
    assert page_mission(page) is not None
    assert page_mission(page.replace("\n", "\r\n")) == page_mission(page)
