"""The furniture of a kept copy of a page: caches, web archives, text-only views, read-later tools (issue 11, round 20).

A search engine's cache, a web archive, a cache viewer, a text-only view or a read-later tool prints the page it
keeps inside its own furniture: a header naming the copied address and the time of the copy, a disclaimer, a note
on the highlighted search terms, switches between versions of the copy ("Full version   Text-only version   View
source"), a row of the caches it can show, an ``URL:`` field. These lines describe the copy, not the story, and
neither brand nor navigate the outlet's site: boilerplate (the rulings of rounds 9 and 13 in
tests/gold/pages/README.md, and the judgement calls of ``styles_round19_a.md``). Several of them are sentences ("It
is a snapshot of the page as it appeared on …"), so the position rules read them as the first paragraph and lose the
headline under them; :func:`label_early` labels them before the headline is looked for. The classes are the rows of
``segmentation_cache_tools.csv`` (several tools' wordings, no outlet's).

Two more classes of line of such copies are read after the other rules (:func:`label_late`):

- the header of another cached copy glued below the page ("<engine> cache: <address> · <time>") heads a story
  that is not the article: its title and paragraphs are ``appended``;
- an image's placeholder (``[ ]``, "Image not available", "[IMG] <file>") set in the article is a caption, an
  image's alt residue like a bare "Image" (one in a list of teasers below the text, not right under its last
  paragraph, keeps the list's kind), and so is the line under it closed by a credit in brackets ("… (Agency)").

Each line is read once, so both passes stay linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import read_table
from . import link_roles

Labels = MutableMapping[int, tuple[str, str]]
# The kinds of line the early pass may relabel: a line no rule took yet, or one the shape rules read as chrome.
EARLY_KINDS = ("", "navigation", "boilerplate")
# The kinds of line the late pass may relabel as the tool's furniture (the headline is left to the headline rules).
LATE_KINDS = ("navigation", "boilerplate", "body", "caption")
# A tool's line is short: a cache's header with a long address stays under this length; a paragraph does not match.
MAX_CHARS_TOOL_LINE = 400
# A row of caches holds at least this many items naming a cache or an archive.
MIN_CACHE_ITEMS = 2
# An item of a cache viewer's row that names a cache or an archive ("Google cache", "archive.today", "Wayback").
CACHE_ITEM = re.compile(r"\bcache\b|\bcached\b|\barchive\.(?:today|org|ph|is)\b|\bwayback\b", re.IGNORECASE)
# What every item :data:`CACHE_ITEM` finds holds, looked for in the whole line first.
CACHE_WORD = re.compile(r"cache|archive\.|wayback", re.IGNORECASE)
# A caption closed by its credit in brackets ("… east of the town. (Agency)"): a few words, then the credit.
CREDITED_CAPTION = re.compile(r"^\S+(?:\s+\S+){3,}\s*\([^()]{1,40}\)$")
# A title over the appended copy is a short line; its paragraphs follow right under it.
MAX_WORDS_FRAGMENT_TITLE = 20


@dataclass(frozen=True)
class ToolRow:
    """A row of ``segmentation_cache_tools.csv``: its role (note, fragment, placeholder), the kind it gives, its
    pattern (compiled case-insensitively) and its note."""

    role: str
    kind: str
    regex: re.Pattern
    note: str


@lru_cache(maxsize=1)
def tool_rows() -> tuple[ToolRow, ...]:
    """Return the rows of ``segmentation_cache_tools.csv``, in file order (the first that matches decides)."""
    table = read_table("segmentation_cache_tools.csv")
    return tuple(
        ToolRow(row.role, row.kind, re.compile(row.pattern, re.IGNORECASE), row.note)
        for row in table.itertuples(index=False)
    )


# Cached: the early and the late pass, a fragment's header and a placeholder's neighbour ask for the same lines.
@lru_cache(maxsize=8192)
def tool_line(text: str) -> ToolRow | None:
    """Return the first row of :func:`tool_rows` whose pattern matches ``text`` (stripped), else None (also for a
    line longer than ``MAX_CHARS_TOOL_LINE``: a paragraph is not a tool's note)."""
    text = text.strip()
    if len(text) > MAX_CHARS_TOOL_LINE:
        return None
    return next((row for row in tool_rows() if row.regex.search(text)), None)


def cache_row(text: str) -> str | None:
    """Return a reason when ``text`` is a cache viewer's row of the caches it can show ("Google cache   Bing cache
    Web Keep   archive.today"): at least ``MIN_CACHE_ITEMS`` items, and at least half of them, name a cache or
    an archive. A site's menu names its sections, never a cache."""
    if not CACHE_WORD.search(text):
        # No item can name a cache when the line holds none of the words (the split into items was 3 % of the
        # per-article pass, on every line of every page).
        return None
    items = link_roles.link_items(text)
    named = sum(bool(CACHE_ITEM.search(item)) for item in items)
    if named < MIN_CACHE_ITEMS or 2 * named < len(items):
        return None
    return f"a cache viewer's row of caches: {named} of {len(items)} items name a cache or an archive"


def furniture(text: str) -> tuple[str, str] | None:
    """Return (kind, reason) when ``text`` is a line of a cache's, archive's or reader tool's furniture (a row of
    the table, or a row of caches), else None."""
    row = tool_line(text)
    if row is not None:
        return row.kind, f"{row.note} (cache or archive furniture)"
    reason = cache_row(text)
    return ("boilerplate", reason) if reason else None


def label_early(texts: Sequence[str], labels: Labels) -> None:
    """Label in place the lines of ``texts`` that are a kept copy's furniture (:func:`furniture`), when no rule
    took them yet or a shape rule read them as chrome: before the headline is looked for, so that a cache's
    header sentences are not read as the first paragraph. A picture's placeholder is left to :func:`label_late`,
    which knows where the text ends; other labels are left as they are."""
    for i, text in enumerate(texts):
        if labels.get(i, ("", ""))[0] not in EARLY_KINDS:
            continue
        found = furniture(text)
        if found is not None and found[0] != "caption":
            labels[i] = found


def fragment_story(
    texts: Sequence[str], kinds: Mapping[int, str], is_title: Callable[[str], bool], is_prose: Callable[[str], bool]
) -> list[int]:
    """Return the lines of the stories that follow a header of another cached copy (a ``fragment`` row) below the
    article's text: the title right under the header (``is_title``, short) when prose follows it, and the paragraphs
    of prose (``is_prose``) under it. A header above the article's first paragraph heads the article itself.
    Returns [] when no such header stands below the text."""
    first_body = min((i for i, kind in kinds.items() if kind == "body"), default=len(texts))
    found: list[int] = []
    for h in range(first_body + 1, len(texts)):
        row = tool_line(texts[h])
        if row is None or row.role != "fragment":
            continue
        start = h + 1
        if start < len(texts) and is_title(texts[start]) and len(texts[start].split()) <= MAX_WORDS_FRAGMENT_TITLE:
            start += 1
        story = list(range(h + 1, start))
        for k in range(start, len(texts)):
            if not is_prose(texts[k]):
                break
            story.append(k)
        if len(story) > start - h - 1:
            found += story
    return found


def _under_placeholder(texts: Sequence[str], labels: Labels, i: int) -> bool:
    """True when line ``i`` is a caption closed by its credit in brackets (``CREDITED_CAPTION``) right under a
    picture's placeholder labelled caption: the placeholder's own caption, which a position rule took for furniture."""
    if i == 0 or labels[i - 1][0] != "caption" or not CREDITED_CAPTION.match(texts[i].strip()):
        return False
    row = tool_line(texts[i - 1])
    return row is not None and row.role == "placeholder"


def label_late(
    texts: Sequence[str], labels: Labels, is_title: Callable[[str], bool], is_prose: Callable[[str], bool]
) -> None:
    """Relabel in place, over the other rules: a kept copy's furniture (:func:`furniture`; a picture's placeholder
    only in the text or right under its last paragraph) and the story under another copy's header
    (:func:`fragment_story`: appended)."""
    last_body = max((i for i, (kind, _) in labels.items() if kind == "body"), default=-1)
    for i, text in enumerate(texts):
        kind = labels[i][0]
        found = furniture(text) if kind in LATE_KINDS else None
        if found is not None and found[0] == "caption" and i > last_body + 1:
            # A picture's placeholder below the text, not right under its last paragraph, stands in a list of
            # teasers: the list's kind.
            found = None
        if found is not None and found[0] != kind:
            labels[i] = found
        if found is None and kind == "boilerplate" and _under_placeholder(texts, labels, i):
            labels[i] = ("caption", "a caption closed by its credit, under a picture's placeholder")
    kinds = {i: kind for i, (kind, _) in labels.items()}
    for i in fragment_story(texts, kinds, is_title, is_prose):
        labels[i] = ("appended", "a story under the header of another cached copy glued below the article")
