"""Speed19 (issue 18): patterns rewritten for speed find exactly what their earlier form found.

A leading word boundary before a capital ("\\b[A-Z]") keeps ``re`` from skipping ahead to a candidate
character; the rewritten patterns test it after that character ("[A-Z](?<!\\w[A-Z])"). Each is compared here with
its earlier form on invented text holding the boundary's edge cases: a text's start, a capital after a letter, a
digit, an underscore, a letter outside ASCII, an apostrophe or a hyphen. The reader-form gate of
:func:`analysis.segmentation.explainers.form_fields` is checked on invented separators the same way.
"""

from __future__ import annotations

import re

import pytest

from analysis.segmentation import explainers
from analysis.sourcing import outlet_staff, resolution

# The patterns as they were written before speed19 (the source's text at the time).
EARLIER = {
    "CAPITALISED_WORD": r"\b[A-Z][\w-]+",
    "BODY_ACRONYM": r"\b[A-Z]{2,6}\b",
    "PLACE_OF": r"\bthe[^\S\r\n]+([A-Z][\w-]*)[^\S\r\n]+(?:[a-z]+[^\S\r\n]+){1,2}of[^\S\r\n]+([A-Z][\w’'-]*)\b",
    "POSSESSED_BODY": r"\b([A-Z][\w-]*[a-z])['’]s[^\S\r\n]+((?:[A-Z][\w&'’-]*[^\S\r\n]+(?:(?:of|for)[^\S\r\n]+"
    r"(?:the[^\S\r\n]+)?)?){1,5}[A-Z][\w&'’-]*[a-z])\b",
    "BODY_OF_STATE": r"\b((?:[A-Z][\w&'’-]*[^\S\r\n]+){1,5}[A-Z][\w&'’-]*[a-z])[^\S\r\n]+of[^\S\r\n]+"
    r"(?:the[^\S\r\n]+)?([A-Z][\w-]*[a-z])\b(?![^\S\r\n]+[A-Z])",
    "COPULAR_POST": r"\b((?:[A-Z][\w'’-]+[^\S\r\n]){1,3}[A-Z][\w'’-]+)(?:,[^.\r\n]{1,120}?,)?[^\S\r\n]+"
    r"(?:is|was|has[^\S\r\n]+been|had[^\S\r\n]+been)[^\S\r\n]+"
    r"((?:the|a|an|[A-Z][\w-]*['’]s)[^\S\r\n]+(?:[a-z][\w-]*[^\S\r\n]+){0,3}?[a-z][\w-]*)"
    r"(?=[^\S\r\n]+(?:of|in|at|to|for|since)\b|[.,;])",
}
NOW = {name: getattr(resolution, name) for name in EARLIER}

# Invented sentences; every capital stands once at a word's start and once after each kind of character.
TEXTS = [
    "Quentor's Maritime Safety Board said the Orvish port of Tallmere would reopen.",
    "The Harbour Licensing Office of Quentor confirmed it. xQuentor's Board and _Quentor's Board did not.",
    "Dalia Pemberton Voss has been the chief harbour engineer since 2020, staff said.",
    "9Dalia Pemberton has been the chief engineer since 2020; éDalia Pemberton was a pilot. Ada Ro is Quentor's envoy.",
    "the Orvish town of Bellmarch; xthe Orvish town of Bellmarch; 2the Orvish city of Ferrow; the-Orvish port of X.",
    "QMSB and the OTB met; aQMSB, _OTB, 7OTB, 'OTB, -OTB and ÅOTB did not; ABCDEFG is too long.",
    "Quentor",
    "AB",
    "Lakeside TV and Harbour Channel TV aired it; xLakeside TV, 'Lakeside TV and éLakeside TV did not.",
    "Ferrow-Upon-Sea's Water Authority of the Coast\nThe Pilot Guild of Quentor, and the Tug Guild of Orvia Bay said.",
]


def _matches(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize("name", sorted(EARLIER))
def test_rewritten_resolution_patterns_find_what_they_found(name: str) -> None:
    earlier = re.compile(EARLIER[name])
    assert not NOW[name].pattern.startswith("\\b")
    found = [_matches(NOW[name], text) for text in TEXTS]
    assert found == [_matches(earlier, text) for text in TEXTS]
    assert any(found)  # the invented texts hold what each pattern finds


def test_named_tv_finds_what_it_found() -> None:
    earlier = re.compile(rf"\b({outlet_staff.NAME}[^\S\r\n]+TV)\b")
    found = [_matches(outlet_staff.NAMED_TV, text) for text in TEXTS]
    assert found == [_matches(earlier, text) for text in TEXTS]
    assert any(found)  # the invented texts hold names ending in "TV"


def _earlier_form_fields(text: str) -> bool:
    items = [item.strip().casefold() for item in explainers._FIELD_SEPARATOR.split(text.strip()) if item.strip()]
    return len(items) >= 2 and all(item in explainers._reader_form()["field"] for item in items)


@pytest.mark.parametrize(
    "text",
    [
        "Name   Email   Your question",
        "Name|Email",
        "Name | Email | Submit",
        "Name\t Email",
        "Name\u00a0\u00a0Email",
        "Name Email",
        "  Name  ",
        "|",
        "Ask us a question about the harbour reopening and we will answer it here.",
    ],
)
def test_form_fields_gate_keeps_the_answer(text: str) -> None:
    assert explainers.form_fields(text) == _earlier_form_fields(text)
