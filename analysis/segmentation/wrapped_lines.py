"""The lines of a paragraph hard-wrapped at a fixed width, read as the continuous text they display
(issue 11, round 15).

A mail client or a plain-text export wraps every paragraph at a fixed width (72 columns), wherever the break
falls: before a name ("… whose candidate Samuel" / "Oduor lost by …"), or so that a sentence's last words stand
alone ("… to the UN Security Council" / "on Tuesday:"). Read line by line, the first looks like a title (no
closing punctuation, the next line capitalised) and the second like a stray short line. Both are told by the
wrap itself: a fixed-width wrap moves a word down only when it does not fit (:func:`.rules.wrap_fits`), and a
paragraph's lines carry its sentence on (:func:`.rules.continues_on_next_line`).
"""

from __future__ import annotations

from . import rules, sentence_shape

# A wrapped paragraph's line holds at least as many words as the labelling's body paragraph minimum.
MIN_WRAPPED_LINE_WORDS = 8


def _long_open_line(text: str) -> bool:
    """True for a line of ``MIN_WRAPPED_LINE_WORDS`` words or more that closes no sentence and is not set in
    title case (a headline's)."""
    return (
        len(rules.WORD.findall(text)) >= MIN_WRAPPED_LINE_WORDS
        and not sentence_shape.closes_sentence(text)
        and not rules.title_case(text)
    )


def wraps_on(text: str, following: str) -> bool:
    """True when the long line ``text`` is hard-wrapped onto ``following``: it closes no sentence, the sentence
    goes on in ``following`` and a fixed-width wrap could have broken there."""
    return _long_open_line(text) and rules.continues_on_next_line(text, following) and rules.wrap_fits(text, following)


def wraps_before_name(text: str, following: str, after: str) -> bool:
    """True when the long line ``text`` is a wrapped paragraph's line broken before a capitalised word (a name):
    a fixed-width wrap could have broken it before ``following``, and ``following`` itself wraps onto ``after``
    (:func:`wraps_on`). Titles of a list of links are not wrapped onto one another, so their second line does
    not carry a sentence on to a third."""
    return _long_open_line(text) and rules.wrap_fits(text, following) and wraps_on(following, after)
