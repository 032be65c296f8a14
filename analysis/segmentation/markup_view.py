"""A line of a scraped page read through its text, not its markup (issue 11, round 21).

A poor scraper leaves HTML in the text: a paragraph inside ``<p>…</p>``, a headline inside ``<h1 …>``, quotation
marks written as entities (``&#8220;…&#8221;``), and whole lines of code (a ``<script>``, a JSON-LD object, a CSS
rule, an HTML comment, the ``<!DOCTYPE …>`` head). Read as written, such a paragraph does not start with a capital
nor end with a full stop, and a headline is longer than any headline: every rule of the labeller misreads it.

:func:`line_view` returns what a browser shows of a raw line: tags removed (a block tag such as ``</p><p>`` leaves a
space), entities decoded, the content of ``<script>``, ``<style>`` and the like dropped, white space collapsed,
with the raw offsets of every displayed character so that a span found on the display maps back to the raw line
(:meth:`View.raw_span`). It says too when the line is code (nothing a reader sees), or only a picture. The raw
text is never edited. A ``<`` opens a tag only before the name of an HTML element (``html_elements.csv``) followed by
a space, ``/`` or ``>``, so ``a < b``, ``<Media omitted>`` and a mail address ``<name@host>`` stay text, and a line
without a tag, entity or code shape has no view (:func:`has_markup` is False): pages without markup are read as
before, byte for byte. The cost is linear in the line: one scan, and one search for a hidden element's end.
"""

from __future__ import annotations

import csv
import html
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# A tag, comment or entity; a tag's attributes may hold ">" inside quotes.
MARKUP = re.compile(
    r"<!--[^\n]*?(?:-->|$)"
    r"|<!doctype[^>\n]*>"
    r"|<(?P<close>/?)(?P<name>[a-z][a-z0-9]*)(?=[\s/>])(?:[^<>\"'\n]|\"[^\"\n]*\"|'[^'\n]*')*>"
    r"|&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});",
    re.IGNORECASE | re.MULTILINE,
)
# A tag whose "<" the scrape lost: attributes (name="value") at the head of a line.
ATTRIBUTE_FRAGMENT = re.compile(r"(?:[a-z][\w:-]*=(?:\"[^\"]*\"|'[^']*')\s*)+", re.IGNORECASE)
# Code shapes of a whole line: structured data (JSON-LD), a style sheet's rules, a script's statement.
JSON_LINE = re.compile(r"^[\[{]\s*\"[^\n]*[}\]]$")
CSS_LINE = re.compile(
    r"^(?:[@.#]?[\w\s.#:,>*~+\[\]=\"'()-]*?\{\s*[a-z-]+\s*:[^{};]+(?:;\s*[a-z-]+\s*:[^{};]+)*;?\s*\}\s*)+$"
)
# A style sheet's line opens with a class, id or at-rule, or an element name right before "{", or has a ";".
CSS_OPENING = re.compile(r"^(?:[.#@]|[a-z][\w-]*\{)|;")
SCRIPT_LINE = re.compile(
    r"^(?:(?:var|let|const)\s+[\w$]+\s*=|function\s+[\w$]+\s*\(|(?:window|document)\.[\w$.]+(?:\s*=|\())"
)
# Characters a line needs to hold markup or code: the cheap gate that keeps a plain line as it is.
MARKUP_CHARACTERS = re.compile(r"[<&{=(]")
NO_BREAK_SPACE = "\xa0"
ESCAPED_TAG = "&lt;"
# A picture that is the site's logo: its file, class or alt text says so ("/img/logo.svg", class="site-logo").
LOGO = re.compile(r"logo", re.IGNORECASE)
# A picture no reader sees: a tracking pixel (one pixel wide or high, or hidden by its style).
TRACKING_PIXEL = re.compile(r"\b(?:width|height)\s*=\s*[\"']?[01]\b|display\s*:\s*none", re.IGNORECASE)

LOGO_REASON = "a line holding only the site's logo (an <img> tag naming a logo): the banner"
CODE_REASON = "a line of code or markup only ({what}): nothing of it displays as the page's text"
IMAGE_REASON = "a line holding only a picture's markup (an <img> tag): the photo, labelled as its caption"


