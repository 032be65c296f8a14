"""Pages whose text comes in numbered or captioned units: a thread's posts, a picture story's pictures
(issue 11, round 18).

Two kinds of page cut their text into units and print furniture between them.

* **A thread** saved from an unroll or thread-reader site: each post is a paragraph of the author's, numbered
  by a counter on its own line (``3/12``: furniture, like a time stamp) or by a number inside the post (``1/``,
  ``2.`` at its start, ``… 2/9`` at its end: the post's own words). Between posts: a quoted post's header
  (``Quote``, ``Quoting Name @handle``, ``Name @handle · May 21``: furniture; the quoted text is body), a link
  card (a title over a bare domain: a teaser), media markers (``[image] …``, ``Alt text: …``: captions) and
  engagement rows. Above and below: the author's card (name, handle, a short bio) and prompts naming the
  author's handle.
* **A picture story**: captions in the agencies' form (``CITY, COUNTRY - MONTH D: … (Photo by X/Agency)``).
  When the page runs no text story beside them, the captions are the story's only prose and so its body;
  when a text story runs beside them they are captions. Counters, image IDs and size lines are furniture.

The page-level facts (is this a thread? a picture story? is there a running text story?) are decided once per
page by :func:`page_facts` and passed to the line rules. Every test reads one line or a bounded window, so the
pass stays linear in the page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import rules

Labels = dict[int, tuple[str, str]]

# --- pictures ------------------------------------------------------------------------------------------------
# The agencies' caption form: the place in capitals, its country, a dash and the date in capitals, a colon
# ("IDLIB, SYRIA - SEPTEMBER 3:", "… - MARCH 3, 2022:"); or the place in title case, its country and a full date
# before a dash ("Dolo, Zembara, 14 March 2024 - ", "…, March 14, 2024 - ").
_CAPS_WORDS = r"[A-Z][A-Z.'\-]*(?: [A-Z][A-Z.'\-]*){0,3}"
_TITLE_WORDS = r"[A-Z][a-z.'\-]+(?: [A-Z][a-z.'\-]+){0,3}"
AGENCY_CAPTION = re.compile(
    rf"^(?P<dateline>{_CAPS_WORDS}, {_CAPS_WORDS} [-–—] [A-Z]{{3,9}}\.? \d{{1,2}}(?:, \d{{4}})?:"
    rf"|{_TITLE_WORDS}, {_TITLE_WORDS}, (?:\d{{1,2}} [A-Z][a-z]{{2,8}}|[A-Z][a-z]{{2,8}}\.? \d{{1,2}},) \d{{4}} [-–—])"
    r"\s+(?=\S)"
)
# A picture story holds at least this many agency-form captions (one is a text story's lone picture).
MIN_AGENCY_CAPTIONS = 2
# A running text story: at least this many distinct prose paragraphs outside the captions, each of at least
# ``MIN_WORDS_STORY_PARAGRAPH`` words (a gallery's intro, its repeated standfirst and a licence sentence are fewer).
MIN_STORY_PARAGRAPHS = 3
MIN_WORDS_STORY_PARAGRAPH = 15
# An image's size in pixels ("5472 x 3648 px", "Max 5568 x 3712 px"): a line holding one is a picture's furniture.
IMAGE_SIZE = re.compile(r"\b\d{3,5}\s?[x×]\s?\d{3,5}\s?px\b")
# A picture's identifier alone on its line ("KI-24031420", "Image ID: 1032847715 | …").
IMAGE_ID = re.compile(r"^(?:[A-Z]{1,5}-\d{5,}|image id:?\s.*)$", re.IGNORECASE)
# A picture counter alone on its line ("Image 3 of 12", "Photo 3/8", "1/8").
PICTURE_COUNTER = re.compile(r"^(?:[^\W\d_]+\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}$", re.IGNORECASE)

# --- threads -------------------------------------------------------------------------------------------------
HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
# A post counter alone on its line ("3/12").
COUNTER_ALONE = re.compile(r"^(?P<number>\d{1,3})/(?P<total>\d{1,3})$")
# A post numbered at its start ("1/ …", "2. …") or at its end ("… 2/9").
NUMBER_FIRST = re.compile(r"^(?P<number>\d{1,3})[/.]\s+\S")
NUMBER_LAST = re.compile(r"\S\s+(?P<number>\d{1,3})/(?P<total>\d{1,3})$")
# A thread holds at least this many numbered posts, numbers rising.
MIN_POSTS = 3
# Numbers of two posts in a row differ by at most this much (a post too short to count, a lost number).
MAX_POST_GAP = 2
# A post numbered at its start may be a short line ("8/ From the observers' side:"); one at its end is a sentence.
MIN_WORDS_NUMBERED_FIRST = 3
# A run of three or more spaces joins the items of a row (a print header, an engagement row); a post has none.
WIDE_SPACE = re.compile(r"\s{3,}")
# A post is a paragraph: at least this many words (a ranked list's titles and menus are shorter or unpunctuated).
MIN_WORDS_POST = 6
# An account line: at most a name before the handle (a federated one may name its server: "@ana@social.example"),
# and an optional date after a separator ("@hollis_cw", "Mira Hollis @hollis_cw", "Levant Wire English
# @levantwire_en · May 21").
ACCOUNT_LINE = re.compile(r"^(?:[^\W\d_][\w.'’\- ]{0,40}\s+)?@\w{2,}(?:@[\w.-]+)?(?:\s*[·•|]\s*[\w ,]{1,20})?$")
# A thread's stamp (a date, a count of posts, a reading time) runs to at most this many words.
MAX_WORDS_STAMP = 12
# A count in an engagement row ("14", "2.1k", "1,204").
COUNT_TOKEN = re.compile(r"^\d[\d.,]*[km]?$")
MIN_ENGAGEMENT_TOKENS = 2
# An account's bio: a short line right under its account line, outside the thread.
MAX_WORDS_BIO = 15
# A bare web domain on its own line: the foot of a link card ("potomacwire.com").
DOMAIN = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,12}$", re.IGNORECASE)
# A link card's title is a short unpunctuated line.
MAX_WORDS_CARD_TITLE = 16
# Lines of a quoted post's text under its header: at most this many (a quoted post is a short post).
MAX_QUOTED_LINES = 3
# A page's title runs to this many words.
MIN_WORDS_TITLE, MAX_WORDS_TITLE = 4, 25
THREAD_TITLE = re.compile(r"^(?:thread by @\w+|@\w{2,}:\s+\S|🧵\s*\S)|\S.*🧵$", re.IGNORECASE)


def _word_list(name: str) -> frozenset[str]:
    with resources.files("analysis.data").joinpath(name).open(encoding="utf-8") as handle:
        return frozenset(line.strip().casefold() for line in handle if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def media_tags() -> frozenset[str]:
    """Return the bracketed media tags an unroll prints for a post's picture or clip (``[image]``)."""
    return _word_list("segmentation_post_media_tags.txt")


