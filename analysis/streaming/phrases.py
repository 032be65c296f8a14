"""The ``distinctive_phrases`` table of a corpus read chunk by chunk, from mergeable n-gram counts.

:func:`analysis.vocabulary.phrases._distinctive_phrases` needs, per n-gram size, the n-gram x outlet
count table (every n-gram inside a run, stop words included), the quoted counts, and the first
occurrence of each n-gram in each outlet (for its KWIC example). The counts are sums over articles and
the first occurrence is the earliest article's (chunks come in article order), so each chunk's counts
(:func:`chunk_phrase_counts`) are merged per size and outlet (:class:`PhraseAggregate`). At the end the
count table is rebuilt with its rows in the same order (the n-gram strings sorted), so the prior and
the statistics are computed on the same floats, in the same order, as in memory. Only the examples need
tokens: those of the few articles holding a reported phrase's first occurrence, read back from the
chunks' spilled tokens and sentences (:meth:`PhraseAggregate.examples`), and only their first
occurrences: each chunk's are spilled with its tokens (:meth:`PhraseAggregate._located`).

Measured (``bench --articles 2000 --stream --chunk-size 1000``, 2 workers, realistic corpus): the final
vocabulary group's own memory (its peak RSS less the RSS it shares with the client at the fork) 508 ->
263 MB, its peak 1,337 -> 1,038 MB (the candidates from sparse counts, and the group no longer reading every
chunk's accusing tokens and quotations); the client's RSS at the fork 830 -> 775 MB (first occurrences
spilled, the collocations' held as 32-bit, chunks merged by lookup); every output file byte-identical.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..study import Study
from ..vocabulary.concordance import _concordance
from ..vocabulary.ngrams import STRING, _ngram_codes
from ..vocabulary.phrases import PHRASE_COLUMNS, target_statistics
from ..vocabulary.priors import dirichlet_prior
from ..vocabulary.terms import _prepare
from ..voices import QUOTATION
from .collocations import MergedCounts

WORD_BITS = 21  # an n-gram of up to 3 words packed in an int64: 2 M terms


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
    article_ids: list[str] = field(default_factory=list)
    counts: dict[tuple[int, int], MergedCounts] = field(default_factory=dict)  # (size, outlet id)
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
        article = np.arange(len(chunk["articles"]), dtype=np.int64) + len(self.article_ids)
        self.article_ids.extend(chunk["articles"].tolist())
        firsts = {}  # per size and outlet: the chunk's n-grams (sorted) with their first occurrence, spilled
        for n in self.sizes:
            c = chunk[n]
            key = np.zeros(len(c["count"]), dtype=np.int64)
            for word in c["words"]:
                key = (key << WORD_BITS) | term[word]
            for code in np.unique(c["outlet"]):
                mine = c["outlet"] == code
                sums = {"count": c["count"][mine], "quoted": c["quoted"][mine]}
                self.counts.setdefault((n, int(outlet[code])), MergedCounts()).add(key[mine], sums, {})
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
        dense n-gram x outlet count matrix, computed from each outlet's sparse counts instead.

        Only sums need every n-gram: the background counts and the statistics' totals (sums of integers,
        exact in any order) and the prior's total (a float sum: taken over the same array in the same order,
        the n-gram strings sorted). So one outlet's column is made dense at a time, its reference column is
        the background minus it (integers: exact), and only the reported rows' n-grams become Python strings;
        the same floats as the dense matrix, without its n-grams x outlets x 2 floats and a Python string per
        n-gram (measured in the module docstring).
        """
        outlets = sorted(o for o, k in self.outlet_ids.items() if (n, k) in self.counts)
        if len(outlets) < 2:
            return []
        merged = [self.counts[(n, self.outlet_ids[o])] for o in outlets]
        keys = np.unique(np.concatenate([m.keys for m in merged]))
        ngrams, order, stop_edge = self._sorted_strings(keys, n)
        rank = np.empty(len(keys), dtype=np.int64)
        rank[order] = np.arange(len(keys))
        # The row (n-gram strings sorted) of each outlet's keys; the keys themselves in row order.
        rows = [rank[np.searchsorted(keys, m.keys)] for m in merged]
        keys = keys[order]
        del rank, order
        background = np.zeros(len(keys))
        for row, m in zip(rows, merged, strict=True):
            background[row] += m.sums["count"]  # one outlet's rows are distinct: no repeated index
        alpha = dirichlet_prior(ngrams, background, prior, prior_weight)
        parts = []
        for t, target in enumerate(outlets):
            column = np.zeros(len(keys))
            column[rows[t]] = merged[t].sums["count"]
            pair = np.column_stack([column, background - column])
            del column
            a, b, g2, z, lr, keep = target_statistics(pair, 0, alpha, min_count, stop_edge)
            del pair
            if not len(keep):
                continue
            quoted = merged[t].sums["quoted"][np.searchsorted(merged[t].keys, keys[keep])]
            part = {"target": target, "phrase": ngrams[keep].astype(object), "n": n}
            part |= {"target_count": a[keep].astype("int64"), "target_quoted_count": quoted.astype("int64")}
            part |= {"reference_count": b[keep].astype("int64"), "z": z[keep], "log_ratio": lr[keep], "g2": g2[keep]}
            part["_key"] = keys[keep]
            parts.append(pd.DataFrame(part))
        return parts

    def _sorted_strings(self, keys: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return the n-gram strings of the packed ``keys`` sorted (numpy strings), the order that sorts them,
        and whether each sorted n-gram has a stop word at an edge."""
        words = [(keys >> (WORD_BITS * (n - 1 - k))) & ((1 << WORD_BITS) - 1) for k in range(n)]
        names = np.array(list(self.term_ids), dtype=object).astype(STRING)
        strings = names[words[0]]
        for k in range(1, n):
            strings = np.strings.add(np.strings.add(strings, " "), names[words[k]])
        order = np.argsort(strings, kind="stable")  # the table's rows: the n-gram strings sorted
        stop = np.asarray(self.term_stop, dtype=bool)
        return strings[order], order, stop[words[0][order]] | stop[words[-1][order]]

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
        ids = sorted({self.article_ids[a] for a in table["_article"].tolist()})
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
        art = np.searchsorted(p["articles"], [self.article_ids[a] for a in table["_article"].tolist()])
        firsts = [_row(p, a, "start", s) for a, s in zip(art.tolist(), table["_start"].tolist(), strict=True)]
        lasts = [_row(p, a, "end", e) for a, e in zip(art.tolist(), table["_end"].tolist(), strict=True)]
        return _concordance(few, p, firsts, lasts, window)


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
