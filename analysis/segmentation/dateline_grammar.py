"""A dateline as a short grammar of its parts, not one pattern per house style (issue 11, round 8).

Each round of held-out pages brought datelines in forms the pattern list had not seen
("Islamabad [Pakistan], August 29 (AND):", "(NNN) —", "Damascus, 21 May 2019 –"). What
they share is their make-up: a few tokens, each a capitalised place word, a region in
brackets, an agency in parentheses or between slashes, a date or a time, commas and full
stops, closed by a separator (—, –, --, -, :, ``.-``) or by the agency itself, and followed by
a new sentence. :func:`grammar_dateline` reads the opening tokens of a paragraph by that
grammar. A sentence's subject ("Russia's defence ministry said ...", "NATO - which ...") fails
it: a possessive, a lower-case word or a lower-case word after the separator ends the reading.
The scan reads at most ``MAX_DATELINE_TOKENS`` tokens, so it costs a constant per paragraph.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from . import markdown_structure, markup_view, posts_and_pictures, rules, ticker

# A dateline holds a place, a region, an agency and a date: "SHARM EL-SHEIKH, Egypt, Sept. 3 (Kaya) --"
# is 10 tokens; a sentence's opening clause is longer.
MAX_DATELINE_TOKENS = 12
# A place written in capitals has at least this many letters ("UN", "US" open sentences as subjects).
MIN_LETTERS_CAPITAL_PLACE = 3
# A month written in lower case after the day, as Romance languages write it, has at most this many letters
# ("jul", "mars", "septiembre"); a longer lower-case word after a figure is a sentence's ("17 soldiers").
MAX_LETTERS_LOWER_CASE_MONTH = 10

TOKEN = re.compile(
    r"\s*(?:"
    r"(?P<paren>\([^()\n]{1,60}\))"
    r"|(?P<bracket>\[[^\[\]\n]{1,30}\])"
    r"|(?P<slashed>/[A-Z][A-Za-z0-9 .&-]{0,30}/)"
    r"|(?P<sep>\.-|—|–|--|-|:)"
    r"|(?P<number>\d{1,4}(?:st|nd|rd|th)?(?:[:.]\d{2})?)"
    # A hyphen stays inside a word ("el-Sheikh"); a double one closes it ("Norvasta--(Wire)--"). A slash joins
    # the places of a story filed from two ("ISTANBUL/MOSCOW", issue 11 round 14); an agency's slashes are spaced.
    r"|(?P<word>[^\W\d_][\w'’.]*(?:[-/][\w'’.]+)*)"
    r"|(?P<comma>,)"
    r"|(?P<dot>\.)"
    r")"
)
# What may follow a dateline: the first word of the story's sentence, a quotation, a figure.
SENTENCE_START = re.compile(r"\s*[A-Z0-9\"“‘'(«]")
POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def place_connectors() -> frozenset[str]:
    """Return the lower-case particles allowed inside a place name (``segmentation_place_connectors.txt``)."""
    return rules._word_list("segmentation_place_connectors.txt")


def _token_stream(text: str) -> Iterator[tuple[str, str, int]]:
    """Yield up to ``MAX_DATELINE_TOKENS`` + 1 opening tokens of ``text`` as (type, text, end offset), one by one: a
    reader that stops at the first token that cannot stand in a dateline (most lines: a sentence's second word) reads
    no further. Every line was read up to 13 tokens (speed17c: TOKEN matches over the 8,162 lines of 500 bench
    articles 38,320 -> 10,081; the grammar's 3,549 readings of label_lines replayed, three alternating pairs,
    0.030-0.035 -> 0.016-0.025 CPU s)."""
    position, count = 0, 0
    while count <= MAX_DATELINE_TOKENS:
        match = TOKEN.match(text, position)
        if not match or match.end() == position:
            return
        kind = match.lastgroup or ""
        yield kind, match.group(kind), match.end()
        position = match.end()
        count += 1


def _fits(kind: str, token: str) -> bool:
    """True when a token may stand in a dateline: a capitalised word (no possessive), a particle, any other part."""
    if kind != "word":
        return True
    if POSSESSIVE.search(token):
        return False
    return token[0].isupper() or token.casefold() in place_connectors()


def _fits_at(tokens: list[tuple[str, str, int]], n: int) -> bool:
    """True when the ``n``-th token may stand in a dateline (:func:`_fits`), or is a month in lower case after the
    day ("Estambul, 17 jul (AIP).-", "5 de julio"): many languages write their months so, English does not."""
    kind, token, _ = tokens[n]
    if _fits(kind, token):
        return True
    before = [k for k, t, _ in tokens[max(n - 2, 0) : n] if not (k == "word" and t.casefold() in place_connectors())]
    return (
        kind == "word"
        and token.isalpha()
        and token.islower()
        and len(token) <= MAX_LETTERS_LOWER_CASE_MONTH
        and bool(before)
        and before[-1] == "number"
    )


def _evidence(parts: list[tuple[str, str, int]]) -> bool:
    """True when the parts name a place in capitals, an agency, a region in brackets or a date.

    Title-case words alone are not enough: "The Kremlin -" or "Foreign Minister Lavrov:" open
    sentences and headings as often as datelines.
    """
    for kind, token, _ in parts:
        if kind in ("paren", "bracket", "slashed", "number"):
            return True
        letters = re.sub(r"[^A-Za-z]", "", token)
        if kind == "word" and (
            (token.isupper() and len(letters) >= MIN_LETTERS_CAPITAL_PLACE) or _calendar_word(token)
        ):
            return True
    return False


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Return the month and weekday names and abbreviations of the date-word list ("Sept", "Tues", "August")."""
    stems = {name[:3].casefold() for name in (*calendar.month_name[1:], *calendar.day_name)}
    return frozenset(word for word in rules.date_words() if len(word) >= 3 and word[:3] in stems)


def _calendar_word(token: str) -> bool:
    """True when ``token`` names a month or a weekday ("Sept.", "Tuesday")."""
    return token.casefold().rstrip(".") in _calendar_words()


def grammar_dateline(text: str) -> tuple[str, int, str] | None:
    """Return ``(dateline, body_offset, reason)`` when ``text`` opens with a dateline by the grammar, else None.

    The opening tokens must all fit (:func:`_fits`); the dateline ends at a separator
    followed by a new sentence, or, without a separator, at an agency in parentheses or
    between slashes after a date ("Islamabad, Aug 30 (PTI) Pakistan's ..."). The
    longest such prefix is taken ("(NPA) - MARENZO, FEB 14 -"). It must hold evidence
    (:func:`_evidence`) and start with a word or an agency, not a separator or a figure.
    """
    # The tokens are read as far as they fit (:func:`_token_stream`): the reading ends at the first that does not.
    parts: list[tuple[str, str, int]] = []
    found = None
    for n, (kind, token, end) in enumerate(_token_stream(text)):
        parts.append((kind, token, end))
        if n == 0 and kind not in ("word", "paren"):
            return None
        if not _fits_at(parts, n):
            break
        tight = n > 0 and parts[-2][0] == "paren"
        if kind == "sep" and n > 0 and _evidence(parts[:-1]) and _opens_sentence(text, end, token, tight):
            found = end
        elif kind in ("paren", "slashed") and _dated(parts) and _opens_sentence(text, _after_dot(text, end), ""):
            found = _after_dot(text, end)
    if found is None:
        return None
    body = SENTENCE_START.match(text, found)
    body_offset = body.end() - 1 if body else found
    reason = "dateline by its grammar: place, agency or date words closed by a separator"
    return text[:found].rstrip(), body_offset, reason


def _after_dot(text: str, end: int) -> int:
    """Return ``end`` past a full stop closing an agency ("/TASS/." or "(AFE).")."""
    return end + 1 if text[end : end + 1] == "." else end


def _dated(parts: list[tuple[str, str, int]]) -> bool:
    """True when the parts before an agency hold a date (a figure) or the agency is set between slashes."""
    return parts[-1][0] == "slashed" or any(kind == "number" for kind, _, _ in parts[:-1])


def _opens_sentence(text: str, end: int, separator: str, tight: bool = False) -> bool:
    """True when a new sentence starts after ``end``: a capital, a figure or a quotation mark, after a space.

    A colon or a dash directly followed by a letter is a word's hyphen or a clock ("12:30"), not a separator;
    but a double dash after an agency in parentheses (``tight``) closes a dateline set without spaces, the
    form of the business press-release wires ("CITY, Region--(Wire)--The Company ...").
    """
    rest = text[end:]
    if not rest[:1].isspace() and separator not in ("", ".-") and not (tight and separator == "--"):
        return False
    return bool(SENTENCE_START.match(rest))


def first_paragraph_dateline(text: str, upper_case_dateline: re.Pattern) -> tuple[str, int, str] | None:
    """Return the dateline opening a first paragraph: the patterns of :func:`.rules.dateline_prefix`, else the grammar.

    The patterns come first so that the datelines they found keep their reasons; the grammar
    reads the forms no pattern was written for.
    """

    def find(line: str) -> tuple[str, int, str] | None:
        return (
            posts_and_pictures.caption_dateline(line)
            or rules.dateline_prefix(line, upper_case_dateline)
            or grammar_dateline(line)
        )

    # A Markdown export sets the dateline in bold ("**PLACE (Agency) —** …"): read inside the marks (round 21).
    return _behind_quote_marker(text, lambda line: markdown_structure.bold_dateline(line, find) or find(line))


def agency_dateline(text: str) -> tuple[str, int, str] | None:
    """Return a dateline naming an agency or a date (:func:`.rules.agency_dateline_prefix`, else the grammar's).

    Below a standfirst or a claim box only such a dateline is taken: a bare "PLACE:" there
    may open a sub-heading's paragraph, an agency or a date does not.
    """
    return _behind_quote_marker(text, _agency_dateline)


def _agency_dateline(text: str) -> tuple[str, int, str] | None:
    found = rules.agency_dateline_prefix(text)
    if found:
        return found
    found = grammar_dateline(text)
    return found if found and _names_agency_or_date(found[0]) else None


# The quote marker of a mail reply ("> ", ">> "): the line of a quoted message displays without it.
QUOTE_MARKER = re.compile(r"(?:>[ \t]?)+")


def _behind_quote_marker(text: str, find: Callable[[str], tuple[str, int, str] | None]) -> tuple[str, int, str] | None:
    """Return ``find(text)``, or for a line of a mail reply's quoted text ("> DOLO, March 12 — …") the dateline
    ``find`` reads behind the quote marker, the marker kept at its head (the gold's convention, round 14: the
    dateline begins the raw line) and the body offset counted from the line's start."""
    if ticker.item_prefix(text):
        return None
    view = markup_view.line_view(text)
    if view is not None:
        return _behind_markup(text, view, find)
    marker = QUOTE_MARKER.match(text) if text.startswith(">") else None
    if marker is None:
        return find(text)
    found = find(text[marker.end() :])
    if found is None:
        return None
    dateline, body_offset, why = found
    return text[: marker.end()] + dateline, marker.end() + body_offset, why


# Closing inline tags right after a dateline's separator ("ANKARA &#8211;</strong>"): they wrap the dateline.
CLOSING_TAGS = re.compile(r"(?:\s*</(?:strong|b|em|i|span)\s*>)+", re.IGNORECASE)


def _behind_markup(
    text: str, view: markup_view.View, find: Callable[[str], tuple[str, int, str] | None]
) -> tuple[str, int, str] | None:
    """Return the dateline ``find`` reads on the displayed text of a line with HTML residue, mapped back to the raw
    line: it starts at the line's head with the tags that open it ("<p><strong>ANKARA &#8211;</strong>", the gold's
    convention, round 20), its separator entity and the closing tags that wrap it included; the body offset is where
    the sentence after it starts in the raw line."""
    if view.hidden:
        return None
    found = _behind_quote_marker(view.text, find) if view.text.startswith(">") else find(view.text)
    if found is None:
        return None
    dateline, body_offset, why = found
    end = view.raw_span(0, len(dateline.rstrip()))[1]
    closing = CLOSING_TAGS.match(text, end)
    end = closing.end() if closing else end
    return text[:end], max(end, view.raw_offset(body_offset)), why


def _names_agency_or_date(dateline: str) -> bool:
    """True when ``dateline`` holds an agency in parentheses or slashes, a bracketed region, a figure or a month."""
    return any(
        kind in ("paren", "bracket", "slashed", "number") or (kind == "word" and _calendar_word(token))
        for kind, token, _ in _token_stream(dateline)
    )


def place_date_line(text: str) -> bool:
    """True when ``text`` is a place and a date standing alone ("Islamabad, 30 August 2022", "MOSCOW, May 21").

    Every token fits a dateline (:func:`_fits`), the tokens cover the whole line, and they name
    a month or weekday and a figure. Such a line dates a statement; it is no headline.
    """
    tokens: list[tuple[str, str, int]] = []
    for token in _token_stream(text):  # read as far as every token fits (:func:`_token_stream`)
        tokens.append(token)
        if not _fits_at(tokens, len(tokens) - 1):
            return False
    if len(tokens) > MAX_DATELINE_TOKENS or not tokens or tokens[-1][2] != len(text.rstrip()):
        return False
    return any(kind == "number" for kind, _, _ in tokens) and any(
        kind == "word" and _calendar_word(token) for kind, token, _ in tokens
    )


# A paragraph opened by a speaker's label ("Question (Levant Review):", "Answer:") is a turn of a transcript;
# the same label opens at least this many paragraphs of the page, which no dateline does.
MIN_TURN_LINES = 3
# A speaker's label: one word or a name of up to three ("Answer", "Tom Ashby"), a time code or an outlet in
# parentheses or none, a colon ("Tom Ashby (03:20): …", round 15: a podcast transcript's turns). A record may set a
# place or role in parentheses before the time ("Senator ROE (State) (14:21): …", round 16): ``note`` is the last.
TURN_LABEL = re.compile(
    r"([^\W\d_][\w.]*(?: [^\W\d_][\w.'’-]*){0,2})(?:\s*\([^()\n]{1,60}\))??(?:\s*\((?P<note>[^()\n]{1,60})\))?\s*:\s"
)
# A time code in a turn's parentheses ("(03:20)", "(1:02:15)"): on a page of such turns, every speaker's label is
# a turn, the guest who speaks once as the host who speaks often (the key below stands for them in the turns).
TIME_CODE = re.compile(r"\d{1,2}(?::\d{2}){1,2}")
TIME_CODED_TURN = "(time code)"


def turn_labels(texts: list[str]) -> frozenset[str]:
    """Return the labels (case-folded: a word or a name of up to three) that open at least ``MIN_TURN_LINES``
    lines with a colon, with or without a name or a time code in parentheses ("Question (Harbour Times): ...",
    "Answer: ...", "Tom Ashby (00:41): ..."): the speakers' turns of a transcript or an interview. One pass
    over the lines."""
    counts: dict[str, int] = {}
    for text in texts:
        match = TURN_LABEL.match(text)
        if match:
            for word in (match.group(1).casefold(), *_time_coded(match)):
                counts[word] = counts.get(word, 0) + 1
    return frozenset(word for word, count in counts.items() if count >= MIN_TURN_LINES)


def _time_coded(match: re.Match) -> tuple[str, ...]:
    """Return ``(TIME_CODED_TURN,)`` when the turn label ``match`` holds a time code in its parentheses, else ()."""
    note = match.group("note")
    return (TIME_CODED_TURN,) if note and TIME_CODE.fullmatch(note.strip()) else ()


def opens_turn(dateline: str, turns: frozenset[str]) -> bool:
    """True when ``dateline`` (a grammar's reading) is a transcript turn's label ending with a colon: its word or
    name is one of ``turns`` (:func:`turn_labels`), or it holds a time code on a page of time-coded turns."""
    match = TURN_LABEL.match(dateline + " ")
    if (
        match
        and match.end() == len(dateline) + 1
        and turns.intersection((match.group(1).casefold(), *_time_coded(match)))
    ):
        return True
    return speaker_and_role(dateline, turns)


# A speaker introduced by name has a given name and a surname ("HELEN ASHWORTH, PRESENTER:"); a place before a
# comma may be one word ("MOSCOW, May 3:").
MIN_WORDS_SPEAKER_NAME = 2


def speaker_and_role(dateline: str, turns: frozenset[str]) -> bool:
    """True when ``dateline`` (a grammar's reading) is a speaker's name, a comma, a role and a colon on a page
    of turns (``turns`` not empty): "NICK FARRANT, HNN CORRESPONDENT (voice-over):". A transcript introduces
    each speaker so once and then by surname alone; a dateline on such a page would name a date, which this
    reading does not."""
    if not turns or not dateline.rstrip().endswith(":") or "," not in dateline:
        return False
    if len(rules.WORD.findall(dateline.partition(",")[0])) < MIN_WORDS_SPEAKER_NAME:
        return False
    return not any(
        kind == "number" or (kind == "word" and _calendar_word(token)) for kind, token, _ in _token_stream(dateline)
    )
