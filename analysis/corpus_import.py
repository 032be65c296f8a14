"""Start a study and bring many articles in at once.

* :func:`init_study` creates an empty, valid study folder (``corpus/`` with the metadata
  header and an empty ``labels.csv``, ``codebooks/`` seeded from the package's generic
  defaults with a README on each file, and a README that says what goes where).
* :func:`import_articles` adds many articles in one go, from a folder of ``.txt`` files with a
  manifest CSV, or from one CSV / JSON Lines file with a text column. Every row gets the checks
  of ``corpus add``; the import is all or nothing (nothing is written if any row has a problem),
  and runs under the corpus lock with atomic writes.
* :func:`date_warnings` flags dates that are valid but suspicious (an event after its
  publication, a date in the future): warned about, never silently accepted or refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from .corpus import (
    LABEL_COLUMNS,
    LABELS_FILE,
    METADATA_COLUMNS,
    METADATA_FILE,
    CorpusError,
    _clash_problems,
    _new_row,
    _row_problems,
    check_corpus,
    corpus_lock,
    metadata_with_rows,
    normalise_raw,
    write_atomically,
)
from .lexicon import CODEBOOKS_DIR, data_path, read_text

TEXT_FIELD = "text"
HTML_MARKUP = re.compile(r"<\s*(?:!doctype|html|head|body|div|p|span|script|article|br)\b", re.IGNORECASE)
# A text with this many HTML tags is page source, not article text.
MIN_HTML_TAGS = 3
PROGRESS_EVERY = 500

# The codebooks a new study starts from (copies of the package's generic defaults, to be extended);
# the optional chart_labels.csv and framing_frames.yml are read from the package until a study adds them.
SEEDED_CODEBOOKS = (
    "framing_actors.csv",
    "framing_labels.csv",
    "framing_context_topics.csv",
    "framing_event_terms.csv",
    "sourcing_sides.csv",
)

STUDY_README = """# {name}

A study folder of the media-analysis toolkit (`analysis`). The first heading of this file is the
title of the study's report: change it to say what your study is about.

* `corpus/`: the raw articles (never edited once added), `metadata.csv` (one row per article: see
  the toolkit's corpus README for every field), `labels.csv` (manual corrections of line labels).
* `codebooks/`: the instruments of your story (actors and their labels, sides, context topics,
  event terms), seeded with the toolkit's generic defaults: extend them (`codebooks/README.md`;
  `python -m analysis codebooks suggest --corpus {corpus}` lists names no actor entry matches).
* Add articles one by one: `python -m analysis corpus add FILE --corpus {corpus} --outlet NAME
  --publication-date YYYY-MM-DD [--event-date YYYY-MM-DD]`, or many at once:
  `python -m analysis corpus import articles.csv --corpus {corpus} --map text=body`.
