"""Round-7 cleaning rules of issue 11 on invented lines and pages (none copied from the gold pages):
appended stories that never outweigh the article, ..."""

from __future__ import annotations

from analysis.segmentation import appended, segment_article


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
