"""The article's metadata block above the headline, set field by field (issue 11, round 14).

Portals and document archives print the record's metadata above the headline as label and value
on separate lines ("Posted" / "30 Aug 2022", "Originally published" / "30 Aug 2022", with the
record's publisher and origin around them). Without a cue of their own, the publisher's name and the
field labels between those time stamps were read as site chrome (navigation); the gold's ruling (tests/
gold/pages/README.md, "Format labels and banners", round 13) makes the whole block `boilerplate`, like
the tags: it describes the article. The cue is structural: two or more time stamps each under its own
label line (:func:`.rules.stamp_label`) mark the block; a single "Updated" stamp does not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from . import rules
from .line_features import features

# A block is set field by field when at least this many time stamps stand under a label line of their own.
MIN_LABELLED_STAMPS = 2
# A field's label or value is short: at most this many words (a headline, a tagline or a sentence is longer).
MAX_FIELD_WORDS = 5
# Above the first labelled stamp, at most this many fields (the publisher's names under a "Source" label) are
# taken, and only when a line another rule labelled closes them off: an open run above is the site's menu.
MAX_FIELDS_ABOVE = 4
# The reason _label_around_headline gives a line above the headline that no other rule labelled.
CHROME = "above the headline: site chrome"


def _labelled_stamps(texts: Sequence[str], headline: int) -> list[int]:
    """Return the lines above ``headline`` that label the time stamp on the line after them."""
    return [i for i in range(headline - 1) if rules.stamp_label(texts[i], texts[i + 1])]


def _field_line(text: str) -> bool:
    """True when ``text`` may be a field's label or value: a few words, no sentence's end."""
    return features(text).word_count <= MAX_FIELD_WORDS and not features(text).ends_sentence


def field_lines(texts: Sequence[str], labels: Mapping[int, tuple[str, str]], headline: int) -> list[int]:
    """Return the lines above ``headline`` that are fields of the article's metadata block.

    ``texts`` are the page's lines, ``labels`` the kinds given so far. When ``MIN_LABELLED_STAMPS`` or more
    label-and-stamp pairs stand above the headline, the short lines read as site chrome that lie between
    the first pair and the headline, and those directly above the first pair (``MAX_FIELDS_ABOVE`` at most)
    when a line another rule labelled closes them off, are the block's other fields. Returns [] when there
    is no such block. Reads the lines above the headline only (a bounded prefix of the page).
    """
    stamps = _labelled_stamps(texts, headline)
    if len(stamps) < MIN_LABELLED_STAMPS:
        return []

    def chrome(i: int) -> bool:
        return labels.get(i, ("", ""))[1].startswith(CHROME) and _field_line(texts[i])

    return _closed_run_above(stamps[0], labels, chrome) + [i for i in range(stamps[0], headline) if chrome(i)]


def _closed_run_above(first: int, labels: Mapping[int, tuple[str, str]], chrome: Callable[[int], bool]) -> list[int]:
    """Return the chrome lines directly above line ``first`` (``MAX_FIELDS_ABOVE`` at most) when the line above
    them was labelled by another rule (the block's format label), else []."""
    run: list[int] = []
    i = first - 1
    while i >= 0 and chrome(i) and len(run) < MAX_FIELDS_ABOVE:
        run.append(i)
        i -= 1
    closed = i >= 0 and not chrome(i) and not labels.get(i, ("", ""))[1].startswith(CHROME)
    return sorted(run) if closed else []


# A field of a fact box or record header: a label of one to three words, the first capitalised and not all in
# capitals (a kicker), a colon and a short value ("Deaths: 1,061 (Relief Agency, May 2)", "Length: 688 words").
FIELD = re.compile(r"^(?P<label>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}):\s+(?P<value>\S.*)$")
# A field's value is short, and a field ends no sentence (a claim box's "Claim: … ." is the outlet's text).
MAX_WORDS_FIELD_VALUE = 8
FIELD_SENTENCE_END = re.compile(r"[.!?][\"'”’]*$")
# A fact box holds at least this many fields in a row; two labelled lines may be a question and its answer.
MIN_FIELD_RUN = 3


def fact_field(text: str) -> bool:
    """True when ``text`` is one field of a fact box: a short label, a colon and a short value, no sentence."""
    match = FIELD.match(text)
    return (
        match is not None
        and not match.group("label").isupper()
        and len(rules.WORD.findall(match.group("value"))) <= MAX_WORDS_FIELD_VALUE
        and not FIELD_SENTENCE_END.search(text)
    )


def field_runs(texts: Sequence[str]) -> list[int]:
    """Return the lines of every run of ``MIN_FIELD_RUN`` fact fields or more (:func:`fact_field`) in a row.

    An infobox, a database record's header or a mail's envelope lists its fields one per line; whatever the
    fields, such a box describes the article (boilerplate, like the metadata block), and it is no headline.
    """
    found: list[int] = []
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if i < len(texts) and fact_field(text):
            run.append(i)
            continue
        if len(run) >= MIN_FIELD_RUN:
            found += run
        run = []
    return found
