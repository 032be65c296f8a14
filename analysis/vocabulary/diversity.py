"""Lexical diversity: type-token ratio, MATTR (Covington & McFall 2010) and MTLD (McCarthy & Jarvis 2010).

``ttr``, ``mattr`` and ``mtld`` are the plain one-text definitions. The
table of every article (``article_statistics``) computes the same values for
all articles at once from integer codes: ``_previous_position`` finds, for
each token, the previous token of the same term; MATTR sums, per token, the
windows in which it is a new type (``_mattr_totals``); MTLD advances every
text one factor per numpy step (``_mtld_passes``). Tests check both paths
give the same floats.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .coding import PACK_LIMIT, _int32

MATTR_WINDOW = 50
MTLD_THRESHOLD = 0.72
# MTLD's vectorised pass looks this many tokens ahead for the end of a factor (factors are short); a text
# whose factor is longer finishes alone. Texts go MTLD_BLOCK at a time, which bounds the look-ahead arrays.
MTLD_LOOKAHEAD = 256
MTLD_BLOCK = 2048


def ttr(terms: Sequence[str]) -> float:
    """Return the type-token ratio (NaN for an empty text)."""
    return len(set(terms)) / len(terms) if len(terms) else math.nan


def mattr(terms: Sequence[str], window: int = MATTR_WINDOW, short_text: str = "nan") -> float:
    """Return the moving-average type-token ratio (Covington & McFall 2010).

    The mean TTR of every window of ``window`` consecutive tokens, moved one
    token at a time. A text shorter than the window has no full window: by
    default the result is NaN (its plain TTR would not be comparable with
    MATTR of longer texts); ``short_text="ttr"`` returns the plain TTR
    instead (the convention of the ``lexical_diversity`` package).
    """
    n = len(terms)
    if window < 1:
        raise ValueError("window must be at least 1")
    if n < window:
        if short_text == "ttr":
            return ttr(terms)
        return math.nan
    counts: dict[str, int] = {}
    for term in terms[:window]:
        counts[term] = counts.get(term, 0) + 1
    types, total = len(counts), 0
    total += types
    for i in range(window, n):
        out, new = terms[i - window], terms[i]
        counts[out] -= 1
        if counts[out] == 0:
            del counts[out]
            types -= 1
        if counts.get(new, 0) == 0:
            types += 1
        counts[new] = counts.get(new, 0) + 1
        total += types
    return total / (n - window + 1) / window


def _mtld_pass(terms: Sequence[str], threshold: float) -> float:
    """Return the number of MTLD factors in one direction (full factors + partial remainder)."""
    factors, seen, count, current = 0.0, set(), 0, 1.0
    for term in terms:
        count += 1
        seen.add(term)
        current = len(seen) / count
        if current <= threshold:
            factors += 1
            seen, count, current = set(), 0, 1.0
    if count:  # the unfinished stretch counts as a fraction of a factor
        factors += (1 - current) / (1 - threshold)
    return factors


def mtld(terms: Sequence[str], threshold: float = MTLD_THRESHOLD) -> float:
    """Return MTLD (McCarthy & Jarvis 2010): mean length of stretches that keep TTR above ``threshold``.

    Bidirectional: the mean of a forward and a backward pass, each = tokens /
    factors. A factor ends when the running TTR falls to ``threshold`` (0.72)
    or below; the leftover stretch adds (1 - its TTR) / (1 - 0.72) of a
    factor. NaN when a pass finds no factor at all (e.g. all tokens distinct).
    """
    values = []
    for sequence in (list(terms), list(terms)[::-1]):
        factors = _mtld_pass(sequence, threshold)
        values.append(len(sequence) / factors if factors > 0 else math.nan)
    return float(np.mean(values))


def _previous_position(group: np.ndarray, term: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return (position of each token in its group, position of the previous token of the same
    term in the same group or -1), both int32. Groups must be contiguous runs of ``group``."""
    n = len(term)
    previous = np.full(n, -1, dtype=np.int32)
    if not n:
        return np.zeros(0, dtype=np.int32), previous
    first = np.empty(n, dtype=bool)
    first[0] = True
    np.not_equal(group[1:], group[:-1], out=first[1:])
    begins = np.flatnonzero(first)  # row of each run's first token
    del first
    position = np.arange(n, dtype=np.int32)
    position -= np.repeat(_int32(begins), np.diff(begins, append=n))
    # Sort (group, term, position) packed in one integer: same group and term together, in text order.
    terms, length = int(term.max()) + 1, int(position.max()) + 1
    if (int(group.max()) + 1) * terms * length < PACK_LIMIT:
        starts = np.zeros(int(group.max()) + 1, dtype=np.int64)
        starts[group[begins]] = begins  # row of each group's first token
        packed = group.astype(np.int64) * terms
        packed += term
        packed *= length
        packed += position
        packed.sort()
        at = _int32(packed % length)
        packed //= length  # (group, term)
        # in sorted order: the previous position of the same group and term, or -1
        earlier = np.where(packed[1:] == packed[:-1], at[:-1], np.int32(-1))
        packed //= terms  # group
        np.take(starts, packed, out=packed, mode="clip")  # in place: each index is read before it is overwritten
        packed += at  # row of each sorted entry
        del at
        previous[packed[1:]] = earlier
        del packed, earlier
    else:
        order = np.argsort(group.astype(np.int64) * terms + term, kind="stable")
        same = (group[order][1:] == group[order][:-1]) & (term[order][1:] == term[order][:-1])
        previous[order[1:][same]] = position[order[:-1][same]]
    return position, previous


