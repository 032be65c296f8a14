"""Round-11 notes on the status of a page's text (issue 11, clean11b), on invented lines."""

from __future__ import annotations

from analysis.segmentation import rules


def test_notes_on_the_status_of_the_text() -> None:
    assert rules.site_notice_line("Summary for the press. Not an official record.")
    assert rules.site_notice_line("(Provisional transcript: the video remains the authoritative version)")
    assert rules.site_notice_line("Courtesy translation. The Norvastan text is authoritative.")
    assert rules.site_notice_line("This page was translated automatically.   Show original")
    assert rules.site_notice_line("Machine translation. See the original in Danish")


def test_news_prose_about_a_translated_document_is_no_notice() -> None:
    assert (
        rules.site_notice_line("The ministry's statement, translated from Danish, said the ferries would run.") is None
    )
    assert rules.site_notice_line("An unofficial translation of the letter was shared with reporters.") is None
    assert rules.site_notice_line("DA   SV   EN (automatic translation)") is None


def test_document_reference_lines() -> None:
    from analysis.segmentation import stamps

    reason = "document reference: a reference number of the record (letters and figures after slashes)"
    assert stamps.document_code_line("HC/2210") == reason
    assert stamps.document_code_line("No. 57/2019") == reason
    assert stamps.document_code_line("Press notes   Harbour Council   HC/2210   9 May 2019") == reason
    # A breadcrumb, a poll's name, round-the-clock service, or a sentence citing a reference: no reference line.
    assert stamps.document_code_line("Home / Harbours / Ferries") is None
    assert stamps.document_code_line("24/7 ferry desk") is None
    assert stamps.document_code_line("The council adopted resolution HC/2210 on ferry safety on Monday.") is None


def test_a_reference_above_the_headline_is_boilerplate() -> None:
    from analysis.segmentation import label_lines

    page = (
        "Harbour Council\nPress notes   Statements   Briefings\nHC/2210\n"
        "Council Backs New Rules for Night Ferry Crossings\n"
        "The Harbour Council on Monday adopted new rules for night crossings, after a month of talks with the crews.\n"
        "The rules take effect in June, the council's chair said after the vote.\n"
    )
    kinds = {line.text: kind for line, kind, _ in label_lines(page)}
    assert kinds["HC/2210"] == "boilerplate"
    assert kinds["Press notes   Statements   Briefings"] == "navigation"


def test_forum_software_furniture_patterns() -> None:
    from analysis.segmentation.labelling import _pattern_match

    for line in (
        "Similar topics",
        "« Previous Topic | Next Topic »",
        "View more replies",
        "You must sign in to post a reply.",
        "Posting permissions",
        "All times are UTC. It is now 09:12.",
    ):
        assert _pattern_match(line, "boilerplate"), line
    for line in ("Similar cases were reported in 2019.", "You must leave the port by Monday, the council said."):
        assert _pattern_match(line, "boilerplate") is None, line


def test_alerts_with_news_text() -> None:
    from analysis.segmentation.labelling import _pattern_match

    for line in (
        "BREAKING Ferry runs aground off Kelby, no injuries reported",
        "BREAKING NEWS   Watch live: Harbour council meets on ferry strike",
        "LAST MINUTE: Storm warning for the northern coast",
        "Ferry strike latest: Talks resume on Thursday, union says",
    ):
        assert _pattern_match(line, "boilerplate"), line
    for line in ("Breaking with tradition, the council met on a Sunday.", "The latest: talks resume"):
        assert _pattern_match(line, "boilerplate") is None, line


def test_print_and_display_tools_are_sharing_widgets() -> None:
    assert rules.sharing_line("Print version   Download PDF   Send by e-mail")
    assert rules.sharing_line("Text size   A   A+   A++   Contrast")
    assert rules.sharing_line("Print   PDF   Send to a friend")
    assert rules.sharing_line("Home   Contrast   Ferries") is None


def test_a_row_of_links_is_no_byline() -> None:
    assert rules.byline_line("Home > Ports and Harbours > Ferry Notices") is None
    assert rules.byline_line("Ferries   Ports and Harbours   Weather   Sign in") is None
    assert rules.byline_line("Shipping · Ports and Trade Programme") is None
    # Names joined by "and" / "in" stay a byline.
    assert rules.byline_line("Ola Brenna in Kelby and Marta Lind") == "byline: capitalised names joined by 'and' / 'in'"


def test_site_copyright_and_media_file_links_are_no_captions() -> None:
    from analysis.segmentation.labelling import _pattern_match

    assert _pattern_match("© Kelby Harbour Gazette 2024", "caption") is None
    assert _pattern_match("© Kelby Harbour Gazette 2024", "boilerplate") == "copyright footer"
    assert _pattern_match("Image: https://media.example.org/2024/ferry.jpg", "caption") is None
    assert _pattern_match("Image: https://media.example.org/2024/ferry.jpg", "boilerplate")
    # A photographer's credit stays a caption.
    assert _pattern_match("© Ola Brenna", "caption")
    assert _pattern_match("Photo: Ola Brenna/NVA", "caption")
