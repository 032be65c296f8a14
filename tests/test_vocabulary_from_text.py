"""The vocabulary comparison from body text counts what the full pipeline counts (issue 18).

``analysis.vocabulary.from_text`` skips sentence splitting and quotation finding; its term counts and
its keyness table must be those of ``term_tokens(text_layer_study(body))``, on invented edge cases
(where a sentence boundary cuts a token) and on the benchmark's realistic corpus.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import vocabulary
from analysis.bench import text_layer_study
from analysis.bench_corpus import realistic_articles
from analysis.text import TOKENIZER, text_records
from analysis.vocabulary.from_text import POSSIBLE_CUT, TOKENS, body_tokens, keyness_from_text, term_counts

# Punkt ends a sentence before the apostrophe and text.LEADING_CLOSERS hands it to that sentence, so the
# text layer has "'" and "s" where a pass over the whole text finds the possessive "'s".
CUT_BY_A_SENTENCE_END = [
    "He stopped. 's Gravenhage is Dutch.",
    "It grew.'s worth noting.",
    "“He left.” ’s it.",
    "Was it?)’s end",
]


def layer_tokens(text: str) -> list[str]:
    """Return the token texts the text layer finds in ``text`` (one paragraph)."""
    return text_records("a", text, [(0, 0, len(text))])["tokens"][0]["text"]


@pytest.fixture(scope="module")
def bench_body(seed_study) -> pd.DataFrame:
    """Return 80 pages of the realistic benchmark corpus (5 outlets), whole pages taken as body text."""
    pages = realistic_articles(seed_study, 80, seed=3)
    return pd.DataFrame({"article_id": pages["article_id"], "outlet": pages["outlet"], "text": pages["raw"]})


@pytest.mark.parametrize("text", CUT_BY_A_SENTENCE_END)
def test_a_possessive_cut_by_a_sentence_end_is_counted_as_the_text_layer_counts_it(text):
    assert TOKENIZER.findall(text) != layer_tokens(text)  # the case the fast path must not take
    assert POSSIBLE_CUT.search(text)
    assert body_tokens(text) == layer_tokens(text)


@pytest.mark.parametrize("text", ["Tom's dog's bone.", "The U.S.’s policy changed.", "No quote here, 3.5% in 2011."])
def test_the_whole_text_pass_gives_the_text_layer_tokens(text):
    assert TOKENS.groups == 1  # the layer's pattern with the gap not captured
    assert TOKENS.findall(text) == TOKENIZER.findall(text) == layer_tokens(text) == body_tokens(text)


def test_possessives_after_letters_take_the_fast_path():
    assert POSSIBLE_CUT.search("Tom's dog's bone.") is None
    assert POSSIBLE_CUT.search("the U.S.’s policy") is not None


def test_every_page_gives_the_text_layer_tokens(bench_body):
    for text in bench_body["text"]:
        assert body_tokens(text) == layer_tokens(text)


def test_term_counts_per_outlet_equal_the_full_pipeline(bench_body):
    tokens = vocabulary.term_tokens(text_layer_study(bench_body))
    expected = tokens.groupby(["outlet", "term"], sort=True).size()
    counts = term_counts(bench_body).set_index(["outlet", "term"])["count"]
    assert len(expected) > 5_000 and bench_body["outlet"].nunique() == 5
    assert counts.index.tolist() == expected.index.tolist()
    assert np.array_equal(counts.to_numpy(), expected.to_numpy())


def test_term_counts_keep_the_edge_cases_as_the_text_layer_splits_them():
    body = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "text": CUT_BY_A_SENTENCE_END[:2]})
    counts = term_counts(body)
    expected = vocabulary.term_tokens(text_layer_study(body)).groupby(["outlet", "term"], sort=True).size()
    assert counts["count"].tolist() == expected.tolist()
    assert "'s" not in set(counts["term"]) and "s" in set(counts["term"])


@pytest.mark.parametrize("modes", [("one_vs_rest",), ("pairwise", "one_vs_rest")])
def test_keyness_from_text_is_the_full_pipeline_table(bench_body, modes):
    expected = vocabulary.keyness(vocabulary.term_tokens(text_layer_study(bench_body)), voices=("all",), modes=modes)
    table = keyness_from_text(bench_body, modes=modes)
    pd.testing.assert_frame_equal(table, expected)
    assert table.to_csv(index=False) == expected.to_csv(index=False)
    assert table["target_dp"].notna().any()
