"""The slides of a photo gallery or carousel (issue 11, round 15).

A gallery prints each picture as a slide: a counter (``3 of 12``, ``Photo 3/14``, ``Image 3 of 12``),
the caption (one or more sentences), the credit (``Photograph: …``, ``Name for The Outlet``) and the
widget's controls (``Previous   Next   Expand``), in an order the site chooses. The gold pages count
counters and controls as furniture (``boilerplate``) and captions and credits as ``caption``
(tests/gold/pages/styles_round14_b.md, "Slides of a gallery"). Set between the introduction and the
article, a caption reads as a paragraph and a control row as a menu; what marks them whatever the
site's words is the run of counters with one total: between the first and the last counter of the
run, and in the last slide after it, a sentence or a name-shaped credit is a caption and a row of
short items is the widget's controls.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from . import rules

# A slide counter alone on its line: an optional word ("Photo", "Image", "Slide"), the slide's number,
# "of" or "/", and the total.
COUNTER = re.compile(r"^(?:[^\W\d_]+\s+)?(?P<number>\d{1,3})\s*(?:of|/)\s*(?P<total>\d{1,3})$", re.IGNORECASE)
# A gallery: at least two counters with the same total (one counter alone may be a lone picture's tag),
# each at most this many lines after the one before (a slide of the dev galleries runs to five lines; two
# carousels of one mobile page with the same total stand paragraphs apart, the text between them no slide).
MIN_COUNTERS = 2
MAX_SLIDE_LINES = 6
# A caption sentence runs to at least this many words (a control's label is shorter: "Share this image").
MIN_WORDS_CAPTION = 4
# A credit: two to eight capitalised words, lower-case words of at most three letters between them
# ("Layla Hamdan for The Capitol Ledger", "Kirill Zotov/Orbis Images"); a control's label has longer ones.
MIN_WORDS_CREDIT, MAX_WORDS_CREDIT = 2, 8
MAX_LETTERS_CONNECTOR = 3
# The widget's controls: two or more short items joined by wide spaces ("Previous   Next   Expand").
MIN_CONTROL_ITEMS = 2
MAX_WORDS_CONTROL_ITEM = 3
WIDE_SPACE = re.compile(r"\s{3,}")
# Kinds a caption may have been given by the rules that read prose and repeats.
CAPTION_FROM = ("body", "duplicate", "boilerplate")


def counter(text: str) -> tuple[int, int] | None:
    """Return (number, total) when ``text`` is a slide counter with number <= total, else None."""
    match = COUNTER.match(text)
    if not match:
        return None
    number, total = int(match["number"]), int(match["total"])
    return (number, total) if 1 <= number <= total else None


def galleries(texts: Sequence[str]) -> list[list[int]]:
    """Return the line indexes of the counters of each gallery in ``texts`` (the page's lines, trimmed):
    counters sharing one total, numbers rising, each at most ``MAX_SLIDE_LINES`` lines after the one before,
    at least ``MIN_COUNTERS`` of them; in page order."""
    by_total: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, text in enumerate(texts):
        if text[:1].isdigit() or text[:1].isalpha():
            found = counter(text)
            if found:
                by_total[found[1]].append((i, found[0]))
    runs = []
    for found in by_total.values():
        run = [found[0]]
        for i, number in found[1:]:
            if i - run[-1][0] - 1 <= MAX_SLIDE_LINES and number > run[-1][1]:
                run.append((i, number))
                continue
            runs.append(run)
            run = [(i, number)]
        runs.append(run)
    return sorted([i for i, _ in run] for run in runs if len(run) >= MIN_COUNTERS)


def control_row(text: str) -> bool:
    """True for a row of the widget's controls: short items, no sentence punctuation, joined by wide spaces."""
    items = [item for item in WIDE_SPACE.split(text) if item]
    return len(items) >= MIN_CONTROL_ITEMS and all(
        len(rules.WORD.findall(item)) <= MAX_WORDS_CONTROL_ITEM and not rules.SENTENCE_END.search(item)
        for item in items
    )


def credit_shape(text: str) -> bool:
    """True for a name-shaped credit: 2-8 words, each capitalised or a lower-case word of at most three
    letters ("for", "via"), no figures."""
    words = rules.WORD.findall(text)
    return (
        MIN_WORDS_CREDIT <= len(words) <= MAX_WORDS_CREDIT
        and not any(ch.isdigit() for ch in text)
        and words[0][0].isupper()
        and all(word[0].isupper() or len(word) <= MAX_LETTERS_CONNECTOR for word in words)
    )


def caption_shape(text: str) -> bool:
    """True for a caption: a sentence of at least ``MIN_WORDS_CAPTION`` words, or a name-shaped credit."""
    if WIDE_SPACE.search(text):
        return False
    sentence = len(rules.WORD.findall(text)) >= MIN_WORDS_CAPTION and bool(rules.SENTENCE_END.search(text))
    return sentence or credit_shape(text)


def slide_kinds(texts: Sequence[str], kinds: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Return {line index: (kind, reason)} for the lines of the galleries in ``texts`` whose kind (in
    ``kinds``, as labelled so far) is not a slide's: counters and control rows become ``boilerplate``,
    captions ``caption``. A gallery runs from its first counter to its last, and after the last over as
    many lines as the longest slide before it, stopping at a line that is none of a slide's."""
    found: dict[int, tuple[str, str]] = {}
    for run in galleries(texts):
        longest = max(later - earlier - 1 for earlier, later in zip(run, run[1:], strict=False))
        for i in range(run[0], min(run[-1] + longest + 1, len(texts))):
            kind = _slide_kind(texts[i], kinds[i])
            if kind is None and i > run[-1]:
                break
            if kind and kind[0] != kinds[i]:
                found[i] = kind
    return found


def _slide_kind(text: str, kind: str) -> tuple[str, str] | None:
    """Return the kind and reason of a gallery's line, or None when it is no counter, control row or caption
    (a caption only when the rules gave it a kind a caption is mistaken for)."""
    if counter(text):
        return ("boilerplate", "slide counter: a number of a run of counters with one total")
    if control_row(text):
        return ("boilerplate", "slide controls: a row of short items between a gallery's counters")
    if kind in CAPTION_FROM and caption_shape(text):
        return ("caption", "slide caption: a sentence or a credit between a gallery's counters")
    if kind in ("boilerplate", "navigation", "caption"):
        return (kind, "")
    return None
