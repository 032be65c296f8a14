"""Pages re-rendered for another medium: print views, text-only and lite editions, reader views (issue 11, round 17).

A site's "print this article" view, its low-bandwidth text edition or a browser's reader view keeps the
article's text but swaps the site's chrome for furniture of its own, told by its shape and a few words
whatever the site: print tools and stamps (``Print   Close window``, ``Printed from …``, ``This article was
printed from … on …``, a running print header ``<Site> - Print``, the article's address on a line of its
own), the print engine's page breaks (``Page 1 of 2`` and the running header again, set even inside a
paragraph, whose two halves stay text), placeholders where a picture was (``[image]``, ``[Image: …]``,
``(Photo omitted)``: captions), edition switches (``Go to full site``, ``← Back to top stories``:
navigation), a reference list of sources (``Sources: …; …``) and a byline row with a reading time.
Each rule is a function of a line's text (and of its neighbours for a page break); :func:`relabel`
applies them last, over what the general rules made of these lines. Every function reads each line a
bounded number of times, so the pass stays linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Protocol

from .line_features import features

# The items of a row of links or of a running header: bars, bullets, dashes between spaces, wide spaces.
ROW_SEPARATOR = re.compile(r"\s{2,}|\s*[|·•]\s*|\s+[-–—]\s+")
# Arrows and chevrons a link carries before or after its words ("← Back to top stories", "Full site »").
ARROWS = re.compile(r"^[←«‹<\s]+|[\s→»›>]+$")
# A print stamp: "Printed from …", "Printed: 14/01/2024", "Printed on …", "This article was printed from …".
PRINT_STAMP = re.compile(
    r"^(?:this (?:article|page|story|item|document) was )?printed(?:\s*:|\s+(?:from|on|at|by)\b|\s+\d)", re.I
)
# The article's address on a line of its own, as a print template sets it under its header.
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)
# A picture's placeholder: a picture word in brackets, alone, with an alt text after a colon, or with a word
# saying the picture is left out ("[image]", "[Image: Smoke over …]", "(Photo omitted)").
PLACEHOLDER = re.compile(r"^[\[(]\s*(?P<word>[A-Za-z]+)\s*(?P<rest>(?::[^\])]*)|[a-z ]*)[\])]$", re.I)
# An embedded clip's title: a clip label, a colon or bar, the title ("VIDEO: …", "Watch | …").
CLIP_TITLE = re.compile(r"^(?P<label>[A-Za-z]+)\s*[:|]\s+\S")
# A clip's running time: alone on a line ("1:32", "(03:05)") or closing the title line.
CLIP_TIME = re.compile(r"^\(?\d{1,2}:\d{2}\)?$")
CLIP_TIME_AT_END = re.compile(r"\(\d{1,2}:\d{2}\)$")
# A reference number a print view adds after a link's text ("Photograph: Jane Roe/Agency [1]").
REFERENCE_MARK = re.compile(r"\s*\[\d{1,3}\]$")
# A list of sources closing the article ("Sources: Interior Ministry; UN; staff reporting.").
SOURCES_LABEL = re.compile(r"^sources?\s*:\s*\S", re.I)
# A sentence ending inside a line: a word's letters, its punctuation, then a capital ("… too old. It …");
# an initialism ("U.N. OCHA") ends no sentence.
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]")
# A printed page's jump line: "Continued on Page 9", "See LEVY, Page A3", "From Page A1".
JUMP_LINE = re.compile(r"^(?:continued (?:on|from)|(?:from|see\s+[A-Z][A-Z'-]*,))\s*page\s+[A-Z]?\d{1,3}\W*$", re.I)
# A printed page's columns are narrow: its text lines have at most this many words (median) ...
MAX_WORDS_COLUMN_LINE = 10
# ... and at least this share of them stop mid-sentence (a wrapped column, not one paragraph a line).
MIN_SHARE_WRAPPED = 0.5
# ... over at least this many text lines (fewer say nothing of the page's layout).
MIN_COLUMN_LINES = 8
# A printed page's other story (a brief, a story's first column before its jump) has at most this many lines.
MAX_PRINTED_STORY_LINES = 40
# A story's title on a printed page: one or two lines of a few words.
MIN_WORDS_PRINTED_TITLE = 3
MAX_WORDS_PRINTED_TITLE = 10
# "Page 1 of 2", "Page 3/4": the page number a print engine sets at every page break.
PAGE_NUMBER = re.compile(r"^page\s+(?P<page>\d{1,3})\s*(?:of|/)\s*(?P<pages>\d{1,3})$", re.I)
# A byline row: "By Jane Roe and John Doe | 14 January 2024 | 09:52 CET | 4 min read".
BYLINE_OPENING = re.compile(r"^[Bb][Yy]:?\s+[A-Z]")
# A running print header is a site's name and a print tool: the name has at most this many words.
MAX_WORDS_SITE_NAME = 5
# A row of print tools, a running header or an edition switch is short.
MAX_WORDS_ROW = 12
# A source in a list of sources is named in a few words; a sentence is longer.
MAX_WORDS_SOURCE = 12
# A byline row holds the byline and at least two more items (date, time, reading time).
MIN_BYLINE_ROW_ITEMS = 3
MAX_WORDS_BYLINE_ITEM = 10
# An advertisement's or a folio's row: at least this many items of at most this many words.
MIN_BULLET_ROW_ITEMS = 3
MAX_WORDS_BULLET_ITEM = 8
# Between the two halves of a paragraph cut by a page break stand the page number and the running header
# or footer: at most this many short lines.
MAX_BREAK_LINES = 3
MAX_WORDS_BREAK_LINE = 12
# The first half of a cut paragraph is prose of at least this many words.
MIN_WORDS_CUT_HALF = 6


class LineLike(Protocol):
    """A labelled line: its trimmed text (:class:`.labelling.Line`)."""

    text: str


Labels = dict[int, tuple[str, str]]


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    """Return kind -> items of ``segmentation_rerendered_pages.txt`` (tool, edition, picture, absent)."""
    found: dict[str, set[str]] = {}
    with resources.files("analysis.data").joinpath("segmentation_rerendered_pages.txt").open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                kind, item = line.rstrip("\n").split("\t")
                found.setdefault(kind, set()).add(item.strip())
    return {kind: frozenset(items) for kind, items in found.items()}


def _words(text: str) -> int:
    # The line's words are read once for every rule (.line_features: the same pattern as before), not split again here.
    return features(text).word_count


def row_items(text: str) -> list[str]:
    """Return the items of a row of links, case-folded, without arrows (one item for a line without separators)."""
    return [ARROWS.sub("", item).casefold() for item in ROW_SEPARATOR.split(text) if ARROWS.sub("", item)]


def _closes(text: str) -> bool:
    return text.rstrip("\"'”’)]").endswith((".", "!", "?", "…"))


def print_tool_row(text: str) -> str | None:
    """Return a reason when ``text`` is a row of print tools ("Print this page   Close window", "Printer-friendly
    version | Back to article") or a running print header (a site's name and a print tool: "<Site> - Print").

    A row of the print template's buttons, with at most one item that is none (the site's name, a few words
    and no sentence), is furniture of the print view, not a menu of the site (boilerplate)."""
    if _words(text) > MAX_WORDS_ROW:
        return None
    tools = _word_lists()["tool"]
    items = row_items(text)
    others = [item for item in items if item not in tools]
    if len(others) == len(items) or len(others) > 1:
        return None
    if others and (_words(others[0]) > MAX_WORDS_SITE_NAME or _closes(others[0])):
        return None
    return "print view: a row of print tools or the running print header (a site's name and a print tool)"


def print_stamp(text: str) -> str | None:
    """Return a reason when ``text`` is a print stamp ("Printed from …", "Printed: <date>", "This article was
    printed from … on …"): the print view speaking of itself (boilerplate)."""
    return "print view: a print stamp (where or when the page was printed)" if PRINT_STAMP.match(text) else None


def is_print_view(texts: Sequence[str]) -> bool:
    """True when the page holds a print stamp or a row of two print tools or more: a site's print view."""
    return any(
        print_stamp(text) or (print_tool_row(text) and len(row_items(text)) > 1)
        for text in texts
        if len(text) < 200  # a paragraph is neither (a cheap gate)
    )


def edition_switch_row(text: str) -> str | None:
    """Return a reason when ``text`` is a row of edition switches ("Go to full site", "Text-only version",
    "← Back to top stories"), perhaps beside the site's name in capitals ("NEWS LITE | Text-only version").

    Links to another edition of the site or to its front page are navigation wherever they stand, above the
    headline or under the last paragraph."""
    if _words(text) > MAX_WORDS_ROW:
        return None
    switches = _word_lists()["edition"]
    parts = [part for part in ROW_SEPARATOR.split(text) if ARROWS.sub("", part)]
    others = [part for part in parts if ARROWS.sub("", part).casefold() not in switches]
    # The site's name set in capitals beside a switch is its banner.
    if len(others) == len(parts) or len(others) > 1 or (others and not others[0].isupper()):
        return None
    return "re-rendered page: a link to another edition of the site or to its front page"


def picture_placeholder(text: str) -> str | None:
    """Return a reason when ``text`` is a picture's placeholder: a picture word in brackets, alone ("[image]"),
    with an alt text ("[Image: Villagers wade …]") or with a word saying it is left out ("(Photo omitted)").

    A print view or a text edition sets it where the photo and its caption were: it is read as a caption."""
    match = PLACEHOLDER.match(text)
    if not match or match.group("word").casefold() not in _word_lists()["picture"]:
        return None
    rest = match.group("rest").strip()
    if rest and not rest.startswith(":") and rest.casefold() not in _word_lists()["absent"]:
        return None
    return "re-rendered page: a picture's placeholder (the picture word in brackets) where the photo was"


def embedded_clip(text: str, following: str) -> str | None:
    """Return a reason when ``text`` is the title of an embedded clip with its running time: a clip label and a
    title ("VIDEO: Crews clear the line", "Watch | Ferries return") closed by the time in brackets ("(1:32)") or
    set over a line holding only the time ("1:32"). A re-rendered page keeps the player's title where the clip
    stood in the article: it is the clip's caption, not a teaser for another page (teasers carry no time)."""
    match = CLIP_TITLE.match(text)
    if not match or match.group("label").casefold() not in _word_lists()["clip"]:
        return None
    if not (CLIP_TIME_AT_END.search(text) or CLIP_TIME.match(following)):
        return None
    return "re-rendered page: an embedded clip's label, title and running time (its caption)"


def credit_before_reference(text: str, is_credit: Callable[[str], object]) -> str | None:
    """Return a reason when ``text`` is a photo credit followed by a print view's reference number ("Photograph:
    Jane Roe/Agency [1]"): ``is_credit`` accepts the line without the number."""
    if not REFERENCE_MARK.search(text):
        return None
    bare = REFERENCE_MARK.sub("", text)
    return "print view: a photo credit followed by a link's reference number" if bare and is_credit(bare) else None


def sources_line(text: str) -> str | None:
    """Return a reason when ``text`` is a list of sources ("Sources: Port Authority; UN; staff reporting."): a
    ``Source(s):`` label and names of a few words each, set apart by semicolons (boilerplate, a reference list)."""
    if not SOURCES_LABEL.match(text):
        return None
    listed = text.split(":", 1)[1].rstrip(".")
    # Two sentences are an explanation, not a list of names ("Sources: the company said … It gave …").
    if INNER_SENTENCE_END.search(listed):
        return None
    names = listed.split(";")
    if any(_words(name) > MAX_WORDS_SOURCE or _closes(name) for name in names):
        return None
    return "a list of sources closing the article (names set apart by semicolons)"


def jump_row(text: str) -> str | None:
    """Return a reason when ``text`` is a printed page's jump line or holds one as an item of its row ("Continued
    on Page 9", "See LEVY, Page A3", "SYRIA | From Page A1"): where the story goes on or came from (boilerplate)."""
    if "page" not in text.casefold() or _words(text) > MAX_WORDS_ROW:
        return None
    if any(JUMP_LINE.match(item.strip()) for item in ROW_SEPARATOR.split(text)):
        return "a printed page's jump line: where the story goes on or comes from"
    return None


def bullet_row(text: str) -> str | None:
    """Return a reason when ``text`` is a row of at least ``MIN_BULLET_ROW_ITEMS`` short items set apart by
    bullets, none a sentence ("CARPETS • Summer sale now on • Fitted free • Tel 555 0142"): an advertisement, a
    folio or an index set in a printed page, never running text (boilerplate)."""
    if "•" not in text:
        return None
    items = [item.strip() for item in text.split("•")]
    if len(items) < MIN_BULLET_ROW_ITEMS or any(
        _closes(item) or _words(item) > MAX_WORDS_BULLET_ITEM for item in items
    ):
        return None
    return "a row of short items set apart by bullets: an advertisement, folio or index of a printed page"


def byline_row(text: str) -> str | None:
    """Return a reason when ``text`` is a byline row: a byline ("By Jane Roe and John Doe") and at least two more
    items with figures (date, time, reading time) set apart by bars or bullets (boilerplate)."""
    items = [item.strip() for item in re.split(r"\s*[|·•]\s*", text)]
    if len(items) < MIN_BYLINE_ROW_ITEMS or not BYLINE_OPENING.match(items[0]):
        return None
    if _words(items[0]) > MAX_WORDS_BYLINE_ITEM or any(_closes(item) for item in items):
        return None
    if not all(any(ch.isdigit() for ch in item) for item in items[1:]):
        return None
    return "a byline row: the byline, date, time and reading time set apart by separators"


@dataclass(frozen=True)
class PageBreak:
    """A paragraph cut by a print engine's page break: its first half, the furniture between (page number,
    running footer or header) and its second half."""

    first: int
    furniture: tuple[int, ...]
    second: int


def _break_line(text: str) -> bool:
    return _words(text) <= MAX_WORDS_BREAK_LINE and not _closes(text)


def page_breaks(texts: Sequence[str]) -> list[PageBreak]:
    """Return the paragraphs cut by a page break: a page number not on the last page ("Page 1 of 2") set
    directly under a line of prose that stops mid-sentence, then at most ``MAX_BREAK_LINES`` - 1 short lines
    (the next page's running header), then the line that carries the sentence on (opening in lower case). A
    page break between two paragraphs cuts none."""
    found: list[PageBreak] = []
    for i, text in enumerate(texts):
        match = PAGE_NUMBER.match(text)
        if not match or int(match.group("page")) >= int(match.group("pages")) or i == 0:
            continue
        first = i - 1
        if _closes(texts[first]) or _words(texts[first]) < MIN_WORDS_CUT_HALF:
            continue
        second = i + 1
        while second < len(texts) and second - i < MAX_BREAK_LINES and not texts[second][:1].islower():
            if not _break_line(texts[second]):
                break
            second += 1
        if second < len(texts) and texts[second][:1].islower():
            found.append(PageBreak(first, tuple(range(i, second)), second))
    return found


def break_furniture(texts: Sequence[str]) -> frozenset[int]:
    """Return the lines between the halves of every paragraph cut by a page break (:func:`page_breaks`)."""
    if not any(text[:4].casefold() == "page" for text in texts):  # a cheap gate: no page number, no break
        return frozenset()
    return frozenset(k for cut in page_breaks(texts) for k in cut.furniture)


# What a line's label may have been before a rule of this module relabels it.
_FROM = {
    "boilerplate": {"navigation", "body", "headline"},
    "navigation": {"boilerplate", "body"},
    "caption": {"boilerplate", "body"},
}


def _set(labels: Labels, i: int, kind: str, reason: str | None) -> None:
    if reason and labels[i][0] in _FROM[kind]:
        labels[i] = (kind, reason)


def relabel(lines: Sequence[LineLike], labels: Labels, is_credit: Callable[[str], object]) -> None:
    """Relabel the furniture of a re-rendered page (print tools and stamps, the address under a print header,
    edition switches, picture placeholders, credits with a reference number, lists of sources, byline rows)
    and the paragraphs cut by a page break (both halves body, the furniture between boilerplate). Run last."""
    texts = [line.text for line in lines]
    print_view = is_print_view(texts)
    for i, text in enumerate(texts):
        if len(text) > MAX_WORDS_ROW * 20:  # a paragraph is none of these (a cheap gate)
            continue
        _set(labels, i, "boilerplate", print_tool_row(text) or print_stamp(text))
        _set(labels, i, "boilerplate", sources_line(text) or byline_row(text) or jump_row(text))
        if labels[i][0] == "body":  # a site's tagline of bullets above the headline stays its chrome
            _set(labels, i, "boilerplate", bullet_row(text))
        if print_view and BARE_URL.match(text):
            _set(labels, i, "boilerplate", "print view: the article's address on a line of its own")
        _set(labels, i, "navigation", edition_switch_row(text))
        _set(labels, i, "caption", picture_placeholder(text) or credit_before_reference(text, is_credit))
        clip = embedded_clip(text, texts[i + 1] if i + 1 < len(texts) else "")
        if clip and labels[i][0] == "boilerplate":
            labels[i] = ("caption", clip)
            if i + 1 < len(texts) and CLIP_TIME.match(texts[i + 1]):
                _set(labels, i + 1, "caption", clip)
    _label_glued_story(texts, labels)
    for i in printed_next_stories(texts, [labels[i][0] for i in range(len(texts))]):
        labels[i] = ("appended", "a printed page's other story: its title and text, set off by page furniture")
    if any(text[:4].casefold() == "page" for text in texts):
        for cut in page_breaks(texts):
            for k in cut.furniture:
                labels[k] = ("boilerplate", "print view: page number and running header between a cut paragraph")
            halves = (cut.first, cut.second)
            if any(labels[k][0] == "body" for k in halves) or print_view:
                for k in halves:
                    labels[k] = ("body", "print view: a half of a paragraph cut by a page break")


def glued_story(texts: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """Return the lines of a story glued below the article's list of several sources (:func:`sources_line`): the text
    lines (``kinds`` body) directly after it, when no text follows them but furniture. A list of sources
    closes its article; a lite or text-only edition saved as one stream may run the next item under it with
    no header, and that item is another story (appended)."""
    # text_after[k]: some text or a headline stands at line k or below (read once, from the end).
    text_after = [False] * (len(texts) + 1)
    for k in range(len(texts) - 1, -1, -1):
        text_after[k] = text_after[k + 1] or kinds[k] in ("body", "headline", "appended")
    for i, text in enumerate(texts):
        # A list of several sources closes an article; one source under a section heads that section.
        if kinds[i] != "boilerplate" or not sources_line(text) or ";" not in text:
            continue
        end = i + 1
        while end < len(texts) and kinds[end] == "body":
            end += 1
        if end > i + 1 and not text_after[end]:
            return list(range(i + 1, end))
    return []


def _label_glued_story(texts: Sequence[str], labels: Labels) -> None:
    for i in glued_story(texts, [labels[i][0] for i in range(len(texts))]):
        labels[i] = (
            "appended",
            "a story glued below the article's list of sources, with nothing but furniture after it",
        )


def wrapped_columns(texts: Sequence[str], kinds: Sequence[str]) -> bool:
    """True when the page's text is set in narrow wrapped columns, as a print edition or a PDF saved as text
    sets it: its text lines are short (median at most ``MAX_WORDS_COLUMN_LINE`` words) and most stop mid-sentence."""
    body = sorted(_words(texts[i]) for i, kind in enumerate(kinds) if kind == "body")
    if len(body) < MIN_COLUMN_LINES:
        return False
    open_lines = sum(not _closes(texts[i]) for i, kind in enumerate(kinds) if kind == "body")
    return body[len(body) // 2] <= MAX_WORDS_COLUMN_LINE and open_lines >= MIN_SHARE_WRAPPED * len(body)


def _printed_title(text: str) -> bool:
    words = _words(text)
    return (
        MIN_WORDS_PRINTED_TITLE <= words <= MAX_WORDS_PRINTED_TITLE
        and text[:1].isupper()
        and not text.isupper()
        and not _closes(text)
        and not text.endswith((",", ":", ";", "-"))
        and not re.search(r"[|•·›»/]|\s{2,}", text)
        and not BYLINE_OPENING.match(text)
        and not JUMP_LINE.match(text)
        and not PAGE_NUMBER.match(text)
    )


def _story_at(texts: Sequence[str], kinds: Sequence[str], t: int) -> int | None:
    """Return the end (exclusive) of a printed story whose title opens at line ``t``: one title line, perhaps
    a second opening in lower case, perhaps a byline, then wrapped text lines (not captions) that run to a
    jump line, to a line of furniture or to the end of the page; None when line ``t`` opens none."""
    k = t + 1
    if k < len(texts) and texts[k][:1].islower() and _printed_title(texts[k][:1].upper() + texts[k][1:]):
        k += 1
    if k < len(texts) and BYLINE_OPENING.match(texts[k]) and kinds[k] == "boilerplate":
        k += 1
    start = k
    # A printed page's other story is a brief or the start of a story jumped to another page: a bounded scan
    # (which keeps the pass linear in the page).
    stop = min(len(texts), start + MAX_PRINTED_STORY_LINES)
    while k < stop and kinds[k] in ("body", "boilerplate") and not JUMP_LINE.match(texts[k]):
        # Below the page's last paragraph the other story's text may have been read as furniture; a row of
        # items set apart by separators (an advertisement, a folio) is furniture still.
        if kinds[k] == "boilerplate" and re.search(r"[|•·›»]|\s{2,}", texts[k]):
            break
        # The next story's title follows a line that ends its sentence; a line that carries a sentence on is text.
        if (
            _words(texts[k]) < MIN_WORDS_PRINTED_TITLE
            or k > start
            and _closes(texts[k - 1])
            and _printed_title(texts[k])
        ):
            break
        k += 1
    if k - start < 2 or not texts[start][:1].isupper():
        return None
    if k < len(texts) and not JUMP_LINE.match(texts[k]) and kinds[k] in ("body", "headline", "caption"):
        return None
    return k


def printed_next_stories(texts: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """Return the lines of the other stories of a printed page (a print edition saved as text): a title of a few
    words, set after page furniture (a page number, a jump line, an advertisement, a section label), its
    wrapped text running to a jump line ("See LEVY, Page A3"), to furniture or to the end of the page; or set
    below the page's last paragraph, its text cut off mid-sentence by the page's end. The page's own story is
    the one under its headline; the others are appended. A crosshead inside the story is set between two
    paragraphs, after text and before more text, so it opens none. Only a page set in wrapped columns is read
    so (:func:`wrapped_columns`)."""
    kinds = list(kinds)
    if not any(kind == "headline" for kind in kinds) or not wrapped_columns(texts, kinds):
        return []
    found: list[int] = []
    # text_after[k]: some text, a headline or a jump line stands at line k or below (read once, from the end).
    text_after = [False] * (len(texts) + 1)
    for k in range(len(texts) - 1, -1, -1):
        text_after[k] = text_after[k + 1] or kinds[k] in ("body", "headline") or bool(JUMP_LINE.match(texts[k]))
    headline = kinds.index("headline")
    t = headline + 1
    while t < len(texts):
        end = None
        after_furniture = kinds[t - 1] not in ("body", "headline", "caption", "duplicate")
        if kinds[t] in ("body", "boilerplate") and _printed_title(texts[t]):
            end = _story_at(texts, kinds, t)
            # Below the page's last paragraph, a story whose text the page's end cuts off mid-sentence (a
            # story's own last section, under a crosshead, ends its last sentence, as it does before its jump).
            at_page_end = end is not None and not _closes(texts[end - 1]) and not text_after[end]
            if end is not None and not (after_furniture or at_page_end):
                end = None
        if end is None:
            t += 1
            continue
        for k in range(t, end):
            if kinds[k] == "body" or k == t or not BYLINE_OPENING.match(texts[k]):
                kinds[k] = "appended"
                found.append(k)
        t = end
    return found
