"""Round 11 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages):
quotation marks of other languages' conventions (German „…“ and ‚…‘, Polish „…”, French « … », Danish
and German »…«, Swedish »…»), and an inverted speaker that opens with a possessive ("said its spokesman")."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from analysis.text import find_quotes, text_records
from conftest import make_study


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs``."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    return sourcing.attributions(make_study({"t1": raw + "\n\n".join(paragraphs) + "\n"}, {"t1": "Outlet A"}))


def rows(frame: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """(speaker as written, cue, mode, content) of every row."""
    return list(frame[["speaker_text", "cue", "mode", "content"]].itertuples(index=False, name=None))


def quoted(text: str) -> list[tuple[str, bool, int]]:
    """(quoted words, closed, depth) of every quotation of ``text`` read as one paragraph."""
    return [(text[q["start"] : q["end"]], q["closed"], q["depth"]) for q in find_quotes(text, [(0, len(text))])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wir bleiben“, sagte die Lotsin. „Morgen.“ Dann ging sie.", [("Wir bleiben", True, 1), ("Morgen.", True, 1)]),
        ("Powiedział: „Nie wrócimy”.", [("Nie wrócimy", True, 1)]),
        ("« Nous restons », a dit le maire.", [(" Nous restons ", True, 1)]),
        ("Hun sagde: »Vi kommer«, og gik.", [("Vi kommer", True, 1)]),
        ("Han sa: »Vi kommer» i går.", [("Vi kommer", True, 1)]),
        ("Er nannte es „eine ‚Farce‘“, sagte sie.", [("eine ‚Farce‘", True, 1), ("Farce", True, 2)]),
        ("“Hello,” he said. “Bye.”", [("Hello,", True, 1), ("Bye.", True, 1)]),
        ("Read more » on the site", []),
    ],
)
def test_quotation_marks_of_other_languages_pair_by_their_own_convention(text, expected):
    assert quoted(text) == expected


def test_a_german_closing_mark_left_at_a_sentence_start_goes_back_to_its_sentence():
    raw = "„Das Tor bleibt zu.“ Dann ging er. „Gut“, sagte sie."
    sentences = [row[5] for row in text_records("a", raw, [(0, 0, len(raw))])["sentences"]]
    assert sentences == ["„Das Tor bleibt zu.“", "Dann ging er.", "„Gut“, sagte sie."]


def test_a_german_quotation_before_an_inverted_cue_is_direct():
    frame = extract("„According to our count, the quay is shut“, said Harbour Master Olaf Brenner, head of the office.")
    assert rows(frame) == [
        (
            "Harbour Master Olaf Brenner",
            "said",
            "direct",
            "According to our count, the quay is shut",
        )
    ]


def test_german_marks_inside_indirect_content_make_it_mixed():
    frame = extract("The guild said the closure was „a costly mistake“ and would be challenged.")
    assert rows(frame) == [("The guild", "said", "mixed", "the closure was „a costly mistake“ and would be challenged")]


@pytest.mark.parametrize("mark", [("“", "”"), ("«", "»"), ("„", "“")])
def test_an_inverted_speaker_may_open_with_a_possessive(mark):
    opening, closing = mark
    frame = extract(f"{opening}We are not going back{closing}, said its spokesman, Olaf Brenner.")
    assert rows(frame) == [("its spokesman, Olaf Brenner", "said", "direct", "We are not going back")]


def test_a_determiner_before_a_word_that_is_no_speaker_noun_opens_no_inverted_speaker():
    assert rows(extract("“We are closed,” said every morning paper.")) == []
