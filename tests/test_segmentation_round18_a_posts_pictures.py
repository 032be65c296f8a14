# ruff: noqa: E501  (the invented pages keep their paragraphs on one line each, as a scrape saves them)
"""Pages whose text comes in numbered or captioned units (issue 11, round 18): a thread's posts, a picture story."""

from analysis.segmentation import posts_and_pictures as pp
from analysis.segmentation.labelling import label_lines

# An invented thread as a thread-reader site saves it: counters on their own lines, a quoted post, a link card.
THREAD_COUNTERS_ALONE = """ReelReader
Home   Help   Log in
Thread by @tide_notes on ReelReader
Jonas Aalto
@tide_notes
Marine biologist. Opinions my own.
3 Feb 2025 • 5 posts • 2 min read
The harbour council voted last night to close the north pier to fishing boats for the whole spring season.
1/5
The decision, per the council's minutes, follows two winters of falling catches near the breakwater and a survey of the seabed.
2/5
Quote
Coast Herald @coastherald · Feb 3
Council closes north pier to boats until June
Fishermen I spoke to are angry: they were told the closure would last a month, not a season.
3/5
[image] The north pier at dawn, empty of boats
Alt text: A wooden pier with a closed gate and a sign reading No Mooring.
Pier closure explained
coastherald.example
4/5
The council's harbour master said the pier would reopen in June if the survey found the seabed had recovered.
5/5
Enjoyed this thread? Follow @tide_notes for more threads.
Save as PDF   Share this thread
"""

# An invented thread numbered at the start of each post, titled by its author's handle.
THREAD_NUMBERED_FIRST = """ThreadKeep
@orchard_ed: what the frost did to the apple harvest this year 🧵
Edda Lind  @orchard_ed
Fruit grower and columnist. Posts my own.
Apr 2, 2024 • 4 posts
1/ Three nights of frost in the last week of March killed most of the blossom in the valley's lower orchards.
2/ The growers' cooperative says its members expect to pick less than half of last year's crop.
3/ Quick note:
4/ Insurance covers frost only for growers who installed wind machines, the cooperative's chair told me on Monday.
Share this thread   Save as PDF
"""

# An invented picture story: the captions are the page's only prose.
PICTURE_STORY = """Northlight Pictures
Editorial   Creative   Archive
Lakeside market reopens after the fire
Gallery · 3 images · 12 Oct 2024
Image 1 of 3
BRANVIK, NORLAND - OCTOBER 12: Traders set out vegetables under new awnings at the lakeside market on October 12, 2024 in Branvik, Norland. (Photo by Ola Berg/Northlight Pictures)
NP-10029381
3000 x 2000 px · Add to lightbox
Image 2 of 3
BRANVIK, NORLAND - OCTOBER 12: A fishmonger weighs a catch for a customer in the rebuilt hall. Traders said business was slow on the first morning. (Photo by Ola Berg/Northlight Pictures)
NP-10029382
3000 x 2000 px · Add to lightbox
Restrictions: Editorial use only.
"""

# The same captions beside a running text story: captions are captions.
TEXT_STORY = """The Lake Courier
Lakeside market reopens after the fire
Text by Mia Holm · Photographs by Ola Berg
BRANVIK, NORLAND - OCTOBER 12: Traders set out vegetables under new awnings at the lakeside market on October 12, 2024 in Branvik, Norland. (Photo by Ola Berg/The Lake Courier)
BRANVIK, Norland: The lakeside market opened its doors again on Saturday, four months after a fire destroyed the old hall and forty stalls.
The town council paid for most of the new hall, and traders covered the cost of the awnings and the cold stores themselves.
Stallholders said the first morning was quiet, but they expected the weekend crowds to return once word spread across the region.
BRANVIK, NORLAND - OCTOBER 12: A fishmonger weighs a catch for a customer in the rebuilt hall. (Photo by Ola Berg/The Lake Courier)
The council said a second phase, with a covered car park, would open next spring.
"""


def _kinds(raw: str) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines(raw)}


def test_agency_caption_form() -> None:
    assert pp.agency_caption("BRANVIK, NORLAND - OCTOBER 12: Traders set out vegetables.")
    assert pp.agency_caption("SAINT ROCH, NORLAND - MAY 3: A boat is launched.")
    assert pp.agency_caption("Branvik, Norland, 12 October 2024 - Traders set out vegetables.")
    assert not pp.agency_caption("BRANVIK, Norland: The lakeside market opened again.")
    assert not pp.agency_caption("BRANVIK (Northlight) - The market opened.")


