"""Round 19 (issue 11): the attribution grammar of statement pages, letters and channel digests, each rule on an
invented sentence (none copied from the gold pages): a named paper or a relative pronoun as the subject of an
``-s`` cue before "that", an as-clause with a time adverbial or post-posed after a comma, nested requests, a
possessed claim inside another cue's object, ``posted`` / ``reposted`` / ``repeated`` / ``promised`` as cues in
their frames only, a participle on a document, a coordinated cue after an act, a ``citing`` parenthetical and a
floating quotation in another script."""

from __future__ import annotations

from conftest import attributions_of_paragraphs as extract
from conftest import speaker_cue_content as rows

# Paragraphs around the sentence under test, so that a short test page reads as an article body.
LEAD = "The council met on Monday to discuss the ferry, the bridge and the cost of both projects."
TAIL = "The mayor will speak on Friday about the budget, the pool and the new ferry timetable."


def around(*paragraphs: str) -> list[str]:
    return [LEAD, *paragraphs, TAIL]


def test_a_named_paper_before_claims_that_is_the_subject_of_the_verb() -> None:
    found = extract(*around("The piece in the Kestrel Herald claims that the bridge will close in June."))
    assert rows(found) == [["the Kestrel Herald", "claims", "the bridge will close in June"]]


def test_which_before_claims_that_is_the_subject_of_the_verb() -> None:
    found = extract(*around("We have read the leaflet of the Green Party, which claims that taxes will rise."))
    assert rows(found) == [["the Green Party", "claims", "taxes will rise"]]


def test_an_as_clause_with_a_date_introduces_the_quotation() -> None:
    found = extract(*around('As the city spokesman noted on 3 September, "the bridge is safe and will stay open".'))
    assert rows(found) == [["the city spokesman", "noted", "the bridge is safe and will stay open"]]
    assert found["mode"].tolist() == ["direct"]


def test_a_postposed_as_clause_attributes_the_clause_before_the_comma() -> None:
    found = extract(
        *around(
            "The harbour has no cranes left, as the port board confirmed in March when the last one was sold.",
            "The shelters near the river are already full, as the county itself admits.",
        )
    )
    assert rows(found) == [
        ["the port board", "confirmed", "The harbour has no cranes left"],
        ["the county itself", "admits", "The shelters near the river are already full"],
    ]


def test_an_as_clause_with_an_object_or_no_speaker_is_left_alone() -> None:
    found = extract(
        *around(
            "The ferry will run again on Sunday, as promised.",
            "Floods closed the road, as the town appealed to donors for help with the repairs.",
        )
    )
    assert [row[2] for row in rows(found)] != ["Floods closed the road"]
    assert "Floods closed the road" not in found["content"].tolist()


def test_a_nested_request_in_the_past_perfect_is_a_row() -> None:
    found = extract(*around("The council said it had asked the ministry for an extra grant."))
    assert rows(found) == [
        ["The council", "said", "it had asked the ministry for an extra grant"],
        ["it", "asked", "the ministry for an extra grant"],
    ]


def test_a_possessed_claim_inside_another_cue_is_a_second_row() -> None:
    found = extract(*around("Radio Fenwick later repeated the Harbour Club's claim that the ferry had sunk at dawn."))
    assert rows(found) == [
        ["Radio Fenwick", "repeated", "the Harbour Club's claim that the ferry had sunk at dawn"],
        ["the Harbour Club", "claim", "the ferry had sunk at dawn"],
    ]


def test_a_possessed_claim_of_a_plural_name_after_repeated() -> None:
    found = extract(*around("Several local channels on Monday repeated Harbour Notes' claim that pirates were near."))
    assert rows(found) == [
        ["Several local channels", "repeated", "Harbour Notes' claim that pirates were near"],
        ["Harbour Notes", "claim", "pirates were near"],
    ]


def test_a_possessed_claim_outside_a_report_is_no_row() -> None:
    found = extract(*around("The Harbour Club's claim that the ferry had sunk was wrong, the divers found."))
    assert "claim" not in found["cue"].tolist()


def test_posted_and_promised_report_only_in_their_frames() -> None:
    found = extract(
        *around(
            "Radio Fenwick, a channel run from the port, posted that the ferry had been held for six hours.",
            "The mayor promised to keep looking for a buyer for the old shipyard.",
            "Donors promised $30 million for the new hospital wing last spring.",
            "Radio Fenwick posted a short clip of the quay and the pier at night.",
        )
    )
    assert rows(found) == [
        ["Radio Fenwick", "posted", "the ferry had been held for six hours"],
        ["The mayor", "promised", "to keep looking for a buyer for the old shipyard"],
    ]


def test_a_participle_on_a_document_is_no_cue() -> None:
    found = extract(*around("The club wrote in a statement posted to its site on Sunday that the pier was closed."))
    assert found["cue"].tolist() == ["wrote"]


def test_a_cue_after_an_act_and_a_participle_clause_shares_the_subject() -> None:
    found = extract(
        *around(
            "Radio Fenwick posted a short clip of the harbour master, Ola Berg, leaving the quay, and wrote that"
            ' he had "refused to talk".'
        )
    )
    assert rows(found) == [["Radio Fenwick", "wrote", 'he had "refused to talk']]


def test_a_citing_parenthetical_with_a_quotation_is_skipped_for_the_speaker() -> None:
    found = extract(*around('Radio Fenwick, citing "a source in the harbour office", wrote that the ferry was held.'))
    assert rows(found) == [["Radio Fenwick", "wrote", "the ferry was held"]]


def test_a_floating_quotation_in_another_script_is_no_row() -> None:
    found = extract(*around('"Мост закрыт. Паром стоит у причала. Никто не пострадал."'))
    assert found.empty
