"""The table contract: every exported CSV table declared as data, checked, and rendered as a data dictionary.

The declarations live in ``analysis/data/table_schema.yml``: for every table what one row is, its
key columns and, for every column, its type, unit, missing-value marker and meaning, written as
the table should be under the contract of issue 17 (one word, rates per 1,000 words, ``outlet`` in
every per-article table, one missing marker, consistent names, floats written with 12 significant digits). Where the
export still differs, the declaration carries a ``deviation`` note; :func:`check_table` reports
those separately (:func:`known_deviations`) and everything else as a problem.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
import yaml

SCHEMA_FILE = Path(__file__).resolve().parent / "data" / "table_schema.yml"
TYPES = ("string", "integer", "float", "boolean", "date")
MISSING = ("empty", "never")
COLUMN_FIELDS = {"name", "type", "unit", "missing", "meaning", "deviation"}
# Deviation kinds whose effect the checker can see in a file: a name, an absent column, a marker.
STRUCTURAL = ("column_name", "missing_column")

_PATTERNS = {
    "integer": re.compile(r"-?\d+"),
    "float": re.compile(r"-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?"),
    "boolean": re.compile(r"True|False"),
    "date": re.compile(r"\d{4}-\d{2}-\d{2}"),
}


@cache
def load_schema(path: str | Path = SCHEMA_FILE) -> dict:
    """Return the declarations of ``table_schema.yml``: ``contract``, ``deviation_kinds`` and ``tables``.

    ``tables`` maps each table name (the CSV file name without ``.csv``) to ``row``, ``keys``,
    ``columns`` (a list of column declarations) and, optionally, table-level ``deviation`` notes.
    Raises ``ValueError`` listing every malformed declaration.
    """
    schema = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    problems = _declaration_problems(schema)
    if problems:
        raise ValueError(f"{path}: " + "; ".join(problems))
    return schema


def _declaration_problems(schema: dict) -> list[str]:
    """Return one line per malformed table, column or deviation declaration (empty when all are well formed)."""
    kinds = set(schema["deviation_kinds"])
    problems = []
    for table, spec in schema["tables"].items():
        names = [column.get("name") for column in spec["columns"]]
        if len(set(names)) != len(names):
            problems.append(f"{table}: a column is declared twice")
        problems += [f"{table}: key {key} is not a column" for key in spec["keys"] if key not in names]
        if not spec.get("row"):
            problems.append(f"{table}: no row description")
        for deviation in spec.get("deviation", []):
            if deviation.get("kind") not in kinds:
                problems.append(f"{table}: unknown deviation kind {deviation.get('kind')!r}")
        for column in spec["columns"]:
            where = f"{table}.{column.get('name')}"
            if set(column) - COLUMN_FIELDS:
                problems.append(f"{where}: unknown field(s) {sorted(set(column) - COLUMN_FIELDS)}")
            if column.get("type") not in TYPES:
                problems.append(f"{where}: type {column.get('type')!r} is not one of {TYPES}")
            if column.get("missing") not in MISSING:
                problems.append(f"{where}: missing {column.get('missing')!r} is not one of {MISSING}")
            if not column.get("meaning"):
                problems.append(f"{where}: no meaning")
            for deviation in column.get("deviation", []):
                if deviation.get("kind") not in kinds or not deviation.get("now") or not deviation.get("contract"):
                    problems.append(f"{where}: a deviation needs a known kind, now and contract")
    return problems


def _deviations(column: dict, kind: str) -> list[dict]:
    """Return the column's declared deviations of one kind."""
    return [d for d in column.get("deviation", []) if d["kind"] == kind]


def written_name(column: dict) -> str:
    """Return the column's name in today's export (its ``current_name`` while a rename is pending)."""
    renamed = _deviations(column, "column_name")
    return renamed[0]["current_name"] if renamed else column["name"]


def _is_absent(column: dict) -> bool:
    """Return whether the export does not write the column yet (a declared ``missing_column`` deviation)."""
    return any(d.get("absent") for d in _deviations(column, "missing_column"))


def written_columns(name: str) -> list[str]:
    """Return the columns today's export of table ``name`` writes, in order, by today's names."""
    return [written_name(c) for c in load_schema()["tables"][name]["columns"] if not _is_absent(c)]