@lru_cache(maxsize=1)
def quote_labels() -> frozenset[str]:
    """Return the labels that open a quoted post's header (``Quote``, ``Quoting``)."""
    return _word_list("segmentation_quote_labels.txt")


@lru_cache(maxsize=1)
def picture_fields() -> frozenset[str]:
    """Return the labels of a picture's licence and index fields (``Restrictions:``, ``Keywords:``)."""
    return _word_list("segmentation_picture_fields.txt")


@lru_cache(maxsize=1)
def thread_units() -> frozenset[str]:
    """Return the words a thread's stamp counts its posts in (``12 posts``)."""
    return _word_list("segmentation_thread_units.txt")


@lru_cache(maxsize=1)
def ad_markers() -> frozenset[str]:
    """Return the labels set over an advertisement (``Sponsored``)."""
    return _word_list("segmentation_ad_markers.txt")


@lru_cache(maxsize=1)
def engagement_words() -> frozenset[str]:
    """Return the words of a post's engagement row (``replies``, ``reposts``, ``likes``, ``Share``)."""
    return _word_list("segmentation_post_engagement.txt")


def engagement_row(text: str) -> bool:
    """True when ``text`` is a post's engagement row: at least two tokens, each a count or an engagement word, at
    least one of them a word (``1.2K Reposts 3.4K Likes``, ``Reply   Repost   Like``); a sentence has other words."""
    tokens = [token.strip("·•|,") for token in text.casefold().split()]
    tokens = [token for token in tokens if token]
    words = [token for token in tokens if not COUNT_TOKEN.match(token)]
    return len(tokens) >= MIN_ENGAGEMENT_TOKENS and bool(words) and all(word in engagement_words() for word in words)


