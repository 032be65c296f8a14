"""Segmentation rules of issue 11, round 4 (broadcast chrome above the headline: media players,
programme credits, bylines with a place, photo widgets), on invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import boilerplate_patterns, rules, segment_article

P1 = "The harbour council said on Thursday that the new ferry timetable would start in the spring."
P2 = "Residents of the island have asked for more crossings during the winter months, officials said."
P3 = "A spokesman for the operator told reporters the company expected passenger numbers to double."
HEADLINE = "Island ferry operator cuts winter crossings as fuel costs climb"


def kinds(raw: str) -> list[str]:
    return segment_article("t", raw)["kind"].tolist()


def widget(text: str) -> bool:
    table = boilerplate_patterns()
    return any(regex.search(text) for regex in table.loc[table["kind"] == "widget", "regex"])


def test_widget_patterns():
    for text in (
        "Video player loading…",
        "Now Playing",
        "Up Next: Ferry fares to rise again",
        "Listen · 3:48",
        "Watch",
        "5-Minute Listen",
        "Transcript",
        "Embed",
        "toggle caption",
        '<iframe src="https://example.org/player/1" width="100%"></iframe>',
        "Heard on Harbour Hour",
    ):
        assert widget(text), text
    # Prose that mentions the same words is not a widget.
    for text in ("Listen to the islanders, the mayor said.", "Transcripts of the hearing were released.", P1):
        assert not widget(text), text


def test_byline_with_colon_and_with_place():
    assert rules.byline_line("By: Staff, Wire reports") is not None
    assert rules.byline_with_place("Ola Berg, reporting from Tromsø, Norway") is not None
    assert rules.byline_with_place("Ola Berg, writing from Bergen") is not None
    # A headline with a comma, or a name followed by something else, is not a byline.
    assert rules.byline_with_place("Ferries stop, islanders stranded") is None
    assert rules.byline_with_place("Ola Berg, the harbour master, resigns") is None


def test_player_title():
    assert rules.player_title("Now Playing") is not None
    assert rules.player_title("Up Next") is not None
    assert rules.player_title("World News") is None


def test_headline_below_a_media_player_and_above_a_byline():
    raw = (
        "Channel 4 Coast\nWatch Live\nNews | Weather | Sports\n"
        "Video player loading…\nNow Playing\nFerry crossings cut for the winter\n1:52\n"
        f"{HEADLINE}\nBy: Staff, Wire reports\nPosted at 6:12 PM, Sep 03, 2018\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert kinds(raw) == [
        "navigation",
        "navigation",
        "navigation",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "headline",
        "boilerplate",
        "boilerplate",
        "body",
        "body",
        "body",
    ]


def test_headline_above_a_radio_player():
    raw = (
        "Coast Radio\nLive Radio\nDonate\nHarbour Hour\n"
        f"{HEADLINE}\nSeptember 4, 2018 · 5:06 AM ET\nHeard on Harbour Hour\n"
        "Ola Berg, reporting from Tromsø, Norway\nListen · 3:48\n3-Minute Listen\nPlaylist\nDownload\nEmbed\n"
        f"Transcript\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    segments = segment_article("t", raw)
    assert segments.loc[segments["kind"] == "headline", "text"].tolist() == [HEADLINE]
    assert kinds(raw)[5:14] == ["boilerplate"] * 9
    assert kinds(raw)[14:] == ["body", "body", "body"]


def test_caption_above_a_credit_line_and_photo_widget():
    raw = (
        f"{HEADLINE}\n\n{P1}\n\n{P2}\n"
        "Listen · 3:48\nTranscript\n"
        "A ferry waits at the quay in Tromsø on Monday.\nOla Berg/AFP via Getty Images\n"
        "hide caption\ntoggle caption\nOla Berg/AFP via Getty Images\n\n"
        f"{P3}\n"
    )
    assert kinds(raw) == [
        "headline",
        "body",
        "body",
        "boilerplate",
        "boilerplate",
        "caption",
        "caption",
        "boilerplate",
        "boilerplate",
        "caption",
        "body",
    ]


def test_caption_below_a_credit_line_is_not_the_headline():
    raw = (
        f"{HEADLINE}\nPublished on 10.09.2018 14:27\n© Coast Agency / Ola Berg\nA ferry at the quay in Tromsø\n\n"
        f"{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert kinds(raw) == ["headline", "boilerplate", "caption", "caption", "body", "body", "body"]


def test_a_caption_label_ending_with_a_comma_is_not_a_stand_alone_credit():
    raw = (
        f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n\nYou may also be interested in:\n"
        "How the winter timetable was drawn up\nMedia caption,\nIslanders count the cost of lost sailings\n"
    )
    assert kinds(raw)[-1] != "caption"


def test_dateline_opens_the_paragraph_after_a_standfirst_and_its_furniture():
    raw = (
        f"{HEADLINE}\nThe operator says fuel costs leave it no choice, but islanders are not convinced.\n"
        "September 12th 2018\nListen to this story\n"
        f"TROMSØ — {P1}\n\n{P2}\n\n{P3}\n"
    )
    segments = segment_article("t", raw)
    assert segments.loc[segments["kind"] == "dateline", "text"].tolist() == ["TROMSØ —"]


def test_no_dateline_is_looked_for_once_the_first_paragraph_has_begun():
    raw = f"{HEADLINE}\n\n{P1}\n\nTROMSØ — {P2}\n\n{P3}\n"
    assert "dateline" not in kinds(raw)


def test_byline_with_a_job_title_after_a_comma():
    assert rules.byline_with_place("Ola Berg, Tromsø bureau chief") is not None
    assert rules.byline_with_place("Ola Berg, Morning Show host") is not None
    assert rules.byline_with_place("Ola Berg, the harbour master, resigns after ferry row") is None


def test_media_teaser_and_alert_ticker_are_boilerplate():
    raw = (
        "Channel 4 Coast\nWeather Alert: Gales until 8 PM\n"
        f"{HEADLINE}\nOla Berg, Senior Reporter\n0:45\nWatch: Footage from the quay\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert kinds(raw) == [
        "navigation",
        "boilerplate",
        "headline",
        "boilerplate",
        "boilerplate",
        "boilerplate",
        "body",
        "body",
        "body",
    ]


def test_a_ranked_list_of_story_titles_is_boilerplate():
    raw = (
        "Most Read\n1. Ferry fares rise again\n2. Storm warning for the islands\n3. Harbour pool to reopen\n"
        f"{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    )
    assert kinds(raw)[1:5] == ["boilerplate", "boilerplate", "boilerplate", "headline"]


def test_a_numbered_list_of_sentences_or_of_two_items_is_not_a_ranked_list():
    sentences = "1. The ferries will sail at dawn.\n2. The fares will not change.\n3. The quay will be rebuilt.\n"
    raw = f"{HEADLINE}\n\n{P1}\n\n{P2}\n{sentences}\n{P3}\n"
    assert "boilerplate" not in kinds(raw)
    raw = f"1. Ferry fares rise again\n2. Storm warning for the islands\n{HEADLINE}\n\n{P1}\n\n{P2}\n\n{P3}\n"
    assert not any("ranked" in reason for reason in segment_article("t", raw)["reason"])
