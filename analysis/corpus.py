"""Corpus loading and validation.

A corpus is a directory holding raw article files (UTF-8 text, never edited by
code) and one ``metadata.csv`` with a row per article. See ``corpus/README.md``
for the datasheet of every field.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import fcntl
import hashlib
import io
import os
import re
from collections.abc import Iterator
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
# The kinds a segment (and so a manual label) can take; segmentation imports them from here,
# since the corpus is the lowest layer of the package.
SEGMENT_KINDS = frozenset(
    {"headline", "dateline", "body", "caption", "navigation", "boilerplate", "appended", "duplicate"}
)
# A temporary file of an add in progress; one left behind means an add was interrupted.
PARTIAL_SUFFIX = ".partial"

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
    """Return the header and the rows of metadata.csv, every value stripped of surrounding white space.

    A UTF-8 byte-order mark (Excel's "CSV UTF-8") belongs to the container, not to a value: it is
    read past. Rows with more fields than the header keep the extra values under the key ``None``.
    """
    with open(corpus_dir / METADATA_FILE, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = [{key: _stripped(value) for key, value in row.items()} for row in reader]
        return [name.strip() for name in reader.fieldnames or []], rows


def _stripped(value: str | list | None) -> str | list | None:
    return value.strip() if isinstance(value, str) else value


def _header_problems(meta_path: Path, columns: list[str]) -> list[str]:
    """Return problems of the metadata header: missing and repeated columns."""
    problems = [f"{meta_path}: column '{c}' is missing" for c in METADATA_COLUMNS if c not in columns]
    repeated = sorted({c for c in columns if columns.count(c) > 1})
    return problems + [f"{meta_path}: column '{c}' appears {columns.count(c)} times" for c in repeated]


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
            f"{where}: field 'outlet_confidence' {confidence!r} is not one of {sorted(OUTLET_CONFIDENCE_VALUES)}"
        )
    return problems


def _outside(path: Path, folder: Path) -> bool:
    """Return True if ``path`` (after following links) is not inside ``folder``."""
    return not path.resolve().is_relative_to(folder.resolve())


def _text_problems(text: str, name: str, where: str) -> list[str]:
    """Return problems of a raw text that would silently change offsets or tables: BOM, CR-only lines, NUL."""
    problems = []
    if text.startswith("\ufeff"):
        problems.append(f"{where}: field 'file': {name} starts with a byte-order mark (`corpus add` removes it)")
    if "\r" in text.replace("\r\n", ""):
        problems.append(f"{where}: field 'file': {name} has CR-only line endings (`corpus add` makes them LF)")
    if "\x00" in text:
        problems.append(f"{where}: field 'file': {name} contains NUL bytes (`corpus add` removes them)")
    return problems


def _raw_file_problems(path: Path, where: str, expected_sha: str | None, folder: Path | None = None) -> list[str]:
    if folder is not None and path.is_symlink() and _outside(path, folder):
        return [f"{where}: field 'file': {path.name} is a link to a file outside the corpus folder"]
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
    if folder is not None:
        problems += _text_problems(text, path.name, where)
    if expected_sha is not None and hashlib.sha256(data).hexdigest() != expected_sha:
        problems.append(
            f"{where}: field 'sha256' does not match {path.name} (the raw file changed, or the hash is wrong)"
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
    problems = _header_problems(meta_path, columns)
    if problems:
        return problems
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    lengths: dict[str, int] = {}
    for line_no, row in enumerate(rows, start=2):
        where = f"{meta_path.name} line {line_no} ({row.get('file') or '?'})"
        if None in row:
            problems.append(f"{where}: has {len(columns) + len(row[None])} fields, the header has {len(columns)}")
            continue
        problems += _row_problems(row, where)
        article_id, file_name = row["article_id"], row["file"]
        if article_id in seen_ids:
            problems.append(f"{where}: field 'article_id' {article_id!r} duplicates line {seen_ids[article_id]}")
        seen_ids.setdefault(article_id, line_no)
        if file_name in seen_files:
            problems.append(f"{where}: field 'file' {file_name!r} duplicates line {seen_files[file_name]}")
        seen_files.setdefault(file_name, line_no)
        if file_name and Path(file_name).name == file_name:
            found = _raw_file_problems(corpus_dir / file_name, where, row["sha256"], corpus_dir)
            problems += found
            if not found:
                lengths[article_id] = len(_read_raw(corpus_dir / file_name))
    problems += _unlisted_files(corpus_dir, set(seen_files))
    problems += check_labels(corpus_dir, lengths, set(seen_ids))
    problems += check_attribution_corrections(corpus_dir, lengths, set(seen_ids))
    return problems


def _unlisted_files(corpus_dir: Path, listed: set[str]) -> list[str]:
    """Return problems for raw files without a row and for files an interrupted ``corpus add`` left behind."""
    problems = []
    for path in sorted(corpus_dir.glob("*.txt")):
        if path.name not in listed:
            problems.append(
                f"{path.name}: raw file has no row in {METADATA_FILE} (left by an interrupted `corpus add`? "
                "delete it and add it again)"
            )
    for path in sorted(corpus_dir.glob(f".*{PARTIAL_SUFFIX}")):
        problems.append(f"{path.name}: left by an interrupted `corpus add`; nothing was added: delete it")
    return problems


def check_labels(corpus_dir: Path, lengths: dict[str, int], article_ids: set[str] | None = None) -> list[str]:
    """Return problems of the optional manual label file (``lengths``: article_id -> characters of its text)."""
    path = corpus_dir / LABELS_FILE
    if not path.is_file():
        return []
    try:
        labels = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as err:
        return [f"{LABELS_FILE}: cannot be read as UTF-8 CSV ({str(err).splitlines()[0]})"]
    missing = [c for c in LABEL_COLUMNS if c not in labels.columns]
    if missing:
        return [f"{LABELS_FILE}: column '{c}' is missing" for c in missing]
    known = set(lengths) if article_ids is None else article_ids
    problems = []
    for line_no, row in enumerate(labels.to_dict("records"), start=2):
        problems += _label_problems(row, f"{LABELS_FILE} line {line_no}", known, lengths)
    return problems


def _label_problems(row: dict[str, str], where: str, known: set[str], lengths: dict[str, int]) -> list[str]:
    """Return the problems of one manual label row."""
    problems = []
    if row["article_id"] not in known:
        problems.append(f"{where}: field 'article_id' {row['article_id']!r} is not in {METADATA_FILE}")
    if row["kind"] not in SEGMENT_KINDS:
        problems.append(f"{where}: field 'kind' {row['kind']!r} is not one of {sorted(SEGMENT_KINDS)}")
    if not (row["start"].isdigit() and row["end"].isdigit() and int(row["start"]) < int(row["end"])):
        return problems + [f"{where}: fields 'start'/'end' must be whole numbers with start < end"]
    length = lengths.get(row["article_id"])
    if length is not None and int(row["end"]) > length:
        problems.append(f"{where}: field 'end' {row['end']} is beyond the text ({length} characters)")
    return problems


ATTRIBUTION_CORRECTIONS_FILE = "attribution_corrections.csv"
ATTRIBUTION_CORRECTION_COLUMNS = [
    "article_id", "content_start", "content_end", "speaker", "source", "affiliation", "note",
]  # fmt: skip


def check_attribution_corrections(
    corpus_dir: Path, lengths: dict[str, int], article_ids: set[str] | None = None
) -> list[str]:
    """Return problems of the optional attribution corrections file, one line per bad row.

    A row names an attribution by its content's offsets and gives at least one of speaker, source
    and affiliation (an empty field keeps the rules' value); see ``corpus/README.md``.
    """
    name = ATTRIBUTION_CORRECTIONS_FILE
    path = corpus_dir / name
    if not path.is_file():
        return []
    try:
        rows = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as err:
        return [f"{name}: cannot be read as UTF-8 CSV ({str(err).splitlines()[0]})"]
    missing = [c for c in ATTRIBUTION_CORRECTION_COLUMNS if c not in rows.columns]
    if missing:
        return [f"{name}: column '{c}' is missing" for c in missing]
    known = set(lengths) if article_ids is None else article_ids
    problems, seen = [], {}
    for line_no, row in enumerate(rows.to_dict("records"), start=2):
        where = f"{name} line {line_no}"
        if row["article_id"] not in known:
            problems.append(f"{where}: field 'article_id' {row['article_id']!r} is not in {METADATA_FILE}")
        if not any(row[c].strip() for c in ("speaker", "source", "affiliation")):
            problems.append(f"{where}: fields 'speaker', 'source', 'affiliation' are all empty: it corrects nothing")
        start, end = row["content_start"], row["content_end"]
        if not (start.isdigit() and end.isdigit() and int(start) < int(end)):
            problems.append(f"{where}: fields 'content_start'/'content_end' must be whole numbers with start < end")
            continue
        length = lengths.get(row["article_id"])
        if length is not None and int(end) > length:
            problems.append(f"{where}: field 'content_end' {end} is beyond the text ({length} characters)")
        key = (row["article_id"], int(start), int(end))
        if key in seen:
            problems.append(f"{where}: corrects the same attribution as line {seen[key]}")
        seen.setdefault(key, line_no)
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
    columns, rows = _read_metadata_rows(corpus_dir)
    articles = pd.DataFrame(rows, columns=columns, dtype=str)
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


def normalise_raw(data: bytes) -> tuple[bytes, list[str]]:
    """Return the bytes to store for an imported text and what was changed, one phrase per change.

    Only changes that would otherwise silently shift offsets or corrupt tables are made: a
    leading byte-order mark is removed, CR-only line endings become LF, NUL bytes are removed.
    Raises UnicodeDecodeError if ``data`` is not UTF-8.
    """
    text, changes = data.decode("utf-8"), []
    if text.startswith("\ufeff"):
        text, changes = text[1:], [*changes, "removed a byte-order mark"]
    if "\r" in text.replace("\r\n", ""):
        text, changes = text.replace("\r\n", "\n").replace("\r", "\n"), [*changes, "made CR line endings LF"]
    if "\x00" in text:
        text, changes = text.replace("\x00", ""), [*changes, f"removed {text.count(chr(0))} NUL byte(s)"]
    return text.encode("utf-8"), changes


@contextlib.contextmanager
def corpus_lock(corpus_dir: Path) -> Iterator[None]:
    """Hold an exclusive lock on the corpus folder, so two adds never interleave.

    The lock is a POSIX ``flock`` on the folder itself: nothing is written into the corpus for it.
    """
    descriptor = os.open(corpus_dir, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to a hidden temporary file beside ``path``, flush it to disk, then rename it into place.

    A reader (or a crash) sees either the old file or the complete new one, never a part.
    """
    partial = path.with_name(f".{path.name}{PARTIAL_SUFFIX}")
    with open(partial, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)


def metadata_with_rows(meta_path: Path, rows: list[dict[str, str]]) -> bytes:
    """Return the bytes of ``meta_path`` with ``rows`` appended (a byte-order mark is read past)."""
    existing = meta_path.read_text(encoding="utf-8-sig")
    buffer = io.StringIO()
    buffer.write(existing if existing.endswith("\n") or not existing else existing + "\n")
    csv.DictWriter(buffer, fieldnames=METADATA_COLUMNS, lineterminator="\n").writerows(rows)
    return buffer.getvalue().encode("utf-8")


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
    which case nothing is written. The text is written to a temporary name and
    renamed, then the metadata file likewise, under a lock on the corpus: an
    interrupted add leaves either nothing or a raw file without a row, which
    ``check_corpus`` names. Changes made by :func:`normalise_raw` are recorded
    in the row's ``notes``.
    """
    corpus_dir, source_file = Path(corpus_dir), Path(source_file)
    with corpus_lock(corpus_dir) if corpus_dir.is_dir() else contextlib.nullcontext():
        row, data = _checked_row(corpus_dir, source_file, outlet, publication_date, event_date, article_id, fields)
        write_atomically(corpus_dir / row["file"], data)
        meta_path = corpus_dir / METADATA_FILE
        write_atomically(meta_path, metadata_with_rows(meta_path, [row]))
    return row


def _new_row(article_id: str, outlet: str, publication_date: str, event_date: str, fields: dict) -> dict[str, str]:
    row = dict.fromkeys(METADATA_COLUMNS, "")
    row.update(
        article_id=article_id,
        file=f"{article_id}.txt",
        outlet=outlet.strip(),
        publication_date=publication_date.strip(),
        event_date=event_date.strip(),
        language=fields.pop("language", "").strip() or "en",
        outlet_confidence=fields.pop("outlet_confidence", "").strip() or "named",
    )
    unknown = set(fields) - set(METADATA_COLUMNS)
    if unknown:
        raise CorpusError([f"unknown metadata field(s): {', '.join(sorted(unknown))}"])
    row.update({k: v.strip() for k, v in fields.items() if v})
    return row


def _checked_row(
    corpus_dir: Path, source_file: Path, outlet: str, publication_date: str, event_date: str, article_id, fields
) -> tuple[dict[str, str], bytes]:
    """Return the metadata row and the bytes to store for a new article; raise CorpusError with every problem."""
    row = _new_row(article_id or source_file.stem, outlet, publication_date, event_date, dict(fields))
    where = f"{source_file}"
    problems = check_corpus(corpus_dir)
    if problems:
        raise CorpusError(["the corpus is not valid before adding; fix these first:"] + problems)
    if not source_file.is_file():
        raise CorpusError([f"{where}: file does not exist"])
    problems += _raw_file_problems(source_file, where, None)
    data = b""
    if not problems:
        data, changes = normalise_raw(source_file.read_bytes())
        row["sha256"] = hashlib.sha256(data).hexdigest()
        if changes:
            note = f"normalised on import: {', '.join(changes)}"
            row["notes"] = f"{row['notes']}; {note}" if row["notes"] else note
    problems += _row_problems(row, where) + _clash_problems(corpus_dir, row, where)
    if problems:
        raise CorpusError(problems)
    return row, data


def _clash_problems(corpus_dir: Path, row: dict[str, str], where: str) -> list[str]:
    """Return problems of a new row that clashes with the corpus: same id, same file name, same text."""
    _, rows = _read_metadata_rows(corpus_dir)
    problems = []
    if any(r["article_id"] == row["article_id"] for r in rows):
        problems.append(f"{where}: field 'article_id' {row['article_id']!r} is already in the corpus")
    if (corpus_dir / row["file"]).exists():
        problems.append(f"{where}: field 'file': {row['file']} already exists in {corpus_dir}")
    if row["sha256"] and any(r["sha256"] == row["sha256"] for r in rows):
        problems.append(f"{where}: field 'sha256': the same text is already in the corpus")
    return problems
