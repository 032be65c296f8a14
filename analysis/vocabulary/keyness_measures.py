"""Keyness statistics of one term between two corpora (vectorised: every argument may be a numpy array).

Notation of Rayson & Garside (2000) and the UCREL calculator: a = the term's
frequency in the target corpus, b = in the reference corpus, c = target
corpus size (tokens), d = reference corpus size.

Log-likelihood G2 (Rayson & Garside 2000; Dunning 1993), Log Ratio (Hardie
2014), %DIFF (Gabrielatos & Marchi 2012) and its display form for terms
absent from the reference, BIC (Wilson 2013), ELL (Johnston, Berry & Mielke
2006), and the Fightin' Words log-odds ratio with a Dirichlet prior (Monroe,
Colaresi & Quinn 2008; the prior is built in ``priors``).
"""

from __future__ import annotations

import numpy as np
from scipy.special import xlogy
from scipy.stats import chi2

# Zero-frequency conventions (see keyness functions).
LOG_RATIO_ZERO = 0.5  # Hardie (2014): a zero frequency counts as 0.5
PERCENT_DIFF_ZERO = 1e-18  # Gabrielatos & Marchi (2012): a zero normalised frequency counts as 1e-18
# %DIFF's normalised frequencies are per 10,000 words, as when the statistic was first exported: the
# base cancels out whenever both frequencies are non-zero, and keeping it keeps the zero convention's
# value (about 1e21 for a term absent from the reference) unchanged. It is not a rate of any table.
PERCENT_DIFF_PER = 10_000


def log_likelihood(a, b, c, d, cells: int = 2) -> np.ndarray:
    """Return the log-likelihood G2 of a term's frequencies a, b in corpora of sizes c, d.

    ``cells=2`` is the form of Rayson & Garside (2000), used by the UCREL
    calculator, AntConc and WordSmith: G2 = 2 * sum(O * ln(O / E)) over the
    two cells "term in target" and "term in reference", with
    E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d). ``cells=4`` adds the two cells of
    "all other words" (c-a, d-b): the full 2x2 G-test of Dunning (1993).
    A zero frequency contributes 0 (0 * ln 0 = 0). Always >= 0.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    n = c + d
    e1, e2 = c * (a + b) / n, d * (a + b) / n
    g2 = 2 * (xlogy(a, a) - xlogy(a, e1) + xlogy(b, b) - xlogy(b, e2))
    if cells == 4:
        a2, b2 = c - a, d - b
        f1, f2 = c * (a2 + b2) / n, d * (a2 + b2) / n
        g2 = g2 + 2 * (xlogy(a2, a2) - xlogy(a2, f1) + xlogy(b2, b2) - xlogy(b2, f2))
    elif cells != 2:
        raise ValueError("cells must be 2 or 4")
    return np.maximum(g2, 0.0)  # rounding can give -1e-15 for identical rates


def g2_contingency(k11, k12, k21, k22) -> np.ndarray:
    """Return Dunning's (1993) G2 for the 2x2 contingency table [[k11, k12], [k21, k22]].

    The table is any 2x2 table of counts (e.g. bigram A B / A not-B /
    not-A B / not-A not-B). Equal to ``log_likelihood(k11, k21, k11+k12,
    k21+k22, cells=4)``.
    """
    return log_likelihood(k11, k21, np.add(k11, k12), np.add(k21, k22), cells=4)


def overuse_sign(a, b, c, d) -> np.ndarray:
    """Return +1 where the term's relative frequency is higher in the target, -1 where lower, 0 if equal."""
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    return np.sign(a * d - b * c)  # sign of a/c - b/d without dividing


