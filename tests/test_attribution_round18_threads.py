"""Round 18 (issue 11): the attribution grammar of threads, market notes and agency copy, each rule on an invented
sentence (none copied from the gold pages): a post-posed ``per`` as a cue (a handle, a data source, a clause after
", and"), ``per`` as a preposition of a rate, a hearer pronoun after ``to``, a thread post's number before the
speaker, a part of the day after a cue, a name and a common noun modifying a singular head, and an inverted
speaker whose possessor is a common noun."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_per_after_a_comma_names_the_source_of_the_clause_before() -> None:
    found = extract("Oat prices fell 3% in early trade, per Grainex data.")
    assert rows(found) == [["Grainex data", "per", "Oat prices fell 3% in early trade"]]


def test_per_before_a_handle_reads_the_handle_as_speaker() -> None:
    found = extract("Attendance at the ferry vote was 48%, per @harbour_board.")
    assert rows(found) == [["@harbour_board", "per", "Attendance at the ferry vote was 48%"]]


def test_per_of_a_rate_and_as_per_are_no_cue() -> None:
    found = extract(
        "The union wants two guards per pier and 5 per cent more pay.",
        "The crews will rest for an hour, as per the 2019 deal.",
    )
    assert rows(found) == []


def test_per_sources_the_coordinated_clause_and_cuts_the_first_content() -> None:
    found = extract(
        "The ferry firm confirmed it has cancelled two sailings, and a rival is weighing its options, per a porter."
    )
    assert rows(found) == [
        ["The ferry firm", "confirmed", "it has cancelled two sailings"],
        ["a porter", "per", "a rival is weighing its options"],
    ]


def test_a_hearer_pronoun_after_to_is_no_content() -> None:
    found = extract("The ferry firm confirmed to me it has cancelled two sailings.")
    assert rows(found) == [["The ferry firm", "confirmed", "it has cancelled two sailings"]]


def test_a_thread_post_number_does_not_stop_the_speaker_phrase() -> None:
    found = extract("3/ The harbour board's chair, Lena Moe, said the pier would reopen in May.")
    assert rows(found) == [["The harbour board's chair, Lena Moe", "said", "the pier would reopen in May"]]


def test_a_part_of_the_day_after_a_cue_is_no_content() -> None:
    found = extract(
        "The ferry captain said last night he would sail at dawn.",
        "The pier manager said on Monday evening the cranes were idle.",
    )
    assert found["content"].tolist() == ["he would sail at dawn", "the cranes were idle"]


def test_a_name_and_a_common_noun_before_a_singular_head_open_at_the_determiner() -> None:
    found = extract("The EU fisheries mission said that the quotas were fair.")
    assert rows(found) == [["The EU fisheries mission", "said", "the quotas were fair"]]


def test_a_figure_before_a_noun_is_no_modifier_of_a_speaker() -> None:
    found = extract("The council will seek a USD 20 million flash appeal for the harbour on Friday.")
    assert "appeal for" not in found["cue"].tolist()


def test_an_inverted_speaker_owned_by_a_common_noun() -> None:
    found = extract('"We are not against the new cranes," said the union\'s press officer, Piet Vos.')
    assert rows(found) == [
        ["the union's press officer, Piet Vos", "said", "We are not against the new cranes"],
    ]


def test_a_request_in_the_past_perfect_inside_a_report_is_a_nested_row() -> None:
    # Round 19 ruling (nested_speech_act_row) overrules round 18 here: the nested request is a row of its own.
    found = extract(
        "The mayor said the harbour board had asked the council to send divers.",
        "The pier owners had asked for an inquiry, the skipper said.",
    )
    assert found["cue"].tolist() == ["said", "asked", "said", "asked for"]


def test_a_request_in_the_past_perfect_alone_still_reports() -> None:
    found = extract("The harbour board had asked the council to send divers.")
    assert rows(found) == [["The harbour board", "asked", "the council to send divers"]]


def test_a_warning_in_the_past_perfect_inside_a_report_stays_a_report() -> None:
    found = extract("The mayor said the harbour board had warned that the pier was unsafe.")
    assert found["cue"].tolist() == ["said", "warned"]


def test_disputes_reports_its_object_and_a_dispute_is_no_cue() -> None:
    found = extract(
        "The port authority disputes the union's figures.",
        "Workers walked out in a labour dispute over pay.",
        "The pier manager does not dispute the arithmetic.",
    )
    assert rows(found) == [["The port authority", "disputes", "the union's figures"]]


def test_a_gerund_after_worth_is_the_writers_remark() -> None:
    found = extract(
        "Worth saying: the ferry firm has not published its safety figures.",
        "It is worth noting that the pier was built in 1920.",
    )
    assert rows(found) == []


def test_acknowledges_before_a_determined_object_is_no_cue() -> None:
    found = extract(
        "The council acknowledges the traditional owners of the harbour.",
        "The pier manager acknowledged that the cranes were old.",
    )
    assert rows(found) == [["The pier manager", "acknowledged", "the cranes were old"]]


def test_a_speakers_own_act_after_and_ends_the_content_of_a_past_cue() -> None:
    found = extract("A ferry spokesperson confirmed a new timetable had arrived and declined to say more.")
    assert found["content"].tolist() == ["a new timetable had arrived"]


def test_that_after_a_coordinated_cue_belongs_to_that_cue() -> None:
    found = extract("A port spokeswoman, Ana Lind, said 300 crew needed help and warned that fuel could run out.")
    assert found[["cue", "content"]].values.tolist() == [
        ["said", "300 crew needed help"],
        ["warned", "fuel could run out"],
    ]


def test_a_floating_all_after_a_plural_speaker_is_skipped() -> None:
    found = extract(
        "Oslo, Bergen and Tromso all say there is a limit.",
        "All three unions said the offer was too low.",
    )
    assert rows(found) == [
        ["Oslo, Bergen and Tromso", "say", "there is a limit"],
        ["All three unions", "said", "the offer was too low"],
    ]


def test_an_s_form_after_a_singular_noun_before_that_is_the_verb() -> None:
    found = extract(
        "The harbour board reports that the pier is safe.",
        "The port authority estimates that the strike costs the town a fortune.",
    )
    assert rows(found) == [
        ["The harbour board", "reports", "the pier is safe"],
        ["The port authority", "estimates", "the strike costs the town a fortune"],
    ]


def test_an_s_form_before_a_relative_that_stays_a_noun() -> None:
    found = extract("The council published the pier reports that were written in May.")
    assert rows(found) == []


def test_a_place_head_after_its_name_stays_in_the_speaker_phrase() -> None:
    found = extract("Residents of Tarn province say the ferry has not come for a week.")
    assert rows(found) == [["Residents of Tarn province", "say", "the ferry has not come for a week"]]


def test_an_abbreviated_month_between_speaker_and_cue() -> None:
    found = extract("The mayor on Oct. 12 said the pier was safe.")
    assert rows(found) == [["The mayor", "said", "the pier was safe"]]
