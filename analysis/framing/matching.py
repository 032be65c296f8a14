"""Lexicon matching: longest match first, left to right, within a sentence.

:func:`match_spans` is the rule, written for one sentence's words;
:func:`match_index` applies the same rule to every sentence of a
:class:`~analysis.framing.word_index.WordIndex` at once, trying only the words
where an entry can start. A test checks that the two agree.
"""

from __future__ import annotations

import numpy as np

from .arrays import covered
from .codebooks import Lexicon
from .word_index import JOINERS, WordIndex

Match = tuple[int, int, dict]  # (first word, last word + 1, codebook row)


def _joined(raw: str, ends: np.ndarray, starts: np.ndarray, i: int, j: int) -> bool:
    """Return whether tokens i..j-1 are separated only by joiner characters."""
    return all(set(raw[ends[k] : starts[k + 1]]) <= JOINERS for k in range(i, j - 1))


def _accept(rows: list[dict] | None, texts, i: int) -> dict | None:
    """Return the first row whose case-sensitive capitals match the words ``texts`` from ``i`` ("US", not "us")."""
    for row in rows or ():
        if row.get("case_sensitive", "no") == "yes" and any(
            s.isupper() and s != texts[i + k] for k, s in enumerate(row["_surface"])
        ):
            continue
        return row
    return None


def match_spans(
    raw: str, norms: list[str], texts: list[str], starts: np.ndarray, ends: np.ndarray, lexicon: Lexicon
) -> list[Match]:
    """Return non-overlapping (first, last+1, codebook row) matches, longest match first, left to right.

    Case-sensitive rows (``case_sensitive`` == "yes") require every all-capital
    word of the expression to appear exactly so ("US" but not "us").
    """
    if not lexicon:
        return []
    max_len = max(len(k) for k in lexicon)
    firsts = {k[0] for k in lexicon}
    out, i, n = [], 0, len(norms)
    while i < n:
        found = None
        if norms[i] in firsts:
            for length in range(min(max_len, n - i), 0, -1):
                rows = lexicon.get(tuple(norms[i : i + length]))
                if not rows or not _joined(raw, ends, starts, i, i + length):
                    continue
                row = _accept(rows, texts, i)
                if row is not None:
                    found = (i, i + length, row)
                    break
        if found:
            out.append(found)
            i = found[1]
        else:
            i += 1
    return out


def _candidates(index: WordIndex, lexicon: Lexicon, mask: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Return the words that can start a match (ascending) and, per word, whether it can start a multi-word one.

    A word can start a match if its norm is a one-word entry, or if its norm and
    the next word's norm (in the same sentence) begin a longer entry.
    """
    code_of, size = index.code_of, np.int64(max(len(index.code_of), 1))
    singles = [code_of[key[0]] for key in lexicon if len(key) == 1 and key[0] in code_of]
    pairs = [
        code_of[key[0]] * size + code_of[key[1]]
        for key in lexicon
        if len(key) > 1 and key[0] in code_of and key[1] in code_of
    ]
    candidates = index.where({key[0] for key in lexicon}, mask)
    after = np.minimum(candidates + 1, len(index) - 1)
    pair = (candidates + 1 < index.hi[candidates]) & np.isin(index.code[candidates] * size + index.code[after], pairs)
    keep = pair | np.isin(index.code[candidates], singles)
    return candidates[keep], pair[keep]


def _plain_singles(index: WordIndex, lexicon: Lexicon) -> tuple[dict, np.ndarray, np.ndarray]:
    """Return the rows without a case condition by expression, and per norm code whether it is such a one-word
    expression and its row.

    A candidate that can only be a one-word match of such a row is settled
    without Python: it matches unless a longer match covers it.
    """
    plain = {key: rows[0] for key, rows in lexicon.items() if rows[0].get("case_sensitive", "no") != "yes"}
    size = max(len(index.code_of), 1)
    plain_single = np.zeros(size, dtype=bool)
    row_of_code = np.full(size, None, dtype=object)
    for key, row in plain.items():
        if len(key) == 1 and key[0] in index.code_of:
            plain_single[index.code_of[key[0]]] = True
            row_of_code[index.code_of[key[0]]] = row
    return plain, plain_single, row_of_code


def _match_at(index: WordIndex, lexicon: Lexicon, plain: dict, lengths: dict, i: int, room: int, is_pair: bool):
    """Return the longest match (first, last+1, row) starting at word ``i`` within ``room`` words, or None."""
    norms, gap = index.norms, index.gap
    if is_pair:
        for length in lengths[(norms[i], norms[i + 1])]:
            if length > room:
                continue
            key = tuple(norms[i : i + length])
            if key in lexicon and (gap[i] if length == 2 else all(gap[k] for k in range(i, i + length - 1))):
                row = plain.get(key) or _accept(lexicon[key], index.texts, i)
                if row is not None:
                    return (i, i + length, row)
    key = (norms[i],)
    row = plain.get(key)
    if row is None and key in lexicon:
        row = _accept(lexicon[key], index.texts, i)
    return (i, i + 1, row) if row is not None else None


def _with_singles(index: WordIndex, out: list[Match], singles: np.ndarray, row_of_code: np.ndarray) -> list[Match]:
    """Return the matches ``out`` plus the one-word matches at ``singles`` that no match of ``out`` covers, in word
    order."""
    inside = covered(
        len(index), np.asarray([m[0] for m in out], dtype=np.int64), np.asarray([m[1] for m in out], dtype=np.int64)
    )
    singles = singles[~inside[singles]]
    firsts = np.concatenate([np.asarray([m[0] for m in out], dtype=np.int64), singles])
    lasts = np.concatenate([np.asarray([m[1] for m in out], dtype=np.int64), singles + 1])
    rows = np.concatenate(
        [np.asarray([m[2] for m in out] + [None], dtype=object)[:-1], row_of_code[index.code[singles]]]
    )
    order = np.argsort(firsts, kind="stable")
    return list(zip(firsts[order].tolist(), lasts[order].tolist(), rows[order].tolist(), strict=True))


def match_index(index: WordIndex, lexicon: Lexicon, mask: np.ndarray | None = None) -> list[Match]:
    """Return :func:`match_spans` of every sentence of ``index`` at once: (first, last+1, row) in word order.

    Only words that can start a match (and are in ``mask``) are tried: the
    norm is a one-word entry, or the norm and the next word's norm begin a
    longer entry (both found by vectorised look-ups of norm codes). Matches
    stay within a sentence, longest first, left to right.
    """
    if not lexicon or not len(index):
        return []
    lengths: dict[tuple[str, str], list[int]] = {}  # first two words -> lengths of the entries they begin
    for key in lexicon:
        if len(key) > 1:
            lengths.setdefault(key[:2], []).append(len(key))
    lengths = {first: sorted(set(ls), reverse=True) for first, ls in lengths.items()}  # longest first
    candidates, pair = _candidates(index, lexicon, mask)
    plain, plain_single, row_of_code = _plain_singles(index, lexicon)
    simple = ~pair & plain_single[index.code[candidates]]
    rest = candidates[~simple]
    out, blocked = [], -1
    rooms = (index.hi[rest] - rest).tolist()
    for i, room, is_pair in zip(rest.tolist(), rooms, pair[~simple].tolist(), strict=True):
        if i < blocked:  # inside the previous match
            continue
        found = _match_at(index, lexicon, plain, lengths, i, room, is_pair)
        if found:
            out.append(found)
            blocked = found[1]
    singles = candidates[simple]
    if not len(singles):
        return out
    return _with_singles(index, out, singles, row_of_code)