def log_ratio(a, b, c, d, zero: float = LOG_RATIO_ZERO) -> np.ndarray:
    """Return Hardie's (2014) Log Ratio: log2 of (a/c) / (b/d).

    Zero-frequency correction: a frequency of 0 (in either corpus) is replaced
    by ``zero`` (default 0.5, as in CQPweb and the UCREL calculator) before
    dividing; non-zero frequencies are left alone. 1 means twice as frequent
    in the target, -1 half as frequent.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    a = np.where(a == 0, zero, a)
    b = np.where(b == 0, zero, b)
    return np.log2((a / c) / (b / d))


LOG_RATIO_LEVEL = 0.95


def log_ratio_interval(a, b, c, d, level: float = LOG_RATIO_LEVEL, zero: float = LOG_RATIO_ZERO):
    """Return (low, high): a ``level`` confidence interval of Hardie's (2014) Log Ratio.

    Log Ratio is log2 of the ratio of two rates, a relative risk; its interval is the usual one for
    the log of a relative risk (Katz, Baptista, Azen & Pike 1978, "Obtaining confidence intervals for
    the risk ratio in cohort studies", Biometrics 34, 469-474): ln RR +- z * sqrt(1/a - 1/c + 1/b - 1/d),
    divided by ln 2 to be in Log Ratio's log2 units. CQPweb's "conservative Log Ratio" (Hardie) is
    built from this interval. A zero count is replaced by ``zero`` (0.5) as in :func:`log_ratio`, so
    the interval is centred on the Log Ratio shown.
    """
    from scipy.stats import norm

    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    a = np.where(a == 0, zero, a)
    b = np.where(b == 0, zero, b)
    centre = np.log((a / c) / (b / d))
    spread = norm.ppf((1 + level) / 2) * np.sqrt(1 / a - 1 / c + 1 / b - 1 / d)
    return (centre - spread) / np.log(2), (centre + spread) / np.log(2)


def percent_diff(a, b, c, d, zero: float = PERCENT_DIFF_ZERO) -> np.ndarray:
    """Return %DIFF (Gabrielatos & Marchi 2012): 100 * (NF_target - NF_ref) / NF_ref.

    NF is the normalised frequency per ``PERCENT_DIFF_PER`` words. A reference NF of 0 is
    replaced by ``zero`` (1e-18, their convention), so a term absent from the
    reference gets a huge but finite %DIFF. Not symmetric: swapping corpora
    does not just flip the sign (-100 is the floor, there is no ceiling).
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    nf_target, nf_reference = a / c * PERCENT_DIFF_PER, b / d * PERCENT_DIFF_PER
    nf_reference = np.where(nf_reference == 0, zero, nf_reference)
    return 100 * (nf_target - nf_reference) / nf_reference


ONLY_IN_TARGET = "only in target"  # how tables and charts label a term with no reference occurrence


def percent_diff_display(a, b, c, d) -> tuple[np.ndarray, np.ndarray]:
    """Return (%DIFF for display, only_in_target) of a term: NaN and True where the reference count is 0.

    ``percent_diff`` keeps Gabrielatos & Marchi's (2012) convention (a zero
    reference frequency counts as 1e-18), which gives a term absent from the
    reference a %DIFF of about 1e21 that swamps any sort or mean. For tables
    and charts the number is replaced by NaN, so that it drops out of rankings
    (pandas sorts NaN last), and ``only_in_target`` says why: show
    ``ONLY_IN_TARGET`` in its place. A term absent from both corpora is NaN
    and not "only in target". Elsewhere the value is ``percent_diff``'s.
    Scalars in, 0-d arrays out.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    reference_absent = b == 0
    value = np.where(reference_absent, np.nan, percent_diff(a, b, c, d))
    return value, reference_absent & (a > 0)


def bic(g2, n, df: int = 1) -> np.ndarray:
    """Return the BIC approximation of the Bayes factor (Wilson 2013): G2 - df * ln(N).

    N is the total size of both corpora (c + d). BIC > 0 means the data favour
    a difference; Wilson reads 0-2 as "not worth more than a bare mention",
    2-6 positive, 6-10 strong, > 10 very strong evidence.
    """
    return np.asarray(g2, dtype=float) - df * np.log(np.asarray(n, dtype=float))


def ell(a, b, c, d) -> np.ndarray:
    """Return ELL, the effect size for log-likelihood of Johnston, Berry & Mielke (2006): G2 / G2_max, in [0, 1].

    Johnston et al. (2006, "Measures of effect size for chi-squared and
    likelihood-ratio goodness-of-fit tests", Perceptual and Motor Skills 103)
    divide G2 by the largest value it can take for the same number of
    observations N and the same expected proportions: G2_max = 2 N ln(1 / p_min),
    reached when every observation falls in the category of smallest expected
    proportion p_min. The two-cell G2 of ``log_likelihood`` is that
    goodness-of-fit test: the term's N = a + b occurrences over the two
    corpora, expected in proportions c / (c + d) and d / (c + d). Hence

        ELL = G2 / (2 (a + b) ln((c + d) / min(c, d)))

    0 when the term's rates are equal, 1 when every occurrence is in the
    smaller corpus (the largest possible departure); "the proportion of the
    maximum departure", as the UCREL calculator (Rayson) reads it, and
    unsigned like G2 (use ``overuse_sign`` for the direction). NaN when the
    term never occurs or a corpus is empty.

    The UCREL calculator writes ELL = G2 / (N ln E_min) with E_min "the
    minimum expected value"; read literally, with N the words of both corpora
    and E_min the smaller expected frequency, it is negative whenever
    E_min < 1 and not bounded by 1, contrary to its stated 0-1 range, so the
    bound of Johnston et al. is used instead.
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    g2_max = 2 * (a + b) * np.log((c + d) / np.minimum(c, d))
    with np.errstate(divide="ignore", invalid="ignore"):
        value = log_likelihood(a, b, c, d) / g2_max
    # rounding can put the all-in-the-smaller-corpus case a hair above 1
    return np.where(np.isfinite(value), np.minimum(value, 1.0), np.nan)


def keyness_statistics(a: float, b: float, c: float, d: float) -> dict[str, float]:
    """Return every frequency-based keyness statistic of one term as a dict (for checking by hand).

    a, b: the term's frequency in the target and reference corpus; c, d: the
    corpus sizes. Keys: g2 (two-cell), g2_signed, g2_four_cell, p_value, bic,
    ell, log_ratio, percent_diff.
    """
    g2 = float(log_likelihood(a, b, c, d))
    return {
        "g2": g2,
        "g2_signed": g2 * float(overuse_sign(a, b, c, d)),
        "g2_four_cell": float(log_likelihood(a, b, c, d, cells=4)),
        "p_value": float(chi2.sf(g2, 1)),
        "bic": float(bic(g2, c + d)),
        "ell": float(ell(a, b, c, d)),
        "log_ratio": float(log_ratio(a, b, c, d)),
        "percent_diff": float(percent_diff(a, b, c, d)),
    }


# Variances of the log-odds ratio: Monroe et al.'s eq. 20 approximation (the default, as exported) or
# Scattertext's, which keeps the complementary terms 1/(n - y) (Kessler 2017).
MONROE_VARIANCE = "monroe"
SCATTERTEXT_VARIANCE = "scattertext"
LOG_ODDS_VARIANCES = (MONROE_VARIANCE, SCATTERTEXT_VARIANCE)


def log_odds_dirichlet(y_i, y_j, alpha, variance: str = MONROE_VARIANCE) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (delta, sigma, z) of Monroe, Colaresi & Quinn (2008), eqs. 16, 20 and 22.

    ``y_i``, ``y_j``: counts of every term of the vocabulary in groups i and j
    (arrays over the same vocabulary); ``alpha``: Dirichlet prior
    pseudo-counts per term, alpha_0 = sum(alpha).

    delta_w = ln[(y_iw + a_w) / (n_i + a_0 - y_iw - a_w)]
            - ln[(y_jw + a_w) / (n_j + a_0 - y_jw - a_w)]     (log-odds ratio)
    sigma^2_w ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)            (its variance)
    z_w = delta_w / sigma_w

    ``variance="scattertext"`` uses instead the variance of Scattertext
    (Kessler 2017, "Scattertext: a browser-based tool for visualizing how
    corpora differ"; ``LogOddsRatioUninformativeDirichletPrior`` and
    ``LogOddsRatioInformativeDirichletPrior``), the full variance of a
    difference of two log-odds, which keeps the complementary terms that
    eq. 20 drops as small when n is large:

    sigma^2_w = 1 / (y_iw + a_w) + 1 / (n_i + a_0 - y_iw - a_w)
              + 1 / (y_jw + a_w) + 1 / (n_j + a_0 - y_jw - a_w)

    It gives a smaller |z|; the two differ most on small corpora and on terms
    that make up a large share of a group (by more than 1 in z on ten-word
    groups, see the tests). delta is the same under both. With a constant
    alpha this is Scattertext's uninformative-prior z exactly; its informative
    prior also rescales alpha per group, which is not done here.

    Positive means the term is used more by group i. Swapping i and j flips
    the sign of delta and z. Raises ValueError for an unknown ``variance``.
    """
    if variance not in LOG_ODDS_VARIANCES:
        raise ValueError(f"variance must be one of {LOG_ODDS_VARIANCES}, not {variance!r}")
    y_i, y_j, alpha = (np.asarray(x, dtype=float) for x in (y_i, y_j, alpha))
    n_i, n_j, alpha0 = y_i.sum(), y_j.sum(), alpha.sum()
    rest_i, rest_j = n_i + alpha0 - y_i - alpha, n_j + alpha0 - y_j - alpha
    delta = np.log((y_i + alpha) / rest_i) - np.log((y_j + alpha) / rest_j)
    sigma2 = 1 / (y_i + alpha) + 1 / (y_j + alpha)
    if variance == SCATTERTEXT_VARIANCE:
        sigma2 = sigma2 + 1 / rest_i + 1 / rest_j
    sigma = np.sqrt(sigma2)
    return delta, sigma, delta / sigma
