"""Round-14 (issue 11, clean14b): notes about the page above the headline (:mod:`analysis.segmentation.page_notes`).
Invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import label_lines, page_notes


def test_credit_by() -> None:
    assert page_notes.credit_by("Edited by Ana Lund")
    assert page_notes.credit_by("Compiled by our desk from agency reports")
    assert page_notes.credit_by("Sponsored by Quayside Insurance")
    # A sentence, a long line, a line not opened by a participle and "by": no credit.
    assert page_notes.credit_by("Backed by the army, the rebels took the quay on Monday.") is None
    assert page_notes.credit_by("Supported by readers in every harbour town of the coast and the islands") is None
    assert page_notes.credit_by("By Ana Lund") is None
    assert page_notes.credit_by("Harbour news, told by the people who work there") is None


PAGE = """The Quay Gazette
Home | Harbour | Ferries | Weather
Edited by Ana Lund
Ferry crews vote to strike over the winter rota
The ferry crews of Corvo voted on Tuesday to stop work for two days next week, their union said.
The union said the new winter rota would cut the crews' rest time between crossings by a third.
The ferry company said it had offered talks and that the rota had been agreed with the island council.
"""


def test_credit_above_headline_is_boilerplate() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["Edited by Ana Lund"] == "boilerplate"
    assert kinds["The Quay Gazette"] == "navigation"
    assert kinds["Ferry crews vote to strike over the winter rota"] == "headline"


def test_self_reference() -> None:
    assert page_notes.self_reference("This interview has been condensed and lightly edited.")
    assert page_notes.self_reference("If this investigation helped you, please support our newsroom.")
    assert page_notes.self_reference("Republish this article")
    # A quotation, a report the story is about, and a line without "this": the text.
    assert page_notes.self_reference('"This story is far from over," the mayor said.') is None
    assert page_notes.self_reference("The union has not seen this report, its chair said.") is None
    assert page_notes.self_reference("The interview was broadcast on Monday night.") is None


NOTE_PAGE = """Ferry chief: the rota is safe
The ferry company's chief, Ilse Varga, spoke to us on Tuesday about the strike.
Q: Why change the rota now?
A: Because the winter crossings are longer and the crews asked for fewer of them.
Q: Will the boats run next week?
A: We have offered talks, and I hope the crews accept them before Monday.
This interview has been condensed and lightly edited.
"""


def test_self_reference_below_text_is_boilerplate() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(NOTE_PAGE)}
    assert kinds["This interview has been condensed and lightly edited."] == "boilerplate"
    assert kinds["Q: Will the boats run next week?"] == "body"
