"""Round 21 (issue 11, clean21a): a scrape with HTML left in is read through its text (markup_view).

Every page here is invented: a small town's paper about a ferry timetable, not a gold page's text.
"""

from __future__ import annotations

import pytest

from analysis.segmentation import dateline_grammar, markup_view, segment_article
from analysis.segmentation.labelling import DATELINE, _label_page, label_lines, split_lines
from conftest import INVENTED_TOP, attributions_of_paragraphs

PARAGRAPHS = [
    "<p><strong>WESTHAVEN &#8211;</strong> The island ferry will sail twice a day from Monday, the harbour board "
    "said on Tuesday, after a month in which storms cancelled every third crossing.</p>",
    "<p>&#8220;We cannot promise calm seas, but we can promise a boat,&#8221; harbour master "
    "<strong>Olwen Pask</strong> told a meeting in the town hall.</p><p>Shopkeepers on the island said the "
    "winter timetable had cost them their busiest weekends.</p>",
    "<p>The board will review the timetable in the spring, when the new vessel is due from the yard.</p>",
]
PAGE = "\n".join(
    [
        "<!-- Site header -->",
        "var pageSlot = pageSlot || []; pageSlot.push('top');",
        "The Westhaven Courier &#8211; Your island, your news",
        "Home | News | Sport | Weather | Letters",
        '<h1 class="headline">Island ferry returns to two sailings a day after stormy month</h1>',
        '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Island ferry returns"}',
        ".story-tools{display:flex} .story-tools a{color:#333}",
        '<img src="/pics/ferry.jpg" alt="">',
        '<div class="story-body">',
        *PARAGRAPHS,
        "</div>",
        "<footer>&copy; 2025 Westhaven Courier | <a href='/terms'>Terms</a> | <a href='/privacy'>Privacy</a></footer>",
    ]
)


def test_a_tagged_line_displays_its_text_with_offsets_back_to_the_raw_line() -> None:
    raw = "<p>The ferry&#8217;s <em>new</em> deck</p><p>is open.</p>"
    view = markup_view.line_view(raw)
    assert view is not None and view.text == "The ferry’s new deck is open."
    start, end = view.raw_span(view.text.index("ferry’s"), view.text.index("ferry’s") + len("ferry’s"))
    assert raw[start:end] == "ferry&#8217;s"


@pytest.mark.parametrize(
    "text",
    [
        "if a < b and c > d the sum is smaller",
        "<Media omitted>",
        "From: Ada Lark <ada.lark@example.org>",
        "Salt & pepper are on the table",
        "The vote was 5 = 5, a tie (again).",
    ],
)
def test_a_line_without_markup_has_no_view(text: str) -> None:
    assert markup_view.line_view(text) is None
    assert markup_view.displayed(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "<!-- ad slot -->",
        "</div>",
        "<p>&nbsp;</p>",
        '<script>loadSlot("side");</script>',
        "<noscript>Turn on scripts to see the map.</noscript>",
        '{"@type":"NewsArticle","name":"Ferry"}',
        ".box{margin:0} .box a{color:red}",
        "var slots = slots || [];",
        "window.queue = window.queue || [];",
        '<!DOCTYPE html><html><head><title>Ferry | Courier</title><meta charset="utf-8">',
    ],
)
def test_lines_of_code_or_bare_markup_display_nothing(text: str) -> None:
    view = markup_view.line_view(text)
    assert view is not None and view.hidden
    assert markup_view.hidden_label(view)[0] == "boilerplate"


def test_a_picture_alone_is_a_caption_and_an_attribute_fragment_is_not_text() -> None:
    assert markup_view.hidden_label(markup_view.line_view('<img src="/a.jpg" alt="A ferry">'))[0] == "caption"
    assert markup_view.displayed('class="meta" data-id="7" Filed by Ada Lark') == "Filed by Ada Lark"


def test_a_scraped_page_is_labelled_as_it_displays() -> None:
    kinds = [kind for _, kind, _ in label_lines(PAGE)]
    assert kinds[:9] == [
        "boilerplate",
        "boilerplate",
        "navigation",
        "navigation",
        "headline",
        "boilerplate",
        "boilerplate",
        "caption",
        "boilerplate",
    ]
    assert kinds[9:12] == ["body", "body", "body"]
    assert kinds[12:] == ["boilerplate", "boilerplate"]