def _cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``frame`` as the strings its CSV holds (written as the exporter writes, read back untyped)."""
    text = frame.to_csv(index=False, lineterminator="\n")
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


def significant_digits(cell: str) -> int:
    """Return the number of significant digits of a number written in a CSV cell ("0.0250" -> 3, "1e-05" -> 1).

    Trailing zeros after the decimal point count, as written; the exponent does not.
    """
    mantissa = re.split(r"[eE]", cell.lstrip("-"))[0]
    digits = mantissa.replace(".", "").lstrip("0")
    return max(len(digits), 1)


def _bad_cells(cells: pd.Series, kind: str) -> pd.Series:
    """Return the non-empty cells that are not values of the declared type."""
    filled = cells[cells != ""]
    if kind == "string":
        return filled.iloc[0:0]
    bad = ~filled.str.fullmatch(_PATTERNS[kind])
    if kind == "date":
        bad |= ~filled.map(_is_date).astype(bool)
    return filled[bad]


def _is_date(cell: str) -> bool:
    """Return whether ``cell`` is a real calendar date YYYY-MM-DD."""
    try:
        date.fromisoformat(cell)
    except ValueError:
        return False
    return True


def _examples(values: pd.Series) -> str:
    """Return up to three distinct values, quoted, for a problem line."""
    return ", ".join(repr(v) for v in list(dict.fromkeys(values.tolist()))[:3])


def _column_report(table: str, column: dict, cells: pd.Series, digits: int) -> tuple[list[str], list[str]]:
    """Return (problems, known deviations) of one present column's cells."""
    where = f"{table}.{written_name(column)}"
    problems, known = [], []
    markers = {d["marker"] for d in _deviations(column, "missing_marker") if "marker" in d}
    marked = cells.isin(markers)
    for deviation in column.get("deviation", []):
        if deviation["kind"] == "missing_marker" and "marker" in deviation:
            count = int((cells == deviation["marker"]).sum())
            known.append(f"{where}: {deviation['now']} ({count} cells); contract: {deviation['contract']}")
        elif deviation["kind"] not in STRUCTURAL:
            known.append(f"{where}: {deviation['now']}; contract: {deviation['contract']}")
    empty = cells == ""
    if column["missing"] == "never" and empty.any():
        problems.append(f"{where}: {int(empty.sum())} empty cell(s), declared never missing")
    bad = _bad_cells(cells[~marked], column["type"])
    if len(bad):
        problems.append(f"{where}: {len(bad)} cell(s) are not {column['type']}: {_examples(bad)}")
    if column["type"] == "float" and not _deviations(column, "float_format"):
        filled = cells[~empty & ~marked]
        long = filled[filled.map(significant_digits) > digits]
        if len(long):
            problems.append(
                f"{where}: {len(long)} float(s) with more than {digits} significant digits: {_examples(long)}"
            )
    return problems, known


