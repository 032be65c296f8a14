"""Round-18 resolver rules (issue 11, tuner src18b): the gold's round-18 ruling (staff of a named body, a ministry's
own name), handles as speakers, outlet anaphors, pronouns. Each a class, each on invented names and sentences (no
gold page's text)."""

from __future__ import annotations

from analysis import sourcing
from analysis.sourcing.firm_staff import firm_staff, staff_phrase_ending_at
from analysis.sourcing.handles import handle_body
from analysis.sourcing.naming import staff_before_body, written_source
from analysis.sourcing.self_name import page_body
from conftest import INVENTED_TOP, attributions_of_paragraphs, make_study


def _attributions_of_raw(body: str):
    """Return the attributions of one invented article whose body is ``body`` as it stands (line breaks kept)."""
    return sourcing.attributions(make_study({"t1": INVENTED_TOP + body + "\n"}, {"t1": "Outlet A"}))


def test_staff_of_a_named_firm_are_written_after_the_firm_with_their_own_modifiers() -> None:
    assert firm_staff("Freight analysts at Orvell Research") == "Orvell Research freight analysts"
    assert firm_staff("The economists at Halvik Capital") == "Halvik Capital economists"
    raw = "Analysts at the Lisbon brokerage Serra & Mota said so."
    start = raw.index("Serra")
    assert staff_phrase_ending_at(raw, start, "Serra & Mota") == "Analysts at the Lisbon brokerage Serra & Mota"
    assert staff_phrase_ending_at("Yesterday Serra & Mota said so.", 10, "Serra & Mota") is None


def test_a_firm_named_after_a_descriptor_speaks_through_its_staff() -> None:
    found = attributions_of_paragraphs(
        "Strategists at the Porto brokerage Vinhal Markets said the cork harvest would fall by a fifth.",
    )
    assert found["source"].tolist() == ["Vinhal Markets strategists"]


def test_the_staff_of_a_named_body_are_written_after_the_body() -> None:
    assert staff_before_body("traders at Velk Grain") == "Velk Grain traders"
    assert staff_before_body("Monitors from the Nordic Rail Council") == "Nordic Rail Council monitors"
    assert staff_before_body("correspondent of TNA") == "TNA correspondent"
    # A country is no body's name, and a post held by one person is no staff.
    assert staff_before_body("observers from France") == "observers from France"
    assert staff_before_body("representative of Chile") == "representative of Chile"
    assert written_source("traders at Velk Grain in Lyon") == "Velk Grain traders"


def test_the_staff_of_a_department_take_its_owners_adjective_before_it() -> None:
    assert written_source("State Department official", "United States") == "US State Department official"
    assert written_source("Foreign Office officials", "United Kingdom") == "British Foreign Office officials"
    assert written_source("local official", "France") == "local official"


def test_a_handle_is_the_body_whose_acronym_or_name_it_spells() -> None:
    raw = (
        "Kalvia's National Rail Board has cut services. Fares rise, per @NRB_Kalvia. The Ministry of Transport agreed."
    )
    assert handle_body(raw, "@NRB_Kalvia") == "National Rail Board"
    assert handle_body(raw, "@MoT_Kalvia") == "Ministry of Transport"
    assert handle_body(raw, "@NationalRailBoard") == "National Rail Board"
    assert handle_body(raw, "@kalvia_news") is None
    assert handle_body(raw, "National Rail Board") is None


def test_a_handle_cited_as_a_speaker_is_its_body() -> None:
    found = attributions_of_paragraphs(
        "The Harbour Safety Authority of Velk has closed the outer berths.",
        "Two berths will reopen on Monday, according to @HSA_Velk.",
    )
    assert found["source"].tolist()[-1] == "Harbour Safety Authority"


def test_the_body_publishing_a_page_is_named_by_its_copyright_line() -> None:
    assert page_body("Text.\n© 2021 The Ministry of Agriculture of the Russian Federation. All rights reserved.\n") == (
        "Russian Ministry of Agriculture",
        "Russia",
    )
    assert page_body("Text.\nCopyright © 2009-2021 Ministry of Finance, Government of Chile   Sitemap\n") == (
        "Chilean Ministry of Finance",
        "Chile",
    )
    # A news agency's page names no state's body: its "we" is left to the other rules.
    assert page_body("Text.\n© 2021 Velk News Agency. All rights reserved.\n") is None
    assert page_body("Text without a copyright line.\n") is None


def test_a_ministrys_we_on_its_own_page_is_the_ministry() -> None:
    body = (
        "We told our partners on Monday that the harbour would stay closed until the storm passed.\n\n"
        "Question: Will the harbour open on Friday?\n\n"
        "Answer: We have said that the harbour will open when it is safe.\n\n"
        "© 2021 The Ministry of Agriculture of the Russian Federation. All rights reserved.\n"
    )
    found = _attributions_of_raw(body)
    assert found["source"].tolist()[:2] == ["Russian Ministry of Agriculture"] * 2
    assert found["affiliation"].tolist()[:2] == ["Russia"] * 2


def test_an_outlet_named_before_an_apposition_is_taken_up_by_the_paper() -> None:
    found = attributions_of_paragraphs(
        "The Velk Ledger, the city's oldest daily, writes that the harbour fees are too high. "
        "The paper reports that two shipping lines have already left.",
    )
    assert found["source"].tolist()[-1] == "Velk Ledger"


def test_a_reported_subject_leaves_it_to_the_speaker_of_the_report() -> None:
    found = attributions_of_paragraphs(
        "Harbour Post: Fees again",
        "The harbour will lose two lines this year, the paper says. Shippers, however, are unlikely to stay long,"
        " it adds.",
    )
    assert found["source"].tolist() == ["Harbour Post", "Harbour Post"]


def test_a_hard_wrapped_sentence_keeps_its_speaker_for_the_pronoun() -> None:
    found = _attributions_of_raw(
        "Tomas Berg said the quotas were fair.\n\n"
        "Speaking for the fleet, IVAR LUNDQVIST said that the harbour could not wait. A closure would be\n"
        '"a disaster for the town," he said.\n'
    )
    assert found["source"].str.casefold().tolist()[-1] == "ivar lundqvist"


def test_a_bare_surname_is_the_speaker_named_in_full_before() -> None:
    found = attributions_of_paragraphs(
        "The harbour will stay open all winter, Velkian Deputy Harbour Minister Orsolya Tvardenko has said.",
        '"The berths are ours and the ships are ours," Tvardenko said.',
    )
    assert found["source"].tolist() == ["Orsolya Tvardenko", "Orsolya Tvardenko"]


def test_a_place_after_a_bodys_at_is_its_seat_not_the_speaker() -> None:
    found = attributions_of_paragraphs(
        "The Kalvian Harbour Ministry’s monitoring centre at the Vorsk base said that the ferries had been moved.",
    )
    assert found["source"].tolist()[0].startswith("Kalvian Harbour Ministry")
    assert found["source"].tolist()[0].endswith("monitoring centre")


def test_a_religious_title_is_no_part_of_the_name() -> None:
    assert written_source("Imam Tarek Olsen") == "Tarek Olsen"
    assert written_source("Rabbi Mira Kahnberg") == "Mira Kahnberg"
    assert written_source("Reverend") == "Reverend"


def test_dotted_initials_before_a_name_open_it() -> None:
    found = attributions_of_paragraphs("Ferry operator K.L. Orvenhaus said it would cancel the night crossings.")
    assert found["source"].tolist() == ["K.L. Orvenhaus"]
