"""Records of institutions and services that carry their own metadata (issue 11, round 17).

A law report, a court desk's story, a media-monitoring service's item and a database's print view describe
themselves in lines of their own: the case's name and fields (``Case: A v B``, ``Before: …``, ``Counsel: …``),
notices on what may be published or commented, a monitoring item's header (``Text of report by <outlet>``), its
source line (``Source: <outlet>, <city>, in <language> <time> gmt <date>``), a note on the translation, the record's
place in a print run (``Document 3 of 12``, ``End of Document``), a database export's field codes (``HD``,
``TD``) and section labels (``Body``). The gold's ruling (tests/gold/pages/styles_round16_a.md) makes them
``boilerplate``: they describe the item, as a portal's metadata block does. The same structure tells where a
digest's next item starts (its sub-heading is body), where a translated report's dateline stands (under the item
header), and where the next record of a print run begins (``appended``). The patterns are a data list
(``analysis/data/segmentation_record_metadata.csv``); every test reads one line, or a line and its neighbours,
so the rules are linear in the page.
"""

from __future__ import annotations

import csv
import re
from collections import ChainMap
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from . import matching, metadata_block, rules
from .line_features import features

# A note in square brackets or parentheses on a line of its own, labelled or not ("[Monitoring note: …]",
# "[Editor's note: …]", "(Translated from Arabic)").
BRACKET_NOTE = re.compile(
    r"^[\[(](?:(?:monitoring|editor'?s|editorial|translator'?s)\s+note\s*:\s*)?(?P<note>[^\[\]()]+)[\])]$",
    re.I,
)
# The sentences of a note: split after a full stop and a space.
NOTE_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A digest's sub-heading is short: at most this many words (a headline's length).
MAX_WORDS_HEADING = 14
# Between a sub-heading and its item's first paragraph, at most this many header lines ("Excerpts from report by …").
MAX_HEADER_LINES = 2
# A database record's header block (outlet, date, edition, copyright, section, length, byline, a section label)
# holds at most this many lines between the record's title and its text.
MAX_RECORD_HEADER = 12


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """Return the (kind, compiled pattern, note) rows of ``segmentation_record_metadata.csv``."""
    path = resources.files("analysis.data").joinpath("segmentation_record_metadata.csv")
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(line for line in handle if not line.startswith("#")))
    return tuple((row["kind"], re.compile(row["pattern"], re.IGNORECASE), row["note"]) for row in rows)


@lru_cache(maxsize=1)
def _gated_rows() -> tuple[tuple[tuple[str, str], ...], tuple[matching.GatedPattern, ...]]:
    """Return the (kind, note) rows of the list that :func:`_record_kind` searches (not "format", not "section"), in
    order, and their patterns gated by their required text (:func:`.matching.gate`), each noting its row's number."""
    rows = [(kind, pattern, note) for kind, pattern, note in _patterns() if kind not in ("format", "section")]
    gated = matching.gate([(pattern, str(k)) for k, (_, pattern, _) in enumerate(rows)])
    return tuple((kind, note) for kind, _, note in rows), gated


@lru_cache(maxsize=4096)
def _record_kind(text: str) -> tuple[str, str] | None:
    """Return (kind, reason) of the first pattern of the list that ``text`` matches (a bracketed note on the
    format is of kind "format"), else None."""
    # Only the patterns whose required text the line holds are run, as for the boilerplate patterns (speed17b:
    # every line was searched 13.9 times; uncached _record_kind over the 8,162 lines of 500 bench articles 0.27 -> 0.07
    # CPU s, the same answer on those lines and on the 11,188 lines of the gold pages).
    rows, gated = _gated_rows()
    found = matching.first_match(text, gated)
    if found is not None:
        kind, note = rows[int(found)]
        return kind, f"a record's own metadata: {note}"
    reason = format_note(text)
    return ("format", reason) if reason else None


def record_line(text: str) -> str | None:
    """Return the reason when ``text`` is a line of a record's own metadata (a case field, a court notice, a
    monitoring item's header or source line, a print-run position, a licence notice), else None.

    Such a line describes the record rather than telling the story, whatever the outlet: it is boilerplate.
    """
    found = _record_kind(text)
    return found[1] if found else None


def format_note(text: str) -> str | None:
    """Return the reason when ``text`` is a bracketed note whose every sentence speaks of the item's format
    (headings as published, the language translated from, passages omitted), else None.

    A note on the format describes the item (boilerplate); a note that adds facts to the story ("[Monitoring note:
    the town lies 20 km from the border.]") is the service's own text and stays body.
    """
    match = BRACKET_NOTE.match(text.strip())
    if match is None:
        return None
    formats = [pattern for kind, pattern, _ in _patterns() if kind == "format"]
    sentences = [s for s in NOTE_SENTENCE.split(match.group("note").strip()) if s]
    if sentences and all(any(p.search(s) for p in formats) for s in sentences):
        return "a record's own metadata: a bracketed note on the item's format (headings, translation, cuts)"
    return None


