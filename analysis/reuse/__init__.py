"""Text reuse: which words each outlet wrote and which it took from a wire or another outlet.

Outlets reprint agency copy, whole or in part. A comparative study that counts reprinted
sentences as each outlet's own vocabulary, labels and sources measures the wire, not the outlet.
This package finds passages two articles share, with character offsets on both sides, following
Nicholls (2019, "Detecting textual reuse in news stories, at scale"), passim (Smith, Cordell &
Mullen 2015) and the METER corpus (Clough et al. 2002):

1. **Shingles** (``shingles.py``, Broder 1997): every run of ``SHINGLE_WORDS`` (5) body words.
2. **Blocking** (``candidates.py``): an inverted index of rare shingles (in 2 to
   ``MAX_SHINGLE_ARTICLES`` articles); articles sharing at least ``MIN_SHARED_SHINGLES`` of them
   are candidate pairs, so the cost grows with the corpus, not with the number of pairs.
3. **Alignment** (``alignment.py``): seed and extend from the shared shingles of each pair, one
   word aligned once, runs at most ``MAX_GAP_WORDS`` apart merged into one passage; verbatim or
   rewritten by the share of identical words.
4. **Tables**: ``passages.py`` (:func:`reuse`: one row per passage and side),
   ``derivation.py`` (:func:`reuse_articles`: per article, words found in an EARLIER-published
   article of another outlet, their share and a METER-style class), ``differences.py``
   (:func:`reuse_differences`: word-level changes inside rewritten passages, in quote
   integrity's diff style), ``order.py`` (publication order from the metadata dates: same-day
   and undated pairs are never ordered), ``summaries.py`` (:func:`tables`, the export set, and
   the matrix and bar summaries).
5. ``words.py`` (the body words as integer arrays), ``masks.py`` (tokens inside spans).
6. ``views.py``: the outlet's **original** text apart from **reused** text (changed words inside a
   reprint count as original): :func:`origin_counts` (the ``reuse_origin`` table: words, labels and
   attributions per outlet, voice and origin), :func:`keyness_by_origin`,
   :func:`label_counts_by_origin`, :func:`attributions_by_origin` (the vocabulary, framing and
   sourcing functions on one origin's rows).
7. ``charts.py``: the figures; ``bench.py``: the benchmark with planted reuse (``python -m analysis
   bench-reuse``). Neither is imported here.

**Using it in another analysis.** :func:`reused_token_mask` marks every row of
``study.tokens`` that lies in reused text, so an analysis can report the outlet's original text
apart from reused text, as it already reports the outlet's voice apart from quotations::

    from analysis import reuse
    table = reuse.reuse(study)
    taken = reuse.reused_token_mask(study, table[table["other_order"] == "earlier"])
    own_tokens = study.tokens[~taken]          # count vocabulary, labels, cues on these only
    # or keep every token and add a column: study.tokens.assign(reused=taken)

Filtering the ``reuse`` table first chooses what counts as reused (``other_order`` earlier:
text found in an article published before; any row: text shared with another outlet at all).
The ready-made view is in ``views.py``::

    found = reuse.tables(study)
    own = reuse.keyness_by_origin(study, found["reuse"], found["reuse_differences"])       # original text
    labels = reuse.label_counts_by_origin(study, found["reuse"], found["reuse_differences"], origin="reused")
"""

from __future__ import annotations

from .alignment import MAX_GAP_WORDS, REWRITTEN, VERBATIM, VERBATIM_MIN_SIMILARITY, Passage, align
from .candidates import MAX_SHINGLE_ARTICLES, MIN_SHARED_SHINGLES, candidate_pairs
from .derivation import (
    NON_DERIVED,
    PARTIALLY,
    PARTIALLY_DERIVED_MIN_SHARE,
    REUSE_ARTICLE_COLUMNS,
    WHOLLY,
    WHOLLY_DERIVED_MIN_SHARE,
    meter_class,
    reuse_articles,
)
from .differences import CONTEXT_WORDS, DIFFERENCE_COLUMNS, reuse_differences
from .masks import reused_token_mask
from .order import other_order
from .passages import REUSE_COLUMNS, find_alignments, reuse
from .shingles import SHINGLE_WORDS, shingle_hashes
from .summaries import WORD_CLASSES, article_word_classes, detection_tables, outlet_matrix, tables
from .views import (
    ORIGIN_COLUMNS,
    ORIGINAL,
    ORIGINS,
    REUSED,
    attributions_by_origin,
    keyness_by_origin,
    label_counts_by_origin,
    origin_counts,
    reused_word_mask,
    spans_reused,
)
from .words import corpus_words

__all__ = [
    "CONTEXT_WORDS",
    "DIFFERENCE_COLUMNS",
    "MAX_GAP_WORDS",
    "MAX_SHINGLE_ARTICLES",
    "MIN_SHARED_SHINGLES",
    "NON_DERIVED",
    "ORIGINAL",
    "ORIGINS",
    "ORIGIN_COLUMNS",
    "PARTIALLY",
    "PARTIALLY_DERIVED_MIN_SHARE",
    "REUSE_ARTICLE_COLUMNS",
    "REUSED",
    "REUSE_COLUMNS",
    "REWRITTEN",
    "SHINGLE_WORDS",
    "VERBATIM",
    "VERBATIM_MIN_SIMILARITY",
    "WHOLLY",
    "WHOLLY_DERIVED_MIN_SHARE",
    "WORD_CLASSES",
    "Passage",
    "align",
    "article_word_classes",
    "attributions_by_origin",
    "candidate_pairs",
    "corpus_words",
    "detection_tables",
    "find_alignments",
    "keyness_by_origin",
    "label_counts_by_origin",
    "meter_class",
    "origin_counts",
    "other_order",
    "outlet_matrix",
    "reuse",
    "reuse_articles",
    "reuse_differences",
    "reused_token_mask",
    "reused_word_mask",
    "shingle_hashes",
    "spans_reused",
    "tables",
]
