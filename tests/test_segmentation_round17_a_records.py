"""Round-17 rules (issue 11, clean17a) for records of institutions and services that carry their own metadata: law
reports' case fields and court notices, monitoring items' headers, source lines and format notes, a print run's next
document, a digest's sub-headings and the dateline under an item header. Invented lines and pages."""

from __future__ import annotations

import time

from analysis.segmentation import record_metadata, segment_article, sentence_shape


def test_record_line_case_fields_and_notices() -> None:
    assert record_metadata.record_line("Case: Harbour Ferries plc v Island Pilots Guild · Court of Session")
    assert record_metadata.record_line("Before: Lady Justice Merrow, Lord Tain")
    assert record_metadata.record_line("Neutral citation: [2031] XYHC 77 (Adm)")
    assert record_metadata.record_line("Counsel: Ann Vell for the pursuer; Tom Rusk for the defender")
    assert record_metadata.record_line("Reporting restrictions: no child involved may be named.")
    assert record_metadata.record_line("Contempt notice: this trial is live. Keep comments to the facts.")
    assert record_metadata.record_line("Comments are closed on this story.")
    assert record_metadata.record_line("Reporting restrictions apply to the names of the crew.")
    assert record_metadata.record_line("Contempt of court: keep comments to the evidence.")
    assert record_metadata.record_line("Subscribers: sign in to read the full ruling.")
    assert record_metadata.record_line("Subjects: Ferries · Pilotage · Contracts")
    assert record_metadata.record_line("Subject: Ferry pilots vote to strike") is None  # a mail's subject: its title
    assert record_metadata.record_line("In this issue: Ferry ruling · Port dues · Pilot strike")
    # Sentences of a report that merely mention a case or a court are not fields.
    assert record_metadata.record_line("The case against the pilots was heard before a jury in March.") is None
    assert record_metadata.record_line("Counsel for the guild said the ferries had sailed late.") is None
    assert record_metadata.record_line("Comments from the minister are expected on Monday.") is None


def test_record_line_monitoring_headers_and_sources() -> None:
    assert record_metadata.record_line("Text of report by Island state radio Wave FM")
    assert record_metadata.record_line("Excerpts from broadcast by private channel Tain TV")
    assert record_metadata.record_line("Text of report in English by Lowland news agency LNA")
    assert record_metadata.record_line("Source: Wave FM, Kelby, in Gaelic 0800 gmt 4 May 31")
    assert record_metadata.record_line("(Description of Source: Kelby Wave FM in Gaelic - state radio)")
    assert record_metadata.record_line("Document 7 of 40")
    assert record_metadata.record_line('Item 3 of 9 in results for "ferry"')
    assert record_metadata.record_line("Region: Islands | Country: Lowland | Topics: Ferries")
    assert record_metadata.record_line("Unsubscribe   Change settings   Write to us")
    assert record_metadata.record_line("This bulletin is for the internal use of subscribers only.")
    assert record_metadata.record_line("ALSO IN THE PRESS")
    assert record_metadata.record_line("The text of the report by the inspectors was published on Monday.") is None
    assert record_metadata.record_line("Source: a senior pilot, who asked not to be named.") is None
    assert record_metadata.record_line("She said she would unsubscribe from the ferry alerts after the delays.") is None
    assert record_metadata.record_line("Why islanders unsubscribe from ferry alerts") is None


def test_format_note() -> None:
    assert record_metadata.format_note("[Monitoring note: Headings as published. Text translated from Gaelic.]")
    assert record_metadata.format_note("[Editor's note: Passages omitted for length.]")
    assert record_metadata.format_note("[Monitoring note: Kelby lies 40 km north of the ferry port.]") is None
    assert record_metadata.format_note("[Monitoring note: Translated from Gaelic. Kelby lies on the coast.]") is None
    assert record_metadata.format_note("Headings as published.") is None
    assert record_metadata.format_note("(Translated from Gaelic)")
    assert record_metadata.format_note("(The pilots voted on Monday.)") is None


