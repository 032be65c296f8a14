"""``np.sum`` of a float64 array fed in pieces, without holding the array: the same float, bit for bit.

The streamed distinctive phrases need the sum of the prior over every n-gram in the order of their strings
(:meth:`analysis.streaming.phrases.PhraseAggregate._of_size`), a float sum that depends on the order and on
how it is grouped. Holding every n-gram's value to call ``np.sum`` once grew with the corpus (most n-grams of
real text are seen once: 24 bytes per distinct n-gram at once, about 10 kB per bench article). numpy sums a
contiguous float64 array by pairwise summation (``pairwise_sum`` in numpy's ``loops_utils.h.src``): an array
of at most 128 values is a leaf (fewer than 8 added in order; else eight running sums combined as a tree,
then the rest added in order); a longer one is split at n2 = n // 2 rounded down to a multiple of 8, and
the two halves' sums added. The leaves depend on the length only, so :class:`PairwiseSum` cuts the values
fed to it at the same leaves, sums each leaf with ``np.sum`` itself (a leaf is summed as a whole array of
its length is), keeps the leaf sums (8 bytes per ~100 values) and adds them up the same tree at the end
(tests/test_streaming_group_memory_sum.py: equal to ``np.sum`` for every length tried).
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

LEAF = 128  # numpy's PW_BLOCKSIZE: the largest length summed without splitting
UNROLL = 8  # numpy's unroll factor: a split point is a multiple of it


def leaves(n: int) -> Iterator[int]:
    """Yield the lengths of the leaves numpy's pairwise summation cuts an array of ``n`` values into, in order."""
    if n <= LEAF:
        yield n
        return
    half = n // 2
    half -= half % UNROLL
    yield from leaves(half)
    yield from leaves(n - half)


class PairwiseSum:
    """The sum ``np.sum`` returns of ``n`` float64 values fed in order, in pieces of any size (:meth:`add`)."""

    def __init__(self, n: int) -> None:
        self.n = n
        self._leaves = leaves(n)
        self._next = next(self._leaves, 0)  # length of the leaf being filled
        self._pending: list[np.ndarray] = []  # values of the leaf being filled
        self._filled = 0
        self._sums: list[float] = []
        self._fed = 0

    def add(self, values: np.ndarray) -> None:
        """Feed the next ``values`` (float64, in order)."""
        values = np.ascontiguousarray(values, dtype=np.float64)
        self._fed += len(values)
        if self._fed > self.n:
            raise ValueError(f"more than the {self.n} values announced")
        at = 0
        while at < len(values):
            take = min(self._next - self._filled, len(values) - at)
            self._pending.append(values[at : at + take])
            self._filled += take
            at += take
            if self._filled == self._next:
                leaf = self._pending[0] if len(self._pending) == 1 else np.concatenate(self._pending)
                self._sums.append(float(np.sum(leaf)))
                self._pending, self._filled = [], 0
                self._next = next(self._leaves, 0)

    def total(self) -> np.float64:
        """Return the sum of every value fed (all ``n`` of them)."""
        if self._fed != self.n:
            raise ValueError(f"{self._fed} values fed of the {self.n} announced")
        if self.n == 0:
            return np.float64(0.0)
        sums = iter(self._sums)
        return np.float64(_tree(self.n, sums))


def _tree(n: int, sums: Iterator[float]) -> float:
    """Return the pairwise sum of ``n`` values from their leaves' sums (taken in order from ``sums``)."""
    if n <= LEAF:
        return next(sums)
    half = n // 2
    half -= half % UNROLL
    return _tree(half, sums) + _tree(n - half, sums)
