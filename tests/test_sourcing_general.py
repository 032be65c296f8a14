"""Attribution rules of issue 11 that follow English syntax rather than word lists, each on an invented
sentence (none copied from the gold pages)."""

from __future__ import annotations

import pandas as pd

from analysis import sourcing
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\n" + "\n\n".join(paragraphs) + "\n"
    return sourcing.attributions(make_study({"t1": raw}, {"t1": "Outlet A"}))


# ---------------------------------------------------------------- backshifted coordinate (rule 7b)


def test_past_perfect_verb_after_and_stays_inside_the_reported_clause():
    frame = extract(
        "Ines Kolar, the harbour master, stated that the channel was safe again and had asked pilots to resume work."
    )
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["speaker_text"].startswith("Ines Kolar")
    assert row["content"] == "the channel was safe again and had asked pilots to resume work"


def test_negated_past_perfect_cue_inside_the_reported_clause_is_no_report():
    frame = extract("The mayor said crews were pumping water all night and had not ruled out an evacuation.")
    assert frame["content"].tolist() == ["crews were pumping water all night and had not ruled out an evacuation"]


def test_simple_past_coordinated_cue_is_still_a_second_report():
    frame = extract("The union said talks had failed and called for a new mediator.")
    assert frame["cue"].tolist() == ["said", "called for"]
    assert frame["content"].tolist() == ["talks had failed", "a new mediator"]


def test_past_perfect_reporting_verb_keeps_its_past_perfect_coordinate():
    frame = extract("The union had said talks were over and had called for a strike.")
    assert frame["content"].tolist() == ["talks were over", "a strike"]


# ---------------------------------------------------------------- subject with a non-restrictive relative clause


def test_cue_after_a_subject_relative_clause_has_the_subject_as_speaker():
    frame = extract("Mira Olsen, who chairs the water board, says a new reservoir is possible, but not soon.")
    assert len(frame) == 1
    row = frame.iloc[0]
    assert row["source"] == "Mira Olsen"
    assert row["content"] == "a new reservoir is possible, but not soon"


def test_organisation_subject_with_relative_clause_speaks_both_coordinated_cues():
    frame = extract(
        "The ferry company, which is owned by the province, said it had opened two night crossings, "
        "and urged passengers to book early."
    )
    assert frame["speaker_text"].tolist() == ["The ferry company", "The ferry company"]
    assert frame["content"].tolist() == ["it had opened two night crossings", "passengers to book early"]


def test_relative_clause_inside_a_content_before_an_inverted_cue_stays_content():
    row = extract("The toll helps the valley, which has few jobs, said the mayor.").iloc[0]
    assert (row["speaker_text"], row["content"]) == ("the mayor", "The toll helps the valley, which has few jobs")


# ---------------------------------------------------------------- a later reference by a name's first word


def test_family_name_first_reference_resolves_to_the_full_name():
    frame = extract(
        "Trade ministry spokesperson Wen Haolin told reporters the quota would rise. Wen said talks would resume."
    )
    assert frame["source"].tolist() == ["Wen Haolin", "Wen Haolin"]


def test_short_name_of_an_organisation_resolves_to_its_full_name():
    frame = extract(
        "The charity Lumen Relief said supplies were stuck at the border. Lumen said the trucks had waited a week."
    )
    assert frame["source"].tolist()[1] == "Lumen Relief"


def test_first_word_shared_by_two_names_stays_as_written():
    frame = extract(
        "Analyst Park Jiwon said prices would fall. Economist Park Sunhee said they would rise. "
        "Park said the data were weak."
    )
    assert frame["source"].tolist()[2] == "Park"


# ---------------------------------------------------------------- "the N of X" names the body of "the N authority"


def test_port_authority_takes_its_name_from_the_port_of_phrase():
    frame = extract(
        "Ferries were held outside the Danish port of Skelby on Monday.",
        "The port authority said twelve ships were waiting at anchor.",
    )
    assert frame["source"].tolist() == ["Skelby Port Authority"]


def test_a_full_name_in_the_text_wins_over_the_of_phrase():
    frame = extract(
        "Ferries were held outside the port of Skelby on Monday.",
        "The Skelby Harbour Port Authority opened a lane for ferries.",
        "The port authority said twelve ships were waiting at anchor.",
    )
    assert frame["source"].tolist()[-1] == "Skelby Harbour Port Authority"


# ---------------------------------------------------------------- heads of exchanges and railway companies


def test_the_railroad_takes_up_the_railroad_named_before():
    frame = extract(
        "Six cars left the track, according to the Fenmoor Valley Railroad.",
        "The railroad said the line would reopen on Friday.",
    )
    assert frame["source"].tolist()[-1] == "Fenmoor Valley Railroad"


def test_the_exchange_takes_up_the_exchange_named_before():
    frame = extract(
        "Maize prices rose 4 per cent, the Ostrava Grain Exchange said.",
        "The exchange said trading volumes had doubled.",
    )
    assert frame["source"].tolist()[-1] == "Ostrava Grain Exchange"
