"""Round-9 rules of issue 11 on invented lines and pages (none copied from the gold pages): link lines
sorted by what they link to (the round-9 ruling), photo credits ending a caption, the grammar's
press-release datelines, and a daily's page with capitalised teasers and a desk byline."""

from __future__ import annotations

from analysis.segmentation import dateline_grammar, link_roles, segment_article
from analysis.segmentation.labelling import _pattern_match


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules (the last line of a repeated text wins)."""
    frame = segment_article("t9", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


def test_account_links() -> None:
    assert link_roles.account_links("Subscribe   Sign in")
    assert link_roles.account_links("Log in | Register | e-Paper")
    assert link_roles.account_links("Subscribe   Sign in   World") is None
    assert link_roles.account_links("Subscribe to our newsletter for the latest") is None


def test_legal_links() -> None:
    assert link_roles.legal_links("About Us | Contact | Advertise | Subscription | RSS")
    assert link_roles.legal_links("About the Valley Courier   Advertise on Site   Contact Us")
    assert link_roles.legal_links("Privacy ∙ Terms ∙ Collection notice")
    # A menu of sections ending with "About us" stays a menu; "About" alone is a section of some sites.
    assert link_roles.legal_links("Home | World | Politics | Business | About us") is None
    assert link_roles.legal_links("About") is None


def test_photo_credits_ending_a_caption() -> None:
    for caption in (
        "Harbour board chair Anna Berg Photo: Harbour Press",
        "Ferries wait at the north quay in Portland, Jan. 8, 2024. [Photo/Harbour Press]",
        "A crew member ties up the ferry on Monday. Photo courtesy of Northquay Ferries / Jo Lind",
        "Ferries wait at the north quay in Portland, Jan. 8, 2024. /HPA",
        "The two ministers shake hands after the talks, Jan. 8, 2024. (Ministry Handout via HPA)",
    ):
        assert _pattern_match(caption, "caption"), caption
    # A teaser opens with its label; a sentence of the text ends otherwise.
    assert not _pattern_match("Photos: The week on the islands", "caption")
    assert not _pattern_match("In pictures: Storm hits the islands", "caption")
    assert not _pattern_match("The board will decide in March, the chair said.", "caption")


def test_press_release_datelines_by_the_grammar() -> None:
    found = dateline_grammar.grammar_dateline("PORTLAND, Maine--(Harbour Wire)--Northquay Ferries said on Monday")
    assert found is not None and found[0] == "PORTLAND, Maine--(Harbour Wire)--"
    text = "PORTLAND and BANGOR, Jan. 8, 2024 /Harbour Wire/ -- Northquay Ferries said on Monday"
    found = dateline_grammar.grammar_dateline(text)
    assert found is not None and found[0] == "PORTLAND and BANGOR, Jan. 8, 2024 /Harbour Wire/ --"
    # A hyphenated word stays one word; a sentence's subject is no dateline.
    assert dateline_grammar.grammar_dateline("Northquay and Southquay ferries - the two operators - said") is None
    assert dateline_grammar.grammar_dateline("The board--(which met on Monday)--said") is None


PARA = "The harbour board said on Monday that the winter crossings to the outer islands would end in March."
PARA2 = "Islanders said the decision would leave them without a link to the mainland for three months."
PARA3 = "The union representing the ferry crews said it would ask the board to reverse the decision."
PARA4 = "The board is due to meet again on Friday to hear the union's case, its secretary said."

# An invented daily's page: account links in the top bar, a desk byline in capitals, capitalised teasers
# set between paragraphs, account and legal links below the text.
DAILY = f"""The Valley Courier
Subscribe   Sign in
HOME   WORLD   BUSINESS   SPORTS
ISLANDS
Harbour board ends winter ferry crossings as islanders protest
The decision leaves four islands without a link to the mainland until spring
VALLEY COURIER WITH AGENCIES
Published 08.01.2024 14:35

PORTLAND (HPA) - {PARA}

{PARA2}

RELATED Fishing fleet returns early after storm

{PARA3}

RELATED Ferry crews vote on strike action

{PARA4}

Subscribe   Sign in
About Us | Contact | Advertise | Privacy
"""


def test_daily_page_with_capitalised_teasers_and_a_desk_byline() -> None:
    labelled = kinds(DAILY)
    assert labelled["Harbour board ends winter ferry crossings as islanders protest"] == "headline"
    assert labelled["VALLEY COURIER WITH AGENCIES"] == "boilerplate"
    assert labelled["RELATED Fishing fleet returns early after storm"] == "boilerplate"
    assert labelled["RELATED Ferry crews vote on strike action"] == "boilerplate"
    assert labelled[PARA3] == "body"
    assert labelled[PARA4] == "body"
    assert labelled["About Us | Contact | Advertise | Privacy"] == "boilerplate"
    frame = segment_article("t9", DAILY)
    account = frame[frame["text"] == "Subscribe   Sign in"]["kind"].tolist()
    assert account == ["navigation", "boilerplate"]
