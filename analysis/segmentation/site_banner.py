"""The site's banner where the position rules read it as furniture: its logo and its name at the foot (issue 11,
round 20).

The round-13 and round-17 rulings of tests/gold/pages/README.md make the site's own name and its logo (given by
its alt text, "<Site> logo") the site's banner: navigation, above the headline and at the foot. The position rules
read a logo line under the headline, or the name repeated after the text, as page furniture (boilerplate); the two
checks here give them back:

- a logo line ("<Site> logo") is navigation unless a credit line beside it names the same name ("Provided by
  <Partner>"): then it is the logo of the partner whose story the page runs, which credits the article's provider
  as a byline does (boilerplate, as ``styles_round9_a.md`` has it);
- a line after the text that repeats the site's name from the head of the page (one of its first
  ``MAX_BANNER_POSITION`` lines, a name of ``MIN_BANNER_WORDS`` words or more, no row of links) is the banner at the
  foot. A section kicker or a tag repeated below the text ("Syria", "Expert Comment") stands nearer the headline
  and is shorter; an account link repeated below ("Subscribe") is boilerplate there (round 9).

Each line reads at most its two neighbours, and the head of the page is read once, so the pass is linear.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

from . import link_roles

# A logo's alt text: a short name (capitalised, or in capitals) and the word "logo".
LOGO_LINE = re.compile(r"^(?P<name>[A-Z0-9][\w&'’.-]*(?:\s+[\w&'’.-]+){0,5})\s+logo$")
# A credit line naming the provider of the article beside its logo ("Provided by …", "Powered by …").
PROVIDER_CREDIT = re.compile(
    r"^(?:provided|powered|presented|supplied|sponsored|brought to you) by\b|^(?:content|story) from\b"
    r"|^in partnership with\b",
    re.IGNORECASE,
)
# The site's banner heads the page: at most a cookie line and a menu button stand above it.
MAX_BANNER_POSITION = 3
# A site's name repeated at the foot has this many words or more (a kicker or a tag is often one or two).
MIN_BANNER_WORDS = 3
# At most this many words: a name, not a sentence.
MAX_BANNER_WORDS = 10
# A name is one item: a row of links (separators between items) is a menu, sorted by the menu rules.
LINK_SEPARATOR = re.compile(r"\s{2,}|\s[|·•›»]\s")


def site_logo(texts: Sequence[str], i: int) -> str | None:
    """Return a reason when line ``i`` is the site's own logo given by its alt text ("<Site> logo"), else None.
    A logo beside a credit line naming the same name ("Provided by <Partner>") is the partner's: None."""
    match = LOGO_LINE.match(texts[i].strip())
    if match is None:
        return None
    name = match.group("name").casefold()
    for j in (i - 1, i + 1):
        if 0 <= j < len(texts) and PROVIDER_CREDIT.match(texts[j].strip()) and name in texts[j].casefold():
            return None
    return "the site's logo given by its alt text: the site's banner (navigation, round 17)"


def _banner_name(text: str) -> bool:
    """True when ``text`` may be a site's name: a capitalised run of ``MIN_BANNER_WORDS`` to ``MAX_BANNER_WORDS``
    words, one item (no row of links), no sentence end, not an account link."""
    words = text.split()
    return (
        MIN_BANNER_WORDS <= len(words) <= MAX_BANNER_WORDS
        and text[:1].isupper()
        and not LINK_SEPARATOR.search(text)
        and not text.rstrip().endswith((".", "!", "?", ":"))
        and link_roles.account_links(text) is None
    )


def banner_at_foot(texts: Sequence[str], kinds: Sequence[str]) -> list[int]:
    """Return the lines after the text's last paragraph (``kinds``: one kind per line, "body" for the text) that
    repeat a site's name standing among the first ``MAX_BANNER_POSITION`` lines of the page, labelled navigation
    there (:func:`_banner_name`)."""
    head = {
        texts[i].strip()
        for i in range(min(MAX_BANNER_POSITION, len(texts)))
        if kinds[i] == "navigation" and _banner_name(texts[i].strip())
    }
    last_body = max((i for i, kind in enumerate(kinds) if kind == "body"), default=len(texts))
    return [i for i in range(last_body + 1, len(texts)) if kinds[i] == "boilerplate" and texts[i].strip() in head]


def relabel(texts: Sequence[str], labels: MutableMapping[int, tuple[str, str]]) -> None:
    """Relabel in place as navigation the boilerplate lines that are the site's own logo (:func:`site_logo`) or its
    name repeated at the foot (:func:`banner_at_foot`)."""
    for i in range(len(texts)):
        if labels[i][0] == "boilerplate" and (reason := site_logo(texts, i)) is not None:
            labels[i] = ("navigation", reason)
    for i in banner_at_foot(texts, [labels[i][0] for i in range(len(texts))]):
        labels[i] = ("navigation", "the site's name from the head of the page repeated at the foot: its banner")