* Check: `python -m analysis corpus check --corpus {corpus}`.
* Build the tables and the report: `python -m analysis report --corpus {corpus} --out {name}/build`.
"""


def init_study(folder: str | Path) -> list[Path]:
    """Create an empty, valid study in ``folder`` (which must not hold a corpus yet); return the files made.

    The study's ``codebooks/`` gets copies of the package's generic codebooks and their README
    (``analysis/data/codebooks_readme.md``); a file already there is kept.
    """
    folder = Path(folder)
    corpus = folder / "corpus"
    if (corpus / METADATA_FILE).exists():
        raise CorpusError([f"{corpus / METADATA_FILE}: a study already exists here; nothing was written"])
    corpus.mkdir(parents=True, exist_ok=True)
    files = {
        corpus / METADATA_FILE: ",".join(METADATA_COLUMNS) + "\n",
        corpus / LABELS_FILE: ",".join(LABEL_COLUMNS) + "\n",
        folder / "README.md": STUDY_README.format(name=folder.name or "study", corpus=corpus),
        folder / CODEBOOKS_DIR / "README.md": read_text("codebooks_readme.md"),
        **{folder / CODEBOOKS_DIR / name: data_path(name).read_text(encoding="utf-8") for name in SEEDED_CODEBOOKS},
    }
    (folder / CODEBOOKS_DIR).mkdir(exist_ok=True)
    for path, text in files.items():
        if not path.exists():
            write_atomically(path, text.encode("utf-8"))
    return sorted(files)


def date_warnings(row: dict[str, str], where: str, today: dt.date | None = None) -> list[str]:
    """Return warnings for valid but suspicious dates: an event after publication, a date in the future."""
    today = today or dt.date.today()
    dates = {}
    for field in ("event_date", "publication_date"):
        try:
            dates[field] = dt.date.fromisoformat(row.get(field) or "")
        except ValueError:
            continue
    warnings = [f"{where}: field '{f}' {d} is in the future" for f, d in dates.items() if d > today]
    if len(dates) == 2 and dates["event_date"] > dates["publication_date"]:
        warnings.append(f"{where}: field 'event_date' {dates['event_date']} is after the publication date")
    return warnings


def looks_like_html(text: str) -> bool:
    """Return True if ``text`` is page source rather than article text (several HTML tags)."""
    return len(HTML_MARKUP.findall(text[:20000])) >= MIN_HTML_TAGS


def _mapped(record: dict[str, str], mapping: dict[str, str]) -> dict[str, str]:
    """Return ``record`` with its columns renamed to the toolkit's names (``mapping``: ours -> theirs)."""
    return {ours: record.get(theirs, "") for ours, theirs in mapping.items()} | {
        key: value for key, value in record.items() if key not in mapping.values()
    }


def _table_records(path: Path) -> list[dict[str, str]]:
    """Return the rows of a CSV (UTF-8, BOM allowed) or JSON Lines file as string dictionaries."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        rows = []
        for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
            if line.strip():
                try:
                    rows.append({k: "" if v is None else str(v) for k, v in json.loads(line).items()})
                except (json.JSONDecodeError, AttributeError) as err:
                    raise CorpusError([f"{path} line {number}: not a JSON object ({err})"]) from err
        return rows
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return [{k: v or "" for k, v in row.items() if k is not None} for row in csv.DictReader(handle)]


def _folder_records(folder: Path, manifest: Path) -> list[dict[str, str]]:
    """Return the manifest rows of a folder of .txt files, each with its file's text under ``text``."""
    records = []
    for row in _table_records(manifest):
        name = row.get("file", "")
        path = folder / name
        if name and Path(name).name == name and path.is_file():
            row[TEXT_FIELD] = path.read_bytes().decode("utf-8", errors="strict")
        records.append(row)
    return records


def _prepared(record: dict[str, str], where: str) -> tuple[dict[str, str] | None, bytes, list[str]]:
    """Return the metadata row and bytes of one record, or the problems that refuse it."""
    text = record.get(TEXT_FIELD, "")
    if not text.strip():
        return None, b"", [f"{where}: field '{TEXT_FIELD}' is empty or its file is missing"]
    if looks_like_html(text):
        problem = f"{where}: field '{TEXT_FIELD}' is HTML page source; import the article's text instead"
        return None, b"", [problem]
    data, changes = normalise_raw(text.encode("utf-8"))
    sha = hashlib.sha256(data).hexdigest()
    fields = {k: v for k, v in record.items() if k in METADATA_COLUMNS and k not in ("file", "sha256")}
    article_id = fields.pop("article_id", "") or sha[:16]
    try:
        row = _new_row(
            article_id,
            fields.pop("outlet", ""),
            fields.pop("publication_date", ""),
            fields.pop("event_date", ""),
            fields,
        )
    except CorpusError as err:
        return None, b"", [f"{where}: {problem}" for problem in err.problems]
    row["sha256"] = sha
    if changes:
        row["notes"] = "; ".join(filter(None, [row["notes"], f"normalised on import: {', '.join(changes)}"]))
    return row, data, _row_problems(row, where)


