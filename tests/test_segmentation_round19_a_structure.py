"""Round 19 (issue 11, clean19a): short structural lines of a document's own text (:mod:`.document_structure`).

All text is invented: a relief agency's update, a letters page, a channel digest, each with furniture of the same
shape at the page's top and foot that must stay furniture."""

from __future__ import annotations

from analysis.segmentation import document_structure as ds
from analysis.segmentation.labelling import label_lines

PARAGRAPH = "The river rose again overnight and the district office moved two more villages to the school on the hill."
SECOND = "Volunteers counted the families at the school gate and handed out blankets before the rain came back."


def _relabel(rows: list[tuple[str, str]], headline: int | None = 0) -> dict[int, str]:
    """Run :func:`ds.relabel` on (kind, text) rows; return the indexes it made body and their reasons."""
    texts = [text for _, text in rows]
    labels = {i: (kind, "a rule") for i, (kind, _) in enumerate(rows)}
    return {i: reason for i, (kind, reason) in ds.relabel(texts, labels, headline, lambda text: False).items()}


def test_a_run_of_a_capitals_heading_and_key_figures_between_two_paragraphs_is_text() -> None:
    rows = [
        ("headline", "Flood update for the lower valley"),
        ("body", PARAGRAPH),
        ("boilerplate", "AT A GLANCE"),
        ("boilerplate", "8,100 people sheltered"),
        ("boilerplate", "12 schools used as shelters"),
        ("boilerplate", "BACKGROUND"),
        ("body", SECOND),
    ]
    assert sorted(_relabel(rows)) == [2, 3, 4, 5]


def test_the_same_run_after_the_last_paragraph_stays_furniture() -> None:
    rows = [
        ("headline", "Flood update for the lower valley"),
        ("body", PARAGRAPH),
        ("boilerplate", "MORE UPDATES"),
        ("boilerplate", "3 new reports this week"),
        ("boilerplate", "Contact the press office"),
    ]
    assert _relabel(rows) == {}


def test_key_figures_without_a_heading_and_a_long_run_stay_furniture() -> None:
    figures = [("boilerplate", f"{n} people reached in block {n}") for n in range(2, 6)]
    assert _relabel([("headline", "Flood update"), ("body", PARAGRAPH), *figures, ("body", SECOND)]) == {}
    long_run = [("boilerplate", "IN NUMBERS")] + [
        ("boilerplate", f"{n} tents pitched in camp {n}") for n in range(2, 9)
    ]
    assert _relabel([("headline", "Flood update"), ("body", PARAGRAPH), *long_run, ("body", SECOND)]) == {}


def test_a_sentence_case_heading_counts_only_in_a_text_set_in_sections() -> None:
    plain = [("headline", "Flood update"), ("body", PARAGRAPH), ("boilerplate", "Sponsored"), ("body", SECOND)]
    assert _relabel(plain) == {}
    sectioned = [
        ("headline", "Flood update"),
        ("body", PARAGRAPH),
        ("body", "Food"),
        ("body", SECOND),
        ("boilerplate", "Shelter"),
        ("body", PARAGRAPH),
        ("body", "Water"),
        ("body", SECOND),
    ]
    assert list(_relabel(sectioned)) == [4]


def test_a_capitals_heading_right_over_the_first_paragraph_opens_the_text() -> None:
    rows = [("navigation", "MENU"), ("headline", "Flood update"), ("boilerplate", "SUMMARY"), ("body", PARAGRAPH)]
    assert list(_relabel(rows, headline=1)) == [2]
    assert _relabel([("navigation", "MENU"), ("headline", "Flood update"), ("body", PARAGRAPH)], headline=1) == {}


def test_a_table_with_a_header_row_and_a_title_inside_the_text_is_text() -> None:
    rows = [
        ("headline", "Flood update"),
        ("body", PARAGRAPH),
        ("boilerplate", "Budget by sector"),
        ("navigation", "Sector   Asked   Given   Share"),
        ("boilerplate", "Food   400,000   100,000   25%"),
        ("boilerplate", "Water   200,000   150,000   75%"),
        ("boilerplate", "Contact: press office"),
    ]
    assert sorted(_relabel(rows)) == [2, 3, 4, 5]
    assert ds.row_figures("Food aid 400,000 100,000 25%") == 3
    assert ds.row_figures("Archive: June 2, 2021") == 0


def test_a_table_at_the_page_top_without_text_above_stays_furniture() -> None:
    rows = [
        ("navigation", "Markets   Close   Change"),
        ("boilerplate", "Wheat   7.18   3.1%"),
        ("boilerplate", "Maize   5.32   1.9%"),
        ("headline", "Flood update"),
        ("body", PARAGRAPH),
    ]
    assert _relabel(rows, headline=3) == {}


