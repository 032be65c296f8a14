"""The per-article pass's shared answers and gates (issue 18, speed17) give the answers of the full computation."""

from __future__ import annotations

from analysis.segmentation import comments, labelling, record_turns, rules

ROWS = [
    "Home | Markets  Weather › Lakes",
    "Orchard tours / Cider   Press",
    "The ferry — late again — left at noon.",
    "A plain line without a separator",
    "   ",
    "",
]


def _plain_items(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in rules.MENU_SEPARATOR.split(text) if item.strip())


def test_menu_items_equal_the_plain_split():
    for text in ROWS:
        assert rules.menu_items(text) == _plain_items(text), text
    assert rules.menu_items("Home | Markets  Weather › Lakes") == ("Home", "Markets", "Weather", "Lakes")


def test_row_items_are_a_fresh_list_of_the_shared_items():
    items = comments._row_items("Like   Quote   Reply")
    assert items == ["Like", "Quote", "Reply"]
    items.append("Report")
    assert comments._row_items("Like   Quote   Reply") == ["Like", "Quote", "Reply"]


def test_a_live_shift_mark_is_still_removed_before_the_byline_test():
    assert rules.byline_line("Mara Lindqvist (now) and Tomas Berg (earlier)")
    assert rules.byline_line("The lantern parade crossed the old bridge at dusk (now a yearly event).") is None


def test_the_turns_given_by_the_labeller_are_those_read_by_the_record(record_exchange):
    texts = ["Harbour Board minutes", *record_exchange]
    lines = labelling.split_lines("\n".join(texts))
    labels = {i: ("boilerplate", "test") for i in range(len(lines))}
    given = dict(labels)
    record_turns.label_record(lines, labels, 0, labelling._is_prose)
    turns = record_turns.turn_label_lines([line.text for line in lines], labelling._is_prose)
    record_turns.label_record(lines, given, 0, labelling._is_prose, turns)
    assert turns and labels == given
    # The labeller's own answers: the same page labelled twice gives the same labels (no state kept between pages).
    page = "\n\n".join(texts)
    assert labelling.label_lines(page) == labelling.label_lines(page)


def test_the_phrase_alternation_opens_with_a_first_character_test_and_matches_as_before():
    import re

    from analysis.segmentation import matching

    phrases = ("tide tables", "ferry-pass", "[kiosk] notes", "tide")
    regex = matching.phrase_alternation(phrases)
    for text in ("the tide tables are out", "a ferry-pass holder", "see [kiosk] notes", "tidewater", "riptide", ""):
        plain = any(re.search(rf"\b{re.escape(phrase)}\b", text) for phrase in phrases)
        assert bool(regex.search(text)) == plain, text
    # An empty phrase has no first character: the alternation is built without the test.
    assert matching.phrase_alternation(("", "tide")).search("riptide")