def _batch_problems(rows: list[dict[str, str]], corpus_dir: Path, wheres: list[str]) -> list[str]:
    """Return clashes with the corpus and inside the import (same id, same text twice)."""
    problems, ids, shas = [], {}, {}
    for row, where in zip(rows, wheres):
        problems += _clash_problems(corpus_dir, row, where)
        for key, seen, field in ((row["article_id"], ids, "article_id"), (row["sha256"], shas, "sha256")):
            if key in seen:
                problems.append(f"{where}: field '{field}' repeats {seen[key]} of this import")
            seen.setdefault(key, where)
    return problems


def import_articles(
    corpus_dir: str | Path,
    source: str | Path,
    mapping: dict[str, str] | None = None,
    manifest: str | Path | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[dict[str, str]], list[str]]:
    """Import every article of ``source`` into ``corpus_dir``; return (the rows added, the date warnings).

    ``source`` is a folder of .txt files (with ``manifest``, a CSV with a ``file`` column and
    metadata columns) or a CSV / JSON Lines file with a ``text`` column. ``mapping`` renames
    columns (toolkit name -> the file's name, e.g. ``{"text": "body", "outlet": "source"}``).
    Raises CorpusError with every problem of every row; then nothing is written.
    """
    corpus_dir, source = Path(corpus_dir), Path(source)
    if source.is_dir() and manifest is None:
        raise CorpusError([f"{source}: a folder needs --manifest (a CSV with a 'file' column and metadata columns)"])
    if not source.exists():
        raise CorpusError([f"{source}: does not exist"])
    records = _folder_records(source, Path(manifest)) if source.is_dir() else _table_records(source)
    records = [_mapped(record, mapping or {}) for record in records]
    rows, data, problems, warnings, wheres = [], [], [], [], []
    table = Path(manifest) if source.is_dir() else source
    for number, record in enumerate(records, 1):
        where = f"{table} row {number}"
        row, text, found = _prepared(record, where)
        problems += found
        if row is not None:
            rows.append(row)
            data.append(text)
            wheres.append(where)
            warnings += date_warnings(row, where)
    with corpus_lock(corpus_dir):
        problems = check_corpus(corpus_dir) + problems + _batch_problems(rows, corpus_dir, wheres)
        if problems or not rows:
            raise CorpusError(problems or [f"{source}: no articles to import"])
        _write_all(corpus_dir, rows, data, progress)
    return rows, warnings


def _write_all(corpus_dir: Path, rows: list[dict], data: list[bytes], progress) -> None:
    """Write every raw file atomically, then the metadata file once (rows appended in import order)."""
    for done, (row, text) in enumerate(zip(rows, data), 1):
        write_atomically(corpus_dir / row["file"], text)
        if progress and (done % PROGRESS_EVERY == 0 or done == len(rows)):
            progress(done, len(rows))
    meta_path = corpus_dir / METADATA_FILE
    write_atomically(meta_path, metadata_with_rows(meta_path, rows))


def print_progress(done: int, total: int, stream=sys.stderr) -> None:
    """Print ``done/total`` on one updating line (a progress bar without a dependency)."""
    width = 30
    filled = width * done // max(total, 1)
    stream.write(f"\rimporting [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        stream.write("\n")
    stream.flush()


def parse_mapping(pairs: Iterable[str]) -> dict[str, str]:
    """Return the column mapping of ``--map ours=theirs`` options; raise CorpusError on a malformed one."""
    mapping = {}
    for pair in pairs:
        ours, sep, theirs = pair.partition("=")
        if not sep or not ours or not theirs:
            raise CorpusError([f"--map {pair!r}: write it as toolkit_name=your_column, e.g. text=body"])
        if ours != TEXT_FIELD and ours not in METADATA_COLUMNS:
            raise CorpusError([f"--map {pair!r}: {ours!r} is not {TEXT_FIELD!r} or a metadata field"])
        mapping[ours] = theirs
    return mapping
