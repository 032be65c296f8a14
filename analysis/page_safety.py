"""Find active content in rendered HTML pages: the markup a data value could smuggle in.

The report's pages are static: they carry no script, no event-handler attribute, no
``javascript:`` address and no embedded frame. Any of these in a page means a value from
the data (an outlet name, an article's text) reached the HTML unescaped, so the check is
a plain parse of the file (no browser needed), run by ``check-report`` and the tests.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

ACTIVE_TAGS = {"script", "iframe", "object", "embed", "frame", "frameset", "base", "meta-refresh"}
ADDRESS_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data"}


class _ActiveContentFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ACTIVE_TAGS:
            self.found.append(f"<{tag}> element at line {self.getpos()[0]}")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"event-handler attribute {name!r} on <{tag}> at line {self.getpos()[0]}")
            address = (value or "").strip().lower()
            if name in ADDRESS_ATTRIBUTES and address.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.found.append(f"script address in {name!r} of <{tag}> at line {self.getpos()[0]}")
            if tag == "meta" and name == "http-equiv" and address == "refresh":
                self.found.append(f"meta refresh at line {self.getpos()[0]}")


def active_content(html_text: str) -> list[str]:
    """Return a description of every piece of active content in ``html_text`` (empty: the page is static)."""
    finder = _ActiveContentFinder()
    finder.feed(html_text)
    finder.close()
    return finder.found


def page_problems(html_dir: str | Path) -> list[str]:
    """Return one line per piece of active content in the ``*.html`` pages of ``html_dir``."""
    problems = []
    for page in sorted(Path(html_dir).glob("*.html")):
        for finding in active_content(page.read_text(encoding="utf-8")):
            problems.append(f"{page.name}: {finding} (a value from the data was not escaped)")
    return problems
