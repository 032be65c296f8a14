"""Round-9 cleaning rules of issue 11 (from the round-8 styles moved to dev), on invented lines and pages
(none copied from the gold pages): teasers with a label in capitals, a desk credited with its agencies,
the fixed-width wrap check, sub-headings with names and section numbers, a tagline above the headline,
a subscription box above the header, a title-case headline over a shorter line, a salutation, a
paragraph cut by a paywall, the issuer's notes of a release, a signature line."""

from __future__ import annotations

from analysis.segmentation import rules, segment_article
from analysis.segmentation.labelling import _pattern_match


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules (the last line of a repeated text wins)."""
    frame = segment_article("t9", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


def headline(raw: str) -> str:
    """Return the text of the first headline segment of a page."""
    frame = segment_article("t9", raw)
    return str(frame[frame["kind"] == "headline"]["text"].iat[0])


def test_teaser_with_a_label_in_capitals() -> None:
    assert _pattern_match("RELATED Harbour board approves new ferry terminal", "teaser")
    assert _pattern_match("SEE ALSO Fishing fleet returns early after storm", "teaser")
    # A sentence, or the label in running case, is not such a teaser.
    assert not _pattern_match("RELATED The board met on Monday.", "teaser")
    assert not _pattern_match("Related coverage of the vote continues below", "teaser")


def test_desk_credited_with_its_agencies_is_a_byline() -> None:
    assert rules.byline_line("VALLEY COURIER WITH AGENCIES") == "byline: a desk and its agencies joined by 'with'"
    assert rules.byline_line("Valley Courier with Harbour Press") == "byline: a desk and its agencies joined by 'with'"
    # A kicker in capitals joined by "in", or a headline with other function words, is no byline.
    assert rules.byline_line("FLOODS IN THE VALLEY") is None
    assert rules.byline_line("WAR IN THE NORTH") is None
    assert rules.byline_line("FERRIES RETURN TO THE ISLANDS") is None


def test_signature_is_a_byline() -> None:
    assert rules.byline_line("— Marta") == "byline: a writer's signature, a dash and a name"
    assert rules.byline_line("– Jane Roe") == "byline: a writer's signature, a dash and a name"
    assert rules.byline_line("— and then the rain came") is None


def test_wrap_fits() -> None:
    # A short line over a much longer one was set apart, not wrapped at a fixed width.
    longer = "Harbour officials say the crossings will end. " * 2
    assert not rules.wrap_fits("The ferry question, and who it is for", longer)
    wrapped = "The harbour board said on Monday that the winter crossings to the"
    assert rules.wrap_fits(wrapped, "outer islands would end.")


def test_sub_heading_shape_with_names_and_a_section_number() -> None:
    assert rules.sub_heading_shape("What Harbourton said")
    assert rules.sub_heading_shape("2. What the islanders say")
    assert rules.sub_heading_shape("Loss and damage")
    assert rules.sub_heading_shape("Background")
    # Title case or a capitalised last word is a menu item, a name or a kicker.
    assert not rules.sub_heading_shape("What Harbourton Said")
    assert not rules.sub_heading_shape("Ferries to Harbourton")
    assert not rules.sub_heading_shape("What the islanders say.")
    assert rules.section_heading_length("3. What the board says now")
    assert not rules.section_heading_length("Harbour board approves a new ferry terminal at the north quay")


PARA = "The harbour board said on Monday that the winter crossings to the outer islands would end in March."
PARA2 = "Islanders said the decision would leave them without a link to the mainland for three months."
PARA3 = "The union representing the ferry crews said it would ask the board to reverse the decision."

# An invented newsletter post set in numbered sections: the third section's heading is no new story.
SECTIONS = f"""Harbour Notes

Ferries, fishing and the islands, from the quay.

Subscribe

The ferry question, in three parts

Marta Lind
Jan 8, 2024

Dear friends,

{PARA}

1. What Harbourton says

{PARA2}

{PARA3}

2. What the islanders say

Fishers on the outer islands said they would lose their only way of selling the winter catch.

A councillor from the largest island asked the board to keep one crossing a week for the sick.

3. What the Harbour Board Decided Today

The board voted five to two to keep the plan, and its chair said the savings were needed for repairs.

A last crossing will sail on the final Sunday of February, weather permitting, the operator said.

