"""Site tools: lines that act on the whole site are navigation wherever they stand (issue 11, round 16).

The round-13 ruling of tests/gold/pages/README.md sorts a tool by what it does: a search box, a menu
button and a jump link act on the site (navigation, as site sections are), wherever the scrape put them;
a tool acting on this article (print, font size, "Search this topic…") is boilerplate. The position rules
read such a line below the footer, between the headline and the text or under a forum post as page
furniture, so the last pass gives it back its kind. Each check reads one line.
"""

from __future__ import annotations

import re

from . import comments

# A search box's placeholder, closed by an ellipsis ("Search The Herald...", "🔍 Search…"); a search of this
# thread or topic is an article tool.
SEARCH_BOX = re.compile(r"^(?:🔍\s*)?search(?: (?!this\b)[^:]{1,40}?)?\s*(?:\.\.\.|…)$", re.IGNORECASE)
# A search form with its fields ("Search Transcripts by show   by date"): "by" and the field's name.
SEARCH_FORM = re.compile(r"^search \w+(?: \w+)? by \w+\s{2,}by \w+$", re.IGNORECASE)
# A menu button: the hamburger sign, alone or with its word.
MENU_BUTTON = re.compile(r"^(?:☰|≡)(?:\s*menu)?$", re.IGNORECASE)
# A jump link to a part of the page ("Jump to", "Skip to content").
JUMP_TO = re.compile(r"^(?:jump to|skip to (?:main )?content|skip to main content)$", re.IGNORECASE)


def site_tool(text: str) -> str | None:
    """Return a reason when ``text`` is only a site tool (a search box, a menu button, a jump link), else None."""
    if SEARCH_BOX.match(text) or SEARCH_FORM.match(text):
        return "site tool: a search box of the site (navigation wherever, round 13)"
    if MENU_BUTTON.match(text):
        return "site tool: the menu button (navigation wherever, round 13)"
    if JUMP_TO.match(text):
        return "site tool: a jump link (navigation wherever, round 13)"
    return comments.jump_link(text)
