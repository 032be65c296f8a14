"""The ``collocations`` table of a corpus read chunk by chunk, from mergeable counts (no token kept).

:func:`analysis.vocabulary.ngrams._collocations` (group "outlet") needs, per outlet and bigram of words
inside a run (bigrams of stop words only left out): the count, the count inside quotations, the number
of articles and the first occurrence (article_id, start, end); per outlet and word: the unigram count
and the outlet's words (NLTK's marginals). Every one of these is a sum over articles, or, for the first
occurrence, the earliest article's, and chunks come in article order; so each chunk's counts
(:func:`chunk_collocation_counts`) go to :class:`CollocationAggregate` (the unigrams merged, the
bigrams spilled in hash partitions and merged at the end one partition at a time), and the table is
scored at the end with the same :func:`~analysis.vocabulary.ngrams._nltk_scores` on the same integers:
the same floats, the same rows and order.

Merging a chunk (:meth:`MergedCounts.add`), measured on 5 M merged keys with three sums and three first
occurrences (220 MB) and a chunk of 500 k keys: ``np.unique`` of the merged and chunk keys joined held
214 MB of temporaries beside the new arrays and took 0.55 s of CPU; looking the chunk's keys up and
inserting the new ones, 46 MB and 0.25 s (the same arrays: tests/test_streaming_groups.py).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..vocabulary.coding import _unique
from ..vocabulary.ngrams import COLLOCATION_COLUMNS, COLLOCATION_MIN_COUNT, _ngram_codes, _nltk_scores
from ..voices import QUOTATION
from .held import ColumnSpill
from .partitions import PartitionSpill, merge_rows

TERM_BITS = 26  # a packed bigram key: outlet << 52 | first term << 26 | second term (67 M terms, 2,048 outlets)
TERM_MASK = (1 << TERM_BITS) - 1


@dataclass
class MergedCounts:
    """Counts per integer key merged chunk by chunk: ``sums`` added, ``firsts`` kept from the earliest chunk."""

    keys: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    sums: dict[str, np.ndarray] = field(default_factory=dict)
    firsts: dict[str, np.ndarray] = field(default_factory=dict)

    def add(self, keys: np.ndarray, sums: dict[str, np.ndarray], firsts: dict[str, np.ndarray]) -> None:
        """Merge a chunk's distinct ``keys`` with their sums and first values (earlier chunks' firsts win).

        The chunk's keys are sorted and looked up in the merged (sorted) keys: seen keys add their sums in
        place, new ones are inserted, a column at a time: the same arrays as ``np.unique`` of the merged and
        chunk keys joined, without its sort, inverse and ``np.add.at`` over every key (measured in the module
        docstring)."""
        order = np.argsort(keys, kind="stable")
        keys = np.asarray(keys, dtype=np.int64)[order]
        if len(keys) > 1 and bool(np.any(keys[1:] == keys[:-1])):
            raise ValueError("a chunk's keys must be distinct")
        at = np.searchsorted(self.keys, keys)
        seen = at < len(self.keys)
        seen[seen] = self.keys[at[seen]] == keys[seen]
        new = ~seen
        for name, values in sums.items():
            values = values.astype(np.int64)[order]
            total = self.sums.get(name, np.zeros(len(self.keys), dtype=np.int64))
            total[at[seen]] += values[seen]  # distinct keys: distinct positions
            self.sums[name] = np.insert(total, at[new], values[new])
        for name, values in firsts.items():
            values = values[order]
            self.firsts[name] = np.insert(self.firsts.get(name, values[:0]), at[new], values[new])
        self.keys = np.insert(self.keys, at[new], keys[new])

    def lookup(self, name: str, keys: np.ndarray) -> np.ndarray:
        """Return the sum ``name`` of each of ``keys`` (every one merged before)."""
        return self.sums[name][np.searchsorted(self.keys, keys)]


@dataclass
class ChunkCollocations:
    """A chunk's collocation counts, with term, outlet and article names (the chunk's codes are its own)."""

    vocab: np.ndarray
    outlets: np.ndarray
    articles: np.ndarray
    bigram: dict[str, np.ndarray]  # outlet, first, second (codes) + count, quoted, articles, article, start, end
    unigram: dict[str, np.ndarray]  # outlet, term (codes) + count


def chunk_collocation_counts(p: dict) -> ChunkCollocations:
    """Return the mergeable collocation counts of one chunk's ``_prepare`` arrays."""
    g = _ngram_codes(p, 2)
    kept = np.flatnonzero(~g["stop_only"][g["code"]])
    first = g["first"][kept].astype(np.int64)  # occurrences in text order (article, then token)
    rows, next_rows = p["rows"][first], p["rows"][first + 1]
    art = p["art"][rows].astype(np.int64)
    outlet = np.asarray(p["outlet_of_article"], dtype=np.int64)[art]
    n_vocab = max(len(p["vocab"]), 1)
    key = (outlet * n_vocab + p["term"][first]) * n_vocab + p["term"][first + 1]
    uniq, index, inverse, count = _unique(key)
    quoted_code = np.flatnonzero(p["voices"] == QUOTATION)
    in_quotes = p["voice"][rows] == (quoted_code[0] if len(quoted_code) else -1)
    quoted = np.bincount(inverse, weights=in_quotes, minlength=len(uniq)).astype(np.int64)
    pairs, _, _, _ = _unique(inverse * max(len(p["articles"]), 1) + art)  # distinct (bigram, article)
    articles = np.bincount(pairs // max(len(p["articles"]), 1), minlength=len(uniq)).astype(np.int64)
    word_outlet = np.asarray(p["outlet_of_article"], dtype=np.int64)[p["art"][p["rows"]]]
    unigram, _, _, unigram_count = _unique(word_outlet * n_vocab + p["term"])
    return ChunkCollocations(
        vocab=np.asarray(p["vocab"], dtype=object),
        outlets=np.asarray(p["outlets"], dtype=object),
        articles=np.asarray(p["articles"], dtype=object),
        bigram={
            "outlet": uniq // n_vocab // n_vocab,
            "first": (uniq // n_vocab) % n_vocab,
            "second": uniq % n_vocab,
            "count": count,
            "quoted": quoted,
            "articles": articles,
            "article": art[index],
            "start": np.asarray(p["start"][rows[index]], dtype=np.int64),
            "end": np.asarray(p["end"][next_rows[index]], dtype=np.int64),
        },
        unigram={"outlet": unigram // n_vocab, "term": unigram % n_vocab, "count": unigram_count},
    )


@dataclass
class CollocationAggregate:
    """The collocation counts of every chunk so far: the unigram counts merged, each chunk's bigram counts
    spilled under ``spill_dir`` in hash partitions (a temporary folder when none is given); :meth:`table`
    returns ``collocations``.

    The bigram counts were merged in the client, 44 bytes per distinct bigram and outlet, most of them seen
    once and never reported (a bigram needs ``COLLOCATION_MIN_COUNT`` in its outlet): the client's largest
    aggregate (measured in :mod:`analysis.streaming.partitions`). The unigram counts (one per word and
    outlet) grow with the vocabulary only and stay merged."""

    spill_dir: Path | None = None
    term_ids: dict[str, int] = field(default_factory=dict)
    outlet_ids: dict[str, int] = field(default_factory=dict)
    unigrams: MergedCounts = field(default_factory=MergedCounts)
    bigram_rows: int = 0  # every chunk's distinct bigrams and outlets, added up
    bigrams: PartitionSpill = field(init=False)
    articles: ColumnSpill = field(init=False)  # every chunk's article ids (a first occurrence's article: a position)
    _scratch: tempfile.TemporaryDirectory | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.spill_dir is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="collocations-")
            self.spill_dir = Path(self._scratch.name)
        self.bigrams = PartitionSpill(self.spill_dir, "bigrams")
        self.articles = ColumnSpill(self.spill_dir, "articles")

    def add(self, chunk: ChunkCollocations) -> None:
        """Merge one chunk's unigram counts and spill its bigram counts (chunks come in article order)."""
        term = np.array([self.term_ids.setdefault(t, len(self.term_ids)) for t in chunk.vocab.tolist()], dtype=np.int64)
        outlet = np.array([self.outlet_ids.setdefault(o, len(self.outlet_ids)) for o in chunk.outlets], dtype=np.int64)
        if len(self.term_ids) > TERM_MASK or len(self.outlet_ids) >= 1 << (63 - 2 * TERM_BITS):
            raise ValueError("too many terms or outlets to pack a bigram key")
        b = chunk.bigram
        keys = (outlet[b["outlet"]] << (2 * TERM_BITS)) | (term[b["first"]] << TERM_BITS) | term[b["second"]]
        article = np.arange(len(chunk.articles), dtype=np.int64) + len(self.articles)
        self.articles.add(article_id=chunk.articles)
        # 32-bit (an article's number, its offsets and a chunk's counts fit; widened back when merged).
        rows = {"key": keys} | {k: b[k].astype(np.int32) for k in ("count", "quoted", "articles")}
        rows |= {"article": article[b["article"]].astype(np.int32)}
        rows |= {k: b[k].astype(np.int32) for k in ("start", "end")}
        self.bigrams.add(rows)
        self.bigram_rows += len(keys)
        u = chunk.unigram
        self.unigrams.add((outlet[u["outlet"]] << TERM_BITS) | term[u["term"]], {"count": u["count"]}, {})

    def _reported(self, min_count: int) -> dict[str, np.ndarray]:
        """Return the bigrams seen at least ``min_count`` times in their outlet, merged over every chunk and
        sorted by key (the rows of the merged counts that :meth:`table` keeps), one partition at a time."""
        kept = []
        for rows in self.bigrams.partitions_read():
            merged = merge_rows(rows, ("count", "quoted", "articles"), ("article", "start", "end"))
            del rows
            keep = merged["count"] >= min_count
            kept.append({name: values[keep] for name, values in merged.items()})
        joined = {name: np.concatenate([part[name] for part in kept]) for name in kept[0]}
        order = np.argsort(joined["key"], kind="stable")
        return {name: values[order] for name, values in joined.items()}

    def table(self, min_count: int = COLLOCATION_MIN_COUNT) -> pd.DataFrame:
        """Return ``collocations`` (group "outlet"): the rows, values and order of ``_collocations``."""
        columns = COLLOCATION_COLUMNS["outlet"]
        if not self.bigram_rows:
            return pd.DataFrame(columns=columns)
        bigrams = self._reported(min_count)
        keys = bigrams["key"]
        outlet, first, second = keys >> (2 * TERM_BITS), (keys >> TERM_BITS) & TERM_MASK, keys & TERM_MASK
        words = self.unigrams.keys >> TERM_BITS
        totals = np.bincount(words, weights=self.unigrams.sums["count"], minlength=len(self.outlet_ids))
        n_ii = bigrams["count"]
        n_ix = self.unigrams.lookup("count", (outlet << TERM_BITS) | first)
        n_xi = self.unigrams.lookup("count", (outlet << TERM_BITS) | second)
        pmi, ratio = _nltk_scores(n_ii, n_ix, n_xi, totals.astype(np.int64)[outlet])
        terms, outlets = np.array(list(self.term_ids), dtype=object), np.array(list(self.outlet_ids), dtype=object)
        ngram = np.array([f"{a} {b}" for a, b in zip(terms[first].tolist(), terms[second].tolist(), strict=True)])
        firsts = {name: bigrams[name].astype(np.int64) for name in ("article", "start", "end")}
        table = pd.DataFrame(
            {
                "outlet": pd.array(outlets[outlet], dtype="str"),
                "ngram": pd.array(ngram.astype(object), dtype="str"),
                "count": n_ii,
                "quoted_count": bigrams["quoted"],
                "articles": bigrams["articles"],
                "pmi": pmi,
                "likelihood_ratio": ratio,
                "article_id": pd.array(self.articles.take("article_id", firsts["article"]), dtype="str"),
                "start": firsts["start"],
                "end": firsts["end"],
            },
            columns=columns,
        )
        # _collocations' order: outlet (sorted names), likelihood ratio descending, bigram (sorted text).
        order = np.lexsort((_rank(ngram), -ratio, _rank(outlets)[outlet]))
        return table.iloc[order].reset_index(drop=True)


def _rank(names: np.ndarray) -> np.ndarray:
    """Return the rank of each name among the sorted names (equal names: the order they come in)."""
    rank = np.empty(len(names), dtype=np.int64)
    rank[np.argsort(names, kind="stable")] = np.arange(len(names))
    return rank