def _mattr_totals(
    group: np.ndarray, position: np.ndarray, previous: np.ndarray, lengths: np.ndarray, window: int
) -> np.ndarray:
    """Return, per group, the sum over all windows of the number of types in the window.

    A token counts as a type in every window that holds it but no earlier
    token of its term: windows starting after ``previous`` and at or before
    the token, that fit in the text. Integer arithmetic, so exactly the sum
    of the sliding count.
    """
    lo = np.maximum(previous + 1, position - (window - 1))
    np.maximum(lo, 0, out=lo)
    hi = np.minimum(position, lengths[group] - window)
    hi -= lo
    hi += 1
    np.maximum(hi, 0, out=hi)
    return np.bincount(group, weights=hi, minlength=len(lengths)).astype(np.int64)


def _mtld_pass_codes(position_new: np.ndarray, threshold: float, start: int = 0, factors: int = 0) -> float:
    """Return MTLD factors of one pass over one text, given ``previous`` positions of each token
    (``-1`` if none): exactly ``_mtld_pass`` on the terms, one numpy step per factor. ``start`` and
    ``factors`` resume a pass already advanced that far."""
    n, current = len(position_new), 1.0
    counts = np.arange(1, n + 1)
    while start < n:
        # Look ahead a stretch first (factors are short); the whole rest only if none ends in it.
        for stop in (min(n, start + MTLD_LOOKAHEAD), n):
            new = position_new[start:stop] < start  # first occurrence since the factor began
            ttr_ = np.cumsum(new) / counts[: stop - start]
            ended = np.flatnonzero(ttr_ <= threshold)
            if len(ended) or stop == n:
                break
        if not len(ended):
            current = float(ttr_[-1])
            return factors + (1 - current) / (1 - threshold)
        factors += 1
        start += int(ended[0]) + 1
    return float(factors)


def _mtld_passes(
    previous: np.ndarray,
    starts: np.ndarray,
    lengths: np.ndarray,
    threshold: float,
    chunk: int = MTLD_LOOKAHEAD,
    block: int = MTLD_BLOCK,
) -> np.ndarray:
    """Return the MTLD factors of one pass over every text at once (texts are the slices
    ``starts[g] : starts[g] + lengths[g]`` of ``previous``, see ``_mtld_pass_codes``).

    All texts advance together, one factor per step, looking ``chunk`` tokens ahead; a text
    whose factor is longer than that finishes alone with ``_mtld_pass_codes``. Same arithmetic
    as the one-text pass, so the same floats. Texts go ``block`` at a time (each is independent),
    which bounds the look-ahead arrays.
    """
    if len(lengths) > block:
        return np.concatenate(
            [
                _mtld_passes(previous, starts[i : i + block], lengths[i : i + block], threshold, chunk, block)
                for i in range(0, len(lengths), block)
            ]
        )
    n_texts = len(lengths)
    result = np.zeros(n_texts)
    start = np.zeros(n_texts, dtype=np.int64)
    factors = np.zeros(n_texts, dtype=np.int64)
    active = np.flatnonzero(lengths > 0)
    offsets = np.arange(chunk)
    counts = np.arange(1, chunk + 1)
    while len(active):
        remaining = lengths[active] - start[active]
        valid = offsets[None, :] < remaining[:, None]
        rows = np.minimum(starts[active, None] + start[active, None] + offsets[None, :], len(previous) - 1)
        new = (previous[rows] < start[active, None]) & valid
        ttr_ = np.cumsum(new, axis=1) / counts[None, :]
        hit = (ttr_ <= threshold) & valid
        has = hit.any(axis=1)
        first = hit.argmax(axis=1)
        # a factor ends: count it and move on
        ended = active[has]
        factors[ended] += 1
        start[ended] += first[has] + 1
        # no factor ends before the text does: add the unfinished stretch and stop
        last = ~has & (remaining <= chunk)
        for g, current in zip(active[last], ttr_[np.flatnonzero(last), remaining[last] - 1], strict=True):
            result[g] = int(factors[g]) + (1 - float(current)) / (1 - threshold)
        # a factor longer than the look-ahead: finish that text alone
        for g in active[~has & (remaining > chunk)]:
            text = previous[starts[g] : starts[g] + lengths[g]]
            result[g] = _mtld_pass_codes(text, threshold, int(start[g]), int(factors[g]))
        finished = active[has][start[ended] >= lengths[ended]]
        result[finished] = factors[finished].astype(float)
        active = active[has][start[ended] < lengths[ended]]
    return result
