"""Round 13 (issue 11), second pass: a menu of the site's sections set one item per line below the text.

Every page and line here is invented for the test.
"""

from __future__ import annotations

from analysis.segmentation import label_lines, link_roles


def test_section_run_needs_three_items_half_of_them_sections() -> None:
    assert link_roles.section_run(["World", "Politics", "Harbour Cams"]) is not None
    assert link_roles.section_run(["World", "Politics"]) is None  # too short for a menu
    assert link_roles.section_run(["Norvasta", "Floods", "World"]) is None  # tags: places and topics


PAGE = (
    "Harbour Times\n\n"
    "Storm keeps the fishing fleet in port for a third day\n\n"
    "The fishing fleet of Vardo stayed in port for a third day on Tuesday as a storm battered the coast, "
    "the harbour master said.\n\n"
    "Boats that left on Sunday were ordered back before dawn, and the ferry to the islands was cancelled.\n\n"
    "Forecasters expect the wind to ease by Thursday, when the fleet hopes to sail again.\n\n"
    "Privacy Policy\n\n"
    "World\n"
    "Politics\n"
    "Business\n"
    "Weather\n"
    "Harbour Cams\n\n"
    "Topics\n"
    "Vardo\n"
    "Fishing\n"
    "Storms\n"
)


def test_a_menu_of_sections_below_the_footer_is_navigation() -> None:
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    for item in ("World", "Politics", "Business", "Weather", "Harbour Cams"):
        assert kinds[item] == "navigation", item
    for tag in ("Vardo", "Fishing", "Storms"):
        assert kinds[tag] == "boilerplate", tag
    assert kinds["Privacy Policy"] == "boilerplate"
