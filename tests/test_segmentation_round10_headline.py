"""Round-10 headline rule of issue 11, on invented pages (none copied from the gold pages): a sentence
set directly under a headline is its standfirst, not a site tagline, even when a furniture line of four
words or more (a provider's credit) follows it; a tagline under the site's name stays chrome."""

from __future__ import annotations

from analysis.segmentation import segment_article

PARA = "The harbour board said on Monday that the winter crossings to the outer islands would end in March."
PARA2 = "Islanders said the decision would leave them without a link to the mainland for three months."
PARA3 = "The union representing the ferry crews said it would ask the board to reverse the decision."
HEADLINE = "Harbour board ends winter ferry crossings to outer islands"
STANDFIRST = "The board voted to stop the crossings from March, leaving three islands without a winter link."


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules (the last line of a repeated text wins)."""
    frame = segment_article("t10", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


def headline(raw: str) -> str:
    """Return the text of the first headline segment of a page."""
    frame = segment_article("t10", raw)
    return str(frame[frame["kind"] == "headline"]["text"].iat[0])


def page(furniture: str) -> str:
    """Return an invented page whose header block ends with headline, standfirst and ``furniture``."""
    return f"""Harbour Radio
Live   Schedule   Programs   Podcasts
Islands
{HEADLINE}
{STANDFIRST}
{furniture}
A ferry leaves the north quay in heavy rain on Sunday. (Photo by Harbour Radio)

{PARA}

{PARA2}

{PARA3}
"""


def test_standfirst_under_the_headline_over_a_providers_credit() -> None:
    # The credit shares words with the text, so the overlap check cannot rescue the headline.
    for credit in ("Provided by Harbour Board News Today", "Provided by The Islands Gazette"):
        raw = page(credit)
        assert headline(raw) == HEADLINE
        labelled = kinds(raw)
        assert labelled[STANDFIRST] == "body"
        assert labelled[credit] == "boilerplate"


def test_tagline_under_the_site_name_stays_chrome() -> None:
    raw = f"""Harbour Notes
Ferries, fishing and the islands, without the jargon. By Marta Lind.
Subscribe
Sign in
{HEADLINE}
{STANDFIRST}
Marta Lind
Jan 8, 2024
Share

{PARA}

{PARA2}

{PARA3}
"""
    assert headline(raw) == HEADLINE
    labelled = kinds(raw)
    assert labelled["Ferries, fishing and the islands, without the jargon. By Marta Lind."] != "body"
    assert labelled[STANDFIRST] == "body"


def test_standfirst_repeated_across_an_unnamed_furniture_line() -> None:
    # A four-word credit no rule names stands between a standfirst and the paragraph that repeats it.
    raw = f"""Harbour Radio
Live   Schedule   Programs   Podcasts
{HEADLINE}
{PARA}
Provided by Island Weekly
Island Weekly logo

HARBOURTON (IW) — {PARA}

{PARA2}

{PARA3}
"""
    assert headline(raw) == HEADLINE
    frame = segment_article("t10", raw)
    by_kind = frame.groupby("kind")["text"].apply(list).to_dict()
    assert by_kind["duplicate"] == [PARA]
    assert "Provided by Island Weekly" in by_kind["boilerplate"]
    assert by_kind["body"] == [PARA, PARA2, PARA3]
    assert by_kind["dateline"] == ["HARBOURTON (IW) —"]