@dataclass(frozen=True)
class PageFacts:
    """What the whole page is, decided once: the line rules read these instead of the page again.

    ``posts``: the line indexes holding a thread's numbering (empty when the page is no thread);
    ``counters_alone``: whether those numbers stand on lines of their own (then each follows its post);
    ``captions``: the agency-form caption lines; ``picture_story``: the captions are the page's only prose.
    """

    posts: tuple[int, ...] = ()
    counters_alone: bool = False
    captions: tuple[int, ...] = ()
    picture_story: bool = False

    @property
    def thread(self) -> bool:
        """True when the page is a thread of numbered posts."""
        return bool(self.posts)

    def thread_zone(self) -> range:
        """Return the lines from the first post to the last (a counter alone closes the post above it)."""
        if not self.posts:
            return range(0)
        first = self.posts[0] - 1 if self.counters_alone else self.posts[0]
        return range(max(first, 0), self.posts[-1] + 1)


def agency_caption(text: str) -> bool:
    """True when ``text`` opens with an agency-form caption's place and date (``IDLIB, SYRIA - SEPTEMBER 3:``)."""
    return bool(AGENCY_CAPTION.match(text))


def caption_dateline(text: str) -> tuple[str, int, str] | None:
    """Return ``(dateline, body_offset, reason)`` when ``text`` opens with an agency-form caption's place and date
    (a picture story's first caption is its first paragraph, and that prefix its dateline), else None."""
    match = AGENCY_CAPTION.match(text)
    if match is None:
        return None
    return match["dateline"], match.end(), "place, country and date of an agency-form caption opening the text"


def _story_paragraph(text: str) -> bool:
    """True when ``text`` is a paragraph of running prose: long enough, closed by a sentence end, and no picture's
    licence or index field (a long ``Restrictions: …`` sentence is the agency's, not the story's)."""
    return (
        len(text.split()) >= MIN_WORDS_STORY_PARAGRAPH
        and rules.SENTENCE_END.search(text) is not None
        and picture_furniture(text) is None
    )


def has_text_story(texts: Sequence[str], captions: Sequence[int]) -> bool:
    """True when the page runs a text story beside its captions: ``MIN_STORY_PARAGRAPHS`` distinct prose
    paragraphs outside them (a repeated standfirst counts once: it is one paragraph)."""
    skip = set(captions)
    paragraphs = {text for i, text in enumerate(texts) if i not in skip and _story_paragraph(text)}
    return len(paragraphs) >= MIN_STORY_PARAGRAPHS


def _rising(numbered: list[tuple[int, int]]) -> list[int]:
    """Return the lines of ``numbered`` ((line, number) pairs) whose numbers rise from 1 or 2 (the first post of
    a thread may carry no number), each at most ``MAX_POST_GAP`` above the one before (a short post, a number the
    scrape lost)."""
    kept: list[int] = []
    last = 0
    for i, number in numbered:
        if last < number <= last + MAX_POST_GAP and (kept or number <= 2):
            kept.append(i)
            last = number
    return kept


def _numbered_posts(texts: Sequence[str]) -> tuple[list[int], bool]:
    """Return (the lines numbering a thread's posts, whether the numbers stand alone): the first of the three
    numberings with ``MIN_POSTS`` rising numbers."""
    alone, first, last = [], [], []
    for i, text in enumerate(texts):
        if not text[:1].isdigit() and not text[-1:].isdigit():
            continue
        if match := COUNTER_ALONE.match(text):
            alone.append((i, int(match["number"])))
        elif len(text.split()) >= MIN_WORDS_NUMBERED_FIRST and (match := NUMBER_FIRST.match(text)):
            first.append((i, int(match["number"])))
        elif len(text.split()) >= MIN_WORDS_POST and (match := NUMBER_LAST.search(text)):
            last.append((i, int(match["number"])))
    for numbered, is_alone in ((alone, True), (first, False), (last, False)):
        kept = _rising(numbered)
        if len(kept) >= MIN_POSTS:
            return kept, is_alone
    return [], False


