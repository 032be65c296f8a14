"""Issue 16 item 4: every stage near-linear in an article's length, with bounded output per article.

Each pathological article of :mod:`analysis.bench_pathological` is generated at n and 2n; doubling the
article must at most roughly double each stage's CPU time (ratio <= ``MAX_RATIO``; a quadratic stage
gives about 4). Times are CPU seconds of this process, so other processes on the machine count
little, and a case whose ratio is too high is measured again (up to ``RUNS`` times, keeping each
stage's best) before it fails. The old all-pairs steps gave ratios of 3 to 9 at these sizes.
"""

from __future__ import annotations

import time

import pytest

from analysis import bench_pathological as bp
from analysis import framing, sourcing, vocabulary
from analysis.segmentation import explainers, story_versions
from analysis.sourcing.content import _mode, _widen_to_quotes
from analysis.study import build_study
from analysis.text import MAX_QUOTE_DEPTH, find_quotes

MAX_RATIO = 3.0
# Below this many CPU seconds at 2n a stage is all fixed cost: its ratio says nothing.
MIN_SECONDS = 0.05
RUNS = 3
STAGES = ("text layer", "vocabulary", "sourcing", "framing")
# (case, n): the long line is built from the seed corpus's sentences with quotation marks.
CASES = [("long_line", 40_000), ("said_repeated", 2_500), ("curly_quotes", 4_000), ("unbalanced_quotes", 4_000)]


def stage_seconds(body: str, best: dict[str, float] | None = None) -> dict[str, float]:
    """Return the CPU seconds of each stage on the one article ``body`` (or ``best``'s where they were lower)."""
    best = dict.fromkeys(STAGES, float("inf")) if best is None else best
    start = time.process_time()
    study = build_study(bp.article_frame(body))
    best["text layer"] = min(best["text layer"], time.process_time() - start)
    for name, module in zip(STAGES[1:], (vocabulary, sourcing, framing), strict=True):
        start = time.process_time()
        module.tables(study)
        best[name] = min(best[name], time.process_time() - start)
    return best


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    """Return the seed corpus's body sentences with quotation marks (the long line's material), sorted."""
    from analysis.study import load_study

    texts = load_study("corpus").sentences["text"].str.replace("\n", " ", regex=False)
    return sorted(t for t in texts if "“" in t or '"' in t)


