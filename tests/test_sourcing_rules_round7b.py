"""Round-7b attribution rules (issue 11: translated and Indian-English cues), each on an invented example
(no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_speech_cue_reports_a_that_clause_after_an_object() -> None:
    found = extract("The harbour master informed the aldermen that the north quay would close in March.")
    assert found["cue"].tolist() == ["informed"]
    assert found["speaker_text"].tolist() == ["The harbour master"]
    assert found["content"].tolist() == ["the north quay would close in March"]


def test_opined_with_an_adverbial_before_that_is_a_cue() -> None:
    found = extract("Economist Priya Venkat opined on Tuesday that jute prices would stay low.")
    assert found["cue"].tolist() == ["opined"]
    assert found["content"].tolist() == ["jute prices would stay low"]


def test_a_speech_cue_without_a_that_clause_is_narration() -> None:
    found = extract(
        "The council recalled its envoy from the river province.",
        "The ferry cannot be considered safe in winter.",
        "Fares are in euros unless otherwise indicated.",
    )
    assert found.empty


def test_a_speech_cue_after_a_quotation_closed_by_a_comma_inverts() -> None:
    found = extract(
        '"The mill will not reopen this year," lamented the president of the Millers Guild, Ines Corvo.',
        '"Deliveries resume on Monday," indicated a spokeswoman for the rail operator.',
        '"Nothing was hidden from the auditors", he affirmed.',
    )
    assert found["cue"].tolist() == ["lamented", "indicated", "affirmed"]
    assert found["speaker_text"].tolist() == [
        "the president of the Millers Guild, Ines Corvo",
        "a spokeswoman for the rail operator",
        "he",
    ]
    assert found["mode"].tolist() == ["direct", "direct", "direct"]
    assert found["content"].tolist()[0] == "The mill will not reopen this year"


def test_an_inverted_speaker_keeps_its_role_complement() -> None:
    found = extract(
        '"The trains will run again by Friday," said a spokesman for the rail operator.',
        '"Stocks are ample," said the chairman of the grain exchange.',
    )
    assert found["speaker_text"].tolist() == ["a spokesman for the rail operator", "the chairman of the grain exchange"]
    assert found["content"].tolist() == ["The trains will run again by Friday", "Stocks are ample"]


def test_a_capitalised_title_takes_up_the_person_it_introduced() -> None:
    found = extract(
        "The Governor of the Lorvan Reserve Bank, Mr. Anton Brek, stated that the quota would be halved.",
        "Trade envoy Clara Mendel said the talks would resume in June.",
        "The Governor underlined that the boats would be compensated.",
    )
    assert found["speaker_text"].tolist()[-1] == "The Governor"
    assert found["source"].tolist()[-1] == "Anton Brek"


def test_a_ministry_named_with_its_country_after_it_takes_the_country_adjective() -> None:
    found = extract(
        "The Ministry of Water and Irrigation of Kenya published its reservoir figures on Friday.",
        "The Ministry said that the dams of the Rift Valley were full.",
    )
    assert found["source"].tolist() == ["Kenyan Ministry of Water and Irrigation"]
    assert found["affiliation"].tolist() == ["Kenya"]


def test_a_letter_speaks_for_the_source_that_sent_it() -> None:
    found = extract(
        "The Port Authority of Valdora said on Monday that it had written to the shipping lines.",
        "The letter added that night pilotage would stop in April.",
    )
    assert found["speaker_text"].tolist() == ["The Port Authority of Valdora", "The letter"]
    assert found["source"].tolist()[1] == found["source"].tolist()[0]


def test_a_past_tense_cue_before_that_is_a_verb_after_a_noun_phrase() -> None:
    found = extract("The navy's media wing stated that sailors had rescued 400 people from the delta.")
    assert found["speaker_text"].tolist() == ["The navy's media wing"]
    assert found["content"].tolist() == ["sailors had rescued 400 people from the delta"]