def _heading_shaped(text: str) -> bool:
    """True for a short line that ends no sentence: a digest's sub-heading ("COUNTRY: …", "Paper (City)")."""
    return 0 < features(text).word_count <= MAX_WORDS_HEADING and not features(text).ends_sentence


def digest_headings(texts: Sequence[str], labels: Mapping[int, tuple[str, str]]) -> list[int]:
    """Return the lines that are sub-headings of a monitoring digest's next item, read as furniture so far.

    A monitoring page closes each item with its source line (:func:`record_line`); a short line right after it,
    or one opened by a section label in capitals ("RUSSIA: …") over an item header, followed (past at most
    ``MAX_HEADER_LINES`` item headers) by a paragraph of the text (labelled body), opens an item: its sub-heading
    is body, as a section heading is. ``labels`` are the kinds given so far. Reads each line and a bounded window
    after it: linear in the page.
    """
    found = []
    for i in range(1, len(texts) - 1):
        if labels.get(i, ("", ""))[0] not in ("boilerplate", "navigation") or record_line(texts[i]):
            continue
        opens_item = _source_line(texts[i - 1]) or (SECTION_LABEL.match(texts[i]) and item_header(texts[i + 1]))
        if not (opens_item and _heading_shaped(texts[i])):
            continue
        j = i + 1
        while j < len(texts) and j - i <= MAX_HEADER_LINES and item_header(texts[j]):
            j += 1
        if j < len(texts) and labels.get(j, ("", ""))[0] == "body" and not _heading_shaped(texts[j]):
            found.append(i)
    return found


def _source_line(text: str) -> bool:
    """True when ``text`` is a record's source or format line (what closes a monitoring item)."""
    found = _record_kind(text)
    return found is not None and found[0] in ("source", "format")


# An editor's cut marker after a sentence's end: "… disaster". [Passage omitted]", "… said. [...]", "… [Excerpt ends]".
CUT_AFTER_SENTENCE = re.compile(
    r"[.!?…][\"'”’)]*\s*\[(?:(?:passages?|parts?|text|section|remainder|rest)\s+omitted|\.{3}|…|excerpts?\s+ends?)"
    r"[^\[\]]{0,40}\]\s*$",
    re.IGNORECASE,
)


def ends_before_cut(text: str) -> bool:
    """True when ``text`` ends a sentence and then an editor's mark of a cut ("… disaster. [Passage omitted]"):
    a translated or excerpted paragraph, whose sentence is complete before the mark (a title carries no such mark).
    """
    return "[" in text and bool(CUT_AFTER_SENTENCE.search(text))


# A digest's section label: a country or desk in capitals and a colon before the item's title ("RUSSIA: …").
SECTION_LABEL = re.compile(r"^[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2}:\s+\S")


def item_header(text: str) -> bool:
    """True when ``text`` is a monitoring item's header ("Text of report by <outlet>", "Excerpts from report by …"):
    the translated report's first paragraph follows it, and its dateline opens that paragraph."""
    found = _record_kind(text)
    return found is not None and found[0] == "header"


def headline_over_section(texts: Sequence[str], long: Sequence[int], chosen: int) -> int:
    """Return the headline of a monitoring digest: the long candidate directly above ``chosen`` when ``chosen`` is
    the first item's sub-heading (a section label in capitals and a colon, and an item header right below it),
    else ``chosen``. The digest's own title stands over its first item's heading."""
    above = chosen - 1
    if (
        above in long
        and SECTION_LABEL.match(texts[chosen])
        and chosen + 1 < len(texts)
        and item_header(texts[chosen + 1])
    ):
        return above
    return chosen


def section_heading(text: str) -> bool:
    """True when ``text`` is a digest's sub-heading opened by a section label ("RUSSIA: Ministry repeats warning"):
    a title, not a paragraph, so its label is no dateline."""
    return bool(SECTION_LABEL.match(text)) and _heading_shaped(text)


def appended_items(texts: Sequence[str], labels: Mapping[int, tuple[str, str]]) -> list[int]:
    """Return the lines of another document appended after the article: the title and paragraphs that follow a
    marker of the next record ("Document 4 of 12" in a print run, "ALSO IN THE MEDIA" in a digest) below the text.

    The marker must stand below a body line (the first document's own marker stands above its headline). From the
    marker, record lines are passed over; a short title line, its source line or byline (a print run's record: its
    header block of boilerplate), then the paragraphs in a row (labelled body, read as paragraphs) are the
    appended story, which ends at the first line of another kind (its source line, the footer). Each marker reads
    a bounded window after it: linear in the page.
    """
    found: list[int] = []
    body_seen = False
    i = 0
    while i < len(texts):
        kind = labels.get(i, ("", ""))[0]
        marker = _record_kind(texts[i])
        if body_seen and marker is not None and marker[0] in ("print_run", "heading"):
            # A print run's next record carries its whole header block; a digest's next item a source line at most.
            story = _story_after(texts, labels, i + 1, MAX_RECORD_HEADER if marker[0] == "print_run" else 0)
            found += story
            i = story[-1] + 1 if story else i + 1
            continue
        body_seen = body_seen or kind == "body"
        i += 1
    return found


