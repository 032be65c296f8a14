"""Stories that carry their own history: versions, alerts, earlier versions and the next story (issue 11, round 18).

A news agency moves a story in versions: each later version's headline carries a prefix joined to it by a
hyphen ("UPDATE 2-", "REFILE-UPDATE 2-", "CORRECTED-", "WRAPUP 1-"), a desk terminal lists the alerts and the
earlier versions as time-stamped lines above the latest ("12-Mar-2024 07:02:37  URGENT: …"), a site may keep the
earlier version below the latest ("Earlier version", its headline without the prefix, its paragraphs, which repeat
or nearly repeat the latest's), and an alert e-mail or an app's page glues another story below the article under a
label of its own ("ALSO IN THIS ALERT", "Up next"). The word lists are ``segmentation_story_versions.csv``.

Every function reads each line a bounded number of times (the near-repeat test keeps one set of word
shingles of the text above), so the stage grows about linearly with the page.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from importlib import resources

# Word n-grams compared between an earlier version's paragraph and the latest version's text.
SHINGLE_WORDS = 3
# Share of a paragraph's shingles found in the text above for it to be an earlier version of that text: a
# superseded paragraph keeps most of its wording and changes a figure or drops a clause.
MIN_SHINGLE_SHARE = 0.6
# A paragraph has at least this many words: a shorter line (a teaser, a label) is compared with nothing.
MIN_REPEAT_WORDS = 8
# A boundary label is a short line.
MAX_LABEL_WORDS = 6
# An earlier version kept below the latest holds at least this many of its paragraphs under its own headline (the
# latest's without the version prefix), or at least MIN_UNTITLED_PARAGRAPHS without one.
MIN_VERSION_PARAGRAPHS = 2
MIN_UNTITLED_PARAGRAPHS = 3
# An earlier version's headline stands this many lines at most above its first paragraph (a time stamp between).
MAX_TITLE_GAP = 3

_WORD = re.compile(r"[\w']+")
# Figures masked, so that two lines of one make-up compare equal ("Read more [5]" ~ "Read more [6]").
_FIGURES = re.compile(r"\d+")
# A date and a clock time opening a desk terminal's line ("12-Mar-2024 07:02:37", "2024-03-12 07:02",
# "12/03/2024 07:02:37"), followed by the item's text.
_TERMINAL_STAMP = re.compile(
    r"^(?:\d{1,2}[-/ .][A-Za-z]{3,9}[-/ .]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[ T]+"
    r"\d{1,2}:\d{2}(?::\d{2})?\s+(?=\S)"
)


@lru_cache(maxsize=1)
def _words_by_role() -> dict[str, tuple[str, ...]]:
    """Return the words of ``segmentation_story_versions.csv`` by role (version, alert, boundary)."""
    path = resources.files("analysis.data").joinpath("segmentation_story_versions.csv")
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        found: dict[str, list[str]] = {}
        for row in rows:
            found.setdefault(row["role"], []).append(row["words"].strip())
    return {role: tuple(words) for role, words in found.items()}


@lru_cache(maxsize=1)
def _version_prefix() -> re.Pattern[str]:
    """Return the pattern of a run of version prefixes opening a headline ("REFILE-UPDATE 2-")."""
    words = "|".join(map(re.escape, _words_by_role()["version"]))
    return re.compile(rf"^(?:(?:{words})(?: ?\d{{1,2}})?-)+(?=[\w'\"‘“])")


@lru_cache(maxsize=1)
def _alert_opening() -> re.Pattern[str]:
    """Return the pattern of an alert word opening a line ("URGENT: …", "*FLASH*  …"), in upper case as set."""
    words = "|".join(map(re.escape, _words_by_role()["alert"]))
    return re.compile(rf"^\*?(?:{words})\*?(?::\s*|\s{{2,}}|\s+-\s+)(?=\S)")


def versioned(text: str) -> bool:
    """True when ``text`` opens with a wire's version prefix joined to the headline by a hyphen ("UPDATE 2-Russia
    says …"): the headline of a later version of a story, as the agency writes it (never a standfirst)."""
    return bool(_version_prefix().match(text.strip()))


def unversioned(text: str) -> str:
    """Return ``text`` without the version prefix it opens with (``text`` itself when it has none)."""
    return _version_prefix().sub("", text.strip(), count=1)


