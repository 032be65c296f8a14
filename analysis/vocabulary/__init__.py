"""Vocabulary: which words each outlet uses, counted and compared.

Everything here reads the study's body tokens of primary documents
(``study.tokens``; headlines, captions, boilerplate and appended stories are
already excluded) and keeps the outlet's own voice apart from quoted voice.

Layers, each a plain function over DataFrames:

1. Counting: ``term_tokens`` (one row per word token, with its offsets and its
   normalised ``term``), ``term_frequencies`` (raw counts and
   rates per 10,000 words, per article and per outlet, by voice).
2. Keyness between groups of texts (pairwise and one-vs-rest, any number of
   outlets): log-likelihood G2, Log Ratio, %DIFF, BIC and the Fightin' Words
   log-odds ratio with an informative Dirichlet prior (``keyness_table``).
3. Per-article summary statistics: tokens, types, sentence length, MATTR,
   MTLD, Flesch readability (``text_statistics``).
4. N-grams and collocations (``ngram_occurrences``, ``collocations``,
   ``distinctive_phrases``).
5. Concordance: ``kwic`` (``kwic_index`` indexes word positions by term once,
   for many calls) and ``render_kwic``.
6. Charts: ``plot_fightin_words``, ``plot_distinctive_terms``.

Normalisation (stated once, tested): a term is the token's text case-folded
(``str.casefold``: "Al-Sham" and "al-Sham" are one term), with curly
apostrophes straightened ("Hay’at" -> "hay'at") and Unicode NFC-composed.
Only tokens containing a letter are terms; numbers ("2011", "350,000") and
punctuation are not, and they are not in the word totals either. Hyphenated words stay one term ("so-called"); the possessive "'s" is its
own token and a stop word. Spelling variants ("al-Shughur"/"al-Shughour") are
NOT merged: that would need a lexicon of variants, not a rule.

Scale: ``tables`` reads the tokens once (``_prepare``) into 32-bit numpy
arrays, normalises each distinct string once, and counts on integer codes
(terms, articles, outlets, voices, n-grams) by sorting packed keys and
``bincount`` rather than grouping strings; MATTR and MTLD are computed for all
articles together; its two large tables come back compact (categorical
strings, int32 numbers; same CSV). A concordance reads only the occurrences of
its first word and the tokens of its lines (``kwic_index`` builds that index
once for many calls). The public functions that take a ``term_tokens`` table
go through the same code paths, and the tests check them against the plain
one-text definitions.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
from nltk.metrics.association import BigramAssocMeasures
from scipy.special import xlogy
from scipy.stats import chi2

from ..study import Study, release_freed_memory
from ..text import normalise_token, tokenize

PER = 10_000  # rates are per 10,000 words
STOPWORDS_FILE = "stopwords_en.txt"
REST = "rest"  # reference name in one-vs-rest comparisons

# Zero-frequency conventions (see keyness functions).
LOG_RATIO_ZERO = 0.5  # Hardie (2014): a zero frequency counts as 0.5
PERCENT_DIFF_ZERO = 1e-18  # Gabrielatos & Marchi (2012): a zero normalised frequency counts as 1e-18

VOWELS = re.compile(r"[aeiouyà-ÿ]")
# A term is a token with at least one letter: words, not numbers ("2011",
# "350,000") or punctuation. (The text layer's ``is_word`` also counts numbers.)
LETTER = re.compile(r"[^\W\d_]")
MATTR_WINDOW = 50
MTLD_THRESHOLD = 0.72

TERM_TOKEN_COLUMNS = ["article_id", "outlet", "sentence_id", "token_id", "start", "end", "text", "term", "voice", "is_stopword"]
KEYNESS_COLUMNS = [
    "term", "voice", "comparison", "target", "reference", "is_stopword",
    "target_count", "reference_count", "target_tokens", "reference_tokens", "target_rate", "reference_rate",
    "g2", "g2_signed", "p_value", "bic", "ell", "log_ratio", "percent_diff", "log_odds", "log_odds_se", "z", "prior_alpha",
]
TEXT_STATISTICS_COLUMNS = [
    "article_id", "outlet", "sentences", "tokens", "types", "ttr", "mean_sentence_length", "mattr", "mattr_window", "mtld",
    "quoted_share", "readability_words", "syllables", "syllables_per_word", "flesch_reading_ease", "flesch_kincaid_grade",
]
KWIC_COLUMNS = ["article_id", "outlet", "sentence_id", "start", "end", "left", "keyword", "right", "voice"]


# ---------------------------------------------------------------------------
# 1. Counting
# ---------------------------------------------------------------------------


def normalise_term(token: str) -> str:
    """Return the term of a token: case-folded, curly apostrophes straightened, NFC."""
    return unicodedata.normalize("NFC", normalise_token(unicodedata.normalize("NFC", token)))


def load_stopwords(path: str | None = None) -> frozenset[str]:
    """Return the stop word list (default: ``analysis/data/stopwords_en.txt``), normalised."""
    if path is None:
        text = resources.files("analysis.data").joinpath(STOPWORDS_FILE).read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    words = (line.strip() for line in text.splitlines())
    return frozenset(normalise_term(w) for w in words if w and not w.startswith("#"))


def _codes(values) -> tuple[np.ndarray, np.ndarray]:
    """Return (codes, sorted uniques) of ``values``: codes are ranks, so sorting by code sorts by value."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), sort=True)
    return codes.astype(np.int64), np.asarray(uniques, dtype=object)


def _first_occurrences(codes: np.ndarray) -> np.ndarray:
    """Return, for codes numbered in order of first appearance (``pd.factorize``), the row of each code's first occurrence."""
    if not len(codes):
        return np.zeros(0, dtype=np.int64)
    seen = np.maximum.accumulate(codes)
    return np.flatnonzero(np.r_[True, seen[1:] > seen[:-1]])


