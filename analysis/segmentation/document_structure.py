"""Short structural lines of a document's own text: headings, key figures, tables, salutations (issue 11, round 19).

Reports, letters pages and digests set their text with short lines of their own between the paragraphs: a
report's section heads in capitals ("KEY FIGURES") and sector heads ("Shelter"), key-figure lines ("12,000 people
displaced"), the rows of a table flattened into text ("Food   1,200   300   25%"), a letter's salutation ("Madam,",
"To the Editor:") and its heading, a digest item's heading naming its source ("River Post (40K subscribers)").
The furniture rules read them by their shape alone (a short line without a sentence's end is a menu item, a stray
line, a link title) and take them from the text. What tells them from furniture is WHERE they stand and WHAT
follows: inside the run of body paragraphs, with the text going on right below them.

The page's facts are read once (:class:`BodySpan`: the headline and the first and last paragraph of the text), then
each rule reads a line or a run of lines against them (:func:`relabel`):

* :func:`table_rows` - a header row and two rows or more sharing its column layout (a label, then as many
  figures in every row), with the text just above;
* :func:`salutations` - a letter's salutation (``segmentation_salutations.txt``) over a paragraph, and the
  heading line right above it;
* :func:`item_headings` - a heading over an item's time stamp line and its paragraph, the text just above;
* :func:`inner_runs` - a short run of heading or key-figure lines with a paragraph of the text right above and
  right below it; the first such run may open the text right under the headline when it is one line in capitals.

The same lines at the top or the foot of a page (menus, related links, footers) have no paragraph of the text on
both sides, or are longer runs, or hold a mark of the site's furniture (``has_evidence``): they stay furniture.

Measured (dev, 288 pages): body kept 4,043 -> 4,110 of 4,137; on the four styles that moved to dev in round 19
(situation reports, embassy statements, channel digests, letters pages) 248 -> 315 of 324; no line of another gold
kind taken (noise excluded 7,358 / 7,428 and right kind 7,263 / 7,428 unchanged), no other style's figures changed.
Headings and key figures are not paragraphs for the dateline search of ``segment_records``
(:func:`heading_or_figure`): a report's dateline below its key figures is found as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import rules
from .line_features import features

# Kinds a furniture rule gives a line that these rules may take back for the text.
NOISE_KINDS = ("boilerplate", "navigation")
# A structural line is short: a heading, a figure and its label, a table's row.
MAX_WORDS_STRUCTURAL = 10
# A run of structural lines between two paragraphs is short; a menu or a list of links is longer.
MAX_RUN_LINES = 6
# A heading opening the text under the headline is a single short line in capitals ("SUMMARY").
MAX_WORDS_OPENING_HEADING = 4
# A table has a header row and at least this many rows of figures.
MIN_TABLE_ROWS = 2
# ... each row a label and at least this many figures.
MIN_TABLE_FIGURES = 2
# Lines of the text's furniture between a paragraph and a table, an item heading or a letter (a heading, a
# signature, a translator's note).
MAX_LINES_AFTER_TEXT = 3
# A figure: digits with thousands separators or a decimal part, a unit or a share ("1,200", "2.9M", "31%").
FIGURE = re.compile(r"^[(]?[$€£]?\d(?:[\d.,]*\d)?(?:[%MKk]|bn|m)?[)]?$")
# A line opening with a figure, possibly after a currency ("4,300 people", "US$ 4.6M appeal").
FIGURE_OPENING = re.compile(r"^(?:[A-Z]{0,3}[$€£]\s?)?\d")
# Columns of a table set with wide spaces or bars.
COLUMN_GAP = re.compile(r"\s{2,}|\s*\|\s*|\t")
# A clock time in an item's stamp line ("09:12 · 👁 418K").
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
# A digest item's heading is short ("3. River Post — 40,000 subscribers — 09:12 — 81,000 views").
MAX_WORDS_ITEM_HEADING = 14
# "2. ", "3) ": the number of an item.
ITEM_NUMBER = re.compile(r"^\d{1,2}[.)]\s+\S")
# Numbered headings over paragraphs are a digest's items when the page has at least this many.
MIN_NUMBERED_ITEMS = 2
# A text set in sections already keeps at least this many headings.
MIN_KEPT_HEADINGS = 2
# A heading in capitals has a word of at least this many letters ("WASH"; record codes: "LP", "TD").
MIN_LETTERS_CAPITALS_WORD = 4
# A key figure's label: at least this many words after the figure ("1,265 deaths" has one).
MIN_KEY_FIGURE_WORDS = 1
# Marks of a list's items ("• 4,000 people ...").
BULLETS = ("•", "-", "–", "*")
# A line of the text this long is a paragraph, though a fixed-width wrap took its sentence's end to the next line.
MIN_WORDS_PARAGRAPH = 8
# A line introducing a quotation ("The channel's editor wrote:") has at least this many words.
MIN_WORDS_INTRODUCTION = 4
# An endnote's mark ("[2] Ministry statement, 17 July").
NOTE_MARK = re.compile(r"^\[\d{1,3}\]")
# A page's items over their stamp lines are a digest's when there are at least this many.
MIN_STAMPED_ITEMS = 2
# An item's stamp line is short.
MAX_WORDS_STAMP_LINE = 12


@dataclass(frozen=True)
class BodySpan:
    """The page's facts the line rules read: the headline's index (or -1), and the first and last line of the text
    that reads as a paragraph (kind body; -1 when there is none)."""

    headline: int
    first: int
    last: int

    def inside(self, i: int) -> bool:
        """True when line ``i`` stands below the text's first paragraph and above its last."""
        return self.first < i < self.last


