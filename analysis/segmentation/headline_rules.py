"""Where the headline stands: directly below the site's chrome, above its own furniture (issue 11, round 7).

The first rule of :func:`.labelling._find_headline` takes the headline-like line nearest
above the first paragraph. Between the headline and the text, many pages set more
headline-shaped lines: a comments counter ("Full Article   4 comments"), a follow prompt,
a photo caption, a place-and-date line. What tells the headline from them is where it
stands: after the last menu or kicker of the chrome and before the first line of furniture
(byline, time stamp, sharing row) that belongs to the article. The functions take the
page's lines and the labels given so far; each looks at the lines above the first
paragraph once, so the rule stays linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from itertools import islice
from typing import Protocol

from . import headline_overlap, posts_and_pictures, rules, sentence_shape


class _Line(Protocol):
    text: str


def below_chrome(
    lines: Sequence[_Line], labels: Mapping[int, tuple[str, str]], long: Sequence[int], chosen: int
) -> int:
    """Return the headline: the first long candidate below the chrome when furniture separates it from ``chosen``.

    ``long`` are the line numbers of headline-like candidates long enough for a headline, in
    page order, ``chosen`` the one the nearest-above rule took. Going up from ``chosen`` over
    captions only, the nearest furniture line (labelled boilerplate) marks the article's
    furniture; a menu, kicker or other line met first means ``chosen`` stands below the chrome.
    Above that furniture, back to the last menu or kicker, lies the headline's stretch; the
    headline is the first long candidate of that stretch, directly below the chrome; else ``chosen``.
    """
    for furniture in range(chosen - 1, -1, -1):
        kind = labels.get(furniture, ("",))[0]
        if kind == "caption":
            continue
        if kind != "boilerplate":
            # A menu, a kicker or a line of text directly above the chosen line: it stands below the chrome.
            return chosen
        chrome_end = max(_last_navigation_above(labels, furniture), _furniture_above_stretch(labels, long, furniture))
        stretch = [i for i in long if chrome_end < i < furniture]
        return stretch[0] if stretch else chosen
    return chosen


def _furniture_above_stretch(labels: Mapping[int, tuple[str, str]], long: Sequence[int], furniture: int) -> int:
    """Return the furniture line above the run of headline candidates that lies above ``furniture`` (-1 if none).

    Going up from ``furniture`` over the furniture and unlabelled lines set with it to the nearest
    long candidate, then on over candidates and unlabelled lines, the next line labelled
    boilerplate closes the headline's stretch from above: a subscription box or a sign-up
    prompt set over the page's header ("Discover more from …" over its buttons) is furniture of
    the site, and the candidates above it are not the headline.
    """
    candidates = set(long)
    i = furniture - 1
    while i >= 0 and i not in candidates:
        i -= 1
    while i >= 0 and labels.get(i, ("",))[0] not in ("boilerplate", "navigation"):
        i -= 1
    return i if i >= 0 and labels.get(i, ("",))[0] == "boilerplate" else -1


def _last_navigation_above(labels: Mapping[int, tuple[str, str]], line: int) -> int:
    """Return the number of the last navigation line above ``line`` (-1 when there is none)."""
    return next((i for i in range(line - 1, -1, -1) if labels.get(i, ("",))[0] == "navigation"), -1)


def not_chrome(candidates: Sequence[int], is_chrome: Callable[[int], bool]) -> list[int]:
    """Return the candidates that ``is_chrome`` does not call chrome (a breadcrumb trail of the site, say).

    A trail such as "Home > Media Center > Press Releases" has a headline's shape when its
    last item is long; it is chrome wherever it stands above the text.
    """
    return [i for i in candidates if not is_chrome(i)]


# A reading or running time ("31 min", "14 min read") and a year: the items of a copy's stamp row.
READING_TIME = re.compile(r"^\d{1,3}\s*(?:min|mins|minutes)(?:\s+(?:read|listen))?$", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def stamp_row(text: str) -> bool:
    """True when ``text`` is a row of items (``rules.menu_items``) of which one is a reading time, or a date with
    its year ("Saved September 12, 2022 · 31 min", "Audio · 12 min"): a reader app's or a site's note on the copy,
    which has a title's length but is chrome above the text; a headline is not cut into items (issue 11, round 20).
    A post's clock time and counts ("8.1K views · 23:12") are left to the rules of posts."""
    items = list(rules.menu_items(text))
    if len(items) < 2:
        return False
    return any(READING_TIME.match(item) or (YEAR.search(item) and rules.timestamp_line(item)) for item in items)


# A note set wholly in brackets ("(Unofficial transcript; …)", "[Updated with new figures]").
BRACKETED = re.compile(r"^\s*[(\[].*[)\]]\s*$")
# Punctuation set between two word characters ("://", ".", "-", "T" of a time stamp is a letter); an address,
# identifier or stamp holds at least ``MIN_JOINS`` such joins, a hyphenated word one.
INNER_JOIN = re.compile(r"(?<=[^\W_])[^\w\s]+(?=[^\W_])")
MIN_JOINS = 2
# A table of contents lists at least this many section headings, one per line.
MIN_CONTENTS_ENTRIES = 2


