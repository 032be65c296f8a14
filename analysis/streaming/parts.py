"""Parquet tables written chunk by chunk, in the layout of :func:`analysis.columnar.write_parquet`.

A :class:`PartWriter` takes a table's rows in order, a frame at a time, converts them to the table
contract's Arrow types at once, and writes each row group of :data:`~analysis.columnar.ROW_GROUP_ROWS`
rows as soon as it is full, into ``<name>/part-NNNNN.parquet`` files of :data:`~analysis.columnar.PART_ROWS`
rows each (the last holds the rest). A table that ends with at most ``PART_ROWS`` rows is its one part
renamed ``<name>.parquet``. So the files, row groups and rows are those the in-memory exporter writes,
while at most one row group (plus the frame being added) is buffered, in a file (:class:`PartWriter`).
Holding up to a part (2 M rows of keyness) instead, the streaming export of 1,000 synthetic articles
peaked at 1,671 MB in the client; a row group at a time, 988 MB (chunks of 500, 2 workers; the in-memory
export: 1,622 MB).
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..columnar import COMPRESSION, PART_ROWS, ROW_GROUP_ROWS, arrow_table


class PartWriter:
    """Write one table's rows, added in order, as Parquet (one file, or parts of ``PART_ROWS`` rows).

    The rows not yet written (less than a row group) wait in an Arrow IPC file under ``out_dir/.buffers``, not
    in memory, and are read back memory-mapped when a row group is full: held in memory, the streamed tables'
    buffers were the client's largest object growing with the articles until each table's first row group
    was full (79 MB at 2,000 bench articles; up to one row group per table, about 0.7 GB, from some 30,000
    articles on). The row groups written are the same rows, so the same bytes."""

    def __init__(self, out_dir: Path, name: str) -> None:
        self.out_dir, self.name = Path(out_dir), name
        self.buffered = 0
        self.paths: list[Path] = []
        self.rows: dict[Path, int] = {}
        self.writer: pq.ParquetWriter | None = None
        self.schema: pa.Schema | None = None
        self._buffer: tuple[Path, pa.OSFile, pa.ipc.RecordBatchStreamWriter] | None = None
        self._buffers = 0  # buffer files opened (each a new name)

    def add(self, frame: pd.DataFrame | pa.Table) -> None:
        """Append ``frame``'s rows (converted to the table contract's Arrow types now, so the frame can go), or
        an Arrow table converted already (:func:`~analysis.columnar.arrow_table`, by a worker)."""
        table = frame if isinstance(frame, pa.Table) else arrow_table(frame, self.name)
        self.schema = self.schema or table.schema
        if not len(table):
            return
        self._hold(table)
        if self.buffered >= self._group_rows():
            self._write_full_groups()

    def _hold(self, table: pa.Table) -> None:
        """Append ``table``'s rows to the buffer file (opened when none is)."""
        if self._buffer is None:
            folder = self.out_dir / ".buffers"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{self.name}-{self._buffers:05d}.arrow"
            self._buffers += 1
            sink = pa.OSFile(str(path), "wb")
            self._buffer = (path, sink, pa.ipc.new_stream(sink, self.schema))
        # The first table's schema (its metadata; the types are the contract's): as pa.concat_tables kept it.
        self._buffer[2].write_table(table.replace_schema_metadata(self.schema.metadata))
        self.buffered += len(table)

    def _held(self) -> pa.Table:
        """Return the buffered rows, memory-mapped from the buffer file (closed, and then removed: the rows stay
        readable while mapped), and start a new buffer."""
        if self._buffer is None:
            return self.schema.empty_table()
        path, sink, stream = self._buffer
        stream.close()
        sink.close()
        self._buffer, self.buffered = None, 0
        with pa.memory_map(str(path)) as source:
            table = pa.ipc.open_stream(source).read_all()
        path.unlink()
        return table

    def _group_rows(self) -> int:
        """Return the rows of the next row group: a full one, or what the current part still holds."""
        full = self.writer is None or self.rows[self.paths[-1]] == PART_ROWS
        return min(ROW_GROUP_ROWS, PART_ROWS if full else PART_ROWS - self.rows[self.paths[-1]])

    def _write_full_groups(self) -> None:
        """Write every full row group of the buffered rows; put the rest back in a new buffer file."""
        whole, done = self._held(), 0
        while len(whole) - done >= self._group_rows():
            rows = self._group_rows()
            self._write_group(whole.slice(done, rows))
            done += rows
        if done < len(whole):
            self._hold(whole.slice(done))

    def _write_group(self, rows: pa.Table) -> None:
        """Write ``rows`` as one row group of the current part (opened when needed)."""
        if self.writer is None or self.rows[self.paths[-1]] == PART_ROWS:
            self._open()
        # One contiguous chunk per column: the pages of a table converted from one frame.
        self.writer.write_table(rows.combine_chunks(), row_group_size=ROW_GROUP_ROWS)
        self.rows[self.paths[-1]] += len(rows)

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
            self._write_group(self._held())
        self.writer.close()
        if len(self.paths) == 1:  # at most PART_ROWS rows: one file, as write_parquet writes it
            single = self.out_dir / f"{self.name}.parquet"
            os.replace(self.paths[0], single)
            self.paths[0].parent.rmdir()
            self.rows = {single: self.rows.pop(self.paths[0])}
            self.paths = [single]
        return self.paths