def test_a_dateline_in_tags_is_the_raw_prefix_with_its_markup() -> None:
    found = dateline_grammar.first_paragraph_dateline(PARAGRAPHS[0], DATELINE)
    assert found is not None
    dateline, body_offset, _ = found
    assert dateline == "<p><strong>WESTHAVEN &#8211;</strong>"
    assert PARAGRAPHS[0][body_offset:].startswith("The island ferry")
    segments = segment_article("a", PAGE)
    assert "<p><strong>WESTHAVEN &#8211;</strong>" in list(segments[segments["kind"] == "dateline"]["text"])


def test_a_page_with_angle_brackets_in_its_text_is_labelled_as_before() -> None:
    raw = (
        "Ferry fares rise\n\nTickets cost more when demand < supply, the board said on Tuesday in its notice.\n\n"
        "<Media omitted>\n\nWrite to Ada Lark <ada.lark@example.org> with questions about the new fares."
    )
    assert markup_view.page_views([line.text for line in split_lines(raw)]) == {}
    assert label_lines(raw) == _label_page(split_lines(raw))


def test_the_masked_copy_keeps_offsets_and_puts_each_mark_beside_its_word() -> None:
    raw = "<p>&#8220;Boats run,&#8221; the harbour&#8217;s <b>master</b> said &amp; left.</p>"
    copy = markup_view.masked(raw)
    assert len(copy) == len(raw)
    assert copy.split() == ["“Boats", "run,”", "the", "harbour", "’s", "master", "said", "&", "left."]
    assert markup_view.masked("a < b & c") == "a < b & c"


def test_quotation_marks_written_as_entities_are_read_as_real_marks_and_spans_stay_on_the_raw_text() -> None:
    marked = (
        "<p>&#8220;The boats will sail on time from now on,&#8221; harbour master <strong>Olwen Pask</strong> "
        "told a meeting on Monday.</p><p>The island council said the change was &quot;long overdue&quot; and "
        "that the crews had earned a rest.</p>"
    )
    plain = (
        "“The boats will sail on time from now on,” harbour master Olwen Pask told a meeting on Monday.\n\n"
        'The island council said the change was "long overdue" and that the crews had earned a rest.'
    )
    found = attributions_of_paragraphs(marked)
    expected = attributions_of_paragraphs(plain)
    assert (
        found[["speaker_text", "cue", "mode"]].values.tolist()
        == expected[["speaker_text", "cue", "mode"]].values.tolist()
    )
    assert [markup_view.displayed(text) for text in found["content"]] == list(expected["content"])
    assert found["content"].iat[0] == "The boats will sail on time from now on"
    raw = INVENTED_TOP + marked + "\n"
    assert all(raw[s:e] == t for s, e, t in zip(found["content_start"], found["content_end"], found["content"]))


def test_a_tracking_pixel_is_no_picture_and_escaped_markup_is_read_as_markup() -> None:
    pixel = markup_view.line_view('<img src="https://example.org/count?id=4" width="1" height="1" />')
    assert pixel is not None and markup_view.hidden_label(pixel)[0] == "boilerplate"
    picture = markup_view.line_view('&lt;p&gt;&lt;img src="/quay.jpg" alt="The quay at dawn"&gt;&lt;/p&gt;')
    assert picture is not None and markup_view.hidden_label(picture)[0] == "caption"
    raw = "&lt;p&gt;The &lt;b&gt;quay&lt;/b&gt; reopened.&lt;/p&gt;"
    view = markup_view.line_view(raw)
    assert view is not None and view.text == "The quay reopened."
    start, end = view.raw_span(4, 8)
    assert raw[start:end] == "quay"


@pytest.mark.parametrize("text", ["Note {see: page 4}", "document.pdf (2 MB)", "Scores: {home: 2, away: 1}"])
def test_text_with_braces_or_a_file_name_is_not_code(text: str) -> None:
    assert markup_view.code_shape(text) == ""


def test_the_sites_logo_alone_is_its_banner() -> None:
    view = markup_view.line_view('<a href="/"><img class="site-logo" src="/img/courier.svg" alt="The Courier"></a>')
    assert view is not None and markup_view.hidden_label(view)[0] == "navigation"
