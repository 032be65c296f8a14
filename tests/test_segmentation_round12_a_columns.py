"""Round 12 (issue 11): a print edition's narrow column lines are text, not link titles or headlines.

Every page and sentence here is invented for the test.
"""

from __future__ import annotations

from analysis.segmentation import column_text
from analysis.segmentation.labelling import label_lines


def test_hyphen_break_needs_a_lower_case_finish():
    assert column_text.hyphen_break("the ferry company was prepar-", "ing a new timetable for winter")
    assert not column_text.hyphen_break("Ferry company - ", "Winter timetable")
    assert not column_text.hyphen_break("Valley schools brace for", "shortage of drivers")


def test_column_wrap_needs_a_run_of_joined_lines():
    line = "The mayor of the small town said on Friday that"
    # Carried on by the next line, and the sentence runs over a third line: a column.
    assert column_text.column_wrap(
        line, "the bridge would reopen in the spring, after", below="repairs to two of its piers."
    )
    # A headline-shaped line over a lower-case furniture line, with nothing joined around them: no column.
    assert not column_text.column_wrap(
        "Mayor says bridge will reopen in the spring", "date 2021-03-04", above="All news", below="Home"
    )


PAGE = """THE LAKEVIEW GAZETTE | Friday, March 5, 2021
TOWN
Bridge to reopen in spring after pier repairs
By ANNA OSTROWSKI-PELL
LAKEVIEW — The mayor of the small town said on
Friday that the old stone bridge over the river would
reopen in April, after divers found cracks in two of
its piers during a routine inspection last summer.
Ferry operators, who carried commuters across the
river while the bridge was shut, said they would re-
duce their sailings again from the first of May.
In a statement issued on Friday, the council
said:
"The works are on time and within the budget."
Residents of the east bank had long complained that
the detour added forty minutes to each journey.
Page 3
"""


def test_column_page_keeps_its_lines_and_headline():
    kinds = {line.text: kind for line, kind, _ in label_lines(PAGE)}
    assert kinds["Bridge to reopen in spring after pier repairs"] == "headline"
    for text in (
        "Friday that the old stone bridge over the river would",
        "Ferry operators, who carried commuters across the",
        "river while the bridge was shut, said they would re-",
        "In a statement issued on Friday, the council",
        "said:",
        "Residents of the east bank had long complained that",
    ):
        assert kinds[text] == "body", text
    assert kinds["Page 3"] != "body"
