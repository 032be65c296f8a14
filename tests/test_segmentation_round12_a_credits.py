"""Round 12 (issue 11): a credit line is never the headline.

Every page and line here is invented for the test.
"""

from __future__ import annotations

from analysis.segmentation.headline_rules import credit_kind, credit_line
from analysis.segmentation.labelling import label_lines


def test_credit_line_needs_a_copyright_sign_or_a_role_by_names():
    assert credit_line("The mayor at the reopened bridge © Lakeview Gazette / Ola Berg")
    assert credit_line("Reporting by Lena Okafor and Piet Maas · Graphics: Ana Sousa")
    assert not credit_line("Bridge struck by runaway barge reopens")
    assert not credit_line("Hit by floods: the river towns count the cost")
    assert credit_kind("Mayor © Gazette") == "caption"
    assert credit_kind("Reporting by Lena Okafor") == "boilerplate"


PAGE = """Lakeview Gazette
Town   Region   Sport
Barge operators accused of hiding cargo from inspectors
04.03.2021 | 09:12
Image not available
Harbour master Ivo Sand at the river quay in Lakeview © Lakeview Gazette / Ola Berg
LAKEVIEW, March 4. Eleven barges switched off their transponders near the river mouth, the harbour master said.
Seven of them later unloaded at a private quay that the port authority does not list.
"""


def test_caption_credit_under_the_headline():
    labelled = [(line.text, kind) for line, kind, _ in label_lines(PAGE)]
    assert [text for text, kind in labelled if kind == "headline"] == [
        "Barge operators accused of hiding cargo from inspectors"
    ]
    assert (
        dict(labelled)["Harbour master Ivo Sand at the river quay in Lakeview © Lakeview Gazette / Ola Berg"]
        == "caption"
    )