@lru_cache(maxsize=1)
def salutation_words() -> frozenset[str]:
    """Return the salutations that open a letter (``segmentation_salutations.txt``), case-folded, without their
    closing comma or colon."""
    with resources.files("analysis.data").joinpath("segmentation_salutations.txt").open(encoding="utf-8") as f:
        return frozenset(line.strip().casefold() for line in f if line.strip() and not line.startswith("#"))


def salutation_line(text: str) -> bool:
    """True when ``text`` is a letter's salutation alone on its line: a phrase of ``salutation_words`` and a comma
    or colon ("Sir,", "To the Editor:")."""
    stripped = text.strip()
    return stripped.endswith((",", ":")) and stripped[:-1].strip().casefold() in salutation_words()


def paragraph_line(kind: str, text: str) -> bool:
    """True for a line of the text that reads as a paragraph or an item of it: kind body, and a sentence's end, a
    colon introducing a quotation, ``MIN_WORDS_PARAGRAPH`` words or more (a paragraph wrapped across lines), or a
    list item ("• ..."); never an endnote ("[2] ..."), which closes a text."""
    if kind != "body" or NOTE_MARK.match(text):
        return False
    record = features(text)
    return (
        record.ends_sentence
        or record.word_count >= MIN_WORDS_PARAGRAPH
        or text.endswith(":")
        and record.word_count >= MIN_WORDS_INTRODUCTION
        or text.startswith(BULLETS)
    )


def body_span(kinds: Sequence[str], texts: Sequence[str], headline: int | None) -> BodySpan:
    """Return the page's :class:`BodySpan`: where the text's paragraphs start and end. Read once per page."""
    # Only lines that close a sentence, or list items, mark where the text starts: a long line of metadata under
    # the headline ("Reporting period: ...") reads as a wrapped paragraph to :func:`paragraph_line`.
    paragraphs = [
        i
        for i, kind in enumerate(kinds)
        if paragraph_line(kind, texts[i]) and (features(texts[i]).ends_sentence or texts[i].startswith(BULLETS))
    ]
    if not paragraphs:
        return BodySpan(-1 if headline is None else headline, -1, -1)
    return BodySpan(-1 if headline is None else headline, paragraphs[0], paragraphs[-1])


def heading_shape(text: str) -> bool:
    """True for a heading line: at most ``MAX_WORDS_STRUCTURAL`` words, a capital or figure first, no sentence's
    end, no clause punctuation at its end."""
    record = features(text)
    if not 1 <= record.word_count <= MAX_WORDS_STRUCTURAL or record.ends_sentence:
        return False
    return text[:1].isupper() or text[:1].isdigit() and not text.endswith((",", ";", ":"))


