"""The turns and the reporter's notes of an official record or transcript (issue 11, round 16).

A parliament's official report, a committee's evidence or an assembly's verbatim report prints
each speech under its speaker's label. Where the label stands on a line of its own ("Ms Jane
Roe (Somewhere) (Lab)", "The Minister for X (Sir Y)", "Mr Speaker") it is short and has no
sentence punctuation, like a byline or a kicker, and a short speech under it ("I will.") reads
like furniture between labels. Both are the text of the record (the convention of the labelled
turns of briefing, broadcast, interview and podcast transcripts). The reporter's notes of what
is not speech ("[Interruption.]", "(Applause from the left)", "Senator Roe interjecting—") are
furniture. Each function reads one line, or the lines of a page once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Protocol

from . import rules

# A note wholly within brackets or parentheses ("[Interruption.]", "(The sitting was suspended.)").
BRACKETED_NOTE = re.compile(r"^[(\[](?P<inner>[^()\[\]]*(?:\([^()]*\)[^()\[\]]*)*)[)\]]\.?$")
# A note is a phrase or a sentence; a longer bracketed line is a paragraph set in parentheses.
MAX_WORDS_NOTE = 16
# "<Who> interjecting—": the participle closes the line, with a dash or nothing after it.
CLOSING_PARTICIPLE = re.compile(r"(?P<word>[^\W\d_]+)\s*[—–-]*\s*$")
# The dashes that may close such a line (the pattern's class).
_CLOSING_DASHES = "—–-"
# Who interrupted is named in a few words ("Honourable senators", "Senator Roe").
MAX_WORDS_INTERRUPTION = 6
# A speaker's label: capitalised words with the small words of an office ("The Minister for the Middle East"),
# then parenthesised notes (constituency, party, role, time) or none.
LABEL = re.compile(
    r"^(?P<name>[^\W\d_][\w.'’-]*(?:\s+(?:[^\W\d_][\w.'’-]*))*?)"
    r"(?P<notes>(?:\s*\([^()]{1,80}\))*)\s*$"
)
# Small words an office's name holds in lower case ("Secretary of State for Health and Social Care").
OFFICE_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "to"})
# A label names one speaker: a title and a name, or an office, in a few words (notes aside).
MAX_WORDS_LABEL_NAME = 10
# A label line is short: a longer line is not read by the pattern at all (it stays cheap on any line).
MAX_CHARS_LABEL = 160
# A record prints many turns; a page with fewer such label lines is no record (a byline over a paragraph).
MIN_LABEL_LINES = 3
# The speech under a label is read line by line up to the next label; only this many lines are looked at.
MAX_SPEECH_LINES = 12


@lru_cache(maxsize=1)
def address_words() -> frozenset[str]:
    """Return the honorifics that open a speaker's label (``segmentation_record_titles.txt``), lower case."""
    return rules._word_list("segmentation_record_titles.txt")


@lru_cache(maxsize=1)
def interruption_words() -> frozenset[str]:
    """Return the participles that close a reporter's note of an interruption (``segmentation_record_notes.txt``)."""
    return rules._word_list("segmentation_record_notes.txt")


def procedural_note(text: str) -> str | None:
    """Return a reason when ``text`` is a reporter's note of something that is not speech, on a line of its own:
    a phrase or sentence wholly within brackets ("[Interruption.]", "(Applause from the left)") or a short line
    naming who interrupted, closed by a participle ("Senator Roe interjecting—"); else None. A record prints
    such notes between the turns; they are neither a speech nor a heading."""
    stripped = text.strip()
    if stripped[:1] in "([":
        match = BRACKETED_NOTE.match(stripped)
        words = rules.WORD.findall(match.group("inner")) if match else []
        # A labelled note ("[Editor's note: …]", "(Update: …)") is text the editor adds, not a note of a sound.
        # A quotation set in parentheses is speech.
        labelled = match is not None and (": " in match.group("inner") or match.group("inner")[:1] in "\"“‘'")
        if match and not labelled and 1 <= len(words) <= MAX_WORDS_NOTE and words[0][:1].isupper():
            return "a reporter's note within brackets on a line of its own (a sound or a procedure, not speech)"
        return None
    # The pattern is tried at every letter of a line, a long paragraph's cost (speed16b: 11 % of the per-article
    # pass sampled, 0.5 CPU s per 500 bench articles for one call per line); a match ends the stripped line with a
    # letter or a dash, so a line ending otherwise (a paragraph's full stop) cannot match and is not searched.
    if not stripped[-1:].isalnum() and stripped[-1:] not in _CLOSING_DASHES:
        return None
    match = CLOSING_PARTICIPLE.search(stripped)
    if not match or match.group("word").casefold() not in interruption_words():
        return None
    words = rules.WORD.findall(stripped)
    if len(words) <= MAX_WORDS_INTERRUPTION and words[0][:1].isupper():
        return "a reporter's note of an interruption on a line of its own ('<who> interjecting—')"
    return None