def test_ends_before_cut() -> None:
    assert record_metadata.ends_before_cut('The ferries will sail "on time, every time". [Passage omitted]')
    assert record_metadata.ends_before_cut("The pilots voted to strike. [...]")
    assert sentence_shape.closes_sentence("The pilots voted to strike on Monday. [Passages omitted]")
    assert not record_metadata.ends_before_cut("Ferry pilots to strike [Passage omitted]")
    assert not record_metadata.ends_before_cut("The pilots voted to strike on Monday.")


def test_headline_over_section() -> None:
    texts = [
        "Island media warn of ferry pilots' strike; Lowland press calm",
        "ISLANDS: Radio says pilots ready to walk out",
        "Text of report by Island state radio Wave FM",
        "Kelby, 4 May: The pilots' guild has voted to strike from Friday, the radio said.",
    ]
    assert record_metadata.headline_over_section(texts, [0, 1], 1) == 0
    # Without an item header under it, a labelled line is the headline itself.
    assert record_metadata.headline_over_section(texts[:2] + texts[3:], [0, 1], 1) == 1
    assert record_metadata.section_heading("ISLANDS: Radio says pilots ready to walk out")
    assert not record_metadata.section_heading("KELBY: The pilots' guild has voted to strike from Friday.")


DIGEST = """Lowland Media Watch
Island Press Highlights
Island media warn of ferry pilots' strike; Lowland press calm
ISLANDS: Radio says pilots ready to walk out
Text of report by Island state radio Wave FM
Kelby, 4 May: The pilots' guild has voted to strike from Friday, the radio said. [Passage omitted]
The guild's chairman told the radio that the ferries "will stay in port until the owners pay".
Source: Wave FM, Kelby, in Gaelic 0800 gmt 4 May 31
LOWLAND: Papers see no crisis
The Lowland daily Morning Post said in an editorial that the strike would be "short and forgotten".
Source: Morning Post, Port Rusk, in Lowlandic 4 May 31
[Monitoring note: Headings as published. Text translated from Lowlandic.]
ALSO IN THE PRESS
Tain paper says harbour wall needs repair
The Tain Courier said the old harbour wall had cracked in two places after the winter storms and would cost millions.
Source: Tain Courier, Tain, in Gaelic 4 May 31
This bulletin is for the internal use of subscribers. Do not forward.
Unsubscribe   Change settings   Write to us
"""


def _kinds(raw: str) -> dict[str, str]:
    segments = segment_article("d1", raw)
    return dict(zip(segments["text"], segments["kind"], strict=False))


def test_monitoring_digest_page() -> None:
    kinds = _kinds(DIGEST)
    assert kinds["Island media warn of ferry pilots' strike; Lowland press calm"] == "headline"
    assert kinds["ISLANDS: Radio says pilots ready to walk out"] == "body"
    assert kinds["Text of report by Island state radio Wave FM"] == "boilerplate"
    assert kinds["Kelby, 4 May:"] == "dateline"
    assert kinds["LOWLAND: Papers see no crisis"] == "body"
    assert kinds["Source: Wave FM, Kelby, in Gaelic 0800 gmt 4 May 31"] == "boilerplate"
    assert kinds["[Monitoring note: Headings as published. Text translated from Lowlandic.]"] == "boilerplate"
    assert kinds["ALSO IN THE PRESS"] == "boilerplate"
    assert kinds["Tain paper says harbour wall needs repair"] == "appended"
    assert kinds["Unsubscribe   Change settings   Write to us"] == "boilerplate"


PRINT_RUN = """Lexicon Law Archive
Document 2 of 9
Ferry owners lose bid to stop pilots' strike
Source: The Island Courier, 4 May 2031, p. 3
Parties: Harbour Ferries plc (Pursuer) v Island Pilots Guild (Defender)
Before: Lady Justice Merrow
A JUDGE has refused to stop a strike by the island's ferry pilots, ruling that the guild's vote was lawful.
Lady Justice Merrow said the owners had shown "no flaw of substance" in the ballot and refused the order.
The pilots will walk out on Friday for three days, the guild said.
Subjects: Ferries · Strikes · Injunctions
Document 3 of 9
Pilot boat crew rescued off Tain
Source: Tain Courier, 4 May 2031, p. 8
Three crew members of a pilot boat were lifted from the sea off Tain after their engine failed in a storm.
The coastguard said all three were in good health.
Lexicon Law Archive   Terms   Help
"""


