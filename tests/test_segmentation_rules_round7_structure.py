"""Round-7 cleaning rules of issue 11 (from the round-7 styles moved to dev), on invented lines and pages
(none copied from the gold pages):
appended stories that never outweigh the article, the headline below the chrome, photo and clip
credits by shape, a player label below its clip, time stamps with the desk's place, the '(Agency).-'
dateline, in-text related links and newsroom notes."""

from __future__ import annotations

from analysis.segmentation import appended, credits, rules, segment_article, stamps
from analysis.segmentation.labelling import DATELINE


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules (the last line of a repeated text wins)."""
    frame = segment_article("t1", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


def test_prose_after_counts_prose_below_each_line() -> None:
    prose = {1, 3, 4}
    assert appended.prose_after(5, lambda j: j in prose) == [3, 2, 2, 1, 0, 0]


def test_host_outweighs_tail() -> None:
    assert appended.host_outweighs_tail([4, 5, 6], 2) is not None
    assert appended.host_outweighs_tail([4, 5], 2) is not None
    assert appended.host_outweighs_tail([4, 5], 3) is None
    assert appended.host_outweighs_tail([4, 5], 9) is None


# An invented mobile page of one-sentence paragraphs, broken after three of them by an in-text
# link title that is followed by prose: the link is not the headline of a second story.
SHORT_PARAGRAPHS = """Tidewater Times

Ferry operator cancels winter crossings to the outer islands

By Nell Carrow

Updated 9:12 AM, Mon January 8, 2024

The island ferry company said on Monday it would cancel all winter crossings.

Islanders said they had not been told in advance.

The company blamed a shortage of licensed crew.

Related Article: How the island ferries lost half their crew in two years

Council members called an emergency meeting for Thursday evening.

“We cannot leave three hundred people without a boat,” one councillor said.

The company said it was trying to hire captains from the mainland.

Two fishing cooperatives offered to run a weekly supply boat.

The harbour master said the piers would stay open to private boats.

A school on the largest island will teach its pupils online until March.

Residents plan a protest at the company's offices on Saturday.

Terms of Use
"""


def test_link_title_among_short_paragraphs_is_not_an_appended_story() -> None:
    labelled = kinds(SHORT_PARAGRAPHS)
    assert "appended" not in labelled.values()
    assert labelled["Residents plan a protest at the company's offices on Saturday."] == "body"
    assert labelled["Council members called an emergency meeting for Thursday evening."] == "body"


def test_photo_credit_of_a_name_and_an_outlet() -> None:
    assert credits.name_slash_credit("Mara Olsen/Harbour Times")
    assert credits.name_slash_credit("Mara Olsen/Harbour Times File")
    # A breadcrumb, a single name or a sentence is no credit.
    assert credits.name_slash_credit("Home/News") is None
    assert credits.name_slash_credit("Ferries/Islands") is None
    assert credits.name_slash_credit("Mara Olsen/Harbour Times said the ferry was late.") is None


def test_clip_credit_and_the_title_above_it() -> None:
    assert credits.media_credit("03:27 - Source: Harbour TV")
    assert credits.media_credit("1:03:27 – Source: Harbour TV Business")
    assert credits.media_credit("03:27") is None
    assert credits.clip_title_above("Drone footage shows the flooded ferry terminal", "03:27 - Source: Harbour TV")
    assert credits.clip_title_above("The ferry sank.", "03:27 - Source: Harbour TV") is None
    assert credits.clip_title_above("Drone footage shows the terminal", "Harbour TV") is None


def test_a_paragraph_after_a_player_label_is_not_the_clip_title() -> None:
    assert credits.clip_title_is_paragraph("The harbour master said on Monday that the piers would stay open.", 8)
    assert not credits.clip_title_is_paragraph("What the ferry cuts mean for the islands", 8)
    assert not credits.clip_title_is_paragraph("Ferries stop.", 8)


def test_place_and_time_stamp_line() -> None:
    assert stamps.placed_time_stamp("Valparaíso, March 3rd 2021 - 17:20 UTC")
    assert stamps.placed_time_stamp("Port Elwin, Tuesday 4 May 2021 9.05")
    # Without a clock time a place and a date may be a dateline line; a sentence is no stamp.
    assert stamps.placed_time_stamp("Valparaíso, 3 March 2021") is None
    assert stamps.placed_time_stamp("In the port, crews worked until 17:20 on Monday.") is None


def test_title_case_dateline_closed_by_a_full_stop_and_hyphen() -> None:
    found = rules.dateline_prefix("Quito, Mar 3 (AFP).- The port reopened on Friday.", DATELINE)
    assert found is not None
    assert found[0] == "Quito, Mar 3 (AFP).-"


# An invented page whose headline stands below the menu and above its time stamp, with a comments
# counter, a place-and-time stamp and a photo caption set between it and the text.
HEADLINE_BELOW_CHROME = """THE COASTAL LEDGER
Home   Region   World   Business   Sport
World / Europe

Dock workers in three ports walk out over night-shift pay

Valparaíso, March 3rd 2021 - 17:20 UTC
By Staff Writer
Full Article   12 comments

Cranes stand idle at the container terminal on Wednesday. (Foto: Agency / Archivo)

PORT ELWIN (Ledger) - Dock workers in three ports walked out on Wednesday after talks on night-shift pay broke down.

The union said the strike would last at least two days.

Lea también / Read also: Shipping lines reroute cargo to the north

Shipping lines said they would divert vessels to other ports.

Editor's note: This story has been updated with the union's statement.
"""


def test_headline_below_chrome_and_the_furniture_around_it() -> None:
    labelled = kinds(HEADLINE_BELOW_CHROME)
    assert labelled["Dock workers in three ports walk out over night-shift pay"] == "headline"
    assert labelled["Full Article   12 comments"] != "headline"
    assert labelled["Valparaíso, March 3rd 2021 - 17:20 UTC"] == "boilerplate"
    assert labelled["Cranes stand idle at the container terminal on Wednesday. (Foto: Agency / Archivo)"] == "caption"
    assert labelled["PORT ELWIN (Ledger) -"] == "dateline"
    assert labelled["Lea también / Read also: Shipping lines reroute cargo to the north"] == "boilerplate"
    assert labelled["Editor's note: This story has been updated with the union's statement."] == "boilerplate"
    assert labelled["Shipping lines said they would divert vessels to other ports."] == "body"


# An invented mobile page: a clip's title and credit above the player label, then the first paragraph.
PLAYER_ABOVE_TEXT = """Harbour TV
Menu
Ferries

Island ferry sinks at its mooring in a winter storm

By Nell Carrow, Harbour TV
Updated 9:12 AM, Mon January 8, 2024
Video Ad Feedback
Storm footage shows the ferry going down
01:12 - Source: Harbour TV
Now Playing

PORT ELWIN (Harbour TV) — The island ferry sank at its mooring during a winter storm on Sunday night.

Nobody was on board when the hull flooded, the operator said.

The harbour master said divers would inspect the wreck on Tuesday.
"""


def test_clip_above_the_player_label_and_the_paragraph_after_it() -> None:
    labelled = kinds(PLAYER_ABOVE_TEXT)
    assert labelled["Island ferry sinks at its mooring in a winter storm"] == "headline"
    assert labelled["Storm footage shows the ferry going down"] == "caption"
    assert labelled["01:12 - Source: Harbour TV"] == "caption"
    assert labelled["PORT ELWIN (Harbour TV) —"] == "dateline"
    assert labelled["The island ferry sank at its mooring during a winter storm on Sunday night."] == "body"