def speaker_label(text: str) -> bool:
    """True when ``text`` has the shape of a speaker's label on a line of its own: no sentence punctuation, a few
    capitalised words (an office's small words aside), and either an honorific first ("Mr Speaker", "Sir Alan
    Doe") or parenthesised notes after a name or office ("Jane Roe (Somewhere) (Lab)", "The Minister for X (Sir
    Y)"). The shape alone fits a byline too: :func:`turn_label_lines` asks for a page of such turns."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_CHARS_LABEL or rules.SENTENCE_END.search(stripped):
        return False
    if stripped.endswith(":"):
        return False
    match = LABEL.match(stripped)
    if not match:
        return False
    words = match.group("name").split()
    if not 2 <= len(words) <= MAX_WORDS_LABEL_NAME:
        return False
    if not all(word[:1].isupper() or word in OFFICE_WORDS for word in words) or words[-1] in OFFICE_WORDS:
        return False
    return bool(match.group("notes")) or words[0].rstrip(".").casefold() in address_words()


# An inline label opens a turn's line: a question's number or none, a speaker's name or office (with notes), then a
# colon ("Q3 Jane Roe: ...", "Senator ROE (State) (14:21): ...") or a full stop and a dash ("Jane Roe, on behalf
# of the X Group. – ...", "President. – ...").
INLINE_LABEL = re.compile(
    r"^(?P<number>Q\d{1,3}\s+)?(?P<label>(?:[^:.–—()]|\([^()]{0,80}\)){1,120}?)(?P<mark>:|\.\s+[–—])\s+\S"
)
# An inline label names a speaker in a few capitalised words ("Jane Roe", "The PRESIDENT", "Chair").
MAX_WORDS_INLINE_NAME = 4


def inline_label(text: str) -> bool:
    """True when ``text`` opens with a speaker's label before a colon or a dash ("Jane Roe: …", "Q3 Chair: …",
    "Jane Roe, on behalf of the X Group. – …"): a name or office in at most ``MAX_WORDS_INLINE_NAME``
    capitalised words, then parenthesised notes or a comma and a role. The shape fits a quotation's
    introduction too ("Critics: …"): :func:`turn_label_lines` asks for a page of such turns."""
    match = INLINE_LABEL.match(text.strip())
    if not match:
        return False
    label = match.group("label").strip()
    if any(char.isdigit() for char in re.sub(r"\([^()]*\)", "", label)):
        # A date or a figure outside the notes makes a teaser's or a field's head ("News, 5 March 2024: …").
        return False
    name = re.split(r"\s*[(,]", label, maxsplit=1)[0]
    words = name.split()
    if not (1 <= len(words) <= MAX_WORDS_INLINE_NAME and all(word[:1].isupper() for word in words)):
        return False
    # A field of the page ("Tags: …", "Source: …") has the same shape: a record's label carries a question's
    # number, an honorific, parenthesised notes, a role after a comma, or the dash of a verbatim report.
    return bool(
        match.group("number")
        or match.group("mark") != ":"
        or name != label
        or (len(words) >= 2 and words[0].rstrip(".").casefold() in address_words())
    )


def turn_label_lines(texts: list[str], is_prose: Callable[[str], bool]) -> list[int]:
    """Return the indices of the speaker labels of a record of turns: labels on lines of their own with the speech
    below (ending a sentence), and lines opened by an inline label. A page is read as a record only when at least
    ``MIN_LABEL_LINES`` labels on lines of their own have a prose line below, or as many inline labels open prose
    lines (a turn may end with a colon before a quotation read into the record); else []. One pass over the lines.
    The page's labeller asks once and passes the answer to the headline's rule and to :func:`label_record`."""
    own = [
        i
        for i, text in enumerate(texts[:-1])
        if speaker_label(text) and rules.SENTENCE_END.search(texts[i + 1].rstrip())
    ]
    inline = [i for i, text in enumerate(texts) if inline_label(text)]
    own_prose = sum(is_prose(texts[i + 1]) for i in own)
    if own_prose < MIN_LABEL_LINES and sum(is_prose(texts[i]) for i in inline) < MIN_LABEL_LINES:
        return []
    return sorted(own + inline)


def speech_lines(texts: list[str], labels: list[int], is_prose: Callable[[str], bool]) -> list[int]:
    """Return the indices of the labels in ``labels`` and of the lines of each speech under a label on a line of
    its own: the lines after it that end a sentence or are prose, up to the next label or the first other line (a
    note, a column number or the page's furniture after the last speech). A turn opened by an inline label holds
    its speech in its own line. At most ``MAX_SPEECH_LINES`` per label: linear in the page."""
    starts = set(labels)
    kept = []
    for i in labels:
        kept.append(i)
        if not speaker_label(texts[i]):
            continue
        for j in range(i + 1, min(len(texts), i + 1 + MAX_SPEECH_LINES)):
            if j in starts or procedural_note(texts[j]):
                break
            if not (is_prose(texts[j]) or rules.SENTENCE_END.search(texts[j].rstrip())):
                break
            kept.append(j)
    return kept


# A row of links or buttons: items set apart by runs of spaces ("Previous   Next"), or a breadcrumb trail.
ROW_GAP = re.compile(r"\S\s{3,}\S")
TRAIL_SEPARATOR = re.compile(r"\s[/»>|›]\s")


def control_line(text: str, verbs: frozenset[str]) -> bool:
    """True when ``text`` is a control or a row of them, not a title: items set apart by runs of spaces, a
    breadcrumb trail, or a link opening with a button's verb in ``verbs`` ("View all … debates", "Download
    text"; a teaser's "Watch: …" opens with its verb and a colon and is a title)."""
    if ROW_GAP.search(text) or TRAIL_SEPARATOR.search(text):
        return True
    words = text.split()
    return bool(words) and words[0].casefold() in verbs and len(words) > 1


def record_title(
    texts: list[str], candidates: list[int], chosen: int, shared: Callable[[int], int], verbs: frozenset[str]
) -> int:
    """Return the headline of a record of turns: of the ``candidates`` (headline-shaped lines above the first
    paragraph) that are neither controls (:func:`control_line`) nor speaker labels, the one sharing the most
    content words with the speeches (``shared``; the nearest the text on a tie), when the position rule's
    ``chosen`` is a control or a label (else ``chosen``: a site's banner may share a word with the text, round
    11's briefing). A record's page sets its title among
    kickers, rows of links and metadata of one to three words each ("Senate", "Download text", "Proof"), which
    the position rule, built for a news page's headline over its first paragraph, cannot tell apart; the
    debate's title names what the speeches are about ("Syria: Idlib", "Oral evidence: <Bank> and the
    withdrawals")."""
    if not (control_line(texts[chosen], verbs) or speaker_label(texts[chosen])):
        return chosen
    titles = [i for i in candidates if not control_line(texts[i], verbs) and not speaker_label(texts[i])]
    return max(titles, key=lambda i: (shared(i), i)) if titles else chosen


# A field of a record's metadata: a label of one or two words and a colon ("Members present: …", "Witnesses: …").
METADATA_FIELD = re.compile(r"^[^\W_][\w’'-]*(?:\s[\w’'-]+)?:\s+\S")


# The phrases of a record's notices about itself.
NOTICES = "segmentation_record_notices.txt"


@lru_cache(maxsize=1)
def notice_phrases() -> tuple[re.Pattern, ...]:
    """Return the phrases of a record's notices about itself (``segmentation_record_notices.txt``), as patterns
    of whole words."""
    return tuple(re.compile(rf"\b{re.escape(phrase)}\b") for phrase in sorted(rules._word_list(NOTICES)))


def record_notice(text: str) -> bool:
    """True when ``text`` holds a phrase of a record's notice about itself ("Uncorrected transcript. …",
    "Provisional edition", "Ordered by the Committee to be published …")."""
    folded = " ".join(rules.WORD.findall(text.casefold()))
    return any(pattern.search(folded) for pattern in notice_phrases())


def record_metadata(texts: list[str], kinds: list[str], headline: int | None, turns: list[int]) -> list[int]:
    """Return the lines of a record's header that ``kinds`` reads as text or chrome but that describe the record:
    between its title (``headline``) and its first turn (``turns``: the labels of :func:`turn_label_lines`),
    fields ("Volume 646: debated on …", "Members present: …"), rows of controls ("Watch the meeting   Download
    PDF") and notices (:func:`record_notice`) read as body, and what reads as chrome (a counter of the record's
    questions, "Questions 1 – 39"); above the title, notices read as chrome. A spokesman's opening statement above
    the questions is prose without such a phrase and stays body."""
    if headline is None or not turns or turns[0] <= headline:
        return []
    above = [i for i in range(headline) if kinds[i] == "navigation" and record_notice(texts[i])]
    return above + [
        i
        for i in range(headline + 1, turns[0])
        if kinds[i] == "navigation"
        or (
            kinds[i] == "body"
            and (METADATA_FIELD.match(texts[i]) or ROW_GAP.search(texts[i]) or record_notice(texts[i]))
        )
    ]


def record_kickers(texts: list[str], kinds: list[str], headline: int | None, turns: list[int]) -> list[int]:
    """Return the lines above a record's title (``headline``, on a page of ``turns``) that ``kinds`` reads as
    furniture and :func:`.rules.byline_line` as names ("Finance and Economic Affairs Committee"): a record is
    signed by no one, and capitalised names over its title are the chamber's or committee's kicker."""
    if headline is None or not turns:
        return []
    # A line signed "By …" is a byline wherever it stands (a podcast's producer over its episode's title).
    return [
        i
        for i in range(headline)
        if kinds[i] == "boilerplate" and rules.byline_line(texts[i]) and texts[i].split()[0].casefold() != "by"
    ]


# An arrow or a quotation mark set before a pager's word ("‹ Prev", "« Previous").
LEADING_ARROWS = "‹«<←"
# A link to another item is a few words ("Next article ›", "Previous issue"); a longer line opening with such a
# word is a link only as a row of links or as a link with its title after a colon ("Next debate: Harbour Dues").
MAX_WORDS_BARE_ITEM_LINK = 3
MAX_WORDS_ITEM_LINK = 12


@lru_cache(maxsize=1)
def item_link_words() -> frozenset[str]:
    """Return the words that open a link to the previous or next item (``segmentation_item_link_words.txt``)."""
    return rules._word_list("segmentation_item_link_words.txt")


def item_links(text: str) -> str | None:
    """Return a reason when ``text`` is a link or a row of links to the item before or after this one
    ("Previous debate   Next debate", "‹ Prev   Next ›", "Next debate: Harbour Dues"): a short line opening with a
    word of ``item_link_words`` and closing no sentence, without a figure (a pager that counts, "Article 3 of
    17", moves through the site's sections); else None. Such links lead to other articles, not to sections."""
    stripped = text.strip().lstrip(LEADING_ARROWS).strip()
    # The first word alone first: most lines open with no such word and a paragraph is not split (speed16b: every
    # line of the 500 bench articles 0.10 -> 0.006 CPU s).
    first = rules.WORD.search(stripped)
    if first is None or first.group().casefold() not in item_link_words():
        return None
    words = rules.WORD.findall(stripped)
    if not words or words[0].casefold() not in item_link_words() or len(words) > MAX_WORDS_ITEM_LINK:
        return None
    if any(char.isdigit() for char in stripped) or rules.SENTENCE_END.search(stripped):
        return None
    # A headline may open with "Next" ("Next steps for the harbour"): a longer line must be a row of such links
    # or a link and its title.
    row = ROW_GAP.search(stripped) and sum(word.casefold() in item_link_words() for word in words) >= 2
    titled = ": " in stripped and len(rules.WORD.findall(stripped.partition(": ")[0])) <= 2
    if len(words) > MAX_WORDS_BARE_ITEM_LINK and not row and not titled:
        return None
    return "a link to the previous or next item of a series (another article, not a section)"


class _Line(Protocol):
    text: str


def label_record(
    lines: Sequence[_Line],
    labels: dict[int, tuple[str, str]],
    headline: int | None,
    is_prose: Callable[[str], bool],
    turns: list[int] | None = None,
) -> None:
    """Relabel, in ``labels`` (line -> (kind, reason)), the lines of a record of turns: the header's metadata
    (:func:`record_metadata`, boilerplate) and kickers (:func:`record_kickers`, navigation), the speaker labels on
    lines of their own and the speeches under them (:func:`speech_lines`, body: the shape rules read a label as
    a byline or a stray line, a short speech as a link), and, on any page, a reporter's note that a later rule
    read as a heading (:func:`procedural_note`, boilerplate). The last pass over the page's labels. ``turns``: the
    page's :func:`turn_label_lines` when its labeller has read them, else read here."""
    texts = [line.text for line in lines]
    if turns is None:
        turns = turn_label_lines(texts, is_prose)
    for i in record_metadata(texts, [labels[i][0] for i in range(len(texts))], headline, turns):
        labels[i] = ("boilerplate", "a record's metadata, between its title and its first turn")
    for i in record_kickers(texts, [labels[i][0] for i in range(len(texts))], headline, turns):
        labels[i] = ("navigation", "a kicker over a record's title (names, but a record has no byline)")
    for i in speech_lines(texts, turns, is_prose):
        if labels[i][0] != "body":
            labels[i] = ("body", "a speaker's label or speech in a record of turns (:mod:`.record_turns`)")
    for i, text in enumerate(texts):
        if labels[i][0] == "body" and (reason := procedural_note(text)):
            labels[i] = ("boilerplate", reason)
