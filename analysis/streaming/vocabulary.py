"""The vocabulary tables of a corpus read chunk by chunk: per-article tables streamed, corpus tables merged.

Per chunk (:meth:`VocabularyAggregate.chunk`), with the vocabulary package's own functions on the
chunk's study: ``term_tokens``, ``terms_by_article`` and ``text_statistics`` (every row is one
article's), and the chunk's mergeable counts: each article's words per voice, and the term counts
per article, voice and term (spilled to a file, one per chunk, not held).

At the end, from the merged counts and without any token: ``terms`` (counts per outlet, voice and
term summed over chunks) and ``keyness`` (:meth:`VocabularyAggregate.keyness_frames`, one comparison
at a time). The keyness statistics are those of :func:`analysis.vocabulary.keyness_tables._comparison_columns`
on the same count matrix; the dispersion columns (range, Gries' DP) are accumulated in a second pass
over the spilled per-article counts, adding each article's terms in the order the in-memory
:func:`analysis.vocabulary.dispersion.dispersion` adds them (article by article), so the floats are the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..study import Study
from ..vocabulary.article_statistics import _text_statistics
from ..vocabulary.frequencies import PER, _article_term_counts, _frequencies, _word_totals
from ..vocabulary.keyness_tables import KEYNESS_COLUMNS, _comparison_columns, _ordered_table, comparisons
from ..vocabulary.priors import DEFAULT_PRIOR, PRIOR_WEIGHT, dirichlet_prior
from ..vocabulary.terms import _prepare, _prepared_word_codes, _term_token_frame, load_stopwords
from ..voices import VOICES
from .held import _atomic_write
from .partitions import PartitionSpill, merge_rows

# Voice codes of every merged count: the sorted voice names with "all", as the vocabulary package codes them.
VOICE_NAMES = np.array(sorted({"all", *VOICES}), dtype=object)
KEYNESS_VOICES = ("all", *VOICES)
KEYNESS_MODES = ("pairwise", "one_vs_rest")
TERM_BITS = 32  # packed (outlet, voice) << 32 | term: a vocabulary of fewer than 4 billion terms
TERMS_COLUMNS = ["term", "outlet", "voice", "count", "rate", "words", "articles", "is_stopword"]
TERMS_ROWS = 262_144  # rows of terms made and written at once: a Parquet row group's (columnar.ROW_GROUP_ROWS)


@dataclass
class ChunkCounts:
    """A chunk's mergeable vocabulary counts (term and outlet names, not codes: codes are the chunk's own)."""

    vocab: np.ndarray  # the chunk's sorted terms
    vocab_stop: np.ndarray
    articles: np.ndarray  # the chunk's articles with tokens, sorted
    outlets: np.ndarray  # outlet of each of those articles
    totals: np.ndarray  # (articles, VOICE_NAMES) words (terms and numbers)
    article: np.ndarray  # per (article, voice, term) row: the article's position in ``articles``
    voice: np.ndarray  # code into VOICE_NAMES
    term: np.ndarray  # code into ``vocab``
    count: np.ndarray


def chunk_tables(
    study: Study, stop: frozenset[str], prepared: dict | None = None
) -> tuple[dict[str, pd.DataFrame], ChunkCounts]:
    """Return the per-article vocabulary tables of one chunk's study and its mergeable counts
    (``prepared``: the study's ``_prepare`` arrays, when already made)."""
    prepared = _prepare(study, stop) if prepared is None else prepared
    words = _prepared_word_codes(prepared)
    tables = {"text_statistics": _text_statistics(words)}
    voices = np.array(sorted({*words["voices"], "all"}), dtype=object)
    key, count = _article_term_counts(words, voices)
    n_voices, n_terms = len(voices), max(len(words["vocab"]), 1)
    to_global = np.searchsorted(VOICE_NAMES, voices)
    n_articles = len(words["pair_article"])
    totals = np.zeros((n_articles, len(VOICE_NAMES)), dtype=np.int64)
    totals[:, to_global] = _word_totals(words, voices).reshape(n_articles, n_voices)
    counts = ChunkCounts(
        vocab=np.asarray(words["vocab"], dtype=object),
        vocab_stop=np.asarray(words["vocab_stop"], dtype=bool),
        articles=np.asarray(words["pair_article"], dtype=object),
        outlets=np.asarray(words["pair_outlet"], dtype=object),
        totals=totals,
        article=(key // n_terms // n_voices).astype(np.int32),
        voice=to_global[(key // n_terms) % n_voices].astype(np.int8),
        term=(key % n_terms).astype(np.int32),
        count=count.astype(np.int32),
    )
    del key, count
    frequencies = _frequencies(words, compact=True)
    tables["terms_by_article"] = frequencies.pop("by_article")
    del frequencies, words
    tables["term_tokens"] = _term_token_frame(prepared, compact=True)
    return tables, counts


@dataclass
class VocabularyAggregate:
    """The vocabulary counts of every chunk so far, spilled under ``spill_dir``: per-article term counts and word
    totals (a file per chunk), and the counts per (outlet, voice, term) in hash partitions, merged at the end
    (:meth:`merged`); the client holds the terms, the outlets and the words per outlet and voice only.

    The merged (outlet, voice, term) counts were held and re-merged with ``np.unique`` at every batch
    (24 bytes per key, and about five times that in temporaries while merging), and the outlet and words of
    every article were kept in lists (48 bytes per article): measured on 2,000 / 5,000 bench articles,
    see the README's Performance section."""

    spill_dir: Path
    stop: frozenset[str] = field(default_factory=load_stopwords)
    term_ids: dict[str, int] = field(default_factory=dict)  # term -> id in order of first appearance
    term_stop: list[bool] = field(default_factory=list)
    outlet_ids: dict[str, int] = field(default_factory=dict)
    outlet_words: np.ndarray = field(default_factory=lambda: np.zeros((0, len(VOICE_NAMES)), dtype=np.int64))
    articles_seen: int = 0  # articles with tokens so far
    spills: list[Path] = field(default_factory=list)
    keyed: PartitionSpill | None = None  # each chunk's counts per (outlet, voice, term) key
    _merged: tuple[np.ndarray, np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    def add(self, chunk: ChunkCounts) -> None:
        """Spill one chunk's counts (chunks come in article order)."""
        for term, stop in zip(chunk.vocab.tolist(), chunk.vocab_stop.tolist(), strict=True):
            if self.term_ids.setdefault(term, len(self.term_ids)) == len(self.term_stop):
                self.term_stop.append(stop)
        term_id = np.array([self.term_ids[t] for t in chunk.vocab.tolist()], dtype=np.int64)
        outlet = np.array([self.outlet_ids.setdefault(o, len(self.outlet_ids)) for o in chunk.outlets], dtype=np.int64)
        first = self.articles_seen
        self.articles_seen += len(outlet)
        grown = len(self.outlet_ids) - len(self.outlet_words)
        self.outlet_words = np.concatenate([self.outlet_words, np.zeros((grown, len(VOICE_NAMES)), dtype=np.int64)])
        np.add.at(self.outlet_words, outlet, chunk.totals)
        group = outlet[chunk.article] * len(VOICE_NAMES) + chunk.voice
        keys, inverse = np.unique((group << TERM_BITS) | term_id[chunk.term], return_inverse=True)
        rows = {"key": keys, "count": np.bincount(inverse, weights=chunk.count, minlength=len(keys)).astype(np.int64)}
        rows["articles"] = np.bincount(inverse, minlength=len(keys)).astype(np.int64)
        if self.keyed is None:
            self.keyed = PartitionSpill(self.spill_dir, "keyed")
        self.keyed.add(rows)
        self._merged = None
        path = self.spill_dir / f"counts-{len(self.spills):05d}.npz"
        path.parent.mkdir(parents=True, exist_ok=True)
        article = chunk.article + first
        spilled = {"article": article, "voice": chunk.voice, "term": term_id[chunk.term], "count": chunk.count}
        spilled |= {"outlet": outlet, "totals": chunk.totals}
        _atomic_write(path, lambda temporary: _save(temporary, spilled))
        self.spills.append(path)

    def words(self) -> int:
        """Return the words (terms and numbers) of every article so far."""
        return int(self.outlet_words[:, int(np.searchsorted(VOICE_NAMES, "all"))].sum())

    def merged(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return the merged (outlet, voice, term) keys, sorted, with their summed counts and number of articles,
        merged from the spilled partitions (once: kept for the next call)."""
        if self._merged is None:
            parts = [
                merge_rows(rows, ("count", "articles")) for rows in (self.keyed.partitions_read() if self.keyed else [])
            ]
            keys = np.concatenate([np.zeros(0, dtype=np.int64), *(part["key"] for part in parts)])
            order = np.argsort(keys, kind="stable")
            sums = [
                np.concatenate([np.zeros(0, dtype=np.int64), *(part[n] for part in parts)])[order]
                for n in ("count", "articles")
            ]
            self._merged = (keys[order], *sums)
        return self._merged

    def _names(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Return (sorted terms, rank of each term id, sorted outlets, rank of each outlet id)."""
        terms = np.array(list(self.term_ids), dtype=object)
        outlets = np.array(list(self.outlet_ids), dtype=object)
        return terms[np.argsort(terms)], _ranks(terms), outlets[np.argsort(outlets)], _ranks(outlets)

    def _outlet_totals(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (outlet id of every article, its words per voice code, words per outlet id and voice code),
        the articles' read back from the spills."""
        outlet, totals = [np.zeros(0, dtype=np.int64)], [np.zeros((0, len(VOICE_NAMES)), dtype=np.int64)]
        for path in self.spills:
            with np.load(path) as spill:
                outlet.append(spill["outlet"])
                totals.append(spill["totals"])
        return np.concatenate(outlet), np.concatenate(totals), self.outlet_words

    def terms(self) -> pd.DataFrame:
        """Return the ``terms`` table (counts per outlet, voice and term): :func:`_frequencies`' ``by_outlet``."""
        return pd.concat(list(self.terms_frames()), ignore_index=True)

    def terms_frames(self, rows: int = TERMS_ROWS) -> Iterator[pd.DataFrame]:
        """Yield the ``terms`` table (:meth:`terms`) in its order, ``rows`` rows at a time, not the table whole,
        reordered and converted at once (measured at 5,000 bench articles, 538,576 rows: writing terms raised
        the group's memory by 118 MB, now 102 MB; the same file)."""
        terms, term_rank, outlets, outlet_rank = self._names()
        keys, counts, articles = self.merged()
        group, term_id = keys >> TERM_BITS, keys & ((1 << TERM_BITS) - 1)
        outlet_id, voice = group // len(VOICE_NAMES), group % len(VOICE_NAMES)
        del group
        term, outlet = term_rank[term_id], outlet_rank[outlet_id]
        order = np.lexsort((term, -counts, voice, outlet))
        del outlet
        stop = np.asarray(self.term_stop, dtype=bool)
        for first in range(0, max(len(order), 1), rows):
            at = order[first : first + rows]
            words = self.outlet_words[outlet_id[at], voice[at]]
            yield pd.DataFrame(
                {
                    "term": terms[term[at]],
                    "outlet": outlets[outlet_rank[outlet_id[at]]],
                    "voice": VOICE_NAMES[voice[at]],
                    "count": counts[at],
                    "rate": counts[at] / words * PER,
                    "words": words,
                    "articles": articles[at],
                    "is_stopword": stop[term_id[at]],
                }
            )[TERMS_COLUMNS]

    def keyness_frames(self, prior: str = DEFAULT_PRIOR, prior_weight: float = PRIOR_WEIGHT) -> Iterator[pd.DataFrame]:
        """Yield the ``keyness`` table one comparison at a time, in its order (voice, mode, target, reference;
        within a comparison z descending, then term): the rows :func:`analysis.vocabulary.keyness` returns whole."""
        terms, term_rank, outlets, outlet_rank = self._names()
        stop_terms = set(terms[np.asarray(self.term_stop, dtype=bool)[np.argsort(np.array(list(self.term_ids)))]])
        article_outlet, totals, words = self._outlet_totals()
        article_outlet = outlet_rank[article_outlet]
        keys, counts, _ = self.merged()
        group, term_id = keys >> TERM_BITS, keys & ((1 << TERM_BITS) - 1)
        key_outlet, key_voice, key_term = (
            outlet_rank[group // len(VOICE_NAMES)],
            group % len(VOICE_NAMES),
            term_rank[term_id],
        )
        produced = False
        for voice in KEYNESS_VOICES:
            code = int(np.searchsorted(VOICE_NAMES, voice))
            mine = key_voice == code
            # The term x outlet count matrix of the voice: the terms and outlets with a count, sorted by name.
            row_terms, column_outlets = np.unique(key_term[mine]), np.unique(key_outlet[mine])
            if len(column_outlets) < 2 or not len(row_terms):
                continue  # keyness_table: nothing to compare
            row_of = np.full(len(terms), -1, dtype=np.int64)
            row_of[row_terms] = np.arange(len(row_terms))
            # total[outlet rank, row]: the voice's count of each matrix term in each outlet.
            total = np.zeros((len(outlets), len(row_terms)), dtype=np.int64)
            total[key_outlet[mine], row_of[key_term[mine]]] = counts[mine]
            spread = self._spread(code, totals[:, code], article_outlet, total, row_of[term_rank])
            spread["rank"] = {name: k for k, name in enumerate(outlets)}
            sizes = np.zeros(len(outlets), dtype=np.int64)
            sizes[outlet_rank] = words[:, code]
            voice_counts = (total[column_outlets].T, sizes[column_outlets].astype(float))
            names = (terms[row_terms], outlets[column_outlets])
            for frame in _voice_frames(names, voice_counts, spread, stop_terms, (prior, prior_weight)):
                produced = True
                yield frame.assign(voice=voice)[KEYNESS_COLUMNS]
        if not produced:
            yield pd.DataFrame(columns=KEYNESS_COLUMNS)

    def _spread(
        self, voice: int, sizes: np.ndarray, outlet: np.ndarray, total: np.ndarray, row_of_term: np.ndarray
    ) -> dict[str, np.ndarray]:
        """Return, per outlet rank (first axis) and matrix term (second), the dispersion columns of
        :func:`analysis.vocabulary.dispersion.dispersion` over the outlet's articles in one ``voice``.

        ``sizes`` are every article's words in the voice, ``outlet`` its outlet rank, ``total`` the
        matrix (outlet rank x term row) and ``row_of_term`` the matrix row of each term id. One pass over
        the spilled per-article counts; each cell's sums are added article by article, the order in which
        ``dispersion`` adds them, so the floats are the same.
        """
        n_outlets, n_terms = total.shape
        has_words = sizes > 0
        parts = np.bincount(outlet[has_words], minlength=n_outlets)
        size_sum = np.bincount(outlet[has_words], weights=sizes[has_words].astype(float), minlength=n_outlets)
        # dispersion() divides by float(sizes[rows].sum() or 1): a sum of integers, exact in any order.
        share = sizes.astype(float) / np.where(size_sum == 0, 1.0, size_sum)[outlet]
        flat_total = total.ravel().astype(float)
        gaps, covered = np.zeros(n_outlets * n_terms), np.zeros(n_outlets * n_terms)
        ranges = np.zeros(n_outlets * n_terms, dtype=np.int64)
        for path in self.spills:
            with np.load(path) as spill:
                keep = spill["voice"] == voice
                article, count = spill["article"][keep].astype(np.int64), spill["count"][keep].astype(np.int64)
                row = row_of_term[spill["term"][keep]]
            order = np.lexsort((row, article))  # the csr order: article by article
            article, row, count = article[order], row[order], count[order]
            cell = outlet[article] * n_terms + row
            np.add.at(gaps, cell, np.abs(count / flat_total[cell] - share[article]))
            np.add.at(covered, cell, share[article])
            np.add.at(ranges, cell, 1)
        value = 0.5 * (gaps.reshape(n_outlets, n_terms) + 1 - covered.reshape(n_outlets, n_terms))
        value[(total == 0) | (parts[:, None] < 2)] = np.nan
        smallest = np.ones(n_outlets)
        for o in np.flatnonzero(parts >= 2):
            smallest[o] = float(share[(outlet == o) & has_words].min())
        with np.errstate(invalid="ignore", divide="ignore"):
            norm = np.where(smallest[:, None] < 1, value / (1 - smallest[:, None]), np.nan)
        return {"parts": parts, "range": ranges.reshape(n_outlets, n_terms), "dp": value, "dp_norm": norm}


def _save(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` as an ``.npz`` file at ``path`` (whatever its suffix: ``np.savez`` adds one to a name)."""
    with open(path, "wb") as stream:
        np.savez(stream, **arrays)


def _ranks(names: np.ndarray) -> np.ndarray:
    """Return the rank of each name among the sorted names."""
    rank = np.empty(len(names), dtype=np.int64)
    rank[np.argsort(names)] = np.arange(len(names))
    return rank


def _voice_frames(
    names: tuple[np.ndarray, np.ndarray],
    voice_counts: tuple[np.ndarray, np.ndarray],
    spread: dict[str, np.ndarray],
    stopwords: set[str],
    prior: tuple[str, float],
) -> Iterator[pd.DataFrame]:
    """Yield one voice's keyness rows comparison by comparison, each sorted as
    :func:`analysis.vocabulary.keyness_tables.keyness_table` sorts the whole (z descending, then term).

    ``names`` = (matrix terms, matrix outlets), ``voice_counts`` = (terms x outlets counts, words of each
    outlet); ``spread`` (:meth:`VocabularyAggregate._spread`) is indexed by outlet rank among all outlets.
    """
    terms, outlets = names
    counts, sizes = voice_counts
    alpha = dirichlet_prior(list(terms), counts.sum(axis=1).astype(float), *prior)
    stop = np.isin(terms, list(stopwords))
    counts = counts.astype(float)
    column = {outlet: k for k, outlet in enumerate(outlets)}
    for mode in KEYNESS_MODES:
        for target, t_groups, reference, r_groups in comparisons(list(outlets), mode):
            t_columns, r_columns = [column[g] for g in t_groups], [column[g] for g in r_groups]
            a, b = counts[:, t_columns].sum(axis=1), counts[:, r_columns].sum(axis=1)
            totals = (a, b, sizes[t_columns].sum(), sizes[r_columns].sum())
            block = (
                mode,
                target,
                reference,
                *_comparison_columns(stop, alpha, totals, _columns(spread, t_groups, r_groups)),
            )
            yield _ordered_table([block], terms, (mode,))[[c for c in KEYNESS_COLUMNS if c != "voice"]]


def _columns(spread: dict, t_groups: list[str], r_groups: list[str]) -> dict[str, np.ndarray]:
    """Return the dispersion columns of one comparison (:func:`analysis.vocabulary.keyness_tables._spread`):
    the target's DP over its articles; articles and range of target and reference (sums over their outlets)."""
    t_ranks, r_ranks = [spread["rank"][g] for g in t_groups], [spread["rank"][g] for g in r_groups]
    n_terms = spread["range"].shape[1]
    (target,) = t_ranks  # a comparison's target is one outlet, in both modes
    return {
        "target_articles": np.full(n_terms, spread["parts"][t_ranks].sum(), dtype=np.int64),
        "target_range": spread["range"][t_ranks].sum(axis=0).astype(np.int64),
        "reference_articles": np.full(n_terms, spread["parts"][r_ranks].sum(), dtype=np.int64),
        "reference_range": spread["range"][r_ranks].sum(axis=0).astype(np.int64),
        "target_dp": spread["dp"][target],
        "target_dp_norm": spread["dp_norm"][target],
    }