def test_a_running_text_story_is_three_distinct_paragraphs_outside_the_captions() -> None:
    texts = PICTURE_STORY.splitlines()
    facts = pp.page_facts(texts)
    assert len(facts.captions) == 2 and facts.picture_story
    texts = TEXT_STORY.splitlines()
    facts = pp.page_facts(texts)
    assert len(facts.captions) == 2 and not facts.picture_story


def test_captions_of_a_picture_story_are_its_body() -> None:
    kinds = _kinds(PICTURE_STORY)
    captions = [text for text in kinds if text.startswith("BRANVIK, NORLAND")]
    assert captions and all(kinds[text] == "body" for text in captions)
    assert kinds["Lakeside market reopens after the fire"] == "headline"
    assert kinds["Image 1 of 3"] == kinds["NP-10029381"] == "boilerplate"
    assert kinds["3000 x 2000 px · Add to lightbox"] == "boilerplate"
    assert kinds["Restrictions: Editorial use only."] == "boilerplate"


def test_captions_beside_a_text_story_are_captions() -> None:
    kinds = _kinds(TEXT_STORY)
    captions = [text for text in kinds if text.startswith("BRANVIK, NORLAND")]
    assert captions and all(kinds[text] == "caption" for text in captions)
    assert kinds["The council said a second phase, with a covered car park, would open next spring."] == "body"


def test_picture_furniture_lines() -> None:
    assert pp.picture_furniture("Image 4 of 9")
    assert pp.picture_furniture("2/8")
    assert pp.picture_furniture("Image ID: 55512 | 4000 x 3000 px")
    assert pp.picture_furniture("Keywords: market, fire, lake")
    assert pp.picture_furniture("XY-2024101201")
    assert pp.picture_furniture("Traders set out vegetables under new awnings.") is None


def test_a_thread_needs_rising_numbers_and_a_handle() -> None:
    facts = pp.page_facts(THREAD_COUNTERS_ALONE.splitlines())
    assert facts.thread and facts.counters_alone
    facts = pp.page_facts(THREAD_NUMBERED_FIRST.splitlines())
    assert facts.thread and not facts.counters_alone
    # The same numbering without any account handle is a numbered list, not a thread.
    assert not pp.page_facts(THREAD_NUMBERED_FIRST.replace("@", "").splitlines()).thread


def test_posts_quotes_cards_and_media_of_a_thread() -> None:
    kinds = _kinds(THREAD_COUNTERS_ALONE)
    assert kinds["1/5"] == kinds["5/5"] == "boilerplate"
    for post in (
        "The harbour council voted last night to close the north pier to fishing boats for the whole spring season.",
        "Council closes north pier to boats until June",
        "Fishermen I spoke to are angry: they were told the closure would last a month, not a season.",
    ):
        assert kinds[post] == "body", post
    assert kinds["Quote"] == kinds["Coast Herald @coastherald · Feb 3"] == "boilerplate"
    assert kinds["[image] The north pier at dawn, empty of boats"] == "caption"
    assert kinds["Alt text: A wooden pier with a closed gate and a sign reading No Mooring."] == "caption"
    assert kinds["Pier closure explained"] == kinds["coastherald.example"] == "boilerplate"
    assert kinds["Marine biologist. Opinions my own."] == "boilerplate"
    assert kinds["Enjoyed this thread? Follow @tide_notes for more threads."] == "boilerplate"


def test_numbers_inside_posts_stay_in_the_body_and_the_title_is_the_headline() -> None:
    kinds = _kinds(THREAD_NUMBERED_FIRST)
    assert kinds["@orchard_ed: what the frost did to the apple harvest this year 🧵"] == "headline"
    assert kinds["Edda Lind  @orchard_ed"] == "boilerplate"
    assert kinds["Fruit grower and columnist. Posts my own."] == "boilerplate"
    assert kinds["Apr 2, 2024 • 4 posts"] == "boilerplate"
    assert kinds["3/ Quick note:"] == "body"
    assert all(kinds[text] == "body" for text in kinds if text[:2] in ("1/", "2/", "4/"))


def test_media_lines_and_quote_headers() -> None:
    assert pp.media_line("[video] 1:12")
    assert pp.media_line("Alt: a map of the bay")
    assert not pp.media_line("[1] A footnote of the report")
    assert pp.quote_header("Quote")
    assert pp.quote_header("Quoting Harbour Board @harbourboard")
    assert not pp.quote_header("Quoting the minister, the paper said the plan was dead.")