@pytest.mark.parametrize(("case", "n"), CASES, ids=[case for case, _ in CASES])
def test_doubling_an_article_at_most_roughly_doubles_each_stage(case: str, n: int, sentences: list[str]) -> None:
    stage_seconds(bp.case_body(case, n // 10, sentences))  # warm caches (lexicons, codebooks) first
    small = large = None
    for _ in range(RUNS):
        small = stage_seconds(bp.case_body(case, n, sentences), small)
        large = stage_seconds(bp.case_body(case, 2 * n, sentences), large)
        slow = {
            stage: f"{small[stage]:.2f} s -> {large[stage]:.2f} s"
            for stage in STAGES
            if large[stage] > MIN_SECONDS and large[stage] > MAX_RATIO * small[stage]
        }
        if not slow:
            break
    assert not slow, f"{case}: more than {MAX_RATIO}x the time for 2x the text: {slow}"


@pytest.mark.parametrize("body", [bp.curly_quotes(10_000), bp.unbalanced_quotes(10_000), "”“" * 5_000 + "“‘" * 5_000])
def test_quotes_stay_linear_in_size_for_nested_and_unbalanced_marks(body: str) -> None:
    quotes = find_quotes(body, [(0, len(body))])
    assert len(quotes) <= body.count("“") + body.count("‘")
    assert max(q["depth"] for q in quotes) <= MAX_QUOTE_DEPTH
    assert sum(q["end"] - q["start"] for q in quotes) <= MAX_QUOTE_DEPTH * len(body)


def test_quotes_table_of_10000_nested_marks_is_linear_in_the_article() -> None:
    study = build_study(bp.article_frame(bp.curly_quotes(10_000)))
    body = study.sentences["text"].str.len().sum()
    assert study.quotes["text"].str.len().sum() <= MAX_QUOTE_DEPTH * body
    assert list(study.quotes["depth"]) == list(range(1, MAX_QUOTE_DEPTH + 1))
    assert study.quotes["closed"].all()  # the marks still pair: the recorded levels close at their own marks


class CountingQuotes(list):
    """Quotation spans that count how many of them a function reads (by index or by iteration)."""

    reads = 0

    def __getitem__(self, index):
        self.reads += 1
        return super().__getitem__(index)

    def __iter__(self):
        for item in super().__iter__():
            self.reads += 1
            yield item


@pytest.mark.parametrize(
    "function", [_widen_to_quotes, lambda start, end, quotes: _mode(start, end, quotes, " " * 10**6)]
)
def test_a_content_span_reads_only_the_quotations_near_it(function) -> None:
    # 10,000 disjoint top-level quotations; the span cuts one of them in the middle of the article.
    quotes = CountingQuotes((10 * k + 1, 10 * k + 6) for k in range(10_000))
    function(50_003, 50_020, quotes)
    assert quotes.reads <= 3 * 20  # a binary search (about 14 reads) and the few quotations the span meets


def _units_page(n: int) -> list[str]:
    """Return an invented page of ``n`` thread posts with counters, and ``n`` agency-form picture captions."""
    lines = ["Thread by @unit_test on Reader", "@unit_test", "A short bio line."]
    for k in range(1, n + 1):
        lines += [f"Post {k} says the harbour reopened on a quiet morning after the storm.", f"{k}/{n}"]
        lines += [f"PORTVILLE, NORLAND - MAY {k % 28 + 1}: A crane lifts a boat.", "3000 x 2000 px · Save"]
    return lines


def test_posts_and_pictures_stay_linear_in_the_page() -> None:
    from analysis.segmentation import posts_and_pictures as pp

    def seconds(n: int) -> float:
        texts = _units_page(n)
        best = float("inf")
        for _ in range(RUNS):
            start = time.process_time()
            facts = pp.page_facts(texts)
            labels = dict.fromkeys(range(len(texts)), ("body", ""))
            pp.relabel(texts, facts, labels)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)  # warm the word lists
    small, large = seconds(5_000), seconds(10_000)
    assert large <= MAX_RATIO * small or large < MIN_SECONDS, f"{small:.3f} s -> {large:.3f} s"


def test_story_structure_rules_stay_linear_in_the_page() -> None:
    """Round 18 (issue 11): earlier versions, boundary labels, desk alerts and fact boxes read each line a bounded
    number of times (:mod:`analysis.segmentation.story_versions`, :mod:`analysis.segmentation.explainers`)."""

    def seconds(n: int) -> float:
        texts = ["UPDATE 1-Headline of the ferry story"]
        texts += [f"Paragraph {i} of the ferry story runs on about the crossings and the island." for i in range(n)]
        texts += ["What we know", *[f"• Fact {i} of the box" for i in range(n)], "Up next", "A title of a story"]
        texts += [f"An earlier paragraph {i} of the ferry story runs on about the crossings." for i in range(n)]
        kinds = {i: "body" for i in range(1, n + 1)}
        kinds.update({i: "boilerplate" for i in range(n + 1, len(texts))})
        best = float("inf")
        for _ in range(RUNS):
            start = time.process_time()
            story_versions.earlier_version(texts, kinds, 0)
            story_versions.story_after_boundary(texts, kinds, lambda t: True, lambda t: t.endswith("."))
            explainers.fact_boxes(texts, kinds)
            story_versions.label_alerts(texts, {}, lambda t: t.endswith("."))
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    assert seconds(4000) <= MAX_RATIO * seconds(2000) + 0.02


def test_prose_guard_stays_linear_in_the_page() -> None:
    """Round 18 (issue 11, prose18): the prose guard looks back at most two lines from each guarded line."""
    from analysis.segmentation import prose_guard

    paragraph = "The ferry company said on Thursday that the night crossing would resume once the wall was mended."
    reason = "below the paragraphs of the story appended at 120: the page's furniture"

    def seconds(n: int) -> float:
        texts = [paragraph if i % 3 else "Sponsored" for i in range(n)]
        labels = {i: ("boilerplate", reason) if i % 2 else ("body", "text") for i in range(n)}
        best = float("inf")
        for _ in range(RUNS):
            start = time.process_time()
            prose_guard.guard(texts, labels, lambda text: False)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    assert seconds(40_000) <= MAX_RATIO * seconds(20_000) + 0.02


def test_capture_chrome_stays_linear_in_the_page() -> None:
    """Round 18 (issue 11): the chrome rows, contact notes and the browser's title read each line once
    (:mod:`analysis.segmentation.capture_chrome`)."""
    from analysis.segmentation import capture_chrome

    def seconds(n: int) -> float:
        texts = ["Harbour board closes pier - The Gazette", "Harbour board closes pier"]
        texts += [f"Paragraph {i} of the pier story runs on about the quay and the ferries." for i in range(n)]
        texts += [f"Section {i}   Archived copy   Next capture ▶" for i in range(n)]
        kinds = ("body", "navigation", "boilerplate")
        best = float("inf")
        for _ in range(RUNS):
            labels = {i: (kinds[i % 3], "") for i in range(len(texts))}
            start = time.process_time()
            capture_chrome.relabel(texts, labels, 1)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    assert seconds(4000) <= MAX_RATIO * seconds(2000) + 0.02


def test_document_structure_stays_linear_in_the_page() -> None:
    """Round 19 (issue 11, clean19a): the runs, tables, items and salutations of a text are each scanned once
    (:mod:`analysis.segmentation.document_structure`)."""
    from analysis.segmentation import document_structure

    paragraph = "The ferry company said on Thursday that the night crossing would resume once the wall was mended."

    def seconds(n: int) -> float:
        rows = [("headline", "Pier update")]
        for i in range(n):
            rows += [("body", paragraph), ("boilerplate", "AT A GLANCE"), ("boilerplate", f"{i + 2} ferries idle")]
            rows += [
                ("boilerplate", f"Quay {i} (5K subscribers)"),
                ("boilerplate", "4 June, 09:40"),
                ("body", paragraph),
            ]
        texts = [text for _, text in rows]
        best = float("inf")
        for _ in range(RUNS):
            labels = {i: (kind, "") for i, (kind, _) in enumerate(rows)}
            start = time.process_time()
            document_structure.relabel(texts, labels, 0, lambda text: False)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    # Compared over a fourfold size (bound MAX_RATIO squared = 9; quadratic would be 16): on a loaded machine a
    # doubling measured 2.3-3.0 times from memory effects alone (round 20, with the profiler showing linear calls).
    assert seconds(4000) <= MAX_RATIO**2 * seconds(1000) + 0.02


def test_layout_facts_stay_linear_in_the_page() -> None:
    """Round 19 (issue 11, clean19b): the page's spacing is read once, line by line (:mod:`.layout_facts`)."""
    from analysis.segmentation import layout_facts

    def seconds(n: int) -> float:
        raw = "".join(f"Line {i} of a spaced page runs on about the harbour wall\n\n" for i in range(n))
        best = float("inf")
        for _ in range(RUNS):
            start = time.process_time()
            layout_facts.paragraph_blocks(layout_facts.line_gaps(raw), layout_facts.hard_wrapped(raw.split("\n")))
            best = min(best, time.process_time() - start)
        return best

    seconds(2000)
    assert seconds(80_000) <= MAX_RATIO * seconds(40_000) + 0.02


def test_ticker_stays_linear_in_the_page() -> None:
    """Round 20 (issue 11, clean20a): a ticker's stamps and items are read once, and each topic word joins the
    story's vocabulary once (:mod:`analysis.segmentation.ticker`)."""
    from analysis.segmentation import ticker

    def name(i: int) -> str:
        return "Q" + "".join("abcdefghijklmnopqrstuvwxyz"[int(digit)] for digit in str(i))

    def seconds(n: int) -> float:
        texts = ["Newsroom feed"]
        for i in range(n):
            # Each item shares two words with the one before only: the story grows one item at a time.
            texts += [f"{i % 60}:{i % 50 + 10}", f"{name(i)} {name(i + 1)} {name(i + 2)}"]
        texts += [f"{n % 60}:10", "Rowing: Fenbury eight win title", "Load more"]
        best = float("inf")
        for _ in range(RUNS):
            labels = {i: ("boilerplate", "") for i in range(len(texts))}
            start = time.process_time()
            ticker.relabel(texts, labels, lambda text: False)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    assert seconds(4000) <= MAX_RATIO * seconds(2000) + 0.02


def test_cache_copies_and_publisher_notes_stay_linear_in_the_page() -> None:
    """Round 20 (issue 11, clean20c): a kept copy's furniture, the logos, the story under another copy's header and
    a publisher's notes are read line by line (:mod:`analysis.segmentation.cache_copies`,
    :mod:`analysis.segmentation.publisher_notes`, :mod:`analysis.segmentation.site_banner`)."""
    from analysis.segmentation import cache_copies, publisher_notes, site_banner

    paragraph = "The ferry company said on Thursday that the night crossing would resume once the wall was mended."
    header = "Seekwell cache: https://harbour.example/pier · 2 May 2021 09:12:00 GMT"

    def seconds(n: int) -> float:
        texts = [(paragraph, header, "Harbour Weekly logo", "Letters may be edited.", "[ ]")[i % 5] for i in range(n)]
        kinds = ("body", "boilerplate", "boilerplate", "body", "navigation")
        best = float("inf")
        for _ in range(RUNS):
            labels = {i: (kinds[i % 5], "") for i in range(n)}
            start = time.process_time()
            cache_copies.label_early(texts, labels)
            cache_copies.label_late(texts, labels, lambda t: False, lambda t: t.endswith("."))
            publisher_notes.relabel(texts, labels)
            site_banner.relabel(texts, labels)
            best = min(best, time.process_time() - start)
        return best

    seconds(200)
    assert seconds(4000) <= MAX_RATIO * seconds(2000) + 0.02


def test_transcript_and_long_read_furniture_stay_linear_in_the_page() -> None:
    """Round 20 (issue 11, clean20b): a caption track is walked once, a pull quote is compared with at most
    ``WINDOW`` lines on either side (each comparison linear in the line), drop caps and comment cards read each
    line and its neighbours (:mod:`.video_transcripts`, :mod:`.magazine_furniture`, :mod:`.comment_cards`)."""
    from analysis.segmentation import comment_cards, magazine_furniture, video_transcripts

    paragraph = "The ferry crews said on Monday that the night crossing would not run until the wall was mended."
    quote = "“The crossing would not run until the wall was mended.”"

    def seconds(n: int) -> float:
        texts: list[str] = []
        for i in range(n):
            texts += ["Transcript", f"0:{i % 60:02d}", "the ferry crews said the night crossing would not run"]
            texts += [f"1:{i % 60:02d}", "until the wall was mended on the quay", "[Music]", "T", "he ferry ran late."]
            texts += [paragraph, quote, "Comments", "Reader 2 h ago", paragraph, "Reply   12"]
        kinds = {i: "body" if i % 3 else "boilerplate" for i in range(len(texts))}
        best = float("inf")
        for _ in range(RUNS):
            start = time.process_time()
            video_transcripts.caption_track(texts, kinds)
            magazine_furniture.drop_caps(texts, kinds)
            magazine_furniture.shortened_pull_quotes(texts, kinds)
            comment_cards.carded_comments(texts, kinds, lambda text: text == "Comments")
            best = min(best, time.process_time() - start)
        return best

    seconds(100)
    assert seconds(4000) <= MAX_RATIO * seconds(2000) + 0.02


def test_reading_text_stays_linear_in_the_page() -> None:
    """Round 20 (issue 11, blank20): a uniformly spaced, wrapped page's reading text is one pass of a pattern."""
    from analysis.segmentation import layout_facts

    def seconds(n: int) -> float:
        raw = "".join(f"line {i} of a spaced page runs on about the harbour wall and\n\n" for i in range(n))
        best = float("inf")
        for _ in range(RUNS):
            start = time.process_time()
            layout_facts.reading_text(raw)
            best = min(best, time.process_time() - start)
        return best

    assert layout_facts.reading_text("a wall and\n\nthe pier and\n\nthe quay and\n\nthe lock\n") != (
        "a wall and\n\nthe pier and\n\nthe quay and\n\nthe lock\n"
    )
    seconds(2000)
    assert seconds(80_000) <= MAX_RATIO * seconds(40_000) + 0.02


def test_reference_work_furniture_stays_linear_in_the_page() -> None:
    """Round 21 (issue 11, clean21b): a reference work's infoboxes, contents, notices and citations are read in a
    bounded number of passes over the lines (:mod:`analysis.segmentation.reference_works`)."""
    from analysis.segmentation import reference_works

    block = [
        "Orrin Lake ferry fire",
        "From Lakeopedia, the open lake encyclopedia",
        "For the 1962 sinking, see Orrin Lake ferry disaster.",
        "Orrin Lake ferry fire",
        "Date\t11 May 1997",
        "Parties",
        "Crew\tOwners",
        "Contents",
        "1 Fire",
        "2.1 Rescue",
        "The ferry burned on the lake after a fuel line broke in the engine room, the inquiry found.[1]",
        '^ "Ferry burns on Orrin Lake". Tessby Courier. 12 May 1997. Retrieved 3 June 2010.',
    ]

    def seconds(n: int) -> float:
        texts = [f"{text} {i}" if i % 2 else text for i in range(n // len(block)) for text in block]
        best = float("inf")
        for _ in range(RUNS):
            labels: dict[int, tuple[str, str]] = {}
            start = time.process_time()
            reference_works.label_early(texts, labels)
            reference_works.title_line(texts)
            best = min(best, time.process_time() - start)
        return best

    seconds(600)
    assert seconds(12_000) <= MAX_RATIO * seconds(6000) + 0.02


def test_markup_view_stays_linear_in_the_page() -> None:
    """Round 21 (issue 11, clean21a): a scraped page's lines are read through their markup in one pass each, and the
    text layer's masked copy of the page in one pass (:mod:`analysis.segmentation.markup_view`)."""
    from analysis.segmentation import markup_view

    def seconds(n: int) -> float:
        # Each line is new (its number), so no cached view is reused; one line holds every paragraph glued.
        lines = [
            f"<p>Line {i} of the &#8220;harbour&#8221; <strong>notice</strong> &amp; its map.</p>" for i in range(n)
        ]
        glued = "".join(lines)
        best = float("inf")
        for _ in range(RUNS):
            markup_view.line_view.cache_clear()
            start = time.process_time()
            markup_view.page_views(lines)
            markup_view.line_view(glued)
            markup_view.masked("\n".join(lines))
            best = min(best, time.process_time() - start)
        return best

    seconds(200)


def test_summary_boxes_and_markdown_structure_stay_linear_in_the_page() -> None:
    """Round 21 (issue 11, clean21c): a page's summary box, crossheads and Markdown structure are each one pass."""
    from analysis.segmentation import markdown_structure, summary_boxes

    def seconds(n: int) -> float:
        # A box of n items above the text (half of them repeated by its paragraphs), then n paragraphs with
        # crossheads, images and links.
        texts = [f"• Point {i} about the harbour wall stands" for i in range(n)]
        for i in range(n):
            texts += [f"Point {i // 2 * 2} about the harbour wall stands.", "'QUAY SHUT'"]
            texts += [f"![A pier {i}](https://img.example/{i}.jpg)", f"* [Link {i}](https://a.example/{i})"]
        kinds = {i: "body" for i in range(0, len(texts), 2)}
        best = float("inf")
        for _ in range(RUNS):
            start = time.process_time()
            summary_boxes.summary_box(texts, lambda text: text.endswith("."), lambda text: text.casefold().split())
            summary_boxes.crossheads(texts, kinds, lambda text: text.endswith("."), lambda text: False)
            markdown_structure.relabel(texts, {}, 0, lambda text: None)
            best = min(best, time.process_time() - start)
        return best

    seconds(100)
    assert seconds(4000) <= MAX_RATIO * seconds(2000) + 0.02