def page_facts(texts: Sequence[str]) -> PageFacts:
    """Return the page's :class:`PageFacts`.

    A thread needs ``MIN_POSTS`` numbered posts and an account handle above the first of them (the author's card
    or the thread's title: a handle only in a footer's follow prompt makes no thread), and is no page of agency
    captions (a gallery's ``1/8`` counters number pictures, not posts). A picture story needs
    ``MIN_AGENCY_CAPTIONS`` agency-form captions and no running text story beside them.
    """
    captions = tuple(i for i, text in enumerate(texts) if text[:1].isupper() and agency_caption(text))
    picture_story = len(captions) >= MIN_AGENCY_CAPTIONS and not has_text_story(texts, captions)
    posts: list[int] = []
    alone = False
    if len(captions) < MIN_AGENCY_CAPTIONS and any("@" in text for text in texts):
        posts, alone = _numbered_posts(texts)
        start = PageFacts(tuple(posts), alone).thread_zone().start
        if not any(HANDLE.search(texts[i]) for i in range(start)):
            posts, alone = [], False
    return PageFacts(tuple(posts), alone, captions, picture_story)


def free_story_captions(facts: PageFacts, labels: Labels) -> None:
    """On a picture story, unlabel its captions (read as captions by the credit patterns) so that the search for
    the first paragraph and the headline above it reads them as the prose they are."""
    if facts.picture_story:
        for i in facts.captions:
            labels.pop(i, None)


def media_line(text: str) -> bool:
    """True when ``text`` is a post's media marker or its description (``[image] …``, ``[video] 0:48``,
    ``Alt text: …``, ``Alt: …``): a caption."""
    lowered = text.casefold()
    if lowered.startswith("["):
        return lowered[1:].split("]", 1)[0].strip() in media_tags()
    return lowered.startswith(("alt text:", "alt:"))


def quote_header(text: str) -> bool:
    """True when ``text`` heads a quoted post: a quote label alone or before the account (``Quote``, ``Quoting
    Name @handle``), or the account line itself with its date."""
    words = text.split()
    if not words:
        return False
    if text.casefold() in quote_labels():
        return True
    return words[0].casefold() in quote_labels() and HANDLE.search(text) is not None


def sharing_row(text: str) -> bool:
    """True when ``text`` is a row of two or more items joined by wide spaces, each opening with a sharing tool's
    name (``Share   Save gallery``): tools acting on the gallery, which :func:`.rules.sharing_line` reads only
    when every item is a tool's bare name or three items are given."""
    items = WIDE_SPACE.split(text.strip())
    return len(items) >= 2 and all(item.split()[0].casefold() in rules.sharing_words() for item in items if item)


def picture_furniture(text: str) -> str | None:
    """Return why ``text`` is a picture's furniture (its size, its identifier, its counter), else None."""
    if IMAGE_SIZE.search(text):
        return "a picture's size in pixels: furniture of the picture"
    if text.split(":", 1)[0].strip().casefold() in picture_fields() and ":" in text:
        return "a picture's licence or index field: furniture of the picture"
    if IMAGE_ID.match(text):
        return "a picture's identifier: furniture of the picture"
    if PICTURE_COUNTER.match(text):
        return "a picture counter: furniture of the gallery"
    return None


def _relabel_pictures(texts: Sequence[str], facts: PageFacts, labels: Labels) -> None:
    """Captions in the agency form are body on a picture story, captions beside a text story; a picture's size,
    identifier and counter lines are boilerplate."""
    if len(facts.captions) >= MIN_AGENCY_CAPTIONS:
        for i in facts.captions:
            if facts.picture_story:
                labels[i] = ("body", "agency-form caption of a picture story: the story's only prose")
            elif labels[i][0] == "body":
                labels[i] = ("caption", "agency-form caption beside a running text story")
        for i, text in enumerate(texts):
            if labels[i][0] in ("navigation", "body") and (reason := picture_furniture(text)):
                labels[i] = ("boilerplate", reason)
            elif labels[i][0] in ("navigation", "body") and sharing_row(text):
                labels[i] = (
                    "boilerplate",
                    "a row of sharing tools of the gallery (each item opens with a tool's name)",
                )
            elif labels[i][0] == "navigation" and rules.BY_PHRASE_OPENING.match(text):
                labels[i] = ("boilerplate", "a credit line read as a menu: it opens with 'by' and names")
        _picture_headline(texts, facts, labels)
        if facts.picture_story:
            _standfirst_copy(texts, facts, labels)


