"""The ``distinctive_phrases`` table of a corpus read chunk by chunk, from mergeable n-gram counts.

:func:`analysis.vocabulary.phrases._distinctive_phrases` needs, per n-gram size, the n-gram x outlet
count table (every n-gram inside a run, stop words included), the quoted counts, and the first
occurrence of each n-gram in each outlet (for its KWIC example). The counts are sums over articles and
the first occurrence is the earliest article's (chunks come in article order), so each chunk's counts
(:func:`chunk_phrase_counts`) are spilled per size in hash partitions (:class:`PhraseAggregate`,
:mod:`analysis.streaming.partitions`) and merged at the end one partition at a time, keeping only the
n-grams that can be reported; the statistics are computed on the same floats as in memory, the prior's
total summed in the same order (the n-gram strings sorted: :meth:`PhraseAggregate._of_size`). Only the examples need
tokens: those of the few articles holding a reported phrase's first occurrence, read back from the
chunks' spilled tokens and sentences (:meth:`PhraseAggregate.examples`), and only their first
occurrences: each chunk's are spilled with its tokens (:meth:`PhraseAggregate._located`).

Measured (``bench --articles 2000 --stream --chunk-size 1000``, 2 workers, realistic corpus): the final
vocabulary group's own memory (its peak RSS less the RSS it shares with the client at the fork) 508 ->
263 MB, its peak 1,337 -> 1,038 MB (the candidates from sparse counts, and the group no longer reading every
chunk's accusing tokens and quotations); the client's RSS at the fork 830 -> 775 MB (first occurrences
spilled, the collocations' held as 32-bit, chunks merged by lookup); every output file byte-identical.
Then the counts spilled instead of merged (same run): the client's held n-gram counts 41.4 MB (20.7 kB per
article) -> none, and the bigrams' 31.1 MB (15.6 kB per article) -> none; the client's RSS at the fork
882 -> 797 MB; every output file byte-identical.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import numpy as np
import pandas as pd

from ..study import Study
from ..vocabulary.concordance import _concordance
from ..vocabulary.keyness_measures import log_likelihood, log_ratio
from ..vocabulary.ngrams import _ngram_codes
from ..vocabulary.phrases import PHRASE_COLUMNS
from ..vocabulary.terms import _prepare
from ..voices import QUOTATION
from .held import ColumnSpill
from .pairwise import PairwiseSum
from .partitions import PartitionSpill, merge_rows

WORD_BITS = 21  # an n-gram of up to 3 words packed in an int64: 2 M terms
# Files the prior's n-grams are spread over by their first word's rank (_PriorSpill): the group holds one.
PRIOR_BUCKETS = 64
PRIOR_ROW = np.dtype([("key", np.int64), ("background", np.int32)])


def chunk_phrase_counts(p: dict, sizes: Sequence[int]) -> dict:
    """Return one chunk's n-gram counts per size: term codes (one column per word), outlet code, count,
    quoted count and first occurrence (article code, start, end), with the chunk's vocab, outlets, articles."""
    out = {"vocab": np.asarray(p["vocab"], dtype=object), "stop": np.asarray(p["vocab_stop"], dtype=bool)}
    out |= {"outlets": np.asarray(p["outlets"], dtype=object), "articles": np.asarray(p["articles"], dtype=object)}
    n_outlets = max(len(p["outlets"]), 1)
    for n in sizes:
        g = _ngram_codes(p, n)
        rows = p["rows"][g["first"]]
        art = p["art"][rows].astype(np.int64)
        key = g["code"].astype(np.int64) * n_outlets + np.asarray(p["outlet_of_article"], dtype=np.int64)[art]
        uniq, index, inverse, count = _unique_keys(key)
        in_quotes = (p["voices"] == QUOTATION)[p["voice"][rows]]
        first = g["first"][index].astype(np.int64)
        out[n] = {
            "words": np.stack([p["term"][first + k] for k in range(n)]) if len(first) else np.zeros((n, 0), int),
            "outlet": uniq % n_outlets,
            "count": count,
            "quoted": np.bincount(inverse, weights=in_quotes, minlength=len(uniq)).astype(np.int64),
            "article": art[index],
            "start": np.asarray(p["start"][p["rows"][first]], dtype=np.int64),
            "end": np.asarray(p["end"][p["rows"][first + n - 1]], dtype=np.int64),
        }
    return out


