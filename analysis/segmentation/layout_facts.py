"""What a page's blank lines say about its paragraphs, read once per page (issue 11, round 19).

Blank lines usually set paragraphs apart: the lines of a hard-wrapped paragraph, a caption and its credit
share a block, and the labelling reads those blocks. Some extractions write every block element (``<p>``,
``<div>``, ``<li>``, a PDF's or an OCR layer's every line) followed by one blank line: then every line stands
alone, the lines of a paragraph wrapped at a width look like paragraphs of their own, and a blank line says
nothing about paragraphs. Such a *uniformly spaced* page is read as a page without blank lines (one block),
which the rules already read by the lines' words: wrap detection (:mod:`.wrapped_lines`,
:func:`.rules.wrap_fits`, :func:`.rules.continues_on_next_line`) then joins a paragraph's lines across the
blank line as it does on the page printed without it.

One blank line after every paragraph is also the commonest way to store ordinary text (a paragraph per line):
there the blank lines do set paragraphs apart, and reading the page as one block would let short neighbouring
paragraphs pass for a list of links. So the page is read as one block only when its lines also show a hard
wrap: several lines that end open (no closing punctuation) before a line that goes on in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text import open_line_endings

# A page-wide fact needs a few lines to rest on: a headline over one paragraph says nothing of the page's layout.
MIN_UNIFORM_LINES = 4
# Exactly one blank line between two lines: two line ends.
ONE_BLANK_LINE = 2
# A hard-wrapped page: at least this many breaks inside a sentence, and at least this share of its line breaks.
MIN_WRAPS = 3
MIN_WRAP_SHARE = 0.15
# A line ending in one of these closes a sentence, a quotation or a heading's parenthesis: no wrap after it.
CLOSERS = tuple('.!?:;"”’)]»')


def uniformly_spaced(gaps: Sequence[int]) -> bool:
    """True when every non-blank line of the page is followed by exactly one blank line (``gaps`` holds the
    number of line ends between each two neighbouring non-blank lines): its blank lines tell no paragraph from
    another, so they carry no paragraph information."""
    return len(gaps) + 1 >= MIN_UNIFORM_LINES and all(gap == ONE_BLANK_LINE for gap in gaps)


def hard_wrapped(lines: Sequence[str]) -> bool:
    """True when the non-blank ``lines`` of a page show a hard wrap: at least :data:`MIN_WRAPS` lines, and
    :data:`MIN_WRAP_SHARE` of the line breaks, end open (no closing punctuation) before a line that starts in
    lower case, as the lines of a paragraph wrapped at a width do and paragraphs of their own do not."""
    wraps = sum(
        1
        for line, following in zip(lines, lines[1:])
        if not line.rstrip().endswith(CLOSERS) and following.lstrip()[:1].islower()
    )
    return wraps >= MIN_WRAPS and wraps >= MIN_WRAP_SHARE * (len(lines) - 1)


def paragraph_blocks(gaps: Sequence[int], wrapped: bool = True) -> list[int] | None:
    """Return the block number of every non-blank line when the page's blank lines carry no paragraph
    information (:func:`uniformly_spaced`, and ``wrapped``: the page is hard-wrapped, :func:`hard_wrapped`): all in
    one block, as on the page set without blank lines. Return None when they do carry it (the blocks are read
    from the blank lines as they are)."""
    return [0] * (len(gaps) + 1) if wrapped and uniformly_spaced(gaps) else None


def line_gaps(raw: str) -> list[int]:
    """Return the number of line ends between each two neighbouring non-blank lines of ``raw`` (1: next line, 2:
    one blank line between); a white-space-only line is blank, as in the labelling's split into lines."""
    gaps: list[int] = []
    since: int | None = None
    for line in raw.split("\n"):
        since = None if since is None else since + 1
        if line.strip():
            if since is not None:
                gaps.append(since)
            since = 0
    return gaps


def spaced_text(raw: str) -> bool:
    """True when ``raw`` is uniformly spaced (:func:`uniformly_spaced`)."""
    return uniformly_spaced(line_gaps(raw))


# One line break, and the white space after it up to the next line break: the first of the two line ends
# around the blank line that follows a line of a uniformly spaced page.
BREAK_BEFORE_BLANK_LINE = re.compile(r"\r?\n[^\S\r\n]*(?=\r?\n)")
# Marks that may open a line before its first letter (as analysis.text.LINE_OPENERS), an e-mail reply's quotation
# mark (">") and line breaks.
LINE_OPENERS = "\"'“‘«„([—–- >\t\r\n"
# How far the words around a blank line are looked at: a line's last two characters, the next line's first letter.
NEAR = 40


LAST_WORD = re.compile(r"[^\W_]+$")


def _sentence_goes_on(raw: str, start: int, end: int) -> bool:
    """True when the words around the blank line between ``start`` and ``end`` show a sentence going on over it,
    as :func:`analysis.text.line_runs_on` reads a line break: the line before ends on a comma or semicolon, on a
    word hyphenated at the break or on a word no sentence ends on (an article, a preposition, a conjunction:
    :func:`analysis.text.open_line_endings`), or the next line opens in lower case (after any opening marks),
    which no paragraph does."""
    before = raw[max(0, start - NEAR) : start].rstrip()
    opening = raw[end : end + NEAR].lstrip(LINE_OPENERS)
    hyphenated = before.endswith("-") and before[-2:-1].isalpha()
    word = LAST_WORD.search(before)
    open_ending = word is not None and word.group().casefold() in open_line_endings()
    return before.endswith((",", ";")) or hyphenated or open_ending or opening[:1].islower()


def reading_text(raw: str) -> str:
    """Return ``raw`` as the text layer and the attribution extractor read its line runs: ``raw`` itself when its
    blank lines may set paragraphs apart, and, when they carry no paragraph information (a uniformly spaced page,
    :func:`uniformly_spaced`), ``raw`` with a blank line between two lines written as white space at the end of
    the line before it, so that a sentence, a quotation or a cue that the page broke over a line runs on over a
    single line break, as on the page printed without its blank lines:

    - every blank line of a hard-wrapped page (:func:`hard_wrapped`): its blank lines are its wrap's line
      breaks, and the line-run rules (:func:`analysis.text.line_runs_on`, the extractor's joins) decide by the
      lines' words, as on the page without them;
    - on a page spaced paragraph by paragraph, only a blank line that the words show a sentence going on over
      (:func:`_sentence_goes_on`): one sentence broken over two block elements. The looser tests of wrapped
      text (a long line ending on a word) would join a title to the paragraph after it there.

    The text has the length of ``raw`` and the same characters but white space, so every offset found in it
    is an offset of ``raw``; the text of a row is still read from ``raw``."""
    if not spaced_text(raw):
        return raw
    wrapped = hard_wrapped([line for line in raw.split("\n") if line.strip()])

    def line_break(match: re.Match) -> str:
        if not wrapped and not _sentence_goes_on(raw, match.start(), match.end()):
            return match.group()
        return " " * len(match.group())

    return BREAK_BEFORE_BLANK_LINE.sub(line_break, raw)
