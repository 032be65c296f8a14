"""The per-article pass's gates and reuses (issue 18, speed16b) give the answers of the full computation."""

from __future__ import annotations

from collections import Counter

from analysis.segmentation import labelling, record_turns
from analysis.segmentation.duplicates import DuplicateIndex


def test_a_note_of_an_interruption_is_read_whatever_closes_it():
    # Closed by a participle, by a dash after it, or by nothing the gate reads as its end.
    assert record_turns.procedural_note("Councillor Blue interjecting—")
    assert record_turns.procedural_note("Councillor Blue interjecting -")
    assert record_turns.procedural_note("Councillor Blue interjecting")
    # A sentence's full stop, a figure or a closing mark ends no such note.
    assert record_turns.procedural_note("Councillor Blue interjecting.") is None
    assert record_turns.procedural_note("Councillor Blue interjecting 2") is None
    assert record_turns.procedural_note("") is None
    long_line = "The tram depot reopened on Tuesday after a month of repairs to its roof " * 20 + "interjecting."
    assert record_turns.procedural_note(long_line) is None


def test_a_link_to_the_next_item_is_told_by_its_first_word_first():
    assert record_turns.item_links("Next debate   Previous debate")
    assert record_turns.item_links("‹ Previous issue")
    assert record_turns.item_links("Lantern festival draws crowds") is None
    assert record_turns.item_links("... ") is None


def _page(*blocks: str) -> list[labelling.Line]:
    return labelling.split_lines("\n\n".join(blocks))


def test_paragraphs_set_apart_are_read_for_each_page():
    apart = _page(
        "The ferry timetable changes from Monday, the operator said.",
        "Passengers on the early crossing will leave ten minutes later.",
    )
    together = labelling.split_lines(
        "The ferry timetable changes from Monday, the operator said.\n"
        "Passengers on the early crossing will leave ten minutes later."
    )
    # Asked twice of one page, then of another page: each answer is that page's.
    assert labelling._sets_paragraphs_apart(apart) is True
    assert labelling._sets_paragraphs_apart(apart) is True
    assert labelling._sets_paragraphs_apart(together) is False
    assert labelling._sets_paragraphs_apart(list(apart)) is True


def test_a_line_added_after_its_look_up_is_indexed_as_one_added_alone():
    words = ["orchard", "cider", "press", "opens", "in", "the", "valley"]
    frequency = Counter({word: 1 for word in words})
    looked_up, alone = DuplicateIndex(frequency), DuplicateIndex(frequency)
    assert looked_up.find(words) is None
    looked_up.add(words, "line", "body")
    alone.add(list(words), "line", "body")
    assert looked_up.postings == alone.postings
    # Another list of words is not given the prefix of the last look-up.
    other = ["harbour", "wall", "repaired"]
    looked_up.find(words)
    looked_up.add(other, "other", "body")
    alone.add(other, "other", "body")
    assert looked_up.postings == alone.postings


def test_the_turns_of_a_page_are_read_for_each_page_and_test(record_exchange):
    record = [*record_exchange, "Mrs Ada Pennyworth (Lowtown) (Ind)", "It will be published next week."]

    def is_prose(text: str) -> bool:
        return text.endswith(".") or text.endswith("?")

    def never(text: str) -> bool:
        return False

    first = record_turns.turn_label_lines(record, is_prose)
    assert first == [0, 2, 4, 6]
    first.append(99)  # the caller's copy: the next answer is not changed by it
    assert record_turns.turn_label_lines(list(record), is_prose) == [0, 2, 4, 6]
    assert record_turns.turn_label_lines(record, never) == []
    assert record_turns.turn_label_lines(record[:3], is_prose) == []
