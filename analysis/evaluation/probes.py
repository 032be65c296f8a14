"""Layout probes: score the annotated pages after a layout change that keeps every line's text and gold kind.

A probe re-lays a page out in memory (nothing is written): the text of every non-blank line and its gold
kind stay the same, only the white space around lines changes, so a rule that reads the words and not the
layout scores the same. The gold offsets (lines, dateline, attribution contents, labels) are carried over by
a map from old to new character positions, and :func:`check_page` confirms that the evaluator still finds
every gold line (:func:`analysis.evaluation.gold.raw_lines`) and every span's text at its new offsets.

Usage (dev pages only when tuning)::

    python -m analysis evaluate --part dev --probe crlf
    python -m analysis evaluate --part dev --probe blank-lines --probe indent
    python -m analysis evaluate --part dev --probe all

Each probe is scored on its own (the figures are printed once per probe, headed by its name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .gold import PageGold, raw_lines

# A layout: the raw text -> (new text, new position of every old position 0..len(raw)).
Layout = Callable[[str], tuple[str, list[int]]]


class _Builder:
    """Builds a new text from copied runs of the old one and inserted text, recording where old characters go."""

    def __init__(self, raw: str):
        self.raw = raw
        self.parts: list[str] = []
        self.length = 0
        self.where: list[int | None] = [None] * (len(raw) + 1)

    def copy(self, start: int, end: int) -> None:
        """Append ``raw[start:end]``, recording the new position of each of its characters."""
        for offset in range(start, end):
            self.where[offset] = self.length + offset - start
        self.parts.append(self.raw[start:end])
        self.length += end - start

    def insert(self, text: str) -> None:
        """Append text that has no counterpart in the old page (a blank line, a CR, an indent)."""
        self.parts.append(text)
        self.length += len(text)

    def result(self) -> tuple[str, list[int]]:
        """Return the new text and the position map; a dropped character maps to where the next kept one went."""
        self.where[len(self.raw)] = self.length
        following = self.length
        positions = [0] * len(self.where)
        for index in range(len(self.where) - 1, -1, -1):
            value = self.where[index]
            following = value if value is not None else following
            positions[index] = following
        return "".join(self.parts), positions


def _line_spans(raw: str) -> list[tuple[int, int]]:
    """Return (start, end) of every line of ``raw`` (split on LF, the LF excluded)."""
    spans, start = [], 0
    for line in raw.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _relaid(raw: str, separator: str, keep_blank: bool) -> tuple[str, list[int]]:
    """Return the page's lines joined by ``separator``, blank (white-space-only) lines kept or dropped."""
    builder = _Builder(raw)
    spans = [span for span in _line_spans(raw) if keep_blank or raw[span[0] : span[1]].strip()]
    for number, (start, end) in enumerate(spans):
        if number:
            builder.insert(separator)
        builder.copy(start, end)
    return builder.result()


def blank_lines(raw: str) -> tuple[str, list[int]]:
    """Return the page with exactly one blank line between every two non-blank lines (the old blank lines dropped).

    Imitates an extraction that writes every block element (``<p>``, ``<div>``, ``<li>``) as a paragraph:
    menus, bylines and captions are spaced like body paragraphs, so a blank line says nothing."""
    return _relaid(raw, "\n\n", keep_blank=False)


def no_blank_lines(raw: str) -> tuple[str, list[int]]:
    """Return the page with every blank line removed: one line per paragraph, nothing between.

    Imitates a ``textContent``-style extraction that joins blocks with single line ends."""
    return _relaid(raw, "\n", keep_blank=False)


def crlf(raw: str) -> tuple[str, list[int]]:
    """Return the page with Windows line ends (CR LF for every LF).

    Imitates a scrape saved on Windows; ``corpus add`` keeps CR LF (it only rewrites CR-only ends)."""
    return _relaid(raw, "\r\n", keep_blank=True)


def indent(raw: str) -> tuple[str, list[int]]:
    """Return the page with every non-blank line indented by two spaces.

    Imitates text extractions (``lynx -dump``, ``html2text`` of nested blocks) that indent block content."""
    builder = _Builder(raw)
    for number, (start, end) in enumerate(_line_spans(raw)):
        if number:
            builder.copy(start - 1, start)
        if raw[start:end].strip():
            builder.insert("  ")
        builder.copy(start, end)
    return builder.result()


PROBES: dict[str, Layout] = {
    "blank-lines": blank_lines,
    "no-blank-lines": no_blank_lines,
    "crlf": crlf,
    "indent": indent,
}


def probe_names(chosen: list[str]) -> list[str]:
    """Return the probe names asked for, in :data:`PROBES` order, ``all`` standing for every one."""
    if "all" in chosen:
        return list(PROBES)
    unknown = sorted(set(chosen) - set(PROBES))
    if unknown:
        raise ValueError(f"unknown probe(s) {unknown}; known: {sorted(PROBES)} or all")
    return [name for name in PROBES if name in chosen]


def _moved(span: dict, positions: list[int]) -> dict:
    """Return ``span`` with start/end moved; the end follows the span's last character (nothing inserted after)."""
    start, end = span["start"], span["end"]
    new_end = positions[end - 1] + 1 if end > start else positions[start]
    return {**span, "start": positions[start], "end": new_end}


def relaid_page(page: PageGold, layout: Layout) -> PageGold:
    """Return a copy of ``page`` re-laid out by ``layout`` with every gold offset moved to the new text."""
    raw, positions = layout(page.raw)
    return replace(
        page,
        raw=raw,
        lines=[_moved(line, positions) for line in page.lines],
        dateline=_moved(page.dateline, positions) if page.dateline else None,
        attributions=[_moved(entry, positions) for entry in page.attributions],
        labels=[_moved(entry, positions) for entry in page.labels],
    )


def _same_words(left: str, right: str) -> bool:
    return left.split() == right.split()


def check_page(original: PageGold, relaid: PageGold) -> list[str]:
    """Return problems (empty when none): a gold line the evaluator would not find at its new offsets in the
    re-laid page, or a span whose text (white space aside) is not the same as before."""
    where = f"{relaid.stem}"
    problems = []
    found = [(start, end, text) for start, end, text in raw_lines(relaid.raw)]
    expected = [(line["start"], line["end"], line["text"]) for line in relaid.lines]
    if found != expected:
        problems.append(f"{where}: the re-laid lines do not match the gold lines at their new offsets")
    spans = [original.dateline] if original.dateline else []
    moved = [relaid.dateline] if relaid.dateline else []
    for old, new in zip(
        spans + original.attributions + original.labels, moved + relaid.attributions + relaid.labels, strict=True
    ):
        if not _same_words(original.raw[old["start"] : old["end"]], relaid.raw[new["start"] : new["end"]]):
            problems.append(f"{where}: span {original.raw[old['start'] : old['end']][:40]!r} moved to other text")
    return problems


def probe_pages(pages: list[PageGold], name: str) -> tuple[list[PageGold], list[str]]:
    """Return the pages re-laid out by probe ``name`` and the problems :func:`check_page` finds (none expected)."""
    layout = PROBES[name]
    relaid = [relaid_page(page, layout) for page in pages]
    problems = [problem for old, new in zip(pages, relaid, strict=True) for problem in check_page(old, new)]
    return relaid, problems
