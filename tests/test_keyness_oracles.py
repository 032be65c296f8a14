"""Keyness statistics against published worked examples and hand arithmetic.

Sources of the expected values (none is taken from this code's output):
- Dunning (1993), Computational Linguistics 19(1), Table: the bigram table
  k11=10, k12=0, k21=3, k22=31764 has G2 = 167.23.
- Lancaster University corpus-linguistics course (log-likelihood web form of
  Rayson's UCREL calculator): 52 occurrences in 50,000 tokens vs 57 in
  75,000 tokens gives LL = +2.65.
- Hardie (2014), "Log Ratio: an informal introduction" (CASS blog): relative
  frequencies 0.0006 vs 0.0002 are a ratio of 3, so Log Ratio = log2(3).
- Wigderowitz, fightin_words README (Python port of J. Hessel's FightingWords,
  2016): the z-scores of Monroe et al.'s log-odds with a uniform prior of 0.05
  for two short sentences, and of an informative prior example.
- scipy.stats.chi2_contingency(lambda_="log-likelihood") as an independent G2.
- Johnston, Berry & Mielke (2006): ELL = G2 / G2_max with G2_max = 2 N ln(1 / p_min);
  the worked values are computed by hand in the tests' comments.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import chi2_contingency

from analysis import vocabulary as v
from analysis.vocabulary import keyness_measures as km

# --- log-likelihood G2 -------------------------------------------------------


def test_dunning_1993_table_gives_167_23_with_the_four_cell_g_test():
    # Dunning's cells are a full 2x2 table, so the oracle is the four-cell G2.
    assert v.g2_contingency(10, 0, 3, 31764) == pytest.approx(167.23, abs=0.005)
    # The same table read as keyness: term 10 times in a "corpus" of 10, 3 times in 31,767.
    assert v.log_likelihood(10, 3, 10, 31767, cells=4) == pytest.approx(167.23, abs=0.005)


def test_two_cell_form_differs_from_dunning_on_his_table():
    # The UCREL/AntConc two-cell form leaves out the "other words" cells; by hand:
    a, b, c, d = 10, 3, 10, 31767
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    by_hand = 2 * (a * math.log(a / e1) + b * math.log(b / e2))
    assert v.log_likelihood(a, b, c, d) == pytest.approx(by_hand, rel=1e-12)
    assert by_hand == pytest.approx(147.23, abs=0.01)


def test_lancaster_worked_example_52_in_50000_vs_57_in_75000_is_2_65():
    assert v.log_likelihood(52, 57, 50_000, 75_000) == pytest.approx(2.65, abs=0.005)
    assert v.overuse_sign(52, 57, 50_000, 75_000) == 1  # "+": more frequent in corpus 1


def test_two_cell_g2_by_hand_with_a_zero_cell():
    # a word 3 times in 29 tokens, never in 13: the zero cell contributes nothing.
    e1 = 29 * 3 / 42
    assert v.log_likelihood(3, 0, 29, 13) == pytest.approx(2 * 3 * math.log(3 / e1), rel=1e-12)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 500), st.integers(1, 500), st.integers(1, 5000), st.integers(1, 5000))
def test_four_cell_g2_equals_scipy_g_test(k11, k12, k21, k22):
    table = np.array([[k11, k12], [k21, k22]])
    expected = chi2_contingency(table, correction=False, lambda_="log-likelihood")[0]
    assert v.g2_contingency(k11, k12, k21, k22) == pytest.approx(expected, rel=1e-9, abs=1e-9)


frequencies = st.tuples(st.integers(0, 300), st.integers(0, 300), st.integers(1, 3000), st.integers(1, 3000)).filter(
    lambda t: t[0] <= t[2] and t[1] <= t[3] and t[0] + t[1] > 0
)


@settings(max_examples=300, deadline=None)
@given(frequencies)
def test_g2_is_non_negative_and_signed_statistics_flip_on_swap(case):
    a, b, c, d = case
    g2, g2_swapped = v.log_likelihood(a, b, c, d), v.log_likelihood(b, a, d, c)
    assert g2 >= 0 and v.log_likelihood(a, b, c, d, cells=4) >= 0
    assert g2 == pytest.approx(g2_swapped, rel=1e-9, abs=1e-9)
    assert v.overuse_sign(a, b, c, d) == -v.overuse_sign(b, a, d, c)
    assert v.log_ratio(a, b, c, d) == pytest.approx(-v.log_ratio(b, a, d, c), rel=1e-9, abs=1e-12)


# --- Log Ratio, %DIFF, BIC -----------------------------------------------------


def test_hardie_log_ratio_of_three_times_more_frequent():
    # 0.0006 vs 0.0002: 6 in 10,000 tokens vs 2 in 10,000 tokens.
    assert v.log_ratio(6, 2, 10_000, 10_000) == pytest.approx(math.log2(3), rel=1e-12)
    assert v.log_ratio(4, 2, 10_000, 10_000) == pytest.approx(1.0)  # twice as frequent = 1
    assert v.log_ratio(3, 3, 1_000, 1_000) == 0.0


def test_log_ratio_zero_frequency_counts_as_half():
    # 5 in 1,000 vs 0 in 2,000: the zero becomes 0.5 (Hardie; UCREL calculator).
    assert v.log_ratio(5, 0, 1_000, 2_000) == pytest.approx(math.log2((5 / 1_000) / (0.5 / 2_000)), rel=1e-12)
    assert v.log_ratio(0, 5, 2_000, 1_000) == pytest.approx(-math.log2((5 / 1_000) / (0.5 / 2_000)), rel=1e-12)


def test_percent_diff_by_hand_and_zero_reference():
    # 20 per 10k vs 10 per 10k: 100% more.
    assert v.percent_diff(20, 10, 10_000, 10_000) == pytest.approx(100.0)
    # 5 in 2,000 (25 per 10k) vs 30 in 4,000 (75 per 10k): (25-75)/75 = -66.67%.
    assert v.percent_diff(5, 30, 2_000, 4_000) == pytest.approx(-200 / 3)
    # absent from the reference: NF_ref replaced by 1e-18 (Gabrielatos & Marchi).
    assert v.percent_diff(1, 0, 10_000, 10_000) == pytest.approx(100 * (1 - 1e-18) / 1e-18)


def test_bic_is_g2_minus_ln_total_tokens():
    g2 = v.log_likelihood(52, 57, 50_000, 75_000)
    assert v.bic(g2, 125_000) == pytest.approx(g2 - math.log(125_000))
    assert v.bic(g2, 125_000) == pytest.approx(2.6517 - 11.7361, abs=1e-3)


# --- Fightin' Words (Monroe, Colaresi & Quinn 2008) -------------------------------


def _counts(doc1: list[str], doc2: list[str]):
    vocab = sorted(set(doc1) | set(doc2))
    c1, c2 = Counter(doc1), Counter(doc2)
    return vocab, [c1[w] for w in vocab], [c2[w] for w in vocab]


def test_fightin_words_uniform_prior_matches_published_readme_example():
    doc1 = "the quick brown fox jumps over the lazy pig".split()
    doc2 = "the lazy purple pig jumps over the lazier donkey".split()
    vocab, y1, y2 = _counts(doc1, doc2)
    z = dict(zip(vocab, v.log_odds_dirichlet(y1, y2, [0.05] * len(vocab))[2]))
    for word in ("brown", "fox", "quick"):
        assert z[word] == pytest.approx(0.6894227886807968, rel=1e-12)
    for word in ("donkey", "lazier", "purple"):
        assert z[word] == pytest.approx(-0.6894227886807968, rel=1e-12)
    for word in ("jumps", "lazy", "over", "pig", "the"):
        assert z[word] == pytest.approx(0.0, abs=1e-12)


def test_fightin_words_uniform_and_informative_prior_match_published_examples():
    doc1 = "the quick brown fox jumps over the lazy pig".split()
    doc2 = "the lazy purple pig jumps over the".split() + ["very"] * 1000 + ["sleepy", "donkey"]
    vocab, y1, y2 = _counts(doc1, doc2)
    uniform = dict(zip(vocab, v.log_odds_dirichlet(y1, y2, [0.05] * len(vocab))[2]))
    assert uniform["very"] == pytest.approx(-2.2144429606255946, rel=1e-10)
    assert uniform["the"] == pytest.approx(4.954523357120953, rel=1e-10)
    assert uniform["sleepy"] == pytest.approx(0.3528670051726073, rel=1e-10)
    informative = dict(zip(vocab, v.log_odds_dirichlet(y1, y2, [0.001 if w == "very" else 0.05 for w in vocab])[2]))
    assert informative["very"] == pytest.approx(-0.4368846171934332, rel=1e-10)
    assert informative["the"] == pytest.approx(4.961066225017743, rel=1e-10)
    assert informative["jumps"] == pytest.approx(3.4605672465974453, rel=1e-10)


def test_fightin_words_delta_and_variance_by_hand():
    # vocabulary of three words; prior alpha = (1, 2, 3), alpha_0 = 6.
    y_i, y_j, alpha = [4, 1, 0], [1, 2, 5], [1.0, 2.0, 3.0]
    delta, sigma, z = v.log_odds_dirichlet(y_i, y_j, alpha)
    n_i, n_j, a0 = 5, 8, 6
    d0 = math.log((4 + 1) / (n_i + a0 - 4 - 1)) - math.log((1 + 1) / (n_j + a0 - 1 - 1))
    s0 = math.sqrt(1 / (4 + 1) + 1 / (1 + 1))
    assert delta[0] == pytest.approx(d0) and sigma[0] == pytest.approx(s0) and z[0] == pytest.approx(d0 / s0)


def test_fightin_words_scattertext_variance_by_hand():
    # Scattertext's variance (LogOddsRatioUninformativeDirichletPrior / LogOddsRatioInformativeDirichletPrior,
    # get_zeta_i_j_given_separate_counts; Kessler 2017) keeps the two complementary terms that Monroe et al.
    # (2008) drop in eq. 20: sigma^2 = 1/(y_i+a) + 1/(n_i+a0-y_i-a) + 1/(y_j+a) + 1/(n_j+a0-y_j-a).
    # Scattertext's own tests publish no z-values for it (they check 0 <= p <= 1), so the gold is by hand.
    # Same data as above: y_i = (4, 1, 0), y_j = (1, 2, 5), alpha = (1, 2, 3); n_i = 5, n_j = 8, a0 = 6.
    # Word 0: y_i+a = 5, n_i+a0-y_i-a = 6, y_j+a = 2, n_j+a0-y_j-a = 12.
    #   delta = ln(5/6) - ln(2/12) = ln 5 = 1.6094379
    #   Monroe:      sigma^2 = 1/5 + 1/2 = 0.7                         -> z = 1.6094379 / 0.8366600 = 1.9236
    #   Scattertext: sigma^2 = 1/5 + 1/6 + 1/2 + 1/12 = 57/60 = 0.95    -> z = 1.6094379 / 0.9746794 = 1.6512
    y_i, y_j, alpha = [4, 1, 0], [1, 2, 5], [1.0, 2.0, 3.0]
    delta_m, sigma_m, z_m = v.log_odds_dirichlet(y_i, y_j, alpha)
    delta_s, sigma_s, z_s = v.log_odds_dirichlet(y_i, y_j, alpha, variance="scattertext")
    assert delta_s[0] == pytest.approx(math.log(5)) and delta_s[0] == delta_m[0]  # only the variance changes
    assert sigma_m[0] ** 2 == pytest.approx(0.7) and z_m[0] == pytest.approx(1.9236, abs=1e-4)
    assert sigma_s[0] ** 2 == pytest.approx(0.95) and z_s[0] == pytest.approx(1.6512, abs=1e-4)
    # The default is Monroe et al.'s eq. 20, as before.
    assert np.array_equal(z_m, v.log_odds_dirichlet(y_i, y_j, alpha, variance="monroe")[2])
    with pytest.raises(ValueError):
        v.log_odds_dirichlet(y_i, y_j, alpha, variance="exact")


def test_fightin_words_the_two_variances_differ_by_more_than_1_in_z_on_small_counts():
    # Two words, y_i = (9, 1), y_j = (1, 9), alpha = (1, 1): n_i = n_j = 10, a0 = 2.
    # Word 0: y_i+a = 10, n_i+a0-y_i-a = 2, y_j+a = 2, n_j+a0-y_j-a = 10.
    #   delta = ln(10/2) - ln(2/10) = 2 ln 5 = 3.2188758
    #   Monroe:      sigma^2 = 1/10 + 1/2 = 0.6                 -> z = 3.2188758 / 0.7745967 = 4.1555
    #   Scattertext: sigma^2 = 1/10 + 1/2 + 1/2 + 1/10 = 1.2    -> z = 3.2188758 / 1.0954451 = 2.9384
    # A difference of 1.217 in z: one side of 1.96 or the other can depend on the choice of variance.
    _, _, z_m = v.log_odds_dirichlet([9, 1], [1, 9], [1.0, 1.0])
    _, _, z_s = v.log_odds_dirichlet([9, 1], [1, 9], [1.0, 1.0], variance="scattertext")
    assert z_m[0] == pytest.approx(4.1555, abs=1e-4) and z_s[0] == pytest.approx(2.9384, abs=1e-4)
    assert z_m[0] - z_s[0] == pytest.approx(1.2171, abs=1e-4)
    # The Scattertext z is never further from 0 than Monroe's (it only adds positive terms to the variance).
    assert np.all(np.abs(z_s) <= np.abs(z_m))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50), st.floats(0.01, 10)), min_size=2, max_size=30))
def test_fightin_words_z_flips_sign_when_groups_swap(rows):
    y_i, y_j, alpha = (np.array(col, dtype=float) for col in zip(*rows))
    for variance in ("monroe", "scattertext"):
        _, sigma, z = v.log_odds_dirichlet(y_i, y_j, alpha, variance=variance)
        _, sigma_swapped, z_swapped = v.log_odds_dirichlet(y_j, y_i, alpha, variance=variance)
        assert np.allclose(z, -z_swapped, atol=1e-9)
        assert np.allclose(sigma, sigma_swapped)


def test_dirichlet_prior_shapes():
    background = np.array([6.0, 3.0, 1.0])
    assert v.dirichlet_prior(["a", "b", "c"], background, "corpus", 0.1) == pytest.approx([0.6, 0.3, 0.1])
    assert v.dirichlet_prior(["a", "b", "c"], background, "uniform", 0.3) == pytest.approx([1.0, 1.0, 1.0])
    freq = v.dirichlet_prior(["the", "of", "zzzzqqq"], background, "wordfreq", 1.0)
    assert freq.sum() == pytest.approx(10.0) and freq[0] > freq[1] > freq[2] > 0
    with pytest.raises(ValueError):
        v.dirichlet_prior(["a"], np.array([1.0]), "nonsense")


def test_ell_and_the_single_term_summary_by_hand():
    a, b, c, d = 52, 57, 50_000, 75_000
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    g2 = 2 * (a * math.log(a / e1) + b * math.log(b / e2))
    stats = v.keyness_statistics(a, b, c, d)
    # Johnston et al. (2006): G2 / (2 N ln(1 / p_min)), N = 109 occurrences, p_min = 50,000 / 125,000 = 0.4.
    assert stats["ell"] == pytest.approx(g2 / (2 * 109 * math.log(1 / 0.4)))
    assert stats["g2_signed"] == pytest.approx(g2) and stats["bic"] == pytest.approx(g2 - math.log(c + d))
    assert stats["log_ratio"] == pytest.approx(math.log2((52 / 50_000) / (57 / 75_000)))
    assert stats["percent_diff"] == pytest.approx(100 * (52 / 50_000 - 57 / 75_000) / (57 / 75_000))
    assert stats["p_value"] == pytest.approx(math.erfc(math.sqrt(g2 / 2)))  # chi-square, 1 df


# --- ELL (Johnston, Berry & Mielke 2006) -------------------------------------------


def test_ell_of_the_lancaster_worked_example():
    # Published LL = 2.65 (G2 = 2.6517, see the BIC test); N = 52 + 57 = 109 occurrences; the smaller
    # corpus holds 50,000 / 125,000 = 0.4 of the words, so G2_max = 2 * 109 * ln(2.5) = 218 * 0.916291
    # = 199.7514 and ELL = 2.6517 / 199.7514 = 0.013275. The old formula G2 / (N ln E_min) gave
    # 2.6517 / (125,000 * ln 43.6) = +5.6e-6 here and a negative value whenever E_min < 1.
    assert v.ell(52, 57, 50_000, 75_000) == pytest.approx(0.013275, abs=2e-6)


def test_ell_on_small_tables_by_hand():
    # 6 vs 2 in two corpora of 1,000: E1 = E2 = 4; G2 = 2 (6 ln 1.5 + 2 ln 0.5) = 2 (2.432791 - 1.386294)
    # = 2.092993; G2_max = 2 * 8 * ln 2 = 11.090355; ELL = 0.188722.
    assert v.ell(6, 2, 1_000, 1_000) == pytest.approx(0.188722, abs=1e-6)
    # Every occurrence in the smaller corpus is the largest departure: 10 in 10 words vs 0 in 30 words,
    # E1 = 2.5, G2 = 2 * 10 * ln 4 = G2_max (p_min = 1/4), so ELL = 1. The old formula gave
    # 27.73 / (40 * ln 2.5) = 0.756.
    assert v.ell(10, 0, 10, 30) == pytest.approx(1.0, abs=1e-12)
    # Equal rates: G2 = 0, ELL = 0 (the old formula: 0 too). 3 in 100 vs 0 in 100 (E1 = 1.5):
    # G2 = 6 ln 2 = 4.1589, G2_max = 6 ln 2, ELL = 1 (the old formula: 4.1589 / (200 ln 1.5) = 0.0513).
    assert v.ell(5, 5, 100, 100) == 0.0
    assert v.ell(3, 0, 100, 100) == pytest.approx(1.0)
    # One occurrence in each of two corpora of 1,000 and 3,000: E_min = 0.5 < 1, the old formula was
    # negative (-G2 / (4,000 * 0.693)); now G2 = 2 (ln 2 + ln(2/3)) = 0.575364,
    # G2_max = 2 * 2 * ln 4 = 5.545177, ELL = 0.103759.
    assert v.ell(1, 1, 1_000, 3_000) == pytest.approx(0.103759, abs=1e-6)
    assert math.isnan(v.ell(0, 0, 100, 100))


@settings(max_examples=300, deadline=None)
@given(frequencies)
def test_ell_is_between_0_and_1_and_symmetric(case):
    a, b, c, d = case
    value = v.ell(a, b, c, d)
    assert 0.0 <= value <= 1.0
    assert value == pytest.approx(v.ell(b, a, d, c), rel=1e-9, abs=1e-12)


# --- %DIFF for display ---------------------------------------------------------------


def test_percent_diff_display_flags_terms_absent_from_the_reference():
    value, only_in_target = km.percent_diff_display([1, 20, 0, 5], [0, 10, 0, 30], 10_000, [10_000, 10_000, 10, 60_000])
    # 1 vs 0: the statistic keeps its convention, the display drops the number and flags it.
    assert v.percent_diff(1, 0, 10_000, 10_000) > 1e17
    assert math.isnan(value[0]) and bool(only_in_target[0])
    # 20 vs 10 per 10k: +100 % as in the statistic, not flagged.
    assert value[1] == pytest.approx(100.0) and not only_in_target[1]
    # absent from both: no number and not "only in target".
    assert math.isnan(value[2]) and not only_in_target[2]
    # 5 in 10,000 vs 30 in 60,000: equal rates, 0 %.
    assert value[3] == pytest.approx(0.0) and not only_in_target[3]
    assert km.ONLY_IN_TARGET == "only in target"


def test_percent_diff_display_keeps_flagged_terms_out_of_a_ranking():
    a, b = np.array([3, 9, 4, 2]), np.array([0, 3, 0, 2])
    value, only_in_target = km.percent_diff_display(a, b, 1_000, 1_000)
    table = pd.DataFrame({"term": list("wxyz"), "percent_diff": value, "only_in_target": only_in_target})
    ranked = table.sort_values("percent_diff", ascending=False)
    # x (+200 %) then z (0 %) lead; w and y (reference 0) sort last instead of first.
    assert ranked["term"].tolist()[:2] == ["x", "z"]
    assert ranked["only_in_target"].tolist() == [False, False, True, True]


def test_percent_diff_display_on_scalars():
    value, only_in_target = km.percent_diff_display(2, 0, 100, 100)
    assert math.isnan(value) and bool(only_in_target)


# --- Dispersion: range, DP (Gries 2008), DP_norm (Lijffijt & Gries 2012) ----------------------------

# Gries (2008: 406, 415-416), the example corpus of five parts (50 words; the parts have 9, 10, 10, 10 and
# 11 words): "a" occurs 1, 2, 3, 4 and 5 times, and its DP is given as 0.18. By hand: s = (.18, .2, .2, .2,
# .22), o = (1, 2, 3, 4, 5) / 15; |o - s| = .1133 + .0667 + 0 + .0667 + .1133 = .36; DP = .36 / 2 = 0.18.
GRIES_PARTS = [9, 10, 10, 10, 11]


def test_gries_2008_dp_of_a_in_the_five_part_example():
    value, norm = v.dp([1, 2, 3, 4, 5], GRIES_PARTS)
    assert value == pytest.approx(0.18, abs=1e-12)
    # Lijffijt & Gries (2012): DP / (1 - min s) = 0.18 / (1 - 0.18) = 0.219512.
    assert norm == pytest.approx(0.18 / 0.82, abs=1e-12)


def test_lijffijt_gries_2012_table_1():
    # Three equally large parts; one holds 2/3 of the occurrences, another 1/3 (their Table 1, p. 147):
    # DP = (|2/3 - 1/3| + |1/3 - 1/3| + |0 - 1/3|) / 2 = 1/3, DP_norm = (1/3) / (1 - 1/3) = 1/2.
    value, norm = v.dp([2, 1, 0], [100, 100, 100])
    assert value == pytest.approx(1 / 3) and norm == pytest.approx(0.5)
    # The extremes: spread as the sizes predict is 0; all in the smallest part is DP_norm 1.
    assert v.dp([9, 10, 10, 10, 11], GRIES_PARTS)[0] == pytest.approx(0.0, abs=1e-12)
    assert v.dp([7, 0, 0, 0, 0], GRIES_PARTS)[1] == pytest.approx(1.0)
    assert all(math.isnan(x) for x in v.dp([3], [10]))  # one part: nothing to spread over


def test_vectorised_dispersion_equals_the_formula_on_the_gries_corpus():
    from analysis.vocabulary.dispersion import article_term_matrix, dispersion

    # Terms: 0 = "a" (1, 2, 3, 4, 5), 1 = "b" (2 in each part), 2 = only in part 4 (3 times), 3 = absent.
    cells = [(p, 0) for p, n in enumerate([1, 2, 3, 4, 5]) for _ in range(n)]
    cells += [(p, 1) for p in range(5) for _ in range(2)] + [(3, 2)] * 3
    parts, terms = (np.array(column) for column in zip(*cells, strict=True))
    matrix = article_term_matrix(parts, terms, 5, 4)
    result = dispersion(matrix, np.array(GRIES_PARTS), np.arange(5))
    assert result["parts"] == 5 and result["range"].tolist() == [5, 5, 1, 0]
    for term, counts in enumerate([[1, 2, 3, 4, 5], [2, 2, 2, 2, 2], [0, 0, 0, 3, 0]]):
        expected = v.dp(counts, GRIES_PARTS)
        assert result["dp"][term] == pytest.approx(expected[0])
        assert result["dp_norm"][term] == pytest.approx(expected[1])
    # "b", 2 in every part: |.2 - s| = .02 + 0 + 0 + 0 + .02, DP = 0.02 by hand.
    assert result["dp"][1] == pytest.approx(0.02)
    assert math.isnan(result["dp"][3])
    # Parts 1 and 3 only (10 and 10 words): "a" 2 and 4 -> o = (1/3, 2/3), s = (1/2, 1/2): DP = 1/6.
    assert dispersion(matrix, np.array(GRIES_PARTS), np.array([1, 3]))["dp"][0] == pytest.approx(1 / 6)


# --- Log Ratio's confidence interval -----------------------------------------------------------------


def test_log_ratio_interval_matches_scipy_relative_risk_and_hand_arithmetic():
    from scipy.stats.contingency import relative_risk

    # 52 in 50,000 vs 57 in 75,000: ln RR = ln(1.3684211) = 0.3136576; SE = sqrt(0.0192308 - 0.0000200
    # + 0.0175439 - 0.0000133) = sqrt(0.0367413) = 0.1916802; 95 %: 0.3136576 +- 1.959964 * 0.1916802
    # = 0.3136576 +- 0.3756864 = (-0.0620288, 0.6893440) in ln units.
    low, high = v.log_ratio_interval(52, 57, 50_000, 75_000)
    assert low * math.log(2) == pytest.approx(-0.0620288, abs=2e-6)
    assert high * math.log(2) == pytest.approx(0.6893440, abs=2e-6)
    ci = relative_risk(52, 50_000, 57, 75_000).confidence_interval(0.95)
    assert low == pytest.approx(math.log2(ci.low), rel=1e-9) and high == pytest.approx(math.log2(ci.high), rel=1e-9)
    assert low < v.log_ratio(52, 57, 50_000, 75_000) < high


def test_log_ratio_interval_uses_the_zero_convention_and_is_symmetric_on_swap():
    # 5 in 1,000 vs 0 in 2,000: the zero counts 0.5, as in the Log Ratio itself.
    low, high = v.log_ratio_interval(5, 0, 1_000, 2_000)
    centre = v.log_ratio(5, 0, 1_000, 2_000)
    half = 1.959964 * math.sqrt(1 / 5 - 1 / 1_000 + 1 / 0.5 - 1 / 2_000) / math.log(2)
    assert low == pytest.approx(centre - half, abs=1e-5) and high == pytest.approx(centre + half, abs=1e-5)
    swapped = v.log_ratio_interval(0, 5, 2_000, 1_000)
    assert swapped[0] == pytest.approx(-high) and swapped[1] == pytest.approx(-low)


# --- Minimum count and the q-value family ----------------------------------------------------------------


def test_terms_below_the_minimum_count_are_not_tested_and_do_not_dilute_the_family():
    # Three terms in two outlets of 1,000 words: x 30 vs 5, y 4 vs 0 (below 5 together), z 1 vs 1.
    matrix = pd.DataFrame({"A": [30, 4, 1], "B": [5, 0, 1]}, index=pd.Index(["x", "y", "z"], name="term"))
    sizes = pd.Series({"A": 1_000, "B": 1_000})
    table = v.keyness_table(matrix, modes=("pairwise",), sizes=sizes)
    row = table[(table["target"] == "A")].set_index("term")
    assert v.MIN_COUNT == 5
    assert math.isnan(row.loc["y", "q_value"]) and math.isnan(row.loc["z", "q_value"])
    # x is the only test of the family: its q-value is its p-value (m = 1).
    assert row.loc["x", "q_value"] == pytest.approx(row.loc["x", "p_value"])
    # Without article data the dispersion columns are empty.
    assert row["target_dp"].isna().all()
