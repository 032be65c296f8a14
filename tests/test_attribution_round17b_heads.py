"""Round 17b (issue 11): the head of a speaker phrase, each rule on an invented sentence (none copied from the gold
pages): a singular person noun before ``in``/``at``/``of`` and a place or body keeps the place or body inside its
phrase (the person speaks, not "Tobruk" or "the firm"), also over a body's seat and past a participle or relative
clause before the cue; a body, document or event noun does not; and the comma closing an apposition in ``quoted X,
Name, as saying`` is no part of the speaker."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows


def test_a_person_noun_before_a_place_heads_the_speaker_phrase() -> None:
    found = extract("The paper's reporter in Tobruk said the ferries had stopped.")
    assert rows(found) == [["The paper's reporter in Tobruk", "said", "the ferries had stopped"]]


def test_a_person_noun_before_a_body_heads_the_phrase_past_a_relative_clause() -> None:
    found = extract(
        "A former accountant at the firm, who spoke on condition that she not be named, said the books were altered."
    )
    assert rows(found) == [["A former accountant at the firm", "said", "the books were altered"]]


def test_a_person_noun_heads_the_phrase_past_a_participle_clause() -> None:
    found = extract("The station's correspondent in Lyon, reporting from the bridge, said the water was still rising.")
    assert rows(found) == [["The station's correspondent in Lyon", "said", "the water was still rising"]]


def test_a_body_with_its_seat_after_a_person_noun_stays_in_the_phrase() -> None:
    found = extract(
        "A nurse at the clinic in Lyon said the wards were full.",
        "The head of the clinic in Lyon said more beds would come.",
    )
    assert rows(found) == [
        ["A nurse at the clinic in Lyon", "said", "the wards were full"],
        ["The head of the clinic in Lyon", "said", "more beds would come"],
    ]


def test_a_document_noun_before_of_leaves_the_body_as_the_speaker() -> None:
    found = extract("The report of the commission said the dykes were too low.")
    assert rows(found) == [["the commission", "said", "the dykes were too low"]]


def test_the_comma_closing_an_apposition_is_no_part_of_a_quoted_speaker() -> None:
    found = extract("The daily quoted the council's spokeswoman, Mara Lind, as saying that the roads would reopen.")
    assert rows(found) == [["the council's spokeswoman, Mara Lind", "saying", "the roads would reopen"]]
    assert found["source"].tolist() == ["Mara Lind"]


def test_a_place_after_a_preposition_inside_a_reported_clause_is_no_new_speaker() -> None:
    found = extract(
        'Lena Berg said the posts in Tarn had reported "no unusual traffic" near Vell.',
        'She added that the latest statements on Tarn showed that "the plan was drawn up long ago".',
    )
    assert rows(found) == [
        ["Lena Berg", "said", 'the posts in Tarn had reported "no unusual traffic" near Vell'],
        ["She", "added", 'the latest statements on Tarn showed that "the plan was drawn up long ago'],
    ]


def test_a_nested_report_with_a_speaker_of_its_own_stays() -> None:
    found = extract("The ministry said that officials in Kyiv had warned that the dam was weak.")
    assert rows(found) == [
        ["The ministry", "said", "officials in Kyiv had warned that the dam was weak"],
        ["officials in Kyiv", "warned", "the dam was weak"],
    ]


def test_a_report_after_an_object_content_or_a_coordinated_clause_keeps_its_speaker() -> None:
    found = extract(
        "Lawyers for a clerk accused of hiding files at the registry in Vell have asked the court to hear him.",
        "The ministry said the report was rigged, and some of the clerks themselves have said the same thing.",
    )
    assert "the clerks themselves" in found["speaker_text"].tolist()
    assert {"accused", "asked"} <= set(found["cue"])


def test_an_ampersand_between_capitalised_words_stays_inside_a_firms_name() -> None:
    found = extract("Analysts at Lind & Moe said the bank was safe.", "Lind & Moe analysts said the fund was safe.")
    assert found["speaker_text"].tolist() == ["Analysts at Lind & Moe", "Lind & Moe analysts"]


def test_a_person_noun_before_a_place_heads_the_speaker_of_as_x_put_it() -> None:
    found = extract("As a colleague in Tarn put it to me, the road is shut.")
    assert rows(found) == [["a colleague in Tarn", "put", "the road is shut"]]


def test_an_age_between_commas_is_no_speaker_but_the_name_before_it_is() -> None:
    found = extract("Ana Berg, 64, who moved to Vell in 2016, said she would join the march.")
    assert rows(found) == [["Ana Berg", "said", "she would join the march"]]


def test_a_contrast_with_its_own_subject_ends_a_reported_clause() -> None:
    found = extract(
        "Ms Lind says there is no plan, but the plan has been published.",
        "The firm said it would close two depots, but would not cut jobs.",
        'The mayor said "we will rebuild, but the money is not there".',
    )
    assert rows(found) == [
        ["Ms Lind", "says", "there is no plan"],
        ["The firm", "said", "it would close two depots, but would not cut jobs"],
        ["The mayor", "said", "we will rebuild, but the money is not there"],
    ]


def test_a_coordinated_bare_speaker_keeps_its_first_conjunct() -> None:
    found = extract(
        "Hydrologists and weather officials said the river was rising.",
        "Earlier, police and rescue workers said the road was shut.",
        "Prices rose and farmers said the rain came late.",
    )
    assert found["speaker_text"].tolist() == [
        "Hydrologists and weather officials",
        "police and rescue workers",
        "farmers",
    ]


def test_a_line_ending_on_a_past_cue_runs_into_a_line_opening_with_a_figure_or_day() -> None:
    found = extract(
        "The Harbour Workers' Union (HWU) said\n87 per cent of members had turned the offer down.",
        'VELL FALLS — County and rail officials said\nMonday they were weighing a "controlled burn".',
        "What the report said\n2023 was a hard year for the port.",
    )
    assert found["cue"].tolist() == ["said", "said"]
    assert found["content"].str.startswith(("87 per cent", "Monday they were")).all()


def test_a_line_ending_on_a_closing_quotation_mark_runs_into_a_lower_case_line() -> None:
    found = extract(
        'County officials said they were weighing a "controlled burn"\nof the spilled fuel from three cars.'
    )
    assert rows(found) == [
        ["County officials", "said", 'they were weighing a "controlled burn"\nof the spilled fuel from three cars']
    ]
