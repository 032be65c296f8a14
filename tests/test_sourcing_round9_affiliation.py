"""Round-9 affiliation rules (issue 11: a person tied to a body named before, an acronym spelt out earlier,
roles and gazetteer entries), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def row(found: pd.DataFrame, speaker: str) -> pd.Series:
    """The one row whose speaker is written ``speaker``."""
    rows = found[found["speaker_text"] == speaker]
    assert len(rows) == 1, found[["speaker_text", "source", "affiliation"]]
    return rows.iloc[0]


def test_its_post_takes_the_country_of_the_body_subject_of_the_sentence_before() -> None:
    found = extract(
        "The Chilean Forestry Corporation, which runs the southern nurseries, has planted two million saplings. "
        '"Every hillside will be green again," its director, Tomasz Brenko, told reporters.'
    )
    assert row(found, "its director, Tomasz Brenko")["affiliation"] == "Chile"


def test_a_possessive_description_takes_the_country_of_the_body_it_resolves_to() -> None:
    found = extract(
        "Kenya's Coffee Marketing Board said on Friday that auction prices had doubled.",
        "The board's head of exports, Wanjiru Otieno, said buyers from Europe had returned.",
        '"We have never sold so much," she said.',
    )
    assert row(found, "The board's head of exports, Wanjiru Otieno")["affiliation"] == "Kenya"
    # The person learnt her country: a later pronoun carries it.
    assert row(found, "she")["affiliation"] == "Kenya"


def test_a_post_of_an_acronym_takes_the_country_of_the_name_spelt_out_before() -> None:
    found = extract(
        "Floodwater reached the northern districts, according to Peru's National Water Authority (NWA).",
        "The chairman of the NWA, Ricardo Salazar, said pumps had been sent.",
        "The NWA said the river would crest on Sunday.",
    )
    assert row(found, "The chairman of the NWA, Ricardo Salazar")["affiliation"] == "Peru"
    assert row(found, "The NWA")["affiliation"] == "Peru"


def test_a_post_of_a_body_named_with_its_country_in_the_apposition() -> None:
    found = extract(
        '"Bread will cost more by June," Mara Ilic, chairperson of the Bakers Association of Croatia, '
        "told the paper on Tuesday."
    )
    assert row(found, "Mara Ilic")["affiliation"] == "Croatia"


def test_a_post_without_a_stated_country_stays_unknown() -> None:
    found = extract(
        "The Harbour Pilots' Guild said on Monday that night crossings would stop.",
        "Its director, Tomasz Brenko, said the buoys were unlit.",
    )
    assert row(found, "Its director, Tomasz Brenko")["affiliation"] == "unknown"


def test_a_party_secretary_general_is_no_international_official() -> None:
    found = extract(
        '"The count was clean," said Felix Amadi, secretary-general of the ruling Unity Congress, on Monday.'
    )
    assert row(found, "Felix Amadi")["affiliation"] == "unknown"


def test_a_chief_executive_officer_is_no_military_officer() -> None:
    found = extract(
        '"Our depositors are safe," said Lina Moreau, chief executive officer of the Uruguayan Savings Bank.'
    )
    found_row = row(found, "Lina Moreau")
    assert found_row["source_type"] == "leader"
    assert found_row["affiliation"] == "Uruguay"


def test_a_pronoun_carries_the_country_its_speaker_phrase_stated() -> None:
    found = extract(
        "Ghana's agriculture minister, Kofi Boateng, said on Monday that the harvest had failed.",
        '"We will import seedlings," he said.',
    )
    assert row(found, "he")["source"] == "Kofi Boateng"
    assert row(found, "he")["affiliation"] == "Ghana"


def test_she_skips_an_intervening_man_known_by_his_given_name() -> None:
    found = extract(
        "University rector Ayse Korkmaz said the campus would stay closed.",
        "Deputy mayor Ertan Bulut said buses would run as usual.",
        '"The exams will wait," she said.',
    )
    assert row(found, "she")["source"] == "Ayse Korkmaz"


def test_a_state_the_text_introduces_is_a_country_for_the_affiliation() -> None:
    found = extract(
        "Trellonia's finance ministry said on Monday that the currency would float.",
        '"The float is orderly," said the Governor of the National Bank of Trellonia, Paul Varga.',
    )
    assert row(found, "Trellonia's finance ministry")["affiliation"] == "Trellonia"
    assert row(found, "the Governor of the National Bank of Trellonia, Paul Varga")["affiliation"] == "Trellonia"


def test_a_capitalised_word_with_no_state_body_is_not_learnt_as_a_country() -> None:
    found = extract(
        "Trellonia Mills said on Monday that flour prices would rise.",
        "Trellonia's chief executive said the mill was running at night.",
    )
    assert found["affiliation"].tolist() == ["unknown", "unknown"]


def test_a_body_takes_the_country_its_introducing_apposition_states() -> None:
    found = extract(
        'Kestrel Bulk Carriers ("Kestrel" or the "Company"), a Maltese shipowner, said it would stop all voyages.',
        "Kestrel said two ships were waiting at anchor.",
    )
    assert row(found, "Kestrel")["affiliation"] == "Malta"


def test_a_body_whose_apposition_names_no_country_stays_unknown() -> None:
    found = extract(
        "Kestrel Bulk Carriers, an independent shipowner, said it would stop all voyages.",
        "Kestrel said two ships were waiting at anchor.",
    )
    assert row(found, "Kestrel")["affiliation"] == "unknown"


def test_an_apposition_naming_a_defined_body_gives_its_country() -> None:
    found = extract(
        'Kestrel Bulk Carriers Ltd. ("Kestrel" or the "Company"), a Maltese shipowner, '
        "today announced that it had suspended all voyages.",
        '"We will wait," said Tomas Vella, the Company\'s chief operating officer.',
    )
    assert row(found, "Tomas Vella")["affiliation"] == "Malta"


def test_a_relative_clause_naming_the_body_a_person_heads_gives_its_country() -> None:
    found = extract(
        "Chile's Mining Ministry said on Monday that the copper mines would reopen.",
        '"The shafts are safe," Rosa Pinto, who heads the ministry, told reporters.',
    )
    assert row(found, "Rosa Pinto")["affiliation"] == "Chile"


def test_a_possessor_inside_a_relative_clause_is_the_body_not_the_clause() -> None:
    found = extract(
        "Chile's Mining Ministry said on Monday that the copper mines would reopen.",
        '"The shafts are safe," Rosa Pinto, who heads the ministry\'s safety office, told reporters.',
    )
    assert row(found, "Rosa Pinto")["affiliation"] == "Chile"
