"""Round-16 rules (issue 11, clean16a) for official records and transcripts: speaker labels on lines of their own
and the speeches under them are body, reporter's notes are boilerplate, a record's title is its headline, the
metadata above the first turn is boilerplate, and a labelled turn is no dateline. Invented lines and pages."""

from __future__ import annotations

import time

from analysis.segmentation import dateline_grammar, labelling, record_turns, rules, segment_article


def test_procedural_note() -> None:
    assert record_turns.procedural_note("[Laughter.]")
    assert record_turns.procedural_note("(Protests from the public gallery)")
    assert record_turns.procedural_note("(The sitting was suspended at 3.05 pm.)")
    assert record_turns.procedural_note("Councillor Barrow interjecting—")
    assert record_turns.procedural_note("Several members interrupting")
    assert record_turns.procedural_note("[Editor's note: the ferry company later confirmed the figure.]") is None
    assert record_turns.procedural_note('("We will not sail," the captain said.)') is None
    assert record_turns.procedural_note("The harbour master was interjecting all afternoon, witnesses said.") is None
    assert record_turns.procedural_note("Ferries resume after the storm") is None


def test_speaker_label() -> None:
    assert record_turns.speaker_label("Ms Ada Quill (Lowmoor West) (Ind)")
    assert record_turns.speaker_label("The Secretary of State for Harbours (Dame Ruth Pell)")
    assert record_turns.speaker_label("Madam Deputy Speaker")
    assert record_turns.speaker_label("Oskar Brenn (Kelby) (Green)")
    assert not record_turns.speaker_label("Ada Quill")
    assert not record_turns.speaker_label("Ferries resume after the storm")
    assert not record_turns.speaker_label("Mr Quill said the ferries would sail.")
    assert not record_turns.speaker_label("Councillors:")


def test_inline_label() -> None:
    assert record_turns.inline_label("Q7 Oskar Brenn: Why were the ferries cancelled?")
    assert record_turns.inline_label("Councillor VANE (Harbour Ward) (10:42): The ferries must sail.")
    assert record_turns.inline_label("Ruth Pell, on behalf of the Island Group. – Madam Chair, the ferries must sail.")
    assert record_turns.inline_label("Chair. – The sitting is closed.")
    assert not record_turns.inline_label("Tags: Ferries   Storms   Kelby")
    assert not record_turns.inline_label("Island Radio, 4 May 2022: Ferries resume after the storm")
    assert not record_turns.inline_label("The ferries sailed on Monday.")


def test_control_line() -> None:
    verbs = rules.link_label_words()
    assert record_turns.control_line("Previous sitting   Next sitting", verbs)
    assert record_turns.control_line("View all Ferry Services debates", verbs)
    assert record_turns.control_line("Council › Minutes › Harbour Committee", verbs)
    assert not record_turns.control_line("Ferry Services: Winter Timetable", verbs)


RECORD = """Island Assembly
Sittings   Members   Committees   Visit
Previous sitting   Next sitting
Ferry Services: Winter Timetable
Download text   View all Ferry Services debates
Sitting 212: held on Monday 4 May 2022
10.02 am
Ms Ada Quill (Lowmoor West) (Ind)
To ask the Secretary of State what assessment she has made of the ferry cancellations on the Kelby route this winter.
The Secretary of State for Harbours (Dame Ruth Pell)
The ferry company cancelled forty sailings in January because two of its three vessels were in dry dock at once.
Ms Quill
Islanders waited four days for medicine. Will the Secretary of State require a spare vessel on the route?
[Interruption.]
Madam Deputy Speaker
Order. The hon. Lady must be heard.
Dame Ruth Pell
I will.
Oskar Brenn (Kelby) (Green)
The harbour users' group told me that the timetable was drawn up without asking a single islander.
Dame Ruth Pell
The timetable will be reviewed in the spring, and the ferry users will be asked first this time.
Previous debate: Harbour Dues
Contains information licensed under the Island Open Licence.
"""


def _kinds(raw: str) -> dict[str, str]:
    segments = segment_article("r1", raw)
    return dict(zip(segments["text"], segments["kind"], strict=False))


def test_record_turns_page() -> None:
    kinds = _kinds(RECORD)
    assert kinds["Ferry Services: Winter Timetable"] == "headline"
    for line in ("Ms Quill", "Madam Deputy Speaker", "Dame Ruth Pell", "I will.", "Oskar Brenn (Kelby) (Green)"):
        assert kinds[line] == "body", line
    assert kinds["[Interruption.]"] == "boilerplate"
    assert kinds["Sitting 212: held on Monday 4 May 2022"] == "boilerplate"
    assert kinds["Previous sitting   Next sitting"] == "boilerplate"


