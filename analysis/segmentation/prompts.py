"""A prompt to the reader is furniture, not chrome (issue 11, round 9).

Above the headline, the position rules take every unlabelled line for site chrome (navigation).
Among them are prompts that address the reader and ask for an act: "Log in to your account",
"Try the premium edition free for 30 days", "Help us improve the site: take our survey". Whatever
the house style, a prompt opens with an imperative and runs as one phrase, where chrome names a
place to go (a menu item, a section, the site's name or tagline). The cue needs both, so that a
menu's one-word "Search" or "Sign in" button stays navigation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import rules
from .line_features import features

# Words a prompt runs to at least. Chosen leaving one house style out at a time on the 112 dev
# pages (issue 11, round 9; grid 2-9, the least length that turns no navigation line of the other
# styles): 5 in all 23 folds that hold a candidate. On the left-out style 5 of the 16 navigation-
# labelled lines opening with a prompt verb that gold calls boilerplate were turned, and none of
# the 42 that gold calls navigation; the menu buttons ("Skip to main content", "Log in   Sign up")
# run to 4 words.
MIN_WORDS_PROMPT = 5
# A row of at least this many items is a menu (round 13: a top bar opening with "Watch Live"); two items may be a
# prompt and its button ("Subscribe for full access   Subscribe").
MIN_MENU_ITEMS = 3


@lru_cache(maxsize=1)
def prompt_verbs() -> frozenset[str]:
    """Return the verbs that open a prompt to the reader (``segmentation_prompt_verbs.txt``)."""
    return rules._word_list("segmentation_prompt_verbs.txt")


def reader_prompt(text: str) -> bool:
    """True when ``text`` is one phrase of ``MIN_WORDS_PROMPT`` words or more opening with a prompt verb.

    A line of items joined by bars or slashes ("Subscribe | Log In | e-Edition") is a menu, not a phrase; so is
    a row of ``MIN_MENU_ITEMS`` items or more set apart by wide spaces ("Watch Live   World   Politics   Video"),
    whose first item only happens to be a verb, unless an item names a tool acting on the article ("Download
    Print   Email   Cite": a toolbar, furniture of the article).
    """
    words = rules.WORD.findall(text)
    if len(words) < MIN_WORDS_PROMPT or rules.KICKER_SEPARATOR.search(text):
        return False
    items = [item.strip().casefold() for item in rules.MENU_SEPARATOR.split(text) if item.strip()]
    if len(items) >= MIN_MENU_ITEMS and not rules.sharing_words().intersection(items):
        return False
    return words[0].casefold() in prompt_verbs()


# The reader's side of an appeal: the verb's object or particle ("Support us", "Sign up", "Join our …").
APPEAL_OBJECTS = ("us", "up", "our")
# The site named in the first person further on in the appeal's sentence ("Subscribe to our channel", "Join the
# members who keep our newsroom going"): within this many characters, with no sentence end or quotation mark
# between; in lower case, so that "US" (the country) is not read as one (issue 11, round 13).
APPEAL_SITE_WORDS = ("us", "our")
MAX_CHARS_TO_SITE_WORD = 80


@lru_cache(maxsize=1)
def _appeal() -> re.Pattern:
    """Return the pattern of a sentence opening with a prompt verb and the reader's side of the appeal: its
    object or particle next to the verb, or the site's "us" / "our" later in the same sentence."""
    verbs = "|".join(sorted(prompt_verbs()))
    objects = "|".join(APPEAL_OBJECTS)
    site = "|".join(APPEAL_SITE_WORDS)
    later = rf"[^.!?\"“”]{{0,{MAX_CHARS_TO_SITE_WORD}}}?\b(?-i:{site})"
    return re.compile(rf"(?:^|[.!?]\s+)(?:Please\s+)?(?:{verbs})\s+(?:(?:{objects})|{later})\b", re.IGNORECASE)


# An appeal is a line of its own or a sentence beside one other: a longer paragraph that ends on one ("… Follow
# our live coverage for updates.") is the article's text (a test of 200 invented articles lost a paragraph each).
APPEAL_MAX_SENTENCES = 2
SENTENCE_ENDS = re.compile(r"[.!?](?:\s|$)")  # each sentence end in a line (rules.SENTENCE_END: the line's last)


def reader_appeal(text: str) -> str | None:
    """Return a reason when a sentence of ``text`` asks the reader to act for the site ("Support us with …",
    "Sign up for our newsletter", "Subscribe to our channel for …")
    and the line holds at most :data:`APPEAL_MAX_SENTENCES` sentences, else None.
    A quotation opens with its mark, so a speaker's "Help us" is not read as one; an article's own sentences do
    not address the reader so."""
    if len(SENTENCE_ENDS.findall(text)) <= APPEAL_MAX_SENTENCES and _appeal().search(text):
        return "an appeal to the reader: a sentence opening with a prompt verb and 'us', 'up' or 'our'"
    return None


# Words a control's label runs to at most ("Show full article", "Tap to read more"); a longer line opening
# with the verb is a prompt (:func:`reader_prompt`) or a sentence.
MAX_WORDS_CONTROL = 4


def control_label(text: str) -> str | None:
    """Return a reason when ``text`` is the label of a control of the page, at most ``MAX_WORDS_CONTROL`` words
    opening with a button's or prompt's verb ("Swipe for more", "Show full article", "Tap to expand"), else None:
    neither a caption nor the text, it tells the reader what to do with the page."""
    stripped = text.strip()
    # The line's words are read once for every rule (.line_features); one past the limit tells a paragraph.
    words = features(stripped).words[: MAX_WORDS_CONTROL + 1]
    if not words or len(words) > MAX_WORDS_CONTROL or rules.SENTENCE_END.search(stripped.rstrip(".…")):
        return None
    if words[0][0].isupper() and words[0].casefold() in rules.link_label_words():
        return "a control's label: a button's verb and a few words"
    return None


# An appeal for the site's support that names what the money keeps going ("Support independent journalism. …",
# "Support The Ledger: subscribe from £1 a month", "Liked this? Our work costs …", "Get unlimited access to …").
# "Support" is capitalised and opens the line, so a sentence of the text ("support for the strike …") is not one.
SUPPORT_APPEAL = re.compile(
    r"^(?:Support\b[^.!?:]{0,60}\b(?:journalism|reporting|analysis)\b"
    r"|Support [^.!?:]{1,40}:\s*subscribe\b"
    r"|(?:Liked|Enjoyed) this\?"
    r"|Get unlimited access\b)"
)


def support_appeal(text: str) -> str | None:
    """Return a reason when ``text`` opens with an appeal for the site's support (:data:`SUPPORT_APPEAL`), else None:
    a membership, subscription or donation prompt set between or after the paragraphs, not the text."""
    if SUPPORT_APPEAL.match(text):
        return "an appeal for the site's support: what the reader's money keeps going"
    return None
