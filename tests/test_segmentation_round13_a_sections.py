"""Round-13 section-heading rule of issue 11 (helper a), on invented lines."""

from __future__ import annotations

from analysis.segmentation import section_headings


def test_one_word_heading_names_the_subject_its_paragraph_opens_with() -> None:
    paragraph = "The Corvo weekly Harbour Echo blames the mainland for years of neglect of the northern quay."
    assert section_headings.heads_paragraph("Corvo", paragraph)
    # The word further into the paragraph, or absent from it, heads nothing.
    late = "Ferry operators on the island said the crossing would take an hour longer, as in Corvo last year."
    assert not section_headings.heads_paragraph("Corvo", late)
    assert not section_headings.heads_paragraph("Advertisement", paragraph)
    # A paragraph that opens with the line itself is a name over a note, not a heading.
    assert not section_headings.heads_paragraph("Corvo", "Corvo harbour board says the quay stays shut.")