INLINE_RECORD = """Harbour Council
Minutes › Harbour Committee › Oral evidence
Ports and Ferries Committee
Oral evidence: Kelby ferry cancellations
Questions 1 – 4
Ordered by the Council to be published on 9 May 2022.
Uncorrected transcript. Witnesses have not had the opportunity to correct the record before it was put online.
Members present: Oskar Brenn (Chair); Ada Quill; Tomas Vane.
Witnesses: Ruth Pell and Ivo Sand.
Q1 Oskar Brenn: Thank you for coming. Why were forty sailings cancelled in January this year?
Ruth Pell: Two of our three vessels were in dry dock at once, which should never have happened.
Q2 Ada Quill: Let me read you what your company told the council in October last year:
"The winter timetable is secure, and every sailing will run."
Ruth Pell: That was our belief at the time, and I regret that it proved wrong for the islanders.
Q3 Tomas Vane: Will the company keep a spare vessel on the route from next winter onwards?
Ivo Sand: Yes. We have chartered one from November, and it will stay in Kelby all winter.
Q4 Oskar Brenn: Thank you both. We will write to you about the timetable before the summer recess.
"""


def test_inline_record_page() -> None:
    kinds = _kinds(INLINE_RECORD)
    assert kinds["Oral evidence: Kelby ferry cancellations"] == "headline"
    assert kinds[INLINE_RECORD.splitlines()[11]] == "body"
    assert kinds["Members present: Oskar Brenn (Chair); Ada Quill; Tomas Vane."] == "boilerplate"
    assert kinds["Witnesses: Ruth Pell and Ivo Sand."] == "boilerplate"
    assert kinds["Ordered by the Council to be published on 9 May 2022."] == "boilerplate"
    assert kinds[INLINE_RECORD.splitlines()[6]] == "boilerplate"
    assert kinds["Questions 1 – 4"] == "boilerplate"
    assert kinds["Ports and Ferries Committee"] == "navigation"


def test_record_kickers() -> None:
    texts = ["Ports and Ferries Committee", "By Ada Quill", "Oral evidence: Kelby ferries", "Q1 Ada Quill: Why?"]
    kinds = ["boilerplate", "boilerplate", "headline", "body"]
    assert record_turns.record_kickers(texts, kinds, 2, [3]) == [0]
    assert record_turns.record_kickers(texts, kinds, 2, []) == []


def test_record_notice() -> None:
    assert record_turns.record_notice("Provisional edition")
    assert record_turns.record_notice("Uncorrected evidence: not an approved text.")
    assert not record_turns.record_notice("The ferry company published its winter timetable on Monday.")


def test_labelled_turn_with_place_and_time_is_no_dateline() -> None:
    lines = [
        "Councillor VANE (Harbour Ward) (10:42): The ferries must sail.",
        "Councillor PELL (Kelby—Chair of the Harbour Board) (10:43): They will.",
        "Councillor VANE (Harbour Ward) (10:44): When?",
        "Councillor VANE (Harbour Ward) (10:45): And for how long?",
    ]
    turns = dateline_grammar.turn_labels(lines)
    assert dateline_grammar.opens_turn("Councillor VANE (Harbour Ward) (10:42):", turns)


def test_record_rules_stay_linear() -> None:
    """Doubling a record of turns at most roughly doubles the record rules' time (one pass each)."""
    turn = ["Ms Ada Quill (Lowmoor West) (Ind)", "The ferries must sail on time this winter, every one of them."]

    def seconds(n: int) -> float:
        texts = turn * n
        start = time.process_time()
        labels = record_turns.turn_label_lines(texts, labelling._is_prose)
        record_turns.speech_lines(texts, labels, labelling._is_prose)
        record_turns.record_metadata(texts, ["body"] * len(texts), 0, labels)
        return time.process_time() - start

    small, large = min(seconds(2_000) for _ in range(3)), min(seconds(4_000) for _ in range(3))
    assert large <= 3.0 * max(small, 0.01)


def test_item_links() -> None:
    assert record_turns.item_links("Previous sitting   Next sitting")
    assert record_turns.item_links("‹ Prev   Next ›")
    assert record_turns.item_links("Next debate: Harbour Dues")
    assert record_turns.item_links("< Previous   Page 3 of 12   Next >") is None
    assert record_turns.item_links("Next week the ferries will sail again.") is None
    assert record_turns.item_links("Ferries resume after the storm") is None
    assert record_turns.item_links("Next steps for the harbour after the strike") is None
    assert record_turns.item_links("Previous   Next   Full record   Minutes of the sitting   Papers")
