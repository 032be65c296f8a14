"""Site tools: lines that act on the whole site are navigation wherever they stand (issue 11, round 16).

The round-13 ruling of tests/gold/pages/README.md sorts a tool by what it does: a search box, a menu
button and a jump link act on the site (navigation, as site sections are), wherever the scrape put them;
a tool acting on this article (print, font size, "Search this topic…") is boilerplate. The position rules
read such a line below the footer, between the headline and the text or under a forum post as page
furniture, so the last pass gives it back its kind. Each check reads one line.
"""

from __future__ import annotations

import re

from . import comments, rules

# A search box's placeholder, closed by an ellipsis ("Search The Herald...", "🔍 Search…"); a search of this
# thread or topic is an article tool.
SEARCH_BOX = re.compile(r"^(?:🔍\s*)?search(?: (?!this\b)[^:]{1,40}?)?\s*(?:\.\.\.|…)$", re.IGNORECASE)
# A search form with its fields ("Search Transcripts by show   by date"): "by" and the field's name.
SEARCH_FORM = re.compile(r"^search \w+(?: \w+)? by \w+\s{2,}by \w+$", re.IGNORECASE)
# A menu button: the hamburger sign, alone or with its word.
MENU_BUTTON = re.compile(r"^(?:☰|≡)(?:\s*menu)?$", re.IGNORECASE)
# A row of the site's buttons only: the menu button beside the search button ("☰   Search", "Menu | 🔍").
TOOL_ROW_ITEMS = frozenset({"☰", "≡", "menu", "🔍", "search"})
# A jump link to a part of the page ("Jump to", "Skip to content").
JUMP_TO = re.compile(r"^(?:jump to|skip to (?:main )?content|skip to main content)$", re.IGNORECASE)


def site_tool(text: str) -> str | None:
    """Return a reason when ``text`` is only a site tool (a search box, a menu button, a jump link), else None."""
    if SEARCH_BOX.match(text) or SEARCH_FORM.match(text):
        return "site tool: a search box of the site (navigation wherever, round 13)"
    if MENU_BUTTON.match(text):
        return "site tool: the menu button (navigation wherever, round 13)"
    items = [item.strip().casefold() for item in rules.MENU_SEPARATOR.split(text) if item.strip()]
    if len(items) >= 2 and all(item in TOOL_ROW_ITEMS for item in items):
        return "site tools: a row of the menu and search buttons (navigation wherever, round 13)"
    if JUMP_TO.match(text):
        return "site tool: a jump link (navigation wherever, round 13)"
    return comments.jump_link(text)


# The items of a font-size control: a label, the letter in sizes, or the sizes named.
FONT_SIZE_ITEM = re.compile(r"^(?:font size|text size|a{1,2}[+-]{0,2}|large|medium|small|larger|smaller)$")
# Items an article's tool row may hold beside its font-size control.
ARTICLE_TOOL_ITEMS = frozenset(
    {"print", "share", "email", "e-mail", "save", "close", "listen", "contrast", "high contrast"}
)
# Brackets a skin sets around its tool row ("【Large  Medium  Small】", "[Font size: A A A]").
TOOL_BRACKETS = "【】[]()"


def font_size_row(text: str) -> str | None:
    """Return a reason when ``text`` is a row of article tools holding a font-size control ("Font size   A   A   A
    Print", "【Large  Medium  Small】"), else None: a tool acting on this article, boilerplate wherever (round 13)."""
    items = [
        item.strip(TOOL_BRACKETS + " :").casefold()
        for item in re.split(rf"{rules.MENU_SEPARATOR.pattern}|:\s+", text)
        if item.strip(TOOL_BRACKETS + " :")
    ]
    sizes = [item for item in items if FONT_SIZE_ITEM.match(item)]
    if len(sizes) >= 2 and all(FONT_SIZE_ITEM.match(item) or item in ARTICLE_TOOL_ITEMS for item in items):
        return "article tools: a font-size control (boilerplate wherever, round 13)"
    return None
