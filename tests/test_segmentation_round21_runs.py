"""Round 21 (issue 11, blank21): on a page whose blank lines set every line apart, the rules that read a run of
lines set one under the other (a list of story titles, a menu one item per line) read it as on the page printed
without its blank lines (:func:`analysis.segmentation.layout_facts.line_runs`). All text is invented."""

from __future__ import annotations

from analysis.segmentation import label_lines, layout_facts, split_lines

# A short article, then a box of links to other stories and a footer menu of sections, one item per line.
PAGE = [
    "Ferry timetable changes upset island commuters",
    "The operator of the Tarnby ferry said on Tuesday that the early crossing would leave twenty minutes later.",
    "Commuters who rely on the boat to reach the mainland said the change would make them late for work.",
    "The council said it would ask the operator to think again before the summer timetable starts in May.",
    "Related stories",
    "Harbour master retires after forty years on the quay",
    "New bridge plans go on show at the village hall",
    "Lifeboat crew rescue two walkers cut off by the tide",
    "Sections",
    "News",
    "Sport",
    "Business",
    "Weather",
]


def _spaced(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def test_runs_are_the_blocks_unless_the_page_is_uniformly_spaced() -> None:
    assert layout_facts.line_runs([1, 2, 1], [0, 0, 1, 1]) == [0, 0, 1, 1]
    assert layout_facts.line_runs([2, 2, 2, 2], [0, 1, 2, 3, 4]) == [0, 0, 0, 0, 0]
    # Too few lines to say anything about the layout: the blocks stand.
    assert layout_facts.line_runs([2], [0, 1]) == [0, 1]


def test_split_lines_give_one_run_on_a_uniformly_spaced_page_and_keep_its_blocks() -> None:
    lines = split_lines(_spaced(PAGE))
    assert {line.run for line in lines} == {0}
    assert len({line.block for line in lines}) == len(PAGE)


def test_a_quoted_mail_reply_wrapped_at_a_width_is_hard_wrapped() -> None:
    reply = [
        "> The ferry operator said the early crossing",
        "> would leave twenty minutes later from May,",
        "> and that the last boat of the evening",
        "> would no longer call at the north pier.",
    ]
    assert layout_facts.hard_wrapped(reply)
    assert not layout_facts.hard_wrapped([line.removesuffix(",") + "." for line in PAGE[:4]])


def test_a_link_box_and_a_section_menu_spaced_line_by_line_are_labelled_as_without_blank_lines() -> None:
    plain = "\n".join(PAGE[:1]) + "\n\n" + "\n\n".join(PAGE[1:4]) + "\n\n" + "\n".join(PAGE[4:]) + "\n"
    expected = [kind for _, kind, _ in label_lines(plain)]
    spaced = [kind for _, kind, _ in label_lines(_spaced(PAGE))]
    assert expected[5:8] == ["boilerplate"] * 3
    assert expected[9:] == ["navigation"] * 4
    assert spaced == expected


def test_long_neighbouring_lines_of_a_spaced_page_are_no_list_of_links() -> None:
    # Two paragraphs that end without a full stop (a scraper dropped it) are longer than any story title.
    paragraphs = [
        "Ferry timetable changes upset island commuters",
        "The operator of the Tarnby ferry said on Tuesday that the early crossing would leave twenty minutes later.",
        "Commuters who rely on the boat to reach the mainland every morning said the change would make them late",
        "The council leader said she would ask the operator to think again before the new summer timetable starts",
        "Passengers can read the new times on the noticeboard at the ferry terminal on the north pier.",
    ]
    kinds = [kind for _, kind, _ in label_lines(_spaced(paragraphs))]
    assert kinds[1:] == ["body"] * 4
