"""Explainers and Q&A pages: a question as the headline, and fact boxes inside the text (issue 11, round 18).

An explainer titles itself with a rubric and a question ("Q&A: Why is … ?", "Explained: What happened …?"):
the question mark makes the line read as a sentence, but it is the headline, above the first paragraph. Inside
the text it sets boxes of facts under a label of their own ("What we know", "Timeline", "Glossary"): bullets of
key facts, dated timeline lines ("7 April 2018 – …", "Feb. 28, 11:52 p.m. – …") and glossary entries
("Chlorine: a common …"), which are short and unpunctuated like a list of links but are the article's body.
The labels are ``segmentation_explainer_boxes.txt``. Each line is read a bounded number of times.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

# A rubric and a question: one to three words of a label, a colon, then one question of a title's length.
_LABELLED_QUESTION = re.compile(r"^(?P<label>[A-Z][\w&'.-]+(?: [\w&'.-]+){0,2}):\s+(?P<question>[A-Z\"'‘“][^.!?]+\?)$")
# The question of a title has at least this many words and at most this many.
MIN_QUESTION_WORDS = 5
MAX_QUESTION_WORDS = 25

# A bullet of a list of facts ("• …", "- …", "* …").
_BULLET = re.compile(r"^[•▪·*\-–]\s+\S+\s+\S")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A timeline line: a date (perhaps with a clock time), a dash, the event ("14 June – …", "March 1, 4:30 p.m. – …").
_TIMELINE = re.compile(
    rf"^(?:\d{{1,2}} {_MONTH}(?: \d{{4}})?|{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{4}})"
    r"(?:,? \d{1,2}(?::\d{2})? ?(?:[ap]\.?m\.?)?)?\s+[–—-]\s+\S"
)
# A glossary entry: a term of one to four words, a colon, a definition opening in lower case.
_GLOSSARY = re.compile(r"^[A-Z][\w'-]*(?: [\w'-]+){0,3}: [a-z]")
# The items of a form's row are set apart by two spaces or more, or by a bar.
_FIELD_SEPARATOR = re.compile(r"\s{2,}|\s*\|\s*")
# What every separator without a bar holds.
_WHITE_SPACE_PAIR = re.compile(r"\s\s")
# A box holds at most this many items (a longer run under such a label is a list of another kind).
MAX_BOX_ITEMS = 20


@lru_cache(maxsize=1)
def _box_labels() -> frozenset[str]:
    path = resources.files("analysis.data").joinpath("segmentation_explainer_boxes.txt")
    with path.open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def question_title(text: str) -> bool:
    """True when ``text`` is a rubric and one question of a title's length ("Explained: What happened …?"): an
    explainer's headline, not a paragraph, though it ends as a sentence does. A speaker's turn of a transcript
    ("Q: Why …?") has a one-letter label and is left out."""
    found = _LABELLED_QUESTION.match(text.strip())
    if not found or len(found["label"]) < 2:
        return False
    return MIN_QUESTION_WORDS <= len(found["question"].split()) <= MAX_QUESTION_WORDS


def box_label(text: str) -> bool:
    """True when ``text`` is the label of a fact box ("What we know", "Timeline:", "Glossary")."""
    return text.strip().rstrip(":").strip().casefold().replace("’", "'") in _box_labels()


def box_item(text: str) -> bool:
    """True when ``text`` is an item of a fact box: a bullet, a dated timeline line or a glossary entry."""
    text = text.strip()
    return bool(_BULLET.match(text) or _TIMELINE.match(text) or _GLOSSARY.match(text))


def fact_boxes(texts: Sequence[str], kinds: Mapping[int, str]) -> dict[int, str]:
    """Return {line: reason} for the lines of fact boxes set inside the text: ``body``.

    A box label (:func:`box_label`) below a body line, with one to ``MAX_BOX_ITEMS`` items
    (:func:`box_item`) right under it, is part of the article: the label and its items, where an earlier rule read
    them as furniture (a stray short line, a list of links). A label without items under it (a collapsed box over
    "Tap to expand") is left alone.
    """
    first_body = min((i for i, kind in kinds.items() if kind == "body"), default=None)
    if first_body is None:
        return {}
    found: dict[int, str] = {}
    for i in range(first_body + 1, len(texts)):
        if not box_label(texts[i]):
            continue
        items = []
        for j in range(i + 1, min(len(texts), i + 1 + MAX_BOX_ITEMS + 1)):
            if not box_item(texts[j]):
                break
            items.append(j)
        if not items or len(items) > MAX_BOX_ITEMS:
            continue
        for j in (i, *items):
            if kinds.get(j) in ("boilerplate", "navigation"):
                found[j] = f"a fact box inside the text: the label '{texts[i].strip()}' and its items"
    return found


# A reader form's invitation is a short line: a question to the reader and the request.
MAX_INVITATION_WORDS = 20


@lru_cache(maxsize=1)
def _reader_form() -> dict[str, frozenset[str]]:
    """Return the field labels and invitation phrases of ``segmentation_reader_forms.txt`` by role."""
    path = resources.files("analysis.data").joinpath("segmentation_reader_forms.txt")
    found: dict[str, set[str]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or "," not in line or line.startswith("role,"):
                continue
            role, phrase = line.strip().split(",", 1)
            found.setdefault(role, set()).add(phrase)
    return {role: frozenset(phrases) for role, phrases in found.items()}


@lru_cache(maxsize=1)
def _invitation() -> re.Pattern[str]:
    phrases = sorted(_reader_form()["invitation"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, phrases)) + r")\b")


def form_fields(text: str) -> bool:
    """True when ``text`` is a row of two or more items, each a field label or button of a form ("Name   Email
    Your question", "Your name   Your location"): the reader form below an explainer, furniture, not a menu."""
    # A line without a separator (a bar or two white spaces in a row) is one item: not split (speed19, with
    # reader_invitation's gate: reader_form_lines replayed over the 500 bench articles' calls, best of 3 alternating
    # pairs 0.26 -> 0.11 CPU s per 1,000 articles).
    if "|" not in text and _WHITE_SPACE_PAIR.search(text) is None:
        return False
    items = [item.strip().casefold() for item in _FIELD_SEPARATOR.split(text.strip()) if item.strip()]
    return len(items) >= 2 and all(item in _reader_form()["field"] for item in items)


def reader_invitation(text: str) -> bool:
    """True when ``text`` is a short line asking the reader to send a question ("Have a question about the floods?
    Send it to us", "Send us your questions"): the head of a reader form, furniture, not the text."""
    if len(text.split()) > MAX_INVITATION_WORDS:
        return False  # a long line is not folded (speed19)
    folded = text.strip().casefold()
    found = _invitation().search(folded)
    # The request opens the line or follows a question to the reader: in a sentence of the text it is reported speech.
    return found is not None and (found.start() == 0 or "?" in folded[: found.start()])


def reader_form_lines(texts: Sequence[str], kinds: Mapping[int, str]) -> dict[int, str]:
    """Return {line: reason} for the lines of a reader form read as text or chrome: ``boilerplate``."""
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        if kinds.get(i) not in ("body", "navigation"):
            continue
        if form_fields(text):
            found[i] = "a reader form's fields (labels of the form, not a menu)"
        elif reader_invitation(text):
            found[i] = "a reader form's invitation to send a question"
    return found
