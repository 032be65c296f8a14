"""Issue 11, round 18 (prose18): a prose paragraph is not lost to a rule that labels furniture by position alone.

Every text here is invented for the test.
"""

from __future__ import annotations

from analysis.segmentation import prose_guard

PARAGRAPH = "The ferry company said on Thursday that the night crossing would resume once the harbour wall was mended."
NEXT = "Islanders have waited three weeks for the service, and the shop on the quay has run short of flour and milk."
TAIL = "below the paragraphs of the story appended at 120: the page's furniture"


def never(text: str) -> bool:
    return False


def test_a_paragraph_is_prose_shaped_and_titles_menus_and_bylines_are_not() -> None:
    assert prose_guard.prose_shaped(PARAGRAPH)
    assert not prose_guard.prose_shaped("Ferry Crossings Resume After Harbour Wall Is Mended On The Island Coast")
    assert not prose_guard.prose_shaped("News   Weather   Sport   Ferries   Harbour   Island life   Letters   Contact")
    assert not prose_guard.prose_shaped("Ferries resume.")


def test_the_position_rules_are_read_from_the_data_file() -> None:
    assert prose_guard.by_position(TAIL)
    assert not prose_guard.by_position("site furniture pattern: copyright footer")


def test_paragraphs_after_an_advertising_label_go_back_to_the_text() -> None:
    texts = [PARAGRAPH, "Sponsored", NEXT, PARAGRAPH.replace("Thursday", "Friday")]
    labels = {0: ("appended", "part of the story appended at 120"), 1: ("boilerplate", "an ad label")}
    labels |= {2: ("boilerplate", TAIL), 3: ("boilerplate", TAIL)}
    changed = prose_guard.guard(texts, labels, never)
    # The "story" above them was the article going on: its paragraph is body too.
    assert sorted(changed) == [0, 2, 3]
    assert all(kind == "body" for kind, _ in changed.values())
    assert TAIL in changed[2][1] and TAIL in changed[3][1]


def test_a_footer_notice_in_sentences_ends_the_text() -> None:
    notice = "All pictures on this site belong to the island paper. Please ask before you use them."
    texts = [PARAGRAPH, notice, NEXT]
    labels = {0: ("body", "running text"), 1: ("boilerplate", "a footer"), 2: ("boilerplate", TAIL)}
    assert prose_guard.guard(texts, labels, never) == {}


def test_furniture_of_several_lines_ends_the_text() -> None:
    texts = [PARAGRAPH, "Like   Quote   Reply", "harbourfan", NEXT]
    labels = {0: ("appended", "part of the story"), 1: ("boilerplate", "post actions"), 2: ("boilerplate", "user")}
    labels[3] = ("boilerplate", TAIL)
    assert prose_guard.guard(texts, labels, never) == {}


def test_a_line_with_evidence_of_its_own_or_a_pattern_rule_is_left_alone() -> None:
    texts = [PARAGRAPH, NEXT]
    assert prose_guard.guard(texts, {0: ("body", "text"), 1: ("boilerplate", TAIL)}, lambda text: True) == {}
    pattern = ("boilerplate", "site notice: the page speaks of itself or its reader ('this site')")
    assert prose_guard.guard(texts, {0: ("body", "text"), 1: pattern}, never) == {}
    assert prose_guard.guard(texts, {0: ("body", "text"), 1: ("duplicate", TAIL)}, never) == {}


def test_a_copyright_line_between_is_the_footer_not_a_label() -> None:
    texts = [PARAGRAPH, "Copyright 2021 The Island Gazette", NEXT]
    labels = {0: ("body", "running text"), 1: ("boilerplate", "a footer"), 2: ("boilerplate", TAIL)}
    assert prose_guard.footer_line(texts[1]) and prose_guard.footer_line("© Island Gazette")
    assert not prose_guard.footer_line("Sponsored")
    assert prose_guard.guard(texts, labels, never) == {}


def test_a_story_below_which_the_text_goes_on_was_the_article() -> None:
    texts = [PARAGRAPH, "Harbour wall repairs: what happens next", NEXT, "Sponsored", PARAGRAPH.replace("ferry", "bus")]
    labels = {0: ("body", "running text"), 1: ("appended", "headline-like line after the body: starts a new story")}
    labels |= {2: ("appended", "part of the story appended at 120"), 3: ("boilerplate", "an ad label")}
    labels[4] = ("boilerplate", TAIL)
    changed = prose_guard.guard(texts, labels, never)
    assert sorted(changed) == [2, 4]
    assert all(kind == "body" for kind, _ in changed.values())


def test_a_story_closed_by_the_page_furniture_stays_appended() -> None:
    texts = [PARAGRAPH, "Harbour wall repairs: what happens next", NEXT, "Like   Reply", "harbourfan", PARAGRAPH]
    labels = {0: ("body", "running text"), 1: ("appended", "headline-like line after the body: starts a new story")}
    labels |= {2: ("appended", "part of the story appended at 120"), 3: ("boilerplate", "post actions")}
    labels |= {4: ("boilerplate", "user card"), 5: ("boilerplate", TAIL)}
    assert prose_guard.guard(texts, labels, never) == {}
