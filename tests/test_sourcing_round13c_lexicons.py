"""Round-13 third pass (issue 11): the spelling variants of bodies' head nouns read from their data file."""

from __future__ import annotations

from analysis.sourcing.lexicons import spelling_variants
from analysis.sourcing.resolution import _head_phrase


def test_spelling_variants_map_american_to_british_heads() -> None:
    assert spelling_variants()["center"] == "centre"
    assert spelling_variants()["defense"] == "defence"


def test_a_head_phrase_is_written_in_british_spelling() -> None:
    assert _head_phrase("Russian Center for Syrian Reconciliation") == ["russian", "centre"]
    assert _head_phrase("Port Authority") == ["port", "authority"]