def _story_after(texts: Sequence[str], labels: Mapping[int, tuple[str, str]], start: int, header: int) -> list[int]:
    """Return the title and paragraph lines of the story starting at or after line ``start`` (record lines passed
    over), or [] when no title with a paragraph under it follows. Between the title and the text stand at most
    ``MAX_HEADER_LINES`` fields, or ``header`` lines of furniture (a record's header block) when that is more."""
    j = start
    while j < len(texts) and j - start < MAX_RECORD_HEADER and record_line(texts[j]):
        j += 1
    if j >= len(texts) or not _heading_shaped(texts[j]):
        return []
    story = [j]
    k = j + 1
    # Between the title and its text: the record's source line or byline (furniture, not a paragraph).
    while k < len(texts) and k - j <= MAX_HEADER_LINES and _furniture(texts[k], labels.get(k, ("", ""))[0]):
        k += 1
    while k < len(texts) and k - j <= header and labels.get(k, ("", ""))[0] == "boilerplate":
        k += 1
    while k < len(texts) and not record_line(texts[k]) and not _heading_shaped(texts[k]):
        if labels.get(k, ("", ""))[0] != "body" or not _paragraph(texts[k]):
            break
        story.append(k)
        k += 1
    return story if len(story) > 1 else []


def _furniture(text: str, kind: str) -> bool:
    """True when ``text`` is a record line, or a line labelled boilerplate that is a field ("Source: …") or a
    byline (a teaser's title is neither: titles in a row are a box of links, not a story)."""
    return bool(record_line(text)) or (
        kind == "boilerplate" and bool(metadata_block.FIELD.match(text) or rules.byline_line(text))
    )


def _paragraph(text: str) -> bool:
    """True when ``text`` reads as a paragraph: longer than a title, or a sentence."""
    return features(text).word_count > MAX_WORDS_HEADING or features(text).ends_sentence


# A database export's field code on a line of its own ("HD", "BY", "WC", "LP", "TD"): two to four capitals.
FIELD_CODE = re.compile(r"^[A-Z]{2,4}$")
# A page sets its fields under codes when at least this many code lines stand on it (one capitalised word alone,
# "USA", is a kicker or an acronym).
MIN_FIELD_CODES = 4
# A field's value is shorter than a paragraph's sentence (labelling.MIN_WORDS_BODY_PARAGRAPH).
MIN_WORDS_SENTENCE = 8


def field_code_lines(texts: Sequence[str], labels: Mapping[int, tuple[str, str]]) -> list[int]:
    """Return the field codes of a database export and the short values set between two of them.

    An export that prints each field under a code of capitals ("HD" over the headline, "WC" over the word count,
    "TD" inside the text, "PUB" over the publisher) marks its record's structure: the codes are boilerplate
    wherever they stand, and so is a value read as text or menu that is shorter than a sentence and stands
    between two codes (the publisher's name, the index terms); the headline and a caption keep their kinds.
    Needs ``MIN_FIELD_CODES`` code lines on the page. Linear.
    """
    codes = [i for i, text in enumerate(texts) if FIELD_CODE.match(text)]
    if len(codes) < MIN_FIELD_CODES:
        return []
    values = [
        i + 1
        for i, j in zip(codes, codes[1:], strict=False)
        if j == i + 2
        and labels.get(i + 1, ("", ""))[0] in ("body", "navigation")
        and len(rules.WORD.findall(texts[i + 1])) < MIN_WORDS_SENTENCE
    ]
    return codes + values


def section_labels(texts: Sequence[str]) -> list[int]:
    """Return the lines that are a database record's section labels ("Body", "Correction", "Classification").

    They are applied last (a bare "Body" read early as furniture would make the line above it a teaser's title).
    """
    sections = [pattern for kind, pattern, _ in _patterns() if kind == "section"]
    return [i for i, text in enumerate(texts) if len(text) < 20 and any(p.match(text) for p in sections)]


def structure_lines(texts: Sequence[str], labels: Mapping[int, tuple[str, str]]) -> list[int]:
    """Return the lines that mark a database record's structure: its field codes and their short values
    (:func:`field_code_lines`), and its section labels (:func:`section_labels`). All are boilerplate."""
    return field_code_lines(texts, labels) + section_labels(texts)


def record_structure(texts: Sequence[str], labels: Mapping[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Return the new (kind, reason) of the lines the record's structure relabels, given the kinds so far: a
    digest item's sub-heading (body, :func:`digest_headings`), the next record of a print run or digest
    (appended, :func:`appended_items`), a database record's codes, values and section labels (boilerplate,
    :func:`structure_lines`), each rule reading the kinds the ones before it gave."""
    changed: dict[int, tuple[str, str]] = {}
    view = ChainMap(changed, labels)
    for i in digest_headings(texts, view):
        changed[i] = ("body", "a digest item's sub-heading: a short line after the last item's source line")
    for i in appended_items(texts, view):
        changed[i] = ("appended", "another record after a marker of the next document (print run, digest)")
    for i in structure_lines(texts, view):
        changed[i] = ("boilerplate", "a database record's field code, a short value between codes or a section label")
    return changed