def _title_shaped(text: str) -> bool:
    """True when ``text`` may title a page: a few words, no sentence end, no row separators, no leading figure."""
    words = len(text.split())
    return (
        MIN_WORDS_TITLE <= words <= MAX_WORDS_TITLE
        and not rules.SENTENCE_END.search(text)
        and not rules.MENU_SEPARATOR.search(text)
        and not text[:1].isdigit()
        and picture_furniture(text) is None
    )


def _picture_headline(texts: Sequence[str], facts: PageFacts, labels: Labels) -> None:
    """On a page of agency-form captions, the headline is the title-shaped line nearest above the first unit of
    text (the first caption or paragraph): a gallery's title sits over its count and stamp lines, and the rules
    reading teasers take it for one (``In pictures: …``) or take the agency's name above it for the headline.
    A title-shaped headline the rules found above the first unit is kept."""
    body = (i for i in range(len(texts)) if labels[i][0] == "body" and rules.SENTENCE_END.search(texts[i]))
    first = min(facts.captions[0], next(body, len(texts)))
    old = next((i for i in range(len(texts)) if labels[i][0] == "headline"), None)
    if old is not None and old < first and _title_shaped(texts[old]):
        return
    title = next((i for i in range(first - 1, -1, -1) if _title_shaped(texts[i])), None)
    if title is None:
        return
    if old is not None:
        labels[old] = ("navigation" if old < title else "boilerplate", "a line the rules took for the headline")
    labels[title] = ("headline", "the title nearest above a picture page's first caption or paragraph")
    _chrome_above(title, labels)


# Reasons the rules give a short line by its place alone (not by its words): above the headline such a line is
# the site's chrome (its name, its desk), as the rules label unlabelled lines there.
PLACE_REASONS = ("between the headline", "stray short line")


def _chrome_above(title: int, labels: Labels) -> None:
    """Relabel as navigation the lines above the headline ``title`` that the rules made boilerplate by their
    place alone (:data:`PLACE_REASONS`): read against another headline, or as strays, they are the site's chrome
    (README: a site's banner above the headline is navigation)."""
    for i in range(title):
        if labels[i][0] == "boilerplate" and labels[i][1].startswith(PLACE_REASONS):
            labels[i] = ("navigation", "above the headline: site chrome")


def _standfirst_copy(texts: Sequence[str], facts: PageFacts, labels: Labels) -> None:
    """On a picture story the text starts with the first caption: a paragraph above it repeated by a paragraph
    below the captions is the standfirst, and the standfirst is the copy (the README's rule)."""
    first, last = facts.captions[0], facts.captions[-1]
    below = {texts[j]: j for j in range(last + 1, len(texts)) if labels[j][0] == "duplicate"}
    for i in range(first):
        if labels[i][0] == "body" and (j := below.get(texts[i])) is not None:
            labels[i], labels[j] = ("duplicate", "a standfirst above a picture story repeating its text"), labels[i]


def _is_post_text(text: str) -> bool:
    """True when ``text`` reads as a post: a sentence, or words enough for one."""
    if WIDE_SPACE.search(text):
        return False
    return rules.SENTENCE_END.search(text) is not None or len(text.split()) >= MIN_WORDS_POST


def _relabel_thread_zone(texts: Sequence[str], facts: PageFacts, labels: Labels) -> None:
    """Inside the thread: counters alone are boilerplate, media markers captions, quoted-post headers and link
    cards boilerplate, and every other line that reads as a post (the posts, the quoted posts' text) body, but
    the text under an ad's label."""
    zone = facts.thread_zone()
    numbered = set() if facts.counters_alone else set(facts.posts)
    for i in zone:
        text = texts[i]
        if i in numbered:
            labels[i] = ("body", "a post numbered at its start or end: the number is the post's own")
        elif facts.counters_alone and COUNTER_ALONE.match(text):
            labels[i] = ("boilerplate", "a post counter on its own line")
        elif engagement_row(text):
            labels[i] = ("boilerplate", "a post's engagement row: counts and buttons")
        elif media_line(text):
            labels[i] = ("caption", "a post's media marker or its description")
        elif quote_header(text) or ACCOUNT_LINE.match(text):
            labels[i] = ("boilerplate", "a quoted post's header: its label and account")
        elif DOMAIN.match(text):
            labels[i] = ("boilerplate", "a link card's domain")
            above = i - 1
            if above in zone and _card_title(texts[above]):
                labels[above] = ("boilerplate", "a link card's title over its domain: a teaser")
        elif (
            labels[i][0] != "body"
            and _is_post_text(text)
            and not _card_title_over_domain(texts, i)
            and not (i > 0 and texts[i - 1].casefold() in ad_markers())
        ):
            labels[i] = ("body", "a post of the thread, or a quoted post's text")


