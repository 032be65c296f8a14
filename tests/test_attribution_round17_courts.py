"""Round 17 (issue 11): the attribution grammar of court reports and media-monitoring digests, each rule on an
invented sentence (none copied from the gold pages): counsel's ``submitted that``, a concession ``accepted that``,
a ruling or finding in words, a post-posed passive of telling with no agent, ``put it to X that``, ``As X put
it``, a formal ``notified``, the bare title ``Counsel for the X, Name,``, a restrictive relative on the speaker, a
date between speaker and cue, and what is no report: a bracketed note's label, ``in writing``, a court's decision
on an application, a passive chain ``to be filmed and blamed on``, ``state news agency``."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_submitted_that_reports_counsels_argument() -> None:
    found = extract("Counsel for the landlord, Petra Lorne KC, submitted that the lease had lapsed in June.")
    assert rows(found) == [["Counsel for the landlord, Petra Lorne KC", "submitted", "the lease had lapsed in June"]]


def test_submitted_with_an_object_is_no_report() -> None:
    found = extract("The ferry company submitted its accounts to the registry in May.")
    assert rows(found) == []


def test_accepted_that_reports_a_concession_but_accepted_an_offer_does_not() -> None:
    found = extract(
        "Under questioning, the surveyor accepted that the beams had never been tested.",
        "The tenants accepted an offer that covers the repairs.",
    )
    assert rows(found) == [["the surveyor", "accepted", "the beams had never been tested"]]


def test_a_finding_after_a_short_adverbial_and_a_solution_that_is_no_report() -> None:
    found = extract(
        "The inquiry found in April that the valves had been left open.",
        "Both towns hope to find a solution that keeps the ferry running.",
    )
    assert rows(found) == [["The inquiry", "found", "the valves had been left open"]]


def test_a_postposed_ruling_takes_the_clause_before_the_comma() -> None:
    found = extract("A bakery chain must repay the grant it received in 2021, the county court ruled on Friday.")
    assert rows(found) == [["the county court", "ruled", "A bakery chain must repay the grant it received in 2021"]]


def test_rules_as_a_noun_is_no_cue() -> None:
    found = extract("The league wants every club, and every referee, bound by the same rules.")
    assert rows(found) == []


def test_a_postposed_passive_of_telling_has_no_agent() -> None:
    found = extract("The pharmacist sold the pills without a prescription, a jury at Dunmore Crown Court was told.")
    assert found["cue"].tolist() == ["told"]
    assert found["content"].tolist() == ["The pharmacist sold the pills without a prescription"]
    assert found["agentless"].tolist() == [True]


def test_a_fronted_according_to_is_no_postposed_clause() -> None:
    found = extract("According to two clerks at the registry, the surveyors have been told to stay home.")
    assert "told" not in found["cue"].tolist()


def test_put_it_to_her_that_is_a_report() -> None:
    found = extract("He put it to her that the ledger had been altered after the audit.")
    assert rows(found) == [["He", "put", "the ledger had been altered after the audit"]]


def test_notified_that_is_a_report_and_notified_the_police_is_not() -> None:
    found = extract(
        "The port authority has notified shipping firms that the channel will close on Monday.",
        "The caretaker notified the police on Sunday.",
    )
    assert rows(found) == [["The port authority", "notified", "the channel will close on Monday"]]


def test_a_restrictive_relative_on_the_speaker_is_skipped() -> None:
    found = extract("Two nurses who worked at the clinic told the inquiry that the ward had no heating.")
    assert rows(found) == [["Two nurses", "told", "the ward had no heating"]]


def test_a_date_between_the_speaker_and_the_cue() -> None:
    found = extract("Radio Velta on 12 May said that the bridge would reopen.")
    assert rows(found) == [["Radio Velta", "said", "the bridge would reopen"]]


def test_a_bracketed_notes_label_is_no_cue() -> None:
    found = extract("[Editor's note: The mill lies on the river north of the town.]")
    assert rows(found) == []


def test_in_writing_names_a_manner_not_a_report() -> None:
    found = extract("The clerk said she had warned the mayor in writing that the roof would leak.")
    assert found["cue"].tolist() == ["said", "warned"]


def test_dismissing_an_application_is_a_decision_not_a_report() -> None:
    found = extract(
        "The judge said the tenants had waited too long, and dismissed their application at a hearing on Monday."
    )
    assert rows(found) == [["The judge", "said", "the tenants had waited too long"]]


def test_the_second_participle_of_a_passive_chain_is_no_report() -> None:
    found = extract("The agency said the rebels planned a fire at the depot, to be filmed and blamed on the army.")
    assert found["cue"].tolist() == ["said"]


def test_a_coordinated_report_after_a_passive_infinitive_stays_a_report() -> None:
    found = extract("The envoy called for the ceasefire to be extended and said the monitors would stay.")
    assert found["cue"].tolist() == ["called for", "said"]


def test_state_before_news_agency_is_no_cue() -> None:
    found = extract("The summary quoted a report by the Veldavian state news agency Velpress on the harvest.")
    assert "state" not in found["cue"].tolist()


def test_as_x_put_it_gives_the_main_clause_to_x() -> None:
    found = extract(
        'As the harbour master put it last week, there were "no easy answers" for the fleet.',
        "She put it on the shelf by the door.",
    )
    assert rows(found) == [["the harbour master", "put", 'there were "no easy answers" for the fleet']]
