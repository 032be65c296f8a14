"""Findings are computed from the tables, point at real sentences, and escape article text."""

from __future__ import annotations

import pandas as pd

from analysis.findings import (
    corpus_caveats,
    evidence_html,
    findings,
    headline_finding,
    labelling_finding,
    quoting_finding,
)
from conftest import make_study

# Each outlet names each side once in its narration; the other labels are in paraphrase (the content of
# "said", "blamed", "officials said"): A's "terrorists" and B's "rebels" are its sources' words, not its own.
TEXTS = {
    "a1": "Rebels shell the city\n\n"
    "BEIRUT: Rebels shelled the city on Monday, killing two people. The regime said terrorists were to blame.\n\n"
    "The regime also blamed the rebels for an attack last week, officials said.\n",
    "b1": "Government repels attack\n\n"
    "Terrorists attacked the city on Monday, killing two people. The Syrian government said the rebels had fled.\n\n"
    "The Syrian government blamed the terrorists, who are backed from abroad, a minister said.\n",
}
OUTLETS = {"a1": "Outlet A", "b1": "Outlet B"}


def test_labelling_finding_names_each_outlets_commonest_label():
    study = make_study(TEXTS, OUTLETS)
    statement = labelling_finding(study)["statement"]
    assert "Outlet A mostly regime" in statement and "Outlet B mostly government" in statement
    # narration only: one mention each, the paraphrased labels are not counted
    assert "Outlet A mostly rebels (1 of 1)" in statement and "Outlet B mostly terrorists (1 of 1)" in statement


def test_headline_finding_has_one_clause_per_outlet_and_names_no_claim():
    # Outlet A: two headlines, one stated as fact, one ending in ", council says"; Outlet B: one, a front verb.
    texts = {
        "a1": "Bus drivers walk out\n\nDrivers stopped work on Monday.\n",
        "a2": "Strike will end on Friday, council says\n\nThe council said so on Tuesday.\n",
        "b1": "Union says drivers will strike again\n\nThe union said so on Monday.\n",
    }
    study = make_study(texts, {"a1": "Outlet A", "a2": "Outlet A", "b1": "Outlet B"})
    finding = headline_finding(study)
    assert finding["statement"] == (
        "How each outlet's headlines present what they report: "
        "Outlet A, 2 headlines: 1 attributes it to council (end, reporting verb, 'says'), 1 states it as fact; "
        "Outlet B's headline attributes it to Union (front, reporting verb, 'says')."
    )
    assert "claim" not in finding["statement"] + finding["title"]
    assert list(finding["evidence"]["outlet"]) == ["Outlet A", "Outlet A", "Outlet B"]


def test_every_evidence_line_is_a_sentence_of_its_article():
    study = make_study(TEXTS, OUTLETS)
    for finding in findings(study):
        for row in finding["evidence"].itertuples():
            assert study.raw[row.article_id][row.start : row.end] == row.text
            assert row.outlet == OUTLETS[row.article_id]


def test_quoting_evidence_names_the_resolved_source_and_the_speaker_as_written_only_when_it_differs():
    study = make_study(
        {
            "t1": "A headline\n\n"
            "“We are not leaving,” Defence Minister Ana Torres said on Monday.\n\n"
            "She said that the base would stay open.\n"
        },
        {"t1": "Outlet T"},
    )
    why = set(quoting_finding(study, study.attributions)["evidence"]["why"])
    assert why == {"attribution: direct · Ana Torres", "attribution: indirect · Ana Torres (written: She)"}


def test_evidence_html_escapes_article_text():
    evidence = pd.DataFrame(
        [{"article_id": "x", "outlet": "O<b>", "start": 0, "end": 5, "text": "<script>alert(1)</script>", "why": "w"}]
    )
    page = evidence_html(evidence)
    assert "<script>" not in page and "&lt;script&gt;" in page and "O&lt;b&gt;" in page


def test_corpus_caveats_follow_from_the_metadata(seed_study):
    caveats = " ".join(corpus_caveats(seed_study))
    # Event dates in corpus/metadata.csv: 2018-08-25 and 2021-04-23; one outlet attributed.
    assert "span 32 months" in caveats
    assert "only attributed: Arab News" in caveats
    assert "1 unrelated story" in caveats
