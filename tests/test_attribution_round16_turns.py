"""Round 16 (issue 11): reported speech inside a speaker's own turn (a member's speech, a witness's answer):
a base-form cue with the speaker's ``me``/``us`` as hearer, an adverb between auxiliary and cue, ``asked for``
and ``requested`` with their object, and what is not a report: the speaker's hedged ``I'd say`` and a bare
``said the same``. Invented sentences, none copied from the gold pages."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_a_base_form_cue_before_the_speakers_own_me_is_a_verb() -> None:
    found = extract("Fishermen on the north shore tell me that the cod have moved west.")
    assert [row[1:] for row in rows(found)] == [["tell", "the cod have moved west"]]


def test_a_base_form_cue_before_us_is_a_verb() -> None:
    found = extract("The nurses of the county warn us that the wards are full.")
    assert [row[1:] for row in rows(found)] == [["warn", "the wards are full"]]


def test_a_noun_before_her_stays_a_noun() -> None:
    found = extract("The claim her lawyers filed was rejected in March.")
    assert rows(found) == []


def test_since_between_the_auxiliary_and_the_cue() -> None:
    found = extract("The harbour master has since said that the buoys were moved.")
    assert rows(found) == [["The harbour master", "said", "the buoys were moved"]]


def test_asked_for_takes_its_object_as_content_up_to_a_subordinate_clause() -> None:
    found = extract("The ferry company has asked for our patience while the pier is rebuilt.")
    assert rows(found) == [["The ferry company", "asked for", "our patience"]]


def test_requested_takes_its_object_as_content() -> None:
    found = extract("The mountain villages requested two snow ploughs for the winter.")
    assert rows(found) == [["The mountain villages", "requested", "two snow ploughs for the winter"]]


def test_plural_requests_is_a_noun() -> None:
    found = extract("For reprint requests write to the picture desk.")
    assert rows(found) == []


def test_a_hedged_first_person_opinion_is_not_a_report() -> None:
    for text in (
        "I'd say the bus lanes have worked.",
        "I’d say the bus lanes have worked.",
        "We would argue that the bus lanes have worked.",
        "I would add that the bus lanes have worked.",
    ):
        assert rows(extract(text)) == [], text


def test_a_third_person_would_still_reports() -> None:
    found = extract("The mayor said on Monday the bus lanes have worked.")
    assert rows(found) == [["The mayor", "said", "the bus lanes have worked"]]


def test_a_bare_the_same_reports_no_content() -> None:
    for text in ("The club said the same to the league on Friday.", "The club has said much the same."):
        assert rows(extract(text)) == [], text


def test_the_same_before_a_noun_or_a_verb_still_reports() -> None:
    assert rows(extract("The club said the same thing about the stadium.")) == [
        ["The club", "said", "the same thing about the stadium"]
    ]
    assert rows(extract("The club told the same hearing that the stands were safe.")) == [
        ["The club", "told", "the stands were safe"]
    ]
    assert rows(extract("The club said the same stands were safe.")) == [
        ["The club", "said", "the same stands were safe"]
    ]


def test_a_capitalised_us_after_a_cue_noun_is_a_country() -> None:
    found = extract("The agencies launched a flash appeal for US$40 million on Monday.")
    assert rows(found) == []


def test_a_negative_subject_reports_no_statement() -> None:
    for text in (
        "Neither the council nor the port board has announced a closure of the quay.",
        "No official has said the quay is closed.",
        "Nobody at the council has confirmed that the quay is closed.",
        "None of the ministers said the quay was closed.",
    ):
        assert rows(extract(text)) == [], text


def test_a_negative_word_inside_the_content_or_an_adverbial_is_no_negative_subject() -> None:
    assert rows(extract("The council said no ship would dock.")) == [["The council", "said", "no ship would dock"]]
    found = extract("With no warning the council said the quay was closed.")
    assert [row[1:] for row in rows(found)] == [["said", "the quay was closed"]]


def test_an_adverbial_of_time_after_a_cue_reports_nothing() -> None:
    found = extract("The board wrote to us in May about the cost. We replied within a week with a plan.")
    assert [row[1] for row in rows(found)] == []


def test_an_adverbial_after_a_cue_ends_at_a_coordinated_clause() -> None:
    found = extract("We replied within a week with a plan, and the board told us on Friday that the plan was sound.")
    assert [row[1:] for row in rows(found)] == [["told", "the plan was sound"]]


def test_a_plural_speaker_with_a_place_speaks_in_the_present() -> None:
    found = extract("Beekeepers in the valley say the frost killed half of their hives.")
    assert rows(found) == [["Beekeepers in the valley", "say", "the frost killed half of their hives"]]
    found = extract("Residents of the town warn that the river is rising.")
    assert rows(found) == [["Residents of the town", "warn", "the river is rising"]]


def test_a_fronted_prepositional_phrase_is_not_a_plural_speaker() -> None:
    found = extract("In the appeal, the group said the verdict was wrong.")
    assert rows(found) == [["the group", "said", "the verdict was wrong"]]


def test_adding_a_sum_to_something_is_no_report() -> None:
    found = extract("Hauliers in the north say the closures are adding two to three hours to each trip.")
    assert rows(found) == [["Hauliers in the north", "say", "the closures are adding two to three hours to each trip"]]
    assert rows(extract("The mayor said the storm added 300 homes to the list."))[1:] == []


def test_added_with_a_that_clause_or_a_quotation_still_reports() -> None:
    assert rows(extract("The mayor added that the bridge was safe.")) == [["The mayor", "added", "the bridge was safe"]]
    assert [row[1:] for row in rows(extract('"We will rebuild," she added.'))] == [["added", "We will rebuild"]]


def test_a_cue_word_after_a_classifier_noun_and_of_is_a_noun() -> None:
    found = extract("A clerk at the embassy, Ola Berg, said Oslo had issued the same kind of warning before the flood.")
    assert [row[1:] for row in rows(found)] == [["said", "Oslo had issued the same kind of warning before the flood"]]


def test_reporting_something_to_an_authority_is_no_report() -> None:
    found = extract("Her spokesman said the club had reported the letter to the police.")
    assert rows(found) == [["Her spokesman", "said", "the club had reported the letter to the police"]]


def test_reported_with_a_clause_still_reports() -> None:
    found = extract("The agency reported the army moved troops to the border.")
    assert rows(found) == [["The agency", "reported", "the army moved troops to the border"]]


def test_a_bare_this_or_so_reports_no_content() -> None:
    for text in ("The council has said this, in almost the same words, before every vote.", "The council said so."):
        assert rows(extract(text)) == [], text


def test_this_before_a_noun_a_verb_or_a_colon_still_reports() -> None:
    assert [row[2] for row in rows(extract("The council said this week that the quay would close."))] == [
        "the quay would close"
    ]
    assert [row[2] for row in rows(extract("Skippers say this is the worst season in years."))] == [
        "this is the worst season in years"
    ]


def test_a_plural_speaker_with_a_possessive_place_speaks_in_the_present() -> None:
    found = extract("As Oslo warns of a storm, members of the town's fishing club say they are staying ashore.")
    assert ["members of the town's fishing club", "say", "they are staying ashore"] in rows(found)


def test_responded_reports_before_a_that_clause() -> None:
    found = extract("The harbour board responded that it would treat all ferries in the same way.")
    assert rows(found) == [["The harbour board", "responded", "it would treat all ferries in the same way"]]


def test_responded_to_or_with_something_is_an_act() -> None:
    for text in ("The army responded with air strikes on the town.", "Police responded to the call within minutes."):
        assert rows(extract(text)) == [], text
