"""Round-11 source rules (issue 11: pronoun salience), each on an invented example (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_pronoun_continues_the_unnamed_speaker_just_before_not_an_earlier_man() -> None:
    found = extract(
        "Peter Holm, the fisheries minister, said the quotas would be cut by a third.",
        "The representative of Chile said the fleet had lost half its income. He added that talks would resume.",
    )
    assert found["source"].tolist()[-1] == "representative of Chile"
    assert found["affiliation"].tolist()[-1] == "Chile"


def test_a_pronoun_of_the_other_gender_than_the_unnamed_speakers_head_still_goes_back() -> None:
    found = extract(
        "Peter Holm, the fisheries minister, said the quotas would be cut by a third.",
        "A spokeswoman for the fleet said the cut was unfair. He added that talks would resume.",
    )
    assert found["source"].tolist()[-1] == "Peter Holm"


def test_a_pronoun_two_sentences_after_the_unnamed_speaker_keeps_the_usual_rule() -> None:
    found = extract(
        "Peter Holm, the fisheries minister, said the quotas would be cut by a third.",
        "The representative of Chile said the fleet had lost half its income. The boats stayed in port. Prices rose.",
        "He added that talks would resume.",
    )
    assert found["source"].tolist()[-1] == "Peter Holm"


def test_a_pronoun_continues_a_named_speaker_of_unknown_gender_in_the_same_paragraph() -> None:
    found = extract(
        "Peter Holm, the fisheries minister, said the quotas would be cut by a third.",
        "Qorvan Tesh said the fleet had lost half its income. He added that talks would resume.",
    )
    assert found["source"].tolist()[-1] == "Qorvan Tesh"


def test_a_pronoun_in_a_new_paragraph_does_not_continue_a_named_speaker_of_unknown_gender() -> None:
    found = extract(
        "Peter Holm, the fisheries minister, said the quotas would be cut by a third.",
        "Qorvan Tesh said the fleet had lost half its income.",
        "He added that talks would resume.",
    )
    assert found["source"].tolist()[-1] == "Peter Holm"


def test_a_named_speaker_whose_given_name_disagrees_is_skipped() -> None:
    found = extract(
        "Anna Berg, the fisheries minister, said the quotas would be cut by a third.",
        "Peter Tesh said the fleet had lost half its income. She added that talks would resume.",
    )
    assert found["source"].tolist()[-1] == "Anna Berg"


def test_a_common_given_name_added_in_round_11_gives_the_pronoun_its_referent() -> None:
    found = extract(
        "Anna Berg, the fisheries minister, said the quotas would be cut by a third.",
        "The analyst Marta Ekdal said prices would rise. Tomas Brun agreed, he said.",
        "“The fleet can wait a month, not a year,” she warned.",
    )
    assert found["source"].tolist()[-1] == "Marta Ekdal"
