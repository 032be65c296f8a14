"""The text and the on-screen furniture of a news video's transcript (issue 11, round 20).

A video page sets the clip's transcript under a ``Transcript`` heading, in one of two ways. An edited
transcript opens each turn with a time code or a ``>>`` mark and a speaker's label in capitals
(``[2:04] JANE ROE, RESCUER: …``, ``>> ANCHOR: …``): every such turn is the same story, so a turn is never
a link to another story nor the start of an appended one. An automatic caption track sets its lines in lower
case without punctuation, with time codes on lines of their own between them (``0:04`` / ``the union says
nobody will go back`` / ``0:09``): no line closes a sentence, yet the run of word lines between time codes,
under the heading, is the clip's text, not a menu (a menu's items are capitalised and carry no time codes).

The transcript's on-screen furniture is captions: a lower third (the speaker's name in capitals, a slash, the
role and place: ``JANE ROE / Harbour pilot, Eastport``) and a line of on-screen text (``ON SCREEN: …``). The
label words of that text live in ``segmentation_on_screen_labels.txt``.

Each function reads one line, except :func:`caption_track`, which walks the page once (linear).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from . import rules

# A time code alone on a line ("0:04", "01:02", "1:02:15"), with or without brackets.
TIME_CODE_LINE = re.compile(r"^\[?\d{1,2}(?::\d{2}){1,2}\]?$")
# A turn's opening: a ">>" mark or a time code, then a speaker's label in capitals (notes in parentheses and a
# role after a comma allowed) and a colon. Without the mark or the time code, "UPDATE: …" has the same shape.
TURN_OPENING = re.compile(
    r"^(?:>>\s*|\[?\d{1,2}(?::\d{2}){1,2}\]?\s+)"
    r"(?P<label>[A-Z][A-Z.'’\- ]*(?:,[A-Z.'’\- ]+)*(?:\s*\([^()]{1,60}\))?)\s*:\s+\S"
)
# A lower third: a name in capitals (an abbreviated title first allowed: "DR.", "LT. COL."), a slash, and a role
# or place in mixed case without a sentence's end.
LOWER_THIRD = re.compile(
    r"^(?P<name>(?:[A-Z]{1,4}\.\s+){0,3}[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){1,3})\s+/\s+"
    r"(?P<role>[A-Z][\w'’\-]*(?:[\s,]+[\w'’\-]+){1,8})$"
)
# A sound or a direction in square brackets alone on a line ("[Music]", "[sound of rain]").
SOUND_LINE = re.compile(r"^\[[^\[\]]{1,40}\]$")
# An automatic caption track's mark of a change of speaker.
SPEAKER_CHANGE = re.compile(r"^>>\s*")
# A heading over a transcript: a short line naming the transcript or its captions.
TRANSCRIPT_HEADING = re.compile(r"\b(?:transcript|captions|subtitles)\b", re.IGNORECASE)
MAX_WORDS_HEADING = 10
# How far above the track its heading may stand (the heading, a notice about the captions, the first time code).
MAX_LINES_HEADING_ABOVE = 3
# A caption track is a run: at least this many word lines, and this many words in them (a list of chapters or of
# clips is a few short titles, each after its time code on the same line).
MIN_TRACK_LINES = 4
MIN_TRACK_WORDS = 30
# A caption line is lower case: at most this share of its words capitalised (a name the track did capitalise).
MAX_CAPITALISED_SHARE = 0.2
# Kinds a position rule gives to a caption line it did not read as prose; only these are taken back.
NOISE_KINDS = ("boilerplate", "navigation")
# A clip's view count ("38,412 views", "212K views"), in a short row with its channel, date or age.
VIEW_COUNT = re.compile(r"\b\d[\d,.]*\s?[KkMmBb]?\s+views\b")
MAX_WORDS_VIEW_ROW = 12
# Kinds a shape rule gives a view-count row by mistake: a menu (items joined by separators), a dateline (a date).
VIEW_ROW_MISREAD = ("navigation", "dateline")


@lru_cache(maxsize=1)
def on_screen_labels() -> frozenset[str]:
    """Return the labels that open a line of on-screen text (``segmentation_on_screen_labels.txt``)."""
    return rules._word_list("segmentation_on_screen_labels.txt")


def time_code_line(text: str) -> bool:
    """True when ``text`` is a time code alone on its line: a mark of the transcript, not a word of it."""
    return bool(TIME_CODE_LINE.match(text.strip()))


def transcript_turn(text: str) -> str | None:
    """Return a reason when ``text`` opens with a turn's mark or time code and a speaker's label in capitals
    (``>> JANE ROE: …``, ``[1:12] ANCHOR: …``), else None: a turn of the transcript, the same story as the turns
    above it, however its words begin."""
    if TURN_OPENING.match(text.strip()):
        return "a turn of a transcript: a time code or '>>' and a speaker's label in capitals"
    return None


def lower_third(text: str) -> str | None:
    """Return a reason when ``text`` is a lower third: a name in capitals, a slash, a role or place in mixed
    case (``JOHN DOE / Ferry captain, Westhaven``), else None. A breadcrumb's items are not a name in capitals
    of two words or more, and a byline's name is not in capitals."""
    match = LOWER_THIRD.match(text.strip())
    if not match or rules.SENTENCE_END.search(text.rstrip()):
        return None
    if not any(char.islower() for char in match.group("role")):
        return None
    return "a lower third of a video: the speaker's name in capitals, a slash, the role or place"


