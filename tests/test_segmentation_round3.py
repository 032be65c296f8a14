"""Segmentation rules of issue 11, round 3 (one-sentence paragraphs, sub-headings, pull quotes, link
boxes, magazine furniture), on invented lines and pages."""

from __future__ import annotations

from analysis.segmentation import rules, segment_article

P1 = "The harbour council said on Thursday that the new ferry timetable would start in the spring."
P2 = "Residents of the island have asked for more crossings during the winter months, officials said."
P3 = "A spokesman for the operator told reporters the company expected passenger numbers to double."


def kinds(raw: str) -> list[str]:
    return segment_article("t", raw)["kind"].tolist()


def test_prose_sentence():
    assert rules.prose_sentence("Ferries fall silent.") is not None
    assert rules.prose_sentence('"a timetable nobody asked for".') is not None
    assert rules.prose_sentence("Why cut them at all?") is not None
    # Too short, no closing punctuation, capitals or a run of capitalised items are not prose.
    assert rules.prose_sentence("Sailings cancelled.") is None
    assert rules.prose_sentence("Ferries fall silent") is None
    assert rules.prose_sentence("FERRIES FALL SILENT TODAY.") is None
    assert rules.prose_sentence("Island Gazette Travel Desk.") is None


def test_one_sentence_paragraphs_below_the_headline_are_body():
    raw = (
        "Ferry Chaos As Island Operator Axes Winter Crossings\n"
        "Hundreds of islanders cut off.\n"
        "Fares set to double.\n"
        "By Ola Berg\n\n"
        f"{P1}\n\nThe mayor was furious.\n\n{P2}\n\n{P3}\n"
    )
    assert kinds(raw) == ["headline", "body", "body", "boilerplate", "body", "body", "body", "body"]


def test_sub_heading_shape():
    assert rules.sub_heading_shape("Loss and damage")
    assert rules.sub_heading_shape("The harbour's dilemma")
    # Title case, capitals, punctuation or too many words are not sub-headings.
    assert not rules.sub_heading_shape("Island News")
    assert not rules.sub_heading_shape("ADVERTISEMENT")
    assert not rules.sub_heading_shape("Loss and damage.")
    assert not rules.sub_heading_shape("a heading that runs on for far too many words")


def test_sub_heading_between_paragraphs_is_body():
    raw = f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\nA harbour divided\n\n{P3}\n"
    assert kinds(raw) == ["headline", "body", "body", "body", "body"]
    # Not set apart, or not followed by a paragraph, it is not a sub-heading.
    raw = f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\nA harbour divided\n\nAdvertisement\n"
    assert kinds(raw)[3] != "body"


def test_pull_quote_repeating_a_paragraph_is_a_duplicate():
    quote = '"the company expected passenger numbers to double"'
    raw = f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n{quote}\n\n{P3}\n"
    segments = segment_article("t", raw)
    assert segments["kind"].tolist() == ["headline", "body", "body", "duplicate", "body"]
    assert segments["reason"].iat[3].startswith("pull quote")
    # A line of its own words is not a pull quote.
    raw = f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\nA line about nothing said before here\n\n{P3}\n"
    assert "duplicate" not in kinds(raw)


def test_link_title_shape():
    assert rules.link_title_shape("Island bakery wins national bread prize")
    assert rules.link_title_shape("Can anyone save the old lighthouse?")
    assert rules.link_title_shape("Mayor says: 'We will not give up'")
    assert not rules.link_title_shape("MOST READ IN NEWS")
    assert not rules.link_title_shape("The mayor said the bakery had won.")
    assert not rules.link_title_shape("Bakery prize")


def test_a_box_of_story_titles_is_not_an_appended_story():
    raw = (
        f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n"
        "MOST READ IN NEWS\nBAKE OFF\nIsland bakery wins national bread prize\n"
        "LIGHT WORK\nVolunteers repaint the old lighthouse in a weekend\n\n"
        f"{P3}\n\nThe operator will publish the new timetable next week, a spokeswoman said.\n"
    )
    got = kinds(raw)
    assert got[-2:] == ["body", "body"]
    assert "appended" not in got
    # A single story title followed by prose still starts an appended story.
    raw = (
        f"Ferry operator cuts winter crossings\n\n{P1}\n\n{P2}\n\n"
        "Volunteers repaint the old lighthouse in a single weekend\n\n"
        "Twenty volunteers spent the weekend repainting the island lighthouse, the trust said.\n\n"
        "The trust said the work had saved it several thousand pounds in contractor fees.\n"
    )
    assert kinds(raw)[3:] == ["appended", "appended", "appended"]


def test_paragraph_introducing_a_quotation_opens_the_article():
    raw = (
        "Ferry operator cuts winter crossings\n\n"
        "The operator said on Monday that two of its four winter sailings would end, adding in a statement:\n"
        '"We cannot run empty ships through the winter."\n\n'
        f"{P2}\n"
    )
    assert kinds(raw) == ["headline", "body", "body", "body"]


def test_long_rubric_without_punctuation_is_body():
    rubric = (
        "A plan to cut winter crossings says more about the operator's finances than about the islanders"
        " who depend on the boats for school, work and hospital visits"
    )
    raw = f"Island ferries\nThe last boat home\n{rubric}\n\n{P1}\n\n{P2}\n"
    assert kinds(raw)[1:] == ["headline", "body", "body", "body"]


def test_author_bio_line():
    assert rules.author_bio_line("Ola Berg is the Gazette's island correspondent.") is not None
    assert rules.author_bio_line("Kari Lund writes about transport for the Island Gazette.") is not None
    # A person in the news doing something is not an author's note.
    assert rules.author_bio_line("Kari Lund is the mayor of the island.") is None
    assert rules.author_bio_line("The operator is a reporter's nightmare.") is None


def test_magazine_furniture_patterns():
    for line, kind in [
        (
            'This article appeared in the Travel section of the print edition under the headline "Last boat"',
            "boilerplate",
        ),
        ("Print edition | Britain", "boilerplate"),
        ("Comments 31", "boilerplate"),
        ("87 Comments", "boilerplate"),
        ("@OlaBergNews", "boilerplate"),
        ("Got a story? Email news@example.org", "boilerplate"),
        ("Most read in Money", "boilerplate"),
        ("Passengers wait at the pier Credit: Island Gazette", "caption"),
    ]:
        raw = f"Ferry operator cuts winter crossings\n\n{P1}\n\n{line}\n\n{P2}\n\n{P3}\n"
        assert kinds(raw)[2] == kind, line
