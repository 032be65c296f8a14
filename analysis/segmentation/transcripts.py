"""The furniture of a broadcast transcript (issue 11, round 13).

A television or radio transcript sets the programme's directions on lines of their own, in
capitals and within parentheses ("(BEGIN VIDEOTAPE)", "(COMMERCIAL BREAK)"), and opens with a
notice in capitals about the copy ("THIS IS A RUSH TRANSCRIPT. ..."). Neither is the text of the
story: a direction is no sentence, and no paragraph of prose is set wholly in capitals. Each
function reads one line.
"""

from __future__ import annotations

import re

from . import rules

# A direction: the whole line within parentheses, nothing else.
DIRECTION = re.compile(r"^\((?P<inner>[^()]+)\)$")
# A direction is short ("BEGIN VIDEO CLIP"); a longer bracketed line is a note or a credit.
MAX_WORDS_DIRECTION = 5
# A notice in capitals is a sentence or more: a kicker or a shouted headline is shorter.
MIN_WORDS_CAPITALS_NOTICE = 8


def stage_direction(text: str) -> str | None:
    """Return a reason when ``text`` is a direction in capitals within parentheses ("(CROSSTALK)"), else None."""
    match = DIRECTION.match(text.strip())
    if not match:
        return None
    inner = match.group("inner")
    words = rules.WORD.findall(inner)
    if not 1 <= len(words) <= MAX_WORDS_DIRECTION or not inner.isupper():
        return None
    return "a direction in capitals within parentheses (a transcript's or a wire's mark, not a sentence)"


def capitals_notice(text: str) -> str | None:
    """Return a reason when ``text`` is a sentence of at least ``MIN_WORDS_CAPITALS_NOTICE`` words set wholly in
    capitals and closed like a sentence (a notice about the copy), else None."""
    if not text.isupper() or not rules.SENTENCE_END.search(text.rstrip()):
        return None
    if len(rules.WORD.findall(text)) < MIN_WORDS_CAPITALS_NOTICE:
        return None
    return "a notice in capitals: a sentence about the copy set wholly in capitals"
