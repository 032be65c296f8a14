"""On-topic prose between two paragraphs is a paragraph (issue 11, round 9).

Pattern rules written for the house styles seen so far misfire on a page of a style never seen:
a footer word, a "notice" between two furniture lines or a credit-like phrase may take a
paragraph of the article out of the body. What holds whatever the house style is what a
paragraph is: a sentence that goes on with the story of the paragraphs around it and of its
headline, so it shares their content words. Furniture set between two paragraphs (a
subscription prompt, a newsletter sign-up) speaks of the site and shares almost none; a
related-story teaser may share many, but it is introduced by a short label ("Related:",
"Read more:"), which is the strong evidence that overrules the cue.
"""

from __future__ import annotations

import re

from . import headline_overlap

# A line sandwiched between two paragraphs is kept when at least ``MIN_SHARED_STEMS`` of its content
# stems, and at least ``MIN_TOPIC_SHARE`` of them, recur in the headline and the two paragraphs around
# it. Chosen leaving one house style out at a time on the 112 dev pages (issue 11, round 9), as the
# least values (grid 0.05-0.95 by 0.05; 1-3 stems) that keep no furniture line of the other styles
# set between two paragraphs: 0.05 and 2 stems in all 28 folds. On the left-out style, 408 of the
# 598 body lines set between two paragraphs would be kept were a pattern rule to take them out, and
# none of the 9 furniture lines there. One shared stem (446 kept) kept a newsletter prompt sharing
# one word ("stay") in one fold: a single word recurs by chance.
MIN_TOPIC_SHARE = 0.05
MIN_SHARED_STEMS = 2
# How far (in lines) the paragraphs around a line are looked for, across furniture and captions: a
# paragraph may be set between an advertisement label and a photo's caption. Chosen leaving one house
# style out at a time on dev (grid 1-8; the widest window that keeps no furniture or caption line of
# the other styles): 4 in 27 of 28 folds (8 in one, where 3 captions of the left-out style were kept
# wrongly). On the left-out style 515 of the 768 body lines so placed would be kept were a pattern
# rule to take them out (window 1, paragraphs adjacent: 408 of 598).
MAX_GAP_LINES = 4
# A teaser's label: up to three words and a colon opening the line ("Related:", "Read more:",
# "Related Article:"); strong evidence that the line points elsewhere, whatever its words.
TEASER_LABEL = re.compile(r"^(?:\S+\s+){0,2}\S+:\s")
# A teaser names another story by its title, and a title ends without a full stop; a label over
# a sentence closed by one is a note on the text ("Editor's note: ... could not verify ...").
SENTENCE_CLOSED = re.compile(r"[.!][\"'”’)]*\s*$")


def context_stems(headline: str, above: str, below: str) -> frozenset[str]:
    """Return the content stems of the headline and of the paragraphs above and below a line."""
    return (
        headline_overlap.content_stems(headline)
        | headline_overlap.content_stems(above)
        | headline_overlap.content_stems(below)
    )


def on_topic(text: str, context: frozenset[str]) -> bool:
    """True when ``text`` shares ``MIN_SHARED_STEMS`` content stems, and ``MIN_TOPIC_SHARE`` of them, with ``context``.

    A paragraph continues its neighbours' story; furniture about the site does not.
    """
    share, shared = headline_overlap.overlap(text, context)
    return shared >= MIN_SHARED_STEMS and share >= MIN_TOPIC_SHARE


def teaser_label(text: str) -> bool:
    """True when ``text`` opens with a short label and a colon ("Related: ...", "Read more: ...")
    and what follows is a title (not closed by a full stop): a labelled sentence is a note, not a teaser."""
    return bool(TEASER_LABEL.match(text)) and not SENTENCE_CLOSED.search(text)
