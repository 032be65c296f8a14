"""Round 13 (issue 11), second pass: an appeal names the site as "our" / "us" further on in its sentence.

Every line here is invented for the test.
"""

from __future__ import annotations

import pytest

from analysis.segmentation import prompts


@pytest.mark.parametrize(
    "text",
    [
        "Subscribe to our WhatsApp channel for the day's headlines.",
        "We have reported from the coast since 2009. Join the readers who keep our reporters on the road.",
        "Support the newsroom that keeps us independent.",
        "Sign up for our morning briefing",  # the particle next to the verb, as before
    ],
)
def test_appeals_to_the_reader(text: str) -> None:
    assert prompts.reader_appeal(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Watch the US response closely, the analyst said.",  # "US", the country, not the site
        '"Help the families of our village," the mayor said.',  # a quotation opens with its mark
        "Follow the river north. The road ends there. Our guide turned back. Join us, he said.",  # a long paragraph
    ],
)
def test_not_appeals(text: str) -> None:
    assert prompts.reader_appeal(text) is None
