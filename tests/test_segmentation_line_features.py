"""The shared per-line features (issue 18, speed17b): each fact is what the rules' own patterns answer."""

from __future__ import annotations

import pytest

from analysis.segmentation import line_features, rules
from analysis.segmentation.line_features import features

# Invented lines of the shapes the rules meet: prose, a menu, a stamp, a footnoted sentence, a quotation, empty.
LINES = [
    "The ferry company said on Monday that crossings would resume.",
    "Home | Weather | Harbour news",
    "12 March 2031, 09:40",
    "Grain prices rose again last week.[7]",
    "“We will not wait,” she said.”",
    "Tide tables — Northport",
    "word",
    "",
    "Lighthouse  keepers",
    "Co-op's well-known tea-room re-opens",
    "STRASSE’S Harbour Café reopens",
]


@pytest.mark.parametrize("text", LINES)
def test_features_answer_as_the_patterns(text: str) -> None:
    found = features(text)
    assert found.words == tuple(rules.WORD.findall(text))
    assert found.word_count == len(rules.WORD.findall(text))
    assert found.ends_sentence == bool(rules.SENTENCE_END.search(text))
    assert found.separated == bool(rules.ANY_SEPARATOR.search(text))
    assert found.folded_words == tuple(rules.WORD.findall(text.casefold().replace("’", "'")))
    assert found.lowered == text.lower()


@pytest.mark.parametrize("text", ["\u0130zmir harbour notice", "Ferry \u212aelvin Street", "ſhip", "The ıce road"])
def test_a_line_holding_an_ascii_twin_has_no_lowered_text(text: str) -> None:
    # re.IGNORECASE matches these with an ASCII letter, which the lower-cased text does not show: no gate may use it.
    assert features(text).lowered is None


def test_rules_share_the_features_patterns() -> None:
    # rules re-exports the patterns: one definition for the record and every rule that still searches itself.
    assert rules.WORD is line_features.WORD
    assert rules.SENTENCE_END is line_features.SENTENCE_END
    assert rules.ANY_SEPARATOR is line_features.ANY_SEPARATOR


def test_features_are_read_once_per_text() -> None:
    text = "An invented line read by several rules, once."
    assert features(text) is features(text)


# Invented lines: a case field, a print-run position, a licence notice, a disclaimer quoted and not, prose.
RECORD_LINES = [
    "Counsel: J. Example for the appellant",
    "Document 4 of 19",
    "For the internal use of subscribers only.",
    "These views do not necessarily reflect the views of the harbour board",
    "The minister said the figures do not reflect the views of the board.",
    "End of document",
    "The ferry left Northport at dawn.",
    "[Translated from Norwegian]",
    "İstanbul court: hearing dates set",
]


@pytest.mark.parametrize("text", RECORD_LINES)
def test_gated_record_kind_answers_as_every_pattern(text: str) -> None:
    from analysis.segmentation import record_metadata

    expected = next(
        (
            (kind, f"a record's own metadata: {note}")
            for kind, pattern, note in record_metadata._patterns()
            if kind not in ("format", "section") and pattern.search(text)
        ),
        None,
    )
    if expected is None and (reason := record_metadata.format_note(text)):
        expected = ("format", reason)
    assert record_metadata._record_kind.__wrapped__(text) == expected
