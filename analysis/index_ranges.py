"""Index ranges as flat numpy arrays, shared by the text-reuse seeds and the quotation-variant index.

A module of its own, importing nothing of the package, so that both :mod:`analysis.reuse` and
:mod:`analysis.sourcing` can use it without an import cycle.
"""

from __future__ import annotations

import numpy as np


def expand(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Return the concatenation of ``arange(start, start + count)`` for each (start, count)."""
    counts = np.asarray(counts, dtype=np.int64)
    offsets = np.asarray(starts, dtype=np.int64) - (np.cumsum(counts) - counts)
    return np.arange(int(counts.sum()), dtype=np.int64) + np.repeat(offsets, counts)