def on_screen_text(text: str) -> str | None:
    """Return a reason when ``text`` is a line of on-screen text under its label (``ON SCREEN: …``), else None:
    what the picture shows, captioned as a photograph is."""
    label, colon, rest = text.strip().partition(":")
    if not colon or not rest.strip() or label.casefold() not in on_screen_labels():
        return None
    return "on-screen text of a video, under its label"


def view_count_rows(texts: Sequence[str], kinds: Mapping[int, str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: ("boilerplate", reason)}`` for the short rows holding a clip's view count ("38,412 views
    4 Sept 2018", "Island TV · 212K views · 2 days ago") that a shape rule read as a menu or a dateline: the clip's
    counters, not links to sections nor the story's place and date. A numbered item of a digest is left alone."""
    found: dict[int, tuple[str, str]] = {}
    for i, text in enumerate(texts):
        if kinds.get(i) not in VIEW_ROW_MISREAD or not VIEW_COUNT.search(text):
            continue
        if len(rules.WORD.findall(text)) <= MAX_WORDS_VIEW_ROW and not rules.SENTENCE_END.search(text.rstrip()):
            found[i] = ("boilerplate", "a clip's view count in a row with its channel, date or age")
    return found


def _caption_line(text: str) -> bool:
    """True when ``text`` is a line of an automatic caption track: words in lower case (a '>>' mark of a new
    speaker allowed), no sentence's end, at most ``MAX_CAPITALISED_SHARE`` of the words capitalised."""
    words = rules.WORD.findall(SPEAKER_CHANGE.sub("", text.strip()))
    if not words or rules.SENTENCE_END.search(text.rstrip()):
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() and word != "I")
    return capitalised <= MAX_CAPITALISED_SHARE * len(words)


def _under_heading(texts: Sequence[str], start: int) -> bool:
    """True when a transcript's heading stands among the ``MAX_LINES_HEADING_ABOVE`` lines above ``start``."""
    for j in range(max(0, start - MAX_LINES_HEADING_ABOVE), start):
        text = texts[j]
        if TRANSCRIPT_HEADING.search(text) and len(rules.WORD.findall(text)) <= MAX_WORDS_HEADING:
            return True
    return False


def caption_track(texts: Sequence[str], kinds: Mapping[int, str]) -> dict[int, tuple[str, str]]:
    """Return ``{index: ("body", reason)}`` for the word lines of an automatic caption track that a position rule
    took for noise.

    A track is a run of lines that are time codes, sounds in brackets or lower-case word lines, opening with a
    time code under a transcript's heading, with at least ``MIN_TRACK_LINES`` word lines and
    ``MIN_TRACK_WORDS`` words. The track's word lines are the clip's text: prose read by the run of words and by
    the time codes around it, not by capitals and full stops, which the captions do not have. One pass over the
    lines (each line joins at most one run)."""
    found: dict[int, tuple[str, str]] = {}
    i = 0
    while i < len(texts):
        if not time_code_line(texts[i]) or not _under_heading(texts, i):
            i += 1
            continue
        words: list[int] = []
        j = i
        while j < len(texts):
            text = texts[j]
            if time_code_line(text) or SOUND_LINE.match(text.strip()):
                j += 1
            elif _caption_line(text):
                words.append(j)
                j += 1
            else:
                break
        total = sum(len(rules.WORD.findall(texts[k])) for k in words)
        if len(words) >= MIN_TRACK_LINES and total >= MIN_TRACK_WORDS:
            reason = "a line of an automatic caption track: lower-case words between time codes under a transcript"
            found.update({k: ("body", reason) for k in words if kinds.get(k) in NOISE_KINDS})
        i = max(j, i + 1)
    return found
