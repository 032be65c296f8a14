"""Round 11 of the attribution rules (issue 11) on invented sentences (none copied from the gold pages): a
name followed by a post written in capitals with its domain ("X, Minister for Y of Z, said"), and a deck line
written in headline case under the headline ("Harbour Chief Says …, Calls for …")."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import sourcing
from analysis.sourcing.cues import _headline_case
from conftest import make_study

LAST = "The strike entered its third day on Monday as ships queued outside the port."


def extract(*paragraphs: str) -> pd.DataFrame:
    """Attributions of one invented article whose body is ``paragraphs`` and a last narrative paragraph."""
    raw = "An invented headline for a test\n\nThe harbour reopened on Friday after a week of storms.\n\n"
    body = "\n\n".join([*paragraphs, LAST])
    return sourcing.attributions(make_study({"t1": raw + body + "\n"}, {"t1": "Outlet A"}))


def rows(frame: pd.DataFrame) -> list[tuple[str, str, str, str]]:
    """(speaker as written, cue, mode, content) of every row."""
    return list(frame[["speaker_text", "cue", "mode", "content"]].itertuples(index=False, name=None))


@pytest.mark.parametrize(
    "sentence",
    [
        "KARIN VOSS, Under-Secretary-General for Port Affairs and Harbour Relief Coordinator, said that the agency"
        " had stored food for 8,000 people.",
        "Karin Voss, Minister for Ports of Norvasta, said that the agency had stored food for 8,000 people.",
        "Also briefing, KARIN VOSS, Deputy Envoy of the Secretary-General for Ports, said that the agency had stored"
        " food for 8,000 people.",
    ],
)
def test_a_name_before_a_capitalised_post_with_its_domain_speaks(sentence):
    (speaker, cue, mode, content), *others = rows(extract(sentence))
    assert (speaker.casefold(), cue, mode, content, others) == (
        "karin voss",
        "said",
        "indirect",
        "the agency had stored food for 8,000 people",
        [],
    )


def test_a_list_of_countries_before_the_cue_is_no_name_with_a_post():
    assert rows(extract("Britain, France and Germany, said the office was closed.")) == []


def test_a_deck_line_in_headline_case_reports_with_capitalised_cues():
    frame = extract("Harbour Chief Says 3,000 Jobs at Risk, Calls for Talks in Port’s Largest Dispute")
    assert rows(frame) == [
        ("Harbour Chief", "Says", "indirect", "3,000 Jobs at Risk"),
        ("Harbour Chief", "Calls for", "indirect", "Talks in Port’s Largest Dispute"),
    ]


def test_a_second_speaker_of_a_deck_line_and_its_quoted_words():
    frame = extract("Norvasta Says Dockers Prepare a ‘Show’ Strike, as Union Members Accuse It of Shielding Owners")
    assert rows(frame) == [
        ("Norvasta", "Says", "mixed", "Dockers Prepare a ‘Show’ Strike"),
        ("Union Members", "Accuse", "indirect", "It of Shielding Owners"),
    ]


def test_headline_case_needs_five_capitalised_words_and_few_lower_case_ones():
    def toks(text: str) -> list[dict]:
        return [{"text": word, "is_word": word.isalnum()} for word in text.split()]

    assert _headline_case(toks("Transport Minister Says Repairs Will Cost over $16 Million"))
    assert not _headline_case(toks("Karin Voss Says Yes"))
    assert not _headline_case(toks("Karin Voss of Norvasta Shipping told reporters that the quay would close"))


@pytest.mark.parametrize("mark", [('"', '"'), ("“", "”")])
def test_a_title_and_name_after_a_closing_quotation_speak(mark):
    opening, closing = mark
    frame = extract(
        f"{opening}We have seen this before. Then the cranes stop,{closing} its deputy head, Anne Roux, told the radio."
    )
    assert rows(frame) == [
        ("its deputy head, Anne Roux", "told", "direct", "We have seen this before. Then the cranes stop")
    ]
