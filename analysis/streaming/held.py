"""What the streaming export's corpus tables read, spilled chunk by chunk instead of held by the client.

The final groups (:mod:`analysis.streaming.finish`) read every chunk's attributions, accusing sentences'
tokens, quotations, article rows and article rates, and the raw text of the articles they quote. Held
in the client they grew with the corpus (57 kB per realistic article, measured below: 5.7 GB at 100,000).
Instead each chunk's frames go to Parquet files under the partial folder as the chunk is merged
(:class:`FrameSpill`: written to a temporary name and renamed, removed with the partial folder), and its
raw texts to an Arrow IPC file (:class:`RawTexts`), which the groups read back (in their forked
processes, whose memory is freed when they end): a frame whole, a text by article id from a
memory-mapped file. The frames read back are the frames written (pandas' own metadata in the Parquet
file keeps their dtypes), so the tables and their bytes are unchanged (tests/test_streaming_spill.py).

Measured (held objects before the final stage, ``bench --stream --chunk-size 500``, realistic corpus): per
article the client held 32.1 kB of rates, 10.1 kB of raw text, 7.0 kB of accusing tokens, 5.9 kB of
attributions, 1.9 kB of quotations and 0.3 kB of article rows (57 kB; 172 MB at 3,000 articles); now
none. The client's peak at 1,000 / 3,000 articles 851 / 1,212 MB -> 807 / 1,091 MB, CPU of all processes
70.3 / 177.0 s -> 70.8 / 174.9 s (a shared, loaded machine), every output file byte-identical. What still
grows in the client is the merged counts (n-grams, collocations, vocabulary: 66 kB per article at 3,000).
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa


class FrameSpill:
    """One frame of every chunk, a Parquet file per chunk in ``folder`` (``<name>-NNNNN.parquet``)."""

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = Path(folder), name
        self.paths: list[Path] = []

    def add(self, frame: pd.DataFrame) -> None:
        """Write a chunk's frame (its index dropped) as the next file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.name}-{len(self.paths):05d}.parquet"
        _atomic_write(path, lambda temporary: frame.reset_index(drop=True).to_parquet(temporary, index=False))
        self.paths.append(path)

    def frames(self, **read) -> list[pd.DataFrame]:
        """Return every chunk's frame, in order (``read``: :func:`pandas.read_parquet`'s ``columns`` or
        ``filters``, to read part of each)."""
        return [self.frame(number, **read) for number in range(len(self.paths))]

    def value_counts(self, column: str) -> dict:
        """Return the rows of each value of ``column`` over every chunk, read a chunk's column at a time (the
        whole column of every chunk, e.g. the item of every rate, grows with the corpus: ~120 rates per bench
        article)."""
        counts: dict = {}
        for number in range(len(self.paths)):
            for value, rows in self.frame(number, columns=[column])[column].value_counts(sort=False).items():
                counts[value] = counts.get(value, 0) + int(rows)
        return counts

    def frame(self, number: int, **read) -> pd.DataFrame:
        """Return the frame of the ``number``-th chunk written (``read`` as in :meth:`frames`)."""
        return pd.read_parquet(self.paths[number], **read)


class RawTexts(Mapping[str, str]):
    """Every chunk's raw texts (article_id -> text), an Arrow IPC file per chunk in ``folder``: what
    :class:`~analysis.study.Study` ``raw`` holds, read lazily from the memory-mapped files (the client holds
    no text; a reading process holds the texts it asked for and the pages the system keeps mapped)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.paths: list[Path] = []
        self._texts: list[pa.ChunkedArray] | None = None
        self._where: dict[str, tuple[int, int]] | None = None

    def add(self, raw: Mapping[str, str]) -> None:
        """Write a chunk's texts, in their order, as the next file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"raw-{len(self.paths):05d}.arrow"
        ids, texts = pa.array(list(raw), pa.string()), pa.array(list(raw.values()), pa.large_string())
        table = pa.table({"article_id": ids, "raw": texts})

        def write(temporary: Path) -> None:
            with pa.OSFile(str(temporary), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)

        _atomic_write(path, write)
        self.paths.append(path)
        self._texts = self._where = None

    def part(self, number: int) -> RawTexts:
        """Return the texts of the ``number``-th chunk written only (the articles of its spilled frames)."""
        part = RawTexts(self.folder)
        part.paths = [self.paths[number]]
        return part

    def _index(self) -> dict[str, tuple[int, int]]:
        """Return (file, row) of every article, mapping the files on first use."""
        if self._where is None:
            tables = self._mapped()
            self._where = {
                article_id: (number, row)
                for number, table in enumerate(tables)
                for row, article_id in enumerate(table.column("article_id").to_pylist())
            }
        return self._where

    def _mapped(self) -> list[pa.Table]:
        """Return every file's table, memory-mapped (the texts' column kept mapped until :meth:`unmap`)."""
        tables = [pa.ipc.open_file(pa.memory_map(str(path))).read_all() for path in self.paths]
        self._texts = [table.column("raw") for table in tables]
        return tables

    def unmap(self) -> None:
        """Drop the files' mappings (mapped again when a text is read): the pages of the texts read stay in the
        process's resident memory while mapped (file-backed, but counted in its peak), growing with the texts
        read, in the reuse group every text of a passage's other side anywhere in the corpus."""
        self._texts = None

    def __getitem__(self, article_id: str) -> str:
        number, row = self._index()[article_id]
        if self._texts is None:
            self._mapped()
        return self._texts[number][row].as_py()

    def __iter__(self) -> Iterator[str]:
        return iter(self._index())

    def __len__(self) -> int:
        return len(self._index())

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._index()

    def __getstate__(self) -> dict:
        """Pickle the file list only (a memory map cannot be pickled; a process maps the files itself)."""
        return {**vars(self), "_texts": None, "_where": None}


