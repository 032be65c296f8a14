"""Notices of a programme's transcript, a mailing list's foot and a broadcaster's copyright (issue 11, round 15)."""

from analysis.segmentation import comments, rules
from analysis.segmentation.labelling import _pattern_match, label_lines

PAGE = """Coastline FM
Home   Shows   Podcasts

The Harbour Report: pilots strike over night shifts

Harbour pilots walked out on Tuesday after the port authority doubled their night shifts, leaving six tankers at anchor.

The authority said the new rota was needed to clear a backlog of ships delayed by last week's storms.

(Automatic transcript. Coastline FM is not responsible for errors in the text.)
TOM HALE: The pilots say they were never consulted about the new rota.
TOM HALE: The port authority says talks will resume on Friday morning.
Coastline FM © 2021. All materials may be quoted with a link to the station.
"""


def test_transcript_and_mailing_list_notices_are_site_notices() -> None:
    assert rules.site_notice_line("Transcript powered by Voxbridge. Accuracy is not guaranteed.")
    assert rules.site_notice_line("You are receiving this newsletter because you signed up on our site.")
    assert rules.site_notice_line("Enjoying the Weekly Roundup? Forward it to a friend.")
    assert rules.site_notice_line("The union released a transcript of the meeting on Friday.") is None


def test_a_programme_page_drops_its_disclaimer_and_copyright() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["(Automatic transcript. Coastline FM is not responsible for errors in the text.)"] == "boilerplate"
    assert kinds["Coastline FM © 2021. All materials may be quoted with a link to the station."] == "boilerplate"
    assert kinds["TOM HALE: The pilots say they were never consulted about the new rota."] == "body"


def test_a_flash_label_needs_news_text_to_be_an_alert() -> None:
    assert _pattern_match("BREAKING NEWS: Ferry service suspended after pier collapse", "boilerplate")
    assert _pattern_match("BREAKING Ferry service suspended", "boilerplate")
    # A flash label with one word after it is the kicker of an alert's headline.
    assert _pattern_match("BREAKING NEWS ALERT", "boilerplate") is None


def test_a_jump_to_the_top_is_a_site_tool() -> None:
    assert comments.jump_link("Back to top")
    assert comments.jump_link("↑ Top")
    assert comments.jump_link("Top stories") is None
    page = PAGE.replace("Coastline FM ©", "Back to top\nCoastline FM ©")
    kinds = {line.text: kind for line, kind, _ in label_lines(page)}
    assert kinds["Back to top"] == "navigation"
