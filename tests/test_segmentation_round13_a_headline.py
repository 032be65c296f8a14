"""Round-13 headline rule of issue 11 (helper a), on invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import headline_overlap
from analysis.segmentation.labelling import label_lines

LEAD = [
    "VALBONA: The harbour board of Corvo said on Monday that 41 ferry crossings had been cancelled since early March.",
    '"This is the worst spring we have seen," the board\'s chairman, Ilse Varga, told reporters at the quay.',
]


def test_a_tagline_sharing_as_few_words_does_not_overrule_the_headline() -> None:
    texts = ["Corvo's independent voice since 1911", "Storm: ferry cancellations pass forty as cranes fail"]
    summary = headline_overlap.summary_stems(LEAD)
    # The tagline shares two words of four (Corvo, since), the headline two of seven (ferry, cancelled).
    assert headline_overlap.summarises(texts[0], summary)
    assert headline_overlap.overlap(texts[1], summary)[1] == 2
    assert headline_overlap.better_summary(texts, [0, 1], 1, summary) == 1
    # A candidate sharing more words than the weak choice still overrules it.
    texts[0] = "Corvo harbour board cancels ferries since March, chairman says"
    assert headline_overlap.better_summary(texts, [0, 1], 1, summary) == 0


PAGE = "\n".join(
    [
        "CORVO EVENING LANTERN",
        "Corvo's independent voice since 1911",
        "E-Paper   Subscribe   Sign in",
        "Home | Corvo | Business | World | Sport | Opinion",
        "HARBOUR",
        "Storm: ferry cancellations pass forty as cranes fail",
        "Our Staff Reporter",
        "Published March 30, 2026",
        *LEAD,
        "Ferry operators said every crossing to the island would take an hour longer until the repairs end.",
        "",
    ]
)


def test_headline_below_the_menu_beats_the_tagline_above_it() -> None:
    headlines = [line.text for line, kind, _ in label_lines(PAGE) if kind == "headline"]
    assert headlines == ["Storm: ferry cancellations pass forty as cranes fail"]
