"""Round-14 cleaning rule of issue 11 (helper c), on invented pages: a story glued under a player's label."""

from __future__ import annotations

from analysis.segmentation.labelling import label_lines

ARTICLE = [
    "Corvo harbour closes its outer quay for the winter",
    "The harbour master of Corvo said on Monday that the outer quay would close in January after the storms.",
    "Ferries to the island will use the inner basin until the repairs are finished, the port authority said.",
    "The council will vote on the cost of the repairs on Thursday, a spokesman said.",
]


def kinds(blocks: list[list[str]]) -> dict[str, str]:
    raw = "\n\n".join("\n".join(block) for block in blocks) + "\n"
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_a_title_over_a_paragraph_under_up_next_is_an_appended_story() -> None:
    teaser = [
        "Up next",
        "Lighthouse keepers return to Vardo after forty years",
        "VARDO (NPS) — The island's lighthouse will be staffed again from March, the coast guard said on Friday.",
        "Tap to read more",
    ]
    found = kinds([[line] for line in ARTICLE] + [teaser])
    assert found[teaser[1]] == "appended"
    assert found[teaser[2]] == "appended"
    assert found[ARTICLE[3]] == "body"


def test_a_clip_title_over_its_running_time_stays_the_players() -> None:
    player = ["Up next", "Lighthouse keepers return to Vardo after forty years", "2:41"]
    found = kinds([[line] for line in ARTICLE] + [player])
    assert found[player[1]] == "boilerplate"
