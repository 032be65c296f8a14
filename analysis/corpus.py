"""Corpus loading and validation.

A corpus is a directory holding raw article files (UTF-8 text, never edited by
code) and one ``metadata.csv`` with a row per article. See ``corpus/README.md``
for the datasheet of every field.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import shutil
from pathlib import Path

import pandas as pd

METADATA_FILE = "metadata.csv"
LABELS_FILE = "labels.csv"

METADATA_COLUMNS = [
    "article_id",
    "file",
    "sha256",
    "outlet",
    "outlet_confidence",
    "outlet_source",
    "outlet_country",
    "outlet_type",
    "event_date",
    "event_date_source",
    "publication_date",
    "publication_date_source",
    "language",
    "url",
    "notes",
]
REQUIRED_FIELDS = ["article_id", "file", "sha256", "outlet", "language"]
DATE_FIELDS = ["event_date", "publication_date"]
OUTLET_CONFIDENCE_VALUES = {"named", "attributed", "unknown"}
LABEL_COLUMNS = ["article_id", "start", "end", "kind", "note"]

# A safe id is also a safe file name on every common file system.
SAFE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$")


class CorpusError(Exception):
    """Raised with every problem found, one line each."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def sha256_of(path: Path) -> str:
    """Return the hex sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_metadata_rows(corpus_dir: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(corpus_dir / METADATA_FILE, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def _parse_date(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _row_problems(row: dict[str, str], where: str) -> list[str]:
    """Problems of one metadata row that need no file access."""
    problems = []
    for field in REQUIRED_FIELDS:
        if not (row.get(field) or "").strip():
            problems.append(f"{where}: field '{field}' is empty")
    article_id = row.get("article_id") or ""
    if article_id and not SAFE_ID.match(article_id):
        problems.append(
            f"{where}: field 'article_id' {article_id!r} is not a safe file name "
            "(letters, digits, '_', '-', '.'; starting with a letter or digit)"
        )
    file_name = row.get("file") or ""
    if file_name and (Path(file_name).name != file_name or file_name.startswith(".")):
        problems.append(f"{where}: field 'file' {file_name!r} must be a plain file name inside the corpus")
    for field in DATE_FIELDS:
        value = (row.get(field) or "").strip()
        if value and not _parse_date(value):
            problems.append(f"{where}: field '{field}' {value!r} is not a date (YYYY-MM-DD)")
    confidence = (row.get("outlet_confidence") or "").strip()
    if confidence and confidence not in OUTLET_CONFIDENCE_VALUES:
        problems.append(
            f"{where}: field 'outlet_confidence' {confidence!r} is not one of "
            f"{sorted(OUTLET_CONFIDENCE_VALUES)}"
        )
    return problems


def _raw_file_problems(path: Path, where: str, expected_sha: str | None) -> list[str]:
    if not path.is_file():
        return [f"{where}: field 'file': {path.name} is missing"]
    data = path.read_bytes()
    problems = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        return [f"{where}: field 'file': {path.name} is not UTF-8 ({err.reason} at byte {err.start})"]
    if not text.strip():
        problems.append(f"{where}: field 'file': {path.name} is empty")
    if expected_sha is not None and hashlib.sha256(data).hexdigest() != expected_sha:
        problems.append(
            f"{where}: field 'sha256' does not match {path.name} "
            "(the raw file changed, or the hash is wrong)"
        )
    return problems


def check_corpus(corpus_dir: str | Path) -> list[str]:
    """Return every problem found in a corpus directory (empty list: valid)."""
    corpus_dir = Path(corpus_dir)
    meta_path = corpus_dir / METADATA_FILE
    if not corpus_dir.is_dir():
        return [f"{corpus_dir}: corpus directory does not exist"]
    if not meta_path.is_file():
        return [f"{meta_path}: metadata file is missing"]
    try:
        columns, rows = _read_metadata_rows(corpus_dir)
    except (UnicodeDecodeError, csv.Error) as err:
        return [f"{meta_path}: cannot be read as UTF-8 CSV ({err})"]
    problems = [f"{meta_path}: column '{c}' is missing" for c in METADATA_COLUMNS if c not in columns]
    if problems:
        return problems
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for line_no, row in enumerate(rows, start=2):
        where = f"{meta_path.name} line {line_no} ({row.get('file') or '?'})"
        problems += _row_problems(row, where)
        article_id, file_name = row["article_id"], row["file"]
        if article_id in seen_ids:
            problems.append(f"{where}: field 'article_id' {article_id!r} duplicates line {seen_ids[article_id]}")
        seen_ids.setdefault(article_id, line_no)
        if file_name in seen_files:
            problems.append(f"{where}: field 'file' {file_name!r} duplicates line {seen_files[file_name]}")
        seen_files.setdefault(file_name, line_no)
        if file_name and Path(file_name).name == file_name:
            problems += _raw_file_problems(corpus_dir / file_name, where, row["sha256"])
    listed = set(seen_files)
    for path in sorted(corpus_dir.glob("*.txt")):
        if path.name not in listed:
            problems.append(f"{path.name}: raw file has no row in {METADATA_FILE}")
    problems += check_labels(corpus_dir, set(seen_ids))
    return problems


def check_labels(corpus_dir: Path, article_ids: set[str]) -> list[str]:
    """Return problems of the optional manual label file."""
    path = corpus_dir / LABELS_FILE
    if not path.is_file():
        return []
    from .segmentation import SEGMENT_KINDS  # local import: segmentation imports corpus

    problems = []
    labels = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in LABEL_COLUMNS if c not in labels.columns]
    if missing:
        return [f"{LABELS_FILE}: column '{c}' is missing" for c in missing]
    for line_no, row in enumerate(labels.to_dict("records"), start=2):
        where = f"{LABELS_FILE} line {line_no}"
        if row["article_id"] not in article_ids:
            problems.append(f"{where}: field 'article_id' {row['article_id']!r} is not in {METADATA_FILE}")
        if row["kind"] not in SEGMENT_KINDS:
            problems.append(f"{where}: field 'kind' {row['kind']!r} is not one of {sorted(SEGMENT_KINDS)}")
        if not (row["start"].isdigit() and row["end"].isdigit() and int(row["start"]) < int(row["end"])):
            problems.append(f"{where}: fields 'start'/'end' must be whole numbers with start < end")
    return problems


def load_corpus(corpus_dir: str | Path, verify: bool = True) -> pd.DataFrame:
    """Return one row per article: the metadata columns plus ``raw`` (the text).

    With ``verify`` the corpus is checked first and a :class:`CorpusError` lists
    every problem. Rows come in ``article_id`` order so results are stable.
    """
    corpus_dir = Path(corpus_dir)
    if verify:
        problems = check_corpus(corpus_dir)
        if problems:
            raise CorpusError(problems)
    articles = pd.read_csv(corpus_dir / METADATA_FILE, dtype=str, keep_default_na=False)
    articles = articles.sort_values("article_id", kind="stable").reset_index(drop=True)
    articles["raw"] = [_read_raw(corpus_dir / name) for name in articles["file"]]
    return articles


def _read_raw(path: Path) -> str:
    """Return a raw file's text with no newline translation, so offsets index its characters."""
    return path.read_bytes().decode("utf-8")


