"""Which kind each non-blank line of a raw page is, and why (the rules of :func:`label_lines`).

A news page is chrome (banner, menus, kicker), then the headline, then bylines and time
stamps, then the article's paragraphs, then more chrome (related links, tags, footer).
The rules find the article's first run of prose and the headline nearest above it, and
label the lines around them by their position and shape; pattern lists live in
``analysis/data/boilerplate_patterns.csv``, line-shape rules in :mod:`.rules`.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import islice

import pandas as pd

from . import (
    appended,
    author_notes,
    cache_copies,
    capture_chrome,
    channel_posts,
    column_text,
    comment_cards,
    comments,
    credits,
    dateline_grammar,
    digest,
    document_structure,
    entries,
    explainers,
    feed_fields,
    headline_overlap,
    headline_rules,
    layout_facts,
    link_roles,
    magazine_furniture,
    mail_headers,
    markdown_structure,
    markup_view,
    matching,
    metadata_block,
    page_notes,
    pagination,
    posts_and_pictures,
    print_views,
    programme,
    prompts,
    prose_guard,
    publisher_notes,
    record_metadata,
    record_turns,
    reference_works,
    rules,
    section_headings,
    sentence_shape,
    site_banner,
    site_tools,
    slides,
    stamps,
    story_versions,
    summary_boxes,
    ticker,
    topical_prose,
    transcripts,
    video_transcripts,
    wiki_chrome,
    wrapped_lines,
)
from .duplicates import MAX_CANDIDATES, NEAR_DUPLICATE_RATIO, DuplicateIndex, repeated_in_text
from .line_features import features

# Characters str.strip() removes include the no-break space (U+00A0) pages are full of.
LINE = re.compile(r"[^\n]+")
WORD = rules.WORD
# A sentence ends with . ! ? or … possibly followed by closing quotes or brackets.
SENTENCE_END = rules.SENTENCE_END
# "ANKARA:", "WASHINGTON (Reuters) -", "BEIRUT, Lebanon —": an upper-case place
# name, an optional region and agency, then a colon or dash.
DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z'.\- ]{2,40}?(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?"
    r"(?:\s*\([A-Za-z][A-Za-z .&/-]{0,30}\))?\s*(?::|—|–|--?)\s+)(?=\S)"
)
# Separators of a breadcrumb trail ("News / Syria", "Home » World").
BREADCRUMB_SEPARATOR = re.compile(r"\s[/»>|›]\s")

__all__ = ["NEAR_DUPLICATE_RATIO", "Line", "label_lines", "split_lines"]

MIN_WORDS_APPENDED_HEADLINE = 6
MAX_WORDS_HEADLINE = 25
MAX_WORDS_BREADCRUMB = 8
MIN_WORDS_BODY_PARAGRAPH = 8
MAX_WORDS_STRAY_LINE = 3
NAVIGATION_ZONE_LINES = 3
MAX_CAPTION_BLOCK_LINES = 3
# "1. Title", "2. Title", "3. Title": a ranked list of stories (most read) has at least this many items.
MIN_RANKED_ITEMS = 3
RANKED_ITEM = re.compile(r"^(?P<rank>\d{1,2})[.)]\s+\S")
# A photo credit standing on its own line: a name and an agency, a few words.
MAX_WORDS_CREDIT = 8
# A site notice (licence, disclaimer, consent text) holds at most this many lines between
# the furniture lines that open and close its block; an article's stretch is longer.
MAX_NOTICE_BLOCK_LINES = 6
# A page "sets its paragraphs apart" when at least this share of its prose lines stand alone
# in their block; only there does a block of several prose lines mark something other than the article.
MIN_SHARE_PARAGRAPHS_APART = 0.5
# A page's text starts with a run of prose: a paragraph with another within this many
# unlabelled lines after it (a lone promotional sentence among menus is not one).
PROSE_RUN_WINDOW = 3
# The headline is the nearest headline-like line above the first paragraph with at least
# this many words; shorter lines there are kickers and tags ("Middle East", "Food prices").
MIN_WORDS_HEADLINE_NEAR_BODY = 4
# A standfirst and the paragraph that repeats it are set apart by the byline block; of its lines,
# at most this many may have been read as text (unnamed furniture: "Provided by <outlet>").
MAX_UNNAMED_FURNITURE = 3
# A sub-heading's paragraph follows it within this many lines (an advertising marker may sit between).
SUB_HEADING_LOOKAHEAD = 3
# A pull quote repeats at least this many consecutive words of a paragraph of the page; fewer
# are too often a set phrase.
MIN_WORDS_PULL_QUOTE = 5
# A live page (issue 11, round 6) opens its entries with bare time stamps ("16.40 BST"); fewer than
# this many are a page's own time stamps, not a run of entries.
MIN_LIVE_ENTRY_STAMPS = 3
# Between an entry's stamp and its first paragraph: its title, and an author line above it.
MAX_ENTRY_HEAD_LINES = 2

Labels = dict[int, tuple[str, str]]


@dataclass(frozen=True)
class Line:
    """A non-blank line of raw text, trimmed, with its paragraph block number."""

    start: int
    end: int
    text: str
    block: int


@lru_cache(maxsize=1)
def boilerplate_patterns() -> pd.DataFrame:
    """Return the pattern table (kind, pattern, note) with compiled regexes in ``regex``."""
    with resources.files("analysis.data").joinpath("boilerplate_patterns.csv").open(encoding="utf-8") as handle:
        table = pd.read_csv(handle, dtype=str, keep_default_na=False)
    table["regex"] = [re.compile(p, re.IGNORECASE) for p in table["pattern"]]
    return table


def split_lines(raw: str) -> list[Line]:
    """Return the non-blank lines of ``raw``, trimmed of surrounding white space.

    Lines separated by one or more blank lines fall in different blocks; lines
    with no blank line between them share a block (a caption and its credit,
    say).
    """
    lines: list[Line] = []
    block = 0
    previous_end = 0
    for match in LINE.finditer(raw):
        text = match.group()
        stripped = text.strip()
        if not stripped:
            continue
        # Two or more line breaks since the last text line mean a blank line between.
        if lines and raw.count("\n", previous_end, match.start()) >= 2:
            block += 1
        start = match.start() + (len(text) - len(text.lstrip()))
        lines.append(Line(start, start + len(stripped), stripped, block))
        previous_end = match.end()
    # A hard-wrapped page with one blank line after every line says nothing by its blank lines (:mod:`.layout_facts`).
    wrapped = layout_facts.hard_wrapped([line.text for line in lines])
    blocks = layout_facts.paragraph_blocks(layout_facts.line_gaps(raw), wrapped)
    return lines if blocks is None else [replace(line, block=number) for line, number in zip(lines, blocks)]


# The rules ask for the words of the same line many times (about five times a line): each is counted
# and split once (segmentation 18.9 -> 12.1 CPU s per 1,000 bench articles), in the line's features
# shared with the other rules (.line_features, speed17b).
def word_count(text: str) -> int:
    """Return the number of word-like tokens in ``text``."""
    return features(text).word_count


def _as_displayed(text: str) -> str:
    """Return ``text`` as a browser displays it: HTML entities decoded ("Russia&#8217;s", "&copy;"), as a feed's
    escaped copy of a page leaves them (round 14); a line without "&" is returned as it is (cheap gate)."""
    return html.unescape(text) if "&" in text else text


@lru_cache(maxsize=4096)
def _comparison_words(text: str) -> tuple[str, ...]:
    # A feed's escaped copy of a paragraph is compared as it displays: the entities' figures are no words of it. A line
    # without "&" displays as it is: its folded words are the shared features' (.line_features).
    if "&" not in text:
        return features(text).folded_words
    return tuple(WORD.findall(html.unescape(text).casefold().replace("’", "'")))


def comparison_words(text: str) -> list[str]:
    """Return the words of ``text`` as it displays (HTML entities decoded), case-folded, apostrophes unified,
    punctuation dropped (a new list)."""
    return list(_comparison_words(text))


def is_headline_like(text: str, min_words: int = 3) -> bool:
    """True for a short line with no sentence-final punctuation."""
    words = word_count(text)
    return (
        min_words <= words <= MAX_WORDS_HEADLINE
        and not sentence_shape.closes_sentence(text)
        and not text.endswith((":", ";", ","))
    )


def is_body_like(text: str) -> bool:
    """True for a paragraph that reads as running prose."""
    return word_count(text) >= MIN_WORDS_BODY_PARAGRAPH and sentence_shape.closes_sentence(text)


# The rules ask about the same line and kind several times (furniture, breadcrumbs, link lists ...):
# each is searched once (segmentation 18.9 -> 12.1 CPU s per 1,000 bench articles).
@lru_cache(maxsize=4096)
def _pattern_match(text: str, kind: str) -> str | None:
    """Return the note of the first pattern of ``kind`` that matches ``text``, else None. A line holding HTML
    entities (a feed's escaped copy: "Copyright &copy; 2023", "&lt;div&gt;") is read as it displays."""
    # Only the patterns whose required text the line holds are run (measured, segmentation CPU per
    # 1,000 bench articles: 12.4 -> 9.7 s).
    return matching.first_match(_as_displayed(text), matching.boilerplate_kind(kind))


def label_lines(raw: str) -> list[tuple[Line, str, str]]:
    """Return ``(line, kind, reason)`` for every non-blank line, by the rules.

    The rules, in order of precedence: caption (photo credit, and the other lines
    of its block, and the sentence set directly above a credit line), navigation
    (breadcrumb near the top), media and photo widgets (player labels, durations,
    "Transcript", embed code, programme credits, and the clip title under "Now
    Playing": boilerplate that does not end the article), the entries of a live page
    (time stamps and key-event links: boilerplate; entry titles: body; key-event items
    repeating a title: duplicate), boilerplate (footer vocabulary, and everything after
    a footer line that is not running prose; on a live page only after its last entry),
    line shapes (menus: navigation; time stamps and bylines: boilerplate), reader
    comments (blocks of one make-up closed by the same row, :mod:`.comments`), the
    headline (the headline-like line nearest above the first run of prose, or one that
    summarises the first paragraphs when that line does not, :mod:`.headline_overlap`), site
    chrome above it (navigation), furniture between it and the first paragraph
    (boilerplate), then in reading order: duplicate (same or nearly the same text
    as an earlier kept line; a standfirst repeated by the paragraph after it is
    the copy), appended (a headline-like line after the body that does not carry
    a broken sentence on, followed by prose, starts a new story that runs to the
    footer), stray short lines, body; last, what follows the last paragraph and
    is not prose is boilerplate (related links, tags).

    A page holding HTML residue is read as it displays (:mod:`.markup_view`): the rules read each line's text without
    its tags and entities, and a line that displays nothing (code, bare tags) is boilerplate, a picture alone caption.
    """
    lines = split_lines(raw)
    views = markup_view.page_views([line.text for line in lines])
    if not views:
        return _label_page(lines)
    shown = [i for i in range(len(lines)) if i not in views or not views[i].hidden]
    read = [replace(lines[i], text=views[i].text) if i in views else lines[i] for i in shown]
    kinds = {i: (kind, reason) for i, (_, kind, reason) in zip(shown, _label_page(read), strict=True)}
    kinds |= {i: markup_view.hidden_label(view) for i, view in views.items() if view.hidden}
    return [(line, *kinds[i]) for i, line in enumerate(lines)]


def _label_page(lines: list[Line]) -> list[tuple[Line, str, str]]:
    """Return ``(line, kind, reason)`` for each of ``lines`` by the rules of :func:`label_lines`."""
    labels: Labels = {}
    # The page's own answers, read by several rules: computed once here and passed to them (issue 18, speed17).
    apart = _sets_paragraphs_apart(lines)
    turns = record_turns.turn_label_lines([line.text for line in lines], _is_prose)
    _label_captions(lines, labels)
    _label_video_captions(lines, labels)
    _label_data_lines(lines, labels)
    _label_breadcrumbs(lines, labels)
    title = _gallery_title(lines)
    _label_widgets(lines, labels, title)
    last_entry = _label_live_entries(lines, labels)
    _label_furniture(lines, labels, last_entry)
    _label_player_titles(lines, labels, apart)
    _label_site_notices(lines, labels)
    _label_notice_blocks(lines, labels, apart)
    _label_shapes(lines, labels)
    _label_feed_fields(lines, labels)
    _label_author_notes(lines, labels)
    _label_user_cards(lines, labels)
    _label_ranked_lists(lines, labels)
    _label_reader_comments(lines, labels)
    _label_mail_envelope(lines, labels)
    units = posts_and_pictures.page_facts([line.text for line in lines])
    posts_and_pictures.free_story_captions(units, labels)
    story_versions.label_alerts([line.text for line in lines], labels, is_body_like)
    # A cache's or archive's header sentences are not the first paragraph: labelled before the headline (round 20).
    cache_copies.label_early([line.text for line in lines], labels)
    # A reference work's infobox, contents, hatnotes and citations are no title and no lead (issue 11, round 21).
    reference_works.label_early([line.text for line in lines], labels)
    headline, first_body = _find_headline(lines, labels, apart, turns)
    work_title = reference_works.title_line([line.text for line in lines])
    if work_title is not None and first_body is not None and work_title < first_body:
        # An encyclopedia's title stands over its tagline, hatnotes and infobox, which repeats it (round 21).
        headline = work_title
    if title is not None and first_body is not None and title < first_body:
        # A gallery's page is titled by the teaser-shaped line above its slides, over a date or count line below.
        headline = title
    if headline is not None:
        _label_around_headline(lines, labels, headline, first_body)
        _label_metadata_fields(lines, labels, headline)
    _label_in_order(lines, labels, headline)
    _label_issuer_notes(lines, labels)
    _label_trailing_notes(lines, labels)
    _label_after_last_paragraph(lines, labels)
    _label_titles_among_furniture(lines, labels)
    _keep_on_topic_prose(lines, labels, headline)
    _keep_section_headings(lines, labels)
    _label_replies(lines, labels)
    _label_reader_prompts(lines, labels)
    _label_link_roles(lines, labels, headline)
    _label_section_runs(lines, labels)
    _label_page_notes(lines, labels, headline)
    _label_embedded_posts(lines, labels)
    _label_self_references(lines, labels)
    _label_controls(lines, labels)
    _label_slides(lines, labels)
    _label_programme_furniture(lines, labels)
    _label_headline_repeats(lines, labels, headline)
    _label_post_furniture(lines, labels)
    _label_digest_items(lines, labels)
    _label_later_feed_items(lines, labels)
    _label_wiki_chrome(lines, labels, headline)
    _label_site_tools(lines, labels)
    _label_notes_by_content(lines, labels)
    record_turns.label_record(lines, labels, headline, _is_prose, turns)
    labels.update(record_metadata.record_structure([line.text for line in lines], labels))
    print_views.relabel(lines, labels, lambda text: _pattern_match(text, "caption"))
    posts_and_pictures.relabel([line.text for line in lines], units, labels)
    # Chrome of captures, alerts and desks by what each line does, over the position rules (round 18).
    capture_chrome.relabel([line.text for line in lines], labels, headline)
    cache_copies.label_late([line.text for line in lines], labels, is_headline_like, is_body_like)
    publisher_notes.relabel([line.text for line in lines], labels)
    site_banner.relabel([line.text for line in lines], labels)
    _label_story_structure(lines, labels, headline)
    # A report's headings, tables and key figures, a letter's salutation: lines of the text by where they stand.
    labels.update(document_structure.relabel([line.text for line in lines], labels, headline, _furniture_evidence))
    # A long read's drop cap and shortened pull quotes (issue 11, round 20).
    labels.update(magazine_furniture.drop_caps([line.text for line in lines], _kinds(labels)))
    labels.update(magazine_furniture.shortened_pull_quotes([line.text for line in lines], _kinds(labels)))
    labels.update(comment_cards.carded_comments([line.text for line in lines], _kinds(labels), _comment_heading))
    # An automatic caption track's lower-case lines are the clip's text, not a menu (issue 11, round 20).
    labels.update(video_transcripts.caption_track([line.text for line in lines], _kinds(labels)))
    labels.update(video_transcripts.view_count_rows([line.text for line in lines], _kinds(labels)))
    # Last: a prose paragraph that a rule took by its position alone goes back to the text (issue 11, prose18).
    labels.update(prose_guard.guard([line.text for line in lines], labels, _furniture_evidence))
    # A page that is a run of short time-stamped items: its items are the text, its title the headline (round 20).
    labels.update(ticker.relabel([line.text for line in lines], labels, _furniture_evidence))
    labels.update(_display_type([line.text for line in lines], labels))
    labels.update(markdown_structure.relabel([line.text for line in lines], labels, headline, rules.byline_line))
    return [(line, *labels[i]) for i, line in enumerate(lines)]


def _display_type(texts: list[str], labels: Labels) -> Labels:
    """Return the labels of a popular page's display type over the position rules (:mod:`.summary_boxes`, issue 11,
    round 21): a summary box's items, the crossheads between paragraphs, an embedded post's signature and its text
    when the article introduces it, a clip's title under its player."""
    found = summary_boxes.summary_box(texts, is_body_like, comparison_words)
    found.update(
        summary_boxes.crossheads(texts, {**_kinds(labels), **_kinds(found)}, is_body_like, _furniture_evidence)
    )
    found.update(summary_boxes.post_signatures(texts))
    found.update(summary_boxes.clip_titles(texts, _kinds(labels)))
    found.update(summary_boxes.introduced_posts(texts, _kinds(labels), _furniture_evidence))
    return found


def _kinds(labels: Labels) -> dict[int, str]:
    """Return each labelled line's kind, without its reason."""
    return {i: kind for i, (kind, _) in labels.items()}


def _comment_heading(text: str) -> bool:
    """True when ``text`` is a comment section's heading or counter (a pattern of ``boilerplate_patterns.csv``)."""
    note = _pattern_match(text, "boilerplate")
    return bool(note) and "comment" in note


def _furniture_evidence(text: str) -> bool:
    """True when ``text`` itself says it is page furniture: a pattern of the site's furniture, captions or menus
    (``boilerplate_patterns.csv``), a phrase of the site speaking of itself, or an appeal to the reader."""
    return bool(
        any(_pattern_match(text, kind) for kind in ("boilerplate", "widget", "caption", "navigation"))
        or rules.site_notice_line(text)
        or prompts.reader_appeal(text)
        or prompts.support_appeal(text)
    )


def _label_story_structure(lines: list[Line], labels: Labels, headline: int | None) -> None:
    """Relabel what a story's own history and structure tell (:mod:`.story_versions`, :mod:`.explainers`): an
    earlier version kept below the latest (duplicate), a story glued under a boundary label (appended), the fact
    boxes of an explainer (body) and its reader form (boilerplate)."""
    texts = [line.text for line in lines]
    kinds = {i: kind for i, (kind, _) in labels.items()}
    for i, reason in story_versions.earlier_version(texts, kinds, headline).items():
        labels[i] = ("duplicate", reason)
    title = lambda text: is_headline_like(text, MIN_WORDS_HEADLINE_NEAR_BODY)  # noqa: E731
    for i in story_versions.story_after_boundary(texts, kinds, title, is_body_like):
        labels[i] = ("appended", "a story glued below the article under a label announcing it")
    for i, reason in explainers.fact_boxes(texts, kinds).items():
        labels[i] = ("body", reason)
    for i, reason in explainers.reader_form_lines(texts, kinds).items():
        labels[i] = ("boilerplate", reason)


def _label_captions(lines: list[Line], labels: Labels) -> None:
    """Captions: a photo-credit pattern, and the other lines of a short block holding one."""
    for i, line in enumerate(lines):
        note = _pattern_match(line.text, "caption")
        if note:
            labels[i] = ("caption", f"photo credit pattern: {note}")
            continue
        reason = credits.name_slash_credit(line.text) or credits.media_credit(line.text)
        reason = reason or credits.trailing_credit(line.text)
        if reason:
            labels[i] = ("caption", reason)
    # A bare alt text ("Image") is the trace of a photo, not its caption block: it does not
    # make the lines set beside it captions.
    caption_blocks = {
        lines[i].block for i, (kind, _) in labels.items() if kind == "caption" and word_count(lines[i].text) > 1
    }
    # A photo widget's buttons ("hide caption", "enlarge this image") belong to the caption's
    # block without making it longer prose.
    widgets = {i for i, line in enumerate(lines) if _pattern_match(line.text, "widget")}
    sizes = Counter(line.block for i, line in enumerate(lines) if i not in widgets)
    for i, line in enumerate(lines):
        # A caption block is short; a long block with a credit in it is prose with an inline credit. A line of
        # the site's furniture (an ad slot's label) set beside a credit is furniture still (issue 11, round 13).
        if i in labels or i in widgets or _pattern_match(line.text, "boilerplate"):
            continue
        if line.block in caption_blocks and sizes[line.block] <= MAX_CAPTION_BLOCK_LINES:
            labels[i] = ("caption", "in the same block as a photo credit line, with no blank line between")
        elif _is_caption_above_credit(lines, labels, i):
            labels[i] = ("caption", "the sentence set directly above a photo credit that stands on its own line")
        elif _is_caption_below_credit(lines, labels, i):
            labels[i] = ("caption", "the last line of a block, directly below a photo credit on its own line")
        elif _is_alt_text_above_caption(lines, labels, i):
            labels[i] = ("caption", "an image's alt text: a few words without punctuation directly above its caption")
        elif i + 1 < len(lines) and lines[i + 1].block == line.block:
            reason = credits.clip_title_above(line.text, lines[i + 1].text)
            if reason:
                labels[i] = ("caption", reason)


def _label_video_captions(lines: list[Line], labels: Labels) -> None:
    """Captions of a video's transcript (:mod:`.video_transcripts`): a lower third and a line of on-screen text.
    Labelled apart from :func:`_label_captions`, so that they do not make their block a caption block: a
    transcript is often set without blank lines, and its turns are the text."""
    for i, line in enumerate(lines):
        if i in labels:
            continue
        reason = video_transcripts.lower_third(line.text) or video_transcripts.on_screen_text(line.text)
        if reason:
            labels[i] = ("caption", reason)


def _is_stand_alone_credit(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when line ``i`` is a photo credit standing on its own line: a few words, no sentence.

    A label that opens a caption ("Media caption,") ends with a comma or colon and is
    not a credit: what follows it is left to the other rules.
    """
    kind, reason = labels.get(i, ("", ""))
    text = lines[i].text
    # A bare alt text ("Image", one word) stands for a photo; it credits no one.
    return (
        kind == "caption"
        and reason.startswith("photo credit pattern")
        and word_count(text) > 1
        and not features(text).ends_sentence
        and not text.endswith((",", ":"))
        and word_count(text) <= MAX_WORDS_CREDIT
    )


def _is_caption_above_credit(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when line ``i`` is a caption: a sentence directly above a stand-alone credit of the same block.

    A photo's credit ("Jane Roe/AFP via Getty Images") closes its caption; when the
    credit stands alone (no sentence of its own), the line set just above it with no
    blank line between describes the photo, however long the block that holds both.
    """
    if i + 1 >= len(lines) or lines[i + 1].block != lines[i].block:
        return False
    return _is_stand_alone_credit(lines, labels, i + 1) and features(lines[i].text).ends_sentence


def _is_caption_below_credit(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when line ``i`` is a caption: the last line of a block, directly below a stand-alone credit.

    Some layouts set the credit first ("© Agency / Name") and the description under
    it; a description ending the block, with no sentence punctuation, is the photo's.
    """
    if i == 0 or lines[i - 1].block != lines[i].block:
        return False
    last_of_block = i + 1 == len(lines) or lines[i + 1].block != lines[i].block
    return last_of_block and not features(lines[i].text).ends_sentence and _is_stand_alone_credit(lines, labels, i - 1)


def _is_alt_text_above_caption(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when line ``i`` is an image's alt text left by a reader view: a few words directly above a caption line.

    Reader views and AMP pages keep an image's alt attribute ("Pakistan floods") as a line
    of its own over the caption; it has two to ``MAX_WORDS_STRAY_LINE`` words, no sentence
    punctuation, and is none of the furniture that also sits over photos (byline, time
    stamp, sharing tools or a sharing word such as "Email", menu), nor a label with a colon ("Rating: False").
    """
    text = lines[i].text
    return (
        i + 1 < len(lines)
        and labels.get(i + 1, ("",))[0] == "caption"
        and word_count(lines[i + 1].text) > MAX_WORDS_STRAY_LINE
        and 2 <= word_count(text) <= MAX_WORDS_STRAY_LINE
        and not features(text).ends_sentence
        and not text.isupper()
        and not (rules.timestamp_line(text) or rules.byline_line(text) or rules.sharing_line(text))
        and not (rules.menu_line(text) or _is_furniture(text))
        and text.casefold() not in rules.sharing_words()
        and not any(word in rules.sharing_words() for word in comparison_words(text))
        and not text.endswith(",")
        and ":" not in text
    )


def _label_data_lines(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: market tickers and data lines (:func:`.rules.data_line`) and contact notes
    (:func:`.rules.contact_line`), wherever they stand.

    Labelled before the breadcrumb and menu rules (a ticker is joined by bars like a menu) and
    before the headline and appended-story rules (a data line between paragraphs is no headline).
    """
    for i, line in enumerate(lines):
        if i not in labels:
            reason = rules.data_line(line.text) or rules.contact_line(line.text)
            if reason:
                labels[i] = ("boilerplate", reason)
    for i in metadata_block.field_runs([line.text for line in lines]):
        labels.setdefault(i, ("boilerplate", "a fact box: three short fields or more in a row (label, colon, value)"))


def _label_breadcrumbs(lines: list[Line], labels: Labels) -> None:
    """Navigation: a breadcrumb or menu-item pattern among the first lines of the page."""
    for i, line in enumerate(lines[:NAVIGATION_ZONE_LINES]):
        # A cookie notice, consent button or sharing widget near the top is furniture even when
        # shaped like a trail.
        if i in labels or _pattern_match(line.text, "boilerplate") or rules.sharing_line(line.text):
            continue
        note = _pattern_match(line.text, "navigation")
        if note or (
            BREADCRUMB_SEPARATOR.search(line.text)
            and word_count(line.text) <= MAX_WORDS_BREADCRUMB
            and not features(line.text).ends_sentence
        ):
            labels[i] = (
                "navigation",
                f"breadcrumb near the top of the page: {note or 'short line of items joined by separators'}",
            )


def _label_widgets(lines: list[Line], labels: Labels, title: int | None) -> None:
    """Boilerplate: the buttons, labels and teasers of a media or photo widget (``widget``, ``teaser`` patterns).

    A player's "Now Playing", "Listen · 3:48", "Transcript" or "Embed" sits anywhere in
    the article, above the headline or between paragraphs; unlike footer vocabulary it
    does not mark the end of the article, so these lines are labelled first and never
    start the footer (:func:`_label_furniture`). On a gallery's page the first teaser above the
    gallery's first slide (``title``, :func:`_gallery_title`) is the page's own title ("In pictures: …").
    """
    for i, line in enumerate(lines):
        if i not in labels and i != title:
            # A teaser ("Video: ...") is labelled like a widget, but only after the caption rules:
            # a "Watch: ..." line in a photo's block is that photo's caption.
            note = _pattern_match(line.text, "widget") or _pattern_match(line.text, "teaser")
            if note:
                labels[i] = ("boilerplate", f"media or photo widget pattern: {note}")


def _gallery_title(lines: list[Line]) -> int | None:
    """Return the first teaser-shaped line ("Photos: …", "In pictures: …") above the first counter of a gallery
    (:func:`.slides.galleries`), else None: the gallery's page is titled so, and the teaser it reads as links to
    the page itself."""
    # Cheap gate: a gallery needs counters, and a counter holds a figure.
    if not any(line.text[-1:].isdigit() for line in lines):
        return None
    runs = slides.galleries([line.text for line in lines])
    if not runs:
        return None
    return next((i for i in range(runs[0][0]) if _pattern_match(lines[i].text, "teaser")), None)


def _label_live_entries(lines: list[Line], labels: Labels) -> int | None:
    """Label the entries of a live page; return the line of its last entry stamp (None on other pages).

    A live page opens each entry with a bare time stamp or a marker ("16.40 BST",
    "Pinned": :func:`.rules.entry_stamp`), and at least ``MIN_LIVE_ENTRY_STAMPS`` of them
    make a live page. After a stamp, the short lines before the entry's first paragraph are
    its title (text: body) and, above the title, its author (furniture). Short lines after
    a stamp with no paragraph following form a key-events box: an item repeating an entry's
    title is that title's duplicate; a run of titles opened by a clock time ("16:20 Agents
    walk out") are jump links (:func:`_label_jump_links`).
    """
    stamps = [i for i, line in enumerate(lines) if i not in labels and rules.entry_stamp(line.text)]
    if len(stamps) < MIN_LIVE_ENTRY_STAMPS:
        return None
    for i in stamps:
        labels[i] = ("boilerplate", str(rules.entry_stamp(lines[i].text)))
    for i, line in enumerate(lines):
        # "LIVE" alone is a menu item on other pages; on a live page it is the badge by the headline.
        if i not in labels and line.text.casefold() == "live":
            labels[i] = ("boilerplate", "live page: the LIVE badge")
    titles: dict[tuple[str, ...], int] = {}
    box_items: list[int] = []
    for i in stamps:
        head, opens_paragraph = _entry_head(lines, labels, i)
        if not opens_paragraph:
            box_items += head
            continue
        if len(head) == MAX_ENTRY_HEAD_LINES:
            labels[head[0]] = ("boilerplate", "live page: the entry's author line, between its stamp and its title")
        if head:
            labels[head[-1]] = ("body", "live page: the entry's title, between its stamp and its first paragraph")
            titles[tuple(comparison_words(lines[head[-1]].text))] = head[-1]
    for i in box_items:
        title = titles.get(tuple(comparison_words(lines[i].text)))
        if title is not None:
            where = f"{lines[title].start}-{lines[title].end}"
            labels[i] = ("duplicate", f"live page: key-events item repeating the entry title at {where}")
    _label_jump_links(lines, labels)
    return stamps[-1]


def _is_furniture(text: str) -> bool:
    """True when ``text`` matches a footer, teaser or sharing pattern (furniture wherever it stands)."""
    return bool(_pattern_match(text, "boilerplate") or _pattern_match(text, "teaser") or rules.sharing_line(text))


def _entry_head(lines: list[Line], labels: Labels, stamp: int) -> tuple[list[int], bool]:
    """Return the short lines after entry stamp ``stamp`` (at most ``MAX_ENTRY_HEAD_LINES``) and whether a
    paragraph follows them."""
    head: list[int] = []
    j = stamp + 1
    while j < len(lines) and j not in labels and not _is_furniture(lines[j].text) and len(head) < MAX_ENTRY_HEAD_LINES:
        if not is_headline_like(lines[j].text, 1) or _wrapped_paragraph(lines, j, labels):
            break
        head.append(j)
        j += 1
    if j >= len(lines) or j in labels or _is_furniture(lines[j].text):
        return head, False
    text = lines[j].text
    paragraph = is_body_like(text) or rules.prose_sentence(text) or _introduces_quotation(lines, j)
    return head, bool(paragraph or _wrapped_paragraph(lines, j, labels))


def _label_jump_links(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: two or more consecutive lines each a clock time and a title (a live page's key-events links)."""
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and i not in labels and rules.clock_first_title(line.text):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                labels[j] = ("boilerplate", "live page: key-events jump link (a clock time and an entry's title)")
        run = []


def _label_furniture(lines: list[Line], labels: Labels, last_entry: int | None = None) -> None:
    """Boilerplate: footer vocabulary anywhere, and what follows a footer line in the lower half and is not prose.

    On a live page (``last_entry``: the stamp of its last entry in reading order) every entry
    ends with sharing tools; the footer starts only after the last entry's stamp.
    """
    footer_from = None
    lower_half = max(len(lines) // 2, last_entry or 0)
    for i, line in enumerate(lines):
        if i in labels:
            continue
        note = _pattern_match(line.text, "boilerplate")
        if note:
            labels[i] = ("boilerplate", f"site furniture pattern: {note}")
            if footer_from is None and i > lower_half:
                footer_from = i
    if footer_from is not None:
        for i in range(footer_from + 1, len(lines)):
            # A second story's headline below the footer is left to the appended-story rule, and the
            # first half of a paragraph broken across two lines stays with its second half.
            if i in labels:
                continue
            reason = rules.author_bio_line(lines[i].text)
            if reason:
                labels[i] = ("boilerplate", reason)
                continue
            text = lines[i].text
            # A one-sentence paragraph stands alone in its block; a short line among others is a link or a label.
            one_sentence = rules.prose_sentence(text) and _alone_in_block(lines, i)
            if is_body_like(text) or one_sentence or _starts_new_story(lines, i, labels):
                continue
            # "... said in a statement:" is a paragraph whose quotation is the next line.
            if _introduces_quotation(lines, i) or _wrapped_paragraph(lines, i, labels):
                continue
            if _is_broken_paragraph(lines, i):
                continue
            labels[i] = (
                "boilerplate",
                f"follows the footer line at {lines[footer_from].start}-{lines[footer_from].end}"
                " and is not running prose",
            )


def _label_player_titles(lines: list[Line], labels: Labels, apart: bool) -> None:
    """Boilerplate: the title of a media player's clip, the line after its label (:func:`.rules.player_title`);
    appended: a story's title under the label with its opening paragraphs (:func:`_story_under_label`), on a page
    that sets its paragraphs ``apart`` (:func:`_sets_paragraphs_apart`)."""
    for i in range(1, len(lines)):
        if i not in labels:
            reason = rules.player_title(lines[i - 1].text)
            # A label set below its clip's title is followed by the article's next paragraph.
            if not reason or credits.clip_title_is_paragraph(lines[i].text, MIN_WORDS_BODY_PARAGRAPH):
                continue
            # Only a page that sets its paragraphs apart tells a story glued under the label from the article's
            # own next paragraph.
            story = _story_under_label(lines, labels, i) if apart else []
            for j in story:
                labels[j] = ("appended", f"a story's title and opening under the label '{lines[i - 1].text.strip()}'")
            if not story:
                labels[i] = ("boilerplate", reason)


def _story_under_label(lines: list[Line], labels: Labels, i: int) -> list[int]:
    """Return title ``i`` and the paragraphs of prose set directly under it in its block, or [] for a clip's title.

    A clip's title stands over a running time or the next title of the queue; a story's title
    under the same label ("Up next" on a mobile page) stands over the story's opening paragraph:
    a second story glued below the article (issue 11, round 14). The title is headline-like
    (``MIN_WORDS_HEADLINE_NEAR_BODY`` words or more). Reads the block of line ``i`` only.
    """
    if not is_headline_like(lines[i].text, MIN_WORDS_HEADLINE_NEAR_BODY):
        return []
    story = [i]
    for j in range(i + 1, len(lines)):
        if j in labels or lines[j].block != lines[i].block or not is_body_like(lines[j].text):
            break
        story.append(j)
    return story if len(story) > 1 else []


def _is_broken_paragraph(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is one half of a sentence broken across two lines (the other half ends it)."""
    after = i + 1 < len(lines) and rules.continues_on_next_line(lines[i].text, lines[i + 1].text)
    if after and features(lines[i + 1].text).ends_sentence:
        return True
    before = i > 0 and rules.continues_on_next_line(lines[i - 1].text, lines[i].text)
    return bool(before and features(lines[i].text).ends_sentence)


def _label_site_notices(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: prose in which the site speaks of itself or its reader (:func:`.rules.site_notice_line`)."""
    for i, line in enumerate(lines):
        if i not in labels:
            reason = rules.site_notice_line(line.text)
            if reason:
                labels[i] = ("boilerplate", reason)


def _sets_paragraphs_apart(lines: list[Line]) -> bool:
    """True when most prose lines of the page stand alone in their block (blank lines between paragraphs).
    :func:`label_lines` asks once per page and passes the answer to the rules that read it."""
    sizes = Counter(line.block for line in lines)
    prose = [line for line in lines if is_body_like(line.text)]
    alone = sum(sizes[line.block] == 1 for line in prose)
    return bool(prose) and alone / len(prose) >= MIN_SHARE_PARAGRAPHS_APART


def _label_notice_blocks(lines: list[Line], labels: Labels, apart: bool) -> None:
    """Boilerplate: prose lines of one block set between two boilerplate lines of that block.

    A licence, disclaimer or consent notice is set as one block opened and closed by
    furniture ("Copyright (c) ...", "Disclaimer" ... "Proudly powered by ..."); the
    prose inside it is the notice's, whatever its words. The rule holds only on a page
    that sets its paragraphs apart with blank lines (on a page set without them, an
    advertising marker and the footer share the article's block), only for a short
    stretch (``MAX_NOTICE_BLOCK_LINES``) and only when every line of it is prose: a
    headline-like line there starts a story. ``apart``: the page's :func:`_sets_paragraphs_apart`.
    """
    if not apart:
        return
    # The furniture lines of each block, gathered in one pass so the rule stays linear in the page.
    furniture_by_block: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if labels.get(i, ("",))[0] == "boilerplate":
            furniture_by_block.setdefault(line.block, []).append(i)
    for furniture in furniture_by_block.values():
        for upper, lower in zip(furniture, furniture[1:], strict=False):
            inside = [i for i in range(upper + 1, lower) if i not in labels]
            if not inside or lower - upper > MAX_NOTICE_BLOCK_LINES + 1:
                continue
            if all(is_body_like(lines[i].text) for i in inside):
                for i in inside:
                    labels[i] = (
                        "boilerplate",
                        f"inside a site notice: prose between furniture lines at {lines[upper].start}"
                        f" and {lines[lower].start} of the same block",
                    )


def _label_shapes(lines: list[Line], labels: Labels) -> None:
    """Menus and jumps to the top of the page (navigation); sharing widgets, time stamps, their labels, bylines and
    tag rows (boilerplate), by the shape of the line and, for a stamp's label and a tag row, of its neighbour."""
    for i, line in enumerate(lines):
        if i in labels:
            continue
        if reason := comments.jump_link(line.text):
            labels[i] = ("navigation", reason)
            continue
        # A time stamp may be split by slashes like a menu ("May 21 / 2:14 PM"): it is tried first;
        # a menu of sharing tools is a widget, not navigation.
        reason = (
            rules.timestamp_line(line.text)
            or rules.byline_line(line.text)
            or rules.byline_with_timestamp(line.text)
            or rules.byline_with_place(line.text)
            or rules.byline_with_posts(line.text)
            or rules.line_with_stamp(line.text)
            or stamps.placed_time_stamp(line.text)
            or stamps.document_code_line(line.text)
            or comments.counter_row(line.text)
            or comments.user_stamp(line.text)
            or comments.action_row(line.text)
            or rules.sharing_line(line.text)
            or transcripts.stage_direction(line.text)
            or transcripts.capitals_notice(line.text)
            or record_turns.procedural_note(line.text)
            or record_turns.item_links(line.text)
            or record_metadata.record_line(line.text)
        )
        if reason:
            labels[i] = ("boilerplate", reason)
            continue
        # A stamp's label and a row of tags under its heading are furniture shaped like a heading or a menu.
        above, below = (lines[i - 1].text if i else ""), (lines[i + 1].text if i + 1 < len(lines) else "")
        reason = rules.stamp_label(line.text, below) or rules.tag_row(above, line.text)
        if reason:
            labels[i] = ("boilerplate", reason)
            continue
        reason = rules.menu_line(line.text)
        if reason:
            labels[i] = ("navigation", reason)


def _label_author_notes(lines: list[Line], labels: Labels) -> None:
    """Label as boilerplate a sentence about the page's own author (:mod:`.author_notes`), wherever it stands."""
    names = author_notes.author_names([line.text for line in lines])
    if not names:
        return
    for i, line in enumerate(lines):
        if i not in labels:
            reason = author_notes.author_note(line.text, names)
            if reason:
                labels[i] = ("boilerplate", reason)


def _label_user_cards(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: the user's handle and rank above a user card's counters (:func:`.comments.card_lines`)."""
    texts = [line.text for line in lines]
    for i, line in enumerate(lines):
        if comments.counter_row(line.text):
            for j in comments.card_lines(texts, i):
                if j not in labels:
                    labels[j] = ("boilerplate", f"user card: the handle and rank above the counters at {line.start}")


def _label_ranked_lists(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: a run of story titles numbered 1, 2, 3 ... (a "most read" or "top stories" box).

    Each item is headline-shaped (no sentence-final punctuation) and the numbers run
    on from 1 on consecutive lines; a numbered list inside an article is made of
    sentences. One pass over the page: a run is closed when the numbering breaks.
    """
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        match = RANKED_ITEM.match(line.text) if line is not None else None
        item = match and i not in labels and is_headline_like(line.text[match.end() - 1 :], 2)
        if item and int(match["rank"]) == len(run) + 1:
            run.append(i)
            continue
        if len(run) >= MIN_RANKED_ITEMS:
            for j in run:
                labels[j] = ("boilerplate", f"ranked list of {len(run)} story titles numbered from 1 (most read)")
        run = [i] if item and int(match["rank"]) == 1 else []


def _label_reader_comments(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: the blocks of a reader comment section (:func:`.comments.comment_blocks`), whatever their words.

    A block holding a line the earlier rules read as text (a live entry's title) is no comment:
    a live page's entries are blocks closed by one sharing row too, and may be of one length.
    """
    texts = [line.text for line in lines]
    for first, last in comments.comment_blocks(texts, _is_prose, lambda j: labels.get(j, ("",))[0] == "body"):
        for i in range(first, last + 1):
            labels[i] = ("boilerplate", f"reader comment: blocks of {last - first + 1} lines closed by the same row")


def _first_paragraph(lines: list[Line], labels: Labels, apart: bool) -> int | None:
    """Return the first unlabelled prose line with more prose within ``PROSE_RUN_WINDOW`` unlabelled lines (a
    tagline over the headline skipped on a page that sets its paragraphs ``apart``)."""
    free = [i for i in range(len(lines)) if i not in labels]
    for position, i in enumerate(free):
        # The paragraph after may be short: a one-sentence paragraph or the end of a broken one.
        opens = is_body_like(lines[i].text) or _introduces_quotation(lines, i) or _wrapped_paragraph(lines, i, labels)
        opens = opens and not explainers.question_title(lines[i].text)
        column = not opens and _column_paragraph_opening(lines, i, labels)
        opens = opens or column
        if opens and apart and _tagline_over_headline(lines, free[position + 1 : position + 1 + PROSE_RUN_WINDOW], i):
            continue
        # In a printed column the next lines are as short as the first.
        min_words = rules.MIN_WORDS_LINK_TITLE if column else MIN_WORDS_BODY_PARAGRAPH
        if opens and any(
            is_body_like(lines[j].text)
            or rules.prose_sentence(lines[j].text)
            or _wrapped_paragraph(lines, j, labels, min_words)
            for j in free[position + 1 : position + 1 + PROSE_RUN_WINDOW]
        ):
            return i
    return None


def _column_paragraph_opening(lines: list[Line], i: int, labels: Labels) -> bool:
    """True when line ``i`` opens a first paragraph set in a narrow printed column ("BEIRUT — Russia said
    Tuesday that"): it starts with a dateline, and its sentence wraps onto the next line after as few words as a
    column holds (fewer than a paragraph's minimum, so the other tests miss it). A dateline opens only a
    story's first paragraph, which a headline never does."""
    return (
        _wrapped_paragraph(lines, i, labels, rules.MIN_WORDS_LINK_TITLE)
        and dateline_grammar.first_paragraph_dateline(lines[i].text, DATELINE) is not None
    )


def _tagline_over_headline(lines: list[Line], following: list[int], i: int) -> bool:
    """True when prose line ``i`` is a site's tagline set in the page's header block above the headline.

    On a page that sets its paragraphs apart with blank lines, the header (site name, tagline,
    buttons, headline, standfirst) is one block. A sentence there ("Notes on the region, from
    the capital.") followed, before any other prose, by a headline-like line of the same block
    (``MIN_WORDS_HEADLINE_NEAR_BODY`` words or more) stands above the headline: it is chrome, not
    the article's first paragraph. ``following`` are the next unlabelled lines (a bounded window).
    A sentence set directly under a headline-like line is that headline's standfirst
    (:func:`_standfirst_under_headline`), whatever furniture line follows it.
    """
    if _standfirst_under_headline(lines, i):
        return False
    for j in following:
        if _is_prose(lines[j].text):
            return False
        if lines[j].block == lines[i].block and is_headline_like(lines[j].text, MIN_WORDS_HEADLINE_NEAR_BODY):
            return True
    return False


def _standfirst_under_headline(lines: list[Line], i: int) -> bool:
    """True when the line directly above line ``i``, in its block, is headline-like (4+ words).

    A tagline sits under the site's name (one to three words), a standfirst under the
    headline. The round-9 tagline rule read a standfirst as a tagline when a time stamp or
    a provider's credit of four words or more followed it ("Provided by Norvasta Today"):
    the line above tells the two apart without reading the furniture below.
    """
    above = i - 1
    return (
        above >= 0
        and lines[above].block == lines[i].block
        and is_headline_like(lines[above].text, MIN_WORDS_HEADLINE_NEAR_BODY)
    )


def _find_headline(lines: list[Line], labels: Labels, apart: bool, turns: list[int]) -> tuple[int | None, int | None]:
    """Return (headline line, first paragraph line): the headline-like line nearest above the first run of prose.

    A line of at least ``MIN_WORDS_HEADLINE_NEAR_BODY`` words is preferred over a
    shorter one (a kicker); of several copies of the headline the first is taken. ``apart`` and ``turns`` are the
    page's :func:`_sets_paragraphs_apart` and :func:`.record_turns.turn_label_lines` (a record's title rule).
    """
    first_body = _first_paragraph(lines, labels, apart)
    if first_body is None:
        return None, None
    if not _opens_with_dateline(lines[first_body].text):
        first_body = headline_rules.past_lead_in(
            [line.text for line in lines], [i for i in range(first_body, len(lines)) if i not in labels], _is_prose
        )
    # A Markdown page's "# " heading is its title, over a front matter's title field (round 21).
    texts = [line.text for line in lines]
    heading = markdown_structure.title_heading(texts, markdown_structure.structures(texts))
    if heading is not None and heading < first_body:
        return heading, first_body
    # A feed item saved field by field names its title (:mod:`.feed_fields`): the structure outranks the shape.
    # A title that reads as a sentence ("title: Russia quits …, says it will …") was taken for the first paragraph.
    field_title = feed_fields.title_value([line.text for line in lines], first_body + 1)
    if field_title is not None:
        below = (j for j in range(field_title + 1, len(lines)) if j not in labels and _is_prose(lines[j].text))
        return field_title, first_body if field_title < first_body else next(below, None)
    summary = headline_overlap.summary_stems(
        lines[j].text for j in range(first_body, len(lines)) if j not in labels and _is_prose(lines[j].text)
    )
    sections = headline_rules.contents_entries([_comparison_words(line.text) for line in lines], first_body)
    # A summary box's items and label name the story's points, never its title (issue 11, round 21).
    box_labels = summary_boxes.box_labels(texts, is_body_like)
    candidates = [
        i
        for i in range(first_body)
        if i not in labels
        and _headline_shaped(lines[i].text, summary)
        and not _wrapped_paragraph(lines, i, labels)
        and _comparison_words(lines[i].text) not in sections
        and not _under_related_heading(lines, labels, i)
        and i not in box_labels
        and not summary_boxes.box_item(lines[i].text)
    ]
    # A gallery's own title ("In pictures: …") taken by a teaser pattern, when no other line sums up the text.
    candidates += headline_rules.media_title(
        first_body,
        candidates,
        lambda i: i in labels and _titles_media(lines[i].text, summary),
        lambda i: headline_overlap.borne_out(lines[i].text, summary),
    )
    if not candidates:
        # A mail that prints no headline line of its own is titled by its subject field (:mod:`.mail_headers`).
        return mail_headers.message_subject([line.text for line in lines], first_body), first_body
    long = [i for i in candidates if word_count(lines[i].text) >= MIN_WORDS_HEADLINE_NEAR_BODY]
    long = headline_rules.not_chrome(
        long, lambda i: bool(_pattern_match(lines[i].text, "navigation")) or headline_rules.stamp_row(lines[i].text)
    )
    chosen = (long or candidates)[-1]
    if (
        len(long) >= 2
        and _is_standfirst_below(lines, labels, long[-2], chosen)
        and not headline_overlap.chrome_over_title(
            lines[long[-2]].text, lines[chosen].text, (lines[i].text for i in long[:-2]), summary
        )
    ):
        chosen = long[-2]
    # A version's headline ("UPDATE 2-…") is the story's own, whatever furniture stands above it (.story_versions).
    if not story_versions.versioned(lines[chosen].text):
        chosen = headline_rules.below_chrome(lines, labels, long, chosen)
    if not headline_rules.shouted_title(lines[chosen].text):
        # A title shouted in capitals plays on words its text need not use; a banner or tagline is not shouted.
        chosen = headline_overlap.better_summary([line.text for line in lines], long, chosen, summary)
    chosen = record_metadata.headline_over_section([line.text for line in lines], long, chosen)
    if turns:
        texts = [line.text for line in lines]
        chosen = record_turns.record_title(
            texts,
            candidates,
            chosen,
            lambda i: headline_overlap.overlap(texts[i], summary)[1],
            rules.link_label_words(),
        )
    words = comparison_words(lines[chosen].text)
    return next(i for i in candidates if comparison_words(lines[i].text) == words), first_body


# A box of teasers under a related-content heading holds at most this many titles.
MAX_RELATED_TEASERS = 5
# The heading of a box of other articles ("Related news", "More stories", "Most read").
RELATED_HEADING = re.compile(
    r"^(?:related|more (?:from|on|stories|news)|recommended|most (?:read|viewed|popular)|you (?:might|may) also like"
    r"|latest news|top stories|trending)\b",
    re.IGNORECASE,
)


def _under_related_heading(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when line ``i`` follows, within ``MAX_RELATED_TEASERS`` unlabelled lines, a related-content heading
    labelled as furniture ("Related news"): a teaser of another article in a box above the first paragraph."""
    for j in range(i - 1, max(-1, i - 1 - MAX_RELATED_TEASERS), -1):
        if j in labels:
            return labels[j][0] == "boilerplate" and bool(RELATED_HEADING.match(lines[j].text))
    return False


def _titles_media(text: str, summary: frozenset[str]) -> bool:
    """True when ``text`` is headline-shaped and a media teaser pattern takes it ("Photos: …")."""
    return _headline_shaped(text, summary) and bool(_pattern_match(text, "teaser"))


def _opens_with_dateline(text: str) -> bool:
    """True when ``text`` opens with a dateline naming an agency or a date (:func:`.dateline_grammar.agency_dateline`):
    such a paragraph is the article's first, filed by the agency, never a reposter's lead-in over the headline."""
    return dateline_grammar.agency_dateline(text) is not None


def _headline_shaped(text: str, summary: frozenset[str]) -> bool:
    """True when ``text`` may be the headline: headline-like (or a long title that ``summary`` bears out),
    neither an item of a list, a place and a date standing alone, a credit (:func:`.headline_rules.credit_line`)
    nor one token joined by punctuation (:func:`.headline_rules.joined_token`: an address or a time stamp)."""
    shaped = is_headline_like(text, 2) or headline_overlap.long_headline(text, summary, MAX_WORDS_HEADLINE)
    shaped = shaped or explainers.question_title(text) or headline_rules.shouted_title(text)
    return (
        shaped
        and not headline_overlap.list_item(text)
        and not dateline_grammar.place_date_line(text)
        and not headline_rules.bracketed_note(text)
        and not headline_rules.credit_line(text)
        and not headline_rules.joined_token(text)
        and not headline_rules.counter_row(text)
    )


def _is_standfirst_below(lines: list[Line], labels: Labels, upper: int, lower: int) -> bool:
    """True when headline-like line ``lower`` is the standfirst of headline ``upper``.

    Only labelled lines other than navigation (bylines, time stamps, captions) lie
    between the two, and the lower line is the longer: a standfirst elaborates the
    headline. A menu between them makes the upper line site chrome (a tagline). A lower
    line in title case is a headline itself: a standfirst is written in sentence case; a kicker
    (:func:`.headline_rules.kicker_line`) stands over the headline, not over a standfirst; so does a tagline
    repeating the site's banner above it (:func:`.headline_rules.repeats_banner`).
    """
    between_labelled = all(j in labels and labels[j][0] != "navigation" for j in range(upper + 1, lower))
    return (
        between_labelled
        and word_count(lines[lower].text) > word_count(lines[upper].text)
        and not rules.title_case(lines[lower].text)
        and not headline_rules.kicker_line(lines[upper].text)
        and not headline_rules.repeats_banner(lines, labels, upper)
        and not story_versions.versioned(lines[lower].text)
    )


def _label_around_headline(lines: list[Line], labels: Labels, headline: int, first_body: int | None) -> None:
    """Label the headline, the site chrome above it and the furniture between it and the first paragraph."""
    first_like = next((i for i, line in enumerate(lines) if i not in labels and is_headline_like(line.text, 2)), None)
    if first_like == headline:
        labels[headline] = ("headline", "first headline-like line: short, no sentence-final punctuation")
    else:
        labels[headline] = ("headline", "headline-like line nearest above the first run of prose")
    for i in range(headline):
        if i == headline - 1 and i not in labels and is_body_like(lines[i].text):
            # A paragraph directly over the headline is a lead-in to the article (a poster's comment), not chrome.
            labels[i] = ("boilerplate", "a paragraph of prose directly above the headline: a comment on the article")
        elif i not in labels:
            labels[i] = ("navigation", "above the headline: site chrome (banner, tagline, menu or section kicker)")
    for i in range(headline + 1, first_body if first_body is not None else headline + 1):
        text = lines[i].text
        standfirst = (
            is_body_like(text)
            or rules.prose_sentence(text)
            or (is_headline_like(text, MIN_WORDS_BODY_PARAGRAPH) and lines[i].text != lines[headline].text)
            or (word_count(text) > MAX_WORDS_HEADLINE and rules.running_words(text))
            or _is_sub_heading(lines, labels, i)
            or _is_salutation(lines, i)
        ) and not headline_rules.bracketed_note(text)
        if i not in labels and dateline_grammar.place_date_line(text) and channel_posts.CLOCK.search(text):
            # With a clock time the line stamps the page (an air date, a posting time): no dateline.
            labels[i] = ("boilerplate", "a date and a clock time standing alone between the headline and the text")
        elif i not in labels and dateline_grammar.place_date_line(text):
            labels[i] = ("dateline", "a place and a date standing alone between the headline and the text")
        elif i not in labels and headline_rules.credit_line(text):
            labels[i] = (headline_rules.credit_kind(text), "a credit between the headline and the text")
        elif i not in labels and not standfirst and comparison_words(text) != comparison_words(lines[headline].text):
            labels[i] = (
                "boilerplate",
                "between the headline and the first paragraph, not prose: byline, time stamp or widget",
            )


def _label_mail_envelope(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: an e-mail's header fields, and the correspondents' lines above a forwarded or quoted
    message (:func:`.mail_headers.envelope_lines`), so that the headline and the text are the message's."""
    for i in mail_headers.envelope_lines([line.text for line in lines]):
        labels.setdefault(i, ("boilerplate", "an e-mail's header field, or the correspondents' lines above its text"))


def _label_metadata_fields(lines: list[Line], labels: Labels, headline: int) -> None:
    """Boilerplate: the fields of the article's metadata block above the headline (:mod:`.metadata_block`)."""
    for i in metadata_block.field_lines([line.text for line in lines[:headline]], labels, headline):
        labels[i] = ("boilerplate", "a field of the article's metadata block (labelled time stamps) above the headline")


# Kinds of furniture a line keeps when it repeats a line of that kind.
_REPEATED_FURNITURE = ("boilerplate", "navigation", "caption")


def _label_in_order(lines: list[Line], labels: Labels, headline: int | None) -> None:
    """Label the remaining lines in reading order: duplicate, headline, appended, stray, body."""
    frequency = Counter(
        word
        for i, line in enumerate(lines)
        if i not in labels or i == headline
        for word in set(comparison_words(line.text))
    )
    kept = DuplicateIndex(frequency)
    positions: dict[int, int] = {}  # line number -> position in the index
    headline_seen = headline is not None
    if headline is not None:
        positions[headline] = kept.add(comparison_words(lines[headline].text), lines[headline], "headline")
    body_lines: list[int] = []
    appended_from = None
    tail = appended.StoryTail()
    # Sub-headings met in the text so far: an article set in sections goes on with a heading as short as
    # a sub-heading, where a line of that length would otherwise start an appended story.
    sections = 0
    quoted = _PullQuoteIndex(lines)
    copies = _pull_quotes_in_text(lines, labels)
    # Prose still to be labelled below each line: an appended story never outweighs the article above it.
    prose_below = appended.prose_after(len(lines), lambda j: j not in labels and _is_prose(lines[j].text))
    stamps = appended.EntryStamps()
    for i, line in enumerate(lines):
        if i in labels:
            tail.note_furniture(labels[i][0])
            stamps.note_furniture(line.text, bool(body_lines))
            continue
        words = comparison_words(line.text)
        if body_lines and (why := _pull_quote(lines, i, quoted, copies)):
            labels[i] = ("duplicate", why)
            continue
        if body_lines and _in_link_list(lines, i, labels):
            labels[i] = ("boilerplate", "list of links: a story title in a block of story titles")
            continue
        repeat = kept.find(words)
        first = _lone_paragraph(lines, body_lines)
        repeats_first = repeat is not None and first is not None and repeat[0] is lines[first]
        exact = repeats_first and repeat is not None and repeat[2] == 1.0
        if first is not None and _is_standfirst_copy(lines, first, i, repeats_first, exact):
            # A standfirst repeated by the paragraph after it: the standfirst is the copy.
            how = f"nearly repeats (similarity {repeat[2]:.2f})" if repeat and repeat[2] < 1.0 else "repeats"
            labels[first] = ("duplicate", f"standfirst that the next paragraph {how} (at {line.start}-{line.end})")
            kept.relabel(positions[first], "duplicate")
            for j in body_lines[1:]:
                labels[j] = ("boilerplate", f"furniture between a standfirst and its paragraph (at {line.start})")
                kept.relabel(positions[j], "boilerplate")
            body_lines = []
        elif repeat:
            other, other_kind, ratio = repeat
            how = "repeats" if ratio == 1.0 else f"nearly repeats (similarity {ratio:.2f})"
            # A repeated line of furniture ("Read more ›" under every item) is the same furniture again, not a
            # copy of the text.
            kind = other_kind if other_kind in _REPEATED_FURNITURE else "duplicate"
            labels[i] = (kind, f"{how} the {other_kind} at {other.start}-{other.end}")
            continue
        if not headline_seen and not body_lines and is_headline_like(line.text, 2):
            labels[i] = ("headline", "first headline-like line: short, no sentence-final punctuation")
            headline_seen = True
        elif (
            appended_from is None
            and len(body_lines) >= 2
            and _starts_new_story(lines, i, labels)
            and appended.host_outweighs_tail(body_lines, prose_below[i])
            and not (sections and rules.section_heading_length(line.text))
            and not stamps.next_entry(lines[i - 1].text if i - 1 in labels else None)
        ):
            appended_from, tail.start = i, line.start
            labels[i] = ("appended", "headline-like line after the body, followed by prose: starts a new story")
        elif appended_from is not None:
            labels[i] = tail.label(_is_prose(line.text))
        elif body_lines and _is_sub_heading(lines, labels, i):
            labels[i] = ("body", "sub-heading: a short sentence-case line set apart before a paragraph")
            body_lines.append(i)
            sections += 1
        elif body_lines and _is_inner_heading(lines, labels, i):
            labels[i] = ("body", "heading inside the text: a short label line between two paragraphs")
            body_lines.append(i)
            sections += 1
        elif furniture := _stray_or_link(lines, i, labels, body_lines):
            labels[i] = ("boilerplate", furniture)
        else:
            labels[i] = ("body", "running text of the article")
            body_lines.append(i)
            stamps.note_paragraph()
        positions[i] = kept.add(words, line, labels[i][0])


def _pull_quote(lines: list[Line], i: int, quoted: _PullQuoteIndex, copies: dict[int, int]) -> str | None:
    """Return why line ``i`` is a pull quote, else None: it repeats the text of lines near it (``copies``, from
    :func:`_pull_quotes_in_text`), or it is a line without a sentence's end inside a longer line (``quoted``)
    that is not itself such a copy (a paragraph's line inside its own pull quote is the text, not the copy)."""
    if i in copies:
        where = lines[copies[i]]
        return f"pull quote: repeats the text running from {where.start}-{where.end}"
    source = quoted.source(i)
    copied = source is not None and any(lines[j] is source for j in copies)
    if source is not None and not copied:
        return f"pull quote: repeats words of the paragraph at {source.start}-{source.end}"
    return None


def _pull_quotes_in_text(lines: list[Line], labels: Labels) -> dict[int, int]:
    """Return the unlabelled lines that repeat the text of other unlabelled lines, each with the first line of
    that text (:func:`.duplicates.repeated_in_text`): pull quotes, also of a paragraph broken over lines."""
    free = [i for i in range(len(lines)) if i not in labels]
    words = [_comparison_words(line.text) if i not in labels else () for i, line in enumerate(lines)]
    broken = [
        i + 1 < len(lines) and column_text.hyphen_break(line.text, lines[i + 1].text) for i, line in enumerate(lines)
    ]
    return repeated_in_text(words, broken, free, set(free), MIN_WORDS_PULL_QUOTE)


def _stray_or_link(lines: list[Line], i: int, labels: Labels, body_lines: list[int]) -> str | None:
    """Return why line ``i`` is furniture inside the text, else None: a stray short line without sentence
    punctuation, or, below a paragraph, a labelled link to another story (:func:`.appended.link_between_paragraphs`).
    """
    text = lines[i].text
    if (
        word_count(text) <= MAX_WORDS_STRAY_LINE
        and not features(text).ends_sentence
        # "He continued:" over a quotation is a paragraph of the text, however short; so is "Dear readers,",
        # and so is the end of a column's sentence ("the railroad" / "said:").
        and not _introduces_quotation(lines, i)
        and not _is_salutation(lines, i)
        and not (i > 0 and _column_line(lines, i - 1, labels))
        # The last words of a sentence hard-wrapped from the line above ("… Council" / "on Tuesday:").
        and not (i > 0 and lines[i - 1].block == lines[i].block and wrapped_lines.wraps_on(lines[i - 1].text, text))
    ):
        return "stray short line without sentence punctuation"
    # A transcript's turn (">> JANE ROE: …") opens with a label too, but it is the story going on.
    if not body_lines or not topical_prose.teaser_label(text) or video_transcripts.transcript_turn(text):
        return None
    # The next two unlabelled lines only: the rule stays linear in the page.
    below = [lines[j].text for j in islice((j for j in range(i + 1, len(lines)) if j not in labels), 2)]
    if appended.link_between_paragraphs(text, lines[body_lines[-1]].text, below):
        return "labelled link to another story, set between paragraphs"
    return None


def _is_prose(text: str) -> bool:
    """True for a paragraph of prose, however short (a one-sentence paragraph counts)."""
    return is_body_like(text) or bool(rules.prose_sentence(text))


def _lone_paragraph(lines: list[Line], body_lines: list[int]) -> int | None:
    """Return the first text line when it is the only prose read as text so far, else None.

    The lines after it (at most ``MAX_UNNAMED_FURNITURE``) are short and without a sentence:
    furniture of the byline block that no rule named ("Provided by <outlet>"), which must not
    hide that the next paragraph repeats a standfirst.
    """
    if not body_lines or len(body_lines) > 1 + MAX_UNNAMED_FURNITURE:
        return None
    furniture = all(not _is_prose(lines[j].text) and not features(lines[j].text).ends_sentence for j in body_lines[1:])
    return body_lines[0] if furniture else None


def _is_standfirst_copy(lines: list[Line], first: int, second: int, repeated: bool, exact: bool) -> bool:
    """True when paragraph ``first`` is a standfirst that paragraph ``second`` repeats.

    Either the second is the first with words before it (the paragraph with its
    dateline, the standfirst without), or the second repeats the first (``repeated``:
    the near-duplicate rule) and the byline block lies between them (a standfirst is
    set apart from the article), or the second repeats the first word for word
    (``exact``) directly under it: a feed item's description copied from its first paragraph
    and set over the content (round 14), or the first is the second's opening words cut short
    (:func:`_cut_copy`). Two adjacent paragraphs that differ are a re-pasted paragraph, of which the
    second is the copy.
    """
    first_words, second_words = comparison_words(lines[first].text), comparison_words(lines[second].text)
    prefixed = len(second_words) > len(first_words) > 0 and second_words[-len(first_words) :] == first_words
    return is_body_like(lines[second].text) and (
        prefixed or _cut_copy(first_words, second_words) or (repeated and (second - first > 1 or exact))
    )


def _cut_copy(first: list[str], second: list[str]) -> bool:
    """True when words ``first`` are the opening of words ``second`` cut short: a feed's description or a teaser
    made of the paragraph's first words (its last word may be cut too, "arou[…]"), ``MIN_WORDS_BODY_PARAGRAPH``
    of them at least (round 14). A paragraph is not written as the opening words of the next one."""
    n = len(first)
    if not MIN_WORDS_BODY_PARAGRAPH <= n < len(second):
        return False
    return first[:-1] == second[: n - 1] and second[n - 1].startswith(first[-1])


def _starts_new_story(lines: list[Line], i: int, labels: Labels) -> bool:
    """True when line ``i`` looks like the headline of a second story, not half of a broken sentence.

    It is followed by two paragraphs of prose, or by one that opens with a dateline.
    """
    # The line must be headline-like at the lesser of the two word minimums below, whatever follows it: tested
    # first, it spares a paragraph (nearly every line asked) the tests of its neighbours (measured, 4,991 calls
    # over 500 bench articles, best of 3: 0.159 -> 0.014 s).
    if not is_headline_like(lines[i].text, min(3, MIN_WORDS_APPENDED_HEADLINE)):
        return False
    # Only the next two unlabelled lines matter; stopping there keeps the rule linear in the page.
    if _in_link_list(lines, i):
        return False
    at = list(islice((j for j in range(i + 1, len(lines)) if j not in labels), 2))
    following = [lines[j] for j in at]
    if not following or not is_body_like(following[0].text):
        return False
    # A wire dateline opens only a story's first paragraph: after one, a single paragraph is a story.
    opens_story = dateline_grammar.first_paragraph_dateline(following[0].text, DATELINE) is not None
    if not opens_story and (len(following) < 2 or not is_body_like(following[1].text)):
        return False
    between = [(labels[j][0], lines[j].text) for j in range(at[0] + 1, at[1])] if len(at) == 2 else []
    if appended.paragraphs_apart(between, opens_story):
        return False
    if rules.continues_on_next_line(lines[i].text, following[0].text):
        return False
    min_words = 3 if DATELINE.match(following[0].text) else MIN_WORDS_APPENDED_HEADLINE
    return is_headline_like(lines[i].text, min_words) and appended.heads_a_story(
        lines[i].text, [line.text for line in following]
    )


def _label_issuer_notes(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: a press release's notes, from their heading (:func:`.rules.issuer_heading`) to the page's end.

    The notes to editors and the "About X" paragraph close a release; what the rules left as
    body below that heading (bullets for editors, the issuer's description, a cautionary
    statement) is the issuer's furniture. The heading is looked for below at least one paragraph
    of the text, so that a release's own first lines stay (requiring the lower half of the page too
    changed nothing on the 128 dev pages, and a long notes section may start above the middle).
    """
    start, body_above = None, False
    for i in range(len(lines) - 1):
        # A short heading may have been read as a stray line (boilerplate) already.
        if labels[i][0] not in ("body", "boilerplate"):
            continue
        reason = rules.issuer_heading(lines[i].text, lines[i + 1].text) if body_above else None
        if reason:
            start = i
            labels[i] = ("boilerplate", reason)
            break
        body_above = body_above or labels[i][0] == "body"
    if start is None:
        return
    for j in range(start + 1, len(lines)):
        if labels[j][0] == "body":
            labels[j] = ("boilerplate", f"issuer's notes below their heading at {lines[start].start}")


def _label_trailing_notes(lines: list[Line], labels: Labels) -> None:
    """Boilerplate: issuer's notes (:func:`.rules.issuer_note`) in the page's tail, set apart from the text.

    The tail is what follows the last body line that is not such a note. A note there counts
    only when furniture (an end marker "# # #", contact lines, a sources list) lies between it
    and that paragraph: an article may close on "X is a monitoring group based in London." itself.
    Two passes over the tail, so the rule stays linear in the page.
    """
    last_paragraph = None
    for i in range(len(lines) - 1, -1, -1):
        kind = labels[i][0]
        if kind == "body" and not rules.issuer_note(lines[i].text):
            last_paragraph = i
            break
        if kind in ("headline", "appended"):
            return
    if last_paragraph is None:
        return
    passed_furniture = False
    for j in range(last_paragraph + 1, len(lines)):
        if labels[j][0] != "body":
            passed_furniture = True
        elif passed_furniture:
            labels[j] = ("boilerplate", str(rules.issuer_note(lines[j].text)))


def _label_after_last_paragraph(lines: list[Line], labels: Labels) -> None:
    """Lines after the last paragraph of prose that the rules left as body are page furniture, not text."""
    # The last paragraph is the last kept line that ends a sentence (the short second half of a
    # broken paragraph counts).
    prose = [
        i for i, (kind, _) in labels.items() if kind in ("body", "appended") and features(lines[i].text).ends_sentence
    ]
    if not prose:
        return
    for i in range(max(prose) + 1, len(lines)):
        # A short closing sentence is kept; headings and link titles without a full stop are not.
        text = lines[i].text
        if (
            labels[i][0] == "body"
            and not features(text).ends_sentence
            and not _cut_paragraph(text)
            and not sentence_shape.unfinished_paragraph(text)
        ):
            labels[i] = ("boilerplate", "after the last paragraph and not prose: related links or page furniture")


def _label_titles_among_furniture(lines: list[Line], labels: Labels) -> None:
    """Relabel as boilerplate a title read as text that stands between two furniture lines.

    A line without a sentence's closing mark, set directly under furniture ("Sponsored",
    "Recommended for you", a teaser's source) and directly over a short furniture line (up to
    ``MAX_WORDS_STRAY_LINE`` words: the source's name), is an item of a teaser block (a story's
    title over its source): a sub-heading leads into the paragraph below it, the end of a broken
    paragraph follows prose, and a list of summary points is a run of long items. A line under a
    field's name (:func:`.feed_fields.field`) is that field's value: a feed item's summary.
    """
    for i in range(1, len(lines) - 1):
        if (
            labels[i][0] == "body"
            and not features(lines[i].text).ends_sentence
            and not _is_prose(lines[i].text)
            and labels[i - 1][0] in ("boilerplate", "navigation")
            and labels[i + 1][0] == "boilerplate"
            and word_count(lines[i + 1].text) <= MAX_WORDS_STRAY_LINE
            and not feed_fields.field(lines[i - 1].text)
        ):
            labels[i] = ("boilerplate", "a title between two furniture lines: an item of a teaser block")


def _keep_on_topic_prose(lines: list[Line], labels: Labels, headline: int | None) -> None:
    """Relabel as body a sentence of prose set between two paragraphs that goes on with their story.

    A furniture or chrome label there (not a caption, a duplicate or an appended story, which are
    article-like by nature) is kept only when the line is off the topic of the headline and the
    paragraphs around it, or opens with a teaser's label (:mod:`.topical_prose`): a pattern rule of a
    house style seen before must not take a paragraph out of an unseen one. The paragraphs around
    are the nearest lines within ``topical_prose.MAX_GAP_LINES`` that are neither furniture nor captions.
    """
    title = lines[headline].text if headline is not None else ""
    for i, line in enumerate(lines):
        if labels[i][0] not in _AROUND_PARAGRAPHS or not _is_prose(line.text) or topical_prose.teaser_label(line.text):
            continue
        above = _nearest_paragraph(labels, range(i - 1, max(-1, i - 1 - topical_prose.MAX_GAP_LINES), -1))
        below = _nearest_paragraph(labels, range(i + 1, min(len(lines), i + 1 + topical_prose.MAX_GAP_LINES)))
        if above is None or below is None:
            continue
        context = topical_prose.context_stems(title, lines[above].text, lines[below].text)
        if topical_prose.on_topic(line.text, context):
            labels[i] = ("body", f"on-topic prose between two paragraphs (was {labels[i][0]}: {labels[i][1]})")


def _keep_section_headings(lines: list[Line], labels: Labels) -> None:
    """Relabel as body a short furniture or chrome line set inside the text that heads the paragraph below it.

    The line has a paragraph of the text above it (within ``topical_prose.MAX_GAP_LINES``) and one
    directly below, whose content words it names (:func:`.section_headings.heads_paragraph`).
    """
    for i in range(1, len(lines) - 1):
        if labels[i][0] not in _AROUND_PARAGRAPHS or labels[i + 1][0] != "body":
            continue
        if _nearest_paragraph(labels, range(i - 1, max(-1, i - 1 - topical_prose.MAX_GAP_LINES), -1)) is None:
            continue
        if section_headings.heads_paragraph(lines[i].text, lines[i + 1].text):
            labels[i] = ("body", f"section heading naming the paragraph below (was {labels[i][0]}: {labels[i][1]})")


def _label_embedded_posts(lines: list[Line], labels: Labels) -> None:
    """Relabel as boilerplate a paragraph below the text's first paragraph that is an embedded post's text
    (:func:`.entries.post_text`): a handle in the furniture right above it, furniture right below it. The
    counters and link preview around it are read by :func:`_label_post_furniture`."""
    first_text = next((i for i in range(len(lines)) if labels[i][0] == "body"), len(lines))
    for i in range(first_text + 1, len(lines) - 1):
        if labels[i][0] != "body" or labels[i - 1][0] not in entries.FURNITURE_KINDS:
            continue
        header = [
            (labels[j][0], lines[j].text) for j in range(i - 1, max(first_text, i - 1 - entries.MAX_HEADER_LINES), -1)
        ]
        if entries.post_text(header, labels[i + 1][0]):
            labels[i] = (
                "boilerplate",
                "an embedded post's text: a handle in the furniture above it, its counters below",
            )


def _label_replies(lines: list[Line], labels: Labels) -> None:
    """Relabel as boilerplate the replies of a discussion thread below the article (:func:`.comments.reply_blocks`).

    A reply's sentences are prose about the story, so the earlier rules keep them as body or as an
    appended story; a user card above them and a row of post actions below them make them furniture
    about the article (the gold README's ruling on forum reposts). A repeated line stays a duplicate,
    and a story pasted into a reply stays appended in the reply where it starts. A block holding the
    headline is no reply.
    """
    first_text = next((i for i in range(len(lines)) if labels[i][0] == "body"), None)
    if first_text is None:
        return
    appended_start = next((i for i in range(len(lines)) if labels[i][0] == "appended"), -1)
    for first, last in comments.reply_blocks([line.text for line in lines], first_text):
        block = range(first, last + 1)
        if any(labels[i][0] == "headline" for i in block):
            continue
        keep = ("duplicate", "boilerplate", "caption") + (("appended",) if appended_start in block else ())
        for i in block:
            if labels[i][0] not in keep:
                labels[i] = ("boilerplate", f"reply in a discussion thread (was {labels[i][0]}: {labels[i][1]})")


# Sentence or list punctuation: a line holding one is not a bare link item.
SECTION_RUN_PUNCTUATION = re.compile(r"[.:!?,;|•·*]")


def _label_reader_prompts(lines: list[Line], labels: Labels) -> None:
    """Relabel as boilerplate a navigation line that is a prompt to the reader (:func:`.prompts.reader_prompt`),
    and a line read as text that appeals to the reader to act for the site (:func:`.prompts.reader_appeal`,
    :func:`.prompts.support_appeal`)."""
    for i, line in enumerate(lines):
        if labels[i][0] == "navigation" and prompts.reader_prompt(line.text):
            labels[i] = ("boilerplate", f"prompt to the reader: an imperative phrase (was navigation: {labels[i][1]})")
        elif labels[i][0] == "body" and (
            reason := prompts.reader_appeal(line.text) or prompts.support_appeal(line.text)
        ):
            labels[i] = ("boilerplate", reason)


def _label_link_roles(lines: list[Line], labels: Labels, headline: int | None) -> None:
    """Sort navigation and boilerplate lines of links by what they link to (the round-9 ruling, :mod:`.link_roles`).

    Legal and corporate links are boilerplate wherever they stand; account and subscription
    links are navigation above the headline (the site's top bar) and boilerplate below it. Only
    the kind between the two changes: the earlier rules' reading of the line as page furniture stands.
    """
    for i, line in enumerate(lines):
        if labels[i][0] not in _AROUND_PARAGRAPHS:
            continue
        reason = link_roles.legal_links(line.text)
        if reason:
            labels[i] = ("boilerplate", reason)
            continue
        reason = link_roles.account_links(line.text)
        if reason:
            above = headline is not None and i < headline
            where = "above the headline: the site's top bar" if above else "below the headline: a prompt about access"
            labels[i] = ("navigation" if above else "boilerplate", f"{reason}, {where}")


def _one_link_line(line: Line, labels: Labels, i: int) -> bool:
    """True when line ``i`` is boilerplate of one short link item: a few words, no separator, no punctuation, not a
    footer pattern's or a legal page's link nor a prompt ("Follow us"): those stay boilerplate inside a run of
    sections."""
    kind, reason = labels[i]
    return (
        kind == "boilerplate"
        and not reason.startswith(("site furniture pattern", "legal links"))
        and word_count(line.text) <= rules.MAX_WORDS_KICKER_ITEM
        and not features(line.text).separated
        and not SECTION_RUN_PUNCTUATION.search(line.text)
        and not link_roles.legal_item(line.text.casefold())
        and line.text.split()[0].casefold() not in rules.link_label_words()
    )


def _label_section_runs(lines: list[Line], labels: Labels) -> None:
    """Relabel as navigation a run of one-item link lines of one block that lists the site's sections
    (:func:`.link_roles.section_run`): a menu set one item per line, read as boilerplate below the text."""
    run: list[int] = []
    for i in range(len(lines) + 1):
        link = i < len(lines) and _one_link_line(lines[i], labels, i)
        if link and (not run or lines[run[-1]].block == lines[i].block):
            run.append(i)
            continue
        reason = link_roles.section_run([lines[j].text for j in run])
        for j in run if reason else ():
            labels[j] = ("navigation", reason)
        run = [i] if link else []


def _label_page_notes(lines: list[Line], labels: Labels, headline: int | None) -> None:
    """Sort furniture into notes about the page (boilerplate) and calendar strips (navigation), :mod:`.page_notes`.

    A dated row, an index of other pages or a furniture note (:func:`.page_notes.furniture_note`: a timetable,
    an event notice, a series number, a consent banner, a donation appeal) is boilerplate wherever it stands;
    above the headline, a line
    read as site chrome that is a note (a sentence, a labelled note, a clock time) is boilerplate, and a
    strip of bare numbers read as a time stamp navigates when a neighbour is navigation or another strip.
    Only the kind between navigation and boilerplate changes.
    """
    above = headline if headline is not None else 0
    for i, line in enumerate(lines):
        kind = labels[i][0]
        if kind == "navigation":
            reason = page_notes.dated_row(line.text) or page_notes.page_index(line.text)
            reason = reason or page_notes.furniture_note(line.text)
            if not reason and i < above and labels[i][1].startswith("above the headline"):
                reason = page_notes.page_note(line.text)
            if reason:
                labels[i] = ("boilerplate", reason)
    for i in range(above):
        if (
            labels[i][0] == "boilerplate"
            and page_notes.calendar_strip(lines[i].text)
            and _beside_navigation(lines, labels, i)
        ):
            labels[i] = ("navigation", "a calendar strip among navigation lines: bare numbers and arrows")


def _label_self_references(lines: list[Line], labels: Labels) -> None:
    """Relabel as boilerplate a body line that speaks of the page as a document (:func:`.page_notes.self_reference`:
    "This interview has been edited for length and clarity."), wherever it stands: the rules that read prose keep
    it as text, but it is a note about the text; so is a credit naming the copy's source
    (:func:`.page_notes.source_credit`) and a dated teaser of another article (:func:`.page_notes.dated_teaser`)."""
    for i, line in enumerate(lines):
        if labels[i][0] == "body" and (
            reason := page_notes.self_reference(line.text)
            or page_notes.source_credit(line.text)
            or page_notes.dated_teaser(line.text)
        ):
            labels[i] = ("boilerplate", reason)


def _label_controls(lines: list[Line], labels: Labels) -> None:
    """Relabel as boilerplate a line read as a caption or as text that is a control's label
    (:func:`.prompts.control_label`): set in a photo's block or between paragraphs, it is neither."""
    for i, line in enumerate(lines):
        if labels[i][0] in ("caption", "body") and (reason := prompts.control_label(line.text)):
            labels[i] = ("boilerplate", reason)


def _label_slides(lines: list[Line], labels: Labels) -> None:
    """Relabel the lines of a photo gallery (:func:`.slides.slide_kinds`): its counters and control rows are
    boilerplate, its captions and credits caption, whatever the rules reading prose and menus made of them."""
    # Cheap gate: a gallery needs counters, and a counter holds a figure.
    if not any(line.text[-1:].isdigit() for line in lines):
        return
    kinds = [labels[i][0] for i in range(len(lines))]
    labels.update(slides.slide_kinds([line.text for line in lines], kinds))


# Kinds the rules reading prose and menus give the furniture of an audio programme's page.
_PROGRAMME_FURNITURE_FROM = ("body", "navigation")


def _label_programme_furniture(lines: list[Line], labels: Labels) -> None:
    """Relabel as boilerplate the furniture of an audio programme's page read as text or as a menu
    (:mod:`.programme`): stage cues, credits, player and platform rows, and the lines of a list of chapters."""
    for i in programme.chapter_lists([line.text for line in lines]):
        if labels[i][0] in _PROGRAMME_FURNITURE_FROM:
            labels[i] = ("boilerplate", "list of chapters: time codes rising, each before a short title")
    for i, line in enumerate(lines):
        if labels[i][0] in _PROGRAMME_FURNITURE_FROM and (
            reason := programme.stage_cue(line.text)
            or programme.credit_roll(line.text)
            or programme.player_row(line.text)
        ):
            labels[i] = ("boilerplate", reason)


# Words a neighbour runs to at least to be a teaser's title: a list of titles holds the headline as one teaser.
MIN_WORDS_TEASER_TITLE = 4


def _label_headline_repeats(lines: list[Line], labels: Labels, headline: int | None) -> None:
    """Relabel as duplicate a line below the headline, read as furniture, that repeats the headline word for word
    under a label of its own ("Next article ›", "You just read:"); a repeat with a teaser's title beside it is
    one item of a list of other articles and stays boilerplate (tests/gold/pages/README.md, line kinds)."""
    if headline is None:
        return
    title = lines[headline].text.strip().casefold()
    for i in range(headline + 1, len(lines)):
        if labels[i][0] != "boilerplate" or lines[i].text.strip().casefold() != title:
            continue
        if not any(_teaser_title(lines[j].text) for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            labels[i] = ("duplicate", f"repeats the headline at {lines[headline].start}, under a label of its own")


def _teaser_title(text: str) -> bool:
    """True when ``text`` is a title of ``MIN_WORDS_TEASER_TITLE`` words or more, one item (no row of links)."""
    return is_headline_like(text, MIN_WORDS_TEASER_TITLE) and len(rules.MENU_SEPARATOR.split(text.strip())) == 1


def _label_feed_fields(lines: list[Line], labels: Labels) -> None:
    """Relabel the lines of a news feed's fields (:func:`.feed_fields.feed_labels`): element names and the values
    of the fields about an item (boilerplate), the title and description of the feed's next item (appended).
    A caption keeps its kind (an image in a field's value is still a photo)."""
    for i, (kind, reason) in feed_fields.feed_labels([line.text for line in lines]).items():
        if labels.get(i, ("",))[0] != "caption":
            labels[i] = (kind, reason)


def _label_post_furniture(lines: list[Line], labels: Labels) -> None:
    """Relabel the furniture of a channel of posts (:mod:`.channel_posts`): a post's stamp, a row of reactions and
    a line of counters become boilerplate, a media placeholder a caption, whatever the other rules said; so do
    the lines of a shared link's preview card read as text.

    Run last, after the headline is found: a post's stamp between two posts keeps the prose of one post from
    reading as a run with the next, so the headline search must see it as it did before it was labelled.
    """
    for i, line in enumerate(lines):
        if labels[i][0] not in _POST_FURNITURE_FROM:
            continue
        if reason := channel_posts.media_placeholder(line.text):
            labels[i] = ("caption", reason)
        # A line already read as furniture keeps the reason it was given.
        elif labels[i][0] != "boilerplate" and (reason := channel_posts.post_furniture(line.text)):
            labels[i] = ("boilerplate", reason)
    texts = [line.text for line in lines]
    for i in range(len(lines)):
        # An address read as the site's chrome names the site, not a shared link; a card holds no headline.
        card = channel_posts.preview_card(texts, i) if labels[i][0] == "boilerplate" else None
        if not card or any(labels[j][0] == "headline" for j in card):
            continue
        for j in card:
            if labels[j][0] == "body":
                labels[j] = ("boilerplate", f"a shared link's preview card under its address (at {lines[i].start})")


# Kinds the furniture of a channel of posts may have been given by the rules that read prose and chrome.
_POST_FURNITURE_FROM = ("body", "navigation", "boilerplate", "appended")


def _beside_navigation(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when a line next to ``i`` is navigation or a calendar strip (a calendar's rows go together)."""
    return any(
        labels[j][0] == "navigation" or page_notes.calendar_strip(lines[j].text)
        for j in (i - 1, i + 1)
        if 0 <= j < len(lines)
    )


# Labels that may sit between two paragraphs of the text (furniture set into it, a photo's caption).
_AROUND_PARAGRAPHS = ("boilerplate", "navigation")


def _nearest_paragraph(labels: Labels, steps: range) -> int | None:
    """Return the first line of ``steps`` that is not furniture or a caption, when it is body; else None."""
    for j in steps:
        if labels[j][0] not in ("boilerplate", "navigation", "caption"):
            return j if labels[j][0] == "body" else None
    return None


def _is_sub_heading(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when line ``i`` is a sub-heading: sentence-case, alone in its block, the next free line a paragraph.

    Magazines break an article with short headings ("Loss and damage"); they are part of
    the text, unlike a stray label ("Advertisement"), which is capitalised or not followed
    by a paragraph (:func:`.rules.sub_heading_shape`).
    """
    if not rules.sub_heading_shape(lines[i].text) or not (
        _alone_in_block(lines, i) or (_unspaced_page(lines) and section_headings.unspaced_sub_heading(lines[i].text))
    ):
        return False
    # Only the next few lines are looked at (a marker may sit between), so the rule stays linear in the page.
    following = next((j for j in range(i + 1, min(i + 1 + SUB_HEADING_LOOKAHEAD, len(lines))) if j not in labels), None)
    return following is not None and (
        is_body_like(lines[following].text)
        or _is_broken_paragraph(lines, following)
        or _introduces_quotation(lines, following)
    )


def _is_inner_heading(lines: list[Line], labels: Labels, i: int) -> bool:
    """True when line ``i`` is a heading inside the article's text: a paragraph directly above, one just below.

    Fact checks and explainers break their text with labels ("CLAIM", "Our verdict",
    "Rating: False") that are part of it. The line has a heading's shape
    (:func:`.rules.inner_heading_shape`), the line directly above it is a paragraph of the
    body, and a paragraph follows within ``SUB_HEADING_LOOKAHEAD`` lines. Furniture between
    paragraphs ("Advertisement", sharing tools) was labelled by the earlier rules.
    """
    if i == 0 or labels.get(i - 1, ("",))[0] != "body" or not rules.inner_heading_shape(lines[i].text):
        return False
    if not (is_body_like(lines[i - 1].text) or rules.prose_sentence(lines[i - 1].text)):
        return False
    # Only the next few lines are looked at, so the rule stays linear in the page.
    following = next((j for j in range(i + 1, min(i + 1 + SUB_HEADING_LOOKAHEAD, len(lines))) if j not in labels), None)
    return following is not None and (
        is_body_like(lines[following].text)
        or _is_broken_paragraph(lines, following)
        or _introduces_quotation(lines, following)
        or _long_running_text(lines[following].text)
    )


def _cut_paragraph(text: str) -> bool:
    """True for a paragraph cut off mid-sentence (by a paywall: "... and the third is the one that"): a long
    stretch of running words (:func:`_long_running_text`) ending on a word no sentence ends on
    (``segmentation_open_endings.txt``). A link title or a web address ends on a name or a noun."""
    words = WORD.findall(text)
    return _long_running_text(text) and bool(words) and words[-1].casefold() in rules.open_endings()


def _long_running_text(text: str) -> bool:
    """True for a long stretch of running words, whatever its last character: a paragraph broken
    before a quotation (", as one trader put it to us,") is still a paragraph."""
    return word_count(text) >= 2 * MIN_WORDS_BODY_PARAGRAPH and rules.running_words(text)


def _in_link_list(lines: list[Line], i: int, labels: Labels | None = None) -> bool:
    """True when line ``i`` and a neighbour in its block are both story titles (a box of links).

    A story's own headline stands alone or under a kicker in capitals; titles set one under
    the other, or each under its own kicker in capitals, with no text between them are links
    to other stories (:func:`.rules.link_title_shape`).
    """
    # A line that ends a sentence before a footnote's mark is a paragraph.
    if not rules.link_title_shape(lines[i].text) or sentence_shape.ends_before_footnote(lines[i].text):
        return False
    # A line of a hard-wrapped paragraph (it wraps on, or the line above wraps onto it) is text; a
    # newspaper column wraps after fewer words than a paragraph's minimum, as many as a link title's.
    if any(_wrapped_paragraph(lines, j, labels, rules.MIN_WORDS_LINK_TITLE) for j in (i - 1, i) if j >= 0):
        return False
    if _wrapped_before_name(lines, i, labels):
        return False
    for step in (-1, 1):
        j = i + step
        # A kicker in capitals over each title ("HORROR SMASH") is passed over.
        while 0 <= j < len(lines) and lines[j].block == lines[i].block and lines[j].text.isupper():
            j += step
        # A link with its own label ("Read more: ...") is a single link, not one of a list.
        # A neighbour already read as text (a live entry's title) is not a link.
        if (
            0 <= j < len(lines)
            and lines[j].block == lines[i].block
            and rules.link_title_shape(lines[j].text)
            and not _pattern_match(lines[j].text, "boilerplate")
            and not record_metadata.record_line(lines[j].text)
            # A byline over a dated paragraph signs an article (a gallery's text below its slides): no second link.
            and not _signs_dated_paragraph(lines, j)
            and (labels is None or labels.get(j, ("",))[0] != "body")
        ):
            return True
    return False


# Lines between a byline and its article's first paragraph: a time stamp ("Updated July 17, 2023 6:48 PM GMT").
MAX_LINES_BYLINE_TO_TEXT = 2


def _signs_dated_paragraph(lines: list[Line], j: int) -> bool:
    """True when line ``j`` is a byline and a paragraph opening with a dateline follows it within
    ``MAX_LINES_BYLINE_TO_TEXT`` lines: the head of an article (title, byline, dated first paragraph), not an
    item of a list of links."""
    if not rules.byline_line(lines[j].text):
        return False
    following = lines[j + 1 : j + 1 + MAX_LINES_BYLINE_TO_TEXT]
    return any(dateline_grammar.first_paragraph_dateline(line.text, DATELINE) is not None for line in following)


class _PullQuoteIndex:
    """The lines of a page by their first ``MIN_WORDS_PULL_QUOTE`` consecutive words, to find pull quotes.

    A pull quote is a line without sentence-final punctuation whose words run, in order,
    inside a longer line of the page (the paragraph it was lifted from). Each line is
    looked up by its first word group only, so the check stays linear in the page.
    """

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.words = [comparison_words(line.text) for line in lines]
        self.groups: dict[tuple[str, ...], list[int]] = {}
        # Only the opening groups of the lines :meth:`source` looks up are indexed, and a group is built only
        # where its first word opens one of them (measured, segmentation CPU per 1,000 bench
        # articles: 10.6 -> 9.7 s).
        wanted = {
            tuple(words[:MIN_WORDS_PULL_QUOTE])
            for words, line in zip(self.words, lines, strict=True)
            if len(words) >= MIN_WORDS_PULL_QUOTE and not features(line.text).ends_sentence
        }
        openers = {group[0] for group in wanted}
        for number, words in enumerate(self.words if wanted else []):
            for k in range(len(words) - MIN_WORDS_PULL_QUOTE + 1):
                if words[k] in openers and (group := tuple(words[k : k + MIN_WORDS_PULL_QUOTE])) in wanted:
                    self.groups.setdefault(group, []).append(number)

    def source(self, i: int) -> Line | None:
        """Return the longer line that line ``i`` repeats as a pull quote, or None."""
        words = self.words[i]
        if len(words) < MIN_WORDS_PULL_QUOTE or features(self.lines[i].text).ends_sentence:
            return None
        joined = f" {' '.join(words)} "
        # Bounded like the near-duplicate candidates, so a page of repeated lines stays linear.
        candidates = self.groups.get(tuple(words[:MIN_WORDS_PULL_QUOTE]), [])[:MAX_CANDIDATES]
        for other in dict.fromkeys(candidates):
            if other != i and len(self.words[other]) > len(words) and joined in f" {' '.join(self.words[other])} ":
                return self.lines[other]
        return None


def _introduces_quotation(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is a paragraph whose quotation goes on in the next line ("... said in a statement:").

    The line has a paragraph's length (or is a short run of lower-case words after the first,
    "He continued:", or the end of a hard-wrapped sentence: "on Tuesday:" under a paragraph's line of its block
    without closing punctuation) and ends with a colon; the next line opens with a quotation mark.
    """
    text = lines[i].text
    # A short introduction ("He continued:") reads as running words: a pronoun or name and a verb.
    long_enough = word_count(text) >= MIN_WORDS_BODY_PARAGRAPH or (
        word_count(text) >= 2 and rules.running_words(text) and not _is_furniture(text)
    )
    # An e-mail's or a reader view's wrap leaves the sentence's last words alone on the line (round 15).
    long_enough = long_enough or (
        i > 0
        and lines[i - 1].block == lines[i].block
        and word_count(lines[i - 1].text) >= MIN_WORDS_BODY_PARAGRAPH
        and not features(lines[i - 1].text).ends_sentence
    )
    # A quoted message's blank line (">") may stand between the introduction and its quotation.
    following = next((line.text for line in lines[i + 1 : i + 3] if line.text.strip("> \t")), "")
    return long_enough and text.endswith(":") and following.startswith(tuple(rules.OPENING_QUOTES))


def _is_salutation(lines: list[Line], i: int) -> bool:
    """True when line ``i`` is a salutation opening the text below it ("Dear readers,", "Good evening all,").

    A letter or a newsletter greets its readers on a line of its own: a few running words
    (lower case after the first) closed by a comma, alone in its block, and a paragraph next.
    A byline or a menu item is not closed by a comma.
    """
    text = lines[i].text
    return (
        text.endswith(",")
        and 2 <= word_count(text) <= MAX_WORDS_STRAY_LINE
        and rules.running_words(text)
        and _alone_in_block(lines, i)
        and i + 1 < len(lines)
        and is_body_like(lines[i + 1].text)
    )


def _wrapped_paragraph(
    lines: list[Line], i: int, labels: Labels | None = None, min_words: int = MIN_WORDS_BODY_PARAGRAPH
) -> bool:
    """True when line ``i`` opens or goes on with a paragraph hard-wrapped onto the next line of its block.

    Reader views and e-mailed copy wrap paragraphs at a fixed width: the line has a
    paragraph's length (``min_words``; a printed column's lines are shorter), no closing
    punctuation, and the next line carries its sentence on (:func:`.rules.continues_on_next_line`)
    in words (:func:`_continuation_line`), not a bare name ("site.com"), and is not furniture
    (a headline over "by Jane Roe" or "date 2023-07-17");
    and the next line's first word would not have fitted on it (:func:`.rules.wrap_fits`).
    """
    text = lines[i].text
    return (
        word_count(text) >= min_words
        and i + 1 < len(lines)
        and lines[i + 1].block == lines[i].block
        and (labels is None or labels.get(i + 1, ("body",))[0] == "body")
        and _continuation_line(lines[i + 1].text)
        and rules.continues_on_next_line(text, lines[i + 1].text)
        and rules.wrap_fits(text, lines[i + 1].text)
    ) or _column_line(lines, i, labels)


def _wrapped_before_name(lines: list[Line], i: int, labels: Labels | None = None) -> bool:
    """True when line ``i`` is a hard-wrapped paragraph's line broken before a name, its next two lines in its
    block and not labelled otherwise (:func:`.wrapped_lines.wraps_before_name`)."""
    return (
        i + 2 < len(lines)
        and lines[i + 2].block == lines[i + 1].block == lines[i].block
        and (labels is None or all(labels.get(j, ("body",))[0] == "body" for j in (i + 1, i + 2)))
        and wrapped_lines.wraps_before_name(lines[i].text, lines[i + 1].text, lines[i + 2].text)
    )


def _column_line(lines: list[Line], i: int, labels: Labels | None = None) -> bool:
    """True when line ``i`` is a line of a narrow column of text (a print edition's text layer) that the next
    line of its block, not labelled otherwise nor a byline, a time stamp or an address, carries on
    (:func:`.column_text.column_wrap`).
    """
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    return (
        bool(following)
        and lines[i + 1].block == lines[i].block
        and (labels is None or labels.get(i + 1, ("body",))[0] == "body")
        and not (
            rules.byline_line(following) or rules.timestamp_line(following) or headline_rules.joined_token(following)
        )
        and column_text.column_wrap(
            lines[i].text,
            following,
            lines[i - 1].text if i > 0 and lines[i - 1].block == lines[i].block else "",
            lines[i + 2].text if i + 2 < len(lines) and lines[i + 2].block == lines[i].block else "",
        )
    )


def _continuation_line(text: str) -> bool:
    """True when ``text`` can carry a wrapped sentence on: ``MAX_WORDS_STRAY_LINE``+ words, no byline or stamp,
    nor one token joined by punctuation (an address: :func:`.headline_rules.joined_token`)."""
    return word_count(text) >= MAX_WORDS_STRAY_LINE and not (
        rules.byline_line(text)
        or rules.timestamp_line(text)
        or rules.line_with_stamp(text)
        or headline_rules.joined_token(text)
    )


def _unspaced_page(lines: list[Line]) -> bool:
    """True when the page sets no blank line anywhere (one block): a print edition's text layer, an export that
    dropped them. There no line can stand alone in its block, and a sub-heading is told by its shape and the
    paragraph under it only (:func:`.section_headings.unspaced_sub_heading`)."""
    return bool(lines) and lines[0].block == lines[-1].block


def _alone_in_block(lines: list[Line], i: int) -> bool:
    """True when line ``i`` has a blank line above and below it (a paragraph set apart)."""
    return all(lines[j].block != lines[i].block for j in (i - 1, i + 1) if 0 <= j < len(lines))


# What a digest's items may have been read as before the digest is seen: text (kept or appended) or, for an
# item below the page's footer, furniture.
_DIGEST_ITEM_FROM = {"headline", "body", "appended", "boilerplate"}
# Items of a row of links ("e-Paper   Subscribe   Sign In") are set apart by runs of spaces; a title's words are not.
WIDE_SPACE = "   "


def _opens_item(text: str) -> bool:
    """True when ``text`` opens with a dateline naming an agency or date, or an upper-case place and a dash.

    A dateline closed by a colon is left out: "KOROLEV:", "BREAKING:", "PHOTO:" open a speaker's turn, an
    alert or a caption as often as an item.
    """
    found = dateline_grammar.agency_dateline(text) or dateline_grammar.first_paragraph_dateline(text, DATELINE)
    return found is not None and not found[0].rstrip().endswith(":")


def _digest_title(text: str) -> bool:
    """True when ``text`` is shaped like a title of a digest or of its items: headline-like, long enough not to
    be a kicker, neither a credit, a byline, a time stamp nor a row of links set apart by wide spaces."""
    return (
        is_headline_like(text, MIN_WORDS_HEADLINE_NEAR_BODY)
        and WIDE_SPACE not in text
        and not headline_rules.credit_line(text)
        and not rules.byline_line(text)
        and not rules.timestamp_line(text)
    )


def _label_digest_items(lines: list[Line], labels: Labels) -> None:
    """Relabel a digest page (:mod:`.digest`): its title is the headline, its lead item the article (body),
    its other items appended stories, and text outside the items furniture; a paginated bulletin whose lead
    story has a head of its own (:func:`.digest.lead_head`) is relabelled by :func:`_label_digest_head`. Run
    last: the items are found by their datelines and prose, whatever the other rules made of them."""
    texts = [line.text for line in lines]
    # Most pages hold fewer than two dated paragraphs: the page furniture is then not looked for (pagination
    # cost 0.48 ms per dev page, about 3 % of the pass, measured on the 224 dev pages).
    if len(digest.dateline_openings(texts, _opens_item)) < digest.MIN_BULLETIN_ITEMS:
        return
    # Page furniture (running heads and feet, page numbers, footnotes) neither opens nor closes an item: the
    # items are read on the page without it, and a paragraph cut by a page break runs on (issue 11, round 15).
    running = pagination.running_lines(texts)
    furniture = pagination.page_furniture(texts, running) | print_views.break_furniture(texts)
    kept = [i for i in range(len(lines)) if i not in furniture]
    view = [lines[i] for i in kept]
    # A caption may open with a dateline too ("FILE - In this photo ..."); it opens no item.
    view_texts = [line.text for line in view]
    openings = [k for k in digest.dateline_openings(view_texts, _opens_item) if labels[kept[k]][0] != "caption"]
    least = digest.MIN_BULLETIN_ITEMS if running else digest.MIN_DIGEST_ITEMS
    items = digest.digest_items(view_texts, openings, _is_prose, _digest_title, lambda k: _carried_on(view, k), least)
    if not items:
        return
    lead = digest.lead_item(view_texts, items)
    head = digest.lead_head(view_texts, lead, _digest_title)
    if head is not None:
        whole = digest.run_on(view_texts, items, lead, _is_prose, lambda k: _carried_on(view, k))
        where = items.index(lead)
        items = [item.mapped(kept) for item in items[:where] + [whole] + items[where + 1 :]]
        _label_digest_head(lines, labels, head.mapped(kept), items, items[where], furniture)
        return
    if len(items) < digest.MIN_DIGEST_ITEMS:
        # Two dated items are a bulletin only when its story is set under a head of its own.
        return
    items = [item.mapped(kept) for item in items]
    lead = digest.lead_item(texts, items)
    title = digest.page_title(texts, items[0].start, _site_menu, _digest_title)
    _label_items(labels, items, lead)
    in_items = {i for item in items for i in item.lines()}
    for i in range(title if title is not None else items[0].start, len(lines)):
        if i not in in_items and labels[i][0] in ("headline", "body"):
            labels[i] = ("boilerplate", "a digest page's text outside its items (greeting, sponsor, sign-up)")
    if title is None:
        return
    for i in range(title):
        if labels[i][0] in ("headline", "body"):
            labels[i] = ("navigation", "above a digest page's title: site chrome")
    labels[title] = ("headline", "a digest page's title: the first title line below the site's menus")
    for i in range(title + 1, items[0].start):
        if labels[i][0] == "navigation" and not _site_menu(lines[i].text):
            labels[i] = ("boilerplate", "between a digest page's title and its first item: its furniture")


def _label_items(labels: Labels, items: list[digest.Item], lead: digest.Item) -> None:
    """Relabel a digest's items: the lead item body, the others appended stories."""
    for item in items:
        kind = "body" if item is lead else "appended"
        why = "the lead item of a digest page (most words)" if item is lead else "another item of a digest page"
        for i in item.lines():
            # An item's title repeats its entry in the page's contents: it is the title still, not a copy.
            if labels[i][0] in _DIGEST_ITEM_FROM or (i == item.title and labels[i][0] == "duplicate"):
                labels[i] = (kind, why)


def _label_digest_head(
    lines: list[Line],
    labels: Labels,
    head: digest.Head,
    items: list[digest.Item],
    lead: digest.Item,
    furniture: frozenset[int],
) -> None:
    """Relabel a bulletin whose lead item is set as an article (:func:`.digest.lead_head`): its title is the
    headline, its key-points box body, the other items appended; its desk line and the page furniture
    (:mod:`.pagination`) are boilerplate, a section head over an item navigation, other text between the
    items furniture, and a headline read above the lead's title chrome."""
    _label_items(labels, items, lead)
    labels[head.title] = ("headline", "the title of a bulletin's lead story, above its desk line or key points")
    for i in head.box:
        labels[i] = ("body", "a key-points box of a bulletin's lead story, above its dateline")
    in_head = {i for item in items for i in item.lines()} | set(head.box) | {head.title}
    first = min(items[0].start, head.title)
    for i in furniture | ({head.desk} - {None}):
        labels[i] = ("boilerplate", "page furniture of a bulletin (running head or foot, page number, footnote)")
    for i in {item.start - 1 for item in items} | {head.title - 1}:
        if i >= 0 and i not in in_head and digest.section_head(lines[i].text):
            labels[i] = ("navigation", "a bulletin's section head over an item")
    for i in range(len(lines)):
        if i in in_head or labels[i][0] not in ("headline", "body"):
            continue
        labels[i] = (
            ("navigation", "above a bulletin's first item: its masthead")
            if i < first
            else ("boilerplate", "a bulletin's text outside its items (section heads, desk lines, page furniture)")
        )


def _carried_on(lines: list[Line], i: int) -> bool:
    """True when line ``i`` goes on in the next line: a sentence broken by the scrape, or a quotation's introduction."""
    return i + 1 < len(lines) and (
        rules.continues_on_next_line(lines[i].text, lines[i + 1].text) or _introduces_quotation(lines, i)
    )


def _site_menu(text: str) -> bool:
    """True when ``text`` is a menu of the site (:func:`.rules.menu_line`), not a row of sharing buttons."""
    return bool(rules.menu_line(text)) and not rules.sharing_line(text)


def _label_wiki_chrome(lines: list[Line], labels: Labels, headline: int | None) -> None:
    """Relabel the chrome of a wiki skin by what each line does (:func:`.wiki_chrome.wiki_kinds`): its boxes, tabs
    and tools, its tagline and its ``[edit]`` section heads, whatever the position rules made of them."""
    kinds = [labels[i][0] for i in range(len(lines))]
    texts = [line.text for line in lines]
    for i, pair in wiki_chrome.wiki_kinds(texts, kinds, headline, reference_works.is_reference_work(texts)).items():
        labels[i] = pair


def _label_site_tools(lines: list[Line], labels: Labels) -> None:
    """Relabel as navigation a furniture line that is only a site tool (:func:`.site_tools.site_tool`: a search box,
    the menu button, a jump link), and as boilerplate a chrome line that is a font-size control of the article
    (:func:`.site_tools.font_size_row`), wherever the position rules put them (round 13)."""
    for i, line in enumerate(lines):
        if labels[i][0] == "boilerplate" and (reason := site_tools.site_tool(line.text)):
            labels[i] = ("navigation", reason)
        elif labels[i][0] == "navigation" and (reason := site_tools.font_size_row(line.text)):
            labels[i] = ("boilerplate", reason)


def _label_notes_by_content(lines: list[Line], labels: Labels) -> None:
    """Relabel as body an editor's note about the story read as furniture (:func:`.page_notes.story_note`), and as
    boilerplate the author's notes read as the text's last lines (:func:`.page_notes.closing_author_notes`): a note
    about who wrote the article, set after its last paragraph, is furniture about it."""
    for i, line in enumerate(lines):
        if labels[i][0] == "boilerplate" and page_notes.story_note(line.text):
            labels[i] = ("body", "an editor's note about the story: the site's own text (not a version note)")
    kinds = [labels[i][0] for i in range(len(lines))]
    for i in page_notes.closing_author_notes([line.text for line in lines], kinds):
        labels[i] = ("boilerplate", "an author's note after the last paragraph: a name, a verb of the job and a post")


def _label_later_feed_items(lines: list[Line], labels: Labels) -> None:
    """Relabel the later items of a feed saved field by field (:func:`.feed_fields.later_titles`): below the
    article, each title field's value and the prose read as text after it (a description) are an appended
    story; other lines read as text there are the items' field values (link, identifier): furniture. The title
    and description fields' values of every item after the first (:func:`.feed_fields.later_item_texts`) are
    appended too, whatever the rules made of them."""
    texts = [line.text for line in lines]
    for i in feed_fields.later_item_texts(texts):
        if labels[i][0] != "caption":
            labels[i] = ("appended", "a later item of a feed: the value of its title or description field")
    first_body = next((i for i in range(len(lines)) if labels[i][0] == "body"), None)
    if first_body is None:
        return
    titles = feed_fields.later_titles(texts, first_body)
    if not titles:
        return
    for i in range(titles[0], len(lines)):
        if i in titles or (labels[i][0] == "body" and _is_prose(lines[i].text)):
            labels[i] = ("appended", "a later item of a feed: its title field's value or its text")
        elif labels[i][0] == "body":
            labels[i] = ("boilerplate", "a field's value of a later item of a feed (link, identifier)")