def test_a_salutation_and_the_letter_heading_above_it_are_text() -> None:
    rows = [
        ("headline", "Your letters"),
        ("body", PARAGRAPH),
        ("boilerplate", "Ann Marsh, Eastbrook"),
        ("boilerplate", "Mend the ferry ramp"),
        ("boilerplate", "Madam,"),
        ("body", SECOND),
        ("boilerplate", "Ivo Crane, Westbrook"),
        ("boilerplate", "BUS FARES"),
        ("body", "MADAM, The new fares came in on Monday and the first bus was half empty by the bridge."),
    ]
    assert sorted(_relabel(rows)) == [3, 4, 7]
    assert ds.salutation_line("To the Editor:") and not ds.salutation_line("Sir Keir said:")


def test_digest_items_over_their_stamp_lines_are_text_a_byline_over_a_date_is_not() -> None:
    rows = [
        ("headline", "What the channels said"),
        ("boilerplate", "By Ada Lind"),
        ("boilerplate", "Updated 4 June 2021 10:15"),
        ("body", PARAGRAPH),
        ("boilerplate", "Harbour Talk (52K subscribers)"),
        ("boilerplate", "4 June, 09:40 · 12K views"),
        ("body", SECOND),
        ("boilerplate", "Quay Watch (8K subscribers)"),
        ("boilerplate", "4 June, 11:05 · 3K views"),
        ("body", PARAGRAPH),
    ]
    assert sorted(_relabel(rows)) == [4, 7]


def test_numbered_item_headings_need_a_paragraph_under_each_a_ranked_link_list_has_none() -> None:
    items = [
        ("headline", "What the channels said"),
        ("body", PARAGRAPH),
        ("navigation", "1. Harbour Talk — 52,000 subscribers — 09:40"),
        ("body", SECOND),
        ("navigation", "2. Quay Watch — 8,000 subscribers — 11:05"),
        ("body", PARAGRAPH),
    ]
    assert sorted(_relabel(items)) == [2, 4]
    ranked = [
        ("headline", "What the channels said"),
        ("body", PARAGRAPH),
        ("boilerplate", "Most read"),
        ("boilerplate", "1. Ferry ramp to be mended"),
        ("boilerplate", "2. Bus fares rise again"),
    ]
    assert _relabel(ranked) == {}


def test_a_report_page_keeps_its_structure_and_loses_its_furniture() -> None:
    raw = "\n".join(
        [
            "Valley Relief Network",
            "Home   Our work   Reports   Donate",
            "Lower valley floods: update no. 4",
            "SUMMARY",
            "• " + PARAGRAPH,
            "• " + SECOND,
            "AT A GLANCE",
            "8,100 people sheltered",
            "12 schools used as shelters",
            "BACKGROUND",
            "Engineers from the county inspected the old dam on Tuesday and said its spillway had held for now.",
            "The agency asked drivers to keep off the valley road until the mud slides had been cleared away.",
            "Related reports",
            "Lower valley floods: update no. 3",
            "© 2021 Valley Relief Network",
        ]
    )
    kinds = {line.text: kind for line, kind, _ in label_lines(raw)}
    for text in ("SUMMARY", "AT A GLANCE", "8,100 people sheltered", "12 schools used as shelters", "BACKGROUND"):
        assert kinds[text] == "body", text
    for text in ("Related reports", "Lower valley floods: update no. 3", "© 2021 Valley Relief Network"):
        assert kinds[text] != "body", text


def test_a_dateline_below_the_key_figures_is_still_found() -> None:
    """Headings and key figures are the text's structure, not its paragraphs: the wire dateline of the report's
    first paragraph below them is looked for as before (``segment_records``)."""
    from analysis.segmentation import segment_article

    raw = "\n".join(
        [
            "Valley Relief Network",
            "Lower valley floods: update no. 4",
            "HIGHLIGHTS",
            "• " + PARAGRAPH,
            "• " + SECOND,
            "• The agency asked drivers to keep off the valley road until the mud slides had been cleared.",
            "KEY FIGURES",
            "8,100 people sheltered",
            "12 schools used as shelters",
            "40 volunteers on duty",
            "3 boats in service",
            "PORTVILLE, 3 May 2021 – Engineers from the county inspected the old dam and said its spillway held.",
            "Crews worked through the night to clear the culverts under the station road before the next storm.",
        ]
    )
    segments = segment_article("flood-update", raw)
    assert "PORTVILLE, 3 May 2021 –" in set(segments.loc[segments["kind"] == "dateline", "text"])
    assert ds.heading_or_figure("KEY FIGURES") and ds.heading_or_figure("8,100 people sheltered")
    assert not ds.heading_or_figure(PARAGRAPH)