def _unique_keys(key: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Return (distinct keys, first index, inverse, counts) of ``key`` (``np.unique``'s)."""
    return np.unique(key, return_index=True, return_inverse=True, return_counts=True)


@dataclass
class PhraseAggregate:
    """The n-gram counts of every chunk so far, per size and outlet; chunk tokens spilled under ``spill_dir``."""

    spill_dir: Path
    sizes: Sequence[int]
    term_ids: dict[str, int] = field(default_factory=dict)
    term_stop: list[bool] = field(default_factory=list)
    outlet_ids: dict[str, int] = field(default_factory=dict)
    articles: ColumnSpill | None = None  # every chunk's article ids (a first occurrence's article: a position)
    counts: dict[int, PartitionSpill] = field(default_factory=dict)  # per size: every chunk's counts, partitioned
    present: dict[int, set[int]] = field(default_factory=dict)  # per size: the outlet ids with an n-gram
    spills: list[Path] = field(default_factory=list)

    def add(self, chunk: dict, study: Study) -> None:
        """Merge one chunk's counts (chunks in article order) and spill its tokens and sentences."""
        for term, stop in zip(chunk["vocab"].tolist(), chunk["stop"].tolist(), strict=True):
            if self.term_ids.setdefault(term, len(self.term_ids)) == len(self.term_stop):
                self.term_stop.append(stop)
        if len(self.term_ids) >= 1 << WORD_BITS:
            raise ValueError("too many terms to pack an n-gram key")
        term = np.array([self.term_ids[t] for t in chunk["vocab"].tolist()], dtype=np.int64)
        outlet = np.array([self.outlet_ids.setdefault(o, len(self.outlet_ids)) for o in chunk["outlets"]], dtype=int)
        if self.articles is None:
            self.articles = ColumnSpill(self.spill_dir, "articles")
        article = np.arange(len(chunk["articles"]), dtype=np.int64) + len(self.articles)
        self.articles.add(article_id=chunk["articles"])
        firsts = {}  # per size and outlet: the chunk's n-grams (sorted) with their first occurrence, spilled
        for n in self.sizes:
            c = chunk[n]
            key = np.zeros(len(c["count"]), dtype=np.int64)
            for word in c["words"]:
                key = (key << WORD_BITS) | term[word]
            rows = {"key": key, "outlet": outlet[c["outlet"]].astype(np.int32)}
            rows |= {"count": c["count"].astype(np.int32), "quoted": c["quoted"].astype(np.int32)}
            self.counts.setdefault(n, PartitionSpill(self.spill_dir, f"counts-{n}")).add(rows)
            for code in np.unique(c["outlet"]):
                mine = c["outlet"] == code
                self.present.setdefault(n, set()).add(int(outlet[code]))
                firsts[f"{n}.{outlet[code]}"] = _firsts(key[mine], article[c["article"][mine]], c, mine)
        self._spill(study, firsts)

    def _spill(self, study: Study, firsts: dict[str, np.ndarray]) -> None:
        """Write the chunk's first occurrences, tokens and sentence segments (what a KWIC line reads) to the
        spill folder."""
        self.spill_dir.mkdir(parents=True, exist_ok=True)
        path = self.spill_dir / f"chunk-{len(self.spills):05d}"
        np.savez(f"{path}-firsts.npz", **firsts)
        study.tokens.to_parquet(f"{path}-tokens.parquet", index=False)
        study.sentences[["article_id", "sentence_id", "segment_id"]].to_parquet(f"{path}-sentences.parquet")
        self.spills.append(path)

    def candidates(self, min_count: int, prior: str, prior_weight: float) -> pd.DataFrame:
        """Return every size's candidate phrases per outlet (``_phrases_of_size``'s rows), each with its packed
        n-gram (``_key``)."""
        parts = [part for n in self.sizes for part in self._of_size(n, min_count, prior, prior_weight)]
        return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()

    def _of_size(self, n: int, min_count: int, prior: str, prior_weight: float) -> list[pd.DataFrame]:
        """Return the candidate phrases of ``n`` words per outlet: the rows ``_phrases_of_size`` computes on the
        dense n-gram x outlet count matrix, computed from the spilled counts one partition at a time.

        A row is kept only when its n-gram has at least ``min_count`` in the target and no stop word at an
        edge, so a partition keeps only such counts (:meth:`_partition`): the reference count is the background
        less the target's. The
        statistics of a row read the row and four sums over every n-gram: the target's and the reference's
        words (sums of integers: exact in any order), the background's (the same) and the prior's total
        alpha_0 = sum(alpha), a float sum that depends on the order of its terms: the n-gram strings sorted.
        So the background count of every n-gram is spilled with its sort key (:class:`_PriorSpill`) and summed
        in that order, as :func:`~analysis.vocabulary.priors.dirichlet_prior` and
        :func:`~analysis.vocabulary.keyness_measures.log_odds_dirichlet` sum it (:func:`_log_odds_z`): the same
        floats as the matrix (tests/test_streaming_groups.py, tests/test_streaming_partitions.py).
        Only the ``corpus`` prior is made so (the export's; ``wordfreq`` would read every n-gram's string).
        """
        if prior != "corpus":
            raise ValueError(f"the streamed distinctive phrases use the corpus prior, not {prior!r}")
        outlets = sorted(o for o, k in self.outlet_ids.items() if k in self.present.get(n, ()))
        if len(outlets) < 2:
            return []
        rank, stop = self._term_ranks()
        words = np.zeros(len(self.outlet_ids), dtype=np.int64)  # every n-gram's count in each outlet id
        spilled = _PriorSpill(self.spill_dir / f"prior-{n}", len(rank), n)
        found = []
        for rows in self.counts[n].partitions_read():
            merged, background, candidates = self._partition(rows, n, (rank, stop), min_count)
            del rows
            words += np.bincount(merged["outlet"], weights=merged["count"], minlength=len(words)).astype(np.int64)
            spilled.add(_rank_keys(merged["key"][background[0]], n, rank), background[1])
            found.append(candidates)
        total, alpha0, prior_total = spilled.totals(prior_weight)
        rows = {name: np.concatenate([part[name] for part in found]) for name in found[0]}
        order = np.lexsort((rows["outlet"], rows["sort_key"]))
        rows = {name: values[order] for name, values in rows.items()}
        names = np.array(list(self.term_ids), dtype=object)
        parts = []
        for target in outlets:
            mine = rows["outlet"] == self.outlet_ids[target]
            a = rows["count"][mine].astype(float)
            b = rows["background"][mine] - a
            c = float(words[self.outlet_ids[target]])
            d = float(words[[self.outlet_ids[o] for o in outlets]].sum()) - c
            row_alpha = alpha0 * (rows["background"][mine] / total)
            g2, lr = log_likelihood(a, b, c, d), log_ratio(a, b, c, d)
            z = _log_odds_z(a, b, row_alpha, (c, d, prior_total))
            keep = np.flatnonzero(((a + b) > 0) & (a >= min_count) & (z > 0))
            if not len(keep):
                continue
            keys = rows["key"][mine][keep]
            part = {"target": target, "phrase": _strings(names, keys, n), "n": n}
            part |= {"target_count": a[keep].astype("int64"), "target_quoted_count": rows["quoted"][mine][keep]}
            part |= {"reference_count": b[keep].astype("int64"), "z": z[keep], "log_ratio": lr[keep], "g2": g2[keep]}
            part["_key"] = keys
            parts.append(pd.DataFrame(part))
        return parts

    def _partition(
        self, rows: dict[str, np.ndarray], n: int, terms: tuple[np.ndarray, np.ndarray], min_count: int
    ) -> tuple[dict[str, np.ndarray], tuple[np.ndarray, np.ndarray], dict[str, np.ndarray]]:
        """Return one partition's counts merged over the chunks (by n-gram, then outlet), its n-grams'
        background counts (the first merged row of each n-gram, the count over every outlet) and its candidate
        rows: an n-gram's count in an outlet of at least ``min_count``, no stop word at its edges, with the
        n-gram's background and sort key (``terms``: each term id's rank and stop flag)."""
        rank, stop = terms
        merged = merge_rows(rows, ("count", "quoted"), by=("key", "outlet"))
        first = np.ones(len(merged["key"]), dtype=bool)
        first[1:] = merged["key"][1:] != merged["key"][:-1]
        starts = np.flatnonzero(first)
        background = np.add.reduceat(merged["count"], starts) if len(starts) else merged["count"][:0]
        group = np.cumsum(first) - 1
        mask = (1 << WORD_BITS) - 1
        edge = stop[merged["key"] >> (WORD_BITS * (n - 1))] | stop[merged["key"] & mask]
        rows_kept = (merged["count"] >= min_count) & ~edge  # the only rows a target can report
        candidates = {name: merged[name][rows_kept] for name in ("key", "outlet", "count", "quoted")}
        candidates["background"] = background[group[rows_kept]]
        candidates["sort_key"] = _rank_keys(candidates["key"], n, rank)
        return merged, (starts, background.astype(np.int32)), candidates

    def _term_ranks(self) -> tuple[np.ndarray, np.ndarray]:
        """Return each term id's rank among the sorted terms and its stop-word flag.

        An n-gram's string is its words joined by spaces; when no term holds a character at or below the
        space (none does: a term is a word's letters, digits and joining marks), the strings sort as the tuples
        of their words' ranks, so an n-gram's rank key (:func:`_rank_keys`) sorts as its string."""
        terms = list(self.term_ids)
        if any(min(term, default=" ") <= " " for term in terms):
            raise ValueError("a term holds a space or control character: n-grams cannot be sorted by word ranks")
        return _ranks(np.array(terms, dtype=object)), np.asarray(self.term_stop, dtype=bool)

    def table(self, study: Study, stop: frozenset[str], top: int, statistics: tuple, window: int) -> pd.DataFrame:
        """Return ``distinctive_phrases``: ``statistics`` = (min_count, prior, prior_weight); ``study`` holds the
        articles, raw texts and codebooks (its tokens and sentences are read back from the spills)."""
        table = self.candidates(*statistics)
        if not len(table):
            return pd.DataFrame(columns=PHRASE_COLUMNS)
        table = table.sort_values(
            ["target", "z", "target_count", "phrase"], ascending=[True, False, False, True], kind="stable"
        )
        table = self._located(table.groupby("target", sort=True).head(top).reset_index(drop=True))
        example = self.examples(study, stop, table, window)
        table = table.drop(columns=["_key", "_article", "_start", "_end"])
        for column in ["article_id", "sentence_id", "start", "end", "left", "keyword", "right"]:
            table[column] = example[column]
        for column in ["target", "phrase"]:
            table[column] = table[column].astype("str")
        return table[PHRASE_COLUMNS]

    def _located(self, table: pd.DataFrame) -> pd.DataFrame:
        """Return the reported ``table`` with each row's first occurrence in its target (``_article``,
        ``_start``, ``_end``): that of the earliest chunk holding the n-gram in the outlet (chunks come in
        article order), read back from the chunks' spilled first occurrences."""
        found = np.full((3, len(table)), -1, dtype=np.int64)  # article, start, end
        outlet = table["target"].map(self.outlet_ids).to_numpy()
        group = np.array([f"{n}.{o}" for n, o in zip(table["n"].tolist(), outlet.tolist(), strict=True)])
        keys = table["_key"].to_numpy()
        for path in self.spills:
            if (found[0] >= 0).all():
                break
            with np.load(f"{path}-firsts.npz") as spill:
                for name in sorted(set(group[found[0] < 0]) & set(spill.files)):
                    rows = np.flatnonzero((found[0] < 0) & (group == name))
                    chunk = spill[name]  # (key, article, start, end) x the chunk's n-grams, sorted by key
                    at = np.minimum(np.searchsorted(chunk[0], keys[rows]), chunk.shape[1] - 1)
                    hit = chunk[0][at] == keys[rows]
                    found[:, rows[hit]] = chunk[1:, at[hit]]
        return table.assign(_article=found[0], _start=found[1], _end=found[2])

    def examples(self, study: Study, stop: frozenset[str], table: pd.DataFrame, window: int) -> pd.DataFrame:
        """Return the KWIC line of each row's first occurrence, from the tokens of those articles only."""
        located = self.articles.take("article_id", table["_article"].tolist())
        ids = sorted(set(located))
        read = {"filters": [("article_id", "in", ids)]}
        tokens = pd.concat([pd.read_parquet(f"{p}-tokens.parquet", **read) for p in self.spills], ignore_index=True)
        sentences = pd.concat([pd.read_parquet(f"{p}-sentences.parquet", **read) for p in self.spills])
        few = Study(
            articles=study.articles[study.articles["article_id"].isin(ids)].reset_index(drop=True),
            raw={a: study.raw[a] for a in ids},
            segments=study.segments.iloc[:0],
            sentences=sentences.reset_index(drop=True),
            tokens=tokens,
            quotes=study.quotes.iloc[:0],
            codebooks=study.codebooks,
        )
        p = _prepare(few, stop)
        art = np.searchsorted(p["articles"], located)
        firsts = [_row(p, a, "start", s) for a, s in zip(art.tolist(), table["_start"].tolist(), strict=True)]
        lasts = [_row(p, a, "end", e) for a, e in zip(art.tolist(), table["_end"].tolist(), strict=True)]
        return _concordance(few, p, firsts, lasts, window)


class _PriorSpill:
    """Every n-gram's background count with its rank key (:func:`_rank_keys`), spilled to ``folder`` in
    ``PRIOR_BUCKETS`` files by the rank of its first word, so that reading the files in order, each sorted,
    gives the n-grams in the order of their strings; :meth:`totals` sums the prior over them in that order
    (:class:`~analysis.streaming.pairwise.PairwiseSum`: ``np.sum``'s float of the whole array).

    Held whole (a sort key, a position and a background per n-gram: about 24 bytes per distinct n-gram at
    once) it grew with the corpus: the distinct trigrams of 2,000 / 5,000 bench articles are 0.90 / 2.13 M
    (22 / 51 MB held at once), about 10 kB per article, about 1 GB at 100,000; now the group holds one file's
    (at 5,000 articles the largest of 256 held 5.8 % of the trigrams, those opening with the commonest words)."""

    def __init__(self, folder: Path, n_terms: int, n: int) -> None:
        self.folder, self.n_terms, self.n = Path(folder), max(n_terms, 1), n
        shutil.rmtree(self.folder, ignore_errors=True)  # the files are appended to: none left from an earlier run
        self.folder.mkdir(parents=True)
        self.count, self.background = 0, 0
        self._streams: dict[int, BinaryIO] = {}  # open while n-grams are added: opening a file per partition and
        # bucket took 2 of the 8.6 CPU s of the phrases at 2,000 bench articles

    def _path(self, bucket: int) -> Path:
        return self.folder / f"{bucket:03d}.prior"

    def add(self, rank_keys: np.ndarray, background: np.ndarray) -> None:
        """Append some n-grams' rank keys and background counts (int32) to their files."""
        self.count += len(rank_keys)
        self.background += int(background.sum(dtype=np.int64))
        first = rank_keys >> (WORD_BITS * (self.n - 1))  # the first word's rank
        bucket = first * PRIOR_BUCKETS // self.n_terms
        order = np.argsort(bucket, kind="stable")
        rows = np.empty(len(order), dtype=PRIOR_ROW)
        rows["key"], rows["background"] = rank_keys[order], background[order]
        bounds = np.searchsorted(bucket[order], np.arange(PRIOR_BUCKETS + 1))
        for b in np.flatnonzero(np.diff(bounds)).tolist():
            if b not in self._streams:
                self._streams[b] = open(self._path(b), "ab")  # noqa: SIM115 (closed by totals)
            rows[bounds[b] : bounds[b + 1]].tofile(self._streams[b])

    def totals(self, prior_weight: float) -> tuple[np.float64, np.float64, np.float64]:
        """Return (the backgrounds' total, alpha_0 = ``prior_weight`` x it, the sum of the prior over every n-gram
        in string order): :func:`~analysis.vocabulary.priors.dirichlet_prior`'s ``background.sum()``, its
        ``alpha0`` and ``alpha.sum()``, the same floats; the files are removed."""
        for stream in self._streams.values():
            stream.close()
        self._streams = {}
        total = np.float64(self.background)  # a sum of integers below 2**53: the float sum's value in any order
        alpha0 = prior_weight * total
        summed = PairwiseSum(self.count)
        for b in range(PRIOR_BUCKETS):
            path = self._path(b)
            if not path.is_file():
                continue
            rows = np.fromfile(path, dtype=PRIOR_ROW)
            alpha = rows["background"][np.argsort(rows["key"])].astype(float)
            del rows
            alpha /= total
            alpha *= alpha0  # alpha0 * shape, in place, as dirichlet_prior
            summed.add(alpha)
            path.unlink()
        self.folder.rmdir()
        return total, alpha0, summed.total()


def _firsts(keys: np.ndarray, article: np.ndarray, c: dict, mine: np.ndarray) -> np.ndarray:
    """Return one outlet's n-grams of a chunk as rows (key, article, start, end), sorted by key.

    Spilled, not merged: only the reported phrases' first occurrences are ever read (a few per outlet),
    while merged they held 12 of the 36 bytes per distinct n-gram and outlet in the client."""
    rows = np.stack([keys, article, c["start"][mine], c["end"][mine]]).astype(np.int64)
    return rows[:, np.argsort(keys, kind="stable")]


def _row(p: dict, art: int, column: str, offset: int) -> int:
    """Return the position of the article's term token whose ``column`` (start or end) is ``offset``."""
    rows = p["rows"][p["art"][p["rows"]] == art]
    return int(rows[np.flatnonzero(p[column][rows] == offset)[0]])


def _ranks(names: np.ndarray) -> np.ndarray:
    """Return the rank of each name among the sorted names (the names distinct)."""
    rank = np.empty(len(names), dtype=np.int64)
    rank[np.argsort(names)] = np.arange(len(names))
    return rank


def _rank_keys(keys: np.ndarray, n: int, rank: np.ndarray) -> np.ndarray:
    """Return the packed n-grams ``keys`` (term ids) with each word's id replaced by its rank: keys that sort
    as the n-grams' strings (:meth:`PhraseAggregate._term_ranks`)."""
    mask = (1 << WORD_BITS) - 1
    out = np.zeros(len(keys), dtype=np.int64)
    for k in range(n):
        out = (out << WORD_BITS) | rank[(keys >> (WORD_BITS * (n - 1 - k))) & mask]
    return out


def _strings(names: np.ndarray, keys: np.ndarray, n: int) -> np.ndarray:
    """Return the strings of the packed n-grams ``keys`` (words joined by a space), as Python strings."""
    mask = (1 << WORD_BITS) - 1
    words = [names[(keys >> (WORD_BITS * (n - 1 - k))) & mask] for k in range(n)]
    return np.array([" ".join(ngram) for ngram in zip(*words, strict=True)], dtype=object)


def _log_odds_z(a: np.ndarray, b: np.ndarray, alpha: np.ndarray, sums: tuple[float, float, float]) -> np.ndarray:
    """Return :func:`~analysis.vocabulary.keyness_measures.log_odds_dirichlet`'s z (Monroe et al.'s variance) for
    some rows, given the sums it takes over every row: ``sums`` = (n_i = sum(a), n_j = sum(b), alpha_0 =
    sum(alpha)). The same operations in the same order, so the same floats (tested against it)."""
    n_i, n_j, alpha0 = (np.float64(x) for x in sums)
    rest_i, rest_j = n_i + alpha0 - a - alpha, n_j + alpha0 - b - alpha
    delta = np.log((a + alpha) / rest_i) - np.log((b + alpha) / rest_j)
    sigma2 = 1 / (a + alpha) + 1 / (b + alpha)
    return delta / np.sqrt(sigma2)
