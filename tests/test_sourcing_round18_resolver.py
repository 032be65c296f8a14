"""Round-18 resolver and naming classes (issue 11, tuner src18), each on invented names and sentences (no gold
page's text): a body's name with "of" after a state's possessive, a resolved name's placed country, a body of one
country modifying a post, a headline's bare head, no "several", a deictic place dropped."""

from __future__ import annotations

from analysis.sourcing.naming import without_deictic_place, written_source
from conftest import attributions_of_paragraphs


def test_a_states_possessive_places_a_body_whose_name_holds_of() -> None:
    found = attributions_of_paragraphs(
        "The walkout was called by Norway's General Federation of Crane Drivers over night shifts.",
        "The federation said the stoppage would last a week.",
        "Federation secretary Oda Brenn said the members had voted for it.",
    )
    assert found["affiliation"].tolist()[-2:] == ["Norway", "Norway"]


def test_a_description_resolved_to_a_placed_name_takes_its_country() -> None:
    found = attributions_of_paragraphs(
        "Barges queued outside the Norwegian port of Kessau on Monday.",
        "Officials of the Kessau Harbour Board met the crews at dawn.",
        "The harbour board said the locks would reopen on Friday.",
    )
    row = found.iloc[-1]
    assert (row["source"], row["affiliation"]) == ("Kessau Harbour Board", "Norway")


def test_a_body_of_one_country_before_a_post_ties_its_holder() -> None:
    # The NTSB is in sourcing_institutions.csv (United States).
    found = attributions_of_paragraphs(
        "Ivo Marsh, an NTSB board member, said the axle had cracked before the bend.",
        "Tess Gale, who spoke to the NTSB on Monday, said the train had been late.",
    )
    assert found["affiliation"].tolist() == ["United States", "unknown"]


def test_a_headline_head_without_article_is_the_body_the_text_names() -> None:
    found = attributions_of_paragraphs(
        "Railway says four wagons may leak",
        "The Orlen Valley Railway said four wagons may leak, and crews were sent to the bridge.",
    )
    assert found["source"].tolist()[0] == "Orlen Valley Railway"


def test_a_name_ending_in_the_head_keeps_an_and_between_capitalised_words() -> None:
    found = attributions_of_paragraphs(
        "The Rope and Sail Makers' Union said its members would stay out.",
        "Union says the offer is too low",
    )
    assert found["source"].tolist()[-1] == "Rope and Sail Makers' Union"


def test_several_like_some_is_no_count() -> None:
    assert written_source("Several Andean governments") == "Andean governments"
    assert written_source("several savers") == "savers"
    assert written_source("two savers") == "two savers"


def test_a_place_noun_pointing_back_to_the_setting_is_dropped() -> None:
    assert without_deictic_place("Grain brokers in the region") == "Grain brokers"
    assert without_deictic_place("Velk Rail fitter at the site") == "Velk Rail fitter"
    # A named place and a place noun that picks out one site stay.
    assert without_deictic_place("brokers in Lyon") == "brokers in Lyon"
    assert without_deictic_place("nurse at the clinic") == "nurse at the clinic"


def test_a_spokesperson_for_a_bare_noun_is_the_body_named_before() -> None:
    found = attributions_of_paragraphs(
        "Harwick Grain Terminals runs the quay. A spokeswoman for the company said the cranes were safe.",
    )
    assert found["source"].tolist() == ["Harwick Grain Terminals"]


def test_a_noun_spokesperson_is_the_body_its_noun_names() -> None:
    found = attributions_of_paragraphs(
        "Students at the University of Brell marched on Monday.",
        "A university spokesperson said the campus would stay open.",
    )
    assert found["source"].tolist() == ["University of Brell"]


def test_a_ministry_takes_the_country_of_its_minister() -> None:
    found = attributions_of_paragraphs(
        "Velmoria's central bank cut rates as Velmorian clinics ran short of vaccines.",
        "The Minister of Health of Velmoria, Ana Dross, opened the clinic on Monday.",
        "The Ministry of Health said the vaccines had arrived.",
    )
    row = found.iloc[-1]
    assert (row["source"], row["affiliation"]) == ("Velmorian Ministry of Health", "Velmoria")


