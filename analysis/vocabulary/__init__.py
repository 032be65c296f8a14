"""Vocabulary: which words each outlet uses, counted and compared.

Everything here reads the study's body tokens of primary documents
(``study.tokens``; headlines, captions, boilerplate and appended stories are
already excluded) and keeps the three voices of ``analysis.voices`` apart: the outlet's narration,
paraphrase (the content of indirect and mixed attributions) and quotation.
Each file holds one step; read them in this order:

- ``terms``: what a term is (normalisation, stated and tested there), stop
  words, ``term_tokens`` (one row per term token with offsets),
  ``number_tokens`` (the words that are not terms: numbers; they count in every
  word total), and the integer arrays every table is counted from (``_prepare``).
- ``coding``: the integer-coding helpers behind every count (factorize,
  rank, pack keys, count by sorting).
- ``frequencies``: ``term_frequencies``, raw counts and rates per 1,000
  words, per article and per outlet, by voice; ``count_matrix``.
- ``keyness_measures``: the keyness statistics of one term, as formulas:
  log-likelihood G2 (Rayson & Garside 2000; Dunning 1993), Log Ratio (Hardie
  2014), %DIFF (Gabrielatos & Marchi 2012), BIC (Wilson 2013), ELL (Johnston
  et al. 2006), Fightin' Words log-odds with a Dirichlet prior (Monroe,
  Colaresi & Quinn 2008).
- ``dispersion``: range and Gries' DP / DP_norm of a term over a group's articles.
- ``priors``: the Dirichlet prior of Fightin' Words (pooled corpus,
  ``wordfreq`` general English, or uniform).
- ``multiple_testing``: Holm and Benjamini-Hochberg adjusted p-values.
- ``keyness_tables``: ``keyness_table`` / ``keyness`` (pairwise and
  one-vs-rest, any number of outlets, per voice; ``q_value`` is the
  Benjamini-Hochberg adjustment per comparison and voice over the terms seen at
  least ``MIN_COUNT`` times, significant below ``Q_LEVEL``; range and DP over
  articles; Log Ratio with its 95 % interval) and ``prior_sensitivity``.
- ``diversity``: TTR, MATTR (Covington & McFall 2010), MTLD (McCarthy &
  Jarvis 2010), one text at a time and for all articles at once.
- ``readability``: syllables (pyphen) and the Flesch (1948) and
  Flesch-Kincaid (Kincaid et al. 1975) formulas.
- ``article_statistics``: ``text_statistics``, one row per article.
- ``ngrams``: ``ngram_occurrences`` inside runs, ``collocations`` scored
  with NLTK's association measures (pmi, likelihood ratio).
- ``phrases``: ``distinctive_phrases``, each outlet's most distinctive
  n-grams with a KWIC example.
- ``concordance``: ``kwic`` (with ``kwic_index``, built once for many
  calls) and ``render_kwic``.
- ``export_tables``: ``tables(study)``, the export, from one reading of the
  tokens.
- ``charts``: the Fightin' Words plot, distinctive terms and figure-data
  tables. Not imported here (the analysis needs no matplotlib): use
  ``from analysis.vocabulary import charts``.

Scale: ``tables`` reads the tokens once (``_prepare``) into 32-bit numpy
arrays, normalises each distinct string once, and counts on integer codes
(terms, articles, outlets, voices, n-grams) by sorting packed keys and
``bincount`` rather than grouping strings; MATTR and MTLD are computed for all
articles together; its two large tables come back compact (categorical
strings, int32 numbers; same CSV). A concordance reads only the occurrences of
its first word and the tokens of its lines. The public functions that take a
``term_tokens`` table go through the same code paths, and the tests check them
against the plain one-text definitions.
"""

from __future__ import annotations

from .article_statistics import TEXT_STATISTICS_COLUMNS, text_statistics
from .concordance import KWIC_COLUMNS, KWIC_WINDOW, kwic, kwic_index, phrase_terms, render_kwic
from .dispersion import dp
from .diversity import MATTR_WINDOW, MTLD_THRESHOLD, mattr, mtld, ttr
from .export_tables import tables
from .frequencies import PER, count_matrix, term_frequencies
from .keyness_measures import (
    LOG_RATIO_ZERO,
    ONLY_IN_TARGET,
    PERCENT_DIFF_ZERO,
    bic,
    ell,
    g2_contingency,
    keyness_statistics,
    log_likelihood,
    log_odds_dirichlet,
    log_ratio,
    log_ratio_interval,
    overuse_sign,
    percent_diff,
    percent_diff_display,
)
from .keyness_tables import (
    KEYNESS_COLUMNS,
    MIN_COUNT,
    PRIOR_SETTINGS,
    Q_LEVEL,
    REST,
    Z_THRESHOLD,
    comparisons,
    keyness,
    keyness_table,
    prior_sensitivity,
)
from .multiple_testing import benjamini_hochberg, holm
from .ngrams import collocations, ngram_matrix, ngram_occurrences
from .phrases import distinctive_phrases
from .priors import dirichlet_prior, wordfreq_frequencies
from .readability import flesch_kincaid_grade, flesch_reading_ease, syllables
from .terms import (
    LETTER,
    NUMBER_TOKEN_COLUMNS,
    STOPWORDS_FILE,
    TERM_TOKEN_COLUMNS,
    load_stopwords,
    normalise_term,
    number_tokens,
    term_tokens,
)

__all__ = [
    "KEYNESS_COLUMNS",
    "KWIC_COLUMNS",
    "KWIC_WINDOW",
    "LETTER",
    "LOG_RATIO_ZERO",
    "MIN_COUNT",
    "MATTR_WINDOW",
    "MTLD_THRESHOLD",
    "NUMBER_TOKEN_COLUMNS",
    "ONLY_IN_TARGET",
    "PER",
    "PERCENT_DIFF_ZERO",
    "PRIOR_SETTINGS",
    "Q_LEVEL",
    "REST",
    "STOPWORDS_FILE",
    "TERM_TOKEN_COLUMNS",
    "TEXT_STATISTICS_COLUMNS",
    "Z_THRESHOLD",
    "benjamini_hochberg",
    "bic",
    "collocations",
    "comparisons",
    "count_matrix",
    "dirichlet_prior",
    "distinctive_phrases",
    "dp",
    "ell",
    "flesch_kincaid_grade",
    "flesch_reading_ease",
    "g2_contingency",
    "holm",
    "keyness",
    "keyness_statistics",
    "keyness_table",
    "kwic",
    "kwic_index",
    "load_stopwords",
    "log_likelihood",
    "log_odds_dirichlet",
    "log_ratio",
    "log_ratio_interval",
    "mattr",
    "mtld",
    "ngram_matrix",
    "ngram_occurrences",
    "normalise_term",
    "number_tokens",
    "overuse_sign",
    "percent_diff",
    "percent_diff_display",
    "phrase_terms",
    "prior_sensitivity",
    "render_kwic",
    "syllables",
    "tables",
    "term_frequencies",
    "term_tokens",
    "text_statistics",
    "ttr",
    "wordfreq_frequencies",
]
