"""Evidence that a headline-like line below an article starts a second, appended story (issue 11, round 7).

A scraper that follows a page's infinite scroll or a "More news" box glues another story
below the article: its headline and its first paragraphs. The line-shape rule of
:func:`.labelling._starts_new_story` (a headline-like line followed by prose) also fires on
a page of one-sentence paragraphs broken by an in-text link title ("Related Article: …"),
and then takes most of the article away. An appended story is a tail: it never holds more
prose than the article above it. The rule here weighs that, by counting prose lines once
for the whole page so that the check stays linear in its length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from . import comments, headline_overlap, rules, sentence_shape, topical_prose


def prose_after(count: int, is_prose: Callable[[int], bool]) -> list[int]:
    """Return, for every line number ``i`` in ``0..count``, how many lines after ``i`` are prose.

    ``is_prose(j)`` says whether line ``j`` is a paragraph of prose still to be labelled; the
    list has ``count + 1`` entries (the last is 0), built in one backward pass.
    """
    after = [0] * (count + 1)
    for j in range(count - 1, -1, -1):
        after[j] = after[j + 1] + (1 if j + 1 < count and is_prose(j + 1) else 0)
    return after


def host_outweighs_tail(body_before: Sequence[int], prose_below: int) -> str | None:
    """Return a reason when the article above a candidate headline is at least as long as the prose below it.

    ``body_before`` are the article's body lines so far, ``prose_below`` the prose lines below
    the candidate (what an appended story would take). A second story glued below an article is
    a teaser of a few paragraphs; when the prose below outnumbers the article above, the
    candidate is a line inside the article (an in-text link, a sub-heading) and reading it as a
    new story would cost most of the page's body. Returns None then.
    """
    if len(body_before) >= prose_below:
        return f"the article above ({len(body_before)} body lines) is no shorter than the prose below ({prose_below})"
    return None


def reads_as_title(text: str) -> bool:
    """True when ``text`` may be a title: it neither ends a sentence (closing quotation marks of any
    language included) nor holds the end of one sentence and the start of the next.

    A title is a phrase; a line that holds two sentences, or that closes one inside « … » or „ … “,
    is a paragraph (or half of one the scrape broke), however few words it has.
    """
    return not sentence_shape.closes_sentence(text) and not sentence_shape.holds_two_sentences(text)


def labelled_link(text: str, following: Sequence[str]) -> bool:
    """True when ``text`` opens with a short label and a colon ("Also interesting: …") and does not sum up
    the ``following`` paragraphs: a link to another page set inside the article, not the headline of
    the story below it.

    A glued story's headline may carry a topic label too ("Nepal: Landslides kill nine …"), but
    it names what its first paragraphs tell, so their content words recur in it.
    """
    return topical_prose.teaser_label(text) and not headline_overlap.summarises(
        text, headline_overlap.summary_stems(following)
    )


def heads_a_story(text: str, following: Sequence[str]) -> bool:
    """True when headline-like ``text``, followed by the paragraphs ``following``, may head a second story:
    it reads as a title (:func:`reads_as_title`) and is not a labelled link (:func:`labelled_link`)."""
    return reads_as_title(text) and not labelled_link(text, following)


# Kinds an earlier rule gives the page's furniture (a time stamp, a reactions row, a widget).
FURNITURE_KINDS = ("boilerplate", "navigation")


def paragraphs_apart(between: Sequence[tuple[str, str]], dated: bool) -> bool:
    """True when the first two paragraphs below a headline-like line are set apart by the page's furniture:
    ``between`` are the (kind an earlier rule gave, text) of the lines between them; ``dated``: the first
    paragraph opens with a dateline.

    A second story glued below an article runs its paragraphs one after the other; a line of furniture
    after the first one (a post's reactions row, its time stamp) closes an embedded entry (a quoted
    social-media post, its "Translated from …" note over its one paragraph), and the prose below it is
    the article going on, not more of a second story. A caption between them is left out: a story's
    photograph may sit there. Below a dated paragraph a single paragraph is a story, and the footer's
    widgets may follow it (a newsletter box over its pitch): there only a time stamp or a row of
    counters, which closes a post, sets the paragraphs apart.
    """
    if not dated:
        return any(kind in FURNITURE_KINDS for kind, _ in between)
    return any(
        kind in FURNITURE_KINDS and (rules.timestamp_line(text) or comments.counter_row(text)) for kind, text in between
    )


# A link's title is a headline: at least this many words after its label ("Also worth reading: <title>").
MIN_LINK_TITLE_WORDS = 4


def link_between_paragraphs(text: str, above: str, below: Sequence[str]) -> bool:
    """True when ``text``, set after the paragraph ``above`` and before the lines ``below``, is a labelled link
    to another story: a short label and a colon over a title of ``MIN_LINK_TITLE_WORDS`` words or more that
    neither closes a sentence nor holds two, whose label names nothing of the paragraphs around it and whose
    title does not sum up the paragraphs below (:func:`labelled_link`).

    A heading set as "Kremlin: agreements no longer in effect" (a live blog's entry) names an actor of
    the text in its label; "Answer: We have seen …" holds sentences; a link's label speaks of the site.
    """
    label, _, title = text.partition(":")
    if len(title.split()) < MIN_LINK_TITLE_WORDS or not reads_as_title(text) or not labelled_link(text, below):
        return False
    if quoted_title(title):
        return False
    around = headline_overlap.content_stems(above) | headline_overlap.summary_stems(below)
    return not headline_overlap.content_stems(label) & around


# Marks opening and closing a quotation (straight, curly and guillemets).
OPENING_MARKS = '"“«„'
CLOSING_MARKS = '"”»“'


def quoted_title(title: str) -> bool:
    """True when ``title`` is wholly a quotation ('"Food as a weapon, again"'): the words of a speaker or of
    the paper under review, set as a section heading ('<Outlet>: "<its headline>"'). A link to another story
    of the site gives that story's own title, not a quotation of it (round 13: on the 192 dev pages no link
    title set between paragraphs is wholly quoted)."""
    title = title.strip()
    return len(title) > 2 and title[0] in OPENING_MARKS and title[-1] in CLOSING_MARKS


# Figures of a time stamp, masked so that two stamps of one format compare equal ("August 28" ~ "August 29").
_FIGURES = re.compile(r"\d+")


class EntryStamps:
    """The time-stamp formats that date entries inside the article's text, read line by line.

    A page made of dated entries (a channel's posts, a live blog's updates) sets a time stamp above
    each entry; when one such stamp stands between two paragraphs of the text, the text is a run of
    entries, and a headline-like line under a stamp of the same format is the next entry of that run,
    not a second story glued below the article. A news article's own stamp sits in its byline block,
    above its first paragraph, so it never dates an entry here.
    """

    def __init__(self) -> None:
        self.pending: set[str] = set()  # formats of stamps read since the last paragraph
        self.dated: set[str] = set()  # formats of stamps read between two paragraphs

    @staticmethod
    def shape(text: str) -> str | None:
        """Return the format of ``text`` when it is a time stamp (its figures masked), else None."""
        return _FIGURES.sub("0", text.strip()) if rules.timestamp_line(text) else None

    def note_furniture(self, text: str, in_text: bool) -> None:
        """Note a furniture line ``text`` read below a paragraph of the text (``in_text``)."""
        if in_text and (shape := self.shape(text)):
            self.pending.add(shape)

    def note_paragraph(self) -> None:
        """Note a paragraph of the text: the stamps read since the last one dated an entry."""
        self.dated |= self.pending
        self.pending.clear()

    def next_entry(self, stamp_above: str | None) -> bool:
        """True when ``stamp_above``, the furniture line right above a headline-like line, is a time stamp of
        a format that already dated an entry of the text."""
        return stamp_above is not None and self.shape(stamp_above) in self.dated


class StoryTail:
    """The appended story being read, line by line, and where it ends.

    A glued story is its headline, perhaps its byline and time stamp, and its paragraphs; below
    its paragraphs the page's furniture resumes (a forum's reply buttons, the next poster's name,
    a footer). Once a paragraph of the story has been read, the first line of furniture (a line
    a rule labelled so, or a line that is no prose) closes the story, and what follows it is the
    page's furniture, not more of the story.
    """

    def __init__(self) -> None:
        self.start: int | None = None  # offset where the appended story starts
        self.paragraphs = False
        self.closed = False

    def note_furniture(self, kind: str) -> None:
        """Close the story when a line labelled ``kind`` by an earlier rule (not a caption) follows its paragraphs."""
        if self.start is not None and self.paragraphs and kind in ("boilerplate", "navigation"):
            self.closed = True

    def label(self, is_prose: bool) -> tuple[str, str]:
        """Return the (kind, reason) of the next unlabelled line below the story's headline (``is_prose``: it is a
        paragraph): ``appended`` up to the end of its paragraphs, ``boilerplate`` after."""
        if self.closed or (self.paragraphs and not is_prose):
            self.closed = True
            return "boilerplate", f"below the paragraphs of the story appended at {self.start}: the page's furniture"
        self.paragraphs = self.paragraphs or is_prose
        return "appended", f"part of the story appended at {self.start}"
