"""Segmentation rules of issue 11, round 2 (site notices, sharing widgets, bylines with a time stamp,
agency-first datelines, standfirst below a menu, notice blocks), on invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import rules, segment_article

P1 = "The harbour council said on Thursday that the new ferry timetable would start in the spring."
P2 = "Residents of the island have asked for more crossings during the winter months, officials said."
P3 = "A spokesman for the operator told reporters the company expected passenger numbers to double."


def kinds(raw: str) -> list[str]:
    return segment_article("t", raw)["kind"].tolist()


def test_site_notice_lines():
    assert rules.site_notice_line("Nothing on this site is tax advice.") is not None
    assert rules.site_notice_line("Sign up and get the island news straight to your inbox.") is not None
    assert "'personal data'" in rules.site_notice_line("The Gazette never sells personal data to anyone.")
    assert rules.site_notice_line("Read the original story at Island Gazette.") is not None
    # Article prose about a website, and a quoted sentence, are not notices.
    assert rules.site_notice_line("The ferry company said on its website that sailings were cancelled.") is None
    assert rules.site_notice_line('"Check this site for updates," the operator told passengers.') is None


def test_sharing_widget_is_not_a_menu():
    assert rules.sharing_line("Facebook   Twitter   Email") == "sharing widget: 3 sharing tools joined by separators"
    assert rules.sharing_line("Print | Email | Share") is not None
    assert rules.sharing_line("Home | Ports | Weather") is None
    raw = f"Ferry operator cuts winter crossings\nPrint | E-mail | Share\n\n{P1}\n\n{P2}\n"
    assert kinds(raw) == ["headline", "boilerplate", "body", "body"]


def test_byline_with_a_time_stamp():
    assert rules.byline_with_timestamp("Ola Berg, Kari Lund   |04.03.2021 - Update : 05.03.2021") is not None
    assert rules.byline_with_timestamp("Ola Berg | 4 March 2021, 09:15") is not None
    # Names alone, a time stamp alone, or a headline with a date are not.
    assert rules.byline_with_timestamp("Ola Berg, Kari Lund") is None
    assert rules.byline_with_timestamp("04.03.2021 - Update : 05.03.2021") is None
    assert rules.byline_with_timestamp("Ferry strike called off | 4 March 2021") is None


def test_agency_first_dateline():
    text = "(IPA) - BERGEN, MAR 4 - The harbour council said on Thursday that the timetable would change."
    dateline, offset, reason = rules.dateline_prefix(text, rules.DATELINE_SLASH)
    assert dateline == "(IPA) - BERGEN, MAR 4 -"
    assert text[offset:].startswith("The harbour council")
    assert reason.startswith("agency in parentheses")


def test_tagline_above_a_menu_is_not_the_headline():
    raw = (
        "ISLAND WATCH\nWhat the mainland papers won't tell you\nHome   Ferries   Weather   Letters\n\n"
        "Ferry operator cuts winter crossings to three a week\n\n"
        f"{P1}\n\n{P2}\n"
    )
    segments = segment_article("t", raw)
    assert segments.loc[segments["kind"] == "headline", "text"].tolist() == [
        "Ferry operator cuts winter crossings to three a week"
    ]
    assert segments["kind"].tolist()[:3] == ["navigation"] * 3


def test_cookie_banner_above_the_page_is_boilerplate_and_does_not_give_the_headline():
    raw = (
        "We value your privacy\n"
        "This site and its partners store small files on your device to count visits and show ads.\n"
        "You may refuse all of this or choose purposes one by one on the settings page of this site.\n"
        "ACCEPT ALL     REJECT\n\n"
        f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n"
    )
    assert kinds(raw) == ["boilerplate"] * 4 + ["headline", "body", "body"]


def test_prose_of_a_notice_block_between_furniture_lines():
    notice = (
        "Copyright (c) 2019 Fjord Themes\n"
        "The theme may be copied and changed by anyone, provided that this text goes with it.\n"
        "Its makers give no promise that it works on every screen, and they take no blame for faults.\n"
        "Proudly powered by WordPress | Theme: Fjord by Fjord Themes.\n"
    )
    raw = f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n{P3}\n\n{notice}"
    assert kinds(raw) == ["headline", "body", "body", "body"] + ["boilerplate"] * 4


def test_no_notice_block_on_a_page_without_blank_lines_between_paragraphs():
    # Paragraphs set without blank lines share one block with an advertising marker and the footer:
    # the prose between them is the article's.
    raw = f"Ferry operator cuts winter crossings\n{P1}\nAdvertisement\n{P2}\n{P3}\nAll rights reserved.\n"
    assert kinds(raw) == ["headline", "body", "boilerplate", "body", "body", "boilerplate"]


def test_new_caption_forms():
    for caption in (
        "FILE PHOTO - A ferry waits at the quay in Bergen, Norway.",
        "A ferry waits at the quay in Bergen. Photo: Ola Berg/IPA",
        "[Image: A ferry waits at the quay in Bergen. Credit: IPA]",
    ):
        raw = f"Ferry operator cuts winter crossings\n\n{caption}\n\n{P1}\n\n{P2}\n"
        assert kinds(raw) == ["headline", "caption", "body", "body"], caption


def test_title_case_headline_ending_on_a_reporting_verb_is_not_a_broken_sentence():
    assert rules.title_case("Ferry Fares to Rise Next Winter, Operator Says")
    assert not rules.title_case("The operator told the island council that")
    assert not rules.continues_on_next_line("Ferry Fares to Rise Next Winter, Operator Says", P1)
    assert rules.continues_on_next_line("The harbour master says", P1)


def test_one_paragraph_story_with_a_dateline_after_the_body_is_appended():
    raw = (
        f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n{P3}\n\n"
        "Read also\n"
        "Island Bus Company Adds Night Routes, Mayor Says\n"
        "BERGEN, March 4. /IPA/. The island bus company will add two night routes from May, the mayor said.\n"
        "© 2021 IPA. All rights reserved.\n"
    )
    assert kinds(raw) == ["headline", "body", "body", "body", "boilerplate", "appended", "appended", "boilerplate"]
    # Without a dateline, one paragraph after a headline-like line is not enough for a story.
    plain = raw.replace("BERGEN, March 4. /IPA/. The", "The")
    assert "appended" not in kinds(plain)