def load_labels(corpus_dir: str | Path) -> pd.DataFrame:
    """Return the manual segment labels (possibly empty) with integer offsets."""
    path = Path(corpus_dir) / LABELS_FILE
    if not path.is_file():
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "object") for c in LABEL_COLUMNS})
    labels = pd.read_csv(path, dtype={"article_id": str, "kind": str, "note": str}, keep_default_na=False)
    return labels[LABEL_COLUMNS].astype({"start": "int64", "end": "int64"})


def add_article(
    corpus_dir: str | Path,
    source_file: str | Path,
    outlet: str,
    publication_date: str = "",
    event_date: str = "",
    article_id: str | None = None,
    **fields: str,
) -> dict[str, str]:
    """Copy a raw file into the corpus and append its metadata row.

    Returns the new row. Raises :class:`CorpusError` listing every problem, in
    which case nothing is written.
    """
    corpus_dir, source_file = Path(corpus_dir), Path(source_file)
    article_id = article_id or source_file.stem
    file_name = f"{article_id}.txt"
    row = {c: "" for c in METADATA_COLUMNS}
    row.update(
        article_id=article_id,
        file=file_name,
        outlet=outlet,
        publication_date=publication_date,
        event_date=event_date,
        language=fields.pop("language", "") or "en",
        outlet_confidence=fields.pop("outlet_confidence", "") or "named",
    )
    unknown = set(fields) - set(METADATA_COLUMNS)
    if unknown:
        raise CorpusError([f"unknown metadata field(s): {', '.join(sorted(unknown))}"])
    row.update({k: v for k, v in fields.items() if v})
    where = f"{source_file}"
    problems = check_corpus(corpus_dir)
    if problems:
        raise CorpusError(["the corpus is not valid before adding; fix these first:"] + problems)
    if not source_file.is_file():
        raise CorpusError([f"{where}: file does not exist"])
    problems += _raw_file_problems(source_file, where, None)
    if not problems:
        row["sha256"] = sha256_of(source_file)
    problems += _row_problems(row, where)
    _, rows = _read_metadata_rows(corpus_dir)
    if any(r["article_id"] == article_id for r in rows):
        problems.append(f"{where}: field 'article_id' {article_id!r} is already in the corpus")
    if (corpus_dir / file_name).exists():
        problems.append(f"{where}: field 'file': {file_name} already exists in {corpus_dir}")
    if any(r["sha256"] == row["sha256"] for r in rows if row["sha256"]):
        problems.append(f"{where}: field 'sha256': the same text is already in the corpus")
    if problems:
        raise CorpusError(problems)
    shutil.copyfile(source_file, corpus_dir / file_name)
    buffer = io.StringIO()
    csv.DictWriter(buffer, fieldnames=METADATA_COLUMNS, lineterminator="\n").writerow(row)
    meta_path = corpus_dir / METADATA_FILE
    existing = meta_path.read_text(encoding="utf-8")
    with open(meta_path, "a", encoding="utf-8", newline="") as handle:
        if existing and not existing.endswith("\n"):
            handle.write("\n")
        handle.write(buffer.getvalue())
    return row
