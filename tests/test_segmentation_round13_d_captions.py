"""Round 13 (issue 11), second pass: a caption sentence with its credit after the full stop.

Every line here is invented for the test.
"""

from __future__ import annotations

import pytest

from analysis.segmentation import credits, label_lines


@pytest.mark.parametrize(
    "text",
    [
        "Fishing boats lie idle in the harbour of Vardo on Tuesday. Photo: Lina Berg",
        "Fishing boats lie idle in the harbour of Vardo on Tuesday. NPA/Lina Berg",
        "Fishing boats lie idle in the harbour of Vardo on Tuesday. | FILE",
        "Fishing boats lie idle in the harbour of Vardo on Tuesday. Staff photo by LINA BERG",
        "Members of the council meet in the old town hall. Image: council video screenshot",
    ],
)
def test_caption_with_a_trailing_credit(text: str) -> None:
    assert credits.trailing_credit(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master said the boats would stay in port. Reuters",  # no slash, bar or photo label
        "Ref. 2210/4",  # a notice number, no caption sentence
        "© 2031 The Harbour Times. All rights reserved. | Privacy | Terms",  # a footer
        "NEWS   N. SPORT/LEISURE   WORLD   CULTURE",  # a menu
        "The harbour reopened on Monday. Boats left at dawn.",  # two sentences
        "The storm hit the coast early on Monday. Photo: 14 images",  # digits: a gallery counter
    ],
)
def test_lines_that_are_not_captions(text: str) -> None:
    assert credits.trailing_credit(text) is None


def test_a_credited_caption_among_story_titles_is_a_caption() -> None:
    raw = (
        "Harbour Times\n\n"
        "Storm keeps the fishing fleet in port for a third day\n\n"
        "The fishing fleet of Vardo stayed in port for a third day on Tuesday as a storm battered the coast, "
        "the harbour master said.\n\n"
        "Boats that left on Sunday were ordered back before dawn, and the ferry to the islands was cancelled.\n\n"
        "Fishing boats lie idle in the harbour of Vardo on Tuesday. NPA/Lina Berg\n"
        "Forecasters expect the wind to ease by Thursday, when the fleet hopes to sail again.\n\n"
        "The harbour master said the quay had held, though two sheds were damaged.\n"
    )
    kinds = {line.text: kind for line, kind, _ in label_lines(raw)}
    assert kinds["Fishing boats lie idle in the harbour of Vardo on Tuesday. NPA/Lina Berg"] == "caption"
    assert kinds["The harbour master said the quay had held, though two sheds were damaged."] == "body"


def test_an_ad_slot_label_beside_a_credit_stays_furniture() -> None:
    raw = (
        "Harbour Times\n\n"
        "Storm keeps the fishing fleet in port for a third day\n\n"
        "The fishing fleet of Vardo stayed in port for a third day on Tuesday as a storm battered the coast, "
        "the harbour master said.\n\n"
        "Waves break over the pier in Vardo on Tuesday.\n"
        "Lina Berg/Harbour Times\n"
        "Video Ad Feedback\n\n"
        "Boats that left on Sunday were ordered back before dawn, and the ferry to the islands was cancelled.\n\n"
        "Ad Feedback\n\n"
        "Forecasters expect the wind to ease by Thursday, when the fleet hopes to sail again.\n\n"
        "Ad Feedback\n"
    )
    labelled = [(line.text, kind) for line, kind, _ in label_lines(raw)]
    assert ("Lina Berg/Harbour Times", "caption") in labelled
    assert ("Waves break over the pier in Vardo on Tuesday.", "caption") in labelled
    assert [kind for text, kind in labelled if text.endswith("Ad Feedback")] == ["boilerplate"] * 3
