"""Round-8 cleaning rules of issue 11 that rest on cues holding across house styles, on invented
lines and pages (none copied from the gold pages): a dateline read by the grammar of its parts,
a place and a date standing alone, a headline that summarises its article's first paragraphs."""

from __future__ import annotations

from analysis.segmentation import comments, dateline_grammar, headline_overlap, segment_article
from analysis.segmentation.labelling import DATELINE


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules."""
    frame = segment_article("t8", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


def dateline(text: str) -> str | None:
    """Return the dateline the grammar reads at the start of ``text`` (None when it reads none)."""
    found = dateline_grammar.grammar_dateline(text)
    return found[0] if found else None


# --- dateline grammar ---------------------------------------------------------------------------


def test_grammar_reads_place_region_agency_and_separator():
    assert dateline("KESTRAVIA, Norland (Pellar News) — Officials said on Monday ...") == (
        "KESTRAVIA, Norland (Pellar News) —"
    )
    found = dateline("Vellport [Arkadia], March 3 (PNA): The harbour reopened ...")
    assert found == "Vellport [Arkadia], March 3 (PNA):"
    assert dateline("Ostrava, 14 June 2021 – The council voted ...") == "Ostrava, 14 June 2021 –"
    assert dateline("PORTO DE LUZ (QRX) -- Firefighters ...") == "PORTO DE LUZ (QRX) --"


def test_grammar_reads_an_agency_alone_and_the_longest_prefix():
    assert dateline("(QRX) — Rescue teams reached the valley ...") == "(QRX) —"
    assert dateline("(NPA) - VERANO, MAR 2 - The ministry said ...") == "(NPA) - VERANO, MAR 2 -"


def test_grammar_closes_a_dated_dateline_at_its_agency_without_separator():
    assert dateline("Tamsk, Oct 2 (NRA) Rescue workers pulled ...") == "Tamsk, Oct 2 (NRA)"
    assert dateline("LINDHOLM, June 3. /NORPRESS/. The minister said ...") == "LINDHOLM, June 3. /NORPRESS/."
    assert dateline("Tamsk, Oct 2 (NRA).- Rescue workers pulled ...") == "Tamsk, Oct 2 (NRA).-"
    # Without a date before it, an acronym in parentheses is a sentence's subject: "Union (NFU) Chief ...".
    assert dateline("National Farmers Union (NFU) Chief Ada Holm said ...") is None


def test_body_starts_after_the_dateline_and_its_spaces():
    text = "Vellport [Arkadia], March 3 (PNA):   The harbour reopened."
    found = dateline_grammar.grammar_dateline(text)
    assert found is not None and text[found[1] :] == "The harbour reopened."


def test_grammar_refuses_a_sentence_subject_or_a_prefix_without_evidence():
    assert dateline("Russia's defence ministry (MoD) - The statement said ...") is None  # possessive
    assert dateline("NATO - which has long warned of this - said ...") is None  # lower case after the dash
    assert dateline("The Kremlin - Officials did not comment ...") is None  # title case only, no evidence
    assert dateline("UN: The agency said ...") is None  # two capitals are no place
    assert dateline("Officials in Tamsk said on Monday - the toll rose ...") is None
    assert dateline("MOSCOW is preparing a response, officials said.") is None


def test_grammar_reads_no_more_than_a_dateline_length():
    long_prefix = "ALPHA BETA GAMMA DELTA EPSILON ZETA ETA THETA IOTA KAPPA LAMBDA MU NU - The rest."
    assert dateline(long_prefix) is None
    assert dateline("ALPHA BETA - The rest.") == "ALPHA BETA -"


def test_patterns_come_first_then_the_grammar():
    # A bare upper-case place is the pattern's ("ANKARA:"); the grammar reads a form with no pattern.
    found = dateline_grammar.first_paragraph_dateline("KESTRAVIA: Officials said ...", DATELINE)
    assert found is not None and found[2] == "upper-case place name and separator opening the first paragraph"
    found = dateline_grammar.first_paragraph_dateline("Vellport [Arkadia], March 3 (PNA): The ...", DATELINE)
    assert found is not None and found[2].startswith("dateline by its grammar")


def test_below_the_first_paragraphs_only_an_agency_or_a_date_makes_a_dateline():
    assert dateline_grammar.agency_dateline("KESTRAVIA: Officials said ...") is None
    found = dateline_grammar.agency_dateline("Vellport [Arkadia], March 3 (PNA): The ...")
    assert found is not None and found[0] == "Vellport [Arkadia], March 3 (PNA):"
    assert dateline_grammar.agency_dateline("Ostrava, 14 June 2021 – The council ...") is not None


def test_place_and_date_standing_alone():
    assert dateline_grammar.place_date_line("Tamsk, 30 August 2022")
    assert dateline_grammar.place_date_line("KESTRAVIA, Sept. 3")
    assert not dateline_grammar.place_date_line("Tamsk officials meet in August 2022")
    assert not dateline_grammar.place_date_line("Tamsk, Norland")  # no date
    assert not dateline_grammar.place_date_line("Dock strike ends after 30 days")


# --- headline overlap ---------------------------------------------------------------------------

LEAD = (
    "The harbour authority of Velmar closed the container terminal on Monday after pilots walked out over "
    "night shifts, leaving forty ships at anchor."
)
SECOND = "Union leaders said the pilots would return only if the authority dropped the new rota."


def test_content_stems_drop_stop_words_and_figures_and_cut_words_to_stems():
    assert headline_overlap.content_stems("The pilots of Velmar walked out in 2024") == {"pilot", "velma", "walke"}


def test_overlap_counts_the_share_of_a_line_in_the_first_paragraphs():
    paragraphs = [LEAD, SECOND, "A third paragraph on fenders.", "Ignored fourth paragraph about tulips."]
    summary = headline_overlap.summary_stems(paragraphs)
    assert "fende" in summary and "tulip" not in summary  # only the first three paragraphs are read
    # velma, pilot, forty, ships recur; "walk" is not the stem of "walked" ("walke"), "wait" is not in the lead.
    assert headline_overlap.overlap("Velmar pilots walk out, forty ships wait", summary) == (4 / 6, 4)
    assert headline_overlap.overlap("Subscribe to our newsletter", summary) == (0.0, 0)
    assert headline_overlap.summarises("Velmar pilots walk out, forty ships wait", summary)
    assert headline_overlap.summarises("Velmar harbour", summary)
    assert not headline_overlap.summarises("Velmar", summary)  # one word is too few to tell
    assert not headline_overlap.summarises("Velmar harbour dredging tender awarded", summary)  # 2 of 5


def test_a_long_title_is_a_headline_only_when_it_summarises_the_text():
    summary = headline_overlap.summary_stems([LEAD, SECOND])
    title = (
        "Statement of the Harbour Authority of Velmar on the closure of the container terminal after the walkout "
        "of pilots over night shifts and on the forty ships waiting at anchor in the roads"
    )
    assert len(title.split()) > 30
    assert headline_overlap.long_headline(title, summary, 25)
    assert not headline_overlap.long_headline(title + ".", summary, 25)  # a sentence is a paragraph
    unrelated = " ".join(["Cookies help us deliver our services and improve your experience on every page"] * 2)
    assert not headline_overlap.long_headline(unrelated, summary, 25)
    assert not headline_overlap.long_headline("Velmar pilots walk out", summary, 25)  # not longer than the cap


def test_a_list_item_is_no_headline():
    assert headline_overlap.list_item("• Forty ships wait at anchor off Velmar")
    assert not headline_overlap.list_item("Forty ships wait at anchor off Velmar")


def test_the_position_choice_is_overruled_only_when_it_says_nothing_of_the_text():
    summary = headline_overlap.summary_stems([LEAD, SECOND])
    texts = ["Velmar pilots walk out, forty ships wait at anchor", "Embassy of Norland in Arkadia"]
    assert headline_overlap.better_summary(texts, [0, 1], 1, summary) == 0
    # A title that shares a fifth of its words with the lead keeps its place (a magazine's play on words).
    texts = ["Velmar pilots walk out, forty ships wait at anchor", "Pilots lose their patience with rota"]
    assert headline_overlap.better_summary(texts, [0, 1], 1, summary) == 1


# --- pages --------------------------------------------------------------------------------------

PARAGRAPH_3 = "The authority said it hoped to reopen the terminal by the weekend if talks resumed."


def test_page_with_a_long_official_title_and_a_title_in_another_script():
    title = (
        "Statement of the Harbour Authority of Velmar on the closure of the container terminal after the walkout "
        "of pilots over night shifts and on the forty ships waiting at anchor in the roads"
    )
    raw = "\n\n".join(
        [
            "Harbour Authority of Velmar",
            "Гаванская администрация Велмара",
            "Home   About   News   Contacts",
            title,
            LEAD,
            SECOND,
            PARAGRAPH_3,
        ]
    )
    labelled = kinds(raw)
    assert labelled[title] == "headline"
    assert labelled["Гаванская администрация Велмара"] == "navigation"


def test_page_with_summary_bullets_under_the_headline():
    raw = "\n\n".join(
        [
            "Velmar News",
            "Pilots walk out at Velmar, forty ships wait at anchor",
            "By Ada Holm",
            "• Pilots stopped work over the new night-shift rota\n• The union says talks are off",
            LEAD,
            SECOND,
            PARAGRAPH_3,
        ]
    )
    labelled = kinds(raw)
    assert labelled["Pilots walk out at Velmar, forty ships wait at anchor"] == "headline"
    assert labelled["• The union says talks are off"] != "headline"


def test_page_with_a_place_and_date_line_below_the_headline():
    raw = "\n\n".join(
        [
            "Ministry of Ports of Norland",
            "Home | Ministry | Press releases",
            "Minister visits Velmar terminal closed by pilots' walkout",
            "Posted on: 4 May 2024",
            "Velmar, 3 May 2024",
            LEAD,
            SECOND,
            PARAGRAPH_3,
        ]
    )
    labelled = kinds(raw)
    assert labelled["Minister visits Velmar terminal closed by pilots' walkout"] == "headline"
    assert labelled["Velmar, 3 May 2024"] == "dateline"


def test_page_dateline_with_a_bracketed_region_is_split_from_the_paragraph():
    raw = "\n\n".join(
        [
            "Velmar pilots walk out, forty ships wait",
            "Velmar [Norland], May 3 (PNA): " + LEAD,
            SECOND,
            PARAGRAPH_3,
        ]
    )
    frame = segment_article("t8", raw)
    rows = dict(zip(frame["kind"], frame["text"], strict=False))
    assert rows["dateline"] == "Velmar [Norland], May 3 (PNA):"
    assert frame[frame["kind"] == "body"]["text"].iloc[0] == LEAD


def test_page_with_a_promotional_line_between_the_headline_and_the_text():
    raw = "\n\n".join(
        [
            "Velmar News",
            "Pilots walk out at Velmar, forty ships wait at anchor",
            "Supported by the Arkadia Maritime Foundation",
            LEAD,
            SECOND,
            PARAGRAPH_3,
        ]
    )
    labelled = kinds(raw)
    assert labelled["Pilots walk out at Velmar, forty ships wait at anchor"] == "headline"
    assert labelled["Supported by the Arkadia Maritime Foundation"] != "headline"


# --- reader comments ----------------------------------------------------------------------------

COMMENTS = [
    "harbourwatcher\n3 hours ago\nThe pilots are right, the new rota is dangerous on the water.\nReply   Flag",
    "Ines_M\n2 hours ago\nForty ships waiting means higher prices for all of us, again and again.\nReply   Flag",
    "old_salt_1958\n1 hour ago\nI worked those night shifts for twenty years and nobody ever listened.\nReply   Flag",
]


def test_reader_comments_without_a_heading_are_found_by_their_repeated_blocks():
    raw = "\n\n".join(["Velmar News", "Pilots walk out at Velmar, forty ships wait at anchor", LEAD, SECOND, *COMMENTS])
    labelled = kinds(raw)
    assert labelled["Forty ships waiting means higher prices for all of us, again and again."] == "boilerplate"
    assert labelled["Ines_M"] == "boilerplate"
    assert labelled[SECOND] == "body"


def test_comment_blocks_need_the_same_make_up_and_a_line_that_is_not_prose():
    def prose(text: str) -> bool:
        return text.endswith(".")

    texts = "n1|1 h ago|Comment one.|Reply (2)|n2|2 h ago|Comment two.|Reply (14)".split("|")
    assert comments.comment_blocks(texts, prose) == [(0, 3), (4, 7)]
    # Paragraphs each under a sharing row: no name or stamp in a block, it is the article.
    texts = "Para one.|Share|Para two.|Share|Para three.|Share".split("|")
    assert comments.comment_blocks(texts, prose) == []
    # Live entries of different lengths closed by the same row are not comment blocks.
    texts = "Live: strike|10:02|Entry one.|Share|10:30|Entry two.|More of two.|Share".split("|")
    assert comments.comment_blocks(texts, prose) == []
    # Blocks holding a line already read as text (a live entry's title) are not comments.
    texts = "n1|1 h ago|Comment one.|Reply (2)|n2|2 h ago|Comment two.|Reply (14)".split("|")
    assert comments.comment_blocks(texts, prose, lambda j: j == 4) == []
    # One block alone is a single widget.
    assert comments.comment_blocks("n1|1 h ago|Comment one.|Reply".split("|"), prose) == []


def test_live_entries_of_one_length_closed_by_a_sharing_row_stay_text():
    entries = [
        f"{clock}\n\n{title}\n\n{text}\n\nShare"
        for clock, title, text in (
            ("14:10", "Union rejects the offer", "The union turned down the revised offer shortly after noon."),
            ("12:45", "Cyclists fill the centre", "Cycle-hire stations in the centre were empty by eight."),
            ("09:30", "Depots stay closed", "No bus left the garages for the morning rush today."),
        )
    ]
    raw = "\n\n".join(["Velmar News", "Pilot strike live: forty ships wait off Velmar", *entries])
    labelled = kinds(raw)
    assert labelled["The union turned down the revised offer shortly after noon."] == "body"
    assert labelled["Cycle-hire stations in the centre were empty by eight."] == "body"
