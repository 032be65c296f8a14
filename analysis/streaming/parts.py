"""Parquet tables written chunk by chunk, in the same files and bytes as :func:`analysis.columnar.write_parquet`.

A :class:`PartWriter` takes a table's rows in order, a frame at a time, and keeps at most
:data:`~analysis.columnar.PART_ROWS` rows (plus the frame being added) as Arrow arrays. A table
that never grows beyond ``PART_ROWS`` rows is written at the end as ``<name>.parquet``; a larger
one as ``<name>/part-NNNNN.parquet`` of exactly ``PART_ROWS`` rows each (the last holds the rest):
the layout, row groups and bytes the in-memory exporter writes for the same rows.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..columnar import PART_ROWS, _write_file, arrow_table


class PartWriter:
    """Write one table's rows, added in order, as Parquet (one file, or parts of ``PART_ROWS`` rows)."""

    def __init__(self, out_dir: Path, name: str) -> None:
        self.out_dir, self.name = Path(out_dir), name
        self.buffer: list[pa.Table] = []
        self.buffered = 0
        self.paths: list[Path] = []
        self.rows: dict[Path, int] = {}
        self.empty: pa.Table | None = None

    def add(self, frame: pd.DataFrame) -> None:
        """Append ``frame``'s rows (converted to the table contract's Arrow types now, so the frame can go)."""
        table = arrow_table(frame, self.name)
        if not len(frame):
            self.empty = table if self.empty is None else self.empty
            return
        self.buffer.append(table)
        self.buffered += len(frame)
        # Only once more than PART_ROWS rows came is the table known to be a folder of parts.
        while self.buffered > PART_ROWS:
            whole = pa.concat_tables(self.buffer)
            self._write(whole.slice(0, PART_ROWS), self._part_path())
            rest = whole.slice(PART_ROWS)
            self.buffer, self.buffered = [rest], len(rest)

    def _part_path(self) -> Path:
        folder = self.out_dir / self.name
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"part-{len(self.paths):05d}.parquet"

    def _write(self, table: pa.Table, path: Path) -> None:
        # One contiguous chunk per column: the same pages as a table converted from one frame.
        _write_file(table.combine_chunks(), path)
        self.paths.append(path)
        self.rows[path] = len(table)

    def close(self) -> list[Path]:
        """Write the rows still held; return every file of the table, parts in order."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.paths:
            self._write(pa.concat_tables(self.buffer), self._part_path())
        elif self.buffer:
            self._write(pa.concat_tables(self.buffer), self.out_dir / f"{self.name}.parquet")
        else:
            self._write(self.empty, self.out_dir / f"{self.name}.parquet")
        self.buffer, self.buffered = [], 0
        return self.paths
