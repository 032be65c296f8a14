"""Local alignment of two articles' words: seed and extend from shared shingles, then merge nearby seeds.

The method of BLAST-style aligners as passim (Smith, Cordell & Mullen 2015) applies it to
reprinted text, over words instead of letters:

1. **Seeds**: every position pair (i, j) where the shingle starting at word i of one article
   equals the shingle starting at word j of the other (all shared shingles of the pair, not only
   the rare ones used for blocking).
2. **Extend**: seeds on one diagonal (j - i) at consecutive positions are one exact run of words;
   the run's words are compared, so a hash collision is never a match.
3. **One-to-one**: runs are taken longest first and a run that reuses a word already aligned on
   either side is dropped, so a sentence printed twice in one page aligns once.
4. **Merge**: runs in the same order on both sides, separated by at most ``MAX_GAP_WORDS`` words
   on each side, are one passage: the gap is rewritten text (a changed label, an added clause).
5. A passage is kept when it holds at least ``MIN_SHARED_SHINGLES`` shared shingles.
6. **Extend the edges**: a run cannot start fewer than ``SHINGLE_WORDS`` words before a change,
   so "Syrian government forces shelled ..." and "Syrian regime forces shelled ..." first align
   from "forces". A word that matches across a substitution of 1 to ``EDGE_GAP_WORDS`` unmatched
   words on *each* side of a passage's edge is added (closest first, then the exact matches next
   to it), repeatedly, so the passage starts at "Syrian" and the changed label is inside it. Only
   substitutions are bridged: words added on one side only at an edge cannot be told from where
   the reuse ends ("... Sheikhoun. More follows" against "... Sheikhoun. Read more").

Each passage is then *verbatim* (the same words, in the same order, after normalisation) or
*rewritten*: the lexical distinction of the METER corpus (Clough et al. 2002), whose annotators
marked reused text as verbatim or rewritten. ``similarity`` is the share of identical words,
difflib's ratio 2M / (words on one side + words on the other), as in quote integrity.

The word-level changes are found once, while aligning (:func:`passage_changes`): the exact runs
are already matched, so difflib compares only the short stretches between them (and at the edges),
not the whole passage again; M counts the run words plus the words difflib matches in those
stretches. On a corpus of rewritten reprints this is most of the cost saved (issue 15, item 6).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import numpy as np

from .candidates import MIN_SHARED_SHINGLES
from .shingles import SHINGLE_WORDS, shingle_hashes

# Unmatched words between two runs that still belong to one passage (on each side). A changed
# label or an inserted attribution is a few words; ten unmatched words are a new sentence.
MAX_GAP_WORDS = 10
# Unmatched words (on each side) a passage's edge is extended across to a matching word: a label
# of up to three words changed near the start or end of a passage. Larger values add stray
# matches of common words ("the", "said") beside a passage.
EDGE_GAP_WORDS = 3
# A passage at or above this similarity is verbatim: only identical word sequences.
VERBATIM_MIN_SIMILARITY = 1.0
VERBATIM, REWRITTEN = "verbatim", "rewritten"


@dataclass(frozen=True)
class Passage:
    """An aligned passage: words ``a_start:a_end`` of one article and ``b_start:b_end`` of the other."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    shingles: int
    similarity: float
    # The differing stretches (difflib opcode, a_start, a_end, b_start, b_end), relative to the passage's start.
    changes: tuple[tuple[str, int, int, int, int], ...] = ()

    @property
    def kind(self) -> str:
        """Return ``verbatim`` or ``rewritten`` (by ``VERBATIM_MIN_SIMILARITY``)."""
        return VERBATIM if self.similarity >= VERBATIM_MIN_SIMILARITY else REWRITTEN


def exact_runs(a: np.ndarray, b: np.ndarray, n: int = SHINGLE_WORDS) -> list[tuple[int, int, int, int]]:
    """Return the exact word runs (a_start, a_end, b_start, b_end, shingles) that shared shingles seed.

    Steps 1 and 2 of the module docstring; runs whose words differ (a hash collision) are dropped.
    """
    # Plain dicts: an article has a few hundred shingles, too few for numpy's set operations to pay off.
    positions_in_b: dict[int, list[int]] = {}
    for j, value in enumerate(shingle_hashes(b, n).tolist()):
        positions_in_b.setdefault(value, []).append(j)
    seeds = sorted(
        (j - i, i) for i, value in enumerate(shingle_hashes(a, n).tolist()) for j in positions_in_b.get(value, ())
    )
    runs = []
    k = 0
    while k < len(seeds):
        diagonal, first = seeds[k]
        last = first
        while k + 1 < len(seeds) and seeds[k + 1] == (diagonal, last + 1):
            k += 1
            last += 1
        a_start, a_end = first, last + n
        if np.array_equal(a[a_start:a_end], b[a_start + diagonal : a_end + diagonal]):
            runs.append((a_start, a_end, a_start + diagonal, a_end + diagonal, last - first + 1))
        k += 1
    return runs