@lru_cache(maxsize=1)
def _note_opening() -> re.Pattern[str]:
    """Return the pattern of a version or correction note: a bracket, then a note verb ("(Adds …", "(Refiles …")."""
    words = "|".join(map(re.escape, _words_by_role()["note"]))
    return re.compile(rf"^\((?:{words})\b", re.IGNORECASE)


def version_note(text: str) -> bool:
    """True when ``text`` is a version or correction note in brackets ("(Adds comment from the mayor in paragraph
    5)", "(Corrects spelling of name in paragraph 4)"): the story's history, like a time stamp, not its text."""
    text = text.strip()
    return text.endswith(")") and bool(_note_opening().match(text))


def desk_alert(text: str) -> str | None:
    """Return a reason when ``text`` is an alert line of a news desk, else None.

    A line opening with an alert word ("URGENT: …", "*FLASH*  …"), or a desk terminal's time-stamped line
    listing an alert or an earlier version ("12-Mar-2024 07:41:10  UPDATE 1-…"): news text, but the desk's
    record of the story's history, not its headline or body (round 9: alerts with news text are boilerplate).
    """
    text = text.strip()
    stamp = _TERMINAL_STAMP.match(text)
    rest = text[stamp.end() :] if stamp else text
    if _alert_opening().match(rest):
        return "a news desk's alert line (an alert word before the news)"
    if stamp and versioned(rest):
        return "a desk terminal's time-stamped line listing an earlier version of the story"
    return None


def label_alerts(texts: Sequence[str], labels: dict[int, tuple[str, str]], is_body_like: Callable[[str], bool]) -> None:
    """Label as boilerplate the unlabelled desk alert lines (:func:`desk_alert`): a time-stamped one anywhere, one
    without a stamp only above the first paragraph (``is_body_like``), where a page sets its alerts; inside the text
    an alert line is what a quoted post or a source said ("BREAKING: Russia says …"). Version and correction notes
    (:func:`version_note`) are boilerplate anywhere."""
    above_text = True
    for i, text in enumerate(texts):
        if i in labels:
            continue
        reason = desk_alert(text)
        if reason and (above_text or _TERMINAL_STAMP.match(text.strip())):
            labels[i] = ("boilerplate", reason)
        elif version_note(text):
            labels[i] = ("boilerplate", "a version or correction note in brackets: the story's history")
        elif is_body_like(text):
            above_text = False


def _shingles(text: str) -> set[tuple[str, ...]]:
    """Return the word ``SHINGLE_WORDS``-grams of ``text`` (case-folded)."""
    words = _WORD.findall(text.casefold().replace("’", "'"))
    # The same n-grams as slicing the words at every offset, built by zip at C speed (speed19;
    # earlier_version replayed on the 500 bench articles 0.61 -> 0.39 CPU s per 1,000 with the next change).
    return set(zip(*(words[k:] for k in range(SHINGLE_WORDS)), strict=False))


def earlier_version(texts: Sequence[str], kinds: Mapping[int, str], headline: int | None) -> dict[int, str]:
    """Return {line: reason} for the lines of an earlier version kept below the latest: ``duplicate``.

    Once the text has been broken by furniture (a credit line, a label such as "Earlier version"), a paragraph
    (body or furniture, ``MIN_REPEAT_WORDS`` words or more) whose word shingles mostly (``MIN_SHINGLE_SHARE``)
    occur in the body above repeats or nearly repeats a paragraph of the latest version (a figure changed, a
    clause dropped), when it stands in a run of such paragraphs (:func:`_runs`; a word-for-word repeat, a
    duplicate already, counts in the run) under the earlier version's headline (a line a few lines above the run
    that is the headline without its version prefix: duplicate too) or long enough without one. One pass: the
    body's shingles are gathered as the text is read.
    """
    seen: set[tuple[str, ...]] = set()
    in_text = broken = False
    found: dict[int, str] = {}
    for i, text in enumerate(texts):
        kind = kinds.get(i)
        own: set[tuple[str, ...]] | None = None
        if broken and kind == "duplicate":
            # A paragraph repeated word for word is a duplicate already: it belongs to the run all the same.
            found[i] = ""
            continue
        if broken and kind in ("body", "boilerplate") and len(_WORD.findall(text)) >= MIN_REPEAT_WORDS:
            own = _shingles(text)
            share = len(own & seen) / len(own) if own else 0.0
            if share >= MIN_SHINGLE_SHARE:
                found[i] = f"an earlier version's paragraph: {share:.2f} of its word {SHINGLE_WORDS}-grams are above"
                continue
        if kind == "body":
            # A body paragraph compared above is not cut into shingles a second time.
            seen |= _shingles(text) if own is None else own
            in_text = True
        elif in_text:
            broken = True
    title = _WORD.findall(unversioned(texts[headline]).casefold()) if headline is not None else None
    kept: dict[int, str] = {}
    for run in _runs(found):
        # The earlier version's own headline: a line a few lines above the run that is the headline without prefix.
        over = [
            j
            for j in range(max(0, run[0] - MAX_TITLE_GAP), run[0])
            if title and kinds.get(j) in ("boilerplate", "body") and _WORD.findall(texts[j].casefold()) == title
        ]
        if len(run) >= MIN_UNTITLED_PARAGRAPHS or (over and len(run) >= MIN_VERSION_PARAGRAPHS):
            kept.update({i: found[i] for i in run if found[i]})
            kept.update({j: "an earlier version's headline: the headline without its version prefix" for j in over})
    return kept


