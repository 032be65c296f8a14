"""The one definition of a name's initials, shared by the acronym resolver and the handle reader."""

from analysis.sourcing.handles import handle_body
from analysis.sourcing.initials import initials


def test_initials_take_the_capitalised_words_first_letters() -> None:
    assert initials("Coastal Flood Warning Office") == "CFWO"
    assert initials("Office for Harbour Safety") == "OHS"
    assert initials("lower case only") == ""


def test_a_handle_reads_its_body_by_the_same_initials() -> None:
    raw = "The Coastal Flood Warning Office said the river would crest at noon, per @CFWO_Dunmere."
    assert handle_body(raw, "@CFWO_Dunmere") == "Coastal Flood Warning Office"
