"""Round-15 rules of issue 11 (helper b) for e-mails saved as text: a reply's quoted text read as it displays,
the header blocks and the subject field as the headline of a message with no headline line. Invented pages."""

from __future__ import annotations

from analysis.segmentation import segment_article
from analysis.segmentation.dateline_grammar import agency_dateline, first_paragraph_dateline
from analysis.segmentation.labelling import DATELINE
from analysis.segmentation.mail_headers import envelope_lines, header_blocks, message_subject
from analysis.segmentation.quoted_text import displayed, quote_markers

QUOTED_ALERT = [
    "Morning Post Alerts",
    "",
    "Ferry service to Pellin island suspended after storm damages pier",
    "",
    "PELLIN, Nov. 3 — The regional transport authority suspended the ferry",
    "service to Pellin island on Tuesday after a storm tore away part of the",
    "main pier, leaving about 2,000 residents without a daily crossing.",
    "",
    "The authority's director, Oskar Wendt, said engineers would inspect",
    "the pier on Wednesday and that a temporary landing stage could be in",
    "place within a fortnight.",
    "",
    "Islanders said the pier had been declared unsafe twice in the past",
    "decade and that repairs promised after the last inspection were never",
    "carried out.",
]

REPLY = "\n".join(
    [
        "From: Lena Voss <l.voss@example.org>",
        "To: Piet Aalders <p.aalders@example.org>",
        "Subject: Re: Fwd: ALERT: Pellin ferry suspended",
        "Date: Tue, 3 Nov 2020 11:20:00 +0100",
        "",
        "Thanks Piet, filed with the others. The director's line is useful.",
        "",
        "On Tue, 3 Nov 2020 at 10:05, Piet Aalders <p.aalders@example.org> wrote:",
        "> For the ferry folder.",
        ">",
        "> ---------- Forwarded message ---------",
        "> From: Morning Post <alerts@morningpost.example>",
        "> Date: Tue, 3 Nov 2020 at 09:50",
        "> Subject: ALERT: Pellin ferry suspended",
        ">",
        *[f"> {line}" if line else ">" for line in QUOTED_ALERT],
        "",
    ]
)

FORWARDED = "\n".join(
    [
        "From: Piet Aalders <p.aalders@example.org>",
        "Subject: Fwd: Coast Wire Flash: Storm closes Pellin pier",
        "To: Lena Voss <l.voss@example.org>",
        "",
        "Lena, the wire's version, for comparison.",
        "",
        "---------- Forwarded message ---------",
        "From: Coast Wire Flash <flash@coastwire.example>",
        "Date: Tue, Nov 3, 2020 at 9:12 AM",
        "Subject: Coast Wire Flash: Storm closes Pellin pier",
        "",
        "COAST WIRE | FLASH",
        "",
        "PELLIN, Nov. 3 (CW) — A storm tore away part of the main pier on Pellin",
        "island overnight and the regional transport authority suspended the",
        "ferry service until engineers have inspected the structure.",
        "The authority said about 2,000 residents were without a daily crossing",
        "and that a temporary landing stage was being considered for the winter.",
        "Islanders said repairs promised after the last inspection were never",
        "carried out.",
        "",
    ]
)


def _kinds(raw: str) -> dict[str, str]:
    return {row.text: row.kind for row in segment_article("a", raw).itertuples()}


def test_quote_markers_need_a_run_of_quoted_lines() -> None:
    assert quote_markers("Home > World\n> one arrow\nText.\n") == {}
    markers = quote_markers("Note.\n> a\n>\n> b\n")
    assert sorted(markers.items()) == [(6, 8), (10, 11), (12, 14)]
    assert displayed("Note.\n> a\n>\n> b\n", markers) == "Note.\n  a\n \n  b\n"


def test_a_quoted_alert_keeps_its_wrapped_paragraphs_and_headline_with_the_marker() -> None:
    kinds = _kinds(REPLY)
    assert kinds["> Ferry service to Pellin island suspended after storm damages pier"] == "headline"
    assert kinds["> PELLIN, Nov. 3 —"] == "dateline"
    for line in (
        "> decade and that repairs promised after the last inspection were never",
        "> place within a fortnight.",
    ):
        assert kinds[line] == "body"
    assert kinds[">"] == "boilerplate"
    # The correspondents' notes above the forwarded message are not the story's text.
    assert kinds["Thanks Piet, filed with the others. The director's line is useful."] == "boilerplate"
    assert kinds["> For the ferry folder."] == "boilerplate"


def test_a_forwarded_alert_without_a_headline_line_is_titled_by_its_own_subject() -> None:
    kinds = _kinds(FORWARDED)
    assert kinds["Subject: Coast Wire Flash: Storm closes Pellin pier"] == "headline"
    assert kinds["Subject: Fwd: Coast Wire Flash: Storm closes Pellin pier"] == "boilerplate"
    assert kinds["Lena, the wire's version, for comparison."] == "boilerplate"
    assert kinds["PELLIN, Nov. 3 (CW) —"] == "dateline"


def test_header_blocks_need_an_originator_and_a_subject_field() -> None:
    texts = FORWARDED.split("\n")
    blocks = header_blocks(texts)
    assert [(block.start, block.subject) for block in blocks] == [(0, 1), (7, 9)]
    assert header_blocks(["Producer: Ann Lee", "Music: Tom Ray", "Editor: Sam Hart"]) == []
    assert message_subject(texts, 13) == 9
    assert 4 in envelope_lines(texts) and 13 not in envelope_lines(texts)


def test_a_dateline_behind_a_quote_marker_keeps_the_marker() -> None:
    text = "> PELLIN, Nov. 3 — The authority suspended the ferry"
    for found in (first_paragraph_dateline(text, DATELINE), agency_dateline(text)):
        assert found is not None
        assert found[0] == "> PELLIN, Nov. 3 —"
        assert text[found[1] :].startswith("The authority")
