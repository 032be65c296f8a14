"""Round-14 body rules of issue 11 (helper a), on invented pages."""

from __future__ import annotations

from analysis.segmentation.labelling import label_lines

PAGE = "\n\n".join(
    [
        "Harbour master warns of winter closures at Corvo",
        "CORVO – The harbour master of Corvo said on Monday that the outer quay would close in January.",
        "„The breakwater has moved by twenty centimetres since the autumn storms,“ she told the port council.",
        "She continued:",
        "„We will not send a ferry to a quay we cannot trust. The island will be served from the inner basin.“",
        "The council will vote on the repairs on Thursday, a spokesman said.",
        "",
    ]
)


def test_a_short_introduction_before_a_low_opening_quotation_mark_is_text() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["She continued:"] == "body"
