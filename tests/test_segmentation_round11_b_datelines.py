"""Round-11 dateline rules (issue 11, clean11b): months in other languages' form, and a transcript's speaker
labels, which are no datelines. Invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import dateline_grammar, segment_article
from analysis.segmentation.labelling import DATELINE


def test_lower_case_month_after_the_day() -> None:
    found = dateline_grammar.first_paragraph_dateline("Valparaíso, 4 ago (NVA).- El puerto cerró ayer.", DATELINE)
    assert found is not None and found[0] == "Valparaíso, 4 ago (NVA).-"
    found = dateline_grammar.first_paragraph_dateline("Lisboa, 9 de março (LPA) - O governo disse.", DATELINE)
    assert found is not None and found[0] == "Lisboa, 9 de março (LPA) -"
    assert dateline_grammar.place_date_line("Marsella, 12 oct 2022")
    # A lower-case word after a figure that is longer than a month, or not after a figure, ends the reading.
    assert dateline_grammar.first_paragraph_dateline("Harbourton, 40 shipbuilders (NVA) - The yard", DATELINE) is None
    assert dateline_grammar.first_paragraph_dateline("Harbourton, port workers (NVA) - The yard", DATELINE) is None


def test_turn_labels_of_a_transcript() -> None:
    texts = [
        "Question (Harbour Times): Will the ferries run?",
        "Answer: They will.",
        "Question (Coast FM, Kelby): And tomorrow?",
        "Answer: Tomorrow too.",
        "Question (Nordic Wire): Any strikes?",
        "Answer: None planned.",
    ]
    assert dateline_grammar.turn_labels(texts) == frozenset({"question", "answer"})
    assert dateline_grammar.opens_turn("Question (Harbour Times):", frozenset({"question"}))
    assert not dateline_grammar.opens_turn("KELBY (Nordic Wire) -", frozenset({"kelby"}))
    # Two lines with one label are not yet a transcript.
    assert dateline_grammar.turn_labels(texts[:3]) == frozenset()


TRANSCRIPT = """Ministry of Harbours
Briefing by the spokesperson, Kelby, 3 March 2021
Opening remarks
The minister met the ferry operators on Monday and will meet the unions on Thursday.
Question (Harbour Times): Will the ferries run during the strike next week?
Answer: The operators have promised a reduced timetable for every crossing.
Question (Coast FM, Kelby): Has the ministry spoken to the crews themselves?
Answer: We have, and we will again before the end of the week.
Question (Nordic Wire): Does the ministry expect the strike to spread to the cargo terminals?
Answer: We see no sign of that at present.
"""


def test_a_transcript_turn_is_no_dateline() -> None:
    segments = segment_article("t", TRANSCRIPT)
    assert (segments["kind"] == "dateline").sum() == 0


WIRE = """Harbour News
Ferries halted at Valparaíso as crews strike
Valparaíso, 4 ago (NVA).- Ferry crews at the port of Valparaíso walked out on Thursday, their union said.
The operator said it would run a reduced timetable until the end of the strike on Saturday.
"""


def test_a_dateline_with_a_lower_case_month_is_split_from_the_paragraph() -> None:
    segments = segment_article("w", WIRE)
    assert segments[segments["kind"] == "dateline"]["text"].tolist() == ["Valparaíso, 4 ago (NVA).-"]


def test_a_transcript_turn_label_is_set_apart_as_text() -> None:
    # The turn a dateline rule reads (the first body lines after furniture) is split into its label and its
    # sentence, both text; the other turns are left whole.
    segments = segment_article("t", TRANSCRIPT)
    label = segments[segments["text"] == "Question (Coast FM, Kelby):"]
    assert label["kind"].tolist() == ["body"]
    after = segments[segments["start"] == int(label["end"].iloc[0]) + 1]
    assert after["text"].tolist() == ["Has the ministry spoken to the crews themselves?"]
    assert (segments["kind"] == "body").sum() == 9
