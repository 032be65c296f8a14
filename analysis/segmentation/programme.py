"""The furniture of an audio programme's page: player, credits, chapters, stage cues (issue 11, round 15).

A podcast's or broadcaster's episode page sets around its show notes and transcript the player's
controls (``▶ Play episode``, ``Speed 1x   Volume   Download MP3``), the links to the platforms it
is heard on (``Listen on Apple Podcasts · Spotify``), the programme's credits (``Producer: Ollie
Rees. Editor: Priya Nandakumar.``), a list of chapters (``00:00 Intro``, ``(02:15) Dadu: the camp``)
and, inside the transcript, the stage cues of the recording (``[MUSIC]``, ``[CROSSTALK]``). The gold
pages count all of them as boilerplate (tests/gold/pages/styles_round14_a.md). They are told by
shape: a playback speed or a player's clock among short items, a first item naming the platform
after ``on``, fields of a role and a name, a run of time codes each before a short title, a few
words in square brackets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import rules
from .line_features import features

# A stage cue: one to three words inside square brackets and nothing else ("[MUSIC]", "[OUTRO MUSIC]",
# "[music sting]"); a note in brackets ("[Editor's note: …]") is longer and holds a colon.
STAGE_CUE = re.compile(r"^\[(?P<cue>[^\[\]:.!?]{1,40})\]$")
MAX_WORDS_STAGE_CUE = 3
# A chapter: a time code, bare or in brackets, an optional dash, and a title.
CHAPTER = re.compile(r"^[\[(]?(?P<clock>(?:\d{1,2}:)?\d{1,2}:\d{2})[\])]?\s*(?:[-–—]\s*)?(?P<title>[^\W\d_].*)$")
# A chapter's title is a headline, not a turn of the transcript: a few words without a full stop.
MAX_WORDS_CHAPTER_TITLE = 10
# A list of chapters holds at least this many, one per line, their time codes rising.
MIN_CHAPTERS = 3
# A field of the programme's credits: a role of one or two words and a colon ("Producer:", "Theme music:"),
# or a past participle and "by" ("Produced by", "Hosted by"); then the name.
CREDIT_FIELD = re.compile(r"^(?:[A-Z][a-z]+(?:\s[a-z]+)?:|[A-Z][a-z]+ed\sby)\s+(?P<name>\S.*)$")
MIN_CREDIT_FIELDS = 2
MIN_WORDS_CREDIT_NAME, MAX_WORDS_CREDIT_NAME = 2, 8
MAX_LETTERS_CONNECTOR = 3
# A playback speed ("1x", "1.25x", "1.0×") or a player's clock ("0:00 / 24:31") among a row's items.
PLAYER_TOKEN = re.compile(r"(?:^|\s)(?:\d(?:\.\d{1,2})?[x×]|\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2})(?:\s|$)")
# The first item of a row of platform links: a verb, "on", and the platform's capitalised name.
ON_PLATFORM = re.compile(r"^[A-Z][a-z]+ on [A-Z]")
MIN_ROW_ITEMS = 2


def stage_cue(text: str) -> str | None:
    """Return a reason when ``text`` is a recording's stage cue: one to three words in square brackets."""
    match = STAGE_CUE.match(text)
    if match and len(rules.WORD.findall(match["cue"])) <= MAX_WORDS_STAGE_CUE:
        return "stage cue of a recording: a few words in square brackets"
    return None


def _seconds(clock: str) -> int:
    seconds = 0
    for part in clock.split(":"):
        seconds = 60 * seconds + int(part)
    return seconds


def chapter(text: str) -> int | None:
    """Return the time code in seconds when ``text`` is a chapter (a time code and a short title without a
    full stop), else None."""
    match = CHAPTER.match(text)
    if not match or len(rules.WORD.findall(match["title"])) > MAX_WORDS_CHAPTER_TITLE:
        return None
    return None if match["title"].rstrip().endswith((".", "!", ":")) else _seconds(match["clock"])


def chapter_lists(texts: Sequence[str]) -> list[int]:
    """Return the indexes of the lines of ``texts`` in a list of chapters: at least ``MIN_CHAPTERS``
    consecutive chapter lines with rising time codes."""
    found: list[int] = []
    run: list[tuple[int, int]] = []
    for i, text in enumerate([*texts, ""]):
        seconds = chapter(text) if text[:1] in "[(" or text[:1].isdigit() else None
        if seconds is not None and (not run or seconds > run[-1][1]):
            run.append((i, seconds))
            continue
        if len(run) >= MIN_CHAPTERS:
            found += [index for index, _ in run]
        run = [(i, seconds)] if seconds is not None else []
    return found


def _name_shaped(name: str) -> bool:
    words = rules.WORD.findall(name)
    return MIN_WORDS_CREDIT_NAME <= len(words) <= MAX_WORDS_CREDIT_NAME and all(
        word[0].isupper() or len(word) <= MAX_LETTERS_CONNECTOR for word in words
    )


def credit_roll(text: str) -> str | None:
    """Return a reason when ``text`` is a programme's credits: two or more fields, each a role and a
    name-shaped value ("Producer: Ollie Rees. Music: Tidewater Audio.", "Hosted by … Produced by …")."""
    fields = [field.strip() for field in re.split(r"(?<=[a-z])\.\s+", text.rstrip(". "))]
    if len(fields) < MIN_CREDIT_FIELDS:
        return None
    for field in fields:
        match = CREDIT_FIELD.match(field)
        if not match or not _name_shaped(match["name"]):
            return None
    return f"programme credits: {len(fields)} fields of a role and a name"


def player_row(text: str) -> str | None:
    """Return a reason when ``text`` is a player's or a platform's row of short items: one item is a playback
    speed or the player's clock, or the first names the platform after "on" ("Listen on Spotify   …")."""
    # A line closing a sentence (most body lines) is not split: both tests only return None (measured, own time
    # over the 8,162 lines of 500 bench articles: 0.158 -> 0.021 s).
    if features(text).ends_sentence:
        return None
    items = [item for item in rules.MENU_SEPARATOR.split(text) if item.strip()]
    if len(items) < MIN_ROW_ITEMS:
        return None
    if PLAYER_TOKEN.search(text):
        return "player controls: a row of short items with a playback speed or the player's clock"
    if ON_PLATFORM.match(items[0]):
        return "platform links: a row of links to the platforms the programme is heard on"
    return None
