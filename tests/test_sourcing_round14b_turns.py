"""Round-14b sourcing rules (issue 11): the speaker of a turn in an interview or a briefing, each on an invented
page (no sentence of a gold page)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


def row_of(found: pd.DataFrame, speaker: str) -> pd.Series:
    """The one row whose speaker as written is ``speaker``."""
    rows = found[found["speaker_text"] == speaker]
    assert len(rows) == 1, found[["speaker_text", "source"]]
    return rows.iloc[0]


INTRODUCTION = (
    "Marta Kowalczyk has been Poland's consul in Lyon since 2020. She spoke to us at the consulate on Friday.",
    "Q: Will the ferry line reopen this winter?",
)


def test_our_in_an_answer_is_the_interviewees_country() -> None:
    found = extract(
        *INTRODUCTION,
        "A: Not before spring. Our transport ministry said last week that the ferries need new engines.",
    )
    row = row_of(found, "Our transport ministry")
    assert (row["source"], row["affiliation"]) == ("Polish transport ministry", "Poland")


def test_a_name_label_gives_the_turn_to_that_person() -> None:
    found = extract(
        "Jonas Lindqvist is a researcher at the Oslo-based Institute of Sea Studies.",
        "Q: Is the fishing quota fair?",
        "LINDQVIST: It is too low. Our fisheries directorate warned in May that the stocks were recovering.",
    )
    row = row_of(found, "Our fisheries directorate")
    assert (row["source"], row["affiliation"]) == ("Norwegian fisheries directorate", "Norway")


def test_our_in_a_question_or_on_a_page_without_turns_stays_as_written() -> None:
    asked = extract(
        *INTRODUCTION,
        "Q: Our readers said the fares are too high. Is that fair?",
        "A: The fares are set in Lyon.",
    )
    assert row_of(asked, "Our readers")["source"] == "Our readers"
    plain = extract(
        "Marta Kowalczyk has been Poland's consul in Lyon since 2020.",
        "Our transport ministry said last week that the ferries need new engines.",
    )
    assert row_of(plain, "Our transport ministry")["affiliation"] != "Poland"


def test_a_group_the_phrase_places_itself_keeps_its_own_country() -> None:
    found = extract(
        *INTRODUCTION,
        "A: We talk every week. Our Italian colleagues said on Monday that the port is ready.",
    )
    row = row_of(found, "Our Italian colleagues")
    assert (row["source"], row["affiliation"]) == ("Italian colleagues", "Italy")


def test_they_in_a_clause_after_a_plural_subject_is_that_subject() -> None:
    found = extract(
        "Investigators were testing on Friday whether to drain the flooded lock, a move they said could save the"
        " bridge."
    )
    assert row_of(found, "they")["source"] == "Investigators"


def test_they_does_not_take_a_singular_state_subject() -> None:
    found = extract(
        "The Harbour Volunteers have cleared the quay every winter.",
        "Lisbon has accused the volunteers of blocking the port, a charge they have always denied.",
    )
    assert row_of(found, "they")["resolved_by"] != "pronoun: subject of its own sentence"


def test_a_post_resolved_to_its_holder_keeps_the_first_country_only() -> None:
    found = extract(
        "Lisbon's ambassador in Paris says the ferries will return in spring.",
        "Marta Sousa has been Portugal's ambassador to France since 2020.",
    )
    row = row_of(found, "Lisbon's ambassador in Paris")
    assert (row["source"], row["affiliation"]) == ("Marta Sousa", "Portugal")