def test_a_ministry_with_two_countries_ministers_stays_unknown() -> None:
    from analysis.sourcing.posts import ministry_country

    raw = "Norway's health minister met the Minister of Health of Velmoria, Ana Dross, in Oslo."
    forms = {"Norway": "Norway", "Velmoria": "Velmoria"}
    assert ministry_country(raw, "Ministry of Health", forms) == ""
    assert ministry_country("Norway's health minister spoke.", "health ministry", forms) == "Norway"


def test_a_society_is_a_body_not_a_persons_name() -> None:
    found = attributions_of_paragraphs("The Velk Chess Society said its members were watching the final.")
    assert found["source"].tolist() == ["Velk Chess Society"]


def test_a_body_named_after_a_common_nouns_possessive_is_its_full_name() -> None:
    found = attributions_of_paragraphs(
        "Members of the Brell Kurdish Society met on the lawn last spring.",
        "The college's Kurdish Society said its members would hold a vigil.",
    )
    assert found["source"].tolist()[-1] == "Brell Kurdish Society"


def test_a_firms_city_seat_in_a_persons_apposition_is_no_tie() -> None:
    found = attributions_of_paragraphs(
        '"Prices will rise," said Ines Vale, a grains analyst at Delmar Commodities in Paris.',
        "Tom Wick, Norway's envoy to the talks, said exporters were hit.",
    )
    assert found["affiliation"].tolist() == ["unknown", "Norway"]


def test_a_post_at_a_firm_seated_in_a_capital_is_no_tie() -> None:
    found = attributions_of_paragraphs(
        '"Rates will stay high," said Ida Holm, head of credit research at Velk Markets in Oslo.',
    )
    assert found["affiliation"].tolist() == ["unknown"]


def test_a_blocs_media_are_not_its_governments() -> None:
    found = attributions_of_paragraphs(
        "Western media reported that the convoy had turned back.",
        "Western diplomats said the convoy had turned back.",
    )
    assert found["affiliation"].tolist() == ["unknown", "Western governments"]


def test_a_copular_statement_places_a_body_as_an_apposition_does() -> None:
    found = attributions_of_paragraphs(
        "Brellbank is Norway's sixth-largest lender.",
        "Brellbank said its deposits were safe.",
    )
    assert found["affiliation"].tolist() == ["Norway"]


def test_a_post_of_a_description_takes_the_country_the_bodys_name_states() -> None:
    found = attributions_of_paragraphs(
        "The Electoral Board of Norway opened the boxes on Monday.",
        "The board's returning officer, Ida Lund, said the seals had been checked.",
    )
    assert found["affiliation"].tolist()[-1] == "Norway"


def test_a_spokesperson_without_owner_speaks_for_the_body_just_named() -> None:
    found = attributions_of_paragraphs(
        "The Norwegian Foreign Ministry said it was watching the border. A spokeswoman, Ida Berg, told reporters"
        " that the talks would go on.",
    )
    assert found["affiliation"].tolist() == ["Norway", "Norway"]
    # A named person with a post of no body keeps no country.
    other = attributions_of_paragraphs(
        "The Norwegian Foreign Ministry said it was watching the border. A farmer, Ida Berg, told reporters"
        " that the road was shut.",
    )
    assert other["affiliation"].tolist() == ["Norway", "unknown"]


def test_an_acronym_spelt_out_after_the_countrys_takes_the_country_named_before() -> None:
    found = attributions_of_paragraphs(
        "Floods have hit Norway since June, according to the country's Rural Water Board (RWB).",
        "The RWB said 40 villages were cut off.",
    )
    assert found["affiliation"].tolist()[-1] == "Norway"


def test_an_acronym_takes_the_country_its_spelt_out_name_states() -> None:
    found = attributions_of_paragraphs(
        "The chairman of the Rural Water Board of Norway opened the dam on Monday.",
        "According to the RWB, 40 villages were cut off.",
    )
    assert found["affiliation"].tolist()[-1] == "Norway"


def test_speaking_for_a_state_or_bloc_past_an_aside_ties_the_speaker() -> None:
    found = attributions_of_paragraphs(
        "Speaking for the European Union, in its capacity as observer, ANNA VOSS said that aid had been sent.",
        "Speaking for Norway, in a short statement, Per Holm said that aid was coming.",
    )
    assert found["affiliation"].tolist() == ["international", "Norway"]
