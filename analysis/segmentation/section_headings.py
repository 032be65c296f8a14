"""A section heading names what the paragraph under it tells (issue 11, round 11).

Pattern rules for furniture (a byline's "names joined by 'and' / 'in'", a stray short line) take
short lines between two paragraphs out of the text. Inside an article, a short line there is often a
section heading: a transcript's topic ("Floods in the delta"), a meeting record's "Introduction of
Draft". What holds whatever the house style is that a heading announces its section, so its content
words recur in the paragraph directly below it; a teaser's title, an advertisement label or a widget
does not lead into the next paragraph (a teaser is kept out by its label). Each line is read once.
"""

from __future__ import annotations

from functools import lru_cache

from . import headline_overlap, prompts, rules, sentence_shape, topical_prose

# A heading is short: at most this many words (a teaser's headline is longer).
MAX_HEADING_WORDS = 6
# At least this many of its content stems, and this share of them, recur in the paragraph below.
MIN_SHARED_STEMS = 2
MIN_HEADING_SHARE = 0.6
# A one-word heading names the subject its paragraph opens with: its word is among the paragraph's first words.
OPENING_WORDS = 4


def heads_paragraph(heading: str, paragraph: str) -> bool:
    """True when ``heading`` is a short line, without a sentence's end or a teaser's label, whose content
    words (``MIN_SHARED_STEMS`` and ``MIN_HEADING_SHARE`` of them) recur in ``paragraph``, the text below it,
    which does not open with it."""
    if len(heading.split()) > MAX_HEADING_WORDS or sentence_shape.closes_sentence(heading):
        return False
    # A name set over a paragraph that opens with it is an author's name over their note, not a heading.
    if heading.endswith((":", ";", ",")) or topical_prose.teaser_label(heading) or paragraph.startswith(heading):
        return False
    stems = headline_overlap.content_stems(heading)
    share, shared = headline_overlap.overlap(heading, headline_overlap.content_stems(paragraph))
    # Round 13: a heading of one content word (a digest's "Britain" over "The British tabloid …") can share
    # no more than that word; it must then open the paragraph's first words.
    if len(stems) == 1:
        return shared == 1 and bool(stems & headline_overlap.content_stems(" ".join(paragraph.split()[:OPENING_WORDS])))
    return shared >= MIN_SHARED_STEMS and share >= MIN_HEADING_SHARE


@lru_cache(maxsize=1)
def button_verbs() -> frozenset[str]:
    """Return the verbs that open a button or link label (``segmentation_button_verbs.txt``) and the reader
    prompts' verbs (``segmentation_prompt_verbs.txt``)."""
    return rules._word_list("segmentation_button_verbs.txt") | prompts.prompt_verbs()


def unspaced_sub_heading(text: str) -> bool:
    """True when ``text``, shaped as a sub-heading on a page without blank lines, may be one: it does not open
    with a verb of a button or link ("View original post", "Read more"). On a page that sets blank lines,
    a heading stands alone in its block; without them, only its wording tells it from a control."""
    words = rules.WORD.findall(text)
    return bool(words) and words[0].casefold() not in button_verbs()
