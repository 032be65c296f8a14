"""A mail reply's quoted text read as it displays: the ``> `` markers set aside, the lines holding only ``>``
read as the blank lines they stand for (issue 11, round 15).

A mail client quoting a message puts ``> `` before every line of it and ``>`` alone where the message had a
blank line. Read line by line, such text loses its paragraphs: no blank line sets them apart, so a paragraph's
wrapped lines look like a list of short titles and its first line like a headline's neighbour. The labelling
rules therefore read a *displayed* copy of the raw text in which each marker is blanked to spaces of the same
length (every offset stays valid) and the marker-only lines become blank. The labelled lines are then mapped
back to the raw text: a quoted line starts at its marker, which stays in its text (the gold's convention: "the
quote marker is kept"), and a marker-only line is boilerplate, the residue of a blank line.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import layout_facts
from .labelling import Line

# One or more quote markers at the start of a line ("> ", ">> ", "> > "), with their spaces.
QUOTE_MARKER = re.compile(r"^[ \t]*>(?:[ \t]?>)*[ \t]?", re.MULTILINE)
# Consecutive quoted lines that make a quoted block: one or two ">" lines may be a menu's arrow or a stray mark.
MIN_QUOTED_LINES = 3
MARKER_ONLY_REASON = "a line holding only the quote marker of a mail reply: the residue of a blank line"

Labelled = list[tuple[Line, str, str]]


def quote_markers(raw: str) -> dict[int, int]:
    """Return ``{line start: marker end}`` for the lines of ``raw`` inside a quoted block (a run of at least
    ``MIN_QUOTED_LINES`` consecutive lines that open with a quote marker); empty when there is none."""
    if ">" not in raw:
        return {}
    runs: list[list[tuple[int, int]]] = []
    # On a page with one blank line after every line the next quoted line comes after that blank line.
    step = 2 if layout_facts.spaced_text(raw) else 1
    for match in QUOTE_MARKER.finditer(raw):
        # The same run when this line comes right after the previous quoted line.
        if runs and match.start() == _line_after(raw, runs[-1][-1][1], step):
            runs[-1].append((match.start(), match.end()))
        else:
            runs.append([(match.start(), match.end())])
    return {start: end for run in runs if len(run) >= MIN_QUOTED_LINES for start, end in run}


def displayed(raw: str, markers: dict[int, int]) -> str:
    """Return ``raw`` with each quote marker in ``markers`` (:func:`quote_markers`) replaced by spaces of the same
    length: the offsets of every character stay those of ``raw``."""
    parts, position = [], 0
    for start, end in sorted(markers.items()):
        parts += [raw[position:start], " " * (end - start)]
        position = end
    return "".join(parts) + raw[position:]


def label_displayed(raw: str, label: Callable[[str], Labelled]) -> Labelled:
    """Return ``label(raw)``, or, when ``raw`` holds a quoted block, the labels of its displayed copy mapped back
    to ``raw`` (in line order): each quoted line starting at its marker, and each marker-only line (blank in the
    copy, so no line of it) boilerplate, in the block of the line above it."""
    markers = quote_markers(raw)
    if not markers:
        return label(raw)
    rows: Labelled = []
    for line, kind, reason in label(displayed(raw, markers)):
        head = raw.rfind("\n", 0, line.start) + 1
        start = _marker_begins(raw, head, markers[head]) if head in markers else line.start
        rows.append((Line(start, line.end, raw[start : line.end], line.block), kind, reason))
    for head, end in markers.items():
        if not raw[end : _line_end(raw, end)].strip():
            begin = _marker_begins(raw, head, end)
            bare = raw[begin:end].rstrip()
            rows.append((Line(begin, begin + len(bare), bare, -1), "boilerplate", MARKER_ONLY_REASON))
    rows.sort(key=lambda row: row[0].start)
    block = 0
    for i, (line, kind, reason) in enumerate(rows):
        if line.block < 0:
            rows[i] = (Line(line.start, line.end, line.text, block), kind, reason)
        block = rows[i][0].block
    return rows


def _marker_begins(raw: str, head: int, end: int) -> int:
    """Return the offset of the first quote mark of the marker ``raw[head:end]`` (past any indentation)."""
    return head + len(raw[head:end]) - len(raw[head:end].lstrip())


def _line_end(raw: str, position: int) -> int:
    """Return the offset of the line break after ``position`` (the end of ``raw`` when none)."""
    end = raw.find("\n", position)
    return len(raw) if end < 0 else end


def _line_after(raw: str, position: int, count: int) -> int:
    """Return the offset of the start of the ``count``-th line after the one holding ``position`` (0 when none)."""
    for _ in range(count):
        position = raw.find("\n", position) + 1
        if not position:
            return 0
    return position
