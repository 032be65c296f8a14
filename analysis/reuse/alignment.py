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
from .seeds import pair_runs, window_codes
from .shingles import SHINGLE_WORDS

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


def exact_runs(a: np.ndarray, b: np.ndarray, n: int = SHINGLE_WORDS) -> list[tuple[int, int, int, int, int]]:
    """Return the exact word runs (a_start, a_end, b_start, b_end, shingles) that shared shingles seed.

    Steps 1 and 2 of the module docstring; runs whose words differ (a hash collision) are dropped.
    The corpus finds the runs of all its candidate pairs at once (:func:`analysis.reuse.seeds.pair_runs`);
    this is the same function on one pair.
    """
    ids = np.concatenate([a, b]).astype(np.int64)
    bounds = np.array([0, len(a), len(a) + len(b)], dtype=np.int64)
    runs = pair_runs(ids, bounds, window_codes(ids, bounds, n), np.array([[0, 1]]), n)
    return [tuple(run[1:]) for run in runs.tolist()]


def _mark(used: bytearray, start: int, end: int) -> None:
    """Flag words ``start:end`` of one side as aligned."""
    if end > start:
        used[start:end] = b"\x01" * (end - start)


def _is_free(used: bytearray, start: int, end: int) -> bool:
    """Return whether no word of ``start:end`` is aligned yet."""
    return used.find(1, start, end) < 0


def one_to_one(runs: list[tuple], used_a: bytearray, used_b: bytearray) -> list[tuple]:
    """Return the runs kept longest first so that no word of either side is aligned twice, in a order.

    ``used_a`` and ``used_b`` (one flag byte per word of each side) are set on the words kept.
    """
    kept = []
    for run in sorted(runs, key=lambda r: (r[0] - r[1], r[0], r[2])):
        a_start, a_end, b_start, b_end, _ = run
        if _is_free(used_a, a_start, a_end) and _is_free(used_b, b_start, b_end):
            _mark(used_a, a_start, a_end)
            _mark(used_b, b_start, b_end)
            kept.append(run)
    return sorted(kept)


# The (k, m) unmatched words on sides a and b an edge may cross, closest first (_edge_match's order).
_EDGE_GAPS = range(1, EDGE_GAP_WORDS + 1)
_EDGE_STEPS = [(k, m) for _, k, m in sorted((k + m, k, m) for k in _EDGE_GAPS for m in _EDGE_GAPS)]


def _edge_match(a: list, b: list, i: int, j: int, step: int, used_a: bytearray, used_b: bytearray) -> tuple | None:
    """Return (i, j) of the closest matching word pair beyond 1 to ``EDGE_GAP_WORDS`` unmatched words of each side.

    (i, j) are the first positions beyond the edge, going ``step`` (-1 left, 1 right); "closest" is
    the fewest unmatched words on both sides together, then on side a. Every word from the edge to
    the candidate must be free (not yet aligned): a passage never crosses another.
    """
    for k, m in _EDGE_STEPS:
        x, y = i + step * k, j + step * m
        if not (0 <= x < len(a) and 0 <= y < len(b)) or a[x] != b[y]:
            continue
        if _is_free(used_a, min(x, i), max(x, i) + 1) and _is_free(used_b, min(y, j), max(y, j) + 1):
            return x, y
    return None


def extend_edges(a: list, b: list, span: list[int], used_a: bytearray, used_b: bytearray) -> list[int]:
    """Return the passage ``[a_start, a_end, b_start, b_end]`` extended at both edges (step 6 of the module)."""
    a_start, a_end, b_start, b_end = span
    for step in (-1, 1):
        while True:
            i, j = (a_start - 1, b_start - 1) if step < 0 else (a_end, b_end)
            found = _edge_match(a, b, i, j, step, used_a, used_b)
            if found is None:
                break
            x, y = found
            while 0 <= x + step < len(a) and 0 <= y + step < len(b) and a[x + step] == b[y + step]:
                if used_a[x + step] or used_b[y + step]:
                    break
                x, y = x + step, y + step
            if step < 0:
                _mark(used_a, x, a_start)
                _mark(used_b, y, b_start)
                a_start, b_start = x, y
            else:
                _mark(used_a, a_end, x + 1)
                _mark(used_b, b_end, y + 1)
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
    return align_runs(np.asarray(a).tolist(), np.asarray(b).tolist(), exact_runs(a, b, n), max_gap, min_shingles)


def align_runs(
    a: list, b: list, runs: list[tuple], max_gap: int = MAX_GAP_WORDS, min_shingles: int = MIN_SHARED_SHINGLES
) -> list[Passage]:
    """Return the aligned passages of two word-id lists from their exact runs (:func:`exact_runs`): steps 3 to 6.

    Python lists and flag bytes, not numpy: a pair has a few runs, and numpy's per-call cost on
    one-word slices dominated these steps (1,000 bench articles: extend_edges and one_to_one were
    13 % of the reuse stage's profile before, 5 of its 35 profiled CPU seconds after).
    """
    if sum(run[4] for run in runs) < min_shingles:
        return []  # no group of these runs can hold enough shingles
    used_a, used_b = bytearray(len(a)), bytearray(len(b))
    groups: list[list[tuple]] = []
    for run in one_to_one(runs, used_a, used_b):
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


def passage_changes(a: list, b: list, span: tuple[int, int, int, int], runs: list[tuple]) -> tuple:
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
        matcher = difflib.SequenceMatcher(a=a[a0:a1], b=b[b0:b1], autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                matched += i2 - i1
            else:
                changes.append((op, a0 + i1 - a_start, a0 + i2 - a_start, b0 + j1 - b_start, b0 + j2 - b_start))
    return matched, tuple(changes)