def _unique(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return ``np.unique(keys, return_index=True, return_inverse=True, return_counts=True)`` of an integer
    array, by hashing (linear time) and sorting only the distinct keys."""
    codes, uniques = pd.factorize(np.asarray(keys, dtype=np.int64), sort=False)
    uniques = np.asarray(uniques, dtype=np.int64)
    first = _first_occurrences(codes)
    order = np.argsort(uniques, kind="stable")
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    inverse = rank[codes]
    return uniques[order], first[order], inverse, np.bincount(inverse, minlength=len(order))


def _codes32(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return ``_codes`` of a long column with int32 codes (hashing, then ranking only the distinct values)."""
    codes, uniques = pd.factorize(values, sort=False)
    uniques = np.asarray(uniques, dtype=object)
    order = np.argsort(uniques, kind="stable")
    rank = np.empty(len(order), dtype=np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    return rank[codes], uniques[order]


def _int32(values: np.ndarray) -> np.ndarray:
    """Return integer codes or positions as int32 (they index arrays of fewer than 2**31 rows)."""
    return values.astype(np.int32, copy=False)


def _prepare(study: Study, stop: frozenset[str] | None = None) -> dict:
    """Return the primary body tokens once, as numpy arrays shared by every table.

    All tokens (words, numbers, punctuation) of primary documents, sorted by
    article and token: ``art`` (code into the sorted ``articles``),
    ``outlet_of_article`` (code into the sorted ``outlets``), ``sentence``,
    ``token_id``, ``start``, ``end``, ``text_code`` (code into the sorted
    distinct token strings ``texts``), ``voice`` (code into sorted
    ``voices``) and ``is_term`` (contains a letter).
    Word tokens: ``rows`` (their positions among all tokens), ``term``
    (code into the sorted ``vocab``) and ``word_run`` (see ``_ngram_codes``:
    n-grams never cross a run); ``vocab_stop`` flags stop words.
    Each distinct string is normalised once, never each row. Codes and
    positions are int32 (a large corpus has millions of rows); the study's
    numeric columns are not copied when every row is kept in order.
    """
    stop = load_stopwords() if stop is None else stop
    outlet_of = study.outlet_of()
    tokens = study.tokens
    # Rows are taken column by column (no copy of the whole tokens table); ``take`` is None
    # when every row is kept in its order.
    keep = tokens["article_id"].isin(list(outlet_of)).to_numpy()
    take = None if keep.all() else np.flatnonzero(keep)
    del keep

    def column(name: str, dtype=None) -> np.ndarray:
        values = tokens[name].to_numpy(dtype=dtype)
        return values if take is None else values[take]

    art, articles = _codes32(column("article_id", object))
    token_id = column("token_id")
    if len(art) > 1 and not np.all((art[1:] > art[:-1]) | ((art[1:] == art[:-1]) & (token_id[1:] >= token_id[:-1]))):
        order = np.lexsort((token_id, art))  # stable, like sort_values(kind="stable")
        take = order if take is None else take[order]
        art, token_id = art[order], token_id[order]
        del order
    outlet_of_article, outlets = _codes([outlet_of[a] for a in articles])
    text_code, texts = _codes32(column("text", object))
    has_letter = np.array([LETTER.search(t) is not None for t in texts], dtype=bool)
    is_term = has_letter[text_code] if len(text_code) else np.zeros(0, dtype=bool)
    sentence = column("sentence_id")
    voice, voices = _codes32(column("voice", object))
    voice = voice.astype(np.int8)
    # A run is a stretch of words not broken by punctuation or a number, a sentence end, a
    # change of voice or of article.
    breaks = ~is_term
    breaks[1:] |= (art[1:] != art[:-1]) | (sentence[1:] != sentence[:-1]) | (voice[1:] != voice[:-1])
    if len(breaks):
        breaks[0] = True
    rows = _int32(np.flatnonzero(is_term))
    word_run = np.cumsum(breaks, dtype=np.int32)[rows]
    del breaks
    vocab_of_text, vocab = _codes([normalise_term(t) for t in texts[has_letter]])
    term_of_text = np.full(len(texts), -1, dtype=np.int32)
    term_of_text[has_letter] = vocab_of_text
    return {
        "art": art,
        "articles": articles,
        "outlet_of_article": outlet_of_article,
        "outlets": outlets,
        "sentence": sentence,
        "token_id": token_id,
        "start": column("start"),
        "end": column("end"),
        "text_code": text_code,
        "texts": texts,
        "voice": voice,
        "voices": voices,
        "is_term": is_term,
        "rows": rows,
        "word_run": word_run,
        "term": term_of_text[text_code[rows]],
        "vocab": vocab,
        "vocab_stop": np.array([t in stop for t in vocab], dtype=bool),
    }


def _lean(values: np.ndarray) -> np.ndarray:
    """Return integer ``values`` as int32 when they fit (offsets and ids of millions of rows), else unchanged."""
    if len(values) and np.iinfo(np.int32).min <= values.min() and values.max() <= np.iinfo(np.int32).max:
        return values.astype(np.int32)
    return values


def _column(codes: np.ndarray, names: np.ndarray, compact: bool):
    """Return the strings ``names[codes]`` as a column: categorical (``names`` sorted and distinct:
    a small integer per row, same CSV) when ``compact``, else a string array."""
    if compact:
        return pd.Categorical.from_codes(codes, categories=pd.Index(names, dtype="str"), validate=False)
    return pd.array(np.asarray(names, dtype=object)[codes], dtype="str")


def _term_token_frame(p: dict, compact: bool = False) -> pd.DataFrame:
    """Return ``term_tokens`` from the arrays of ``_prepare`` (no per-row Python); ``compact``:
    categorical string columns (the export of a large corpus)."""
    rows = p["rows"]
    art = p["art"][rows]
    frame = pd.DataFrame(
        {
            "article_id": _column(art, p["articles"], compact),
            "outlet": _column(p["outlet_of_article"][art], p["outlets"], compact),
            "sentence_id": _lean(p["sentence"][rows]),
            "token_id": _lean(p["token_id"][rows]),
            "start": _lean(p["start"][rows]),
            "end": _lean(p["end"][rows]),
            "text": _column(p["text_code"][rows], p["texts"], compact),
            "term": _column(p["term"], p["vocab"], compact),
            "voice": _column(p["voice"][rows], p["voices"], compact),
            "is_stopword": p["vocab_stop"][p["term"]],
        },
        columns=TERM_TOKEN_COLUMNS,
        copy=False,
    )
    return frame


def term_tokens(study: Study, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Return one row per word token of primary body text with its ``term`` and offsets.

    Columns: article_id, outlet, sentence_id, token_id, start, end, text, term,
    voice, is_stopword. ``raw[start:end] == text`` for every row. Ids and
    offsets are int32 when they fit (a large corpus has millions of rows).
    """
    stop = load_stopwords() if stopwords is None else frozenset(normalise_term(w) for w in stopwords)
    return _term_token_frame(_prepare(study, stop))


def _word_codes(tokens: pd.DataFrame) -> dict:
    """Return a ``term_tokens``-like table as integer codes (for counting without string grouping).

    Keys: ``pair`` (code per row into the sorted (article_id, outlet) pairs
    ``pair_article`` / ``pair_outlet``), ``outlet_of_pair`` (code into the
    sorted ``outlets``), ``voice`` (code into the sorted ``voices``),
    ``term`` (code into the sorted ``vocab``), ``vocab_stop`` (a term is a
    stop word if any of its rows is flagged), ``sentence``.
    """
    art, articles = _codes(tokens["article_id"].to_numpy(dtype=object))
    out, outlets = _codes(tokens["outlet"].to_numpy(dtype=object))
    width = max(len(outlets), 1)
    keys, _, pair, _ = _unique(art * width + out)
    term, vocab = _codes(tokens["term"].to_numpy(dtype=object))
    voice, voices = _codes(tokens["voice"].to_numpy(dtype=object))
    stop = np.zeros(len(vocab), dtype=bool)
    stop[term[tokens["is_stopword"].to_numpy(dtype=bool)]] = True
    return {
        "pair": pair.astype(np.int64),
        "pair_article": articles[keys // width],
        "pair_outlet": outlets[keys % width],
        "outlet_of_pair": (keys % width).astype(np.int64),
        "outlets": outlets,
        "voice": voice,
        "voices": voices,
        "term": term,
        "vocab": vocab,
        "vocab_stop": stop,
        "sentence": tokens["sentence_id"].to_numpy(),
    }


def _prepared_word_codes(p: dict) -> dict:
    """Return ``_word_codes`` of ``term_tokens`` straight from the arrays of ``_prepare``."""
    rows = p["rows"]
    return {
        "pair": p["art"][rows],
        "pair_article": p["articles"],
        "pair_outlet": p["outlets"][p["outlet_of_article"]],
        "outlet_of_pair": p["outlet_of_article"],
        "outlets": p["outlets"],
        "voice": p["voice"][rows],
        "voices": p["voices"],
        "term": p["term"],
        "vocab": p["vocab"],
        "vocab_stop": p["vocab_stop"],
        "sentence": p["sentence"][rows],
    }


def _str(values) -> pd.arrays.StringArray:
    return pd.array(np.asarray(values, dtype=object), dtype="str")


def _distinct_sorted(key: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (distinct values, their counts) of an integer array, sorting it in place."""
    key.sort()
    if not len(key):
        return key, np.zeros(0, dtype=np.int64)
    edge = np.empty(len(key), dtype=bool)
    edge[0] = True
    np.not_equal(key[1:], key[:-1], out=edge[1:])
    at = np.flatnonzero(edge)
    del edge
    return key[at], np.diff(at, append=len(key))


def _frequencies(w: dict, compact: bool = False) -> dict[str, pd.DataFrame]:
    """Return ``term_frequencies`` from ``_word_codes``; ``compact``: categorical string columns
    and int32 counts (the export of a large corpus; same CSV)."""
    voices = np.array(sorted({*w["voices"], "all"}), dtype=object)
    voice_code = np.searchsorted(voices, w["voices"]).astype(np.int64)
    every = int(np.searchsorted(voices, "all"))
    n_voices, n_terms = len(voices), max(len(w["vocab"]), 1)
    n_pairs = len(w["pair_article"])
    # Count equal packed keys (article, voice, term) by sorting them: per voice, and per article
    # and term for voice "all" (the sum of an article's voices). Keys are distinct, so the two
    # sorted runs merged (a stable sort of two runs is a merge) give the one order of the table.
    key = w["pair"].astype(np.int64) * n_voices
    key += voice_code[w["voice"]]
    key *= n_terms
    key += w["term"]
    key_voice, count_voice = _distinct_sorted(key)
    key = w["pair"].astype(np.int64) * n_voices + every
    key *= n_terms
    key += w["term"]
    key_all, count_all = _distinct_sorted(key)
    del key
    # merge the two sorted runs of distinct keys: where each "all" key goes among the others
    into = np.searchsorted(key_voice, key_all)
    into += np.arange(len(key_all))
    from_all = np.zeros(len(key_all) + len(key_voice), dtype=bool)
    from_all[into] = True
    key = np.empty(len(from_all), dtype=np.int64)
    key[into] = key_all
    key[~from_all] = key_voice
    count = np.empty(len(from_all), dtype=np.int64)
    count[into] = count_all
    count[~from_all] = count_voice
    del key_all, key_voice, count_all, count_voice, into, from_all
    term = _int32(key % n_terms)
    key //= n_terms
    voice_of = (key % n_voices).astype(np.int8)
    pair = _int32(key // n_voices)
    del key
    count_type = np.int32 if compact else np.int64
    count = count.astype(count_type)
    totals = np.bincount(pair.astype(np.int64) * n_voices + voice_of, weights=count, minlength=n_pairs * n_voices).astype(np.int64)
    tokens_ = totals[pair.astype(np.int64) * n_voices + voice_of].astype(count_type)
    outlet_of_pair = np.asarray(w["outlet_of_pair"], dtype=np.int64)
    outlet = np.asarray(w["outlet_of_pair"], dtype=np.int32)[pair]
    by_article = pd.DataFrame(
        {
            "article_id": _column(pair, w["pair_article"], compact),
            "outlet": _column(outlet, w["outlets"], compact),
            "voice": _column(voice_of, voices, compact),
            "term": _column(term, w["vocab"], compact),
            "count": count,
            "rate": count / tokens_ * PER,
            "tokens": tokens_,
            "is_stopword": w["vocab_stop"][term],
        },
        copy=False,
    )
    del tokens_
    # per outlet: sum over its articles (each row of by_article is one article)
    key2 = outlet.astype(np.int64) * n_voices
    key2 += voice_of
    key2 *= n_terms
    key2 += term
    del outlet, pair, term, voice_of
    size = len(w["outlets"]) * n_voices * n_terms
    if size <= len(key2):  # few outlets: a dense count over every (outlet, voice, term)
        articles = np.bincount(key2, minlength=size)
        count2 = np.bincount(key2, weights=count, minlength=size).astype(np.int64)
        del key2
        key2 = np.flatnonzero(articles)
        articles, count2 = articles[key2], count2[key2]
    else:
        key2, _, inverse, articles = _unique(key2)
        count2 = np.bincount(inverse, weights=count, minlength=len(key2)).astype(np.int64)
        del inverse
    del count
    outlet2, voice2, term2 = key2 // n_voices // n_terms, (key2 // n_terms) % n_voices, key2 % n_terms
    # words per outlet and voice: the sum of the article totals
    by_voice = np.bincount(
        np.repeat(outlet_of_pair * n_voices, n_voices) + np.tile(np.arange(n_voices), n_pairs), weights=totals, minlength=len(w["outlets"]) * n_voices
    ).astype(np.int64)
    tokens2 = by_voice[outlet2 * n_voices + voice2].astype(np.int64)
    order = np.lexsort((term2, -count2, voice2, outlet2))
    by_outlet = pd.DataFrame(
        {
            "term": _str(w["vocab"][term2]),
            "outlet": _str(w["outlets"][outlet2]),
            "voice": _str(voices[voice2]),
            "count": count2,
            "rate": count2 / tokens2 * PER,
            "tokens": tokens2,
            "articles": articles.astype(np.int64),
            "is_stopword": w["vocab_stop"][term2],
        }
    ).iloc[order]
    return {"by_article": by_article, "by_outlet": by_outlet.reset_index(drop=True)}


def term_frequencies(tokens: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Return ``by_article`` and ``by_outlet`` frequency tables (raw count and rate per 10k).

    ``by_article`` has columns article_id, outlet, voice, term, count, rate,
    tokens, is_stopword (voice "all" = outlet + quoted). ``by_outlet`` (the
    export ``terms.csv``) has columns term, outlet, voice, count, rate,
    tokens, articles (how many of the outlet's articles use the term in that
    voice), is_stopword; sorted by outlet, voice, count (descending), term.
    """
    return _frequencies(_word_codes(tokens))


def _count_matrix(w: dict, voice: str = "all") -> pd.DataFrame:
    """Return ``count_matrix(tokens, "outlet", voice)`` from ``_word_codes``."""
    n_outlets = len(w["outlets"])
    packed = w["term"].astype(np.int64) * n_outlets
    packed += np.asarray(w["outlet_of_pair"], dtype=np.int32)[w["pair"]]
    if voice != "all":
        packed = packed[w["voice"] == (np.flatnonzero(w["voices"] == voice)[0] if voice in set(w["voices"]) else -1)]
    if not len(packed):
        return pd.DataFrame(dtype="int64")
    counts = np.bincount(packed, minlength=len(w["vocab"]) * n_outlets).reshape(len(w["vocab"]), n_outlets)
    del packed
    keep_rows, keep_columns = counts.sum(axis=1) > 0, counts.sum(axis=0) > 0
    return pd.DataFrame(
        counts[keep_rows][:, keep_columns].astype("int64"),
        index=pd.Index(_str(w["vocab"][keep_rows]), name="term"),
        columns=pd.Index(_str(w["outlets"][keep_columns]), name="outlet"),
    )


def count_matrix(tokens: pd.DataFrame, group: str = "outlet", voice: str = "all", item: str = "term") -> pd.DataFrame:
    """Return a term x group table of counts (rows and columns sorted) for one voice."""
    rows = tokens if voice == "all" else tokens[tokens["voice"] == voice]
    if not len(rows):
        return pd.DataFrame(dtype="int64")
    matrix = rows.groupby([item, group], sort=True).size().unstack(group, fill_value=0)
    return matrix.sort_index(axis=0).sort_index(axis=1).astype("int64")


# ---------------------------------------------------------------------------
# 2. Keyness statistics (vectorised: every argument may be a numpy array)
#
# Notation of Rayson & Garside (2000) and the UCREL calculator: a = the term's
# frequency in the target corpus, b = in the reference corpus, c = target
# corpus size (tokens), d = reference corpus size.
# ---------------------------------------------------------------------------


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


def percent_diff(a, b, c, d, zero: float = PERCENT_DIFF_ZERO) -> np.ndarray:
    """Return %DIFF (Gabrielatos & Marchi 2012): 100 * (NF_target - NF_ref) / NF_ref.

    NF is the normalised frequency per ``PER`` words. A reference NF of 0 is
    replaced by ``zero`` (1e-18, their convention), so a term absent from the
    reference gets a huge but finite %DIFF. Not symmetric: swapping corpora
    does not just flip the sign (-100 is the floor, there is no ceiling).
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    nf_target, nf_reference = a / c * PER, b / d * PER
    nf_reference = np.where(nf_reference == 0, zero, nf_reference)
    return 100 * (nf_target - nf_reference) / nf_reference


def bic(g2, n, df: int = 1) -> np.ndarray:
    """Return the BIC approximation of the Bayes factor (Wilson 2013): G2 - df * ln(N).

    N is the total size of both corpora (c + d). BIC > 0 means the data favour
    a difference; Wilson reads 0-2 as "not worth more than a bare mention",
    2-6 positive, 6-10 strong, > 10 very strong evidence.
    """
    return np.asarray(g2, dtype=float) - df * np.log(np.asarray(n, dtype=float))


def ell(a, b, c, d) -> np.ndarray:
    """Return ELL, effect size for log-likelihood (Johnston, Berry & Mielke 2006), as in the UCREL calculator.

    ELL = G2 / (N * ln(E_min)), with N = c + d and E_min the smaller of the
    two expected frequencies E1, E2 (NaN when E_min is 0 or 1).
    """
    a, b, c, d = (np.asarray(x, dtype=float) for x in (a, b, c, d))
    n = c + d
    e_min = np.minimum(c * (a + b) / n, d * (a + b) / n)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = log_likelihood(a, b, c, d) / (n * np.log(e_min))
    return np.where(np.isfinite(value), value, np.nan)


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


def log_odds_dirichlet(y_i, y_j, alpha) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (delta, sigma, z) of Monroe, Colaresi & Quinn (2008), eqs. 16, 20 and 22.

    ``y_i``, ``y_j``: counts of every term of the vocabulary in groups i and j
    (arrays over the same vocabulary); ``alpha``: Dirichlet prior
    pseudo-counts per term, alpha_0 = sum(alpha).

    delta_w = ln[(y_iw + a_w) / (n_i + a_0 - y_iw - a_w)]
            - ln[(y_jw + a_w) / (n_j + a_0 - y_jw - a_w)]     (log-odds ratio)
    sigma^2_w ~= 1 / (y_iw + a_w) + 1 / (y_jw + a_w)            (its variance)
    z_w = delta_w / sigma_w

    Positive means the term is used more by group i. Swapping i and j flips
    the sign of delta and z.
    """
    y_i, y_j, alpha = (np.asarray(x, dtype=float) for x in (y_i, y_j, alpha))
    n_i, n_j, alpha0 = y_i.sum(), y_j.sum(), alpha.sum()
    delta = np.log((y_i + alpha) / (n_i + alpha0 - y_i - alpha)) - np.log((y_j + alpha) / (n_j + alpha0 - y_j - alpha))
    sigma = np.sqrt(1 / (y_i + alpha) + 1 / (y_j + alpha))
    return delta, sigma, delta / sigma


def wordfreq_frequencies(terms: Iterable[str], lang: str = "en") -> list[float]:
    """Return ``wordfreq.word_frequency(term, lang)`` of each term (words joined by single spaces).

    The same arithmetic as wordfreq (1/f = 1/f1 + 1/f2 + ... over the term's
    tokens, 0 if a token is unknown, rounded to 3 significant digits), but
    each distinct word is tokenised and looked up once, not once per n-gram
    containing it: wordfreq's tokeniser splits at spaces, so a term's tokens
    are its words' tokens in order (tests compare with ``word_frequency``).
    """
    from wordfreq import get_frequency_dict, lossy_tokenize
    from wordfreq.numbers import digit_freq, smash_numbers

    table = get_frequency_dict(lang, "best")
    inverse_of_word: dict[str, tuple[float, ...] | None] = {}

    def inverses(word: str) -> tuple[float, ...] | None:  # 1/f of each token; None if one is unknown
        if word not in inverse_of_word:
            values = []
            for token in lossy_tokenize(word, lang):
                smashed = smash_numbers(token)
                if smashed not in table:
                    inverse_of_word[word] = None
                    return None
                freq = table[smashed]
                if smashed != token:
                    freq *= digit_freq(token)
                values.append(1.0 / freq)
            inverse_of_word[word] = tuple(values)
        return inverse_of_word[word]

    result = []
    for term in terms:
        one_over_result, tokens, known = 0.0, 0, True
        for word in term.split(" "):
            values = inverses(word)
            if values is None:
                known = False
                break
            for value in values:  # summed in token order, like wordfreq
                one_over_result += value
            tokens += len(values)
        if not known or not tokens:
            result.append(0.0)
            continue
        freq = 1.0 / one_over_result
        result.append(round(freq, math.floor(-math.log(freq, 10)) + 3) if freq > 0.0 else 0.0)
    return result


def dirichlet_prior(terms: Sequence[str], background: np.ndarray, kind: str = "corpus", weight: float = 0.1, floor: float = 1e-8) -> np.ndarray:
    """Return the Dirichlet prior pseudo-counts alpha_w for ``terms``.

    The prior's total weight is alpha_0 = ``weight`` x (tokens in
    ``background``), i.e. by default the prior is worth one tenth of the
    data. Its shape pi_w (alpha_w = alpha_0 * pi_w) is:

    - ``"corpus"``: the term's share of the background counts (normally the
      whole corpus, all outlets together): Monroe et al.'s informative prior
      built from the pooled texts themselves.
    - ``"wordfreq"``: the term's frequency in general English from the
      ``wordfreq`` package (offline data, multi-word terms get wordfreq's
      combined estimate), floored at ``floor`` for unknown words, renormalised
      over the vocabulary.
    - ``"uniform"``: the same pseudo-count for every term (uninformative).
    """
    background = np.asarray(background, dtype=float)
    alpha0 = weight * background.sum()
    if kind == "corpus":
        shape = background / background.sum()
    elif kind == "uniform":
        shape = np.full(len(terms), 1 / len(terms))
    elif kind == "wordfreq":
        freqs = np.array([max(f, floor) for f in wordfreq_frequencies(terms)])
        shape = freqs / freqs.sum()
    else:
        raise ValueError(f"unknown prior kind {kind!r}: use 'corpus', 'wordfreq' or 'uniform'")
    return alpha0 * shape


def comparisons(groups: Sequence[str], mode: str) -> list[tuple[str, list[str], str, list[str]]]:
    """Return (target, target groups, reference, reference groups) for every comparison.

    ``pairwise``: every ordered pair of distinct groups (both directions, so
    each group can be read as target). ``one_vs_rest``: each group against all
    the others pooled (reference named "rest").
    """
    groups = sorted(groups)
    if mode == "pairwise":
        return [(t, [t], r, [r]) for t in groups for r in groups if t != r]
    if mode == "one_vs_rest":
        return [(t, [t], REST, [g for g in groups if g != t]) for t in groups] if len(groups) > 1 else []
    raise ValueError("mode must be 'pairwise' or 'one_vs_rest'")


def keyness_table(
    matrix: pd.DataFrame,
    modes: Sequence[str] = ("pairwise", "one_vs_rest"),
    prior: str = "corpus",
    prior_weight: float = 0.1,
    stopwords: Iterable[str] = (),
) -> pd.DataFrame:
    """Return every keyness statistic for every term and comparison of a term x group count table.

    One row per (comparison, target, reference, term) where the term occurs
    in target or reference. Corpus sizes are the column sums of ``matrix``
    (all terms, stop words included). The Dirichlet prior is built once from
    the whole table (all groups) and is the same in every comparison.
    Columns: see ``KEYNESS_COLUMNS`` (without ``voice``).
    """
    columns = [c for c in KEYNESS_COLUMNS if c != "voice"]
    if matrix.shape[1] < 2 or matrix.shape[0] == 0:
        return pd.DataFrame(columns=columns)
    terms = matrix.index.to_numpy()
    counts = matrix.to_numpy(dtype=float)
    group_index = {g: i for i, g in enumerate(matrix.columns)}
    alpha = dirichlet_prior(list(terms), counts.sum(axis=1), prior, prior_weight)
    stop = np.isin(terms, list(stopwords))
    frames = []
    for mode in modes:
        for target, t_groups, reference, r_groups in comparisons(list(matrix.columns), mode):
            a = counts[:, [group_index[g] for g in t_groups]].sum(axis=1)
            b = counts[:, [group_index[g] for g in r_groups]].sum(axis=1)
            c, d = a.sum(), b.sum()
            g2 = log_likelihood(a, b, c, d)
            delta, sigma, z = log_odds_dirichlet(a, b, alpha)
            frame = pd.DataFrame(
                {
                    "term": terms,
                    "comparison": mode,
                    "target": target,
                    "reference": reference,
                    "is_stopword": stop,
                    "target_count": a.astype("int64"),
                    "reference_count": b.astype("int64"),
                    "target_tokens": int(c),
                    "reference_tokens": int(d),
                    "target_rate": a / c * PER,
                    "reference_rate": b / d * PER,
                    "g2": g2,
                    "g2_signed": g2 * overuse_sign(a, b, c, d),
                    "p_value": chi2.sf(g2, 1),
                    "bic": bic(g2, c + d),
                    "ell": ell(a, b, c, d),
                    "log_ratio": log_ratio(a, b, c, d),
                    "percent_diff": percent_diff(a, b, c, d),
                    "log_odds": delta,
                    "log_odds_se": sigma,
                    "z": z,
                    "prior_alpha": alpha,
                }
            )
            frames.append(frame[(a + b) > 0])
    table = pd.concat(frames, ignore_index=True)
    order = {m: i for i, m in enumerate(modes)}
    table = table.assign(_mode=table["comparison"].map(order))
    table = table.sort_values(["_mode", "target", "reference", "z", "term"], ascending=[True, True, True, False, True], kind="stable")
    return table.drop(columns="_mode").reset_index(drop=True)[columns]


def keyness(
    tokens: pd.DataFrame,
    voices: Sequence[str] = ("all", "outlet"),
    modes: Sequence[str] = ("pairwise", "one_vs_rest"),
    group: str = "outlet",
    prior: str = "corpus",
    prior_weight: float = 0.1,
) -> pd.DataFrame:
    """Return the keyness table of word terms between groups (default: outlets), per voice.

    ``tokens`` is ``term_tokens(study)``. Default voices: "all" (all body
    text) and "outlet" (the outlet's own words, quotations removed); the
    ``voice`` column says which. Stop words are counted (they belong to the
    corpus sizes) and flagged in ``is_stopword``.
    """
    if group == "outlet":
        return _keyness(_word_codes(tokens), voices, modes, prior, prior_weight)
    stop = sorted(set(tokens.loc[tokens["is_stopword"], "term"]))
    return _keyness_per_voice(lambda voice: count_matrix(tokens, group, voice), stop, voices, modes, prior, prior_weight)


def _keyness_per_voice(matrix_of, stop: Sequence[str], voices: Sequence[str], modes: Sequence[str], prior: str, prior_weight: float) -> pd.DataFrame:
    """Return ``keyness_table`` of ``matrix_of(voice)`` for each voice, stacked with a ``voice`` column."""
    frames = [keyness_table(matrix_of(voice), modes, prior, prior_weight, stop).assign(voice=voice) for voice in voices]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    return pd.concat(frames, ignore_index=True)[KEYNESS_COLUMNS]


def _keyness(
    w: dict,
    voices: Sequence[str] = ("all", "outlet"),
    modes: Sequence[str] = ("pairwise", "one_vs_rest"),
    prior: str = "corpus",
    prior_weight: float = 0.1,
) -> pd.DataFrame:
    """Return ``keyness`` between outlets from ``_word_codes``."""
    stop = list(w["vocab"][w["vocab_stop"]])
    return _keyness_per_voice(lambda voice: _count_matrix(w, voice), stop, voices, modes, prior, prior_weight)


PRIOR_SETTINGS = (("corpus", 0.01), ("corpus", 0.1), ("corpus", 1.0), ("wordfreq", 0.1), ("uniform", 0.1))


def prior_sensitivity(
    tokens: pd.DataFrame,
    settings: Sequence[tuple[str, float]] = PRIOR_SETTINGS,
    voice: str = "all",
    top: int = 8,
    threshold: float = 1.96,
) -> pd.DataFrame:
    """Return, per prior setting and outlet (one-vs-rest), the top terms by z and how many pass ``threshold``.

    Columns: prior, prior_weight, target, significant (terms with z >=
    threshold), top_terms (the ``top`` non-stop-word terms, best first, ties
    broken alphabetically). Shows how much a ranking owes to the prior.
    """
    rows = []
    words = _word_codes(tokens)  # coded once, not once per setting
    for kind, weight in settings:
        table = _keyness(words, (voice,), ("one_vs_rest",), kind, weight)
        table = table[~table["is_stopword"]]
        for target, group in table.groupby("target", sort=True):
            ranked = group.sort_values(["z", "term"], ascending=[False, True], kind="stable")
            rows.append(
                {
                    "prior": kind,
                    "prior_weight": weight,
                    "target": target,
                    "significant": int((group["z"] >= threshold).sum()),
                    "top_terms": ", ".join(ranked["term"].head(top)),
                }
            )
    return pd.DataFrame(rows, columns=["prior", "prior_weight", "target", "significant", "top_terms"])


# ---------------------------------------------------------------------------
# 3. Per-article summary statistics
# ---------------------------------------------------------------------------


def ttr(terms: Sequence[str]) -> float:
    """Return the type-token ratio (NaN for an empty text)."""
    return len(set(terms)) / len(terms) if len(terms) else math.nan


def mattr(terms: Sequence[str], window: int = MATTR_WINDOW, short_text: str = "nan") -> float:
    """Return the moving-average type-token ratio (Covington & McFall 2010).

    The mean TTR of every window of ``window`` consecutive tokens, moved one
    token at a time. A text shorter than the window has no full window: by
    default the result is NaN (its plain TTR would not be comparable with
    MATTR of longer texts); ``short_text="ttr"`` returns the plain TTR
    instead (the convention of the ``lexical_diversity`` package).
    """
    n = len(terms)
    if window < 1:
        raise ValueError("window must be at least 1")
    if n < window:
        if short_text == "ttr":
            return ttr(terms)
        return math.nan
    counts: dict[str, int] = {}
    for term in terms[:window]:
        counts[term] = counts.get(term, 0) + 1
    types, total = len(counts), 0
    total += types
    for i in range(window, n):
        out, new = terms[i - window], terms[i]
        counts[out] -= 1
        if counts[out] == 0:
            del counts[out]
            types -= 1
        if counts.get(new, 0) == 0:
            types += 1
        counts[new] = counts.get(new, 0) + 1
        total += types
    return total / (n - window + 1) / window


def _mtld_pass(terms: Sequence[str], threshold: float) -> float:
    """Return the number of MTLD factors in one direction (full factors + partial remainder)."""
    factors, seen, count, current = 0.0, set(), 0, 1.0
    for term in terms:
        count += 1
        seen.add(term)
        current = len(seen) / count
        if current <= threshold:
            factors += 1
            seen, count, current = set(), 0, 1.0
    if count:  # the unfinished stretch counts as a fraction of a factor
        factors += (1 - current) / (1 - threshold)
    return factors


def mtld(terms: Sequence[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Return MTLD (McCarthy & Jarvis 2010): mean length of stretches that keep TTR above ``threshold``.

    Bidirectional: the mean of a forward and a backward pass, each = tokens /
    factors. A factor ends when the running TTR falls to ``threshold`` (0.72)
    or below; the leftover stretch adds (1 - its TTR) / (1 - 0.72) of a
    factor. NaN when a pass finds no factor at all (e.g. all tokens distinct).
    """
    values = []
    for sequence in (list(terms), list(terms)[::-1]):
        factors = _mtld_pass(sequence, threshold)
        values.append(len(sequence) / factors if factors > 0 else math.nan)
    return float(np.mean(values))


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    # left=1, right=1: allow one-letter first/last syllables (a-way, Syr-i-a).
    return pyphen.Pyphen(lang="en_US", left=1, right=1)


@lru_cache(maxsize=100_000)
def syllables(word: str) -> int:
    """Return the syllable count of a word estimated from pyphen's hyphenation points.

    Each hyphen-separated part counts (hyphenation points + 1) syllables;
    apostrophes are dropped first ("don't" -> "dont"); a piece without a
    vowel letter (a e i o u y) is not a syllable. At least 1. Hyphenation
    points are not syllables in every word: vowel hiatus is missed ("area",
    "idea" count 1), so the estimate errs low for such words.
    """
    total = 0
    for part in word.replace("'", "").replace("’", "").casefold().split("-"):
        cuts = [0, *_hyphenator().positions(part), len(part)]
        pieces = [part[i:j] for i, j in zip(cuts, cuts[1:])]
        # a syllable needs a vowel: a vowelless piece ("dont" -> "don-t") joins its neighbour
        total += sum(1 for piece in pieces if VOWELS.search(piece))
    return max(total, 1)


def flesch_reading_ease(words: int, sentences: int, syllable_count: int) -> float:
    """Return Flesch (1948) Reading Ease: 206.835 - 1.015 (words/sentences) - 84.6 (syllables/words)."""
    if not words or not sentences:
        return math.nan
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllable_count / words)


def flesch_kincaid_grade(words: int, sentences: int, syllable_count: int) -> float:
    """Return the Flesch-Kincaid grade (Kincaid et al. 1975): 0.39 (w/s) + 11.8 (syl/w) - 15.59."""
    if not words or not sentences:
        return math.nan
    return 0.39 * (words / sentences) + 11.8 * (syllable_count / words) - 15.59


def _previous_position(group: np.ndarray, term: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (position of each token in its group, position of the previous token of the same
    term in the same group or -1), both int32. Groups must be contiguous runs of ``group``."""
    n = len(term)
    previous = np.full(n, -1, dtype=np.int32)
    if not n:
        return np.zeros(0, dtype=np.int32), previous
    first = np.empty(n, dtype=bool)
    first[0] = True
    np.not_equal(group[1:], group[:-1], out=first[1:])
    begins = np.flatnonzero(first)  # row of each run's first token
    del first
    position = np.arange(n, dtype=np.int32)
    position -= np.repeat(_int32(begins), np.diff(begins, append=n))
    # Sort (group, term, position) packed in one integer: same group and term together, in text order.
    terms, length = int(term.max()) + 1, int(position.max()) + 1
    if (int(group.max()) + 1) * terms * length < 2**62:
        starts = np.zeros(int(group.max()) + 1, dtype=np.int64)
        starts[group[begins]] = begins  # row of each group's first token
        packed = group.astype(np.int64) * terms
        packed += term
        packed *= length
        packed += position
        packed.sort()
        at = _int32(packed % length)
        packed //= length  # (group, term)
        # in sorted order: the previous position of the same group and term, or -1
        earlier = np.where(packed[1:] == packed[:-1], at[:-1], np.int32(-1))
        packed //= terms  # group
        np.take(starts, packed, out=packed, mode="clip")  # in place: each index is read before it is overwritten
        packed += at  # row of each sorted entry
        del at
        previous[packed[1:]] = earlier
        del packed, earlier
    else:
        order = np.argsort(group.astype(np.int64) * terms + term, kind="stable")
        same = (group[order][1:] == group[order][:-1]) & (term[order][1:] == term[order][:-1])
        previous[order[1:][same]] = position[order[:-1][same]]
    return position, previous


def _mattr_totals(group: np.ndarray, position: np.ndarray, previous: np.ndarray, lengths: np.ndarray, window: int) -> np.ndarray:
    """Return, per group, the sum over all windows of the number of types in the window.

    A token counts as a type in every window that holds it but no earlier
    token of its term: windows starting after ``previous`` and at or before
    the token, that fit in the text. Integer arithmetic, so exactly the sum
    of the sliding count.
    """
    lo = np.maximum(previous + 1, position - (window - 1))
    np.maximum(lo, 0, out=lo)
    hi = np.minimum(position, lengths[group] - window)
    hi -= lo
    hi += 1
    np.maximum(hi, 0, out=hi)
    return np.bincount(group, weights=hi, minlength=len(lengths)).astype(np.int64)


def _mtld_pass_codes(position_new: np.ndarray, threshold: float, start: int = 0, factors: int = 0) -> float:
    """Return MTLD factors of one pass over one text, given ``previous`` positions of each token
    (``-1`` if none): exactly ``_mtld_pass`` on the terms, one numpy step per factor. ``start`` and
    ``factors`` resume a pass already advanced that far."""
    n, current = len(position_new), 1.0
    counts = np.arange(1, n + 1)
    while start < n:
        # Look ahead a stretch first (factors are short); the whole rest only if none ends in it.
        for stop in (min(n, start + 256), n):
            new = position_new[start:stop] < start  # first occurrence since the factor began
            ttr_ = np.cumsum(new) / counts[: stop - start]
            ended = np.flatnonzero(ttr_ <= threshold)
            if len(ended) or stop == n:
                break
        if not len(ended):
            current = float(ttr_[-1])
            return factors + (1 - current) / (1 - threshold)
        factors += 1
        start += int(ended[0]) + 1
    return float(factors)


def _mtld_passes(previous: np.ndarray, starts: np.ndarray, lengths: np.ndarray, threshold: float, chunk: int = 256, block: int = 2048) -> np.ndarray:
    """Return the MTLD factors of one pass over every text at once (texts are the slices
    ``starts[g] : starts[g] + lengths[g]`` of ``previous``, see ``_mtld_pass_codes``).

    All texts advance together, one factor per step, looking ``chunk`` tokens ahead; a text
    whose factor is longer than that finishes alone with ``_mtld_pass_codes``. Same arithmetic
    as the one-text pass, so the same floats. Texts go ``block`` at a time (each is independent),
    which bounds the look-ahead arrays.
    """
    if len(lengths) > block:
        return np.concatenate([_mtld_passes(previous, starts[i : i + block], lengths[i : i + block], threshold, chunk, block) for i in range(0, len(lengths), block)])
    n_texts = len(lengths)
    result = np.zeros(n_texts)
    start = np.zeros(n_texts, dtype=np.int64)
    factors = np.zeros(n_texts, dtype=np.int64)
    active = np.flatnonzero(lengths > 0)
    offsets = np.arange(chunk)
    counts = np.arange(1, chunk + 1)
    while len(active):
        remaining = lengths[active] - start[active]
        valid = offsets[None, :] < remaining[:, None]
        rows = np.minimum(starts[active, None] + start[active, None] + offsets[None, :], len(previous) - 1)
        new = (previous[rows] < start[active, None]) & valid
        ttr_ = np.cumsum(new, axis=1) / counts[None, :]
        hit = (ttr_ <= threshold) & valid
        has = hit.any(axis=1)
        first = hit.argmax(axis=1)
        # a factor ends: count it and move on
        ended = active[has]
        factors[ended] += 1
        start[ended] += first[has] + 1
        # no factor ends before the text does: add the unfinished stretch and stop
        last = ~has & (remaining <= chunk)
        for g, current in zip(active[last], ttr_[np.flatnonzero(last), remaining[last] - 1]):
            result[g] = int(factors[g]) + (1 - float(current)) / (1 - threshold)
        # a factor longer than the look-ahead: finish that text alone
        for g in active[~has & (remaining > chunk)]:
            text = previous[starts[g] : starts[g] + lengths[g]]
            result[g] = _mtld_pass_codes(text, threshold, int(start[g]), int(factors[g]))
        finished = active[has][start[ended] >= lengths[ended]]
        result[finished] = factors[finished].astype(float)
        active = active[has][start[ended] < lengths[ended]]
    return result


def text_statistics(tokens: pd.DataFrame, window: int = MATTR_WINDOW) -> pd.DataFrame:
    """Return one row of summary statistics per article (body text, all voices).

    tokens/types count word tokens/terms; sentences are sentences with at
    least one word; mean_sentence_length is words per sentence; mattr uses
    ``window`` (NaN when the article is shorter); readability words exclude
    the clitic "'s" token (it is part of the word before it). An article
    without any word (only numbers or punctuation) has no row.
    """
    return _text_statistics(_word_codes(tokens), window)


def _text_statistics(w: dict, window: int = MATTR_WINDOW) -> pd.DataFrame:
    """Return ``text_statistics`` from ``_word_codes``."""
    if window < 1:
        raise ValueError("window must be at least 1")
    uniques = list(zip(w["pair_article"], w["pair_outlet"]))
    pair = w["pair"]
    # each article's tokens together, in table order (no copy when they already are)
    if np.all(pair[1:] >= pair[:-1]):
        group, term, sentence, voice = pair, w["term"], w["sentence"], w["voice"]
    else:
        order = np.argsort(pair, kind="stable")
        group, term, sentence, voice = pair[order], w["term"][order], w["sentence"][order], w["voice"][order]
        del order
    vocab = w["vocab"]
    n_groups = len(uniques)
    lengths = np.bincount(group, minlength=n_groups)
    if np.all((group[1:] > group[:-1]) | ((group[1:] == group[:-1]) & (sentence[1:] >= sentence[:-1]))):
        # sentences in order within each article: count where (article, sentence) changes
        change = np.ones(len(group), dtype=bool)
        change[1:] = (group[1:] != group[:-1]) | (sentence[1:] != sentence[:-1])
        n_sentences = np.bincount(group[change], minlength=n_groups)
        del change
    else:
        low = int(sentence.min())
        span = int(sentence.max()) - low + 1
        pairs = group.astype(np.int64) * span
        pairs += sentence
        pairs -= low
        n_sentences = np.bincount(pd.unique(pairs) // span, minlength=n_groups)
        del pairs
    position, previous = _previous_position(group, term)
    types = np.bincount(group[previous < 0], minlength=n_groups)
    totals = _mattr_totals(group, position, previous, lengths, window)
    del position
    ends = np.cumsum(lengths)
    starts = ends - lengths
    forward = _mtld_passes(previous, starts, lengths, MTLD_THRESHOLD)
    del previous
    # backward pass of MTLD: the same on the reversed text
    _, r_previous = _previous_position(group[::-1], term[::-1])
    backward = _mtld_passes(r_previous, len(group) - ends, lengths, MTLD_THRESHOLD)
    del r_previous
    mtld_values = []
    for g in range(n_groups):
        values = [lengths[g] / float(f) if f > 0 else math.nan for f in (forward[g], backward[g])]
        mtld_values.append(float(np.mean(values)))
    is_word = np.array([not str(t).startswith("'") for t in vocab], dtype=bool)
    syllable_of = np.array([syllables(t) if ok else 0 for t, ok in zip(vocab, is_word)], dtype=np.int64)
    word_rows = is_word[term]
    words = np.bincount(group[word_rows], minlength=n_groups)
    syl = np.bincount(group, weights=syllable_of[term], minlength=n_groups).astype(np.int64)
    quoted = np.bincount(group[(w["voices"] == "quoted")[voice]], minlength=n_groups)
    rows = []
    for g, (article_id, outlet) in enumerate(uniques):
        n, w, s, y = int(lengths[g]), int(words[g]), int(n_sentences[g]), int(syl[g])
        if not n:  # an article whose body has numbers or punctuation but no word: nothing to describe
            continue
        rows.append(
            {
                "article_id": article_id,
                "outlet": outlet,
                "sentences": s,
                "tokens": n,
                "types": int(types[g]),
                "ttr": int(types[g]) / n,
                "mean_sentence_length": n / s,
                "mattr": int(totals[g]) / (n - window + 1) / window if n >= window else math.nan,
                "mattr_window": window,
                "mtld": mtld_values[g],
                "quoted_share": int(quoted[g]) / n,
                "readability_words": w,
                "syllables": y,
                "syllables_per_word": y / w if w else math.nan,
                "flesch_reading_ease": flesch_reading_ease(w, s, y),
                "flesch_kincaid_grade": flesch_kincaid_grade(w, s, y),
            }
        )
    return pd.DataFrame(rows, columns=TEXT_STATISTICS_COLUMNS)


# ---------------------------------------------------------------------------
# 4. N-grams and collocations
# ---------------------------------------------------------------------------


def _ngram_codes(p: dict, n: int) -> dict:
    """Return the n-grams of ``_prepare``'s word tokens as codes.

    Keys: ``first`` (word index of each occurrence's first word), ``code``
    (n-gram code per occurrence; codes rank the n-gram strings, so sorting
    codes sorts n-grams as text), ``ngrams`` (the strings, sorted),
    ``stop_only`` / ``stop_edge`` per n-gram code.
    """
    term, run, stop = p["term"], p["word_run"], p["vocab_stop"]
    m = len(term) - n + 1
    if m <= 0:
        return {"first": np.zeros(0, dtype=np.int32), "code": np.zeros(0, dtype=np.int32), "ngrams": np.zeros(0, dtype=object),
                "stop_only": np.zeros(0, dtype=bool), "stop_edge": np.zeros(0, dtype=bool)}
    cache = p.setdefault("ngram_cache", {})
    if n in cache:
        return cache[n]
    first = _int32(np.flatnonzero(run[:m] == run[n - 1 : n - 1 + m]))
    code = np.zeros(len(first), dtype=np.int64)
    for k in range(n):  # fold one word at a time into a dense code (no overflow for any n)
        code *= len(p["vocab"])
        code += term[first + k]
        code, _ = pd.factorize(code)
        code = code.astype(np.int64, copy=False)
    index = _first_occurrences(code)
    words = np.stack([term[first[index] + k] for k in range(n)]) if len(index) else np.zeros((n, 0), dtype=np.int64)
    vocab = p["vocab"]
    strings = np.array([" ".join(vocab[w] for w in column) for column in words.T], dtype=object)
    rank = np.argsort(strings, kind="stable")
    recode = np.empty(len(rank), dtype=np.int32)
    recode[rank] = np.arange(len(rank))
    flags = stop[words]
    cache[n] = {
        "first": first,  # int32, like ``code``: multiply as int64
        "code": recode[code],
        "ngrams": strings[rank],
        "stop_only": flags.all(axis=0)[rank],
        "stop_edge": (flags[0] | flags[-1])[rank],
    }
    return cache[n]


def ngram_occurrences(study: Study, n: int, stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Return every n-gram occurrence inside a run (a stretch of words not broken by
    punctuation, a number, a sentence end, a change of voice or of article) with offsets.

    Columns: article_id, outlet, sentence_id, start, end, ngram (terms joined
    by one space), voice, stop_only (all words are stop words), stop_edge
    (first or last word is a stop word). ``raw[start:end]`` is the n-gram's
    text as printed.
    """
    stop = load_stopwords() if stopwords is None else frozenset(normalise_term(w) for w in stopwords)
    p = _prepare(study, stop)
    g = _ngram_codes(p, n)
    columns = ["article_id", "outlet", "sentence_id", "start", "end", "ngram", "voice", "stop_only", "stop_edge"]
    if len(p["term"]) < n:
        return pd.DataFrame(columns=columns)
    first, last = p["rows"][g["first"]], p["rows"][g["first"] + n - 1]
    art = p["art"][first]
    frame = pd.DataFrame(
        {
            "article_id": pd.array(p["articles"][art], dtype="str"),
            "outlet": pd.array(p["outlets"][p["outlet_of_article"][art]], dtype="str"),
            "sentence_id": p["sentence"][first],
            "start": p["start"][first],
            "end": p["end"][last],
            "ngram": pd.array(g["ngrams"][g["code"]], dtype="str"),
            "voice": pd.array(p["voices"][p["voice"][first]], dtype="str"),
            "stop_only": g["stop_only"][g["code"]],
            "stop_edge": g["stop_edge"][g["code"]],
        }
    )
    return frame


def _group_codes(p: dict, group: str, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (code per token row, sorted names) of ``group`` ("outlet" or "article_id")."""
    if group == "outlet":
        return p["outlet_of_article"][p["art"][rows]], p["outlets"]
    if group == "article_id":
        return p["art"][rows], p["articles"]
    raise ValueError("group must be 'outlet' or 'article_id'")


def _collocations(p: dict, min_count: int = 2, group: str = "outlet") -> pd.DataFrame:
    """Return ``collocations`` from the arrays of ``_prepare``."""
    if group == "outlet":
        columns = ["outlet", "ngram", "count", "quoted_count", "articles", "pmi", "likelihood_ratio", "article_id", "start", "end"]
    elif group == "article_id":  # per article: one article_id column (the first occurrence is in that article) and its outlet
        columns = ["article_id", "outlet", "ngram", "count", "quoted_count", "articles", "pmi", "likelihood_ratio", "start", "end"]
    else:
        raise ValueError("group must be 'outlet' or 'article_id'")
    g = _ngram_codes(p, 2)
    kept = ~g["stop_only"][g["code"]]
    n_kept = int(kept.sum())
    if not n_kept:
        return pd.DataFrame(columns=columns)
    first = g["first"]
    n_ngrams, m = len(g["ngrams"]), len(first)
    # Sort (group, bigram, occurrence) packed in one integer: each bigram of a group becomes a run
    # of its occurrences in text order (its first occurrence leads); dropped bigrams sort last.
    packed = p["art"][p["rows"][first]].astype(np.int64)
    if group == "outlet":
        np.take(np.asarray(p["outlet_of_article"], dtype=np.int64), packed, out=packed, mode="clip")
    names = p["outlets"] if group == "outlet" else p["articles"]
    packed *= n_ngrams
    packed += g["code"]
    if len(names) * n_ngrams * m < 2**62:
        packed *= m
        packed += np.arange(m, dtype=np.int64)
        packed[~kept] = np.iinfo(np.int64).max
        packed.sort()
        occurrence = _int32(packed[:n_kept] % m)
        packed = packed[:n_kept] // m  # (group, bigram): a copy, so the full-length array is freed
    else:  # too many to pack: the same order by a stable sort
        packed[~kept] = np.iinfo(np.int64).max
        occurrence = _int32(np.argsort(packed, kind="stable")[:n_kept])
        packed = packed[occurrence]
    del kept
    begins = np.flatnonzero(np.r_[True, packed[1:] != packed[:-1]])
    uniq, index, count = packed[begins], occurrence[begins], np.diff(begins, append=n_kept)
    del packed
    quoted_code = np.flatnonzero(p["voices"] == "quoted")
    rows = p["rows"][first[occurrence]]
    quoted = np.add.reduceat((p["voice"][rows] == (quoted_code[0] if len(quoted_code) else -1)).astype(np.int32), begins)
    # articles per bigram: occurrences are in text order, so a bigram's articles are non-decreasing
    art = p["art"][rows]
    del rows
    new_article = np.r_[True, art[1:] != art[:-1]]
    new_article[begins] = True
    articles = np.add.reduceat(new_article.astype(np.int32), begins)
    del art, new_article, occurrence
    keep = count >= min_count
    uniq, index, count, quoted, articles = uniq[keep], index[keep], count[keep], quoted[keep], articles[keep]
    # NLTK's marginals: unigram counts of each word in the group, and the group's word total.
    word_group, _ = _group_codes(p, group, p["rows"])
    vocab_size = len(p["vocab"])
    total = np.bincount(word_group, minlength=len(names))
    unigram_key = word_group.astype(np.int64) * vocab_size
    unigram_key += p["term"]
    del word_group
    if len(names) * vocab_size <= len(unigram_key):  # few groups: a dense group x term table
        unigram = np.bincount(unigram_key, minlength=len(names) * vocab_size)

        def unigram_count(key: np.ndarray) -> np.ndarray:
            return unigram[key]
    else:  # many groups (articles): only the (group, term) pairs that occur, looked up by key
        keys, counts = _distinct_sorted(unigram_key)

        def unigram_count(key: np.ndarray) -> np.ndarray:
            return counts[np.searchsorted(keys, key)]
    del unigram_key
    group_of, ngram_of = uniq // n_ngrams, uniq % n_ngrams
    w1 = p["term"][first[index]]
    w2 = p["term"][first[index] + 1]
    n_ii = count.astype(np.int64)
    n_ix = unigram_count(group_of * vocab_size + w1)
    n_xi = unigram_count(group_of * vocab_size + w2)
    n_xx = total[group_of]
    # pmi and likelihood ratio exactly as NLTK's BigramAssocMeasures computes them (same
    # operations in the same order; logs by the math module, like NLTK).
    log2, ln = math.log2, math.log
    pmi = np.array([log2(a * b) - log2(c * d) for a, b, c, d in zip(n_ii.tolist(), n_xx.tolist(), n_ix.tolist(), n_xi.tolist())], dtype=float)
    n_oi, n_io = n_xi - n_ii, n_ix - n_ii
    n_oo = n_xx - n_ii - n_oi - n_io
    cont = (n_ii, n_oi, n_io, n_oo)
    total_cells = n_ii + n_oi + n_io + n_oo
    ratio = np.zeros(len(n_ii))
    for i in range(4):
        obs = cont[i].astype(float)
        expected = (cont[i] + cont[i ^ 1]) * (cont[i] + cont[i ^ 2]) / total_cells
        argument = obs / (expected + 1e-20) + 1e-20
        ratio = ratio + obs * np.array([ln(x) for x in argument.tolist()], dtype=float)
    ratio = 2 * ratio
    first_rows = p["rows"][first[index]]
    first_art = p["art"][first_rows]
    outlet_of = group_of if group == "outlet" else np.asarray(p["outlet_of_article"])[p["art"][first_rows]]
    table = pd.DataFrame(
        {
            "outlet": pd.array(p["outlets"][outlet_of], dtype="str"),
            "ngram": pd.array(g["ngrams"][ngram_of], dtype="str"),
            "count": n_ii,
            "quoted_count": quoted.astype(np.int64),
            "articles": articles.astype(np.int64),
            "pmi": pmi,
            "likelihood_ratio": ratio,
            "article_id": pd.array(p["articles"][first_art], dtype="str"),
            "start": p["start"][first_rows],
            "end": p["end"][p["rows"][first[index] + 1]],
        },
        columns=columns,
    )
    order = np.lexsort((ngram_of, -ratio, group_of))
    return table.iloc[order].reset_index(drop=True)


def collocations(study: Study, min_count: int = 2, stopwords: Iterable[str] | None = None, group: str = "outlet") -> pd.DataFrame:
    """Return bigram collocations per group scored with NLTK's association measures.

    Bigrams are counted inside runs (same sentence, no punctuation between,
    same voice); bigrams seen fewer than ``min_count`` times in the group
    (default 2: in a short text, once is no pattern) and bigrams of stop words
    only are dropped. Scores use NLTK ``BigramAssocMeasures`` with the
    marginals NLTK's own finder uses (unigram counts of each word, total words
    of the group): ``pmi`` (pointwise mutual information, log2) and
    ``likelihood_ratio`` (Dunning's G2 of the bigram's 2x2 table).
    ``quoted_count`` says how many occurrences are inside quotations; the
    first occurrence (article_id, start, end) lets a reader find it.
    ``group`` is "outlet" (columns outlet, ngram, count, quoted_count,
    articles, pmi, likelihood_ratio, article_id, start, end) or "article_id"
    (columns article_id, outlet, ngram, ... start, end: one ``article_id``
    column, since every occurrence is in that article; marginals are the
    article's own word counts).
    """
    stop = load_stopwords() if stopwords is None else frozenset(normalise_term(w) for w in stopwords)
    return _collocations(_prepare(study, stop), min_count, group)


def ngram_matrix(occurrences: pd.DataFrame, group: str = "outlet") -> pd.DataFrame:
    """Return an n-gram x group count table (all n-grams, so column sums are corpus sizes)."""
    return count_matrix(occurrences.rename(columns={"ngram": "term"}), group, "all")


def _distinctive_phrases(study: Study, p: dict, sizes: Sequence[int], min_count: int, top: int, prior: str, prior_weight: float, window: int) -> pd.DataFrame:
    """Return ``distinctive_phrases`` from the arrays of ``_prepare``.

    The statistics are those of ``keyness_table(ngram_matrix(...), ("one_vs_rest",))``,
    computed over the whole n-gram x outlet table but kept only for the rows
    that can be reported, so no table of every n-gram and comparison is built.
    """
    columns = ["target", "phrase", "n", "target_count", "target_quoted_count", "reference_count", "z", "log_ratio", "g2", "article_id", "sentence_id", "start", "end", "left", "keyword", "right"]
    parts = []
    n_outlets = len(p["outlets"])
    for n in sizes:
        g = _ngram_codes(p, n)
        if not len(g["first"]):
            continue
        packed = g["code"].astype(np.int64) * n_outlets
        packed += p["outlet_of_article"][p["art"][p["rows"][g["first"]]]]
        counts = np.bincount(packed, minlength=len(g["ngrams"]) * n_outlets).reshape(len(g["ngrams"]), n_outlets)
        present = np.flatnonzero(counts.sum(axis=0) > 0)  # the table's columns: outlets with n-grams
        counts = counts[:, present].astype(float)
        # A run never crosses a change of voice, so an n-gram's first word gives its voice.
        in_quotes = (p["voices"] == "quoted")[p["voice"][p["rows"][g["first"]]]]
        quoted = np.bincount(packed, weights=in_quotes, minlength=len(g["ngrams"]) * n_outlets).reshape(len(g["ngrams"]), n_outlets)[:, present]
        if len(present) < 2:
            continue
        alpha = dirichlet_prior(list(g["ngrams"]), counts.sum(axis=1), prior, prior_weight)
        key, first_index, _, _ = _unique(packed)
        del packed
        for t in range(len(present)):
            a = counts[:, [t]].sum(axis=1)
            b = counts[:, [r for r in range(len(present)) if r != t]].sum(axis=1)
            c, d = a.sum(), b.sum()
            g2 = log_likelihood(a, b, c, d)
            _, _, z = log_odds_dirichlet(a, b, alpha)
            lr = log_ratio(a, b, c, d)
            keep = np.flatnonzero(((a + b) > 0) & (a >= min_count) & ~g["stop_edge"] & (z > 0))
            if not len(keep):
                continue
            at = np.searchsorted(key, keep * n_outlets + present[t])  # each phrase's first occurrence in the target
            first = g["first"][first_index[at]]
            parts.append(
                pd.DataFrame(
                    {
                        "target": p["outlets"][present[t]],
                        "phrase": g["ngrams"][keep],
                        "n": n,
                        "target_count": a[keep].astype("int64"),
                        "target_quoted_count": quoted[keep, t].astype("int64"),
                        "reference_count": b[keep].astype("int64"),
                        "z": z[keep],
                        "log_ratio": lr[keep],
                        "g2": g2[keep],
                        "_first": p["rows"][first],
                        "_last": p["rows"][first + n - 1],
                    }
                )
            )
    if not parts:
        return pd.DataFrame(columns=columns)
    table = pd.concat(parts, ignore_index=True)
    table = table.sort_values(["target", "z", "target_count", "phrase"], ascending=[True, False, False, True], kind="stable")
    table = table.groupby("target", sort=True).head(top).reset_index(drop=True)
    example = _concordance(study, p, table["_first"].to_numpy(), table["_last"].to_numpy(), window)
    table = table.drop(columns=["_first", "_last"])
    for column in ["article_id", "sentence_id", "start", "end", "left", "keyword", "right"]:
        table[column] = example[column]
    for column in ["target", "phrase"]:
        table[column] = table[column].astype("str")
    return table[columns]


def distinctive_phrases(
    study: Study,
    sizes: Sequence[int] = (2, 3),
    min_count: int = 2,
    top: int = 5,
    prior: str = "corpus",
    prior_weight: float = 0.1,
    stopwords: Iterable[str] | None = None,
    window: int = 8,
) -> pd.DataFrame:
    """Return each outlet's most distinctive phrases (one-vs-rest Fightin' Words z) with a KWIC example.

    Phrases are n-grams of the given ``sizes``, seen at least ``min_count``
    times in the target outlet, neither starting nor ending with a stop word.
    Keyness is computed per n-gram size over all n-grams of that size. The
    example is the phrase's first occurrence in the outlet.
    ``target_quoted_count`` says how many of the target's occurrences are
    inside quotation marks (the quoted voice), so a phrase the outlet only
    quotes can be told from one it uses in its own voice.
    """
    stop = load_stopwords() if stopwords is None else frozenset(normalise_term(w) for w in stopwords)
    return _distinctive_phrases(study, _prepare(study, stop), sizes, min_count, top, prior, prior_weight, window)


# ---------------------------------------------------------------------------
# 5. Concordance
# ---------------------------------------------------------------------------


def phrase_terms(phrase: str) -> list[str]:
    """Return the normalised terms of a search phrase (numbers and punctuation ignored)."""
    return [normalise_term(t) for t in tokenize(phrase) if LETTER.search(t)]


def _sentence_segments(study: Study, p: dict, codes: Sequence[int] | None = None) -> tuple[np.ndarray, np.ndarray, int]:
    """Return (sorted keys article code x span + sentence_id, their segment ids, span) of the
    sentences of the articles with those codes (default: every article of ``p``)."""
    sentences = study.sentences
    ids = p["articles"] if codes is None else p["articles"][np.asarray(codes, dtype=np.int64)]
    if codes is not None:
        sentences = sentences[sentences["article_id"].isin(list(ids))]
    names = sentences["article_id"].to_numpy(dtype=object)
    at = np.searchsorted(p["articles"], names) if len(names) else np.zeros(0, dtype=np.int64)
    found = at < len(p["articles"])
    found[found] = p["articles"][at[found]] == names[found]
    sentence_id = sentences["sentence_id"].to_numpy(dtype=np.int64)
    span = int(max(sentence_id.max() if len(sentence_id) else 0, p["sentence"].max() if len(p["sentence"]) else 0)) + 1
    key = at[found].astype(np.int64) * span + sentence_id[found]
    order = np.argsort(key, kind="stable")
    return key[order], sentences["segment_id"].to_numpy(dtype=np.int64)[found][order], span


def _concordance(study: Study, p: dict, firsts: Sequence[int], lasts: Sequence[int], window: int) -> pd.DataFrame:
    """Return KWIC lines for hits given as (first, last) token positions of ``_prepare``'s arrays.

    Contexts are ``window`` tokens each side within the article, printed with
    single spaces where the raw text has space and " ¶ " where a paragraph or
    segment changes. Only the hits' articles are looked at, and only the
    tokens of each line (``p`` from ``kwic_index`` brings the article
    bounds and sentence segments already indexed).
    """
    if not len(firsts):
        return pd.DataFrame(columns=KWIC_COLUMNS)
    art, starts, ends, sentence, is_term = p["art"], p["start"], p["end"], p["sentence"], p["is_term"]
    texts, text_code = p["texts"], p["text_code"]
    firsts, lasts = np.asarray(firsts, dtype=np.int64), np.asarray(lasts, dtype=np.int64)
    hit_art = art[firsts].astype(np.int64)
    if "article_bounds" in p:
        bounds = p["article_bounds"]
        segment_key, segment_id, span = p["sentence_segments"]
    else:
        bounds = np.searchsorted(art, np.arange(len(p["articles"]) + 1))
        segment_key, segment_id, span = _sentence_segments(study, p, np.unique(hit_art))

    # Both contexts of every line at once: token ranges lo..hi (inclusive), left then right per line.
    block_start, block_end = bounds[hit_art], bounds[hit_art + 1] - 1
    lo = np.ravel(np.column_stack([np.maximum(block_start, firsts - window), lasts + 1]))
    hi = np.ravel(np.column_stack([firsts - 1, np.minimum(block_end, lasts + window)]))
    length = np.maximum(hi - lo + 1, 0)
    ends_at = np.cumsum(length)
    begins_at = ends_at - length
    token = np.repeat(lo - begins_at, length) + np.arange(int(ends_at[-1]))
    key = art[token].astype(np.int64) * span + sentence[token]
    at = np.minimum(np.searchsorted(segment_key, key), max(len(segment_key) - 1, 0))
    segment = np.where(segment_key[at] == key, segment_id[at], -1) if len(segment_key) else np.full(len(key), -1)
    # what goes before each token: nothing at a range's start, " ¶ " where the segment changes,
    # " " where the raw text has a gap
    previous = np.maximum(token - 1, 0)
    separator = np.where(segment != segment[np.maximum(np.arange(len(token)) - 1, 0)], 2, (starts[token] > ends[previous]).astype(np.int64))
    separator[begins_at[length > 0]] = 0
    glue = np.array(["", " ", " ¶ "], dtype=object)
    pieces = [s + t for s, t in zip(glue[separator].tolist(), texts[text_code[token]].tolist())]
    contexts = ["".join(pieces[i:j]) for i, j in zip(begins_at.tolist(), ends_at.tolist())]

    rows = []
    for n, (first, last, a) in enumerate(zip(firsts.tolist(), lasts.tolist(), hit_art.tolist())):
        article_id = p["articles"][a]
        raw = study.raw[article_id]
        span_ = slice(first, last + 1)
        voices = sorted({p["voices"][v] for v in p["voice"][span_][is_term[span_]]})
        rows.append(
            (
                article_id,
                p["outlets"][p["outlet_of_article"][a]],
                int(sentence[first]),
                int(starts[first]),
                int(ends[last]),
                contexts[2 * n],
                raw[starts[first] : ends[last]],
                contexts[2 * n + 1],
                voices[0] if len(voices) == 1 else "mixed",
            )
        )
    return pd.DataFrame(rows, columns=KWIC_COLUMNS)


def kwic_index(study: Study) -> dict:
    """Return an index of the study's body tokens for ``kwic(study, term, index=...)``.

    Build it once and pass it to every ``kwic`` call on the same study: each
    call then reads only the occurrences of its first word (the word
    positions are indexed by term) and the tokens of its lines. The index is
    a dict of numpy arrays (about 25 bytes per token); it holds no reference
    to the study, so dropping it frees it.
    """
    p = _prepare(study, frozenset())
    order = _int32(np.argsort(p["term"], kind="stable"))  # word positions grouped by term, in text order
    p["term_order"] = order
    p["term_bounds"] = np.searchsorted(p["term"][order], np.arange(len(p["vocab"]) + 1))
    p["article_bounds"] = np.searchsorted(p["art"], np.arange(len(p["articles"]) + 1))
    p["sentence_segments"] = _sentence_segments(study, p)
    p["n_tokens"] = len(study.tokens)
    return p


def kwic(study: Study, term: str, window: int = 8, voice: str | None = None, index: dict | None = None) -> pd.DataFrame:
    """Return a keyword-in-context concordance of a word or phrase.

    The phrase is tokenised and normalised like the corpus; it matches
    consecutive terms in one sentence (punctuation and numbers between them
    are ignored, and cannot be searched for). ``window`` is the number of
    tokens (words, numbers and punctuation) shown on each side, within the
    article's body; " ¶ " marks a paragraph or segment break. ``voice`` keeps
    only "outlet" or "quoted" hits; a hit's voice is "mixed" if it straddles
    a quotation mark. Columns: article_id, outlet, sentence_id, start, end,
    left, keyword, right, voice, with ``raw[start:end] == keyword``.
    ``index``: ``kwic_index(study)``, built once for many calls (without it
    each call builds its own).
    """
    wanted = phrase_terms(term)
    if index is not None and index.get("n_tokens") != len(study.tokens):
        raise ValueError("index was built from another study: use kwic_index(study)")
    p = kwic_index(study) if index is None else index
    rows = p["rows"]
    k = len(wanted)
    if not wanted or len(rows) - k + 1 <= 0:
        return pd.DataFrame(columns=KWIC_COLUMNS)
    at = np.searchsorted(p["vocab"], np.array(wanted, dtype=object))
    if np.any(at >= len(p["vocab"])) or any(p["vocab"][i] != w for i, w in zip(at, wanted)):
        hits = np.zeros(0, dtype=np.int64)  # a word absent from the corpus: no hit
    else:
        # occurrences of the first word (in text order), kept where the next words follow in the same sentence
        hits = p["term_order"][p["term_bounds"][at[0]] : p["term_bounds"][at[0] + 1]].astype(np.int64)
        hits = hits[hits + k <= len(rows)]
        article, sentence = p["art"][rows[hits]], p["sentence"][rows[hits]]
        for j in range(1, k):
            following = rows[hits + j]
            keep = (p["term"][hits + j] == at[j]) & (p["art"][following] == article) & (p["sentence"][following] == sentence)
            hits, article, sentence = hits[keep], article[keep], sentence[keep]
    table = _concordance(study, p, rows[hits], rows[hits + k - 1], window)
    if voice is not None:
        table = table[table["voice"] == voice]
    return table.sort_values(["article_id", "start"], kind="stable").reset_index(drop=True)


def render_kwic(table: pd.DataFrame, max_rows: int | None = 20) -> str:
    """Return an HTML table of concordance lines: left context | keyword | right context.

    All text is HTML-escaped; the left context is right-aligned so keywords
    line up; "offsets" are start–end of the keyword in the raw file.
    """
    rows = table if max_rows is None else table.head(max_rows)
    cell = "padding:1px 6px;white-space:nowrap;font-family:monospace;font-size:90%"
    lines = [
        "<table>",
        "<tr><th>article</th><th>sent.</th><th>offsets</th><th>voice</th><th style='text-align:right'>left</th><th>keyword</th><th style='text-align:left'>right</th></tr>",
    ]
    for r in rows.itertuples(index=False):
        lines.append(
            f"<tr><td style='{cell}'>{html.escape(str(r.article_id))}</td>"
            f"<td style='{cell}'>{int(r.sentence_id)}</td>"
            f"<td style='{cell}'>{int(r.start)}–{int(r.end)}</td>"
            f"<td style='{cell}'>{html.escape(str(r.voice))}</td>"
            f"<td style='{cell};text-align:right'>{html.escape(r.left)}</td>"
            f"<td style='{cell};text-align:center'><b>{html.escape(r.keyword)}</b></td>"
            f"<td style='{cell};text-align:left'>{html.escape(r.right)}</td></tr>"
        )
    lines.append("</table>")
    if max_rows is not None and len(table) > max_rows:
        lines.append(f"<p>{len(table) - max_rows} more lines not shown.</p>")
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# 6. Charts
# ---------------------------------------------------------------------------


def fightin_words_data(keyness_table_: pd.DataFrame, voice: str = "all", top: int = 10, threshold: float = 1.96) -> pd.DataFrame:
    """Return the points of the Fightin' Words plot: one-vs-rest rows of one voice, stop words removed.

    Columns: term, target, reference, x (log10 of the term's count in target
    + reference), z, target_count, reference_count, group (the outlet whose
    colour the point takes, or "" when |z| < threshold), label (True for the
    ``top`` terms by z of each target).
    """
    rows = keyness_table_[(keyness_table_["comparison"] == "one_vs_rest") & (keyness_table_["voice"] == voice) & ~keyness_table_["is_stopword"]]
    rows = rows.assign(x=np.log10(rows["target_count"] + rows["reference_count"]))
    rows = rows.assign(group=np.where(rows["z"] >= threshold, rows["target"], ""))
    ranked = rows.sort_values(["target", "z", "term"], ascending=[True, False, True], kind="stable")
    labelled = ranked.groupby("target", sort=True).head(top).index
    rows = rows.assign(label=rows.index.isin(labelled))
    columns = ["term", "target", "reference", "x", "z", "target_count", "reference_count", "group", "label"]
    return rows[columns].sort_values(["target", "z", "term"], ascending=[True, False, True], kind="stable").reset_index(drop=True)


def _empty_figure(message: str):
    """Return a small figure that says why there is no chart."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 1.5))
    ax.axis("off")
    fig.suptitle(message, x=0.01, ha="left", fontsize=11, fontweight="bold")
    return fig


def save_table(frame: pd.DataFrame, name: str, figures_dir) -> str:
    """Write ``frame`` as ``<figures_dir>/<name>.csv`` (UTF-8, LF) for tables shown without a chart; return the file name."""
    from pathlib import Path

    from ..writing import write_csv

    return write_csv(frame, Path(figures_dir) / f"{name}.csv").name


def _stacked_labels(rows: pd.DataFrame, points: pd.DataFrame, per_line: int = 3) -> list[tuple[float, float, str]]:
    """Return one label per distinct (x, z) of ``rows``: tied terms share a label, a few per
    line, and "+N more" says how many other terms of ``points`` sit on the same spot."""
    at_point = points.groupby(["x", "z"]).size()
    labels = []
    for (x, z), group in rows.groupby(["x", "z"], sort=True):
        terms = sorted(set(group["term"]))
        lines = [", ".join(terms[i : i + per_line]) for i in range(0, len(terms), per_line)]
        hidden = int(at_point.get((x, z), len(terms))) - len(terms)
        if hidden > 0:
            lines.append(f"+{hidden} more")
        labels.append((float(x), float(z), "\n".join(lines)))
    return labels


def _title_terms(data: pd.DataFrame, threshold: float, limit: int = 4) -> str:
    """Return the finding for a chart title: which words pass the threshold, per outlet."""
    parts = []
    for target, group in data[data["z"] >= threshold].groupby("target", sort=True):
        terms = group.sort_values(["z", "term"], ascending=[False, True], kind="stable")["term"].tolist()
        shown = ", ".join(f"'{t}'" for t in terms[:limit]) + (f" and {len(terms) - limit} more" if len(terms) > limit else "")
        parts.append(f"{target}: {shown}")
    if not parts:
        return f"No word reaches z ≥ {threshold:g} for any outlet"
    return f"Words reaching z ≥ {threshold:g} — " + "; ".join(parts)


def plot_fightin_words(keyness_table_: pd.DataFrame, voice: str = "all", top: int = 10, threshold: float = 1.96):
    """Return (figure, data) of the Fightin' Words plot: x = log10 frequency, y = z-score.

    One panel per outlet (that outlet vs the rest); with two outlets one panel
    shows both, since the second panel would be the mirror image. Points are
    coloured by the outlet they lean to, solid when |z| >= ``threshold``,
    faint otherwise. The ``top`` terms of each outlet are labelled; terms tied
    at the same point share one label, and labels are moved apart by
    adjustText (deterministic: no randomness, fixed iteration limit).
    """
    import matplotlib.pyplot as plt
    from adjustText import adjust_text

    from ..plots import apply_style, outlet_colors

    apply_style()
    data = fightin_words_data(keyness_table_, voice, top, threshold)
    outlets = sorted(data["target"].unique())
    if not outlets:
        return _empty_figure("No comparison: keyness needs at least two outlets"), data
    colors = outlet_colors(outlets)
    panels = outlets[:1] if len(outlets) == 2 else outlets
    width = 10 if len(panels) == 1 else 6.5 * len(panels)
    fig, axes = plt.subplots(1, len(panels), figsize=(width, 6.5), squeeze=False)
    for ax, target in zip(axes[0], panels):
        points = data[data["target"] == target]
        other = [o for o in outlets if o != target][0] if len(outlets) == 2 else None
        negative = colors[other] if other else "#777777"
        lean = np.where(points["z"] > 0, colors[target], negative)
        strong = points["z"].abs().to_numpy() >= threshold
        ax.scatter(points["x"][~strong], points["z"][~strong], c=list(lean[~strong]), s=12, alpha=0.3, linewidths=0)
        ax.scatter(points["x"][strong], points["z"][strong], c=list(lean[strong]), s=22, alpha=1.0, linewidths=0)
        for level in (threshold, -threshold):
            ax.axhline(level, color="#888888", lw=0.6, ls="--")
        ax.axhline(0, color="#444444", lw=0.6)
        labelled = points[points["label"]]
        if other:
            mirror = data[(data["target"] == other) & data["label"]]["term"]
            labelled = pd.concat([labelled, points[points["term"].isin(mirror)]])
        texts = [
            ax.text(x, z, label, fontsize=7.5, color=colors[target] if z > 0 else negative, linespacing=1.0)
            for x, z, label in _stacked_labels(labelled, points)
        ]
        ax.set_xlabel("log10 frequency of the word (target + reference)")
        against = other if other else "the rest"
        ax.set_ylabel(f"z-score  (+ more in {target}, − more in {against})")
        ax.set_title(f"{target} vs {against}; dashed lines: z = ±{threshold:g}", fontsize=9, loc="left", fontweight="normal")
        if texts:
            adjust_text(texts, ax=ax, arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.5}, iter_lim=1000, time_lim=None)
    fig.suptitle(_title_terms(data, threshold) + f" ({voice} voice)", x=0.01, ha="left", fontsize=11, fontweight="bold")
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    return fig, data


def plot_distinctive_terms(keyness_table_: pd.DataFrame, voice: str = "all", top: int = 12):
    """Return (figure, data): each outlet's ``top`` most distinctive words (one-vs-rest z), side by side."""
    import matplotlib.pyplot as plt

    from ..plots import apply_style, outlet_colors

    apply_style()
    rows = keyness_table_[(keyness_table_["comparison"] == "one_vs_rest") & (keyness_table_["voice"] == voice) & ~keyness_table_["is_stopword"]]
    rows = rows.sort_values(["target", "z", "term"], ascending=[True, False, True], kind="stable")
    data = rows.groupby("target", sort=True).head(top)
    data = data[["target", "term", "z", "log_ratio", "g2_signed", "target_count", "reference_count"]].reset_index(drop=True)
    outlets = sorted(data["target"].unique())
    if not outlets:
        return _empty_figure("No comparison: keyness needs at least two outlets"), data
    colors = outlet_colors(outlets)
    fig, axes = plt.subplots(1, max(len(outlets), 1), figsize=(4.6 * max(len(outlets), 1), 0.32 * top + 1.8), squeeze=False, sharex=True)
    tops = []
    for ax, target in zip(axes[0], outlets):
        part = data[data["target"] == target].iloc[::-1]
        ax.barh(range(len(part)), part["z"], color=colors[target])
        ax.set_yticks(range(len(part)), [f"{t}  ({a}:{b})" for t, a, b in zip(part["term"], part["target_count"], part["reference_count"])], fontsize=8)
        # Ties: words with exactly the last bar's z that did not fit are counted, not hidden.
        everything = rows[rows["target"] == target]
        last_z = part["z"].iat[0]
        hidden = int((everything["z"] == last_z).sum() - (part["z"] == last_z).sum())
        ax.set_title(target + (f"  (+{hidden} more tied with the last bar)" if hidden else ""), fontsize=10, loc="left", fontweight="normal")
        ax.set_xlabel("Fightin' Words z-score (vs the rest)")
        ax.axvline(1.96, color="#888888", lw=0.6, ls="--")
        best = everything[everything["z"] == everything["z"].max()]["term"].tolist()
        tops.append(f"{target}: " + ", ".join(f"'{t}'" for t in best[:3]) + (" …" if len(best) > 3 else ""))
    fig.suptitle(f"Most distinctive word of each outlet — {'; '.join(tops)} ({voice} voice; count in outlet : in the rest; dashed: z = 1.96)", x=0.01, ha="left", fontsize=10.5, fontweight="bold")
    fig.tight_layout(rect=(0, 0.03, 1, 0.95))
    return fig, data


# ---------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------


def _rounded(frame: pd.DataFrame, digits: int = 6) -> pd.DataFrame:
    """Return ``frame`` with float columns rounded (readable, byte-stable CSV)."""
    floats = frame.select_dtypes("float").columns
    return frame.assign(**{c: frame[c].round(digits) for c in floats})


def tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv.

    terms (term, outlet, voice, count, rate, ...), terms_by_article,
    term_tokens (every counted token with offsets: the trace of every count),
    keyness (voice "all" and "outlet"; pairwise and one-vs-rest),
    text_statistics, collocations, distinctive_phrases.
    """
    prepared = _prepare(study, load_stopwords())
    words = _prepared_word_codes(prepared)
    # Small tables first, the two large ones (one row per token / per article and term) last,
    # and each intermediate dropped once nothing needs it: a lower memory peak.
    # glibc keeps freed temporaries in its heap: hand them back after each stage (lower peak).
    out = {"keyness": _rounded(_keyness(words))}
    release_freed_memory()
    out["text_statistics"] = _rounded(_text_statistics(words))
    release_freed_memory()
    out["collocations"] = _rounded(_collocations(prepared))
    release_freed_memory()
    out["distinctive_phrases"] = _rounded(_distinctive_phrases(study, prepared, (2, 3), 2, 5, "corpus", 0.1, 8))
    prepared.pop("ngram_cache", None)
    release_freed_memory()
    # The two large tables are compact: categorical strings, int32 ids, offsets and counts (same CSV).
    frequencies = _frequencies(words, compact=True)
    del words
    out["terms"] = _rounded(frequencies.pop("by_outlet"))
    out["terms_by_article"] = _rounded(frequencies.pop("by_article"))
    del frequencies
    release_freed_memory()
    out["term_tokens"] = _term_token_frame(prepared, compact=True)
    del prepared
    order = ["terms", "terms_by_article", "term_tokens", "keyness", "text_statistics", "collocations", "distinctive_phrases"]
    return {name: out[name] for name in order}
