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
