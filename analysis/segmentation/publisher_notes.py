"""Notes in which a publisher speaks to its readers about the page, among the text's lines (issue 11, round 20).

A letters page prints its rules for submissions and a note on a writer, a digest of translated posts gives each
post's source-language text under a label ("Original: «…»"), says that it does not endorse what it reproduces and
announces its next edition, a newsletter marks a paid line "Sponsored"; a report prints a map disclaimer, a feed
notes where a post "appeared first", a story credits additional reporting.
These lines are sentences, often set between the paragraphs, so the position rules keep them as the text; they are
about the page, not the story: boilerplate (the rulings of tests/gold/pages/README.md). Each class is a row of
``segmentation_publisher_notes.csv``; only lines the other rules kept as the text are read, each once, so the pass is
linear in the page. A line holding a quotation of the story is not such a note: most patterns are anchored at the
line's opening words.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence
from functools import lru_cache

from ..lexicon import read_table

# A note is short: a paragraph of the text is not searched.
MAX_CHARS_NOTE = 400


@lru_cache(maxsize=1)
def note_patterns() -> tuple[tuple[str, re.Pattern, str], ...]:
    """Return (kind, pattern compiled case-insensitively, note) for each row of ``segmentation_publisher_notes.csv``,
    in file order (the first that matches decides)."""
    table = read_table("segmentation_publisher_notes.csv")
    return tuple((row.kind, re.compile(row.pattern, re.IGNORECASE), row.note) for row in table.itertuples(index=False))


def publisher_note(text: str) -> tuple[str, str] | None:
    """Return (kind, reason) of the first row of :func:`note_patterns` that matches ``text`` (stripped), else None
    (also for a line longer than ``MAX_CHARS_NOTE``)."""
    text = text.strip()
    if len(text) > MAX_CHARS_NOTE:
        return None
    return next(((kind, note) for kind, regex, note in note_patterns() if regex.search(text)), None)


def relabel(texts: Sequence[str], labels: MutableMapping[int, tuple[str, str]]) -> None:
    """Relabel in place the lines of ``texts`` kept as the text (body) that are a publisher's note to its readers
    (:func:`publisher_note`); other lines are left as they are."""
    for i, text in enumerate(texts):
        if labels[i][0] == "body" and (found := publisher_note(text)) is not None:
            labels[i] = found
