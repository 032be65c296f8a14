"""A reference work's article page (issue 11, round 21, clean21b): its title over the tagline and the infobox, the
infobox's rows, the table of contents, hatnotes and banners, template boxes, the reference list, ``[ edit ]`` heads.
Every line below is invented."""

from analysis.segmentation import reference_works, wiki_chrome
from analysis.segmentation.labelling import label_lines

LEAD = (
    "The 1997 Orrin Lake ferry fire broke out in the engine room of the ferry Marta Lind during an evening"
    " crossing.[1] All 212 passengers were taken off by fishing boats before the ferry burned to the waterline.[2]"
)
FIRE = (
    "The fire started in a fuel line shortly after the ferry left Tessby pier, according to the inquiry.[3] Crew"
    " members tried to put it out with hand extinguishers.[citation needed]"
)
RESCUE = (
    "Fishermen from Tessby reached the ferry within twenty minutes and took the passengers ashore in four"
    " trips.[4][failed verification]"
)
ENCYCLOPEDIA_PAGE = f"""Lakeopedia
The Open Lake Encyclopedia
Create account   Log in
Article   Talk   Read   Edit   View history
1997 Orrin Lake ferry fire
From Lakeopedia, the open lake encyclopedia
Jump to navigation  Jump to search
For the 1962 sinking on the same route, see Orrin Lake ferry disaster.
This article needs additional citations for verification. Please help improve it by adding reliable sources.
1997 Orrin Lake ferry fire
Part of the history of shipping on Orrin Lake
Date\t11 May 1997
Location\tOrrin Lake, near Tessby pier
Passengers\t212
Outcome\tAll passengers rescued; vessel scrapped
{LEAD}
Contents  [hide]
1 Fire
2 Rescue
2.1 Fishing boats
3 Inquiry
4 References
Fire [ edit ]
{FIRE}
Rescue [ edit ]
{RESCUE}
References [ edit ]
^ "Ferry burns on Orrin Lake". Tessby Courier. 12 May 1997. Retrieved 3 June 2010.
^ a b Varga, Ilse (13 May 1997). "The night the fishermen came". Lake Weekly.
^ "Inquiry report on the Marta Lind fire" (PDF). Lake Shipping Board. 1998. Archived from the original on 4 April 2009.
Categories: 1997 disasters | Ferry fires
This page was last edited on 2 February 2021, at 10:15 (UTC).
"""

MOBILE_PAGE = """Open main menu
Dalepedia
Search
Dale cheese shortage of 2021
Article
Talk
Edit
Last edited 3 days ago by Cheesebot
This article is about the shortage. For the cheese itself, see Dale cheese.
Dale cheese shortage of 2021
Empty shelves at a shop in Dalby, June 2021
Date\tMay–July 2021
Cause\tA disease among dairy herds
The Dale cheese shortage of 2021 was a fall in the supply of Dale cheese after a disease spread among dairy herds.[1]
Background
Dale cheese is made by eleven dairies, all of them in the upper valley.[2]
References
^ "Dairies halt output". Valley Post. 2 May 2021.
^ "Where Dale cheese comes from". Valley Post. 1 April 2020.
"""


def _kinds(raw: str) -> dict[str, str]:
    """Return each line's kind by its text (the first line of a repeated text)."""
    found: dict[str, str] = {}
    for line, kind, _ in label_lines(raw):
        found.setdefault(line.text, kind)
    return found


def _all_kinds(raw: str, text: str) -> list[str]:
    """Return the kinds of every line holding ``text``."""
    return [kind for line, kind, _ in label_lines(raw) if line.text == text]


def test_the_title_stands_over_the_tagline_and_the_infobox_repeats_it() -> None:
    kinds = _all_kinds(ENCYCLOPEDIA_PAGE, "1997 Orrin Lake ferry fire")
    assert kinds == ["headline", "boilerplate"]
    assert _all_kinds(MOBILE_PAGE, "Dale cheese shortage of 2021") == ["headline", "boilerplate"]


def test_infobox_rows_subtitle_and_caption() -> None:
    kinds = _kinds(ENCYCLOPEDIA_PAGE)
    for row in ("Date\t11 May 1997", "Passengers\t212", "Outcome\tAll passengers rescued; vessel scrapped"):
        assert kinds[row] == "boilerplate"
    assert kinds["Part of the history of shipping on Orrin Lake"] == "boilerplate"
    assert _kinds(MOBILE_PAGE)["Empty shelves at a shop in Dalby, June 2021"] == "caption"