def structural_line(text: str) -> bool:
    """True for a line that may head or list within a text: a heading or a key figure (:func:`heading_shape`)."""
    return heading_shape(text) and not text.endswith((",", ";", ":"))


def _columns(text: str) -> list[str]:
    """Return the cells of a table row: split at wide spaces or bars, else at single spaces."""
    cells = [cell for cell in COLUMN_GAP.split(text.strip()) if cell]
    return cells if len(cells) > 1 else text.split()


def row_figures(text: str) -> int:
    """Return how many figures close ``text`` as a table row (a label, then figures only), 0 when it is not one."""
    cells = _columns(text)
    count = 0
    for cell in reversed(cells):
        if not FIGURE.match(cell):
            break
        count += 1
    label = cells[: len(cells) - count]
    if count < MIN_TABLE_FIGURES or not label or features(text).ends_sentence:
        return 0
    return count


def table_rows(kinds: Sequence[str], texts: Sequence[str], span: BodySpan) -> dict[int, str]:
    """Return the lines of the tables set in the text, with a reason: a header row (no figures, at least as many
    cells as a row) over ``MIN_TABLE_ROWS`` rows or more that close with the same number of figures, the text's
    paragraph within ``MAX_LINES_AFTER_TEXT`` lines above the header (a title line may stand between).

    Market tickers and score boxes at the page's top or foot have no paragraph above them, or no header row."""
    found: dict[int, str] = {}
    i = span.first + 1
    while 0 < i < len(texts):
        width = row_figures(texts[i]) if span.first >= 0 else 0
        if not width:
            i += 1
            continue
        end = i
        while end + 1 < len(texts) and row_figures(texts[end + 1]) == width:
            end += 1
        header = i - 1
        # A title over the header row ("Funding by sector") is the table's.
        top = header - 1 if header > 0 and _table_title(texts[header - 1]) else header
        if end - i + 1 >= MIN_TABLE_ROWS and _table_header(texts[header], width) and _after_text(kinds, texts, top):
            for j in range(top, end + 1):
                found[j] = f"a table in the text: a header row and {end - i + 1} rows of {width} figures"
        i = end + 1
    return found


def _table_header(text: str, width: int) -> bool:
    """True for a table's header row: no figure, no sentence, at least ``width`` + 1 cells."""
    return not any(map(str.isdigit, text)) and not features(text).ends_sentence and len(_columns(text)) >= width + 1


def _table_title(text: str) -> bool:
    """True for a table's title line: a heading (:func:`structural_line`), no separator, no table row."""
    return structural_line(text) and not features(text).separated and not row_figures(text)


def _after_text(kinds: Sequence[str], texts: Sequence[str], i: int) -> bool:
    """True when a paragraph of the text stands within ``MAX_LINES_AFTER_TEXT`` lines above line ``i``."""
    return any(paragraph_line(kinds[j], texts[j]) for j in range(max(0, i - 1 - MAX_LINES_AFTER_TEXT), i))


def salutations(kinds: Sequence[str], texts: Sequence[str], span: BodySpan) -> dict[int, str]:
    """Return a letter's salutation over a paragraph of the text, and the heading line right above the salutation
    (the letter's title), with a reason. Below the headline only: a page's top holds no letter."""
    found: dict[int, str] = {}
    for i in range(max(span.headline + 1, 0), len(texts)):
        if salutation_line(texts[i]) and i + 1 < len(texts) and paragraph_line(kinds[i + 1], texts[i + 1]):
            found[i] = "a letter's salutation over its first paragraph"
        elif not (kinds[i] == "body" and salutation_opening(texts[i])):
            continue
        if i - 1 > span.headline and structural_line(texts[i - 1]) and not salutation_line(texts[i - 1]):
            found[i - 1] = "a letter's heading, right above its salutation"
    return found


