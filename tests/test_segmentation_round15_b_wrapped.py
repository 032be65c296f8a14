"""Round-15 rules of issue 11 (helper b): the lines of a paragraph hard-wrapped at 72 columns stay text, where
the wrap breaks before a name or leaves a sentence's last words alone. Invented page and lines."""

from __future__ import annotations

from analysis.segmentation.labelling import label_lines
from analysis.segmentation.wrapped_lines import wraps_before_name, wraps_on

WRAPPED = "\n".join(
    [
        "Harbour council approves new breakwater for Tarvik",
        "",
        "TARVIK, May 4 — The harbour council of Tarvik approved on Thursday a new",
        "breakwater for the outer port, after two winters of storm damage closed",
        "the fishing quay for a total of eleven weeks.",
        "",
        "The fishermen's cooperative, whose chairman since last spring is Henrik",
        "Dahl, welcomed the vote but said the work should begin before the",
        "autumn storms rather than next year.",
        "",
        "The council's engineer said in a report to the members of the council",
        "on Tuesday:",
        '"The quay cannot take another winter like the last one without a',
        'barrier to the west."',
        "",
    ]
)

TITLES = [
    "Council votes to close the old ferry terminal at the end of the year",
    "Fishermen say the new quotas will halve their catch in the coming season",
    "Storm damage bill for the harbour reaches four million crowns",
]


def test_a_wrapped_line_broken_before_a_name_and_a_wrapped_sentence_tail_stay_body() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(WRAPPED)}
    assert kinds["The fishermen's cooperative, whose chairman since last spring is Henrik"] == "body"
    assert kinds["on Tuesday:"] == "body"
    assert kinds["Harbour council approves new breakwater for Tarvik"] == "headline"


def test_titles_of_a_link_list_are_not_wrapped_lines() -> None:
    assert not wraps_before_name(*TITLES)
    assert not wraps_on(TITLES[0], TITLES[1])
    assert wraps_on("The council's engineer said in a report to the members of the council", "on Tuesday:")
    assert wraps_before_name(
        "The fishermen's cooperative, whose chairman since last spring is Henrik",
        "Dahl, welcomed the vote but said the work should begin before the",
        "autumn storms rather than next year.",
    )
