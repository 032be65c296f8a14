"""The header blocks of an e-mail saved as text, and the message they head (issue 11, round 15).

A news alert saved from a mailbox opens with the message's header fields (``From:``, ``To:``, ``Date:``,
``Subject:`` …), and a forwarded or replied-to alert carries a second header block, the original message's,
below the correspondents' own lines. The fields are the message's metadata (boilerplate, as the fields of a
database export or a feed item are); the story is the text of the last message, so whatever stands above the
last header block (the reply, the forwarding note, the ``On …, … wrote:`` line) is the correspondents', not the
article's. The ``Subject:`` field is a field-structured title, like a feed item's ``title:``: it is the
headline only when the message has no headline line of its own (the gold's convention, round 14).

A header block is found by its make-up, not by an outlet's words: consecutive ``Name: value`` lines among which
the two fields every message carries, the originator and the subject (RFC 5322, sections 3.6.2 and 3.6.5).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# A header field: a name of hyphen-joined capitalised words ("Reply-To", "List-Unsubscribe"), a colon, a value.
HEADER_FIELD = re.compile(r"(?P<name>[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*):[ \t]+\S")
# The originator and subject fields (RFC 5322, 3.6.2 and 3.6.5), named by every message's header.
ORIGINATOR_FIELD = "From"
SUBJECT_FIELD = "Subject"


class HeaderBlock(NamedTuple):
    """The lines ``start`` to ``end`` (exclusive) of one header block, and the line of its subject field."""

    start: int
    end: int
    subject: int


def _field_name(text: str) -> str | None:
    """Return the name of the header field ``text`` is (case as written), or None."""
    match = HEADER_FIELD.match(text) if ":" in text else None
    return match.group("name") if match else None


def header_blocks(texts: Sequence[str]) -> list[HeaderBlock]:
    """Return the header blocks of the lines ``texts``, in order: runs of consecutive header-field lines naming
    both the originator and the subject field (a run without them is a list of labelled fields, not a mail's)."""
    blocks, i = [], 0
    while i < len(texts):
        if _field_name(texts[i]) is None:
            i += 1
            continue
        end = i
        names: dict[str, int] = {}
        while end < len(texts) and (name := _field_name(texts[end])) is not None:
            names.setdefault(name, end)
            end += 1
        if ORIGINATOR_FIELD in names and SUBJECT_FIELD in names:
            blocks.append(HeaderBlock(i, end, names[SUBJECT_FIELD]))
        i = end
    return blocks


def envelope_lines(texts: Sequence[str]) -> list[int]:
    """Return the lines that are not the saved message's text: every header field, and, when a forwarded or
    quoted message follows the correspondents' own (two header blocks or more), every line above the last
    header block (their notes, greetings and the ``On …, … wrote:`` line)."""
    blocks = header_blocks(texts)
    if not blocks:
        return []
    fields = [i for block in blocks for i in range(block.start, block.end)]
    above = list(range(blocks[-1].start)) if len(blocks) >= 2 else []
    return sorted(set(fields) | set(above))


def message_subject(texts: Sequence[str], end: int) -> int | None:
    """Return the line of the subject field of the last header block above line ``end`` (the message's first
    paragraph), or None: the message's own title when it prints no headline line of its own."""
    blocks = [block for block in header_blocks(texts) if block.subject < end]
    return blocks[-1].subject if blocks else None