def test_print_run_page() -> None:
    kinds = _kinds(PRINT_RUN)
    assert kinds["Ferry owners lose bid to stop pilots' strike"] == "headline"
    assert kinds["Before: Lady Justice Merrow"] == "boilerplate"
    assert kinds["Document 3 of 9"] == "boilerplate"
    assert kinds["Pilot boat crew rescued off Tain"] == "appended"
    assert kinds["The coastguard said all three were in good health."] == "appended"


def test_record_metadata_rules_stay_linear() -> None:
    """Doubling a digest at most roughly doubles the record rules' time (one pass, bounded windows)."""
    item = DIGEST.splitlines()[3:11]

    def seconds(n: int) -> float:
        texts = item * n
        labels = {i: ("body", "") for i in range(len(texts))}
        start = time.process_time()
        record_metadata.digest_headings(texts, labels)
        record_metadata.appended_items(texts, labels)
        for text in texts:
            record_metadata.record_line(text)
        return time.process_time() - start

    small, large = min(seconds(2_000) for _ in range(3)), min(seconds(4_000) for _ in range(3))
    assert large <= 3.0 * max(small, 0.01)


def test_service_notices() -> None:
    assert record_metadata.record_line("Distribution restricted to clients of the Harbour Wire service")
    assert record_metadata.record_line("Compiled by the Islands desk, Kelby.")
    assert record_metadata.record_line("Tomorrow's digest will be sent at 06:30 Kelby time.")
    assert record_metadata.record_line("These summaries do not necessarily reflect the views of the Watch.")
    assert record_metadata.record_line('"The figures do not reflect the facts at sea," the pilot said.') is None
    assert record_metadata.record_line("The fares do not reflect the views of the islanders, the guild said.") is None
    assert record_metadata.record_line("The next edition of the timetable will be printed in June.") is None


def test_field_codes_and_sections() -> None:
    texts = [
        "HD",
        "Pilots' guild votes to strike",
        "WC",
        "212 words",
        "TD",
        "KELBY, May 4 (IW) - The island's ferry pilots voted on Monday to strike from Friday, the guild said.",
        "PUB",
        "Island Wire Ltd.",
        "AN",
        "Document ISLW000020310504",
    ]
    labels = {1: ("headline", ""), 3: ("boilerplate", ""), 5: ("body", ""), 7: ("body", ""), 9: ("boilerplate", "")}
    assert record_metadata.field_code_lines(texts, labels) == [0, 2, 4, 6, 8, 7]
    # Three capitalised words alone on a page are kickers or acronyms, not a record's codes.
    assert record_metadata.field_code_lines(texts[:6], labels) == []
    assert record_metadata.section_labels(["Body", "The pilots voted.", "Correction", "Body of evidence"]) == [0, 2]


EXPORT = """Lexicon Law Archive
Documents (2)
Pilots' guild votes to strike
The Island Courier
May 4, 2031 Monday
Length: 212 words
Body
KELBY - The island's ferry pilots voted on Monday to strike from Friday, their guild said in a statement.
The owners said they would ask a court to stop the walkout.
Load-Date: May 5, 2031
End of Document
Coastguard buys two new lifeboats
The Island Courier
May 5, 2031 Tuesday
Length: 120 words
Body
The coastguard has bought two lifeboats for the northern isles, its chief officer said on Tuesday.
The boats will be based at Tain and Kelby.
Load-Date: May 6, 2031
End of Document
"""


def test_export_print_run() -> None:
    kinds = _kinds(EXPORT)
    assert kinds["Body"] == "boilerplate"
    assert kinds["End of Document"] == "boilerplate"
    assert kinds["Coastguard buys two new lifeboats"] == "appended"
    assert kinds["The boats will be based at Tain and Kelby."] == "appended"
    assert kinds["The owners said they would ask a court to stop the walkout."] == "body"