@dataclass(frozen=True)
class View:
    """What a browser shows of one raw line: ``text`` (trimmed), and for each of its characters the raw offsets
    (within the line) of the markup or character it comes from: ``starts[k]:ends[k]``. ``code`` says why the line
    is code (empty when it is not); ``image`` is True when the line shows a picture, ``logo`` when that picture is
    the site's logo."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    code: str = ""
    image: bool = False
    logo: bool = False

    @property
    def hidden(self) -> bool:
        """True when nothing of the line is text a reader sees (code, bare tags, a picture alone)."""
        return bool(self.code) or not self.text

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the raw offsets (within the line) of the displayed span ``text[start:end]`` (``end > start``)."""
        return self.starts[start], self.ends[end - 1]

    def raw_offset(self, position: int) -> int:
        """Return the raw offset where the displayed character at ``position`` comes from (the line's raw end past
        the last character)."""
        return self.starts[position] if position < len(self.starts) else (self.ends[-1] if self.ends else 0)


@lru_cache(maxsize=1)
def element_roles() -> dict[str, str]:
    """Return ``{element name: role}`` (block, inline, hidden, image) from ``html_elements.csv``."""
    with resources.files("analysis.data").joinpath("html_elements.csv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        return {row["element"]: row["role"] for row in rows}


def has_markup(text: str) -> bool:
    """True when ``text`` holds an HTML tag of a known element, a comment or an entity, opens with a tag's attributes
    (its "<" lost), or is a line of code."""
    if not MARKUP_CHARACTERS.search(text):
        return False
    if code_shape(text) or ATTRIBUTE_FRAGMENT.match(text):
        return True
    return any(_is_markup(match) for match in MARKUP.finditer(text))


def code_shape(text: str) -> str:
    """Return what code ``text`` is when the whole line is code (a doctype, JSON, CSS, a script), else ""."""
    stripped = text.strip()
    if stripped[:9].casefold() == "<!doctype":
        return "a document type declaration and the page's head"
    if JSON_LINE.match(stripped):
        return "a JSON object: the page's structured data"
    if "{" in stripped and CSS_OPENING.search(stripped) and CSS_LINE.match(stripped):
        return "CSS rules"
    if SCRIPT_LINE.match(stripped):
        return "a script's statement"
    return ""


def _is_markup(match: re.Match) -> bool:
    """True when a ``MARKUP`` match is markup: a comment, a known entity, or a tag of a known element."""
    token = match.group()
    if token.startswith("<!"):
        return True
    if token.startswith("&"):
        return html.unescape(token) != token
    return match.group("name").casefold() in element_roles()


@lru_cache(maxsize=4096)
def line_view(text: str) -> View | None:
    """Return the :class:`View` of a raw line, or None when it holds no markup (it displays as written)."""
    if not has_markup(text):
        return None
    code = code_shape(text)
    if code:
        return View("", (), (), code)
    view = _Reader(text).read()
    if ESCAPED_TAG in text and view.text and has_markup(view.text):
        # A feed's escaped copy of a page ("&lt;p&gt;&lt;img …&gt;"): its markup is read as the page's own.
        return _composed(view, line_view(view.text))
    return view


def _composed(outer: View, inner: View | None) -> View:
    """Return the view ``inner`` of the displayed text of ``outer``, its offsets mapped back to the raw line."""
    if inner is None or inner.code:
        return outer if inner is None else View("", (), (), inner.code)
    starts = tuple(outer.starts[k] for k in inner.starts)
    ends = tuple(outer.ends[k - 1] for k in inner.ends)
    return View(inner.text, starts, ends, image=inner.image, logo=inner.logo)


class _Reader:
    """One left-to-right pass over a raw line, building the displayed text and its offsets."""

    def __init__(self, text: str):
        self.raw = text
        self.chars: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.space: tuple[int, int] | None = None
        self.image = False
        self.logo = False

    def read(self) -> View:
        """Return the line's view (its code reason "markup only" when nothing displays and no picture is shown)."""
        fragment = ATTRIBUTE_FRAGMENT.match(self.raw)
        position = fragment.end() if fragment else 0
        while position < len(self.raw):
            match = MARKUP.search(self.raw, position)
            if match is None:
                self._text(position, len(self.raw))
                break
            self._text(position, match.start())
            position = self._markup(match)
        view = View("".join(self.chars), tuple(self.starts), tuple(self.ends), image=self.image, logo=self.logo)
        if not view.text and not self.image:
            return View("", (), (), "tags, comments or empty elements")
        return view

    def _text(self, start: int, end: int) -> None:
        for offset in range(start, end):
            self._put(self.raw[offset], offset, offset + 1)

    def _put(self, char: str, start: int, end: int) -> None:
        """Add one displayed character; white space (a no-break space too) collapses to one space between words."""
        if char.isspace() or char == NO_BREAK_SPACE:
            if self.space is None:
                self.space = (start, end)
            return
        if self.space is not None and self.chars:
            self.chars.append(" ")
            self.starts.append(self.space[0])
            self.ends.append(self.space[1])
        self.space = None
        self.chars.append(char)
        self.starts.append(start)
        self.ends.append(end)

    def _markup(self, match: re.Match) -> int:
        """Read one markup match; return the offset to read on from."""
        token = match.group()
        if not _is_markup(match):
            self._text(match.start(), match.end())
            return match.end()
        if token.startswith("&"):
            for char in html.unescape(token):
                self._put(char, match.start(), match.end())
            return match.end()
        if token.startswith("<!"):
            self._gap(match)
            return match.end()
        role = element_roles()[match.group("name").casefold()]
        if role == "image" and not TRACKING_PIXEL.search(token):
            self.image = True
            self.logo = self.logo or bool(LOGO.search(token))
        if role == "hidden" and not match.group("close") and not token.endswith("/>"):
            # Its content (a script, a style sheet, noscript text) is not shown: read on after its end tag.
            end = re.compile(rf"</{match.group('name')}\s*>", re.IGNORECASE).search(self.raw, match.end())
            self._gap(match)
            return len(self.raw) if end is None else end.end()
        if role != "inline":
            self._gap(match)
        return match.end()

    def _gap(self, match: re.Match) -> None:
        """A block tag or comment sets the words on either side apart, as a line break displays."""
        if self.space is None:
            self.space = (match.start(), match.end())


def page_views(texts: list[str]) -> dict[int, View]:
    """Return ``{line index: view}`` for the lines of a page that hold markup (empty for a page without any)."""
    views = {}
    for i, text in enumerate(texts):
        view = line_view(text)
        if view is not None:
            views[i] = view
    return views


def hidden_label(view: View) -> tuple[str, str]:
    """Return the ``(kind, reason)`` of a line that displays nothing: a picture alone is ``caption`` (the photo, as
    a Markdown image line is) unless it is the site's logo (``navigation``, the banner, as round 17's logo lines),
    code and bare markup are ``boilerplate``."""
    if view.logo and not view.code:
        return "navigation", LOGO_REASON
    if view.image and not view.code:
        return "caption", IMAGE_REASON
    return "boilerplate", CODE_REASON.format(what=view.code)


def displayed(text: str) -> str:
    """Return the text a reader sees of a raw line (``text`` itself when it holds no markup)."""
    view = line_view(text)
    return text if view is None else view.text


def masked(text: str) -> str:
    """Return ``text`` (a whole page) with its markup blanked and its entities decoded in place, at the same length:
    every offset of the copy is an offset of ``text``, so the text layer and the attribution extractor read sentences,
    quotation marks and words through the markup and still report spans of the raw text. A tag or comment becomes
    spaces (``</p><p>`` sets two sentences apart); an entity that stands for one character becomes that character and
    spaces, the character on the side of the word it touches: before a following word (an opening mark, the ``’`` of
    ``’s``), else after the preceding text (a closing mark), so that a quotation starts after its opening entity and
    ends before its closing one. ``text`` itself is returned when it holds no markup (the same object)."""
    if "<" not in text and "&" not in text:
        return text
    parts: list[str] = []
    position = 0
    for match in MARKUP.finditer(text):
        if not _is_markup(match):
            continue
        token = match.group()
        shown = html.unescape(token) if token.startswith("&") else ""
        if len(shown) != 1 or shown.isspace() or shown == NO_BREAK_SPACE:
            shown = ""
        blank = re.sub(r"[^\n]", " ", token) if shown == "" else " " * (len(token) - 1)
        if shown and match.end() < len(text) and text[match.end()].isalnum():
            blank += shown
        elif shown:
            blank = shown + blank
        parts += [text[position : match.start()], blank]
        position = match.end()
    if not parts:
        return text
    return "".join(parts) + text[position:]
