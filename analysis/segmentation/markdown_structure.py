"""The structure of a page saved as Markdown, read from its markup once (issue 11, round 21).

A read-later app, a "reader" API or a scraping tool saves an article as Markdown. Its markup says what each line is
before its words do: a ``# `` heading, an image ``![alt](url)``, a list of links ``* [World](…)``, a reference
definition ``[1]: https://…``, a rule ``---``, the YAML front matter or the tool's header fields (``Title: …``,
``URL Source: …``, ``Markdown Content:``), a block quote ``> …``. :func:`structures` reads each line's structure
once; :func:`relabel` gives each structure its kind (the gold README's Markdown rulings, round 20): header and front
matter, rules, reference definitions and labelled links (``**Related:** […](…)``) are ``boilerplate``; an image line
is ``caption`` (the photo), the site's logo above the headline ``navigation``; a line of links only is the site's
menu above the headline (``navigation``) and its links to other pages below it (``boilerplate``); a byline whose
names are links is a byline. :func:`title_heading` returns the ``# `` heading, the page's headline when it has one.
A page is read as Markdown only when its markup shows it (:func:`markdown_page`), so a stray ``#`` or ``---``
elsewhere changes nothing. Every function is one pass over the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

HEADING = re.compile(r"^(#{1,6})\s+\S")
SETEXT_UNDERLINE = re.compile(r"^(?:={3,}|-{3,})\s*$")
RULE = re.compile(r"^(?:-{3,}|\*(?:\s*\*){2,}|_{3,}|={3,})\s*$")
IMAGE = re.compile(r"^!\[[^\]]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)$")
LINKED_IMAGE = re.compile(r"^\[!\[[^\]]*\]\([^)\s]*\)\]\([^)\s]*\)$")
REFERENCE = re.compile(r"^\[[^\]]+\]:\s+\S+")
# One link, inline "[text](url)" or by reference "[text][1]".
LINK = r"\[[^\]]+\](?:\([^)\s]*\)|\[[^\]]*\])"
LINK_RE = re.compile(LINK)
LIST_LINK = re.compile(rf"^[*+-]\s+{LINK}$")
LINK_ROW = re.compile(rf"^{LINK}(?:\s*[|·•/]?\s*{LINK})*$")
LABELLED_LINK = re.compile(rf"^\*\*[^*]{{1,40}}:?\*\*:?\s*{LINK}(?:\s*[|·•,]?\s*{LINK})*$")
# A header field of a reader tool ("Title: …", "URL Source: …", "Markdown Content:") or of YAML front matter.
FIELD = re.compile(r"^[A-Za-z][A-Za-z _-]{0,30}:(?:\s.*)?$")
# A page is read as Markdown when its markup shows at least this many distinct structures.
MIN_STRUCTURES = 2
MARKUP_STRUCTURES = frozenset({"heading", "image", "linked_image", "reference", "list_link", "front_matter", "header"})


def _leading_fields(texts: Sequence[str]) -> dict[int, str]:
    """Return the lines of the page's leading metadata: YAML front matter between two ``---`` lines
    (``front_matter``), or a run of at least two header fields from the first line (``header``)."""
    if not texts:
        return {}
    if RULE.match(texts[0]) and texts[0].startswith("-"):
        end = next((i for i in range(1, len(texts)) if texts[i].strip() == texts[0].strip()), None)
        if end is not None and end > 1 and all(FIELD.match(texts[i]) for i in range(1, end)):
            return dict.fromkeys(range(end + 1), "front_matter")
        return {}
    run = 0
    while run < len(texts) and FIELD.match(texts[run]) and not HEADING.match(texts[run]):
        run += 1
    return dict.fromkeys(range(run), "header") if run >= MIN_STRUCTURES else {}


def _line_structure(texts: Sequence[str], i: int) -> str | None:
    """Return the structure line ``i``'s markup shows, or None for a line of plain text."""
    text = texts[i].strip()
    if HEADING.match(text):
        return "heading"
    if SETEXT_UNDERLINE.match(text) and i and texts[i - 1].strip() and not RULE.match(texts[i - 1].strip()):
        return "setext_underline"
    checks = (
        (RULE, "rule"),
        (IMAGE, "image"),
        (LINKED_IMAGE, "linked_image"),
        (REFERENCE, "reference"),
        (LIST_LINK, "list_link"),
        (LINK_ROW, "link_row"),
        (LABELLED_LINK, "labelled_link"),
    )
    return next((name for pattern, name in checks if pattern.match(text)), None)


def structures(texts: Sequence[str]) -> dict[int, str]:
    """Return ``{line: structure}`` for the lines whose markup shows what they are (a new dict)."""
    found = _leading_fields(texts)
    for i in range(len(texts)):
        if i not in found and (structure := _line_structure(texts, i)):
            found[i] = structure
    return found


