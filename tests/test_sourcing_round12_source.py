"""Round-12 source rules (issue 11: a post and its holder set off by a comma), each on an invented example (no
sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from analysis.sourcing.speakers import _without_contact_clause
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def test_a_name_after_a_comma_is_the_holder_of_the_post_not_part_of_the_body_name() -> None:
    found = extract(
        'The head of Peru\'s National Water Authority, Justice Rosa Quispe-Alvarado, said the dam was "safe".'
        " She added that the reservoir would be emptied by June."
    )
    assert found["source"].tolist() == ["Rosa Quispe-Alvarado", "Rosa Quispe-Alvarado"]
    assert found["affiliation"].tolist() == ["Peru", "Peru"]


def test_a_body_name_apposed_after_a_comma_stays_the_body() -> None:
    # An acronym or a body's own name after the comma is no person.
    found = extract("The river office of the province, RWO, said the levees had held.")
    assert found["source"].tolist() == ["RWO"]


def test_a_post_set_off_by_commas_before_a_name_is_that_person() -> None:
    found = extract(
        "Chile's envoy to the United Nations, Tomas Errazuriz, went further, telling the council that the plan"
        ' would be "a pretext".'
    )
    assert found["source"].tolist() == ["Tomas Errazuriz"]
    assert found["affiliation"].tolist() == ["Chile"]


def test_a_post_set_off_by_commas_after_a_name_is_that_person_and_pronouns_follow() -> None:
    found = extract(
        "Lena Aaltonen, a spokeswoman for the White Helmets, the rescue group that works in the north, told us"
        ' that her teams had "nothing to hide". "We saw it," she said.'
    )
    assert found["source"].tolist() == ["Lena Aaltonen", "Lena Aaltonen"]
    assert found["affiliation"].tolist() == ["Syria", "Syria"]


def test_the_side_of_a_state_is_that_state() -> None:
    found = extract("According to the Chilean side, the trawlers had left the disputed waters on Monday.")
    assert found["source"].tolist() == ["Chile"]
    assert found["affiliation"].tolist() == ["Chile"]


def test_a_side_without_a_country_adjective_stays_as_written() -> None:
    found = extract("According to the other side, the trawlers had left the disputed waters on Monday.")
    assert found["source"].tolist() == ["other side"]


def test_a_contact_clause_after_a_plural_speaker_is_left_out() -> None:
    found = extract("Analysts we interviewed said prices would rise.")
    assert found["source"].tolist() == ["Analysts"]


def test_a_speaker_without_a_contact_clause_is_unchanged() -> None:
    assert _without_contact_clause("Analysts at two banks") == "Analysts at two banks"
    assert _without_contact_clause("Traders we spoke to") == "Traders"
    # A singular head or a longer clause is no contact clause of this shape.
    assert _without_contact_clause("The report we published last year") == "The report we published last year"