def table_report(name: str, frame: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Return (problems, known deviations) of ``frame`` against the declaration of table ``name``.

    Problems: an undeclared table, missing, unknown or reordered columns, cells that are not of
    the declared type, empty cells in a column declared never missing, floats with more
    significant digits than the contract's, duplicate keys, and declared renames or absent
    columns the export no longer shows (the declaration is then out of date). Known deviations:
    one line per declared deviation of a column the frame has (with the count of cells written
    with a declared non-empty missing marker), and per table-level deviation.
    """
    schema = load_schema()
    if name not in schema["tables"]:
        return [f"{name}: table not declared in {SCHEMA_FILE.name}"], []
    spec = schema["tables"][name]
    digits = schema["contract"]["float_significant_digits"]
    cells = _cells(frame)
    present = list(cells.columns)
    expected = written_columns(name)
    problems = [f"{name}: missing column {c}" for c in expected if c not in present]
    for column in spec["columns"]:
        if _is_absent(column) and column["name"] in present:
            problems.append(f"{name}: column {column['name']} is written now; drop its missing_column deviation")
        elif written_name(column) != column["name"] and column["name"] in present:
            problems.append(f"{name}: column {column['name']} is renamed now; drop its column_name deviation")
    declared = {c["name"] for c in spec["columns"]} | set(expected)
    problems += [f"{name}: unknown column {c}" for c in present if c not in declared]
    shared = [c for c in present if c in expected]
    if shared != [c for c in expected if c in present]:
        problems.append(f"{name}: columns not in the declared order {expected}")
    known = [f"{name}: {d['now']}; contract: {d['contract']}" for d in spec.get("deviation", [])]
    for column in spec["columns"]:
        if written_name(column) in present:
            column_problems, column_known = _column_report(name, column, cells[written_name(column)], digits)
            problems += column_problems
            known += column_known
        elif _is_absent(column):
            known += [f"{name}.{column['name']}: {d['now']}; contract: {d['contract']}" for d in column["deviation"]]
    keys = [written_name(c) for c in spec["columns"] if c["name"] in spec["keys"] and not _is_absent(c)]
    if keys and set(keys) <= set(present) and cells.duplicated(keys).any():
        problems.append(f"{name}: {int(cells.duplicated(keys).sum())} row(s) repeat the key {keys}")
    return problems, known


def check_table(name: str, frame: pd.DataFrame) -> list[str]:
    """Return one line per problem of ``frame`` against table ``name``'s declaration (empty when it conforms).

    Declared deviations are not problems: :func:`known_deviations` lists them.
    """
    return table_report(name, frame)[0]


def known_deviations(name: str, frame: pd.DataFrame) -> list[str]:
    """Return one line per declared deviation from the contract that ``frame`` (table ``name``) still shows."""
    return table_report(name, frame)[1]


def check_export_folder(folder: str | Path) -> list[str]:
    """Return one line per problem of the CSV tables in ``folder``: declared tables not written (except those
    written only on a condition, such as ``failed_articles``), undeclared tables written, and every
    :func:`check_table` problem of each file (empty when all conform)."""
    folder = Path(folder)
    written = {path.stem: path for path in sorted(folder.glob("*.csv"))}
    declared = load_schema()["tables"]
    always = [name for name, spec in declared.items() if "written" not in spec]
    problems = [f"{folder / name}.csv: declared table not written" for name in always if name not in written]
    for name, path in written.items():
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        problems += [f"{path}: {problem}" for problem in check_table(name, frame)]
    return problems


def deviation_counts() -> Counter:
    """Return the number of declared deviations by kind (column-level and table-level notes together)."""
    tables = load_schema()["tables"].values()
    notes = [d for t in tables for c in t["columns"] for d in c.get("deviation", [])]
    notes += [d for t in tables for d in t.get("deviation", [])]
    return Counter(d["kind"] for d in notes)


def _cell(text: str) -> str:
    """Return ``text`` safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("<", "&lt;").replace("\n", " ")


def _table_section(name: str, spec: dict) -> list[str]:
    """Return the Markdown lines of one table: row, keys, columns, and what today's file still does differently."""
    lines = [f"## `{name}.csv`", "", f"One row: {spec['row']}.", ""]
    if "written" in spec:
        lines += [f"Written {spec['written']}.", ""]
    lines += [f"Key columns: {', '.join(f'`{k}`' for k in spec['keys'])}.", ""]
    lines += ["| column | type | unit | missing | meaning |", "|---|---|---|---|---|"]
    for column in spec["columns"]:
        label = f"`{column['name']}`"
        if _is_absent(column):
            label += " (not written yet)"
        elif written_name(column) != column["name"]:
            label += f" (written as `{written_name(column)}` until the contract change)"
        missing = "empty cell" if column["missing"] == "empty" else "never missing"
        cells = [label, column["type"], column.get("unit", ""), missing, column["meaning"]]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    notes = [("(table)", d) for d in spec.get("deviation", [])]
    notes += [(f"`{c['name']}`", d) for c in spec["columns"] for d in c.get("deviation", [])]
    if notes:
        lines += ["", "Today's file still differs from the contract:", ""]
        lines += [
            f"* {where}, {d['kind'].replace('_', ' ')}: now {d['now']}; contract: {d['contract']}."
            for where, d in notes
        ]
    return [*lines, ""]


def data_dictionary_markdown() -> str:
    """Return the data dictionary of ``exports/`` as Markdown (the content of ``exports/README.md``).

    A preamble on offsets, voices, the word, the rate unit, the float format and the missing
    marker; a count of the pending contract changes by kind; then one section per table, in the
    order of the declarations, with what a row is, its keys and a column table (type, unit,
    missing marker, meaning) followed by the deviations today's file still shows.
    """
    schema = load_schema()
    contract = schema["contract"]
    counts = deviation_counts()
    lines = [
        "# Data dictionary of `exports/`",
        "",
        "<!-- generated by `python -m analysis data-dictionary` from analysis/data/table_schema.yml: do not edit -->",
        "",
        "Every CSV file here is a tidy table (one observation per row), UTF-8, comma-separated, with a header",
        "row. Each table below is declared as it should be under the project's table contract (issue 17);",
        "where today's file still differs, the section ends with the list of differences.",
        "",
        f"* **Offsets.** {contract['offsets']}",
        f"* **Voices.** {contract['voices']}",
        f"* **Words.** {contract['word']}",
        f"* **Rates** are per {contract['rate_per_words']:,} words.",
        f"* **Floats.** {contract['float_format']}",
        f"* **Spreadsheet safety.** {contract['formula_guard']}",
        "* **Missing values** are empty cells, in every column of every table (`never missing` columns are"
        " always filled). Booleans are written `True` / `False`; dates `YYYY-MM-DD`.",
        "",
        "Pending contract changes (declared deviations), by kind:",
        "",
        "| kind | what it means | declared |",
        "|---|---|---|",
    ]
    lines += [f"| {kind} | {_cell(text)} | {counts.get(kind, 0)} |" for kind, text in schema["deviation_kinds"].items()]
    lines += ["", "Tables: " + ", ".join(f"`{name}`" for name in schema["tables"]) + ".", ""]
    for name, spec in schema["tables"].items():
        lines += _table_section(name, spec)
    return "\n".join(lines).rstrip("\n") + "\n"
