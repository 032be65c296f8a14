"""The export tables of the vocabulary analysis (``tables(study)``), built from one reading of the tokens."""

from __future__ import annotations

import pandas as pd

from ..study import Study, release_freed_memory
from .article_statistics import _text_statistics
from .concordance import KWIC_WINDOW
from .frequencies import _frequencies
from .keyness_tables import _keyness
from .ngrams import _collocations
from .phrases import PHRASE_MIN_COUNT, PHRASE_SIZES, PHRASE_TOP, _distinctive_phrases
from .priors import DEFAULT_PRIOR, PRIOR_WEIGHT
from .terms import _prepare, _prepared_word_codes, _term_token_frame, load_stopwords


def tables(study: Study) -> dict[str, pd.DataFrame]:
    """Return this analysis's export tables, by file name without .csv.

    terms (term, outlet, voice, count, rate, ...), terms_by_article,
    term_tokens (every counted token with offsets: the trace of every count),
    keyness (voice "all" and each of the three voices; pairwise and one-vs-rest),
    text_statistics, collocations, distinctive_phrases. Floats are kept at full precision: the
    writer (``analysis.writing``) prints 12 significant digits, the table contract's float format.
    """
    prepared = _prepare(study, load_stopwords())
    words = _prepared_word_codes(prepared)
    # Small tables first, the two large ones (one row per token / per article and term) last,
    # and each intermediate dropped once nothing needs it: a lower memory peak.
    # glibc keeps freed temporaries in its heap: hand them back after each stage (lower peak).
    out = {"keyness": _keyness(words)}
    release_freed_memory()
    out["text_statistics"] = _text_statistics(words)
    release_freed_memory()
    out["collocations"] = _collocations(prepared)
    release_freed_memory()
    phrases = _distinctive_phrases(
        study, prepared, PHRASE_SIZES, PHRASE_MIN_COUNT, PHRASE_TOP, DEFAULT_PRIOR, PRIOR_WEIGHT, KWIC_WINDOW
    )
    out["distinctive_phrases"] = phrases
    del phrases
    prepared.pop("ngram_cache", None)
    release_freed_memory()
    # The two large tables are compact: categorical strings, int32 ids, offsets and counts (same CSV).
    frequencies = _frequencies(words, compact=True)
    del words
    out["terms"] = frequencies.pop("by_outlet")
    out["terms_by_article"] = frequencies.pop("by_article")
    del frequencies
    release_freed_memory()
    out["term_tokens"] = _term_token_frame(prepared, compact=True)
    del prepared
    order = [
        "terms",
        "terms_by_article",
        "term_tokens",
        "keyness",
        "text_statistics",
        "collocations",
        "distinctive_phrases",
    ]
    return {name: out[name] for name in order}
