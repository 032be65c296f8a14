"""The body words of every primary article, as integer arrays: what shingles and alignments read.

A word is the study's word (``tokens["is_word"]``, the table contract's definition), compared by its
``norm`` (case-folded, curly apostrophes straightened: :func:`analysis.text.normalise_token`), so
"Idlib" and "IDLIB" match and punctuation never breaks or makes a match.

Each word is one fixed 64-bit hash of its ``norm`` (:func:`word_ids`), not a number given in order of
appearance: the same word has the same id in any subset of the corpus, so the streaming export
(:mod:`analysis.streaming.reuse`) hashes its shingles chunk by chunk and aligns any two articles read
back from disk exactly as the whole corpus in memory does. Every comparison is by equality only (the
shingle hashes, the runs' word checks, difflib), and two of a million distinct words share a 64-bit hash
with probability ~3e-8.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..study import Study


@dataclass(frozen=True)
class CorpusWords:
    """Every primary article's body words, concatenated in article_id order.

    - ``article_ids``, ``outlets``, ``dates``: one entry per primary article, sorted by article_id
      (``dates`` is the metadata ``publication_date``, "" when unknown).
    - ``bounds``: article k's words are positions ``bounds[k]:bounds[k + 1]`` of the arrays below.
    - ``ids``: each word's :func:`word_ids` (the hash of its ``norm``), the unit every comparison uses.
    - ``starts``, ``ends``: each word's character offsets in its article's raw text.
    """

    article_ids: list[str]
    outlets: list[str]
    dates: list[str]
    bounds: np.ndarray
    ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray

    def span(self, k: int) -> slice:
        """Return the slice of article k's words in the concatenated arrays."""
        return slice(int(self.bounds[k]), int(self.bounds[k + 1]))


def word_ids(norms: pd.Series) -> np.ndarray:
    """Return each word's id: the 64-bit hash of its ``norm`` (pandas' SipHash with its fixed key), as int64.

    Each distinct norm is hashed once (factorized first).
    """
    codes, distinct = pd.factorize(norms, use_na_sentinel=False)
    hashes = pd.util.hash_array(np.asarray(distinct, dtype=object), categorize=False)
    return hashes.view(np.int64)[codes]


def body_words(study: Study) -> pd.DataFrame:
    """Return the study's body words (``tokens`` rows with ``is_word``) of primary articles, by article_id and start."""
    tokens = study.tokens
    words = tokens[tokens["is_word"] & tokens["article_id"].isin(list(study.outlet_of()))]
    # Sorted by article_id, then position: the arrays and so every result do not depend on the
    # order of the corpus's metadata rows.
    return words.sort_values(["article_id", "start"], kind="stable")


def corpus_words(study: Study, words: pd.DataFrame | None = None) -> CorpusWords:
    """Return the :class:`CorpusWords` of the study's primary articles (articles without words have none);
    ``words`` is :func:`body_words` of the study when already made."""
    outlets = study.outlet_of()
    article_ids = sorted(outlets)
    dates = publication_dates(study)
    words = body_words(study) if words is None else words
    counts = words.groupby("article_id", sort=True).size().reindex(article_ids, fill_value=0)
    bounds = np.concatenate([[0], np.cumsum(counts.to_numpy(dtype=np.int64))])
    ids = word_ids(words["norm"])
    return CorpusWords(
        article_ids=article_ids,
        outlets=[outlets[a] for a in article_ids],
        dates=[dates.get(a, "") for a in article_ids],
        bounds=bounds,
        ids=ids,
        starts=words["start"].to_numpy(dtype=np.int64),
        ends=words["end"].to_numpy(dtype=np.int64),
    )


def publication_dates(study: Study) -> dict[str, str]:
    """Return article_id -> publication_date (YYYY-MM-DD, "" when the metadata does not know it)."""
    articles = study.articles
    if "publication_date" not in articles:
        return {}
    return dict(zip(articles["article_id"], articles["publication_date"].fillna("").astype(str), strict=True))