def salutation_opening(text: str) -> bool:
    """True when ``text`` is a paragraph opening with a letter's salutation ("MADAM, The council said ..."), as
    print pages run it in."""
    head, mark, rest = text.partition(",")
    return bool(mark and rest.strip()) and head.strip().casefold() in salutation_words()


def stamp_line(text: str) -> bool:
    """True for an item's time stamp line ("09:12 · 👁 418K", "20 May, 11:30"): a clock time, a few words."""
    return CLOCK.search(text) is not None and features(text).word_count <= MAX_WORDS_STAMP_LINE


def item_headings(kinds: Sequence[str], texts: Sequence[str], span: BodySpan) -> dict[int, str]:
    """Return the headings of a digest's items, with a reason, below the text's first paragraph: a heading line
    (:func:`structural_line`) over the item's stamp line (:func:`stamp_line`) and its first paragraph, or a
    numbered heading ("2. River Post — 40K subscribers") over its paragraph (or its stamp line and paragraph) when
    another numbered line of the page heads a paragraph so (a ranked list of links heads none)."""
    numbered: list[int] = []
    stamped: list[int] = []
    for i in range(span.first + 1, len(texts) - 1):
        if features(texts[i]).word_count > MAX_WORDS_ITEM_HEADING or features(texts[i]).ends_sentence:
            continue
        body = i + 2 if stamp_line(texts[i + 1]) else i + 1
        if body >= len(texts) or not paragraph_line(kinds[body], texts[body]):
            continue
        if ITEM_NUMBER.match(texts[i]):
            numbered.append(i)
        elif body == i + 2 and _item_title(texts[i]):
            stamped.append(i)
    found: dict[int, str] = {}
    if len(stamped) >= MIN_STAMPED_ITEMS:
        found.update(
            (i, f"an item's heading over its time stamp and paragraph, one of {len(stamped)}") for i in stamped
        )
    if len(numbered) >= MIN_NUMBERED_ITEMS:
        found.update((i, f"a numbered item's heading over its paragraph, one of {len(numbered)}") for i in numbered)
    return found


def _item_title(text: str) -> bool:
    """True for an item's title over its stamp line: a heading (:func:`structural_line`), not itself a stamp, a
    byline or a time stamp (the article's own byline stands over its date once)."""
    return (
        structural_line(text)
        and not stamp_line(text)
        and rules.byline_line(text) is None
        and rules.timestamp_line(text) is None
    )


def inner_runs(
    kinds: Sequence[str], texts: Sequence[str], span: BodySpan, has_evidence: Callable[[str], bool]
) -> dict[int, str]:
    """Return the lines of short runs of headings and key figures set between two paragraphs of the text, with a
    reason.

    A run is at most ``MAX_RUN_LINES`` consecutive lines labelled furniture without a mark of the site's furniture,
    each a heading in capitals (:func:`capitals_heading`) or a key figure (:func:`key_figure`), with a paragraph of
    the text right above and right below; key figures follow a heading in their run ("KEY FIGURES"). A single
    heading in sentence case (:func:`.rules.sub_heading_shape`) between two paragraphs is one too when the text
    already has ``MIN_KEPT_HEADINGS`` such headings (the page's fact: its text is set in sections); an advertising
    label between two paragraphs of an unsectioned text is not. Right under the headline, a single heading in
    capitals over the text's first paragraph opens the text."""
    found: dict[int, str] = {}
    sectioned = sum(kinds[j] == "body" and _kept_heading(texts[j]) for j in range(span.first, span.last)) >= (
        MIN_KEPT_HEADINGS
    )
    i = max(span.headline + 1, 0)
    while i < len(texts):
        if not _run_line(kinds[i], texts[i], has_evidence):
            i += 1
            continue
        end = i
        while end + 1 < len(texts) and _run_line(kinds[end + 1], texts[end + 1], has_evidence):
            end += 1
        run = texts[i : end + 1]
        below = end + 1 < len(texts) and paragraph_line(kinds[end + 1], texts[end + 1])
        above = i > 0 and paragraph_line(kinds[i - 1], texts[i - 1])
        if below and above and _heads_run(run) and len(run) <= MAX_RUN_LINES:
            for j in range(i, end + 1):
                found[j] = f"a run of {len(run)} heading or key-figure lines between two paragraphs of the text"
        elif below and above and sectioned and len(run) == 1 and rules.sub_heading_shape(run[0]):
            found[i] = "a section heading between two paragraphs of a text set in sections"
        elif below and len(run) == 1 and end + 1 == span.first and capitals_heading(run[0]):
            found[i] = "a heading in capitals opening the text under the headline"
        i = end + 1
    return found


