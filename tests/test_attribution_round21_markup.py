"""Round 21 (issue 11): attribution on pages that keep markup, and the grammar of wiki and tabloid prose, each rule
on an invented sentence (none copied from the gold pages): HTML tags, wiki footnote markers and inline tags,
Markdown link and bold furniture as no words of a sentence; paragraphs glued by block tags; a footnote marker that
ends a sentence or a content; an unmarked quotation after a colon (a ``>`` block quote, a post); loud verbs of
condemnation; ``announced`` with a sum; the passive ``described by X as "..."``; a participle cue's subject."""

from __future__ import annotations

from analysis.sourcing.markup import block_parts, markup_spans, unmarked_quotation, without_markup
from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows

# Paragraphs around the sentence under test, so that a short test page reads as an article body.
LEAD = "The council met on Monday to discuss the ferry, the bridge and the cost of both projects."
TAIL = "The mayor will speak on Friday about the budget, the pool and the new ferry timetable."


def around(*paragraphs: str) -> list[str]:
    return [LEAD, *paragraphs, TAIL]


def triples(found) -> list[tuple[str, str, str]]:
    """Return (source, cue, content) of each row."""
    return [tuple(row) for row in found[["source", "cue", "content"]].values.tolist()]


def test_a_tag_around_the_speaker_breaks_neither_the_speaker_nor_the_cue() -> None:
    found = extract(
        *around(
            "<p>The harbour office spokesman <strong>Piet Lorne</strong> told reporters that the quay would "
            "stay shut.</p>"
        )
    )
    assert triples(found) == [("Piet Lorne", "told", "the quay would stay shut")]


def test_paragraphs_glued_by_tags_are_read_one_by_one() -> None:
    found = extract(
        *around(
            "<p>The ferry will run until May, the harbour master said.</p><p>Fishermen claimed that the quay was "
            "unsafe at night.</p>"
        )
    )
    assert [(cue, content) for _, cue, content in rows(found)] == [
        ("said", "The ferry will run until May"),
        ("claimed", "the quay was unsafe at night"),
    ]


def test_a_footnote_marker_after_the_comma_of_according_to_is_no_word_of_the_content() -> None:
    found = extract(*around("According to the Tidewater Board,[3] the ferry will resume its service on Monday."))
    assert triples(found) == [("Tidewater Board", "According to", "the ferry will resume its service on Monday")]


def test_an_inline_tag_ends_neither_the_sentence_nor_the_speaker() -> None:
    found = extract(
        *around(
            "It has been claimed[according to whom?] that the bridge was built too cheaply.",
            "Some engineers[who?] have argued that the tunnel was safer than the bridge.[citation needed]",
        )
    )
    assert [(speaker, cue) for speaker, cue, _ in rows(found)] == [("", "claimed"), ("Some engineers", "argued")]
    assert rows(found)[1][2] == "the tunnel was safer than the bridge"


def test_a_footnote_marker_after_a_stop_ends_the_sentence() -> None:
    found = extract(
        *around(
            "By 2019 the valley was home to about ten thousand people, most of them farmers, according to the "
            "census office.[5] The valley was held by two clans.[3]"
        )
    )
    assert triples(found) == [
        (
            "census office",
            "according to",
            "By 2019 the valley was home to about ten thousand people, most of them farmers",
        )
    ]


def test_a_content_ends_at_a_footnote_marker_inside_it() -> None:
    found = extract(
        *around(
            "Local radio reported that the ferry had been sold to a Danish firm,[8] a claim the harbour board denied."
        )
    )
    assert ("Local radio", "reported", "the ferry had been sold to a Danish firm") in triples(found)


def test_a_markdown_link_or_bold_type_around_the_speaker_is_no_word() -> None:
    linked = extract(*around("The planner [Mona Vell](https://example.org/mona) said the pool would open in June."))
    bold = extract(*around("**Mona Vell**, the planner, said the pool would open in June."))
    assert triples(linked) == triples(bold) == [("Mona Vell", "said", "the pool would open in June")]


