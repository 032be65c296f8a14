"""Column helpers of the framing measures: runs of equal values, spans of words, compact tables.

The measures read and write whole columns (numpy arrays) rather than rows, so
that a large corpus costs vectorised passes instead of Python loops. Two
helpers avoid pandas' UTF-8 string hash table on purpose (see
:func:`string_codes`): it would attach a UTF-8 copy to every non-ASCII string
of the study it hashes, for as long as the study lives.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


def runs(values: np.ndarray) -> tuple[np.ndarray, np.ndarray, list]:
    """Return (first row, row after the last, value) of each run of equal values of an object array."""
    if not len(values):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), []
    firsts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    return firsts, np.r_[firsts[1:], len(values)].astype(np.int64), values[firsts].tolist()


def run_codes(values: np.ndarray, code_of: dict[str, int]) -> np.ndarray:
    """Return ``code_of`` of each value of an object array (-1 if absent), looking up each run of equal values once."""
    firsts, ends, run_values = runs(values)
    # A dict, not a pandas hash table: hashing strings in pandas caches a UTF-8 copy inside
    # each non-ASCII string, which would stay attached to the study's strings.
    codes = np.asarray([code_of.get(v, -1) for v in run_values], dtype=np.int32)
    return np.repeat(codes, ends - firsts)


def span_words(first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Return the word indices of the spans first..last-1, concatenated in span order."""
    counts = (last - first).astype(np.int64)
    if not len(counts):
        return np.zeros(0, dtype=np.int64)
    return np.repeat(first - np.cumsum(np.r_[0, counts[:-1]]), counts) + np.arange(int(counts.sum()))


def covered(n: int, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Return a boolean array of ``n`` words, True inside any span first..last-1."""
    inside = np.zeros(n, dtype=bool)
    inside[span_words(np.asarray(first, dtype=np.int64), np.asarray(last, dtype=np.int64))] = True
    return inside


def rows_of(table_runs: tuple[np.ndarray, np.ndarray, list], code_of: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Return the rows of the runs whose value is in ``code_of`` and each row's code.

    Rows are grouped by code, in table order within a code.
    """
    firsts, ends, values = table_runs
    codes = np.asarray([code_of.get(v, -1) for v in values], dtype=np.int32)
    chosen = np.flatnonzero(codes >= 0)
    chosen = chosen[np.argsort(codes[chosen], kind="stable")]
    return span_words(firsts[chosen], ends[chosen]), np.repeat(codes[chosen], ends[chosen] - firsts[chosen])


def article_codes(column: pd.Series, code_of: dict[str, int]) -> np.ndarray:
    """Return the code of each article id of ``column`` (-1 if not in ``code_of``), as int64."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        lookup = np.asarray([code_of.get(c, -1) for c in column.cat.categories.tolist()] + [-1], dtype=np.int64)
        return lookup[column.cat.codes.to_numpy()]  # code -1 (missing) picks the last entry
    return run_codes(column.to_numpy(dtype=object), code_of).astype(np.int64)


def values_of(column: pd.Series) -> list:
    """Return a column as a list of Python objects (much faster to iterate than the Series)."""
    return column.to_numpy(dtype=object).tolist()


def string_codes(values) -> tuple[np.ndarray, list]:
    """Return integer codes of strings (-1 for missing values) and the distinct strings, in order of appearance.

    A None is appended before factorizing: over strings alone pandas uses its
    UTF-8 hash table, which attaches a UTF-8 copy to every non-ASCII string it
    hashes (the study's sentences among them) for as long as the string lives;
    with the None it hashes with Python's own string hash.
    """
    values = values.to_numpy(dtype=object) if isinstance(values, pd.Series) else np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(np.append(values, None))
    return codes[:-1], list(uniques)


def table_of(columns: dict, names: list[str]) -> pd.DataFrame:
    """Return a DataFrame of ``columns`` in the order of ``names`` (an empty one of those names if no rows)."""
    if not len(columns[names[0]]):
        return pd.DataFrame([], columns=names)
    return pd.DataFrame({name: columns[name] for name in names})