def capitals_heading(text: str) -> bool:
    """True for a heading in capitals ("KEY FIGURES"): at most ``rules.MAX_WORDS_SUB_HEADING`` words, one of at least
    ``MIN_LETTERS_CAPITALS_WORD`` letters (record codes are shorter), no figure, no separator, no sentence."""
    record = features(text)
    return (
        text.isupper()
        and record.word_count <= rules.MAX_WORDS_SUB_HEADING
        and any(len(word) >= MIN_LETTERS_CAPITALS_WORD for word in record.words)
        and not any(map(str.isdigit, text))
        and not record.separated
        and structural_line(text)
    )


def key_figure(text: str) -> bool:
    """True for a key-figure line ("2,100 families reached", "US$ 3M appeal, 40% funded"): a figure first, then
    at least ``MIN_KEY_FIGURE_WORDS`` words, one of them lower case, no separator, no clock time, no sentence."""
    record = features(text)
    words = [word for word in record.words if word.isalpha()]
    return (
        FIGURE_OPENING.match(text) is not None
        and structural_line(text)
        and not record.separated
        and not CLOCK.search(text)
        and len(words) >= MIN_KEY_FIGURE_WORDS
        and any(word.islower() for word in words)
    )


def heading_or_figure(text: str) -> bool:
    """True for a heading in capitals or a key figure (:func:`capitals_heading`, :func:`key_figure`): a line of the
    text's structure, not one of its paragraphs (a dateline looked for below the first paragraphs skips them)."""
    return capitals_heading(text) or key_figure(text)


def _kept_heading(text: str) -> bool:
    """True for a heading of the text's sections, however it was kept: in capitals, sentence case, or numbered."""
    return not features(text).ends_sentence and (
        capitals_heading(text) or rules.sub_heading_shape(text) or ITEM_NUMBER.match(text) is not None
    )


def _run_line(kind: str, text: str, has_evidence: Callable[[str], bool]) -> bool:
    """True for a line that may stand in a run of headings: furniture by a rule, a heading or a figure, no mark of
    the site's furniture."""
    return (
        kind in NOISE_KINDS
        and (capitals_heading(text) or key_figure(text) or rules.sub_heading_shape(text))
        and not has_evidence(text)
    )


def _heads_run(run: Sequence[str]) -> bool:
    """True when a run of lines is headings in capitals and key figures, a heading first."""
    return capitals_heading(run[0]) and all(capitals_heading(text) or key_figure(text) for text in run)


def relabel(
    texts: Sequence[str],
    labels: dict[int, tuple[str, str]],
    headline: int | None,
    has_evidence: Callable[[str], bool],
) -> dict[int, tuple[str, str]]:
    """Return body for the short structural lines of the text that furniture rules took (module docstring).

    The page's facts (:func:`body_span`) are read once; the rules run in order, each seeing the lines the ones
    before it gave back (a table below a title, a title over a table). Only lines labelled boilerplate or
    navigation change. Linear in the number of lines."""
    kinds = [labels[i][0] for i in range(len(texts))]
    span = body_span(kinds, texts, headline)
    changed: dict[int, tuple[str, str]] = {}
    if span.first < 0:
        return changed
    for rule in (
        lambda: table_rows(kinds, texts, span),
        lambda: salutations(kinds, texts, span),
        lambda: item_headings(kinds, texts, span),
        lambda: inner_runs(kinds, texts, span, has_evidence),
    ):
        for i, reason in rule().items():
            if kinds[i] in NOISE_KINDS and not has_evidence(texts[i]):
                changed[i] = ("body", f"{reason} (was {kinds[i]}: {labels[i][1]})")
                kinds[i] = "body"
    return changed