# A tagline names its site: it repeats at least this many content words of the banner set directly above it.
MIN_BANNER_WORDS = 2


def repeats_banner(lines: Sequence[_Line], labels: Mapping[int, tuple[str, str]], i: int) -> bool:
    """True when line ``i`` stands directly under a line of the site's chrome (labelled navigation) and repeats
    ``MIN_BANNER_WORDS`` of its content words: a tagline naming the site ("<Outlet> – Business" over "Latest
    business news from the <Outlet>"), not a headline, which names what happened (issue 11, round 14)."""
    if i == 0 or labels.get(i - 1, ("",))[0] != "navigation":
        return False
    shared = headline_overlap.content_stems(lines[i].text) & headline_overlap.content_stems(lines[i - 1].text)
    return len(shared) >= MIN_BANNER_WORDS


# A count: digits, perhaps grouped or shortened ("1,204", "2.1K"), perhaps in brackets ("(32)").
COUNT = re.compile(r"^\(?\d[\d,.]*[KkMm]?\)?$")


def counter_row(text: str) -> bool:
    """True when ``text`` is a counter: a count with a pictograph or with words of a post's engagement
    (``segmentation_post_engagement.txt``) and nothing else ("💬 Comments (32)", "💬 87", "208 comments"). A
    counter is the widget of the comments or shares under a title, never the title (issue 11, round 21)."""
    tokens = text.split()
    counts = [token for token in tokens if COUNT.match(token)]
    words = [token.strip("()").casefold() for token in tokens if token not in counts and token.isalpha()]
    signs = [token for token in tokens if token not in counts and not any(c.isalnum() for c in token)]
    return (
        bool(counts)
        and len(counts) + len(words) + len(signs) == len(tokens)
        and all(word in posts_and_pictures.engagement_words() for word in words)
        and bool(words or signs)
    )


# A word in scare quotes ("'FLOOD'", "‘TOXIC’").
SCARE_QUOTED = re.compile(r"(?:^|\s)['‘\"“][^\s'‘’\"“”][^'‘’\"“”]*['’\"”](?=\s|$|[!?,])")


def shouted_title(text: str) -> bool:
    """True when ``text`` is a title set wholly in capitals and closed by an exclamation or a question mark, or
    holding words in scare quotes ("'FLOOD' HITS TOWN!", "'TOXIC' CLOUD OVER CITY"): a popular paper's display
    type, not a sentence of prose, though it may end as one; a section's kicker names a topic and quotes no one
    (issue 11, round 21)."""
    letters = [char for char in text if char.isalpha()]
    shouted = text.rstrip().endswith(("!", "?")) or bool(SCARE_QUOTED.search(text))
    return len(text.split()) >= 2 and bool(letters) and text.upper() == text and shouted


def joined_token(text: str) -> bool:
    """True when ``text`` is one token of words joined by punctuation at two places or more, with no space (an
    address "https://site.example/2018/09/story", a tag URI, an ISO time stamp "2018-09-07T12:40:55+03:00"):
    a feed's link, identifier or date. A headline's words are set apart by spaces; a word broken or closed
    by punctuation ("said:", "al-Assad", "com-") is a line of a narrow column, not an address."""
    return not any(char.isspace() for char in text) and len(INNER_JOIN.findall(text)) >= MIN_JOINS


def bracketed_note(text: str) -> bool:
    """True when ``text`` is set wholly in brackets: a note on the page (a transcript's or a translation's
    status, an update flag), which a headline never is."""
    return bool(BRACKETED.match(text))


def contents_entries(keys: Sequence[tuple[str, ...]], end: int) -> set[tuple[str, ...]]:
    """Return the keys of the lines above line ``end`` that are entries of a table of contents.

    ``keys`` are the page's lines as comparison keys (case-folded words), in page order. A table of
    contents is a run of at least ``MIN_CONTENTS_ENTRIES`` adjacent lines each of which recurs further
    down the page (the section headings it lists); its entries, and their copies as sub-headings, are
    headings of sections, not the headline. Returns an empty set when there is none. One pass to
    find where each key last occurs, one over the lines above ``end``: linear in the page.
    """
    last = {key: i for i, key in enumerate(keys)}
    entries: set[tuple[str, ...]] = set()
    run: list[tuple[str, ...]] = []
    for i in range(min(end, len(keys))):
        if keys[i] and last[keys[i]] > i:
            run.append(keys[i])
            continue
        if len(run) >= MIN_CONTENTS_ENTRIES:
            entries.update(run)
        run = []
    if len(run) >= MIN_CONTENTS_ENTRIES:
        entries.update(run)
    return entries


# A headline has at least this many words (a kicker fewer); as MIN_WORDS_HEADLINE_NEAR_BODY in .labelling.
MIN_LEAD_IN_HEADLINE_WORDS = 4


