"""Steps 1 and 2 of the alignment (:mod:`analysis.reuse.alignment`) for many article pairs at once.

Every shared shingle of a pair is a *seed* (i, j); seeds on one diagonal (j - i) at consecutive
positions are one *exact run* of words. Finding them pair by pair with a dictionary of one side's
shingles was two thirds of the reuse stage's profile (1,000 realistic bench articles, 25,000
candidate pairs, every pair touching all its ~800 shingles in Python). Here the shingles of a chunk
of pairs are keyed (pair, shingle code) and joined with one sort of both sides, so Python never
loops over shingles; the result is the same set of runs. With this module the stage went from 26.4
to 10.3 CPU s.
"""

from __future__ import annotations

import numpy as np

from ..index_ranges import expand
from .shingles import SHINGLE_WORDS, shingle_hashes

# Shingles (both sides) joined at once: bounds the memory of one chunk (a few arrays of this many
# 64-bit integers, ~0.2 GB at most) whatever the number of pairs.
CHUNK_SHINGLES = 2_000_000
# Columns of :func:`pair_runs`' rows.
RUN_COLUMNS = ("pair", "a_start", "a_end", "b_start", "b_end", "shingles")


def window_codes(ids: np.ndarray, bounds: np.ndarray, n: int = SHINGLE_WORDS) -> np.ndarray:
    """Return, per position of ``ids``, a code of the n-word shingle starting there (equal codes: equal
    hashes), or -1 when it can seed no pair: it does not fit inside its article (articles are
    ``bounds[k]:bounds[k + 1]``) or no other article has it."""
    codes = np.full(len(ids), -1, dtype=np.int64)
    hashes = shingle_hashes(ids, n)
    if not len(hashes):
        return codes
    article = np.repeat(np.arange(len(bounds) - 1), np.diff(bounds))
    at = np.flatnonzero(article[: len(hashes)] == article[n - 1 :])
    code = np.unique(hashes[at], return_inverse=True)[1].ravel()
    # Articles per code: one (code, article) entry each. Most shingles of real text are in one
    # article only (1,000 bench articles: ~80 %), and leaving them out shrinks every join below.
    entries = np.unique(code * (len(bounds) - 1) + article[at])
    spread = np.bincount(entries // (len(bounds) - 1), minlength=len(code))
    codes[at] = np.where(spread[code] >= 2, code, -1)
    return codes


def equal_runs(values: np.ndarray) -> list[tuple[int, int]]:
    """Return (first, end) of each run of equal consecutive ``values``."""
    if not len(values):
        return []
    firsts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return list(zip(firsts.tolist(), np.r_[firsts[1:], len(values)].tolist(), strict=True))


def pair_runs(
    ids: np.ndarray, bounds: np.ndarray, codes: np.ndarray, pairs: np.ndarray, n: int = SHINGLE_WORDS
) -> np.ndarray:
    """Return the exact runs of every pair (i, j) of ``pairs`` as an (m, 6) array (``RUN_COLUMNS``), by pair.

    ``a_*`` are word positions in article i, ``b_*`` in article j (from each article's first word);
    ``shingles`` counts the run's seeds. A run whose words differ (a hash collision) is left out.
    ``codes`` is :func:`window_codes` of ``ids`` and ``bounds``.
    """
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    seeding = np.flatnonzero(codes >= 0)  # the positions that can seed, article by article
    seeding_bounds = np.searchsorted(seeding, bounds)
    shingles = np.diff(seeding_bounds)
    chunk = (np.cumsum(shingles[pairs[:, 0]] + shingles[pairs[:, 1]]) - 1) // CHUNK_SHINGLES
    found = [np.zeros((0, len(RUN_COLUMNS)), dtype=np.int64)]
    for first, last in equal_runs(chunk):
        chunk_pairs = pairs[first:last]
        sides = [seeding[expand(seeding_bounds[chunk_pairs[:, s]], shingles[chunk_pairs[:, s]])] for s in (0, 1)]
        pair = [np.repeat(np.arange(first, last), shingles[chunk_pairs[:, s]]) for s in (0, 1)]
        found.append(_chunk_runs(ids, bounds, codes, pairs, sides, pair, n))
    return np.concatenate(found)


def _seeds(keys: np.ndarray, side: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return every (a entry, b entry) with equal keys: entries of side 0 and of side 1, as indexes into ``keys``.

    One sort of both sides together (key, then side): each key's a entries come before its b entries,
    and every a entry is paired with every b entry of its key.
    """
    order = np.lexsort((side, keys))
    keys, side = keys[order], side[order]
    firsts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.zeros(0, dtype=np.int64)
    sizes = np.diff(np.r_[firsts, len(keys)])
    in_a = np.add.reduceat(side == 0, firsts) if len(firsts) else np.zeros(0, dtype=np.int64)
    in_b = sizes - in_a
    both = (in_a > 0) & (in_b > 0)
    firsts, in_a, in_b = firsts[both], in_a[both], in_b[both]
    per_group = in_a * in_b
    group = np.repeat(np.arange(len(firsts)), per_group)
    k = np.arange(int(per_group.sum()), dtype=np.int64) - np.repeat(np.cumsum(per_group) - per_group, per_group)
    a_at = firsts[group] + k // in_b[group]
    b_at = firsts[group] + in_a[group] + k % in_b[group]
    return order[a_at], order[b_at]


def _chunk_runs(ids, bounds, codes, pairs, sides: list, pair: list, n: int) -> np.ndarray:
    """Return :func:`pair_runs` of one chunk: ``sides`` are the seeding positions of each pair's articles
    i and j, ``pair`` the pair number of each."""
    distinct = int(codes.max()) + 1
    keys = np.concatenate([pair[0] * distinct + codes[sides[0]], pair[1] * distinct + codes[sides[1]]])
    side = np.repeat(np.array([0, 1], dtype=np.int8), [len(sides[0]), len(sides[1])])
    a_entry, b_entry = _seeds(keys, side)
    positions = np.concatenate(sides)
    seed_pair = np.concatenate(pair)[a_entry]
    seed_a, seed_b = positions[a_entry], positions[b_entry]
    window = np.arange(n, dtype=np.int64)
    same = (ids[seed_a[:, None] + window] == ids[seed_b[:, None] + window]).all(axis=1)
    i = seed_a - bounds[pairs[seed_pair, 0]]
    diagonal = seed_b - bounds[pairs[seed_pair, 1]] - i
    order = np.lexsort((i, diagonal, seed_pair))
    seed_pair, i, diagonal, same = seed_pair[order], i[order], diagonal[order], same[order]
    step = (seed_pair[1:] != seed_pair[:-1]) | (diagonal[1:] != diagonal[:-1]) | (i[1:] != i[:-1] + 1)
    firsts = np.flatnonzero(np.r_[True, step]) if len(i) else np.zeros(0, dtype=np.int64)
    lasts = np.r_[firsts[1:], len(i)] - 1
    # A run's words are the union of its seeds' windows: they are equal when every seed's are.
    kept = np.logical_and.reduceat(same, firsts) if len(firsts) else np.zeros(0, dtype=bool)
    firsts, lasts = firsts[kept], lasts[kept]
    a_start, a_end, shift = i[firsts], i[lasts] + n, diagonal[firsts]
    columns = (seed_pair[firsts], a_start, a_end, a_start + shift, a_end + shift, lasts - firsts + 1)
    return np.stack(columns, axis=1).astype(np.int64)
