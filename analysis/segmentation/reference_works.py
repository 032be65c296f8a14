"""The furniture of a reference work's article page: encyclopedias, wikis and their mirrors (issue 11, round 21).

An article of an encyclopedia (and of any page built like one: a wiki, a mirror copying it, a mobile skin) prints
around its text boxes that are no prose of the article and that the position rules misread, because several are
sentences and several stand between the title and the lead:

- hatnotes (``For the … see …``, ``… redirects here``) and maintenance banners (``This article needs …``), the
  template boxes of a series sidebar or a navbox (rows of ``segmentation_reference_works.csv``);
- an infobox flattened into ``Label<TAB>value`` rows, with its title row (the article's title again), a subtitle
  (``Part of …``) and a photo's caption between the title and the rows;
- a table of contents: a ``Contents`` header over numbered entries (``1 …``, ``2.1 …``, ``4. …``) and toggles;
- a reference or notes list: citation-shaped lines (``^ "Title". Outlet. …``, ``1. ^ …``, ``Retrieved <date>``,
  ``Archived from the original``), boilerplate wherever they stand (round 15 and 20's rulings).

The rulings of tests/gold/pages/styles_round15_a.md and styles_round20_a.md make them boilerplate (captions stay
captions). :func:`label_early` labels them before the headline is looked for, so that the infobox rows and the
contents entries are not taken for the title and the banners not for the first paragraph; :func:`title_line` names
the article's title: the line its infobox repeats, else the line above the tagline ``From <site>, …``. Each pass
reads every line a bounded number of times: linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence
from functools import lru_cache

from ..lexicon import read_table
from . import rules, sentence_shape, wiki_chrome

Labels = MutableMapping[int, tuple[str, str]]
# The kinds of line the early pass may relabel: a line no rule took yet, or one the shape rules read as chrome.
EARLY_KINDS = ("", "navigation", "boilerplate", "body")
# An infobox row: a short label, a tab, a value ("Date<TAB>4–14 May", "Union A<TAB>Firm B").
BOX_ROW = re.compile(r"^(?P<label>[^\t]{1,60})\t+(?P<value>\S.*)$")
MAX_WORDS_BOX_LABEL = 6
# A box's own section label between its rows ("Parties", "Lead figures"): a few words, no sentence.
MAX_WORDS_BOX_SECTION = 4
# An infobox holds at least this many rows; its title row stands at most this many lines above its first row.
MIN_BOX_ROWS = 2
MAX_LINES_TITLE_ABOVE_ROWS = 3
# A box's subtitle placing the subject in a larger one ("Part of the Second World War"): template text.
BOX_SUBTITLE = re.compile(r"^part of (?:the|a|an)\b", re.IGNORECASE)
# The header of a table of contents ("Contents", "Contents  [hide]") and its entries and toggles.
CONTENTS_HEADER = re.compile(r"^contents(?:\s*\[?\s*(?:hide|show)\s*\]?)?$", re.IGNORECASE)
CONTENTS_ENTRY = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")
CONTENTS_TOGGLE = re.compile(r"^(?:hide|show|\(top\)|toggle the table of contents)$", re.IGNORECASE)
MAX_WORDS_CONTENTS_ENTRY = 10
# A template box's lines under its first one are short rows of links: at most this many lines of this many words.
MAX_BOX_LINES = 2
MAX_WORDS_BOX_LINE = 12
# The chrome lines that may stand between the title and its tagline (tabs, "3 languages").
LANGUAGE_COUNT = re.compile(r"^\d{1,3} languages?$", re.IGNORECASE)
MAX_LINES_TITLE_ABOVE_TAGLINE = 4
# A page is a reference work when it shows this many distinct classes of its furniture (one may stand anywhere).
MIN_SIGNS = 2
MIN_CITATIONS = 2
# A paragraph of prose (the lead, below which tab rows are a table of the text) runs to this many words at least.
MIN_WORDS_PROSE = 12


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    """Return the compiled ``(pattern, role)`` rows of ``segmentation_reference_works.csv``."""
    table = read_table("segmentation_reference_works.csv")
    return tuple((re.compile(p, re.IGNORECASE), role) for p, role in zip(table["pattern"], table["role"], strict=True))


# Cached: a page asks for each of its lines' role seven times or more (the reference-work test runs three times per
# page, twice over the lines each time); 5.8 % of the per-article pass's samples were here before (round 21).
@lru_cache(maxsize=8192)
def notice_role(text: str) -> str | None:
    """Return the role (hatnote, banner, box, citation) of the first row of the word list ``text`` opens with."""
    for pattern, role in _patterns():
        if pattern.match(text):
            return role
    return None


def is_citation(text: str) -> bool:
    """True when ``text`` is an item of a reference list: ``^`` led, or holding ``Retrieved <date>`` or
    ``Archived from the original`` (the shapes every citation template prints)."""
    return notice_role(text) == "citation"


def _words(text: str) -> int:
    """Return the number of words of ``text``."""
    return len(rules.WORD.findall(text))


def is_box_row(text: str) -> bool:
    """True when ``text`` is an infobox row flattened by the scrape: a short label without a sentence's end, a tab,
    a value."""
    match = BOX_ROW.match(text)
    if not match:
        return False
    return _words(match["label"]) <= MAX_WORDS_BOX_LABEL and not rules.SENTENCE_END.search(match["label"])


def _prose(text: str) -> bool:
    """True when ``text`` is a paragraph of prose: at least ``MIN_WORDS_PROSE`` words closing a sentence."""
    return _words(text) >= MIN_WORDS_PROSE and sentence_shape.closes_sentence(text) and "\t" not in text


def _box_section(text: str) -> bool:
    """True when ``text`` may be a box's own section label: a few words, no tab, no sentence's end."""
    return 0 < _words(text) <= MAX_WORDS_BOX_SECTION and "\t" not in text and not rules.SENTENCE_END.search(text)


def box_runs(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Return ``(first, last)`` of every infobox: a run of at least ``MIN_BOX_ROWS`` rows, with the section labels
    set between two of them (each followed by a row)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(texts):
        if not is_box_row(texts[i]):
            i += 1
            continue
        first, rows, j = i, 0, i
        while j < len(texts):
            if is_box_row(texts[j]):
                rows += 1
            elif not (_box_section(texts[j]) and j + 1 < len(texts) and is_box_row(texts[j + 1])):
                break
            j += 1
        if rows >= MIN_BOX_ROWS:
            runs.append((first, j - 1))
        i = j
    return runs


def _box_title(texts: Sequence[str], first_row: int, seen: dict[str, int]) -> int | None:
    """Return the line above ``first_row`` that titles the box: it repeats an earlier line (the article's title),
    within ``MAX_LINES_TITLE_ABOVE_ROWS`` lines; else None. ``seen`` maps each text to its first line."""
    for k in range(first_row - 1, max(first_row - 1 - MAX_LINES_TITLE_ABOVE_ROWS, -1), -1):
        earlier = seen.get(texts[k].strip())
        if earlier is not None and earlier < k:
            return k
    return None


def box_lines(texts: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: (kind, reason)}`` for the infoboxes: rows and section labels (boilerplate), the title row
    and a ``Part of …`` subtitle (boilerplate) and any other line between title and rows (a photo's caption). A run
    of rows below the first paragraph with no box title over it is a table of the text and is left alone."""
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        seen.setdefault(text.strip(), i)
    found: dict[int, tuple[str, str]] = {}
    lead = next((i for i, text in enumerate(texts) if _prose(text)), len(texts))
    for first, last in box_runs(texts):
        title = _box_title(texts, first, seen)
        if title is None and first > lead:
            # Rows inside the text with no box title over them are a table of the article, not its infobox.
            continue
        for i in range(first, last + 1):
            found[i] = ("boilerplate", "an infobox row or section label: a fact box of the article, not its prose")
        if title is None:
            continue
        found[title] = ("boilerplate", "an infobox's title row: the article's title repeated as the box's title")
        for i in range(title + 1, first):
            if BOX_SUBTITLE.match(texts[i]):
                found[i] = ("boilerplate", "an infobox's subtitle placing the subject in a larger one")
            else:
                found[i] = ("caption", "a line between an infobox's title and its rows: the caption of its picture")
    return found


def contents_lines(texts: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: (kind, reason)}`` for the tables of contents: a ``Contents`` header and the numbered entries
    and toggles right under it (boilerplate: this article's index, round 13)."""
    found: dict[int, tuple[str, str]] = {}
    for i, text in enumerate(texts):
        if not CONTENTS_HEADER.match(text.strip()):
            continue
        run = []
        for j in range(i + 1, len(texts)):
            entry = texts[j].strip()
            if CONTENTS_TOGGLE.match(entry) or (
                CONTENTS_ENTRY.match(entry)
                and _words(entry) <= MAX_WORDS_CONTENTS_ENTRY
                and not rules.SENTENCE_END.search(entry)
            ):
                run.append(j)
            else:
                break
        if any(CONTENTS_ENTRY.match(texts[j].strip()) for j in run):
            for j in (i, *run):
                found[j] = ("boilerplate", "a table of contents: its header, a numbered entry or a toggle")
    return found


def _box_tail(texts: Sequence[str], start: int) -> list[int]:
    """Return the short lines under a template box's first line (at most ``MAX_BOX_LINES``, none a sentence)."""
    tail = []
    for j in range(start + 1, min(start + 1 + MAX_BOX_LINES, len(texts))):
        if _words(texts[j]) > MAX_WORDS_BOX_LINE or rules.SENTENCE_END.search(texts[j]):
            break
        tail.append(j)
    return tail


def notice_lines(texts: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: (kind, reason)}`` for hatnotes, maintenance banners, template boxes (their first line and
    the short rows under it) and citation lines (all boilerplate)."""
    found: dict[int, tuple[str, str]] = {}
    reasons = {
        "hatnote": "a hatnote: a pointer to other articles at the head of this one",
        "banner": "a maintenance banner: a template about the article itself",
        "box": "a template box (series sidebar, navbox): links to other articles",
        "citation": "an item of a reference or notes list (citation-shaped)",
        "metadata": "a template's line of data about the subject (coordinates), as an infobox row",
    }
    for i, text in enumerate(texts):
        role = notice_role(text.strip())
        if role is None:
            continue
        found[i] = ("boilerplate", reasons[role])
        if role == "box":
            for j in _box_tail(texts, i):
                found.setdefault(j, ("boilerplate", reasons[role]))
    return found


def is_reference_work(texts: Sequence[str]) -> bool:
    """True when the page shows at least ``MIN_SIGNS`` distinct classes of a reference work's furniture: an infobox,
    a table of contents, a reference list, hatnotes or banners, a tagline ``From <site>, …``, ``[edit]`` heads."""
    line_roles = [notice_role(text.strip()) for text in texts]
    roles = set(line_roles)
    citations = line_roles.count("citation")
    signs = [
        bool(box_runs(texts)),
        bool(contents_lines(texts)),
        citations >= MIN_CITATIONS,
        bool(roles & {"hatnote", "banner"}),
        any(wiki_chrome.TAGLINE.match(text) for text in texts),
        wiki_chrome.is_wiki_page(list(texts)),
    ]
    return sum(signs) >= MIN_SIGNS


def early_kinds(texts: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: (kind, reason)}`` for a reference work's furniture (empty on any other page), citation
    lines on every page: they are the reference list's wherever they stand."""
    if not is_reference_work(texts):
        return {i: pair for i, pair in notice_lines(texts).items() if is_citation(texts[i].strip())}
    found = notice_lines(texts)
    found.update(contents_lines(texts))
    found.update(box_lines(texts))
    return found


def label_early(texts: Sequence[str], labels: Labels) -> None:
    """Label in place a reference work's furniture (:func:`early_kinds`) when no rule took the line yet or a shape
    rule read it as chrome or prose, before the headline is looked for."""
    for i, pair in early_kinds(texts).items():
        if labels.get(i, ("", ""))[0] in EARLY_KINDS:
            labels[i] = pair


def _chrome(text: str) -> bool:
    """True when ``text`` is a wiki's tab row or language count, which may stand between a title and its tagline."""
    return wiki_chrome.role_of(text) is not None or bool(LANGUAGE_COUNT.match(text.strip()))


def title_line(texts: Sequence[str]) -> int | None:
    """Return the article's title on a reference work's page, else None: the first copy of the line its infobox
    repeats as its title, else the nearest line above the tagline ``From <site>, …`` that is no tab row."""
    if not is_reference_work(texts):
        return None
    seen: dict[str, int] = {}
    for i, text in enumerate(texts):
        seen.setdefault(text.strip(), i)
    for first, _ in box_runs(texts):
        title = _box_title(texts, first, seen)
        if title is not None:
            return seen[texts[title].strip()]
    for i, text in enumerate(texts):
        if wiki_chrome.TAGLINE.match(text):
            above = [k for k in range(i - 1, max(i - 1 - MAX_LINES_TITLE_ABOVE_TAGLINE, -1), -1)]
            return next((k for k in above if not _chrome(texts[k]) and texts[k].strip()), None)
    return None
