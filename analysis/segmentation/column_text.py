"""Lines of a narrow column of running text, as a print edition's text layer gives them (issue 11, round 12).

A newspaper's e-paper or print PDF, read as text, gives one line per column line (about 50
characters, six to nine words), with no blank line between paragraphs and words hyphenated at
the line's end. Such a line is shorter than the paragraph length the wrap rules of
:mod:`.labelling` ask for, so it was read as a link title, a headline or a stray line. Two cues
that need no list of words tell it apart: a word broken by a hyphen at the end of the line and
finished at the start of the next ("prepar-" / "ing"), and a line of running words whose
sentence the next line carries on in lower case. A headline, a kicker or a link title is a
phrase of its own: it is never hyphenated at its end, and the line under it starts a new phrase.
"""

from __future__ import annotations

import re

from . import rules
from .line_features import features

# A column line holds at least this many words (a 50-character column: six to nine); fewer words
# over a lower-case line are a short phrase (a kicker, a name) rather than a column's line.
MIN_WORDS_COLUMN_LINE = 5
# A word broken at the line's end: letters and a hyphen (not a dash set apart by spaces).
HYPHEN_BREAK = re.compile(r"[^\W\d_]{2,}-$")


def hyphen_break(text: str, following: str) -> bool:
    """True when ``text`` ends in a word broken by a hyphen that ``following`` finishes in lower case
    ("… were prepar-" / "ing to stage …"): only running text is hyphenated at a line's end."""
    rest = following.lstrip()
    stripped = text.rstrip()
    # HYPHEN_BREAK ends in "-$", so only a line ending in a hyphen is searched (every line of 1,000 bench
    # articles, measured: 0.47 -> 0.01 s per 1,000 articles).
    return stripped.endswith("-") and bool(HYPHEN_BREAK.search(stripped)) and bool(rest) and rest[0].islower()


def joins(text: str, following: str) -> bool:
    """True when ``following`` may carry on the sentence of ``text``: a hyphenated word, or no closing
    punctuation on ``text`` and either a lower-case start of ``following`` or an open ending of ``text``."""
    if hyphen_break(text, following):
        return True
    rest = following.lstrip(rules.OPENING_QUOTES)
    return bool(rest) and (rest[0].islower() or open_ending(text)) and rules.continues_on_next_line(text, following)


def column_wrap(text: str, following: str, above: str = "", below: str = "") -> bool:
    """True when ``text`` is a line of a column of running text that ``following`` carries on.

    Either a word is hyphenated across the two lines (:func:`hyphen_break`), or ``text`` has
    ``MIN_WORDS_COLUMN_LINE`` words or more of running prose (:func:`.rules.running_words`, or an
    open ending: "… the railroad said" / "87 per cent …", "… a firm on" / "Dock Road, …"), the next
    line carries its sentence on (:func:`joins`), and the sentence runs on over a third line too
    (``above`` joins ``text``, or ``following`` joins ``below``): a column is a run of joined
    lines, while a headline over a lower-case line ("date 2022-09-03") is one line over furniture.
    The fit test of a fixed-width wrap (:func:`.rules.wrap_fits`) is not asked: a justified column's
    lines differ in length by a few characters either way.
    """
    if hyphen_break(text, following):
        return True
    if features(text).word_count < MIN_WORDS_COLUMN_LINE or not (rules.running_words(text) or open_ending(text)):
        return False
    return (joins(text, following) and (joins(above, text) or joins(following, below))) or filled_line(
        text, following, below, above
    )


# A justified column's lines differ in length by a few characters: a line this share of the next line's length
# or more fills the column (a title set over a column is shorter: 28 to 35 characters over 50 on dev pages).
COLUMN_FILL = 0.85
# A column line is narrow: at most this many characters (a 50-character column; a web page's lines are longer).
MAX_COLUMN_CHARS = 60


def filled_line(text: str, following: str, below: str, above: str) -> bool:
    """True when ``text``, without a sentence's end, fills the column as the line under it does (``COLUMN_FILL``)
    and that line is itself a column line carried on by ``below`` (:func:`joins`), inside a column: ``above`` is
    a column line too (``MIN_WORDS_COLUMN_LINE`` words), and none of the three is wider than ``MAX_COLUMN_CHARS``.

    A sentence that goes on in a name or a figure ("… a firm on" / "Dock Road, said …", "… (DHWU) said" /
    "87 per cent …") gives no lower-case start to :func:`joins`; a line as wide as the column that ends
    without a full stop, over a line that runs on, is still the column's text (issue 11, round 14).
    """
    return (
        bool(following)
        and max(len(above), len(text), len(following)) <= MAX_COLUMN_CHARS
        and len(rules.WORD.findall(above)) >= MIN_WORDS_COLUMN_LINE
        and not features(text).ends_sentence
        and len(text) >= COLUMN_FILL * len(following)
        and joins(following, below)
    )


def open_ending(text: str) -> bool:
    """True when ``text`` ends on a word no sentence ends on (``segmentation_open_endings.txt``: "its", "the")."""
    words = rules.WORD.findall(text)
    return bool(words) and words[-1].casefold() in rules.open_endings()
