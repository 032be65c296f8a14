"""Round-13 rules (issue 11, clean13b) for a broadcast transcript: directions in capitals within parentheses,
a notice in capitals, an air-date stamp and the speakers' name-and-role labels (no datelines). Invented lines
and an invented page."""

from __future__ import annotations

from analysis.segmentation import dateline_grammar, prompts, rules, segment_article, transcripts


def test_stage_direction() -> None:
    assert transcripts.stage_direction("(BEGIN AUDIO CLIP)")
    assert transcripts.stage_direction("(LAUGHTER)")
    assert transcripts.stage_direction("(Laughter)") is None
    assert transcripts.stage_direction("(AP Photo/Lena Holm)") is None
    assert transcripts.stage_direction("(THE MINISTER SAID THE FERRIES WOULD RUN AGAIN ON MONDAY)") is None


def test_capitals_notice() -> None:
    assert transcripts.capitals_notice("THIS TEXT WAS TYPED FROM A LIVE FEED AND MAY CONTAIN ERRORS.")
    assert transcripts.capitals_notice("FERRIES RESUME AFTER THE STORM") is None
    assert transcripts.capitals_notice("STORM OVER.") is None
    assert transcripts.capitals_notice("The ferry company said sailings would resume on Tuesday at noon.") is None


def test_speaker_and_role_is_no_dateline() -> None:
    turns = frozenset({"lindqvist"})
    assert dateline_grammar.speaker_and_role("MARA LINDQVIST, ISLAND RADIO REPORTER (voice-over):", turns)
    assert not dateline_grammar.speaker_and_role("MARA LINDQVIST, ISLAND RADIO REPORTER:", frozenset())
    assert not dateline_grammar.speaker_and_role("OUTER HAVEN, March 3:", turns)
    assert not dateline_grammar.speaker_and_role("KELBY, Norland (IRN) -", turns)


TRANSCRIPT = """Island Radio News
Transcripts › Evening Bulletin
Ferries Resume After Two Days Of Gales
Aired March 3, 2021 - 18:00   ET
THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.
PER HOLM, ISLAND RADIO ANCHOR: Good evening. The island ferries are sailing again after two days of gales.
Our reporter Mara Lindqvist is at the Kelby terminal.
MARA LINDQVIST, ISLAND RADIO REPORTER: Per, the first boat left twenty minutes late this morning.
(BEGIN AUDIO CLIP)
LINDQVIST (voice-over): Passengers queued from early morning, some of them for the second day running.
UNIDENTIFIED FEMALE: We have waited two days, one more hour is nothing.
(END AUDIO CLIP)
HOLM: And the company says the crews checked every vessel overnight?
LINDQVIST: They did, Per. No damage was found, the company says.
HOLM: Mara Lindqvist at the terminal, thank you.
LINDQVIST: Thank you.
(COMMERCIAL BREAK)
"""


def test_transcript_page() -> None:
    segments = segment_article("t1", TRANSCRIPT)
    kinds = dict(zip(segments["text"], segments["kind"], strict=True))
    assert kinds["Aired March 3, 2021 - 18:00   ET"] == "boilerplate"
    assert kinds[TRANSCRIPT.splitlines()[4]] == "boilerplate"
    for direction in ("(BEGIN AUDIO CLIP)", "(END AUDIO CLIP)", "(COMMERCIAL BREAK)"):
        assert kinds[direction] == "boilerplate"
    assert "dateline" not in set(segments["kind"])
    assert kinds["Ferries Resume After Two Days Of Gales"] == "headline"


DIGEST = """Harbour News Agency
NEWS   ISLANDS   ECONOMY   PRESS DIGEST
Press digest
3 MAR, 08:10
Press digest: Papers weigh the ferry strike and the storm bill
Font size   A   A   A   Print
The agency is not responsible for the opinions of the papers quoted in these digests
KELBY, March 3. /HNA/. Harbour News Agency presents the main stories of the island press on Wednesday.
Island Ledger: Ferry crews stop the ferries again
The ferry crews stop the ferries again as their strike enters its third day, the paper writes.
"The ferries stop and nobody on the outer islands can reach the hospital," its editor writes of the crews.
Coast Times: Storm bill rises
Repairs to the harbour wall will cost twice the first estimate, according to the paper's sources at the port.
"""


def test_dateline_paragraph_is_no_lead_in() -> None:
    """A paragraph opened by an agency's dateline is the article's first, not a lead-in over a headline."""
    segments = segment_article("d1", DIGEST)
    datelines = segments[segments["kind"] == "dateline"]["text"].tolist()
    assert datelines == ["KELBY, March 3. /HNA/."]


def test_review_disclaimer_is_a_site_notice() -> None:
    assert rules.site_notice_line("The bureau is not responsible for the material cited in its morning digest")
    assert rules.site_notice_line("The opinions summarised in this review are those of the papers, not the bureau's.")
    assert rules.site_notice_line("Quoted comments do not reflect the views of the Island Press Bureau.")
    # A paper's own sentence about responsibility is news, not a notice.
    assert rules.site_notice_line("The ferry company said it was not responsible for the delays.") is None


def test_menu_opening_with_a_verb_is_no_prompt() -> None:
    assert not prompts.reader_prompt("Watch Live   Islands   Ferries   Weather   Sport   Video")
    assert prompts.reader_prompt("Sign up for the morning ferry bulletin")
    # A toolbar acting on the article stays a prompt (furniture), even set as a row.
    assert prompts.reader_prompt("Download   Print   Email   Save to folder")
