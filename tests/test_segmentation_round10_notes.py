"""Round-10 cleaning rule of issue 11, on invented pages (none copied from the gold pages): a label
over a sentence closed by a full stop ("Editor's note: ... could not verify ...") set between two
paragraphs of the story is a note on the text, kept as body when on topic; a label over a title
("Related: ...") stays a teaser; a title between furniture lines over its source's name is a teaser item."""

from __future__ import annotations

from analysis.segmentation import segment_article, topical_prose

PARA = "The harbour board said on Monday that the winter ferry crossings to the outer islands would end in March."
PARA2 = "Islanders said the end of the ferry crossings would leave the outer islands without a winter link."
PARA3 = "The union representing the ferry crews said it would ask the harbour board to reverse the decision."
NOTE = "Editor's note: The Island Gazette could not independently verify the harbour board's ferry figures."
TEASER = "Related: Harbour board approves new ferry terminal for the outer islands"


def kinds(raw: str) -> dict[str, str]:
    """Return line text -> kind of a page labelled by the rules."""
    frame = segment_article("t10n", raw)
    return dict(zip(frame["text"], frame["kind"], strict=True))


def test_labelled_sentence_is_no_teaser() -> None:
    assert not topical_prose.teaser_label(NOTE)
    assert not topical_prose.teaser_label("Update: The board met again on Tuesday.")
    assert topical_prose.teaser_label(TEASER)
    assert topical_prose.teaser_label("Read more: Why the islands fear a winter without ferries")


def test_on_topic_note_between_paragraphs_stays_body_and_teaser_does_not() -> None:
    raw = f"""Island Gazette
News   Islands   Harbour   Opinion
Harbour board to end winter ferry crossings to the outer islands

{PARA}

{NOTE}

{PARA2}

{TEASER}

{PARA3}

Island Gazette 2024. All rights reserved.
"""
    labelled = kinds(raw)
    assert labelled[NOTE] == "body"
    assert labelled[TEASER] != "body"
    assert labelled[PARA3] == "body"


def test_teaser_titles_over_their_sources_between_paragraphs() -> None:
    raw = f"""Island Gazette
News   Islands   Harbour   Opinion
Harbour board to end winter ferry crossings to the outer islands

{PARA}
Sponsored
Five garden mistakes that cost you money every spring
GreenThumb Tips
{PARA2}

{PARA3}

What the islanders want
The islanders asked the harbour board for a smaller boat in place of the winter crossings.

Island Gazette 2024. All rights reserved.
"""
    labelled = kinds(raw)
    assert labelled["Five garden mistakes that cost you money every spring"] == "boilerplate"
    # A sub-heading over its paragraph stays body; so do the paragraphs around the teasers.
    assert labelled["What the islanders want"] == "body"
    assert labelled[PARA2] == "body"
    assert labelled[PARA3] == "body"