def test_the_first_caption_of_a_picture_story_gives_the_dateline() -> None:
    from analysis.segmentation import segment_records

    rows = segment_records("story", PICTURE_STORY)
    datelines = [row[5] for row in rows if row[2] == "dateline"]
    assert datelines == ["BRANVIK, NORLAND - OCTOBER 12:"]
    assert (
        pp.caption_dateline("Branvik, Norland, 12 October 2024 - A boat.")[0] == "Branvik, Norland, 12 October 2024 -"
    )
    assert pp.caption_dateline("The market opened on Saturday.") is None


def test_a_handle_only_below_the_posts_makes_no_thread() -> None:
    texts = [
        "Harbour Gazette",
        "1/3",
        "A crane lifts the first boat back into the water after the storm.",
        "2/3",
        "Volunteers clear the slipway of sand and broken planks.",
        "3/3",
        "Follow us @harbourgazette",
    ]
    assert not pp.page_facts(texts).thread
    assert pp.page_facts([texts[-1], *texts[:-1]]).thread


def test_engagement_rows() -> None:
    assert pp.engagement_row("1.2K Reposts 3.4K Likes")
    assert pp.engagement_row("Reply   Repost   Like   Share")
    assert pp.engagement_row("12 replies · 40 reposts · 210 likes")
    assert not pp.engagement_row("Likes")
    assert not pp.engagement_row("Share the news with 40 friends")


def test_agency_caption_dates_with_a_year() -> None:
    assert (
        pp.caption_dateline("BRANVIK, NORLAND - OCTOBER 12, 2024: A boat.")[0] == "BRANVIK, NORLAND - OCTOBER 12, 2024:"
    )
    assert (
        pp.caption_dateline("Branvik, Norland, October 12, 2024 - A boat.")[0] == "Branvik, Norland, October 12, 2024 -"
    )


def test_a_long_licence_field_is_no_paragraph_of_a_text_story() -> None:
    licence = "Restrictions: Editorial use only. No use in advertising, promotion or merchandising without the written consent of the agency."
    texts = [*PICTURE_STORY.splitlines(), licence, licence.replace("agency", "desk"), licence.replace("use", "reuse")]
    assert pp.page_facts(texts).picture_story


def test_sharing_rows_of_a_gallery() -> None:
    assert pp.sharing_row("Share   Save gallery")
    assert pp.sharing_row("Share   Print this picture   Email")
    assert not pp.sharing_row("Share prices fell sharply on Monday.")
    assert not pp.sharing_row("Home   Share   Sport")


def test_an_ad_between_posts_is_no_post() -> None:
    raw = THREAD_COUNTERS_ALONE.replace(
        "3/5\n", "3/5\nSponsored\nBook your island ferry tickets online and save ten percent today.\n"
    )
    kinds = _kinds(raw)
    assert kinds["Book your island ferry tickets online and save ten percent today."] != "body"


# An invented thread on a federated network: a server in the handle, a plain title, a menu the rules took for it.
THREAD_PLAIN_TITLE = """threadview.example
Log in   Sign up
Ferry strike, day 2 (a thread)
Ola Strand
@olastrand@social.example
Harbour reporter at the Coast Post.
Posted 4 Mar 2025 · 4 parts
1. The ferry union says no boats will sail to the islands until Friday, after talks broke down last night.
2. The operator told me its offer "is final" and that it had asked for a mediator.
Reply   Boost   Favourite
3. Islanders I met on the quay were patient, mostly, and some had brought their own boats.
4. More later from the quay.
Follow @olastrand@social.example
"""


def test_a_plain_thread_title_over_the_author_card_is_the_headline() -> None:
    kinds = _kinds(THREAD_PLAIN_TITLE)
    assert kinds["Ferry strike, day 2 (a thread)"] == "headline"
    assert kinds["Log in   Sign up"] == "navigation"
    assert kinds["@olastrand@social.example"] == kinds["Harbour reporter at the Coast Post."] == "boilerplate"
    assert kinds["Reply   Boost   Favourite"] == "boilerplate"
    assert kinds["4. More later from the quay."] == "body"


def test_a_short_line_above_the_thread_title_is_the_site_chrome() -> None:
    assert _kinds(THREAD_NUMBERED_FIRST)["ThreadKeep"] == "navigation"
    assert _kinds(THREAD_PLAIN_TITLE)["threadview.example"] == "navigation"