— Marta

Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work.
"""


def test_newsletter_in_sections_keeps_its_sections_and_its_salutation() -> None:
    labelled = kinds(SECTIONS)
    assert labelled["The ferry question, in three parts"] == "headline"
    assert labelled["Ferries, fishing and the islands, from the quay."] == "navigation"
    assert labelled["Dear friends,"] == "body"
    assert labelled["1. What Harbourton says"] == "body"
    # Title case: no sub-heading, but as short as one in a text set in sections, so no appended story.
    assert labelled["3. What the Harbour Board Decided Today"] == "body"
    last = "A last crossing will sail on the final Sunday of February, weather permitting, the operator said."
    assert labelled[last] == "body"
    assert labelled["— Marta"] == "boilerplate"
    prompt = "Thanks for reading Harbour Notes! Subscribe for free to receive new posts and support my work."
    assert labelled[prompt] == "boilerplate"


# An invented page whose header is one block under a subscription box.
SUBSCRIPTION_BOX = f"""Discover more from Harbour Notes
Ferries, fishing and the islands, explained by a former ferry captain.
Subscribe
Continue reading
Harbour Notes
Sign in
The ferry question: a reader's guide to the winter timetable
The harbour board wants to end the winter crossings. What was said, and what comes next.
Marta Lind
Jan 8, 2024
Share

{PARA}

{PARA2}

{PARA3}
"""


def test_headline_below_a_subscription_box_and_a_tagline() -> None:
    assert headline(SUBSCRIPTION_BOX) == "The ferry question: a reader's guide to the winter timetable"
    labelled = kinds(SUBSCRIPTION_BOX)
    assert labelled["Ferries, fishing and the islands, explained by a former ferry captain."] != "body"
    standfirst = "The harbour board wants to end the winter crossings. What was said, and what comes next."
    assert labelled[standfirst] == "body"


# An invented press release under a site's label line, then the issuer's notes.
RELEASE = f"""Harbour Business Wire
Press release from Harbour Business Wire
Northquay Ferries Suspends Winter Crossings After Harbour Board Decision
January 8, 2024 at 7:05 a.m.
Share   Email   Print

PORTLAND, Maine--(Harbour Business Wire)--{PARA}

{PARA2}

{PARA3}

Notes to editors
- Spokespeople are available for interview in Portland.
- Photographs of the fleet are free to use with credit.

About Northquay Ferries
Northquay Ferries is a family-owned operator of four passenger ferries founded in 1952.
Cautionary statement: This release contains statements about the company's plans that are based on current expectations.
"""


def test_title_case_headline_over_a_shorter_label_line_and_the_issuers_notes() -> None:
    assert headline(RELEASE) == "Northquay Ferries Suspends Winter Crossings After Harbour Board Decision"
    frame = segment_article("t9", RELEASE)
    assert frame[frame["kind"] == "dateline"]["text"].tolist() == ["PORTLAND, Maine--(Harbour Business Wire)--"]
    labelled = kinds(RELEASE)
    assert labelled[PARA3] == "body"
    for line in (
        "Notes to editors",
        "- Spokespeople are available for interview in Portland.",
        "About Northquay Ferries",
        "Northquay Ferries is a family-owned operator of four passenger ferries founded in 1952.",
    ):
        assert labelled[line] == "boilerplate", line


def test_issuer_heading() -> None:
    assert rules.issuer_heading("About Northquay Ferries", "Northquay Ferries is a family-owned operator.")
    assert rules.issuer_heading("Notes to editors", "- Spokespeople are available.")
    # "About" over another name's paragraph, or over a paragraph of the story, is not the issuer's note.
    assert rules.issuer_heading("About Northquay Ferries", "The board is a public body.") is None
    assert rules.issuer_heading("About the timetable", "The timetable is a draft.") is None


# An invented paywalled post whose last paragraph is cut mid-sentence.
PAYWALL = f"""Harbour Notes

The ferry question, and who it is for

Marta Lind

{PARA}

{PARA2}

{PARA3}

Readers ask why the board chose March. There are two reasons, and the second is the one that

Keep reading with a 7-day free trial
Start trial
"""


def test_paragraph_cut_by_a_paywall_is_body() -> None:
    labelled = kinds(PAYWALL)
    cut = "Readers ask why the board chose March. There are two reasons, and the second is the one that"
    assert labelled[cut] == "body"
    assert labelled["Start trial"] == "boilerplate"
    assert labelled["The ferry question, and who it is for"] == "headline"
