"""Round-14 cleaning pattern of issue 11 (helper c), on invented pages: a metered paywall's count of free articles."""

from __future__ import annotations

from analysis.segmentation.labelling import label_lines

LINES = [
    "Lighthouse keepers return to Vardo after forty years",
    "The island's lighthouse will be staffed again from March, the coast guard said on Friday.",
    "Sign up to read 2 more articles this month",
    "The keepers will live on the island for four weeks at a time, a spokeswoman said.",
    "The coast guard's magazine published nine articles this month on the lighthouse.",
]


def test_a_count_of_free_articles_between_paragraphs_is_boilerplate() -> None:
    kinds = [kind for _, kind, _ in label_lines("\n\n".join(LINES) + "\n")]
    assert kinds == ["headline", "body", "boilerplate", "body", "body"]
