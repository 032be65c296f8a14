"""The ``reuse`` table: every aligned passage, once from each side, with offsets into both raw texts."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..study import Study
from .alignment import Passage, align_runs
from .candidates import candidate_pairs
from .order import other_order
from .seeds import equal_runs, pair_runs, window_codes
from .words import CorpusWords, corpus_words

REUSE_COLUMNS = [
    "article_id", "outlet", "start", "end", "other_article_id", "other_outlet", "other_start", "other_end",
    "words", "other_words", "similarity", "kind", "other_order",
]  # fmt: skip


@dataclass(frozen=True)
class Alignments:
    """The words of a corpus and its aligned passages: (article index i, article index j > i, passage)."""

    words: CorpusWords
    passages: list[tuple[int, int, Passage]]

    def word_positions(self, i: int, j: int, passage: Passage) -> tuple[int, int, int, int]:
        """Return the passage's words on each side as positions in the corpus arrays: a0, a1, b0, b1."""
        a, b = self.words.span(i).start, self.words.span(j).start
        return passage.a_start + a, passage.a_end + a, passage.b_start + b, passage.b_end + b


def find_alignments(study: Study, cross_outlet: bool = True) -> Alignments:
    """Return the aligned passages of every candidate pair (:func:`~analysis.reuse.candidates.candidate_pairs`).

    Each pair is aligned once, with the lower article_id as side ``a``, so the result does not
    depend on the order of the corpus.
    """
    words = corpus_words(study)
    pairs = candidate_pairs(words, cross_outlet)
    found = [(*pairs[number].tolist(), passage) for number, passage in align_pairs(words.ids, words.bounds, pairs)]
    return Alignments(words, found)


def align_pairs(ids: np.ndarray, bounds: np.ndarray, pairs: np.ndarray) -> list[tuple[int, Passage]]:
    """Return (pair number, passage) of every aligned passage of ``pairs`` (rows of article indexes i < j into
    ``bounds``: article k's word ids are ``ids[bounds[k]:bounds[k + 1]]``), by pair then in order of side a.

    A pair's passages depend only on its two articles' words, not on the other articles given.
    """
    # The exact runs of every pair at once (analysis.reuse.seeds); only pairs with runs are aligned
    # further, one by one (1,000 bench articles: the reuse stage 26.4 -> 10.3 CPU s; see seeds.py).
    runs = pair_runs(ids, bounds, window_codes(ids, bounds), pairs)
    found = []
    for first, last in equal_runs(runs[:, 0]):
        pair_number = int(runs[first, 0])
        i, j = pairs[pair_number].tolist()
        seeded = [tuple(run[1:]) for run in runs[first:last].tolist()]
        a, b = ids[bounds[i] : bounds[i + 1]].tolist(), ids[bounds[j] : bounds[j + 1]].tolist()
        found += [(pair_number, passage) for passage in align_runs(a, b, seeded)]
    return found


def reuse_table(alignments: Alignments, articles: range | None = None) -> pd.DataFrame:
    """Return the ``reuse`` table (``REUSE_COLUMNS``) of found alignments (with ``articles``, a range of article
    indexes, only the rows of those articles: the table's rows of them, in its order).

    One row per passage and side: ``article_id``'s words ``start:end`` align with
    ``other_article_id``'s ``other_start:other_end`` (``raw[start:end]`` of each is the passage).
    ``words`` / ``other_words`` count the words of each side, ``similarity`` is the share of
    identical words (1 for verbatim), ``kind`` verbatim or rewritten, ``other_order`` whether the
    other article was published earlier, later, the same day, or in an unknown order
    (:func:`~analysis.reuse.order.other_order`). Sorted by article_id, start, other_article_id,
    other_start.
    """
    words = alignments.words
    rows = []
    for i, j, passage in alignments.passages:
        a0, a1, b0, b1 = alignments.word_positions(i, j, passage)
        a_side, b_side = (i, a0, a1), (j, b0, b1)
        for (k, first, last), (other, o_first, o_last) in ((a_side, b_side), (b_side, a_side)):
            if articles is not None and k not in articles:
                continue
            rows.append((
                words.article_ids[k], words.outlets[k], words.starts[first], words.ends[last - 1],
                words.article_ids[other], words.outlets[other], words.starts[o_first], words.ends[o_last - 1],
                last - first, o_last - o_first, passage.similarity, passage.kind,
                other_order(words.dates[k], words.dates[other]),
            ))  # fmt: skip
    table = pd.DataFrame(rows, columns=REUSE_COLUMNS)
    integers = ["start", "end", "other_start", "other_end", "words", "other_words"]
    table = table.astype({**dict.fromkeys(integers, np.int64), "similarity": np.float64})
    return table.sort_values(["article_id", "start", "other_article_id", "other_start"], kind="stable").reset_index(
        drop=True
    )


def reuse(study: Study, cross_outlet: bool = True) -> pd.DataFrame:
    """Return the ``reuse`` table of a study (:func:`reuse_table`); ``cross_outlet=False`` also aligns
    articles of the same outlet."""
    return reuse_table(find_alignments(study, cross_outlet))