def test_markup_spans_leave_an_editors_insertion_and_plain_text_alone() -> None:
    raw = "He said [the minister] would sign, and the mayor said no."
    assert markup_spans(raw) == []
    toks = [{"start": 0, "end": 2, "text": "He"}]
    assert without_markup(toks, []) is toks


def test_a_block_quote_without_marks_after_a_colon_is_the_direct_quotation() -> None:
    found = extract(
        *around(
            "In a statement on Friday, spokeswoman Lena Marr wrote:",
            "> The council has let the town down. We will fight the closure in court.",
        )
    )
    assert [(row[0], row[1], row[2]) for row in found[["source", "mode", "content"]].values.tolist()] == [
        ("Lena Marr", "direct", "The council has let the town down. We will fight the closure in court")
    ]


def test_a_post_after_a_verb_of_posting_and_a_colon_is_the_direct_quotation() -> None:
    found = extract(
        *around(
            "Harbour minister Piet Lorne hit back on Facebook, writing:",
            "The pool will open in June whatever the council decides. We are ready for the summer. #PoolNow",
        )
    )
    assert [(row[0], row[1], row[2]) for row in found[["source", "mode", "cue"]].values.tolist()] == [
        ("Piet Lorne", "direct", "writing")
    ]


def test_an_unmarked_paragraph_after_a_colon_of_say_is_no_quotation() -> None:
    # Only a block quote or a post sets a paragraph off as quoted: "said:" and a plain paragraph is no row.
    raw = "The mayor said:\nThe pool opens in June."
    toks = [{"start": 10, "end": 14, "text": "said"}, {"start": 14, "end": 15, "text": ":"}]
    following = [(2, 16, len(raw))]
    by_sentence = {2: [{"start": 16, "end": 19, "text": "The"}, {"start": 38, "end": 39, "text": "."}]}
    assert unmarked_quotation(raw, toks, "say", following, by_sentence) is None
    assert unmarked_quotation(raw, toks, "write", following, by_sentence) == (16, 38)


def test_block_parts_cut_only_at_paragraph_tags() -> None:
    raw = "a.</p><p>B <em>c</em> d"
    toks = [
        {"start": 0, "end": 1, "text": "a"},
        {"start": 1, "end": 2, "text": "."},
        {"start": 9, "end": 10, "text": "B"},
        {"start": 15, "end": 16, "text": "c"},
        {"start": 22, "end": 23, "text": "d"},
    ]
    assert [[t["text"] for t in part] for part in block_parts(raw, toks)] == [["a", "."], ["B", "c", "d"]]


def test_loud_verbs_of_condemnation_report_with_a_quotation_only() -> None:
    found = extract(
        *around(
            'The ferry union slammed the plans as "pure greed".',
            'The harbour master blasted Northern "hysteria" over the bridge.',
            "The fire brigade blasted the door open and slammed it shut.",
        )
    )
    assert [(cue, mode) for cue, mode in found[["cue", "mode"]].values.tolist()] == [
        ("slammed", "mixed"),
        ("blasted", "mixed"),
    ]


def test_announced_with_a_sum_of_money_is_an_act() -> None:
    found = extract(
        *around(
            "The harbour board announced a £12 million upgrade of the ferry quay.",
            "The town bank announced a credit line of SEK 40 million for fishermen.",
            "The harbour board announced that the upgrade would start in May.",
        )
    )
    assert [(cue, content) for _, cue, content in rows(found)] == [("announced", "the upgrade would start in May")]


def test_a_passive_characterisation_by_an_agent_is_the_words_after_as() -> None:
    found = extract(*around('The plan was described by harbour spokeswoman Ana Lund as "a start, not an end".'))
    assert [tuple(r) for r in found[["source", "mode", "content"]].values.tolist()] == [
        ("Ana Lund", "direct", "a start, not an end")
    ]


def test_an_adjective_participle_in_the_subject_does_not_cut_it() -> None:
    found = extract(
        *around("The newly built ferry's captain, Ola Fenn, went on the radio, insisting that the route was safe.")
    )
    assert rows(found)[0][0] == "The newly built ferry's captain"
