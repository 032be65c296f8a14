"""Round 20 (issue 11, clean20a): a page that is a run of short time-stamped items (a news ticker, a "latest" feed)
reads as one article, its story's items (:mod:`analysis.segmentation.ticker`). All text is invented."""

from __future__ import annotations

from analysis.segmentation import label_lines, ticker
from analysis.segmentation.dateline_grammar import first_paragraph_dateline
from analysis.segmentation.labelling import DATELINE

# A regional broadcaster's ticker on a ferry strike, newest first, with sport, weather and markets between.
TICKER = [
    "BRACKWATER RADIO NEWS",
    "Home   Local   Sport   Weather   Listen",
    "Newsroom feed",
    "Tuesday 4 June · times local",
    "Local   Sport   Weather",
    "Auto-update: ON",
    "Just now",
    "Ferry unions say night crossings to Harlow Isle stay cancelled until Friday",
    "PINNED",
    "Harbour board closes Harlow Isle ferry pier after wall collapse",
    "5 min ago",
    "Rowing: Brackwater eight win regional title on the lake",
    "12 min ago",
    "BREAKING",
    "Harbour board: Harlow Isle pier repairs to take at least three weeks",
    "20 min ago",
    "Pollen count high across the county tomorrow, forecasters warn",
    "31 min ago",
    "Islanders queue at Harlow Isle quay as last ferry leaves early - reporter",
    "Read more ›",
    "45 min ago",
    "Sponsored",
    "Book your summer cottage today. Offers end soon.",
    "52 min ago",
    "Shares: Brackwater Mills up 2% after contract win",
    "1 h ago",
    "Ferry unions warn harbour board crossings will not resume before wall is surveyed",
    "1 h ago",
    "Harbour board closes Harlow Isle ferry pier after wall collapse",
    "Load more",
    "Brackwater Radio · Terms · Privacy",
]


def _kinds(lines: list[str]) -> dict[str, str]:
    return {line.text: kind for line, kind, _ in label_lines("\n".join(lines) + "\n")}


def test_stamp_rows_and_item_labels_are_read_as_a_tickers() -> None:
    assert ticker.stamp_line("16:41")
    assert ticker.stamp_line("3 min ago")
    assert ticker.stamp_line("4h · Sport")
    assert ticker.stamp_line("Just now")
    assert ticker.stamp_line("Yesterday 18:20")
    assert ticker.stamp_line("8 Sep, 16:41")
    assert not ticker.stamp_line("1/8")
    assert not ticker.stamp_line("12 March 2024")
    assert not ticker.stamp_line("4h · Three ferries idle at the quay")
    assert ticker.item_label("URGENT")
    assert ticker.item_label("📌 Pinned")
    assert not ticker.item_label("Harbour board says pier is safe.")


def test_a_tickers_story_items_are_body_and_other_topics_appended() -> None:
    kinds = _kinds(TICKER)
    assert kinds["Ferry unions say night crossings to Harlow Isle stay cancelled until Friday"] == "body"
    assert kinds["Harbour board: Harlow Isle pier repairs to take at least three weeks"] == "body"
    assert kinds["Islanders queue at Harlow Isle quay as last ferry leaves early - reporter"] == "body"
    assert kinds["Ferry unions warn harbour board crossings will not resume before wall is surveyed"] == "body"
    assert kinds["Rowing: Brackwater eight win regional title on the lake"] == "appended"
    assert kinds["Pollen count high across the county tomorrow, forecasters warn"] == "appended"
    assert kinds["Shares: Brackwater Mills up 2% after contract win"] == "appended"


def test_a_tickers_title_is_the_headline_and_its_stamps_labels_and_ads_are_furniture() -> None:
    kinds = _kinds(TICKER)
    assert kinds["Newsroom feed"] == "headline"
    assert [kind for kind in kinds.values()].count("headline") == 1
    for furniture in ("Just now", "5 min ago", "PINNED", "BREAKING", "Auto-update: ON", "Tuesday 4 June · times local"):
        assert kinds[furniture] == "boilerplate", furniture
    assert kinds["Book your summer cottage today. Offers end soon."] == "boilerplate"
    assert kinds["Local   Sport   Weather"] == "navigation"


