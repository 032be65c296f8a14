"""Round-5 cleaning rules of issue 11 on invented lines and pages (none copied from the gold pages)."""

from __future__ import annotations

from analysis.segmentation import rules, segment_article
from analysis.segmentation.labelling import DATELINE


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules."""
    frame = segment_article("t1", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


BODY = (
    "The harbour board said on Tuesday that the new ferry would start in spring, two years late.\n\n"
    "Its chair told councillors that the contract had been signed after a long dispute with the yard.\n\n"
    "The first crossing is planned for April, weather permitting, the board added in its statement.\n"
)


def test_authors_signed_with_their_posts_are_a_byline():
    line = "Maria Lund, Senior Fellow, Energy Programme; Dr Paul Abara, Research Analyst, Africa Desk"
    assert rules.byline_with_posts(line)
    assert rules.byline_with_posts("Maria Lund, Senior Fellow") is None  # one comma, no ';': left to other rules
    assert rules.byline_with_posts("Ferry delayed again, board says, as costs rise") is None


def test_a_publication_stamp_inside_a_furniture_line():
    assert rules.line_with_stamp("Ana Ruiz (@anaruiz) Published March 4, 2021 | 10:02 AM")
    assert rules.line_with_stamp("Ana Ruiz | Updated 4 March 2021")
    # A sentence about something published is prose.
    assert rules.line_with_stamp("The report was published on 4 March and updated in May.") is None


def test_the_headline_is_not_the_byline_line_below_it():
    stamp = "Ana Ruiz (@anaruiz) Published March 4, 2021"
    raw = f"HARBOUR NEWS\n\nFerry service to start two years late\n\n{stamp}\n\n" + BODY
    found = kinds(raw)
    assert found["Ferry service to start two years late"] == "headline"
    assert found["Ana Ruiz (@anaruiz) Published March 4, 2021"] == "boilerplate"


def test_a_round_up_credit_line_is_boilerplate():
    raw = "Ferry service to start two years late\n\nFrom wire reports\n\n" + BODY
    found = kinds(raw)
    assert found["From wire reports"] == "boilerplate"
    assert found["Ferry service to start two years late"] == "headline"


def test_title_case_wire_dateline_with_date_and_agency():
    found = rules.dateline_prefix("New Delhi, Oct 2 (ANI) – The ferry will start in April.", DATELINE)
    assert found is not None and found[0] == "New Delhi, Oct 2 (ANI) –"
    # Without a date and an agency a title-case opening is the sentence's own subject.
    assert rules.dateline_prefix("New Delhi – the capital – will host the talks.", DATELINE) is None


def test_a_parenthesised_photo_label_ends_a_caption():
    raw = "Ferry service to start two years late\n\nThe old ferry at the quay. (Photo: Jo Ng/Harbour News)\n\n" + BODY
    assert kinds(raw)["The old ferry at the quay. (Photo: Jo Ng/Harbour News)"] == "caption"


def test_disclaimers_endnotes_and_author_notes_after_the_text_are_boilerplate():
    tail = (
        "\n[1] Harbour board annual report, 2020.\n\n"
        "The views in this piece do not necessarily reflect those of the institute.\n\n"
        "Dr Jo Ng is a Research Fellow at the institute.\n\n"
        "© 2021 The Institute\n"
    )
    more = (
        "\nCouncillors asked why the yard had been paid in full before the hull passed its trials.\n\n"
        "The board said a review of the contract would be published before the summer recess.\n"
    )
    found = kinds("Ferry service to start two years late\n\n" + BODY + more + tail)
    assert found["[1] Harbour board annual report, 2020."] == "boilerplate"
    assert found["The views in this piece do not necessarily reflect those of the institute."] == "boilerplate"
    assert found["Dr Jo Ng is a Research Fellow at the institute."] == "boilerplate"
    assert found["The first crossing is planned for April, weather permitting, the board added in its statement."] == (
        "body"
    )


def test_text_size_tools_and_a_lone_subscribe_button_are_boilerplate():
    assert rules.sharing_line("Font size   A+   A-   Print")
    # The round-9 ruling (tests/gold/pages/README.md): a subscription link in the site's top bar above the
    # headline is navigation; below the headline it is boilerplate (a prompt about the article's access).
    found = kinds("HARBOUR NEWS\n\nSubscribe\n\nFerry service to start two years late\n\n" + BODY)
    assert found["Subscribe"] == "navigation"
    found = kinds("HARBOUR NEWS\n\nFerry service to start two years late\n\n" + BODY + "\nSubscribe\n")
    assert found["Subscribe"] == "boilerplate"
