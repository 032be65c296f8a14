"""The resolved-source ruling of tests/gold/pages/README.md as the scorer applies it (invented names)."""

from __future__ import annotations

import pytest

from analysis.evaluation.scoring import normal_source, same_source


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Organisation for the Prohibition of Chemical Weapons", "OPCW"),
        ("WFP", "World Food Programme"),
        ("U.N. officials", "UN officials"),
        ("United Nations officials", "U.N. officials"),
        ("the Velmaar Harbour Workers' Union", "VHWU"),
        ("Norvasta's Central Bank", "Norvasta Central Bank"),
    ],
)
def test_an_acronym_equals_the_capitalised_words_it_abbreviates(predicted: str, gold: str) -> None:
    assert same_source(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("OPCW", "Organisation for Chemical Weapons"),  # a letter short
        ("VHW", "Velmaar Harbour Workers' Union"),  # the run must cover the whole name
        ("UN", "United nations"),  # a lower-case word is no initial
        ("Syria", "S"),
    ],
)
def test_other_names_stay_different(predicted: str, gold: str) -> None:
    assert not same_source(predicted, gold)


def test_normal_source_drops_the_dots_of_an_abbreviation() -> None:
    assert normal_source("The U.S. State Department") == "us state department"
    assert normal_source("Maj. Gen. Ivo Rask") == "maj. gen. ivo rask"


@pytest.mark.parametrize(
    "predicted,gold",
    [
        ("Russia", "Russian government"),
        ("Syrian government", "Syria"),
        ("the Syrian government", "Syria"),
        ("United States", "US government"),
        ("Turkey", "Turkish government"),
    ],
)
def test_a_state_and_its_government_are_one_referent(predicted, gold):
    """Annotators before the round-7 ruling wrote a capital standing for a government as '<adjective> government';
    the ruling writes the country: both name the state speaking as a state."""
    assert same_source(predicted, gold)


@pytest.mark.parametrize(
    "predicted,gold",
    [
        ("Russia", "Syrian government"),
        ("Russian Defence Ministry", "Russia"),
        ("Russia", "Russian opposition"),
        ("Syria", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_state_is_not_another_state_or_one_of_its_bodies(predicted, gold):
    assert not same_source(predicted, gold)