def test_hatnotes_banners_and_contents_are_boilerplate() -> None:
    kinds = _kinds(ENCYCLOPEDIA_PAGE)
    assert kinds["For the 1962 sinking on the same route, see Orrin Lake ferry disaster."] == "boilerplate"
    assert kinds[
        "This article needs additional citations for verification. Please help improve it by adding reliable sources."
    ] == ("boilerplate")
    for entry in ("Contents  [hide]", "1 Fire", "2.1 Fishing boats", "4 References"):
        assert kinds[entry] == "boilerplate"
    assert _kinds(MOBILE_PAGE)["This article is about the shortage. For the cheese itself, see Dale cheese."] == (
        "boilerplate"
    )


def test_spaced_edit_heads_and_tagged_sentences_are_body() -> None:
    kinds = _kinds(ENCYCLOPEDIA_PAGE)
    assert kinds["Fire [ edit ]"] == "body"
    assert kinds["Rescue [ edit ]"] == "body"
    assert kinds["References [ edit ]"] == "boilerplate"
    assert kinds[RESCUE] == "body"
    assert kinds[FIRE] == "body"


def test_citations_are_boilerplate_wherever_they_stand() -> None:
    kinds = _kinds(ENCYCLOPEDIA_PAGE)
    for line in ENCYCLOPEDIA_PAGE.splitlines():
        if line.startswith("^ "):
            assert kinds[line] == "boilerplate", line
    assert reference_works.is_citation('3. ^ "A title". An Outlet. 5 May 2001.')
    assert reference_works.is_citation('Smith, J. "A title". An Outlet. Retrieved 5 May 2001.')
    assert reference_works.is_citation("Some page. Archived from the original on 2 March 2003.")
    assert not reference_works.is_citation("The council said it had retrieved the files from the archive.")


def test_template_boxes_take_their_short_rows() -> None:
    texts = ["Part of a series on the", "Lake shipping", "Ferries   Fires   Inquiries", "The lead sentence runs on."]
    found = reference_works.notice_lines(texts)
    assert sorted(found) == [0, 1, 2]
    assert reference_works.notice_role("v t e") == "box"


def test_a_news_page_is_no_reference_work() -> None:
    texts = [
        "Ferry burns on Orrin Lake",
        "By Ilse Varga",
        "All 212 passengers were taken off a burning ferry on Orrin Lake on Sunday, the coastguard said.",
        "For the fishermen of Tessby, see our interview on page 4.",
    ]
    assert not reference_works.is_reference_work(texts)
    assert reference_works.title_line(texts) is None


def test_a_row_of_language_names_is_boilerplate_in_a_wiki() -> None:
    assert wiki_chrome._language_item("Deutsch   Español   Norsk bokmål")
    assert not wiki_chrome._language_item("The crossing resumed on Monday, the company said.")


def test_a_table_inside_the_text_is_no_infobox() -> None:
    texts = [
        "Orrin Lake ferry",
        "From Lakeopedia, the open lake encyclopedia",
        "The Orrin Lake ferry has linked Tessby and Marholm since 1921, carrying about forty thousand people a year.",
        "Year\tPassengers",
        "1990\t38,000",
        "2000\t41,500",
    ]
    assert reference_works.box_lines(texts) == {}
    assert reference_works.box_lines(["Date\t1921", "Operator\tLake Lines", *texts[2:3]])


def test_redirect_notes_coordinates_and_lettered_notes() -> None:
    assert reference_works.notice_role("(Redirected from Tessby ferry fire)") == "hatnote"
    assert reference_works.notice_role("Coordinates: 59°12′N 14°30′E") == "metadata"
    assert reference_works.notice_role("Coordinates were never published.") is None
    assert reference_works.is_citation("b. ^ The count leaves out the crew.")
    assert reference_works.is_citation('2. Varga, Ilse (2001). "Lake ferries". Journal of Lakes. 4 (1): 3–9.')


def test_a_sentence_closed_by_inline_tags_is_a_sentence() -> None:
    from analysis.segmentation import sentence_shape

    assert sentence_shape.closes_sentence("The pier was rebuilt in 1931.[a]")
    assert sentence_shape.closes_sentence("The pier was rebuilt in 1931.[2][note 1]")
    assert sentence_shape.closes_sentence("The pier was rebuilt in 1931.[citation needed]")
    assert not sentence_shape.closes_sentence("Pier rebuilt [gallery]")