def test_a_pinned_item_repeated_word_for_word_lower_down_is_the_duplicate() -> None:
    labelled = label_lines("\n".join(TICKER) + "\n")
    copies = [kind for line, kind, _ in labelled if line.text.startswith("Harbour board closes Harlow Isle")]
    assert copies == ["duplicate", "body"]


def test_the_story_is_the_topic_most_items_share() -> None:
    texts = [
        "Quarry trucks banned from Mill Lane after bridge cracks",
        "Cricket: Fenbury beat Oldcastle by six wickets",
        "Council engineers say Mill Lane bridge cracks are widening",
        "Frost expected on high ground tonight",
        "Quarry owners demand bridge inspection report from engineers",
    ]
    items = [(i,) for i in range(len(texts))]
    assert ticker.story_items(texts, items) == {0, 2, 4}


def test_a_live_blog_and_a_latest_box_beside_an_article_are_not_tickers() -> None:
    paragraph = "The harbour board said on Tuesday that the pier would stay shut while engineers surveyed the wall."
    live_blog = ["Harbour pier live"]
    for minute in range(10, 40, 4):
        live_blog += [f"16:{minute}", "Engineers arrive", paragraph, paragraph]
    assert ticker.page_facts(live_blog, lambda text: False) is None
    beside = ["Harbour pier stays shut", paragraph, paragraph, "Latest"]
    for minute in range(10, 40, 4):
        beside += [f"16:{minute}", f"Council names new harbour master number {minute}"]
    assert ticker.page_facts(beside, lambda text: False) is None
    kinds = _kinds(beside)
    assert kinds["Harbour pier stays shut"] == "headline"


def test_an_items_desk_prefix_is_not_a_dateline() -> None:
    assert ticker.item_prefix("BRACKWATER/FERRIES (URGENT): Pier shut after wall collapse")
    assert ticker.item_prefix("UPDATE 3: Pier shut after wall collapse")
    assert not ticker.item_prefix("BRACKWATER: The harbour board said on Tuesday")
    assert first_paragraph_dateline("UPDATE 3: Harbour board says pier shut for weeks", DATELINE) is None
    assert first_paragraph_dateline("BRACKWATER: The harbour board said on Tuesday it would", DATELINE)


def test_a_ticker_with_times_glued_to_its_items_reads_the_same() -> None:
    lines = ["FENBURY TODAY", "Minute by minute", "Updated every minute"]
    lines += [
        "09:58 Fenbury council says Mill Lane bridge will stay closed to quarry trucks",
        "09:51 Cricket: Fenbury beat Oldcastle by six wickets",
        "09:40 Quarry owners say Mill Lane bridge closure will cost forty jobs",
        "09:32 Engineers find new cracks under Mill Lane bridge, council says",
        "09:20 Frost expected on high ground tonight",
        "09:05 Mill Lane bridge: council engineers to report on Friday",
    ]
    lines += ["Load more", "Fenbury Today · Terms · Privacy"]
    kinds = _kinds(lines)
    assert kinds["Minute by minute"] == "headline"
    assert kinds["09:58 Fenbury council says Mill Lane bridge will stay closed to quarry trucks"] == "body"
    assert kinds["09:32 Engineers find new cracks under Mill Lane bridge, council says"] == "body"
    assert kinds["09:51 Cricket: Fenbury beat Oldcastle by six wickets"] == "appended"
    assert kinds["09:20 Frost expected on high ground tonight"] == "appended"
    assert not ticker.glued_stamp("16.40 BST")
    assert not ticker.glued_stamp("8:05 a.m. ET")


def test_a_list_of_chapters_under_their_times_is_not_a_ticker() -> None:
    chapters = ["Harbour Hour, episode 12"]
    titles = ["The gate at dawn", "What the board offered", "Where the ships go", "Talks or no talks"]
    for minute, title in enumerate(titles * 2):
        chapters += [f"{minute:02d}:{minute * 7 % 60:02d}", title]
    assert ticker.page_facts(chapters, lambda text: False) is None
