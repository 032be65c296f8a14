"""A page that is a run of short time-stamped items: a news ticker, a "latest" or "just in" feed (issue 11, round 20).

A broadcaster's or agency's ticker prints dozens of items newest first, each under its time ("16:41", "2 min ago",
"4h · World"), most of them one line: a sentence with a subject, a verb and often a cue ("Russia says …",
"Kremlin: …"). Read line by line, such items look like a teaser list or a menu of titles (short, one per line,
between furniture) and the rules for those take them. The gold convention (``styles_round19_b.md``, "How a ticker
page is read", following ``world_news_briefs``): the page holds one article, its story's items; every item on the
story is ``body`` wherever it stands in the stream, every item on another topic (sport, weather, markets) is
``appended``; the page's own title line above the stream (``Latest news``, ``Just in``) is the headline; a time or
a label on a line of its own (``URGENT``, ``UPDATE``, ``📌 PINNED``) is boilerplate, as is an advertisement's item.

The page-level fact is decided once (:func:`page_facts`): at least ``MIN_TICKER_STAMPS`` times, each on a line of
its own over its item or glued to the item's line ("16:41 Russia says …"); most items one line, none a run of
paragraphs, the middle one a sentence's length (a list of chapters or jump links under times holds short titles),
nearly all opening with a capital or a figure (a transcript's auto-captions under their time codes do not); and no
paragraph above or below the stream (a box of the latest stories beside an article leaves the article alone). A
live blog's entries (a title and paragraphs under each stamp) and a list of links (no stamps) are not tickers. The
story (:func:`story_items`) is the topic most items share: the items holding the word found in the most items,
then every item that shares ``MIN_SHARED_WORDS`` of its words with the story's items found so far (the story's
items name its places and actors again; a sports result or a weather warning names none of them, or one). Items of
a word-for-word repeat: the first copy is ``duplicate`` (a pinned copy stands above the stream).

Measured (dev, 304 pages): the four ticker pages are the only pages read as tickers (the live blogs, podcast
chapter lists and video transcripts with ``0:19`` time codes are not); their body kept 10 -> 39 of 40 lines,
headline 0 -> 4 of 4, appended 0 -> 23 of 23 (one body item sharing no topic word with the story, a UN office's
displacement figure, is read as another topic); off-topic items share at most one topic word with the story (a
place name, ``office``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import posts_and_pictures, rules
from .line_features import features
from .stamps import CLOCK

Labels = dict[int, tuple[str, str]]

# Fewer stamps than this are an article's time stamp and a few related links, not a stream of items.
MIN_TICKER_STAMPS = 6
# Share of the stretches between stamps holding one line of text: a live blog's entries hold several.
MIN_ONE_LINE_SHARE = 0.6
# A stretch of more lines is an entry of a live blog or an article, not a ticker item (an expanded item has two
# or three paragraphs).
MAX_ITEM_LINES = 4
# A label on a line of its own above an item ("URGENT", "📌 PINNED") has at most this many words.
MAX_LABEL_WORDS = 2
# A stamp row is short: longer lines are not split to be read (a cheap gate run on every line of every page).
MAX_STAMP_ROW_CHARACTERS = 40
# A stamp row ("4h · World", "5h · URGENT") adds at most this many words to its time.
MAX_STAMP_ROW_EXTRA_WORDS = 2
# Words an item must share with the story's items to be on the story (one shared place name is not enough:
# a local sports club carries the capital's name).
MIN_SHARED_WORDS = 2
# Words shorter than this say nothing of a topic ("US" is kept by its capitals, see _topic_words).
MIN_TOPIC_LETTERS = 3
# A paragraph above or below the stream (an article beside a box of the latest stories) has this many words.
MIN_PARAGRAPH_WORDS = 12
# The story's key word is found in at least this many items; otherwise every item is the page's text.
MIN_KEY_WORD_ITEMS = 2
# A title line above the stream has at most this many words.
MAX_TITLE_WORDS = 8

# The labels of an item on the page's story and of one on another topic.
ON_STORY = ("body", "ticker: an item on the page's story")
OFF_STORY = ("appended", "ticker: an item on another topic")
# The labels of a headline-like line outside the stream, above its title and below it.
OUTSIDE_ABOVE = ("navigation", "ticker: above the stream's title: site chrome (banner, menu)")
OUTSIDE_BELOW = ("boilerplate", "ticker: a headline-like line outside the stream")

TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:/[A-Za-z][A-Za-z\-]*)*")
POSSESSIVE = re.compile(r"['’]s?$")
NON_LETTERS = re.compile(r"[^\w\s]+")
# An age written short, as apps print it: "5h", "45m", "2 hrs", "3d".
AGE = re.compile(r"^\d{1,3}\s?(?:m|mins?|h|hrs?|d)$", re.IGNORECASE)
# A clock time opening an item's line, a separator or a space between ("16:41 Russia says …", "9:05am – …").
GLUED_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s*[-–—|·])?\s+(?=[\"“‘'A-Z0-9])")
# An item after a glued time has at least this many words (a time zone after a time is not an item).
MIN_GLUED_ITEM_WORDS = 3
# A page setting's switch ("Auto-refresh: ON"): a control, not a title.
SWITCH = re.compile(r":\s*(?:on|off)$", re.IGNORECASE)
# A link's arrow closing a short line ("Next page ›", "Read more »").
LINK_ARROW = re.compile(r"[›»→>]$")
# A control's label or a link of the stream has at most this many words ("See more in the app").
MAX_CONTROL_WORDS = 6
# The middle item (by its first line's words) has at least this many words: a sentence, not a chapter's title.
MIN_MEDIAN_ITEM_WORDS = 6
# Share of the items whose line opens as a sentence or a title does (a capital, a figure, a quotation mark): a
# transcript's caption lines under their time codes open in lower case.
MIN_CAPITAL_SHARE = 0.8


@dataclass(frozen=True)
class Ticker:
    """The page-level facts of a ticker: the first line of its stream, its stamp lines, the labels on lines of
    their own, its items (each a tuple of lines), the lines of advertisements' items, and the title line above
    the stream (None when none)."""

    start: int
    stamps: tuple[int, ...]
    item_labels: tuple[int, ...]
    items: tuple[tuple[int, ...], ...]
    ads: tuple[int, ...]
    title: int | None


@lru_cache(maxsize=1)
def _words_by_role() -> dict[str, frozenset[str]]:
    """Return ``segmentation_ticker_words.csv`` as role -> phrases (times without a figure, item labels, the verbs
    opening a stamp's row)."""
    found: dict[str, set[str]] = {}
    with resources.files("analysis.data").joinpath("segmentation_ticker_words.csv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip() or line.startswith("role,"):
                continue
            role, _, phrase = line.strip().partition(",")
            found.setdefault(role, set()).add(phrase)
    return {role: frozenset(words) for role, words in found.items()}


@lru_cache(maxsize=1)
def _reporting_forms() -> frozenset[str]:
    """Return every form of the reporting verbs (``reporting_verbs.csv``): a cue is in every item, on any topic."""
    forms: set[str] = set()
    with resources.files("analysis.data").joinpath("reporting_verbs.csv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("lemma,"):
                continue
            fields = line.split(",")
            if len(fields) > 1:
                forms.update(form for form in fields[1].split("|") if " " not in form)
    return frozenset(forms)


def _bare_time(text: str) -> bool:
    """True when ``text`` is only a time of day or an age ("16:41", "2 min ago", "5h", "45m", "Just now"), or a
    day and a time of day ("Yesterday 18:20"); a counter ("1/8") or a bare number is not."""
    if rules.entry_stamp(text) and text.casefold() not in rules.entry_markers():
        return True
    if text.casefold() in _words_by_role().get("stamp", frozenset()) or AGE.match(text):
        return True
    # A day and a clock time ("Yesterday 18:20", "8 Sep, 16:41"): a stream spanning days dates its items.
    return bool(CLOCK.search(text)) and bool(rules.timestamp_line(text))


def stamp_line(text: str) -> bool:
    """True when ``text`` is an item's time on a line of its own, alone or with the item's section or label after
    a separator ("4h · World", "2h · UPDATE")."""
    if len(text) > MAX_STAMP_ROW_CHARACTERS:
        return False
    parts = [part for part in rules.MENU_SEPARATOR.split(text.strip()) if part]
    if not parts or not _bare_time(parts[0]):
        return False
    return sum(features(part).word_count for part in parts[1:]) <= MAX_STAMP_ROW_EXTRA_WORDS


def glued_stamp(text: str) -> bool:
    """True when ``text`` is an item opened by its time on the same line ("16:41 Russia says …", "9:05am - Police
    close the bridge"); a time with its zone ("16.40 BST", "8:05 a.m. ET") is a stamp, not an item."""
    match = GLUED_STAMP.match(text)
    return bool(match) and features(text[match.end() :]).word_count >= MIN_GLUED_ITEM_WORDS


def item_label(text: str) -> bool:
    """True when ``text`` is a label on a line of its own over an item ("URGENT", "BREAKING", "📌 PINNED"): a
    listed label, or one or two words all in capitals."""
    letters = NON_LETTERS.sub(" ", text).strip()
    if not letters or features(text).word_count > MAX_LABEL_WORDS or features(text).ends_sentence:
        return False
    return letters.casefold() in _words_by_role().get("label", frozenset()) or letters.isupper()


@lru_cache(maxsize=1)
def _item_prefix() -> re.Pattern[str]:
    """Return the pattern of an item's desk prefix before a colon: a topic slug in capitals joined by slashes
    ("ZEMBARA/ELECTION:", "WORLD/HEALTH (URGENT):") or a label with its number ("UPDATE 2:", "URGENT:")."""
    labels = "|".join(sorted(map(re.escape, _words_by_role().get("label", frozenset())), key=len, reverse=True))
    return re.compile(
        rf"^(?:[A-Z]{{2,}}(?:/[A-Z]{{2,}})+|(?i:{labels})(?:\s?\d{{1,2}})?)(?:\s*\([A-Za-z ]{{1,20}}\))?\s*:\s"
    )


def item_prefix(text: str) -> bool:
    """True when ``text`` opens with a desk's topic slug or label before a colon ("ZEMBARA/ELECTION (URGENT): …",
    "UPDATE 2: …"): the desk's filing of an item, not a dateline's place (no place is written so)."""
    return bool(_item_prefix().match(text))


def _ad_label(text: str) -> bool:
    """True when ``text`` is an advertising label ("ADVERTISEMENT", "Sponsored",
    ``segmentation_ad_markers.txt``): the item under it is the ad's text."""
    return NON_LETTERS.sub(" ", text).strip().casefold() in posts_and_pictures.ad_markers()


def control_line(text: str) -> bool:
    """True when ``text`` is a control or a link of the stream ("Load more", "Read more ›", "See more in the app",
    "Next page ›"): a few words without a sentence's end, opening with a button's verb or closing with an arrow."""
    shape = features(text)
    if not shape.words or shape.word_count > MAX_CONTROL_WORDS or shape.ends_sentence:
        return False
    return bool(LINK_ARROW.search(text.strip())) or shape.words[0].casefold() in rules.link_label_words()


def _opens_as_text(text: str) -> bool:
    """True when ``text`` opens with a capital, a figure or a quotation mark, as an item, a title or a sentence
    does."""
    first = text.lstrip()[:1]
    return first.isupper() or first.isdigit() or first in "\"“‘'«"


def page_facts(texts: Sequence[str], is_furniture: Callable[[str], bool]) -> Ticker | None:
    """Return the ticker facts of a page, or None when the page is not a run of short time-stamped items.

    ``is_furniture`` says a line is the site's furniture by its own text ("Read more ›", "Load more"): such a line
    ends an item. The stream ends at the first furniture line after the last stamp's item.
    """
    openers = [i for i, text in enumerate(texts) if stamp_line(text) or glued_stamp(text)]
    if len(openers) < MIN_TICKER_STAMPS:
        return None
    stamps = tuple(i for i in openers if not glued_stamp(texts[i]))
    item_labels: list[int] = []
    items: list[tuple[int, ...]] = []
    ads: list[int] = []
    for k, opener in enumerate(openers):
        last = k + 1 == len(openers)
        end = len(texts) if last else openers[k + 1]
        # Between two stamps only a control ends an item (a furniture pattern may match an item's topic slug,
        # "WORLD/HEALTH: …"); after the last stamp the page's footer follows the stream.
        ends_item = (lambda text: control_line(text) or is_furniture(text)) if last else control_line
        # A time on a line of its own stands over its item; a time glued to the item's line opens it.
        j = opener if glued_stamp(texts[opener]) else opener + 1
        advert = False
        lines: list[int] = []
        # A label stands over an item: a label between two items (a pinned copy under the first) parts them.
        while j < end and not ends_item(texts[j]):
            if item_label(texts[j]) or _ad_label(texts[j]):
                if lines:
                    (ads if advert else items).append(tuple(lines))
                    lines, advert = [], False
                advert = advert or _ad_label(texts[j])
                item_labels.append(j)
            else:
                lines.append(j)
            j += 1
        if lines:
            (ads if advert else items).append(tuple(lines))
    if not _stream_of_items(texts, items) or not _stream_is_the_page(texts, openers[0], items[-1][-1], is_furniture):
        return None
    ad_lines = tuple(i for item in ads for i in item)
    return Ticker(openers[0], stamps, tuple(item_labels), tuple(items), ad_lines, _title(texts, openers[0]))


def _paragraph(text: str) -> bool:
    """True when ``text`` is a paragraph of prose: a sentence of ``MIN_PARAGRAPH_WORDS`` words or more."""
    shape = features(text)
    return shape.ends_sentence and shape.word_count >= MIN_PARAGRAPH_WORDS


def _stream_is_the_page(
    texts: Sequence[str], first_stamp: int, last_item_line: int, is_furniture: Callable[[str], bool]
) -> bool:
    """True when no paragraph stands above the stream or below it, other than the site's notices (a licence, a
    cookie notice): a box of the latest stories beside an article (stamped titles under the article's
    paragraphs) is furniture, and the article keeps its own headline."""
    outside = (*texts[:first_stamp], *texts[last_item_line + 1 :])
    return not any(_paragraph(text) and not is_furniture(text) for text in outside)


def _stream_of_items(texts: Sequence[str], items: Sequence[tuple[int, ...]]) -> bool:
    """True when ``items`` are a ticker's: most hold one line, none is an article's run of paragraphs, the middle
    one has a sentence's words, and nearly all open as a sentence or a title does."""
    if not items or any(len(item) > MAX_ITEM_LINES for item in items):
        return False
    one_line = sum(len(item) == 1 for item in items)
    opening = sum(_opens_as_text(texts[item[0]]) for item in items)
    # Items carry sentences: a list of chapters or jump links under times holds titles of a few words.
    lengths = sorted(features(texts[item[0]]).word_count for item in items)
    if lengths[len(lengths) // 2] < MIN_MEDIAN_ITEM_WORDS:
        return False
    return one_line >= MIN_ONE_LINE_SHARE * len(items) and opening >= MIN_CAPITAL_SHARE * len(items)


def _title_shaped(text: str) -> bool:
    """True when ``text`` can be the stream's title: a few words, not a menu or row, not a time or a date row, not
    the site's furniture, not a banner in capitals, not a sentence."""
    shape = features(text)
    if not 0 < shape.word_count <= MAX_TITLE_WORDS or shape.ends_sentence:
        return False
    if len([part for part in rules.MENU_SEPARATOR.split(text.strip()) if part]) > 1:
        return False
    letters = NON_LETTERS.sub("", text)
    if letters.isupper() or not text[:1].isupper():
        return False
    # A stamp's row opens with its verb ("Updated every minute", "Refreshed …"); a switch ("Auto-refresh: ON")
    # is a control.
    if SWITCH.search(text) or CLOCK.search(text) or shape.words[0].casefold() in _words_by_role().get("row", ()):
        return False
    # The site's furniture patterns are not asked: a ticker's title is as generic as a teaser block's heading
    # ("Latest news").
    return not (control_line(text) or rules.timestamp_line(text) or stamp_line(text))


def _title(texts: Sequence[str], first_stamp: int) -> int | None:
    """Return the title line of the stream: the last title-shaped line above its first stamp (a date row, a
    filter menu or a refresh toggle may stand between), or None."""
    for i in range(first_stamp - 1, -1, -1):
        if _title_shaped(texts[i]):
            return i
    return None


def _topic_words(text: str) -> frozenset[str]:
    """Return the words of ``text`` that name its topic: not function words or cues, folded, possessives cut.
    A topic slug ("ZEMBARA/ELECTION") stays one word: its parts are shared by the desk's other slugs."""
    found = set()
    for token in TOKEN.findall(text):
        word = POSSESSIVE.sub("", token).casefold()
        if len(word) < MIN_TOPIC_LETTERS and not token.isupper():
            continue
        if word in rules.stop_words() or word in _reporting_forms() or word in rules.date_words():
            continue
        found.add(word)
    return frozenset(found)


def story_items(texts: Sequence[str], items: Sequence[tuple[int, ...]]) -> set[int]:
    """Return the positions (in ``items``) of the items on the page's story.

    The key word is the topic word found in the most items (ties: the first met); its items are the story's. Then
    every item that shares ``MIN_SHARED_WORDS`` topic words with the story's items joins, until none does. When no
    word is found in ``MIN_KEY_WORD_ITEMS`` items the page has no dominant story and every item is its text.
    """
    words = [frozenset().union(*(_topic_words(texts[i]) for i in item)) for item in items]
    counts = Counter(word for item_words in words for word in item_words)
    if not counts:
        return set(range(len(items)))
    key, found = counts.most_common(1)[0]
    if found < MIN_KEY_WORD_ITEMS:
        return set(range(len(items)))
    story = {k for k, item_words in enumerate(words) if key in item_words}
    # Each word joins the vocabulary once and counts once for each item holding it: linear in the items' words.
    holding: dict[str, list[int]] = {}
    for k, item_words in enumerate(words):
        for word in item_words:
            holding.setdefault(word, []).append(k)
    shared = [0] * len(items)
    vocabulary: set[str] = set()
    queue = sorted(story)
    while queue:
        for word in words[queue.pop()] - vocabulary:
            vocabulary.add(word)
            for k in holding[word]:
                shared[k] += 1
                if k not in story and shared[k] >= MIN_SHARED_WORDS:
                    story.add(k)
                    queue.append(k)
    return story


def relabel(texts: Sequence[str], labels: Labels, is_furniture: Callable[[str], bool]) -> Labels:
    """Return the new labels of a ticker page's lines (empty on other pages).

    Stamps, labels and advertisements' items: boilerplate. The story's items: body; the other topics' items:
    appended; an item repeated word for word further down: its first copy is the duplicate. The title: the
    headline (any other headline label goes); the lines between the title and the first stamp that are not a menu
    (the date row, a refresh toggle, an export note): boilerplate.
    """
    ticker = page_facts(texts, is_furniture)
    if ticker is None:
        return {}
    found: Labels = {}
    for i in ticker.stamps:
        found[i] = ("boilerplate", "ticker: an item's time on a line of its own")
    for i in (*ticker.item_labels, *ticker.ads):
        found[i] = ("boilerplate", "ticker: an item's label or an advertisement in the stream")
    story = story_items(texts, ticker.items)
    last_copy = {texts[item[0]]: k for k, item in enumerate(ticker.items) if len(item) == 1}
    for k, item in enumerate(ticker.items):
        if len(item) == 1 and last_copy[texts[item[0]]] != k:
            found[item[0]] = ("duplicate", "ticker: an item repeated word for word further down the stream")
            continue
        kind, why = ON_STORY if k in story else OFF_STORY
        for i in item:
            found[i] = (kind, why)
    if ticker.title is not None:
        for i, (kind, _) in labels.items():
            if kind == "headline" and i not in found:
                # Above the title it is the site's chrome (a banner), as above any headline; below, furniture.
                found[i] = OUTSIDE_ABOVE if i < ticker.title else OUTSIDE_BELOW
        found[ticker.title] = ("headline", "ticker: the stream's title line, above its first time stamp")
        for i in range(ticker.title + 1, ticker.start):
            if not labels.get(i, ("", ""))[1].startswith("menu:"):
                found[i] = ("boilerplate", "ticker: furniture between the stream's title and its first item")
    return found