def markdown_page(found: Mapping[int, str]) -> bool:
    """True when the page's markup shows ``MIN_STRUCTURES`` distinct Markdown structures (``found``, from
    :func:`structures`): a heading and an image, a list of links and a reference definition … One alone (a
    ``#hashtag`` line, a ``---`` rule) may be any page's."""
    return len(set(found.values()) & MARKUP_STRUCTURES) >= MIN_STRUCTURES


def title_heading(texts: Sequence[str], found: Mapping[int, str]) -> int | None:
    """Return the first level-one ``# `` heading of a Markdown page, or None: the article's title as the tool wrote
    it, which outranks a ``title:`` field of the front matter (metadata about the copy, not the article's text)."""
    if not markdown_page(found):
        return None
    return next((i for i, name in sorted(found.items()) if name == "heading" and texts[i].startswith("# ")), None)


def _unlinked(text: str) -> str:
    """Return ``text`` with each link given as its words ("By [A B](…)" -> "By A B")."""
    return LINK_RE.sub(lambda match: match.group(0)[1 : match.group(0).index("]")], text)


def relabel(
    texts: Sequence[str],
    labels: Mapping[int, tuple[str, str]],
    headline: int | None,
    byline: Callable[[str], str | None],
) -> dict[int, tuple[str, str]]:
    """Return ``{line: (kind, reason)}`` for the lines of a Markdown page whose markup says what they are.

    Above the ``headline`` a logo or a row or list of links is the site's chrome (``navigation``); below it, links
    are to other pages (``boilerplate``). A line whose links read, as words, as a byline (``byline``) is one.
    The headline itself and the lines the other rules took for the headline, an appended story or a duplicate keep
    their kind. Nothing is returned for a page that is not Markdown.
    """
    found = structures(texts)
    if not markdown_page(found):
        return {}
    top = headline if headline is not None else 0
    kinds: dict[int, tuple[str, str]] = {}
    for i, name in found.items():
        if labels.get(i, ("",))[0] in ("headline", "appended") or i == headline:
            continue
        kind = _structure_kind(name, i < top)
        if kind is not None:
            kinds[i] = (kind, f"Markdown {name.replace('_', ' ')}")
    for i, text in enumerate(texts):
        if i not in found and i > top and LINK_RE.search(text) and labels.get(i, ("",))[0] == "body":
            if byline(_unlinked(text)):
                kinds[i] = ("boilerplate", "Markdown byline: names given as links")
    kinds.update(counted_items(texts, labels))
    return kinds


# A box's heading that counts its items ("Highlights (2)", "Notes (3)").
COUNTED_HEADING = re.compile(r"^[^()]{1,40}\((\d{1,2})\)$")
LIST_ITEM = re.compile(r"^[*+-]\s+\S")


def counted_items(texts: Sequence[str], labels: Mapping[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Return ``{line: ("boilerplate", reason)}`` for the list items under a heading of furniture that counts them
    ("Highlights (2)" and two ``- `` items): a read-later app's box, its items the reader's marks on the copy,
    though they repeat the article's words (the gold README, round 20). At most the counted number is taken."""
    found: dict[int, tuple[str, str]] = {}
    for i, text in enumerate(texts):
        match = COUNTED_HEADING.match(text.strip())
        if not match or labels.get(i, ("",))[0] != "boilerplate":
            continue
        for j in range(i + 1, min(len(texts), i + 1 + int(match.group(1)))):
            if not LIST_ITEM.match(texts[j]):
                break
            found[j] = ("boilerplate", f"an item of the counted box '{text.strip()}'")
    return found


def _structure_kind(name: str, above_headline: bool) -> str | None:
    """Return the kind of a line of structure ``name``, above or below the headline, or None to leave it."""
    if name in ("front_matter", "header", "rule", "setext_underline", "reference", "labelled_link"):
        return "boilerplate"
    if name == "image":
        return "navigation" if above_headline else "caption"
    if name == "linked_image":
        return "navigation" if above_headline else None
    if name in ("list_link", "link_row"):
        return "navigation" if above_headline else "boilerplate"
    return None


# A bold run opening a line ("**BEIRUT (Agency) —** Russia's …"): at most this many characters inside the marks.
BOLD_OPENING = re.compile(r"^\*\*([^*]{1,60})\*\*(\s*)")


def bold_dateline(text: str, find: Callable[[str], tuple[str, int, str] | None]) -> tuple[str, int, str] | None:
    """Return the dateline of a paragraph that opens with it in bold, marks included (the gold's convention, round
    20: the dateline is the raw prefix with the markup that wraps it), or None. ``find`` reads a dateline from plain
    text; the bold run is a dateline only when ``find`` takes the whole run, no more and no less, for one."""
    match = BOLD_OPENING.match(text)
    if match is None:
        return None
    inner = match.group(1).strip()
    found = find(f"{inner} {text[match.end() :]}")
    if found is None or found[0].strip() != inner:
        return None
    return text[: match.start(2)], match.end(), f"{found[2]} (set in bold)"
