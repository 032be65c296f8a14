"""An author's note about the page's own author (issue 11, round 12).

A column or an investigation describes its author in a sentence ("Jane Roe is a senior fellow at
…"), under the byline or at the foot of the text. :func:`.rules.author_bio_line` reads such a line
only after a footer and only with a listed job title; here the evidence is the page itself: the
sentence's subject is a name the page gives as its author, on a line of its own or after "By".
The note is then about the author, not of the article, wherever it stands. Names are gathered in
one pass and each line is matched once, so the rule stays linear in the page.
"""

from __future__ import annotations

import re

# A person's name: two or three capitalised words (hyphens and apostrophes inside), as a byline gives it.
_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,2}"
# A line that is only a name, or "By" and a name: the page's author line.
AUTHOR_LINE = re.compile(rf"^(?:By\s+)?(?P<name>{_NAME})$")
# A note about a person: the name, then "is", "was" or a verb of the job, and more words.
AUTHOR_NOTE = re.compile(rf"^(?P<name>{_NAME})\s(?:is|was|writes|reports|covers)\s\w")


# Items of a byline row ("By Jane Roe · Photographs by John Doe", "By Jane Roe   Photographs by John Doe").
BYLINE_ITEMS = re.compile(r"\s{2,}|\s[·|•]\s")


def author_names(texts: list[str]) -> frozenset[str]:
    """Return the names that stand as the page's author lines ("Jane Roe", "By Jane Roe"), also as the first item
    of a byline row that credits the photographs after the writer (round 20)."""
    names = {match.group("name") for text in texts if (match := AUTHOR_LINE.match(text))}
    # Only a row opening with "By": a menu's first item ("World News   Sport") names no author.
    firsts = (BYLINE_ITEMS.split(text, 1)[0] for text in texts if text.startswith("By "))
    return frozenset(names | {match.group("name") for first in firsts if (match := AUTHOR_LINE.match(first))})


def author_note(text: str, names: frozenset[str]) -> str | None:
    """Return a reason when ``text`` is a sentence about one of the page's authors (``names``), else None."""
    match = AUTHOR_NOTE.match(text) if names else None
    if match and match.group("name") in names:
        return "author's note: a sentence about the page's author, named in the byline or an author line"
    return None
