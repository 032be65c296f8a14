"""Round-7 cleaning rules of issue 11 on invented lines and pages (none copied from the gold pages):
market data and contact lines, sharing rows with a label, headings inside the text, short colon
introductions, credits after a caption sentence, agency and press-release datelines below a claim box,
paywall prompts, issuer's notes in a page's tail, footnote marks."""

from __future__ import annotations

from analysis.segmentation import rules, segment_article
from analysis.segmentation.labelling import is_body_like


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules."""
    frame = segment_article("t7", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


PARAGRAPH_1 = "Harbour pilots in Velmar stopped work on Monday after talks over night shifts broke down again."
PARAGRAPH_2 = "The port authority said about forty ships were waiting at anchor and that it expected more by Friday."
PARAGRAPH_3 = "Union officials said they would meet the authority again next week but gave no date for a vote."


def test_market_data_line_is_furniture_but_a_headline_with_figures_is_not():
    assert rules.data_line("OIL 81.20 ▲ 0.8%   COPPER 3.91 ▼ 1.2%   GBP/EUR 1.1702") is not None
    assert rules.data_line("Quotes | Cocoa (Mar) 2,410 +31 | Sugar (May) 19.02 -0.11") is not None
    assert rules.data_line("Copper up 2% after strike at Chilean mine") is None
    assert rules.data_line("Copper prices rose 2% to $9,100 on Monday.") is None


def test_contact_line_needs_an_address_or_number_and_no_sentence():
    assert rules.contact_line("Press office: Ana Ruiz, [email protected], +34 91 000 0000") is not None
    assert rules.contact_line("Tomas Berg, field coordinator, t.berg@example.org") is not None
    assert rules.contact_line("Residents can call the hotline on +44 20 0000 0000 for help.") is None


def test_a_row_of_sharing_tools_with_a_label_or_one_other_tool_is_a_widget():
    assert rules.sharing_line("Share:   Facebook   Reddit   Email") is not None
    assert rules.sharing_line("Share this report   X   Telegram   Copy link") is not None
    assert rules.sharing_line("Print   Share   Listen") is not None
    assert rules.sharing_line("Home | Email | Sport") is None


def test_inner_heading_shapes():
    assert rules.inner_heading_shape("CLAIM")
    assert rules.inner_heading_shape("Rating: Mostly false")
    assert rules.inner_heading_shape("What the records show")
    assert not rules.inner_heading_shape("Rating: The claim circulated widely on Monday.")
    assert not rules.inner_heading_shape("Pilots Union Vows To Fight On")


# An invented fact check: a claim box with capitalised and "Label: value" headings, a short
# introduction of a quotation, a paywall prompt, then a tag line and the footer.
FACT_CHECK = f"""Checkpoint Desk
Home | Checks | About
Fact check: no, Velmar port has not been closed by the army
By Ines Moreau
A video shared on messaging apps says soldiers have sealed the port of Velmar.
CLAIM
Soldiers have closed the port of Velmar and turned back every ship since Sunday.
Rating: Mostly false
{PARAGRAPH_1}
Continue reading with a Checkpoint subscription
{PARAGRAPH_2}
Our verdict
{PARAGRAPH_3}
The harbour master said:
"No soldier has set foot on the quays, and the ships are waiting for pilots, not for the army."
Tags: Velmar | ports | strikes
© 2024 Checkpoint Desk
"""


def test_claim_box_headings_are_text_and_paywall_prompts_furniture():
    found = kinds(FACT_CHECK)
    assert found["Fact check: no, Velmar port has not been closed by the army"] == "headline"
    for line in ("CLAIM", "Rating: Mostly false", "Our verdict", "The harbour master said:", PARAGRAPH_2):
        assert found[line] == "body", line
    assert found["Continue reading with a Checkpoint subscription"] == "boilerplate"
    assert found["Tags: Velmar | ports | strikes"] == "boilerplate"


def test_a_caption_sentence_with_a_one_word_credit_is_no_headline():
    raw = (
        "The Velmar Courier\nWORLD\nPilots walk out at Velmar as night-shift talks collapse\nBy Jo Lund\n"
        f"Ships wait at anchor outside the harbour on Monday. Photo: Reuters\n{PARAGRAPH_1}\n{PARAGRAPH_2}\n"
    )
    found = kinds(raw)
    assert found["Pilots walk out at Velmar as night-shift talks collapse"] == "headline"
    assert found["Ships wait at anchor outside the harbour on Monday. Photo: Reuters"] == "caption"


def test_agency_dateline_is_found_below_a_claim_box():
    raw = (
        "Checkpoint Desk\nFact check: pilots did not sink a tanker at Velmar\n"
        "Posts say striking pilots sank a tanker in the harbour on purpose.\n"
        "Claim: Pilots sank the tanker Ostra to block the port.\nRating: False\n"
        f"VELMAR (Reuters) – {PARAGRAPH_1}\n{PARAGRAPH_2}\n"
    )
    frame = segment_article("t7", raw)
    assert frame.loc[frame["kind"] == "dateline", "text"].tolist() == ["VELMAR (Reuters) –"]


def test_press_release_dateline_in_parentheses():
    text = f"(Nairobi/Rome, 4 March 2021) – {PARAGRAPH_1}"
    found = rules.dateline_prefix(text, rules.DATELINE_PARENTHESES)
    assert found is not None and found[0] == "(Nairobi/Rome, 4 March 2021) –"
    assert rules.dateline_prefix(f"(Nairobi) {PARAGRAPH_1}", rules.DATELINE_PARENTHESES) is None


def test_issuer_notes_after_an_end_marker_are_furniture_but_a_last_paragraph_is_text():
    note = "Harbour Aid is a charity that supports the families of seafarers in twelve countries."
    release = (
        "Harbour Aid\nPilots' strike leaves relief cargo stranded in Velmar\n"
        f"{PARAGRAPH_1}\n{PARAGRAPH_2}\n-ENDS-\n{note}\nPress releases are archived at www.harbouraid.example.org\n"
    )
    found = kinds(release)
    assert found["-ENDS-"] == "boilerplate"
    assert found[note] == "boilerplate"
    assert found["Press releases are archived at www.harbouraid.example.org"] == "boilerplate"
    ending = "The Velmar Pilots' Guild is a union of about 300 pilots founded in 1921."
    article = f"Pilots' strike leaves relief cargo stranded in Velmar\n{PARAGRAPH_1}\n{PARAGRAPH_2}\n{ending}\n"
    assert kinds(article)[ending] == "body"


def test_a_footnote_mark_after_the_full_stop_still_ends_a_sentence():
    assert is_body_like("The cost of shipping grain through the strait doubled in a single month.[4]")
    assert not is_body_like("Velmar port strike [4]")


def test_stamp_label_needs_a_stamp_word_and_a_stamp_below():
    assert rules.stamp_label("Posted", "12 Mar 2023") is not None
    assert rules.stamp_label("Last updated", "12 Mar 2023, 10:40") is not None
    assert rules.stamp_label("Opinion", "12 Mar 2023") is None
    assert rules.stamp_label("Posted", "Pilots walk out at Velmar") is None


def test_tag_row_is_a_menu_under_a_tag_heading():
    assert rules.tag_row("Tags", "Velmar    Ports    Strikes") is not None
    assert rules.tag_row("Topics:", "Velmar | Ports | Strikes") is not None
    assert rules.tag_row("World", "Velmar    Ports    Strikes") is None


def test_reader_prompts_and_self_references_are_furniture():
    raw = (
        f"Pilots walk out at Velmar\n{PARAGRAPH_1}\n{PARAGRAPH_2}\n"
        "Did you find this report useful?   Yes   No\n"
        "This article was produced with the support of the Velmar Press Fund.\n"
    )
    found = kinds(raw)
    assert found["Did you find this report useful?   Yes   No"] == "boilerplate"
    assert found["This article was produced with the support of the Velmar Press Fund."] == "boilerplate"
    assert found[PARAGRAPH_2] == "body"


def test_authorship_byline_is_no_headline_and_a_paywall_call_is_furniture():
    raw = (
        "Checkpoint Desk\nDid striking pilots sink a tanker? What the harbour logs show\nWritten by Ines Moreau\n"
        f"{PARAGRAPH_1}\nSubscribe today to unlock unlimited checks\n{PARAGRAPH_2}\n"
    )
    found = kinds(raw)
    assert found["Did striking pilots sink a tanker? What the harbour logs show"] == "headline"
    assert found["Written by Ines Moreau"] == "boilerplate"
    assert found["Subscribe today to unlock unlimited checks"] == "boilerplate"
    assert found[PARAGRAPH_2] == "body"
