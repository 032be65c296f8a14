"""Round-11 headline rules of issue 11 (helper a), on invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import headline_rules
from analysis.segmentation.labelling import label_lines


def test_bracketed_note_is_no_headline() -> None:
    assert headline_rules.bracketed_note("(Unofficial record; the audio file is the reference)")
    assert headline_rules.bracketed_note("[Updated with the harbour board's reply]")
    assert not headline_rules.bracketed_note("Harbour board shuts northern quay (updated)")
    assert not headline_rules.bracketed_note("(Corvo) Harbour board shuts northern quay")


def test_contents_entries_are_a_run_of_headings_repeated_below() -> None:
    keys = [("a",), ("title",), ("contents",), ("one",), ("two",), ("one",), ("text",), ("two",), ("text2",)]
    assert headline_rules.contents_entries(keys, 6) == {("one",), ("two",)}
    # One line repeated below (a headline printed twice) is no table of contents.
    keys = [("title",), ("by", "x"), ("text",), ("title",)]
    assert headline_rules.contents_entries(keys, 2) == set()


PAGE = """Corvo Harbour Board
Home   Board   Notices   Contact
Weekly Notice to Mariners by the Harbour Master, Corvo, 4 March 2026
(Unofficial record; the audio file is the reference)
Print   Share
Closure of the northern quay
Pilotage fees
Closure of the northern quay
The northern quay is closed to all vessels from Friday, after two cranes failed during the night.
Ferries will berth at the southern quay, where two more pilots will be on duty every morning.
Pilotage fees
From April, the fee for a harbour pilot will rise by four per cent, the first rise since 2022.
Copyright 2026 Corvo Harbour Board. All rights reserved.
"""


def test_contents_box_and_bracketed_note_leave_the_title_the_headline() -> None:
    labelled = [(line.text, kind) for line, kind, _ in label_lines(PAGE)]
    assert [text for text, kind in labelled if kind == "headline"] == [
        "Weekly Notice to Mariners by the Harbour Master, Corvo, 4 March 2026"
    ]
    assert dict(labelled)["(Unofficial record; the audio file is the reference)"] == "boilerplate"
    first = "The northern quay is closed to all vessels from Friday, after two cranes failed during the night."
    assert dict(labelled)[first] == "body"


REPOST = """Harbour Talk Forums
Home   Forums   New posts   Search
Forums > Local news > Corvo harbour
Quay closed again?
Posted by deckhand_77 · 3 hr
Pasting the whole thing because their site wants a subscription now. Read it before they change it.
Corvo harbour board shuts northern quay after two cranes fail
The harbour board of Corvo shut the northern quay on Friday after two cranes failed during the night.
"We cannot risk the dockers' lives," the board's chairman, Ilse Varga, told reporters at the quay.
Ferry operators said the closure would add an hour to every crossing to the island.
Reply   Quote   Report
"""


def test_lead_in_over_a_pasted_article_leaves_the_article_its_headline() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(REPOST)}
    assert kinds["Corvo harbour board shuts northern quay after two cranes fail"] == "headline"
    lead_in = "Pasting the whole thing because their site wants a subscription now. Read it before they change it."
    assert kinds[lead_in] == "boilerplate"
    assert kinds["Quay closed again?"] != "headline"


def test_past_lead_in_needs_a_title_that_sums_up_the_text_below() -> None:
    texts = [
        "Pasting this in full for those without a subscription.",
        "Harbour board shuts northern quay after crane failure",
        "The harbour board shut the northern quay on Friday after a crane failure.",
        "The quay will stay shut for a week, the board said.",
    ]
    prose = lambda text: text.endswith(".")  # noqa: E731
    assert headline_rules.past_lead_in(texts, [0, 1, 2, 3], prose) == 2
    # A sub-heading that shares no words with the paragraphs below keeps the first line the first paragraph.
    texts[1] = "What the dockers say now"
    assert headline_rules.past_lead_in(texts, [0, 1, 2, 3], prose) == 0


def test_better_summary_prefers_the_line_sharing_most_words_over_a_banner() -> None:
    from analysis.segmentation import headline_overlap

    texts = [
        "Welcome to the Corvo Harbour Board",
        "Harbour Board Closes Northern Quay after Crane Failure, Ferries Moved to Southern Quay for Weeks",
        "Notices to Mariners, Week 10",
        "The Corvo Harbour Board shut the northern quay on Friday after a crane failure; ferries will use the "
        "southern quay, the board said.",
    ]
    summary = headline_overlap.summary_stems(texts[3:])
    # The nearest line (2) shares too little; of the two that sum up the text, the banner has the larger
    # share (3 of 4 words) but the headline shares more words (8 of 11).
    assert headline_overlap.overlap(texts[0], summary)[0] > headline_overlap.overlap(texts[1], summary)[0]
    assert headline_overlap.better_summary(texts, [0, 1, 2], 2, summary) == 1