def one_to_one(runs: list[tuple], used_a: np.ndarray, used_b: np.ndarray) -> list[tuple]:
    """Return the runs kept longest first so that no word of either side is aligned twice, in a order.

    ``used_a`` and ``used_b`` (one flag per word of each side) are set on the words kept.
    """
    kept = []
    for run in sorted(runs, key=lambda r: (r[0] - r[1], r[0], r[2])):
        a_start, a_end, b_start, b_end, _ = run
        if used_a[a_start:a_end].any() or used_b[b_start:b_end].any():
            continue
        used_a[a_start:a_end] = used_b[b_start:b_end] = True
        kept.append(run)
    return sorted(kept)


def _edge_match(a: np.ndarray, b: np.ndarray, i: int, j: int, step: int, free_a, free_b, gap: int) -> tuple | None:
    """Return (i, j) of the closest matching word pair beyond 1 to ``gap`` unmatched words of each side.

    (i, j) are the first positions beyond the edge, going ``step`` (-1 left, 1 right); "closest" is
    the fewest unmatched words on both sides together, then on side a. Only free (not yet
    aligned) words are used.
    """
    options = sorted((k + m, k, m) for k in range(1, gap + 1) for m in range(1, gap + 1))
    for _, k, m in options:
        x, y = i + step * k, j + step * m
        if not (0 <= x < len(a) and 0 <= y < len(b)) or not (free_a(x, i, step) and free_b(y, j, step)):
            continue
        if a[x] == b[y]:
            return x, y
    return None


def extend_edges(a: np.ndarray, b: np.ndarray, span: list[int], used_a: np.ndarray, used_b: np.ndarray) -> list[int]:
    """Return the passage ``[a_start, a_end, b_start, b_end]`` extended at both edges (step 6 of the module)."""

    def free(used: np.ndarray):
        # Every word from the edge to the candidate must be unaligned: a passage never crosses another.
        return lambda x, edge, step: not used[min(x, edge) : max(x, edge) + 1].any()

    a_start, a_end, b_start, b_end = span
    for step in (-1, 1):
        while True:
            i, j = (a_start - 1, b_start - 1) if step < 0 else (a_end, b_end)
            found = _edge_match(a, b, i, j, step, free(used_a), free(used_b), EDGE_GAP_WORDS)
            if found is None:
                break
            x, y = found
            while 0 <= x + step < len(a) and 0 <= y + step < len(b) and a[x + step] == b[y + step]:
                if used_a[x + step] or used_b[y + step]:
                    break
                x, y = x + step, y + step
            if step < 0:
                used_a[x:a_start] = used_b[y:b_start] = True
                a_start, b_start = x, y
            else:
                used_a[a_end : x + 1] = used_b[b_end : y + 1] = True
                a_end, b_end = x + 1, y + 1
    return [a_start, a_end, b_start, b_end]


def align(
    a: np.ndarray,
    b: np.ndarray,
    n: int = SHINGLE_WORDS,
    max_gap: int = MAX_GAP_WORDS,
    min_shingles: int = MIN_SHARED_SHINGLES,
) -> list[Passage]:
    """Return the aligned passages of two word-id arrays, in order of ``a`` (the module docstring's steps)."""
    used_a, used_b = np.zeros(len(a), dtype=bool), np.zeros(len(b), dtype=bool)
    groups: list[list[tuple]] = []
    for run in one_to_one(exact_runs(a, b, n), used_a, used_b):
        if groups:
            last = groups[-1][-1]
            if 0 <= run[0] - last[1] <= max_gap and 0 <= run[2] - last[3] <= max_gap:
                groups[-1].append(run)
                continue
        groups.append([run])
    passages = []
    for group in groups:
        shingles = sum(run[4] for run in group)
        if shingles < min_shingles:
            continue
        span = [group[0][0], group[-1][1], group[0][2], group[-1][3]]
        a_start, a_end, b_start, b_end = extend_edges(a, b, span, used_a, used_b)
        matched, changes = passage_changes(a, b, (a_start, a_end, b_start, b_end), group)
        similarity = 2 * matched / ((a_end - a_start) + (b_end - b_start))
        passages.append(Passage(a_start, a_end, b_start, b_end, shingles, similarity, changes))
    return passages


def passage_changes(a: np.ndarray, b: np.ndarray, span: tuple[int, int, int, int], runs: list[tuple]) -> tuple:
    """Return (M, changes) of a passage: its identical words and its differing stretches (difflib opcodes
    relative to the passage's start, without the equal ones).

    ``runs`` are the passage's exact runs, in order: their words are identical; difflib compares the
    stretches before the first run, between runs and after the last (module docstring).
    """
    a_start, a_end, b_start, b_end = span
    matched = sum(run[1] - run[0] for run in runs)
    pieces = [(a_start, runs[0][0], b_start, runs[0][2])]
    pieces += [(left[1], right[0], left[3], right[2]) for left, right in zip(runs, runs[1:])]
    pieces.append((runs[-1][1], a_end, runs[-1][3], b_end))
    changes = []
    for a0, a1, b0, b1 in pieces:
        if a1 == a0 and b1 == b0:
            continue
        matcher = difflib.SequenceMatcher(a=a[a0:a1].tolist(), b=b[b0:b1].tolist(), autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                matched += i2 - i1
            else:
                changes.append((op, a0 + i1 - a_start, a0 + i2 - a_start, b0 + j1 - b_start, b0 + j2 - b_start))
    return matched, tuple(changes)
