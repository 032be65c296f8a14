"""Counts per integer key spilled chunk by chunk in hash partitions, and merged one partition at a time.

The merged n-gram and collocation counts grew with the corpus in the client (most n-grams of real text
are seen once: at 100,000 articles they were about 55 kB per article, 5.5 GB). Instead each chunk's
counts are written as an Arrow IPC file under the partial folder (:class:`PartitionSpill`: one record
batch per partition, written to a temporary name and renamed), and the final group reads partition p of
every chunk (memory-mapped), merges it (:func:`merge_rows`) and keeps what its table uses before reading
the next partition. A key's partition is a fixed hash of the key (:func:`partition_of`), so every chunk's
rows of one key are in the same partition, and a partition holds about 1/``PARTITIONS`` of the keys.

:func:`merge_rows` returns what :class:`~analysis.streaming.collocations.MergedCounts` holds after the
chunks were added one by one (sums added, first occurrences from the earliest chunk), for the keys of one
partition (tests/test_streaming_partitions.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa

from .held import _atomic_write

PARTITIONS = 64  # a power of two (the hash's top bits); a partition: 1/64 of the keys of every chunk
GOLDEN = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: consecutive keys spread over every partition


def partition_of(keys: np.ndarray, partitions: int = PARTITIONS) -> np.ndarray:
    """Return the partition (0 .. ``partitions`` - 1, a power of two) of each int64 key: the top bits of the
    key times 2^64 / golden ratio, modulo 2^64."""
    bits = int(partitions).bit_length() - 1
    if partitions != 1 << bits:
        raise ValueError("the number of partitions must be a power of two")
    if bits == 0:
        return np.zeros(len(keys), dtype=np.int64)
    mixed = np.asarray(keys, dtype=np.int64).view(np.uint64) * GOLDEN
    return (mixed >> np.uint64(64 - bits)).astype(np.int64)


class PartitionSpill:
    """Rows of every chunk (a ``key`` column and others), an IPC file per chunk in ``folder``
    (``<name>-NNNNN.arrow``), its record batch p holding the rows whose key is in partition p."""

    def __init__(self, folder: Path, name: str, partitions: int = PARTITIONS) -> None:
        self.folder, self.name, self.partitions = Path(folder), name, partitions
        self.paths: list[Path] = []

    def add(self, columns: dict[str, np.ndarray]) -> None:
        """Write a chunk's rows (``columns``: equal-length arrays, one named ``key``) as the next file, each
        partition's rows in their order in the chunk."""
        part = partition_of(columns["key"], self.partitions)
        order = np.argsort(part, kind="stable")
        columns = {name: np.ascontiguousarray(values[order]) for name, values in columns.items()}
        bounds = np.searchsorted(part[order], np.arange(self.partitions + 1)).tolist()
        bounds = list(zip(bounds, bounds[1:], strict=False))
        batches = [pa.record_batch({name: values[lo:hi] for name, values in columns.items()}) for lo, hi in bounds]
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.name}-{len(self.paths):05d}.arrow"

        def write(temporary: Path) -> None:
            with pa.OSFile(str(temporary), "wb") as sink, pa.ipc.new_file(sink, batches[0].schema) as writer:
                for batch in batches:
                    writer.write_batch(batch)

        _atomic_write(path, write)
        self.paths.append(path)

    def __len__(self) -> int:
        """Return the number of chunks written."""
        return len(self.paths)

    def partition(self, p: int) -> dict[str, np.ndarray]:
        """Return partition ``p``'s rows of every chunk, the chunks in order (numpy arrays, copied out of the
        memory-mapped files)."""
        batches = []
        for path in self.paths:
            with pa.memory_map(str(path)) as source:
                batches.append(pa.ipc.open_file(source).get_batch(p))
        table = pa.Table.from_batches(batches)
        return {name: table.column(name).to_numpy() for name in table.column_names}

    def partitions_read(self) -> Iterator[dict[str, np.ndarray]]:
        """Yield every partition's rows (:meth:`partition`), one at a time."""
        for p in range(self.partitions):
            yield self.partition(p)


def merge_rows(
    rows: dict[str, np.ndarray], sums: tuple[str, ...], firsts: tuple[str, ...] = (), by: tuple[str, ...] = ("key",)
) -> dict[str, np.ndarray]:
    """Return the rows merged by the columns ``by`` (sorted by them, ``by[0]`` first): ``sums`` added (as int64),
    ``firsts`` from each group's first row. ``rows`` are every chunk's, the chunks in order, each chunk's
    groups distinct: so the first row of a group is the earliest chunk's, as in
    :meth:`~analysis.streaming.collocations.MergedCounts.add`."""
    order = np.lexsort(tuple(rows[name] for name in reversed(by)))  # stable: chunk order within a group
    sorted_by = [rows[name][order] for name in by]
    start = np.ones(len(order), dtype=bool)
    if len(order):
        start[1:] = np.logical_or.reduce([column[1:] != column[:-1] for column in sorted_by])
    starts = np.flatnonzero(start)
    merged = {name: column[starts] for name, column in zip(by, sorted_by, strict=True)}
    for name in sums:
        values = rows[name][order].astype(np.int64)
        merged[name] = np.add.reduceat(values, starts) if len(starts) else values[:0]
    for name in firsts:
        merged[name] = rows[name][order][starts]
    return merged
