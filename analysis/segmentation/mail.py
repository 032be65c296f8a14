"""The header of a saved e-mail (issue 11, round 15).

A researcher saves an outlet's alert or newsletter from a mailbox as text: the message opens with its
header fields (``From: … <address>``, ``To:``, ``Subject:``, ``Date:``, ``Reply-To:``,
``List-Unsubscribe:``, ``Content-Type:``), and a forwarded or quoted message repeats them further
down. The gold pages count every field as boilerplate, the ``Subject:`` line included: it is the
mailbox's record of the message, not the article's headline (tests/gold/pages/styles_round14_a.md).
What marks a header whatever its fields are named is its shape: a run of lines, each a one-word field
name (hyphens allowed) and a colon, one of them holding an e-mail address.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A header field: a capitalised name of one word or hyphenated words ("Reply-To", "In-Reply-To"), a colon,
# a space and the value.
FIELD = re.compile(r"^[A-Z][A-Za-z]{0,24}(?:-[A-Z][A-Za-z]{0,24})*:\s+\S")
# An e-mail address in a field's value ("<alerts@example.com>", "m.roe@example.org").
ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# The subject field of a header.
SUBJECT = re.compile(r"^Subject:\s+\S", re.IGNORECASE)
# A header holds at least this many fields in a row ("From", "To", "Subject").
MIN_FIELDS = 3
# A client's separator before a forwarded or quoted message: a few words between runs of dashes, equals signs or
# underscores ("---------- Forwarded message ---------", "-----Original Message-----").
SEPARATOR = re.compile(r"^([-=_])\1{2,}\s*[^\W\d_][\w ]{0,40}?\s*[-=_]{3,}$")


def header_lines(texts: Sequence[str]) -> list[int]:
    """Return the indexes of the lines of ``texts`` that are a mail header's fields (runs of at least
    ``MIN_FIELDS`` consecutive field lines, one a subject, one holding an e-mail address: a contact block
    "Email: …  Phone: …" has no subject) or a client's separator before a forwarded message."""
    found: list[int] = []
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if FIELD.match(text):
            run.append(i)
            continue
        if SEPARATOR.match(text):
            found.append(i)
        if (
            len(run) >= MIN_FIELDS
            and any(ADDRESS.search(texts[j]) for j in run)
            and any(SUBJECT.match(texts[j]) for j in run)
        ):
            found += run
        run = []
    return found


def subject_headline(texts: Sequence[str], headers: Sequence[int], first_paragraph: int) -> int | None:
    """Return the index of the subject field of the last header above ``first_paragraph`` (``headers``: the
    indexes :func:`header_lines` found), else None. A forwarded alert that prints no title line of its own is
    titled by its subject (tests/gold/pages/styles_round14_a.md): the caller takes it when no headline line is
    found above the text."""
    above = [i for i in headers if i < first_paragraph]
    last_run = [i for i in above if not any(j not in above for j in range(i, above[-1] + 1))] if above else []
    return next((i for i in last_run if SUBJECT.match(texts[i])), None)
