"""A popular page's display type inside the text: summary boxes, crossheads, post signatures (issue 11, round 21).

A tabloid (and many a mobile or explainer page) sets a **summary box** of bullet sentences under the headline, above
the first paragraph ("• Ministers say the plan is dead"): the article's own first statement of the story, so its
items are ``body``; an item that copies a paragraph word for word is that paragraph given twice, ``duplicate``.
Between paragraphs it sets **crossheads**: a short line in capitals, sometimes a speaker's words in quotation marks
("'WE WILL NOT MOVE'"), a sub-heading of the text (``body``), however much it looks like a stray label. An embedded
post rendered as text ends with its **signature** ("— Name (@handle) May 4, 2021"), the embed's furniture
(``boilerplate``). Each function reads the page once, so the rules stay linear in its size.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from . import rules

# A display bullet opening a box item (a Markdown list's "-" and "*" are read by .markdown_structure).
BULLET = re.compile(r"^[•●▪■◦‣]\s+\S")
# A box holds at least this many items, each a phrase of at least this many words (a menu's items are shorter).
MIN_BOX_ITEMS = 2
MIN_ITEM_WORDS = 4
# A box's label ("KEY POINTS", "What we know") is a short phrase.
MAX_LABEL_WORDS = 4
# A crosshead is a phrase, not a sentence: at least two words (a one-word "ADVERTISEMENT" is a slot), at most six.
MIN_CROSSHEAD_WORDS = 2
MAX_CROSSHEAD_WORDS = 6
QUOTE_MARKS = "'\"‘’“”"
# An embedded post's signature: a dash, the author's name, the handle in brackets and the post's date.
POST_SIGNATURE = re.compile(
    r"^[—–-]\s*[^()@]{1,60}\(@\w{1,30}\)\s+(?:[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+\.? \d{4})$"
)


# A clip's running time on a line of its own ("00:45", "1:02:10"); a player's control is at most two words.
RUNNING_TIME = re.compile(r"^\d{1,2}(?::\d{2}){1,2}$")
MAX_CONTROL_WORDS = 2
MAX_CLIP_TITLE_WORDS = 25


def box_item(text: str) -> bool:
    """True when ``text`` is a bullet item of a box: a display bullet and a phrase of ``MIN_ITEM_WORDS`` words."""
    return bool(BULLET.match(text)) and len(text.split()) - 1 >= MIN_ITEM_WORDS


def _item_runs(texts: Sequence[str], end: int) -> list[range]:
    """Return the runs of at least ``MIN_BOX_ITEMS`` consecutive box items above line ``end`` (a new list)."""
    runs, start = [], None
    for i in range(end + 1):
        if i < end and box_item(texts[i]):
            start = i if start is None else start
            continue
        if start is not None and i - start >= MIN_BOX_ITEMS:
            runs.append(range(start, i))
        start = None
    return runs


def box_label(text: str) -> bool:
    """True when ``text`` may be a box's label: at most ``MAX_LABEL_WORDS`` words, no sentence or item punctuation
    ("KEY POINTS", "What we know")."""
    return (
        0 < len(text.split()) <= MAX_LABEL_WORDS
        and not text.rstrip().endswith((".", ",", ";", ":"))
        and not (BULLET.match(text))
    )


def box_labels(texts: Sequence[str], is_prose: Callable[[str], bool]) -> set[int]:
    """Return the lines labelling a summary box above the first paragraph (:func:`summary_box`): the short line
    directly above its first item. Such a label names the box, never the article, so it is no headline; which kind
    it is (the box's furniture or a sub-heading of the text) the other rules decide."""
    first = _first_paragraph(texts, is_prose)
    return {run.start - 1 for run in _item_runs(texts, first) if run.start and box_label(texts[run.start - 1])}


def _first_paragraph(texts: Sequence[str], is_prose: Callable[[str], bool]) -> int:
    """Return the first line that ``is_prose`` takes and that is no box item, or the page's length."""
    return next((i for i, text in enumerate(texts) if is_prose(text) and not box_item(text)), len(texts))


def summary_box(
    texts: Sequence[str], is_prose: Callable[[str], bool], words: Callable[[str], list[str]]
) -> dict[int, tuple[str, str]]:
    """Return ``{line: (kind, reason)}`` for the items of a summary box above the page's first prose paragraph.

    The items are ``body`` (the tabloid's own summary of the story, new text), except an item whose words
    (``words``, the comparison words) are a later line's, which is ``duplicate`` while that line is ``body``. A box
    only counts above the first
    paragraph that ``is_prose`` takes, where no list of links stands; below it a list is read by the other rules.
    """
    first = _first_paragraph(texts, is_prose)
    labels: dict[int, tuple[str, str]] = {}
    for run in _item_runs(texts, first):
        later: dict[tuple[str, ...], int] = {}
        for j in range(len(texts) - 1, run.stop - 1, -1):
            later[tuple(words(texts[j]))] = j
        for i in run:
            copy = later.get(tuple(words(texts[i].lstrip("•●▪■◦‣ "))))
            if copy is not None:
                labels[i] = ("duplicate", "a summary box's item repeating a paragraph of the text")
                # The paragraph is the text, the item its copy, though the item comes first.
                labels[copy] = ("body", "the paragraph a summary box's item repeats")
            else:
                labels[i] = ("body", "a summary box's item above the first paragraph: the article's own summary")
    return labels


def crosshead(text: str) -> bool:
    """True when ``text`` is shaped as a crosshead: two to six words in capitals, perhaps inside quotation marks or
    closed by an exclamation, no digits, no sentence or label punctuation."""
    bare = text.strip().strip(QUOTE_MARKS + "!?")
    tokens = bare.split()
    return (
        MIN_CROSSHEAD_WORDS <= len(tokens) <= MAX_CROSSHEAD_WORDS
        and any(c.isalpha() for c in bare)
        and bare.upper() == bare
        and all(c.isalpha() or c in " '’-&" for c in bare)
    )


def crossheads(
    texts: Sequence[str], kinds: Mapping[int, str], is_prose: Callable[[str], bool], furniture: Callable[[str], bool]
) -> dict[int, tuple[str, str]]:
    """Return ``{line: ("body", reason)}`` for the crossheads between two paragraphs of the text.

    A crosshead-shaped line (:func:`crosshead`) that the rules took for furniture is a sub-heading of the text when
    a body line stands somewhere above it and the line directly below is a body paragraph of prose (``is_prose``),
    and the line itself is no known furniture (``furniture``: "SPONSORED CONTENT"). A label over a list or over
    teasers has no paragraph directly below it, so it stays what it was.
    """
    labels: dict[int, tuple[str, str]] = {}
    seen_body = False
    for i, text in enumerate(texts[:-1]):
        kind = kinds.get(i)
        if (
            seen_body
            and kind not in ("body", "headline", "appended")
            and kinds.get(i + 1) == "body"
            and is_prose(texts[i + 1])
            and crosshead(text)
            and not furniture(text)
        ):
            labels[i] = ("body", "a crosshead: a short line in capitals between two paragraphs of the text")
        seen_body = seen_body or kind == "body"
    return labels


def post_signatures(texts: Sequence[str]) -> dict[int, tuple[str, str]]:
    """Return ``{line: ("boilerplate", reason)}`` for an embedded post's signature line (:data:`POST_SIGNATURE`):
    the embed's furniture, the post's text standing above it."""
    return {
        i: ("boilerplate", "an embedded post's signature: its author, handle and date")
        for i, text in enumerate(texts)
        if POST_SIGNATURE.match(text.strip())
    }


@lru_cache(maxsize=1)
def player_controls() -> frozenset[str]:
    """Return the first words of a media player's controls (``segmentation_player_controls.txt``)."""
    return rules._word_list("segmentation_player_controls.txt")


def _player_control(text: str) -> bool:
    """True when ``text`` is a player's control: at most ``MAX_CONTROL_WORDS`` words, the first a control's."""
    words = text.casefold().split()
    return 0 < len(words) <= MAX_CONTROL_WORDS and words[0] in player_controls()


def clip_titles(texts: Sequence[str], kinds: Mapping[int, str]) -> dict[int, tuple[str, str]]:
    """Return ``{line: ("caption", reason)}`` for a clip's title set under a player's control and its running
    time ("Play Video" / "01:12" / the title): the title describes the media item, as a photo's caption does. A line
    that closes a sentence is the text's next paragraph, not a title; an appended story keeps its kind."""
    return {
        i: ("caption", "a clip's title under the player's control and running time")
        for i in range(2, len(texts))
        if RUNNING_TIME.match(texts[i - 1].strip())
        and _player_control(texts[i - 2])
        and kinds.get(i) not in ("headline", "appended")
        and 0 < len(texts[i].split()) <= MAX_CLIP_TITLE_WORDS
        and not texts[i].rstrip().endswith((".", "!", "?", ":"))
    }


def introduced_posts(
    texts: Sequence[str], kinds: Mapping[int, str], furniture: Callable[[str], bool]
) -> dict[int, tuple[str, str]]:
    """Return ``{line: ("body", reason)}`` for an embedded post's text that the article introduces with a colon.

    A paragraph ending in a colon ("… shared a tearful post:"), then the embed's header line, the post's one line
    and the embed's signature below it: the post is the quotation the paragraph introduces, shown as the article's
    evidence (a block quotation), so it is the text's, while the header and signature stay furniture. A line that
    is itself known furniture (``furniture``) or that a rule took for an appended story keeps its kind.
    """
    return {
        i: ("body", "an embedded post introduced by the paragraph's colon two lines above")
        for i in range(2, len(texts) - 1)
        if kinds.get(i) in ("boilerplate", "navigation")
        and kinds.get(i - 2) == "body"
        and texts[i - 2].rstrip().endswith(":")
        and kinds.get(i - 1) not in ("body", "headline", None)
        and kinds.get(i + 1) not in ("body", "headline", None)
        and not furniture(texts[i])
    }
