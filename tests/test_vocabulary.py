"""Vocabulary: normalisation, counts and rates, keyness tables for N outlets,
text statistics, n-grams and collocations, KWIC. Expected values are worked
out by hand from invented articles (counts written out below)."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.collocations import BigramAssocMeasures, BigramCollocationFinder

from analysis import vocabulary as v
from analysis.vocabulary import charts
from analysis.vocabulary.coding import _codes32, _column_codes32, _unique
from analysis.vocabulary.diversity import _previous_position
from analysis.vocabulary.ngrams import STRING, _sorted_ngrams
from conftest import make_study

# Outlet A, article a1 (body only; the first line is the headline):
#   s0 "Police said the men were arrested on Monday."                       8 words
#   s1 "The mayor called it “a good day for the city” and thanked police."  13 words, 6 quoted
#   s2 "The police chief said more arrests could follow."                    8 words
# Outlet B, article b1:
#   "The storm hit the coast on Tuesday. Officials said the storm was strong."  13 words
TEXTS = {
    "a1": "Police arrest two men in city raid\n\n"
    "Police said the men were arrested on Monday. The mayor called it “a good day for the city” and thanked police.\n\n"
    "The police chief said more arrests could follow.\n",
    "b1": "Storm hits coast\n\nThe storm hit the coast on Tuesday. Officials said the storm was strong.\n",
}
OUTLETS = {"a1": "Outlet A", "b1": "Outlet B"}


@pytest.fixture(scope="module")
def study():
    return make_study(TEXTS, OUTLETS)


@pytest.fixture(scope="module")
def tokens(study):
    return v.term_tokens(study)


# --- normalisation and stop words ---------------------------------------------------


def test_normalisation_casefolds_and_straightens_apostrophes():
    assert v.normalise_term("Al-Sham") == v.normalise_term("al-Sham") == "al-sham"
    assert v.normalise_term("Hay’at") == "hay'at"
    assert v.normalise_term("’s") == "'s"
    assert v.normalise_term("STRASSE") == v.normalise_term("straße")  # casefold, not lower
    assert v.normalise_term("Cafe\u0301") == "caf\u00e9"  # NFC: combining accent composed


def test_stopword_file_is_normalised_and_has_documented_additions():
    stop = v.load_stopwords()
    assert {"the", "of", "and", "'s", "don't", "will"} <= stop
    assert "said" not in stop and "regime" not in stop  # content words stay
    assert all(w == v.normalise_term(w) for w in stop)


# --- counting --------------------------------------------------------------------------


def test_numbers_are_not_terms():
    study = make_study({"n1": "H\n\nAbout 350,000 people died after 2011, and 3.5 million fled.\n"})
    assert v.term_tokens(study)["term"].tolist() == ["about", "people", "died", "after", "and", "million", "fled"]


def test_term_tokens_are_body_words_with_offsets(study, tokens):
    assert len(tokens) == 8 + 13 + 8 + 13
    for row in tokens.itertuples():
        assert study.raw[row.article_id][row.start : row.end] == row.text
    assert "arrest" not in set(tokens["term"])  # headline words are not body text


def test_counts_and_rates_by_hand(tokens):
    terms = v.term_frequencies(tokens)["by_outlet"].set_index(["outlet", "voice", "term"])
    assert list(v.term_frequencies(tokens)["by_outlet"].columns[:5]) == ["term", "outlet", "voice", "count", "rate"]
    police = terms.loc[("Outlet A", "all", "police")]
    assert police["count"] == 3 and police["words"] == 29
    assert police["rate"] == pytest.approx(3 / 29 * 1_000)  # per 1,000 words
    assert terms.loc[("Outlet A", "narration", "the"), "count"] == 2  # s1 "The", s2 "The"
    assert terms.loc[("Outlet A", "paraphrase", "the"), "count"] == 1  # s0 "Police said the men ...": indirect
    assert terms.loc[("Outlet A", "quotation", "the"), "count"] == 1  # "for the city"
    assert terms.loc[("Outlet A", "quotation", "city"), "words"] == 6
    assert terms.loc[("Outlet B", "all", "storm"), "count"] == 2
    assert bool(terms.loc[("Outlet B", "all", "the"), "is_stopword"]) is True


def test_the_three_voices_sum_to_all(tokens):
    by_article = v.term_frequencies(tokens)["by_article"]
    wide = by_article.pivot_table(index=["article_id", "term"], columns="voice", values="count", fill_value=0)
    assert (wide.get("narration", 0) + wide.get("paraphrase", 0) + wide.get("quotation", 0) == wide["all"]).all()


words = st.sampled_from(["alpha", "Beta", "gamma", "delta", "the", "of", "Al-Sham", "al-sham", "2011", "3.5%"])
sentences = st.lists(words, min_size=1, max_size=8).map(lambda ws: " ".join(ws).capitalize() + ".")
quoted = st.lists(words, min_size=1, max_size=4).map(lambda ws: "He said “" + " ".join(ws) + ".”")
paragraphs = st.lists(st.one_of(sentences, quoted), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=25, deadline=None)
@given(st.lists(paragraphs, min_size=1, max_size=3), st.lists(paragraphs, min_size=1, max_size=3))
def test_counts_sum_to_token_totals(first, second):
    study = make_study(
        {"x1": "Headline one\n\n" + "\n\n".join(first) + "\n", "y1": "Headline two\n\n" + "\n\n".join(second) + "\n"},
        {"x1": "X", "y1": "Y"},
    )
    words = study.tokens[study.tokens["text"].str.contains(r"[A-Za-z]")]  # terms: tokens with a letter
    frequencies = v.term_frequencies(v.term_tokens(study))
    for frame, key in ((frequencies["by_article"], "article_id"), (frequencies["by_outlet"], "outlet")):
        for voice in ("narration", "paraphrase", "quotation"):
            got = frame[frame["voice"] == voice].groupby(key)["count"].sum()
            if key == "article_id":
                expected = words[words["voice"] == voice].groupby("article_id").size()
            else:
                expected = (
                    words[words["voice"] == voice].groupby(words["article_id"].map({"x1": "X", "y1": "Y"})).size()
                )
            assert got.sort_index().to_dict() == expected.sort_index().to_dict()
        assert frame[frame["voice"] == "all"]["count"].sum() == len(words)
    # every spelling of a word is one term: "Al-Sham", "al-sham" and "Al-sham" are all counted as "al-sham"
    terms = frequencies["by_outlet"]
    spelled = int(words["text"].str.casefold().eq("al-sham").sum())
    assert terms.loc[(terms["voice"] == "all") & (terms["term"] == "al-sham"), "count"].sum() == spelled
    assert set(terms["term"]) == {v.normalise_term(t) for t in words["text"]}
    # word totals count the contract's words (numbers too) when the numbers are given
    body = study.tokens[study.tokens["is_word"]]
    with_numbers = v.term_frequencies(v.term_tokens(study), v.number_tokens(study))["by_article"]
    for voice in ("narration", "paraphrase", "quotation"):
        got = with_numbers[with_numbers["voice"] == voice].groupby("article_id", observed=True)["words"].first()
        expected = body[body["voice"] == voice].groupby("article_id").size()
        assert got.to_dict() == expected[expected.index.isin(got.index)].to_dict()


# --- keyness tables ------------------------------------------------------------------------


def test_keyness_row_by_hand(tokens):
    table = v.keyness(tokens, voices=("all",), modes=("pairwise",))
    row = table[(table["target"] == "Outlet A") & (table["term"] == "police")].iloc[0]
    a, b, c, d = 3, 0, 29, 13
    e1 = c * (a + b) / (c + d)
    assert row["g2"] == pytest.approx(2 * a * math.log(a / e1))
    assert row["g2_signed"] == pytest.approx(row["g2"])
    assert row["log_ratio"] == pytest.approx(math.log2((3 / 29) / (0.5 / 13)))
    assert row["bic"] == pytest.approx(row["g2"] - math.log(42))
    # Fightin' Words, default prior: alpha_w = 0.1 x the term's corpus count (police: 3), alpha_0 = 0.1 x 42.
    alpha, alpha0 = 0.3, 4.2
    delta = math.log((3 + alpha) / (29 + alpha0 - 3 - alpha)) - math.log((0 + alpha) / (13 + alpha0 - 0 - alpha))
    sigma = math.sqrt(1 / (3 + alpha) + 1 / (0 + alpha))
    assert row["log_odds"] == pytest.approx(delta) and row["z"] == pytest.approx(delta / sigma)
    assert row["prior_alpha"] == pytest.approx(alpha)


def test_keyness_for_three_outlets_pairwise_and_one_vs_rest():
    study = make_study(
        {
            "a1": "H\n\nRebels fired rockets at the town. Rebels said so.\n",
            "b1": "H\n\nTerrorists fired rockets at the town. Officials said so.\n",
            "c1": "H\n\nFighters fired rockets at the city. Witnesses said so.\n",
            "c2": "H\n\nFighters left the city on Monday.\n",
        },
        {"a1": "A", "b1": "B", "c1": "C", "c2": "C"},
    )
    table = v.keyness(v.term_tokens(study), voices=("all",))
    pairs = table[table["comparison"] == "pairwise"][["target", "reference"]].drop_duplicates()
    assert len(pairs) == 6
    rest = table[table["comparison"] == "one_vs_rest"]
    assert sorted(rest["target"].unique()) == ["A", "B", "C"] and set(rest["reference"]) == {"rest"}
    fighters = rest[(rest["target"] == "C") & (rest["term"] == "fighters")].iloc[0]
    assert (fighters["target_count"], fighters["reference_count"]) == (2, 0)
    assert (fighters["target_words"], fighters["reference_words"]) == (9 + 6, 9 + 9)
    # swapping target and reference flips signed G2, Log Ratio and z
    pairwise = table[table["comparison"] == "pairwise"].set_index(["target", "reference", "term"])
    for term in ("rebels", "rockets", "city"):
        ab, ba = pairwise.loc[("A", "C", term)], pairwise.loc[("C", "A", term)]
        assert ab["g2_signed"] == pytest.approx(-ba["g2_signed"])
        assert ab["log_ratio"] == pytest.approx(-ba["log_ratio"])
        assert ab["z"] == pytest.approx(-ba["z"], abs=1e-12)


def test_keyness_of_a_single_outlet_is_empty():
    study = make_study({"a1": "H\n\nOne outlet only.\n"})
    assert v.keyness(v.term_tokens(study)).empty


# --- text statistics ---------------------------------------------------------------------------


def test_mattr_by_hand():
    terms = ["a", "b", "a", "b", "c"]
    assert v.mattr(terms, 2) == pytest.approx(1.0)  # ab ba ab bc: every window has 2 types
    assert v.mattr(terms, 3) == pytest.approx((2 / 3 + 2 / 3 + 3 / 3) / 3)  # aba bab abc
    assert math.isnan(v.mattr(terms, 6))  # shorter than the window
    assert v.mattr(terms, 6, short_text="ttr") == pytest.approx(3 / 5)  # or its plain TTR, if asked


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from("abcdef"), min_size=1, max_size=60), st.integers(1, 20))
def test_mattr_equals_naive_window_average(terms, window):
    if len(terms) < window:
        assert math.isnan(v.mattr(terms, window))
    else:
        naive = np.mean([len(set(terms[i : i + window])) / window for i in range(len(terms) - window + 1)])
        assert v.mattr(terms, window) == pytest.approx(naive)


def test_mtld_by_hand():
    # "a a a a": TTR hits 0.5 <= 0.72 at every second token: 2 factors each way -> 4 / 2.
    assert v.mtld(list("aaaa")) == pytest.approx(2.0)
    # "a b c c" forward: TTR 1, 1, 1, 0.75 -> no full factor, remainder (1-0.75)/(1-0.72).
    forward = 4 / ((1 - 0.75) / (1 - 0.72))
    # backward "c c b a": factor at the 2nd token; "b a" has TTR 1 -> remainder 0 -> 1 factor.
    backward = 4 / 1
    assert v.mtld(list("abcc")) == pytest.approx((forward + backward) / 2)
    assert math.isnan(v.mtld(list("abcd")))  # TTR never falls: no factor


def test_syllables_from_pyphen_on_checked_words():
    # counts checked against a dictionary's syllabification
    expected = {
        "chemical": 3,
        "attack": 2,
        "the": 1,
        "beautiful": 3,
        "simulating": 4,
        "militants": 3,
        "so-called": 2,
        "don't": 1,
    }
    assert {w: v.syllables(w) for w in expected} == expected


def test_flesch_formulas_by_hand():
    # 10 words, 2 sentences, 15 syllables
    assert v.flesch_reading_ease(10, 2, 15) == pytest.approx(206.835 - 1.015 * 5 - 84.6 * 1.5)
    assert v.flesch_reading_ease(10, 2, 15) == pytest.approx(74.86, abs=1e-9)
    assert v.flesch_kincaid_grade(10, 2, 15) == pytest.approx(0.39 * 5 + 11.8 * 1.5 - 15.59)
    assert v.flesch_kincaid_grade(10, 2, 15) == pytest.approx(4.06, abs=1e-9)
    assert math.isnan(v.flesch_reading_ease(0, 0, 0))


def test_text_statistics_of_invented_article(tokens):
    stats = v.text_statistics(tokens).set_index("article_id")
    b1 = stats.loc["b1"]
    # "The storm hit the coast on Tuesday. Officials said the storm was strong."
    assert (b1["words"], b1["types"], b1["sentences"]) == (13, 10, 2)
    assert b1["mean_sentence_length"] == pytest.approx(6.5)
    assert math.isnan(b1["mattr"])  # 13 words < window 50
    assert stats.loc["a1", "quoted_share"] == pytest.approx(6 / 29)


# --- n-grams and collocations --------------------------------------------------------------------

NGRAM_TEXT = {
    "n1": "H\n\nThe prime minister met red, green trees. "
    "Green trees grow near the prime minister. “Prime minister” is a title.\n",
}


@pytest.mark.parametrize("extra", ["zz", "a\x01"])
def test_sorted_ngrams_is_the_string_sort_even_when_word_order_differs(extra):
    # With a word holding a character before the joining space ("a\x01"), ordering by word codes is not
    # string order: "a\x01 b" < "a z" although "a" < "a\x01". The result must be the strings' stable argsort.
    vocab = np.array(sorted(["a", "b", "z", extra]), dtype=object)
    code = {w: k for k, w in enumerate(vocab)}
    pairs = [("a", "z"), (extra, "b"), ("b", "a"), ("a", "b")]
    words = np.array([[code[x] for x, _ in pairs], [code[y] for _, y in pairs]], dtype=np.int64)
    rank, ngrams = _sorted_ngrams(vocab.astype(STRING), words)
    strings = [f"{x} {y}" for x, y in pairs]
    assert rank.tolist() == sorted(range(len(pairs)), key=strings.__getitem__)
    assert ngrams.tolist() == sorted(strings) and ngrams.dtype == object


@pytest.mark.parametrize("dtype", ["str", "string[pyarrow]", "string[python]", object])
@pytest.mark.parametrize("take", [None, [4, 0, 2, 2]])
def test_column_codes32_equals_codes32_of_the_taken_strings(dtype, take):
    values = ["ü", "b", "B", "a b", "b", "é"]
    column = pd.Series(values, dtype=dtype)
    take = None if take is None else np.array(take)
    codes, distinct = _column_codes32(column, take)
    expected = _codes32(np.array(values, dtype=object)[take] if take is not None else np.array(values, dtype=object))
    assert codes.dtype == np.int32 and codes.tolist() == expected[0].tolist()
    assert distinct.dtype == object and distinct.tolist() == expected[1].tolist() == sorted(set(distinct))


@pytest.mark.parametrize("take", [None, [4, 0, 2, 2]])
def test_column_codes32_of_a_column_in_several_arrow_chunks(take):
    # A column concatenated from chunks (or read from Parquet) holds a chunked Arrow array.
    values = ["ü", "b", "B", "a b", "b", "é"]
    column = pd.concat([pd.Series(values[:3], dtype="string[pyarrow]"), pd.Series(values[3:], dtype="string[pyarrow]")])
    column = column.reset_index(drop=True)
    take = None if take is None else np.array(take)
    codes, distinct = _column_codes32(column, take)
    expected = _codes32(np.array(values, dtype=object)[take] if take is not None else np.array(values, dtype=object))
    assert codes.tolist() == expected[0].tolist() and distinct.tolist() == expected[1].tolist()


def test_ngrams_do_not_cross_punctuation_sentences_or_quotes():
    study = make_study(NGRAM_TEXT)
    bigrams = v.ngram_occurrences(study, 2)
    found = set(bigrams["ngram"])
    assert "red green" not in found and "trees green" not in found and "minister is" not in found
    assert "prime minister" in found
    for row in bigrams.itertuples():
        assert (
            " ".join(v.normalise_term(t) for t in study.raw[row.article_id][row.start : row.end].split()) == row.ngram
        )


def test_collocation_scores_equal_nltk_finder_on_the_same_runs():
    study = make_study(NGRAM_TEXT)
    # The runs of the text, written out by hand (stretches without punctuation).
    runs = [
        ["the", "prime", "minister", "met", "red"],
        ["green", "trees"],
        ["green", "trees", "grow", "near", "the", "prime", "minister"],
        ["prime", "minister"],
        ["is", "a", "title"],
    ]
    finder = BigramCollocationFinder.from_documents(runs)
    pmi = dict(finder.score_ngrams(BigramAssocMeasures.pmi))
    lr = dict(finder.score_ngrams(BigramAssocMeasures.likelihood_ratio))
    table = v.collocations(study, min_count=2).set_index("ngram")
    # "the prime" stays (only bigrams made of stop words only are dropped)
    assert set(table.index) == {"prime minister", "green trees", "the prime"}
    for ngram in table.index:
        key = tuple(ngram.split())
        assert table.loc[ngram, "count"] == finder.ngram_fd[key]
        assert table.loc[ngram, "pmi"] == pytest.approx(pmi[key])
        assert table.loc[ngram, "likelihood_ratio"] == pytest.approx(lr[key])
    assert table.loc["prime minister", "quoted_count"] == 1


# Two articles of one outlet; runs (no punctuation inside) written out:
#   x1: [green tea helps] [green tea calms] [black coffee wakes]     9 words
#   x2: [black coffee wakes] [black coffee helps] [green tea calms]  9 words
PAIRS = {
    "x1": "H\n\nGreen tea helps. Green tea calms. Black coffee wakes.\n",
    "x2": "H\n\nBlack coffee wakes. Black coffee helps. Green tea calms.\n",
}


def test_collocations_per_article_use_each_article_s_own_counts():
    study = make_study(PAIRS, {"x1": "A", "x2": "A"})
    table = v.collocations(study, min_count=2, group="article_id")
    assert list(table.columns) == [
        "article_id",
        "outlet",
        "ngram",
        "count",
        "quoted_count",
        "articles",
        "pmi",
        "likelihood_ratio",
        "start",
        "end",
    ]
    # per article only one bigram is seen twice
    assert table["article_id"].tolist() == ["x1", "x2"]
    assert table["ngram"].tolist() == ["green tea", "black coffee"]
    assert (
        table["count"].tolist() == [2, 2]
        and table["articles"].tolist() == [1, 1]
        and table["outlet"].tolist() == ["A", "A"]
    )
    # marginals of the article, not of the outlet: each word twice in 9 words
    # pmi = log2(2 * 9 / (2 * 2)) = log2(4.5)
    assert table["pmi"].tolist() == pytest.approx([math.log2(4.5)] * 2)
    # G2 of [[2, 0], [0, 7]]: expected 2*2/9 and 7*7/9 in the diagonal cells
    g2 = 2 * (2 * math.log(2 / (4 / 9)) + 7 * math.log(7 / (49 / 9)))
    assert table["likelihood_ratio"].tolist() == pytest.approx([g2] * 2)
    for row in table.itertuples():
        assert v.normalise_term(study.raw[row.article_id][row.start : row.end]) == row.ngram
    assert study.raw["x2"][table["start"].iloc[1] : table["end"].iloc[1]] == "Black coffee"
    # per outlet: green tea, black coffee 3 times each among 18 words, and "coffee wakes", "tea calms" twice
    outlet = v.collocations(study, min_count=2).set_index("ngram")
    assert set(outlet.index) == {"green tea", "black coffee", "coffee wakes", "tea calms"}
    assert outlet.loc["green tea", "articles"] == 2
    assert outlet.loc["green tea", "pmi"] == pytest.approx(math.log2(3 * 18 / (3 * 3)))


# --- KWIC ----------------------------------------------------------------------------------------------


def test_kwic_offsets_phrases_case_and_voice(study):
    hits = v.kwic(study, "POLICE")
    assert len(hits) == 3
    for row in hits.itertuples():
        assert study.raw[row.article_id][row.start : row.end] == row.keyword
    phrase = v.kwic(study, "good day", window=3)
    assert len(phrase) == 1 and phrase.iloc[0]["voice"] == "quotation"
    assert phrase.iloc[0]["left"] == "it “a"  # 3 tokens: it, “, a
    assert phrase.iloc[0]["right"] == "for the city"
    assert v.kwic(study, "day for the city", voice="narration").empty
    assert v.kwic(study, "arrested", voice="paraphrase")["keyword"].tolist() == ["arrested"]
    assert v.kwic(study, "...").empty


def test_kwic_index_gives_the_same_lines_and_keeps_no_study_alive():
    import gc
    import weakref

    texts = {
        **TEXTS,
        "c1": "H\n\nPolice said the storm hit.\n\n“Police said nothing,” he said. The police chief left.\n",
    }
    study = make_study(texts, {**OUTLETS, "c1": "Outlet B"})
    index = v.kwic_index(study)
    for term in ["police", "said", "police chief", "the storm", "good day", "absent", "..."]:
        for window, voice in [(8, None), (2, "quotation"), (0, "narration"), (1, "paraphrase")]:
            pd.testing.assert_frame_equal(
                v.kwic(study, term, window, voice, index=index), v.kwic(study, term, window, voice)
            )
    lines = v.kwic(study, "police said", window=3, index=index)
    assert lines["article_id"].tolist() == ["a1", "c1", "c1"]
    # 3 tokens each side within the article; the quotation opens the second paragraph
    assert lines["left"].tolist() == ["", "", "hit. ¶ “"]
    assert lines["right"].tolist() == ["the men were", "the storm hit", "nothing,”"]
    assert lines["voice"].tolist() == ["narration", "narration", "quotation"]
    with pytest.raises(ValueError):
        v.kwic(make_study(NGRAM_TEXT), "police", index=index)
    alive = weakref.ref(study)
    del study
    gc.collect()
    assert alive() is None and len(index["term_order"]) == len(
        v.term_tokens(make_study(texts, {**OUTLETS, "c1": "Outlet B"}))
    )


def test_kwic_marks_paragraph_breaks_and_render_escapes_html():
    # "<close>" names no HTML element, so it is text (round 21's markup view): its marks must be escaped.
    study = make_study({"h1": "H\n\nThe vote was <close> & tense.\n\nThe vote passed.\n"})
    hits = v.kwic(study, "vote", window=12)
    assert hits.iloc[1]["left"] == "The vote was <close> & tense. ¶ The"
    html = v.render_kwic(hits)
    assert "<close>" not in html and "&lt;close&gt;" in html and "&amp;" in html


def test_kwic_reads_a_scrape_with_html_left_in_as_displayed():
    # Round 21: a tag is no word of the article; the context is the raw text at the words' offsets.
    study = make_study({"h1": "H\n\nThe vote was <b>close</b> & tense.\n\nThe vote passed.\n"})
    hits = v.kwic(study, "vote", window=12)
    assert hits.iloc[1]["left"] == "The vote was close & tense. ¶ The"
    assert "&lt;b&gt;" not in v.render_kwic(hits)


# --- export ------------------------------------------------------------------------------------------------


def test_tables_are_traceable_and_deterministic(seed_study):
    first, second = v.tables(seed_study), v.tables(seed_study)
    assert set(first) >= {"terms", "keyness", "term_tokens", "text_statistics", "collocations", "distinctive_phrases"}
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name])
    assert list(first["terms"].columns[:5]) == ["term", "outlet", "voice", "count", "rate"]
    assert {"term", "target", "reference", "voice", "g2", "log_ratio", "percent_diff", "bic", "z"} <= set(
        first["keyness"].columns
    )
    assert set(first["keyness"]["voice"]) == {"all", "narration", "paraphrase", "quotation"}
    tokens = first["term_tokens"]
    assert all(
        seed_study.raw[a][s:e] == t
        for a, s, e, t in zip(tokens["article_id"], tokens["start"], tokens["end"], tokens["text"])
    )
    phrases = first["distinctive_phrases"].dropna(subset=["start"])
    assert all(
        seed_study.raw[a][int(s) : int(e)] == k
        for a, s, e, k in zip(phrases["article_id"], phrases["start"], phrases["end"], phrases["keyword"])
    )


def test_tables_large_frames_are_compact_with_the_same_values(study, tokens):
    tables = v.tables(study)
    compact, by_article = tables["term_tokens"], tables["terms_by_article"]
    for frame in (compact, by_article):
        assert all(frame[c].dtype == "category" for c in ["article_id", "outlet", "voice", "term"])
    assert all(compact[c].dtype == np.int32 for c in ["sentence_id", "token_id", "start", "end"])
    assert by_article["count"].dtype == np.int32 and by_article["words"].dtype == np.int32
    # the same rows and CSV text as the plain (string column) tables
    assert compact.to_csv(index=False) == tokens.to_csv(index=False)
    plain = v.term_frequencies(tokens, v.number_tokens(study))["by_article"]
    assert by_article.to_csv(index=False) == plain.to_csv(index=False)  # not rounded: the writer's 12 digits


def test_an_article_without_words_does_not_break_the_tables():
    # e2's page holds a number and a full stop but no term of body text (it used to raise ZeroDivisionError)
    study = make_study(
        {"e1": "H\n\nThe storm hit the coast. It rained.\n", "e2": "H\n\n2011.\n"}, {"e1": "A", "e2": "B"}
    )
    tables = v.tables(study)
    stats = tables["text_statistics"]
    assert stats["article_id"].tolist() == ["e1"] and list(stats.columns) == v.TEXT_STATISTICS_COLUMNS
    assert (stats.iloc[0]["words"], stats.iloc[0]["types"], stats.iloc[0]["sentences"]) == (7, 6, 2)
    assert set(tables["term_tokens"]["article_id"]) == {"e1"}
    pd.testing.assert_frame_equal(stats, v.text_statistics(v.term_tokens(study), numbers=v.number_tokens(study)))


def test_numbers_are_words_not_terms():
    study = make_study({"n1": "H\n\nIn 2011 the war began. It rained.\n"}, {"n1": "A"})
    assert v.number_tokens(study)["text"].tolist() == ["2011"]
    assert "2011" not in set(v.term_tokens(study)["term"])
    tables = v.tables(study)
    assert tables["text_statistics"].iloc[0][["words", "readability_words", "sentences"]].tolist() == [7, 7, 2]
    terms = tables["terms"].set_index(["voice", "term"])
    assert terms.loc[("all", "war"), ["count", "words"]].tolist() == [1, 7]
    assert terms.loc[("all", "war"), "rate"] == pytest.approx(1 / 7 * 1_000)


def test_outlet_counts_sum_articles_and_voices():
    # one outlet, two articles: "rain" 3 + 2 times, one of them quoted
    study = make_study({"r1": "H\n\nRain, rain, rain.\n", "r2": "H\n\nRain and “rain”.\n"}, {"r1": "A", "r2": "A"})
    terms = v.term_frequencies(v.term_tokens(study))["by_outlet"].set_index(["voice", "term"])
    assert terms.loc[("all", "rain"), ["count", "words", "articles"]].tolist() == [5, 6, 2]
    assert terms.loc[("narration", "rain"), ["count", "words", "articles"]].tolist() == [4, 5, 2]
    assert terms.loc[("quotation", "rain"), ["count", "words", "articles"]].tolist() == [1, 1, 1]
    assert terms.loc[("narration", "and"), "count"] == 1 and ("quotation", "and") not in terms.index


# --- phrases, charts and N outlets -----------------------------------------------------------------------

THREE = {
    "a1": "H\n\nThe armed group attacked the town. The armed group left. Officials of the town met.\n",
    "b1": "H\n\nThe rebel fighters attacked the town. Officials of the town met again.\n",
    "c1": "H\n\nFighters of the town attacked. The rebel fighters left the town.\n",
}
THREE_OUTLETS = {"a1": "A", "b1": "B", "c1": "C"}


def test_distinctive_phrases_counts_and_examples():
    study = make_study(THREE, THREE_OUTLETS)
    phrases = v.distinctive_phrases(study, sizes=(2,), min_count=2, top=3)
    a = phrases[phrases["target"] == "A"].set_index("phrase")
    assert (a.loc["armed group", "target_count"], a.loc["armed group", "reference_count"]) == (2, 0)
    # "the armed" starts with a stop word, "of the" is stop words only: neither is a phrase
    assert not phrases["phrase"].isin(["the armed", "of the", "the town"]).any()
    for row in phrases.itertuples():
        assert study.raw[row.article_id][int(row.start) : int(row.end)] == row.keyword
        assert v.normalise_term(row.keyword) == row.phrase
    assert phrases[phrases["target"] == "A"]["left"].iloc[0] == "The"  # first occurrence, sentence start


def test_distinctive_phrases_count_the_quoted_voice_apart():
    texts = {
        "a1": "H\n\nThe armed group attacked. "
        'A spokesman said: "The armed group left the area." The armed group returned.\n',
        "b1": "H\n\nThe rebel fighters attacked the town. Officials met again.\n",
    }
    study = make_study(texts, {"a1": "A", "b1": "B"})
    phrases = v.distinctive_phrases(study, sizes=(2,), min_count=2, top=5).set_index(["target", "phrase"])
    # three occurrences of "armed group", one of them inside the quotation
    assert (
        phrases.loc[("A", "armed group"), "target_count"],
        phrases.loc[("A", "armed group"), "target_quoted_count"],
    ) == (3, 1)
    assert (phrases["target_quoted_count"] <= phrases["target_count"]).all()


def test_collocations_drop_rare_and_stop_word_only_pairs():
    study = make_study(THREE, THREE_OUTLETS)
    table = v.collocations(study, min_count=2)
    assert set(table[table["outlet"] == "A"]["ngram"]) == {"armed group", "the armed", "the town"}
    assert "of the" not in set(table["ngram"])  # stop words only
    assert (table["count"] >= 2).all()


def test_collocations_per_article_equal_nltk_finder_of_each_article():
    study = make_study(THREE, THREE_OUTLETS)
    runs = {  # the runs of each article, written out by hand
        "a1": [
            ["the", "armed", "group", "attacked", "the", "town"],
            ["the", "armed", "group", "left"],
            ["officials", "of", "the", "town", "met"],
        ],
        "b1": [
            ["the", "rebel", "fighters", "attacked", "the", "town"],
            ["officials", "of", "the", "town", "met", "again"],
        ],
        "c1": [["fighters", "of", "the", "town", "attacked"], ["the", "rebel", "fighters", "left", "the", "town"]],
    }
    table = v.collocations(study, min_count=1, group="article_id")
    stop = v.load_stopwords()
    for article_id, article_runs in runs.items():
        finder = BigramCollocationFinder.from_documents(article_runs)
        pmi = dict(finder.score_ngrams(BigramAssocMeasures.pmi))
        lr = dict(finder.score_ngrams(BigramAssocMeasures.likelihood_ratio))
        rows = table[table["article_id"] == article_id].set_index("ngram")
        assert set(rows.index) == {" ".join(k) for k in pmi if not (k[0] in stop and k[1] in stop)}
        assert set(rows["outlet"]) == {THREE_OUTLETS[article_id]}
        for ngram, row in rows.iterrows():
            key = tuple(ngram.split())
            assert row["count"] == finder.ngram_fd[key]
            assert row["pmi"] == pytest.approx(pmi[key]) and row["likelihood_ratio"] == pytest.approx(lr[key])


def test_wordfreq_prior_of_phrases_equals_wordfreq_itself():
    import wordfreq

    words = [
        "the",
        "syrian",
        "al-sham",
        "hay'at",
        "syria's",
        "'s",
        "don't",
        "covid-19",
        "5th",
        "1990s",
        "u.s.",
        "café",
        "straße",
        "zzzqqqx",
        "self-defense",
        "x",
    ]
    terms = (
        words
        + [f"{a} {b}" for a in words for b in words]
        + [f"{a} {b} {c}" for a, b, c in zip(words, words[3:], words[7:])]
    )
    # wordfreq tokenises each phrase itself (1/f = sum of 1/f over its tokens, 0 if one is unknown)
    assert v.wordfreq_frequencies(terms) == [wordfreq.word_frequency(t, "en") for t in terms]
    assert v.wordfreq_frequencies(["zzzqqqx the"]) == [0.0]
    alpha = v.dirichlet_prior(terms, np.ones(len(terms)), "wordfreq", weight=1.0)
    expected = np.array([max(wordfreq.word_frequency(t, "en"), 1e-8) for t in terms])
    np.testing.assert_array_equal(alpha, len(terms) * (expected / expected.sum()))


def test_three_outlet_charts_and_sensitivity():
    import matplotlib.pyplot as plt

    study = make_study(THREE, THREE_OUTLETS)
    tokens = v.term_tokens(study)
    table = v.keyness(tokens)
    fig, data = charts.plot_fightin_words(table, top=3)
    assert len(fig.axes) == 3 and sorted(data["target"].unique()) == ["A", "B", "C"]
    assert data.groupby("target")["label"].sum().le(3).all()
    assert not data["term"].isin(list(v.load_stopwords())).any()
    plt.close(fig)
    fig, data = charts.plot_distinctive_terms(table, top=4)
    assert len(fig.axes) == 3 and data.groupby("target").size().le(4).all()
    plt.close(fig)
    sensitivity = v.prior_sensitivity(tokens, settings=(("corpus", 0.1), ("uniform", 0.1)))
    assert len(sensitivity) == 2 * 3
    fig, data = charts.plot_fightin_words(v.keyness(v.term_tokens(make_study({"x": "H\n\nOnly one outlet here.\n"}))))
    assert data.empty and "at least two outlets" in fig._suptitle.get_text()
    plt.close(fig)


def test_fightin_words_title_states_the_words_significant_after_correction():
    data = pd.DataFrame(
        {"target": ["A", "A", "B"], "term": ["x", "y", "z"], "z": [2.5, 1.0, 3.0], "group": ["A", "", "B"]}
    )
    assert charts._title_terms(data, 0.05) == "Words significant after correction (q < 0.05) — A: 'x'; B: 'z'"
    none = "No word is significant after correction (Benjamini-Hochberg q < 0.05) for any outlet"
    assert charts._title_terms(data.assign(group=""), 0.05) == none


def test_keyness_q_values_are_benjamini_hochberg_per_comparison_and_voice(seed_study):
    table = v.keyness(v.term_tokens(seed_study), numbers=v.number_tokens(seed_study))
    for _, family in table.groupby(["comparison", "target", "reference", "voice"]):
        # The family is the terms seen at least MIN_COUNT times in the comparison; the others have no q-value.
        tested = (family["target_count"] + family["reference_count"] >= v.MIN_COUNT).to_numpy()
        expected = v.benjamini_hochberg(family["p_value"].where(tested).to_numpy())
        assert np.allclose(family["q_value"], expected, equal_nan=True)
        assert family["q_value"].isna().tolist() == (~tested).tolist()
    # %DIFF of a term absent from the reference is the 1e21-sized convention: flagged, never ranked
    absent = table["reference_count"] == 0
    assert table["only_in_target"].tolist() == absent.tolist()
    data = charts.fightin_words_data(table)
    assert "percent_diff" not in data.columns and data["significant"].tolist() == (data["q_value"] < 0.05).tolist()


def test_seed_article_has_678_words_in_every_vocabulary_table(seed_study):
    tables = v.tables(seed_study)
    article = sorted(seed_study.outlet_of())[0]
    assert int(seed_study.tokens.loc[seed_study.tokens["article_id"] == article, "is_word"].sum()) == 678
    stats = tables["text_statistics"].set_index("article_id").loc[article]
    assert (stats["words"], stats["readability_words"]) == (678, 678)
    by_article = tables["terms_by_article"]
    assert set(by_article.loc[(by_article["article_id"] == article) & (by_article["voice"] == "all"), "words"]) == {678}
    outlet = seed_study.outlet_of()[article]
    keyness = tables["keyness"]
    rest = keyness[(keyness["comparison"] == "one_vs_rest") & (keyness["voice"] == "all")]
    assert set(rest.loc[rest["target"] == outlet, "target_words"]) == {678}
    terms = tables["terms"]
    the = terms[(terms["outlet"] == outlet) & (terms["voice"] == "all") & (terms["term"] == "the")].iloc[0]
    assert the["rate"] == pytest.approx(the["count"] / 678 * 1_000)


def test_tables_of_a_three_outlet_corpus():
    from analysis.study import load_study
    from conftest import REPO

    study = load_study(REPO / "tests" / "data" / "byo_corpus")
    tables = v.tables(study)
    outlets = set(study.outlet_of().values())
    assert set(tables["terms"]["outlet"]) == outlets
    rest = tables["keyness"][tables["keyness"]["comparison"] == "one_vs_rest"]
    assert set(rest["target"]) == outlets
    pairs = tables["keyness"][tables["keyness"]["comparison"] == "pairwise"][["target", "reference"]].drop_duplicates()
    assert len(pairs) == len(outlets) * (len(outlets) - 1)
    assert set(tables["text_statistics"]["article_id"]) == set(study.outlet_of())


def test_narration_keyness_leaves_quotation_and_paraphrase_out(tokens):
    table = v.keyness(tokens, voices=("narration",), modes=("pairwise",))
    a = table[table["target"] == "Outlet A"].set_index("term")
    assert "good" not in a.index  # only inside the quotation
    assert "arrested" not in a.index  # only in the content of "Police said ...": paraphrase
    # 29 words minus the 6 quoted and the 11 paraphrased ("the men were arrested on Monday", "more
    # arrests could follow", and "it", the object of "called it “…”", a cue since round 6); "and
    # thanked police" after the quotation stays the outlet's narration.
    assert a.loc["police", "target_words"] == 12


def test_custom_stop_words_change_flags_not_counts(study, tokens):
    custom = v.term_tokens(study, stopwords=["police", "The"])
    assert custom["is_stopword"].sum() == 3 + 4 + 3  # police x3, "the" x4 in a1, x3 in b1
    assert custom["term"].tolist() == tokens["term"].tolist()


# --- scale: the vectorised paths equal the plain definitions ---------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 700), st.integers(1, 400)), min_size=1, max_size=4),
    st.integers(1, 60),
    st.randoms(use_true_random=False),
)
def test_text_statistics_equal_the_per_text_definitions(texts, window, rng):
    # Articles of random length and vocabulary size (long ones exceed MTLD's 256-token look-ahead),
    # rows shuffled: per-article MATTR/MTLD/TTR must equal the plain one-text functions exactly.
    rows = []
    for a, (length, vocabulary) in enumerate(texts):
        for i in range(length):
            term = f"w{rng.randrange(vocabulary)}"
            rows.append((f"x{a}", "O", i // 20, i, term, rng.choice(["narration", "paraphrase", "quotation"])))
    tokens = pd.DataFrame(rows, columns=["article_id", "outlet", "sentence_id", "token_id", "term", "voice"]).assign(
        is_stopword=False
    )
    tokens = tokens.sample(frac=1, random_state=1)  # articles interleaved: each is read in table order
    table = v.text_statistics(tokens, window=window).set_index("article_id")
    for article_id, group in tokens.groupby("article_id"):
        terms = group["term"].tolist()
        row = table.loc[article_id]
        for got, want in [
            (row["mattr"], v.mattr(terms, window)),
            (row["mtld"], v.mtld(terms)),
            (row["ttr"], v.ttr(terms)),
        ]:
            assert (math.isnan(got) and math.isnan(want)) or got == want
        assert row["sentences"] == group["sentence_id"].nunique()
        assert row["quoted_share"] == (group["voice"] == "quotation").mean()


def test_term_tokens_equal_a_per_token_reading(seed_study):
    tokens = v.term_tokens(seed_study)
    primary = seed_study.tokens[seed_study.tokens["article_id"].isin(list(seed_study.outlet_of()))]
    words = [(a, t) for a, t in zip(primary["article_id"], primary["text"]) if any(ch.isalpha() for ch in t)]
    assert list(zip(tokens["article_id"], tokens["text"])) == words
    assert tokens["term"].tolist() == [v.normalise_term(t) for _, t in words]
    stop = v.load_stopwords()
    assert tokens["is_stopword"].tolist() == [v.normalise_term(t) in stop for _, t in words]


def test_tables_do_not_depend_on_the_row_order_of_the_tokens(seed_study):
    import dataclasses

    shuffled = dataclasses.replace(seed_study, tokens=seed_study.tokens.sample(frac=1, random_state=3))
    first, second = v.tables(seed_study), v.tables(shuffled)
    for name in first:
        pd.testing.assert_frame_equal(first[name], second[name].reset_index(drop=True), obj=name)


def test_collocation_scores_are_nltks_exactly_on_the_seed_corpus(seed_study):
    # Marginals counted independently from term_tokens; scores must be NLTK's to the last bit.
    table = v.collocations(seed_study, min_count=2)
    words = v.term_tokens(seed_study)
    assert len(table)
    for row in table.itertuples():
        counts = words[words["outlet"] == row.outlet]["term"].value_counts()
        w1, w2 = row.ngram.split(" ")
        marginals = (int(counts[w1]), int(counts[w2]))
        total = int(counts.sum())
        assert row.pmi == BigramAssocMeasures.pmi(row.count, marginals, total)
        assert row.likelihood_ratio == BigramAssocMeasures.likelihood_ratio(row.count, marginals, total)


def test_distinctive_phrases_agree_with_the_full_keyness_table(seed_study):
    phrases = v.distinctive_phrases(seed_study, sizes=(2, 3), min_count=2, top=5)
    assert len(phrases)
    for n, part in phrases.groupby("n"):
        occurrences = v.ngram_occurrences(seed_study, int(n))
        full = v.keyness_table(v.ngram_matrix(occurrences), ("one_vs_rest",)).set_index(["target", "term"])
        for row in part.itertuples():
            expected = full.loc[(row.target, row.phrase)]
            assert (row.target_count, row.reference_count) == (expected["target_count"], expected["reference_count"])
            assert row.z == expected["z"] and row.g2 == expected["g2"] and row.log_ratio == expected["log_ratio"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(-5, 40), max_size=80))
def test_unique_by_hashing_equals_numpy_unique(keys):
    keys = np.array(keys, dtype=np.int64)
    expected = np.unique(keys, return_index=True, return_inverse=True, return_counts=True)
    for got, want in zip(_unique(keys), expected):
        assert np.array_equal(got, want)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(1, 12), min_size=1, max_size=6),
    st.integers(1, 6),
    st.booleans(),
    st.randoms(use_true_random=False),
)
def test_previous_position_equals_a_dictionary_walk(lengths, vocabulary, huge_codes, rng):
    # huge term codes force the argsort branch (the packed integer would overflow)
    scale = 2**40 if huge_codes else 1
    group = np.repeat(np.arange(len(lengths)), lengths)
    term = np.array([rng.randrange(vocabulary) * scale for _ in group], dtype=np.int64)
    position, previous = _previous_position(group, term)
    seen, expected, expected_position = {}, [], []
    for i, (g, t) in enumerate(zip(group.tolist(), term.tolist())):
        at = i - int(np.flatnonzero(group == g)[0])
        expected_position.append(at)
        expected.append(seen.get((g, t), -1))
        seen[(g, t)] = at
    assert position.tolist() == expected_position and previous.tolist() == expected