class ColumnSpill:
    """Per-article columns of every chunk (equal-length lists or arrays: article ids, outlets, word totals),
    an Arrow IPC file per chunk in ``folder`` (``<name>-NNNNN.arrow``), read back whole or at some positions.

    What the client kept in lists for the final tables grows with the articles (ids, outlets and dates in four
    aggregates: about 0.5 kB per article, 50 MB at 100,000); spilled, the client keeps a row count per chunk.
    """

    def __init__(self, folder: Path, name: str) -> None:
        self.folder, self.name = Path(folder), name
        self.paths: list[Path] = []
        self.sizes: list[int] = []  # rows of each chunk

    def add(self, **columns) -> None:
        """Write a chunk's ``columns`` (equal lengths; strings, numbers or 2-D number arrays, rows first) as
        the next file."""
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / f"{self.name}-{len(self.paths):05d}.arrow"
        table = pa.table({name: _arrow_column(values) for name, values in columns.items()})

        def write(temporary: Path) -> None:
            with pa.OSFile(str(temporary), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
                writer.write_table(table)

        _atomic_write(path, write)
        self.paths.append(path)
        self.sizes.append(table.num_rows)

    def __len__(self) -> int:
        """Return the rows of every chunk."""
        return sum(self.sizes)

    def chunk(self, number: int, name: str) -> np.ndarray:
        """Return column ``name`` of the ``number``-th chunk written (strings as an object array, a 2-D column
        as rows)."""
        with pa.memory_map(str(self.paths[number])) as source:
            column = pa.ipc.open_file(source).read_all().column(name)
        return _numpy_column(column)

    def column(self, name: str) -> np.ndarray:
        """Return column ``name`` of every chunk, in order."""
        parts = [self.chunk(number, name) for number in range(len(self.paths))]
        return np.concatenate(parts) if parts else np.zeros(0, dtype=object)

    def take(self, name: str, positions: Sequence[int]) -> list:
        """Return the values of column ``name`` at ``positions`` (rows of every chunk counted in order),
        reading only the chunks that hold them."""
        positions = np.asarray(positions, dtype=np.int64)
        starts = np.cumsum([0, *self.sizes])
        chunk_of = np.searchsorted(starts, positions, side="right") - 1
        found = np.empty(len(positions), dtype=object)
        for number in np.unique(chunk_of).tolist():
            mine = chunk_of == number
            found[mine] = self.chunk(number, name)[positions[mine] - starts[number]]
        return found.tolist()


def _arrow_column(values) -> pa.Array:
    """Return a column of :meth:`ColumnSpill.add` as Arrow: a 2-D array as fixed-size lists of its rows."""
    values = np.asarray(values) if not isinstance(values, list) else values
    if isinstance(values, np.ndarray) and values.ndim == 2:
        return pa.FixedSizeListArray.from_arrays(pa.array(values.ravel()), values.shape[1])
    if isinstance(values, np.ndarray) and values.dtype != object:
        return pa.array(values)
    return pa.array(list(values), pa.string())


def _numpy_column(column: pa.ChunkedArray) -> np.ndarray:
    """Return a spilled column as numpy: strings as Python strings in an object array, fixed-size lists as a
    2-D array."""
    if pa.types.is_fixed_size_list(column.type):
        width = column.type.list_size
        values = column.combine_chunks().flatten().to_numpy()
        return values.reshape(-1, width)
    if pa.types.is_string(column.type):
        return np.array(column.to_pylist(), dtype=object)
    return column.to_numpy()


def _atomic_write(path: Path, write) -> None:
    """Write ``path`` through ``write(temporary path)`` and a rename, so a file is whole or absent."""
    temporary = path.with_name(f".{path.name}.tmp")
    write(temporary)
    os.replace(temporary, path)