def _runs(found: dict[int, str]) -> list[list[int]]:
    """Return the lines of ``found`` in runs, each line at most ``MAX_TITLE_GAP`` lines from the next: an earlier
    version is several paragraphs under its own headline; one repeated line alone, or two, is a quotation of the
    text inside furniture (a reply quoting a post, a page's description field)."""
    runs: list[list[int]] = []
    for i in sorted(found):
        if runs and i - runs[-1][-1] <= MAX_TITLE_GAP:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def boundary_label(text: str) -> bool:
    """True when ``text`` is a short label announcing other stories ("ALSO IN THIS ALERT", "Also in today's brief",
    "Up next"): one of the boundary openings of ``segmentation_story_versions.csv``, ``MAX_LABEL_WORDS`` words at
    most."""
    folded = text.strip().rstrip(":›»").strip().casefold().replace("’", "'")
    openings = _words_by_role()["boundary"]
    return len(folded.split()) <= MAX_LABEL_WORDS and any(folded == w or folded.startswith(w + " ") for w in openings)


def _story_at(
    texts: Sequence[str], j: int, is_title: Callable[[str], bool], is_prose: Callable[[str], bool]
) -> list[int]:
    """Return title ``j`` and the paragraphs of prose right under it, or [] when ``j`` heads no story."""
    if j + 1 >= len(texts) or not is_title(texts[j]) or not is_prose(texts[j + 1]):
        return []
    story = [j]
    for k in range(j + 1, len(texts)):
        if not is_prose(texts[k]):
            break
        story.append(k)
    return story


def story_after_boundary(
    texts: Sequence[str], kinds: Mapping[int, str], is_title: Callable[[str], bool], is_prose: Callable[[str], bool]
) -> list[int]:
    """Return the lines of the stories glued below the article under a boundary label (:func:`boundary_label`):
    each title (``is_title``) with the paragraphs of prose under it (``is_prose``), the first right under the
    label, each next one after a line of furniture of the same make-up as the one closing the first ("Read more
    [5]", "Read more [6]": the items of one list).

    The stories are the page's tail: no body line follows them (a clip's title under "Up next" between two
    paragraphs is followed by the article going on). A story an earlier rule found (appended) is left to it.
    Returns [] when no label heads such a story.
    """
    last_body = max((i for i, kind in kinds.items() if kind == "body"), default=-1)
    for b, text in enumerate(texts[:-1]):
        if not boundary_label(text) or kinds.get(b + 1) == "appended":
            continue
        found = _story_at(texts, b + 1, is_title, is_prose)
        closing = _FIGURES.sub("0", texts[found[-1] + 1].strip()) if found and found[-1] + 1 < len(texts) else None
        while found and closing is not None:
            after = found[-1] + 1
            if after >= len(texts) or _FIGURES.sub("0", texts[after].strip()) != closing:
                break
            more = _story_at(texts, after + 1, is_title, is_prose)
            if not more:
                break
            found += more
        if found and found[-1] >= last_body:
            return found
    return []
