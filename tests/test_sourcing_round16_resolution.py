"""Round-16 resolution rules (issue 11), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

from conftest import attributions_of_paragraphs


def test_a_description_stating_another_country_is_not_the_nearest_person() -> None:
    found = attributions_of_paragraphs(
        "Talks on the Valmora dam resumed on Tuesday. Irrigation Minister Pavel Orlik of Veldavia said the gates"
        " would stay shut. The Austrian envoy said the downstream farms were drying out.",
    )
    assert found["source"].tolist()[-1] == "Austrian envoy"
    assert found["affiliation"].tolist()[-1] == "Austria"


def test_a_description_with_a_post_of_another_type_is_not_the_nearest_person() -> None:
    found = attributions_of_paragraphs(
        "Water Minister Tom Arden said the reservoir was full.",
        "The French ambassador told the committee that the dam had been inspected twice.",
    )
    assert found["source"].tolist() == ["Tom Arden", "French ambassador"]


def test_a_description_agreeing_with_the_nearest_person_still_takes_it_up() -> None:
    found = attributions_of_paragraphs(
        "Maj. Gen. Ivan Tesko, a Russian officer, said the convoy had left. The Russian officer added that the"
        " road was open.",
    )
    assert found["source"].tolist() == ["Ivan Tesko", "Ivan Tesko"]


def test_a_time_adverbial_closing_the_speaker_is_no_part_of_the_source() -> None:
    found = attributions_of_paragraphs(
        "Portugal on Thursday closed the dam gates, saying the reservoir was too low.",
        "The Kelso board in March said the gates would reopen.",
    )
    assert found["source"].tolist()[0] == "Portugal"
    assert found["affiliation"].tolist()[0] == "Portugal"


def test_a_demonym_naming_a_bodys_members_ties_it_to_no_state() -> None:
    found = attributions_of_paragraphs(
        "Members of Kelso College's Chilean Students' Association collected blankets for the flood camps, the"
        " association said on Friday. Ana Reyes, the association's treasurer, said the van would leave on Sunday.",
        "The Nepali Society said its members would hold a vigil.",
    )
    assert found["affiliation"].tolist() == ["unknown", "unknown", "unknown"]


def test_a_demonym_before_a_bodys_own_name_still_gives_its_state() -> None:
    found = attributions_of_paragraphs("The Chilean Red Cross Society said its teams had reached the valley.")
    assert found["affiliation"].tolist() == ["Chile"]


def test_a_federal_state_owning_a_post_ties_the_official_to_its_country() -> None:
    found = attributions_of_paragraphs(
        "Oregon's emergency director, Dana Pike, told reporters that the road was shut.",
        "Nevada state Rep. Lou Grant said the levy was unfair.",
        "Sam Ortiz, who runs a feed store in Kansas City, said prices had doubled.",
        "Farmers in Iowa said the harvest was late.",
    )
    assert found["affiliation"].tolist() == ["United States", "United States", "unknown", "unknown"]


def test_a_national_body_takes_the_one_country_its_sentence_names() -> None:
    found = attributions_of_paragraphs(
        "Landslides have cut the main road across Nepal, the National Roads Directorate said on Friday.",
        "Trade between Chile and Peru fell by a third, the National Customs Board said.",
    )
    assert found["affiliation"].tolist() == ["Nepal", "unknown"]


def test_a_un_specialised_agency_is_international() -> None:
    found = attributions_of_paragraphs(
        "The International Labour Organization said dock wages had fallen. The World Meteorological Organisation"
        " warned that the heat would last."
    )
    assert found["affiliation"].tolist() == ["international", "international"]


def test_a_plural_head_before_a_seat_stays_in_the_speaker_phrase() -> None:
    found = attributions_of_paragraphs(
        "Relief agencies in Chad told the council that the wells were dry. Our partners in Mopti tell us that"
        " the road is closed."
    )
    assert found["speaker_text"].tolist() == ["Relief agencies in Chad", "Our partners in Mopti"]


def test_their_post_takes_up_a_named_body_the_sentence_before_holds_as_object() -> None:
    found = attributions_of_paragraphs(
        "Dr Lena Hart has worked with the White Helmets since 2016. Their deputy director, Omar Saleh, told her that"
        " the shelters were full."
    )
    assert found["affiliation"].tolist() == ["Syria"]
