"""The furniture of a paginated text: what a PDF or print extract sets between its pages (issue 11, round 15).

A bulletin or a print edition saved as text keeps, at every page break, the page's footnotes, its
running footer, its page number and the next page's running header; at its top, a table of contents.
None of it is the story's text, and a paragraph that the break cut in two goes on after it. These lines
are told by their structure, not their words: a running line repeats down the page with a page number
that counts up (``Page 2 of 4``, ``Page 3 of 4``), or repeats unchanged beside such a line; a bare page
number counts up the same way; a contents entry ends in dot leaders and a page number; a footnote opens
with a marker that an earlier line of the text carries glued to a word (``gas.¹`` ... ``¹ RSD, …``).
Every function reads each line a bounded number of times, so the pass stays linear in the page.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from . import rules

NUMBER = re.compile(r"\d+")
# The heading of a table of contents is a label of a few words ("CONTENTS", "In this issue", "TODAY'S ISSUE").
MAX_WORDS_CONTENTS_HEADING = 3
# A running head is a row of at least this many items (bulletin's name, issue, page).
MIN_HEAD_ITEMS = 3
# A contents entry: dot leaders (four or more dots, perhaps spaced) and a page number closing the line.
DOT_LEADER = re.compile(r"(?:\.\s?){4,}\s*\d{1,3}\s*$")
# A footnote marker: superscript figures, a figure, a figure in brackets, an asterisk or a dagger.
MARKER = r"(?P<marker>[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\[\d{1,2}\]|\*{1,3}|†)"
# A footnote marker opening a line and followed by its text: superscript figures, a figure, a figure in
# brackets or an asterisk or dagger ("¹ RSD, …", "1 FFP calculation …", "[1] Briefing …", "* TSI count …").
FOOTNOTE_OPENING = re.compile(rf"^{MARKER}\s+\S")
# The same marker glued to a word in the text, perhaps past closing punctuation, and followed by no
# further figure or letter ("days.1", "gas.¹", "Tuesday.[1]", "May 20.*"). A figure glued to a figure
# ("4.2") is a number, so a marker in figures must follow a letter; a sign may follow a figure too.
GLUED_MARKER = re.compile(
    r"(?:(?<=[^\W\d_])[.,;:!?\"”’')]*(?P<figure>[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}|\[\d{1,2}\])"
    r"|(?<=\w)[.,;:!?\"”’')]*(?P<sign>\*{1,3}|†))(?![\w\[])"
)


def _masked(text: str) -> str:
    """Return ``text`` with every number masked and its spacing and case made uniform (a running line's shape)."""
    return " ".join(NUMBER.sub("#", text).casefold().split())


def _counts_up(numbers: list[list[int]]) -> bool:
    """True when successive lines differ in exactly one number, which goes up by one each time (a page number)."""
    for before, after in zip(numbers, numbers[1:], strict=False):
        changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
        if len(changed) != 1 or changed[0][1] != changed[0][0] + 1:
            return False
    return True


def page_numbered_lines(texts: Sequence[str]) -> set[int]:
    """Return the lines that repeat with a page number counting up: running heads and feet that number
    the page (``… Page 2 of 4`` / ``… Page 3 of 4``, ``Digest No. 29/2025   1`` / ``… 2``) and bare page
    numbers (``1`` / ``2``). A line that differs from its repeats in more than one figure (a comment's
    date and time) or whose figure does not count up (a score, a vote count) is not one."""
    groups: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        if any(map(str.isdigit, text)):
            groups[_masked(text)].append(i)
    found: set[int] = set()
    for members in groups.values():
        numbers = [[int(n) for n in NUMBER.findall(texts[i])] for i in members]
        distinct = len({tuple(n) for n in numbers})
        if len(members) >= 2 and distinct == len(members) and _counts_up(numbers):
            found.update(members)
    return found


def running_lines(texts: Sequence[str]) -> set[int]:
    """Return the page furniture set by the page breaks: lines numbered as pages (:func:`page_numbered_lines`)
    and lines that repeat unchanged with one of their copies next to such a line (a running foot above
    a bare page number, a running head below a numbered foot)."""
    numbered = page_numbered_lines(texts)
    if not numbered:
        return set()
    copies: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        if i not in numbered:
            copies[" ".join(text.split())].append(i)
    found = set(numbered)
    for members in copies.values():
        if len(members) >= 2 and any(i - 1 in numbered or i + 1 in numbered for i in members):
            found.update(members)
    return found | {i + 1 for i in numbered if _next_page_head(texts, i)}


def _next_page_head(texts: Sequence[str], i: int) -> bool:
    """True when the line under page-numbered line ``i`` is the next page's running head, set once: a row of
    items set apart by separators or wide spaces (:data:`.rules.MENU_SEPARATOR`) that carries the next page's
    number ("… · Issue 4,112 · Page 2" under "… – 1 –"); running text under a page number is no row."""
    if i + 1 >= len(texts) or not NUMBER.search(texts[i]):
        return False
    following = texts[i + 1]
    page = int(NUMBER.findall(texts[i])[-1]) + 1
    items = rules.MENU_SEPARATOR.split(following)
    return len(items) >= MIN_HEAD_ITEMS and page in {int(n) for n in NUMBER.findall(items[-1])}


def footnote_lines(texts: Sequence[str]) -> set[int]:
    """Return the footnotes: lines opening with a marker (``¹``, ``1``, ``[1]``, ``*``) that an earlier line
    carries glued to a word (``gas.¹``, ``days.1``). A numbered list item ("1 In the morning …") has no
    such reference above it."""
    referenced: set[str] = set()
    found: set[int] = set()
    for i, text in enumerate(texts):
        opening = FOOTNOTE_OPENING.match(text)
        if opening and opening.group("marker") in referenced:
            found.add(i)
            continue
        referenced.update(match.group("figure") or match.group("sign") for match in GLUED_MARKER.finditer(text))
    return found


def contents_lines(texts: Sequence[str]) -> set[int]:
    """Return the entries of a table of contents (lines closed by dot leaders and a page number) and the
    heading set directly over the first of them ("CONTENTS", "In this issue": a few words, no sentence)."""
    entries = {i for i, text in enumerate(texts) if DOT_LEADER.search(text)}
    if not entries:
        return entries
    heading = min(entries) - 1
    if heading >= 0 and len(texts[heading].split()) <= MAX_WORDS_CONTENTS_HEADING and texts[heading][-1:].isalpha():
        entries.add(heading)
    return entries


def page_furniture(texts: Sequence[str], running: set[int] | None = None) -> frozenset[int]:
    """Return every line of page furniture (:func:`running_lines`, :func:`footnote_lines`,
    :func:`contents_lines`): lines that neither open nor close an item of the text, whatever stands
    around them. A page with no page-numbered line has no page breaks and no footnotes are looked for
    (a cheap gate: most web pages have none). ``running`` is the page's :func:`running_lines`, if known."""
    running = running_lines(texts) if running is None else running
    if not running:
        return frozenset(contents_lines(texts))
    return frozenset(running | footnote_lines(texts) | contents_lines(texts))