def past_lead_in(texts: Sequence[str], free: Sequence[int], is_prose: Callable[[str], bool]) -> int:
    """Return the first paragraph of the article, skipping a one-paragraph lead-in set over its headline.

    ``texts`` are the page's lines, ``free`` the numbers of the lines not yet labelled from the
    first paragraph found so far (``free[0]``) on. A reposted article may be introduced by a
    sentence of the person who pasted it ("Copying this in full, make of it what you will."); under
    that sentence stands the article's headline, which sums up the paragraphs below it
    (:func:`.headline_overlap.summarises`). When the line after ``free[0]`` is headline-shaped and
    sums up the next ``SUMMARY_PARAGRAPHS`` prose lines, the first of those is the first paragraph;
    else ``free[0]``. Reads a bounded window of lines.
    """
    if len(free) < 3:
        return free[0]
    title = texts[free[1]]
    below = [i for i in islice((i for i in free[2:] if is_prose(texts[i])), headline_overlap.SUMMARY_PARAGRAPHS)]
    shaped = (
        len(rules.WORD.findall(title)) >= MIN_LEAD_IN_HEADLINE_WORDS
        and not is_prose(title)
        and not sentence_shape.closes_sentence(title)
        and not title.endswith((":", ";", ","))
        and not rules.continues_on_next_line(title, texts[free[2]])
    )
    if (
        shaped
        and len(below) >= 2
        and headline_overlap.summarises(title, headline_overlap.summary_stems(texts[i] for i in below))
    ):
        return below[0]
    return free[0]


# What joins a kicker's items ("FOOD SECURITY · SHIP TRACKING") or sets its label ("SERIES: …").
KICKER_JOINS = re.compile(r"\s[·•|/]\s|^[^\W\d_][\w ]{0,30}:\s")


# A series label ends with the article's place in the series after a dash or a colon ("The Long Watch — part 3
# of 4", "Harbour files: 2/5"): a number out of a number, closing the line.
SERIES_PLACE = re.compile(r"(?:\s[—–-]|:)\s*(?:[^\W\d_]+\s+)?\d{1,2}\s*(?:of|/)\s*\d{1,2}\s*$")


def kicker_line(text: str) -> bool:
    """True when ``text`` is a kicker: set in capitals, and joining topics or labelling a series
    ("FOOD SECURITY · SHIP TRACKING", "SERIES: CHEMICAL CLAIMS · PART 1"), or, in any case, a series'
    name closed by the article's place in it ("The Long Watch — part 3 of 4", round 14).

    A headline above a standfirst is a phrase of its own; a line in capitals whose items are joined
    by separators, or that opens with a label and a colon, names the section or the series the
    article belongs to, and the longer line under it is the headline, not its standfirst. A headline
    never counts its own place in a series: that is a label over it.
    """
    return (text.isupper() and bool(KICKER_JOINS.search(text))) or bool(SERIES_PLACE.search(text))


# A credit: a copyright sign, or a role and "by" over names only ("Investigation by A and B · Maps: C").
CREDIT_MARK = re.compile(r"©|\(c\)\s", re.IGNORECASE)
ROLE_BY_NAMES = re.compile(r"^[A-Z][a-z]+(?: [a-z]+)? by [A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|and|&|,))*\s*(?:[·|•]|$)")


def credit_line(text: str) -> bool:
    """True when ``text`` credits people or owners rather than telling news: it holds a copyright sign
    (a photo caption's "© Agency / Name") or opens with a role, "by" and names only ("Investigation by
    Jane Roe and John Doe · Maps: …"). A headline says what happened; a credit line under it is furniture,
    so it is never taken for the headline, however long it is."""
    return bool(CREDIT_MARK.search(text) or ROLE_BY_NAMES.search(text))


def credit_kind(text: str) -> str:
    """Return the kind of a credit line (:func:`credit_line`): ``caption`` for a copyright sign (a photo's
    credit), ``boilerplate`` for a role and names (a byline)."""
    return "caption" if CREDIT_MARK.search(text) else "boilerplate"


def media_title(
    first_body: int, candidates: Sequence[int], is_media_title: Callable[[int], bool], borne_out: Callable[[int], bool]
) -> list[int]:
    """Return ``[line]`` for the last line above ``first_body`` that ``is_media_title`` accepts and the text
    bears out (``borne_out``), when none of the position rule's ``candidates`` is borne out (else ``[]``).

    A gallery's or a clip's own page is headed by its title with the medium's label ("In pictures: …",
    "Photos: …"); the same shape links to another gallery in a teaser box, so the teaser patterns take it
    before the headline is looked for (``is_media_title``: a line taken so). Above the first paragraph, with
    its words in the text (:func:`.headline_overlap.borne_out`), and when no unlabelled line there is borne out
    as well, such a line heads this page (round 15): a byline or a top bar is not to head it instead. A
    candidate borne out keeps precedence, so a clip's teaser between a headline and its text does not
    displace the headline.
    """
    if any(borne_out(i) for i in candidates):
        return []
    return next(([i] for i in range(first_body - 1, -1, -1) if is_media_title(i) and borne_out(i)), [])
