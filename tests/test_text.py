"""Sentences, tokens and quotation spans; the offsets invariant on arbitrary text."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.text import (
    TOKEN_AFTER_GAP,
    TOKENIZER,
    find_quotes,
    normalise_token,
    sentence_spans,
    text_layer,
    token_spans,
    tokenize,
)
from conftest import make_study


def sentences_of(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, 0, len(text))]


def tokens_of(text: str) -> list[str]:
    return [text[s:e] for s, e in token_spans(text, 0, len(text))]


def quotes_of(text: str) -> list[tuple[str, int, bool]]:
    paragraphs, start = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((start, start + len(part)))
        start += len(part) + 2
    return [(text[q["start"] : q["end"]], q["depth"], q["closed"]) for q in find_quotes(text, paragraphs)]


def test_closing_curly_quote_stays_with_its_sentence():
    text = "He said it was “over.” Then he left. “We won,” she said."
    assert sentences_of(text) == ["He said it was “over.”", "Then he left.", "“We won,” she said."]


def test_listed_abbreviations_do_not_end_sentences():
    text = "Sen. Jane Roe met Gen. John Doe in the U.S. capital on Jan. 5. They talked."
    assert sentences_of(text) == ["Sen. Jane Roe met Gen. John Doe in the U.S. capital on Jan. 5.", "They talked."]


def test_tokens_split_possessives_and_keep_compounds_numbers_initialisms():
    assert tokens_of("Syria’s al-Sham killed 350,000 in the U.S. (3.5%) Hay'at don't") == [
        "Syria",
        "’s",
        "al-Sham",
        "killed",
        "350,000",
        "in",
        "the",
        "U.S.",
        "(",
        "3.5%",
        ")",
        "Hay'at",
        "don't",
    ]


def test_normalised_form_folds_case_and_apostrophes():
    assert normalise_token("Al-Sham") == normalise_token("al-Sham") == "al-sham"
    assert normalise_token("Hay’at") == "hay'at"


def test_nested_quotes_and_apostrophes():
    text = "He said “the ‘use of chemical weapons’ by Moscow’s forces” was staged."
    assert quotes_of(text) == [
        ("the ‘use of chemical weapons’ by Moscow’s forces", 1, True),
        ("use of chemical weapons", 2, True),
    ]


def test_straight_double_quotes_pair_up():
    text = 'She called it "reckless" and "dangerous".'
    assert quotes_of(text) == [("reckless", 1, True), ("dangerous", 1, True)]


def test_quote_continued_into_the_next_paragraph_is_one_span():
    text = "“We will respond strongly.\n\n“And we will not wait,” he said."
    ((content, depth, closed),) = quotes_of(text)
    assert content == "We will respond strongly.\n\n“And we will not wait,"
    assert (depth, closed) == (1, True)


def test_unclosed_quote_ends_with_its_paragraph():
    text = "He said “this never ends\n\nA new paragraph without quotes."
    assert quotes_of(text) == [("this never ends", 1, False)]


def test_voice_marks_only_words_inside_top_level_quotes():
    # The study's three voices (analysis/voices.py): quotation inside the top-level marks (a nested
    # quote included), paraphrase in the rest of the attribution's content, narration elsewhere.
    raw = (
        "A headline for the story\n\nThe minister said the plan was “a disaster for ‘the people’” today.\n\n"
        "The town was calm.\n"
    )
    study = make_study({"a": raw})
    voices = dict(zip(study.tokens["text"], study.tokens["voice"]))
    assert voices["disaster"] == "quotation" and voices["people"] == "quotation"
    assert voices["plan"] == "paraphrase" and voices["today"] == "paraphrase"
    assert voices["minister"] == "narration" and voices["town"] == "narration"


def test_seed_tables_satisfy_the_offsets_invariant(seed_study):
    for name in ("segments", "sentences", "tokens", "quotes"):
        table = getattr(seed_study, name)
        assert len(table) > 0
        for article_id, start, end, text in zip(table["article_id"], table["start"], table["end"], table["text"]):
            assert seed_study.raw[article_id][start:end] == text, (name, article_id, start)


def test_sentences_cover_body_text_only(seed_study):
    body = seed_study.segments[seed_study.segments["kind"] == "body"]
    spans = {(a, s, e) for a, s, e in zip(body["article_id"], body["start"], body["end"])}
    for article_id, segment_id, start, end in zip(
        *(seed_study.sentences[c] for c in ("article_id", "segment_id", "start", "end"))
    ):
        seg = body[(body["article_id"] == article_id) & (body["segment_id"] == segment_id)]
        assert len(seg) == 1 and seg["start"].iat[0] <= start < end <= seg["end"].iat[0]
    assert spans


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_offsets_invariant_on_arbitrary_unicode(raw):
    layer = text_layer("x", raw, [(0, 0, len(raw))])
    for name in ("sentences", "tokens", "quotes"):
        frame = layer[name]
        for start, end, text in zip(frame["start"], frame["end"], frame["text"]):
            assert 0 <= start <= end <= len(raw)
            assert raw[start:end] == text
    tokens = layer["tokens"]
    assert list(tokens["start"]) == sorted(tokens["start"])
    assert all(not text.isspace() for text in tokens["text"])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\n"), min_size=1, max_size=80),
        min_size=1,
        max_size=6,
    )
)
def test_segments_cover_arbitrary_pages(lines):
    from analysis.segmentation import segment_article

    raw = "\n\n".join(lines)
    segments = segment_article("x", raw)
    for start, end, text in zip(segments["start"], segments["end"], segments["text"]):
        assert raw[start:end] == text and text == text.strip() and text
    covered = sum(end - start for start, end in zip(segments["start"], segments["end"]))
    assert covered <= len(raw)


def test_no_white_space_character_is_a_token():
    # Every character Python calls white space is a separator, never a token of its own
    # (so the text layer needs no filter after the tokenizer).
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert len(spaces) > 20  # tabs, newlines, the ASCII separators U+001C-U+001F, no-break and ideographic spaces
    for space in spaces:
        assert tokenize(f"a{space}b") == ["a", "b"], hex(ord(space))


def test_token_spans_search_inside_the_raw_text_as_if_sliced():
    raw = "xx U.S.’s al-Sham, 3.5% yy"
    for start, end in [(3, 22), (4, 10), (0, len(raw)), (9, 9)]:
        expected = [(start + s, start + e) for s, e in (m.span() for m in TOKENIZER.finditer(raw[start:end]))]
        assert token_spans(raw, start, end) == expected


def test_the_gap_before_a_token_is_exactly_the_characters_no_token_starts_with():
    # TOKEN_AFTER_GAP finds each token after "[\s_]*": that must be every character at which the
    # tokenizer finds no token (else a gap would swallow one, or a token would be missed).
    gap = TOKEN_AFTER_GAP.pattern.split("(")[2].rstrip(")")
    no_token = [chr(code) for code in range(sys.maxunicode + 1) if not TOKENIZER.match(chr(code))]
    assert gap == r"[\s_]*" and no_token == [c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() or c == "_"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9_ .,'’sS-%:\n\t\u00a0“”é٣")), max_size=120))
def test_token_offsets_are_the_tokenizer_spans_of_every_sentence(raw):
    tokens = text_layer("x", raw, [(0, 0, len(raw))])["tokens"]
    expected = [m.span() for s, e in sentence_spans(raw, 0, len(raw)) for m in TOKENIZER.finditer(raw, s, e)]
    assert list(zip(tokens["start"], tokens["end"])) == expected
