"""Round 15 (issue 11): a "that" after a participle cue in the words after a cue ("said messages claiming that
...") is the participle's, so the first cue's content opens at its object. Invented sentences."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract


def test_the_content_keeps_the_participles_object() -> None:
    found = extract("The harbour police said leaflets claiming that the ferry would sink were printed abroad.")
    said = found[found["cue"] == "said"]
    assert said["content"].tolist() == [
        "leaflets claiming that the ferry would sink were printed abroad",
    ]


def test_a_that_right_after_the_cue_still_opens_the_content() -> None:
    found = extract("The harbour police said that leaflets were printed abroad.")
    assert found[["cue", "content"]].values.tolist() == [["said", "leaflets were printed abroad"]]