def _card_title(text: str) -> bool:
    """True when ``text`` may title a link card: short and without a sentence's closing mark."""
    return len(text.split()) <= MAX_WORDS_CARD_TITLE and not rules.SENTENCE_END.search(text)


def _card_title_over_domain(texts: Sequence[str], i: int) -> bool:
    """True when line ``i`` is a link card's title: a bare domain directly under it."""
    return i + 1 < len(texts) and DOMAIN.match(texts[i + 1]) is not None and _card_title(texts[i])


def _relabel_thread_frame(texts: Sequence[str], facts: PageFacts, labels: Labels) -> None:
    """Outside the thread: the author's card (an account line and the short bio under it) and every line naming
    the author's handle (``Follow @…``, ``Enjoyed this thread? Follow @… for more.``) are boilerplate."""
    zone = facts.thread_zone()
    authors = {match.group().casefold() for i in range(zone.start) for match in HANDLE.finditer(texts[i])}
    for i, text in enumerate(texts):
        if i in zone or labels[i][0] == "headline":
            continue
        if engagement_row(text):
            labels[i] = ("boilerplate", "a post's engagement row: counts and buttons")
        elif ACCOUNT_LINE.match(text):
            labels[i] = ("boilerplate", "the author's account line")
            below = i + 1
            if (
                below < len(texts)
                and below not in zone
                and labels[below][0] != "headline"
                and len(texts[below].split()) <= MAX_WORDS_BIO
            ):
                labels[below] = ("boilerplate", "the author's bio under the account line")
        elif labels[i][0] == "body" and _post_count_stamp(text):
            labels[i] = ("boilerplate", "the thread's stamp: a date and its count of posts")
        elif labels[i][0] in ("body", "caption") and any(
            m.group().casefold() in authors for m in HANDLE.finditer(text)
        ):
            labels[i] = ("boilerplate", "a prompt naming the thread's author")


def _post_count_stamp(text: str) -> bool:
    """True when ``text`` is a short line counting the thread's posts (``Aug 13, 2021 • 10 posts``)."""
    words = text.casefold().split()
    return len(words) <= MAX_WORDS_STAMP and any(
        word.isdigit() and unit.strip(".,") in thread_units() for word, unit in zip(words, words[1:], strict=False)
    )


def _thread_title(texts: Sequence[str], facts: PageFacts, labels: Labels) -> None:
    """The thread's title above the first post is the headline: a line in a thread reader's title form (``Thread
    by @…``, ``@handle: …``, ``🧵 …``); else, where the rules took a line of another shape for the headline (a
    menu, the author's account line, the thread's stamp), the title-shaped line nearest above the first post that
    is not the author's card."""
    current = next((i for i in range(len(texts)) if labels[i][0] == "headline"), None)
    start = facts.thread_zone().start
    title = next(
        (i for i in range(start) if THREAD_TITLE.match(texts[i]) and not rules.MENU_SEPARATOR.search(texts[i])),
        None,
    )
    if title is None and (current is None or not _title_shaped(texts[current])):
        title = next(
            (
                i
                for i in range(start - 1, -1, -1)
                if _title_shaped(texts[i])
                and not ACCOUNT_LINE.match(texts[i])
                and not (i and ACCOUNT_LINE.match(texts[i - 1]))
            ),
            None,
        )
    if title is None:
        return
    if current is not None and current != title:
        labels[current] = ("navigation" if current < title else "boilerplate", "a line the rules took for the headline")
    labels[title] = ("headline", "the thread's title above its first post")
    _chrome_above(title, labels)


def relabel(texts: Sequence[str], facts: PageFacts, labels: Labels) -> None:
    """Apply the rules of pictures and posts to ``labels`` (every line labelled), by the page's ``facts``."""
    if facts.captions:
        _relabel_pictures(texts, facts, labels)
    if facts.thread:
        _thread_title(texts, facts, labels)
        _relabel_thread_zone(texts, facts, labels)
        _relabel_thread_frame(texts, facts, labels)
