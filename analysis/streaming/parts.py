"""Parquet tables written chunk by chunk, in the layout of :func:`analysis.columnar.write_parquet`.

A :class:`PartWriter` takes a table's rows in order, a frame at a time, converts them to the table
contract's Arrow types at once, and writes each row group of :data:`~analysis.columnar.ROW_GROUP_ROWS`
rows as soon as it is full, into ``<name>/part-NNNNN.parquet`` files of :data:`~analysis.columnar.PART_ROWS`
rows each (the last holds the rest). A table that ends with at most ``PART_ROWS`` rows is its one part
renamed ``<name>.parquet``. So the files, row groups and rows are those the in-memory exporter writes,
while at most one row group (plus the frame being added) is held. Holding up to a part (2 M rows of
keyness) instead, the streaming export of 1,000 synthetic articles peaked at 1,671 MB in the client;
a row group at a time, 988 MB (chunks of 500, 2 workers; the in-memory export: 1,622 MB).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..columnar import COMPRESSION, PART_ROWS, ROW_GROUP_ROWS, arrow_table


class PartWriter:
    """Write one table's rows, added in order, as Parquet (one file, or parts of ``PART_ROWS`` rows)."""

    def __init__(self, out_dir: Path, name: str) -> None:
        self.out_dir, self.name = Path(out_dir), name
        self.buffer: list[pa.Table] = []
        self.buffered = 0
        self.paths: list[Path] = []
        self.rows: dict[Path, int] = {}
        self.writer: pq.ParquetWriter | None = None
        self.schema: pa.Schema | None = None

    def add(self, frame: pd.DataFrame | pa.Table) -> None:
        """Append ``frame``'s rows (converted to the table contract's Arrow types now, so the frame can go), or
        an Arrow table converted already (:func:`~analysis.columnar.arrow_table`, by a worker)."""
        table = frame if isinstance(frame, pa.Table) else arrow_table(frame, self.name)
        self.schema = self.schema or table.schema
        if not len(table):
            return
        self.buffer.append(table)
        self.buffered += len(table)
        while self.buffered >= self._group_rows():
            self._flush(self._group_rows())

    def _group_rows(self) -> int:
        """Return the rows of the next row group: a full one, or what the current part still holds."""
        full = self.writer is None or self.rows[self.paths[-1]] == PART_ROWS
        return min(ROW_GROUP_ROWS, PART_ROWS if full else PART_ROWS - self.rows[self.paths[-1]])

    def _flush(self, rows: int) -> None:
        """Write the first ``rows`` buffered rows as one row group of the current part (opened when needed)."""
        whole = pa.concat_tables(self.buffer) if self.buffer else self.schema.empty_table()
        if self.writer is None or self.rows[self.paths[-1]] == PART_ROWS:
            self._open()
        # One contiguous chunk per column: the pages of a table converted from one frame.
        self.writer.write_table(whole.slice(0, rows).combine_chunks(), row_group_size=ROW_GROUP_ROWS)
        self.rows[self.paths[-1]] += rows
        rest = whole.slice(rows)
        self.buffer, self.buffered = [rest], len(rest)

    def _open(self) -> None:
        if self.writer is not None:
            self.writer.close()
        folder = self.out_dir / self.name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"part-{len(self.paths):05d}.parquet"
        # The options of analysis.columnar._write_file.
        self.writer = pq.ParquetWriter(
            path, self.schema, compression=COMPRESSION, write_statistics=True, store_schema=True
        )
        self.paths.append(path)
        self.rows[path] = 0

    def close(self) -> list[Path]:
        """Write the rows still held; return every file of the table, parts in order."""
        if self.buffered or self.writer is None:
            self._flush(self.buffered)
        self.writer.close()
        if len(self.paths) == 1:  # at most PART_ROWS rows: one file, as write_parquet writes it
            single = self.out_dir / f"{self.name}.parquet"
            os.replace(self.paths[0], single)
            self.paths[0].parent.rmdir()
            self.rows = {single: self.rows.pop(self.paths[0])}
            self.paths = [single]
        self.buffer, self.buffered = [], 0
        return self.paths
