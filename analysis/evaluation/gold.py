"""Read and validate the hand annotations of the development and held-out pages.

A page is ``<stem>.txt`` (the raw scrape) and ``<stem>.yml`` (its annotation, format in
``tests/gold/pages/README.md``). Annotations name spans by their text (and occurrence), not by
offsets, so that they can be written by reading the page; this module finds the offsets.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

LINE_KINDS = {"headline", "dateline", "body", "caption", "navigation", "boilerplate", "appended", "duplicate"}
MODES = {"direct", "mixed", "indirect", "floating"}
PARTS = ("dev", "heldout")
PAGE_FIELDS = ("page", "house_style", "story", "outlet", "publication_date", "lines", "headline", "attributions")


class GoldError(ValueError):
    """A page's annotation does not fit its text; ``problems`` holds one line per problem."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class PageGold:
    """One annotated page: raw text, metadata and the gold spans with offsets into ``raw``."""

    stem: str
    part: str
    raw: str
    meta: dict
    lines: list[dict] = field(default_factory=list)  # text, kind, start, end
    headline: str | None = None
    dateline: dict | None = None  # text, start, end
    attributions: list[dict] = field(default_factory=list)  # annotation + content_start/end
    labels: list[dict] = field(default_factory=list)  # annotation + start/end


def find_occurrence(raw: str, text: str, occurrence: int = 1) -> int:
    """Return the start of the ``occurrence``-th (1-based) occurrence of ``text`` in ``raw``, or -1."""
    position = -1
    for _ in range(max(occurrence, 1)):
        position = raw.find(text, position + 1)
        if position < 0:
            return -1
    return position


def raw_lines(raw: str) -> list[tuple[int, int, str]]:
    """Return (start, end, text) of every non-blank line of ``raw``, stripped of surrounding white space."""
    out, offset = [], 0
    for line in raw.split("\n"):
        stripped = line.strip()
        if stripped:
            start = offset + line.index(stripped)
            out.append((start, start + len(stripped), stripped))
        offset += len(line) + 1
    return out


def _line_problems(where: str, raw: str, annotated: list) -> tuple[list[dict], list[str]]:
    found = raw_lines(raw)
    lines, problems = [], []
    if len(found) != len(annotated):
        problems.append(f"{where}: lines: {len(annotated)} annotated, the text has {len(found)} non-blank lines")
    for number, ((start, end, text), entry) in enumerate(zip(found, annotated, strict=False), 1):
        kind = entry.get("kind") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or str(entry.get("text", "")).strip() != text:
            shown = entry.get("text") if isinstance(entry, dict) else entry
            problems.append(f"{where}: line {number}: annotated {str(shown)[:60]!r}, text has {text[:60]!r}")
            break
        if kind not in LINE_KINDS:
            problems.append(f"{where}: line {number}: kind {kind!r} is not one of {sorted(LINE_KINDS)}")
        lines.append({"text": text, "kind": kind, "start": start, "end": end})
    return lines, problems


def _headline_problems(where: str, headline: str | None, lines: list[dict]) -> list[str]:
    headlines = [line["text"] for line in lines if line["kind"] == "headline"]
    if headline is None:
        return [] if not headlines else [f"{where}: headline: null, but a line has kind headline"]
    if headlines != [str(headline).strip()]:
        shown = str(headline)[:60]
        return [f"{where}: headline: {shown!r} is not the one line of kind headline ({len(headlines)} found)"]
    return []


def _dateline(where: str, dateline: str | None, lines: list[dict]) -> tuple[dict | None, list[str]]:
    """Return the dateline span: the prefix of the first body line that begins with it (a standfirst may come first)."""
    if not dateline:
        return None, []
    text = str(dateline).strip()
    holder = next((line for line in lines if line["kind"] == "body" and line["text"].startswith(text)), None)
    if holder is None:
        return None, [f"{where}: dateline {text!r} does not begin a body line"]
    return {"text": text, "start": holder["start"], "end": holder["start"] + len(text)}, []


def _spans(where: str, raw: str, entries: list, key: str, required: tuple[str, ...]) -> tuple[list[dict], list[str]]:
    spans, problems = [], []
    for number, entry in enumerate(entries or [], 1):
        missing = [name for name in required if name not in entry]
        if missing:
            problems.append(f"{where}: {key} {number}: missing {', '.join(missing)}")
            continue
        text = str(entry["content" if key == "attribution" else "text"])
        start = find_occurrence(raw, text, int(entry.get("occurrence", 1)))
        if start < 0:
            occurrence = entry.get("occurrence", 1)
            problems.append(f"{where}: {key} {number}: {text[:60]!r} (occurrence {occurrence}) not in the text")
            continue
        spans.append({**entry, "start": start, "end": start + len(text)})
    return spans, problems


def _attribution_problems(where: str, raw: str, attributions: list[dict]) -> list[str]:
    problems = []
    for number, entry in enumerate(attributions, 1):
        if entry["mode"] not in MODES:
            problems.append(f"{where}: attribution {number}: mode {entry['mode']!r} is not one of {sorted(MODES)}")
        speaker = str(entry.get("speaker") or "")
        if speaker and speaker not in raw:
            problems.append(f"{where}: attribution {number}: speaker {speaker[:60]!r} not in the text")
        if str(entry["cue"]) and str(entry["cue"]) not in raw and entry["mode"] != "floating":
            problems.append(f"{where}: attribution {number}: cue {entry['cue']!r} not in the text")
    return problems


def load_page(path: str | Path, part: str = "") -> PageGold:
    """Return the page annotated by ``path`` (a ``.yml``) with offsets; raise GoldError listing every problem."""
    path = Path(path)
    where = str(path)
    text_path = path.with_suffix(".txt")
    if not text_path.exists():
        raise GoldError([f"{where}: no {text_path.name} beside it"])
    raw = text_path.read_text(encoding="utf-8")
    meta = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    problems = [f"{where}: field {name!r} is missing" for name in PAGE_FIELDS if name not in meta]
    if problems:
        raise GoldError(problems)
    if meta["page"] != path.stem:
        problems.append(f"{where}: page {meta['page']!r} is not the file stem {path.stem!r}")
    lines, found = _line_problems(where, raw, meta["lines"] or [])
    problems += found + _headline_problems(where, meta["headline"], lines)
    dateline, found = _dateline(where, meta.get("dateline"), lines)
    problems += found
    required = ("content", "speaker", "source", "cue", "mode")
    attributions, found = _spans(where, raw, meta["attributions"], "attribution", required)
    problems += found + _attribution_problems(where, raw, attributions)
    labels, found = _spans(where, raw, meta.get("labels"), "label", ("text", "category"))
    problems += found
    if problems:
        raise GoldError(problems)
    info = {key: meta[key] for key in ("house_style", "story", "outlet", "publication_date")}
    return PageGold(path.stem, part, raw, info, lines, meta["headline"], dateline, attributions, labels)


def load_pages(root: str | Path, parts: tuple[str, ...] = PARTS) -> tuple[list[PageGold], list[str]]:
    """Return the valid pages under ``root/<part>/`` (sorted by part and stem) and the problems of the others."""
    pages, problems = [], []
    for part in parts:
        for path in sorted((Path(root) / part).glob("*.yml")):
            try:
                pages.append(load_page(path, part))
            except GoldError as err:
                problems += err.problems
            except yaml.YAMLError as err:
                problems.append(f"{path}: not valid YAML: {str(err).splitlines()[0]}")
    styles = {}
    for page in pages:
        styles.setdefault(page.meta["house_style"], set()).add(page.part)
    problems += [f"house style {style!r} has pages in both parts" for style, seen in styles.items() if len(seen) > 1]
    return pages, problems


def main(argv: list[str] | None = None) -> int:
    """Validate the pages under the folder given (default ``tests/gold/pages``); print problems; return 0 or 1."""
    root = Path((argv or sys.argv[1:] or ["tests/gold/pages"])[0])
    pages, problems = load_pages(root)
    for problem in problems:
        print(problem)
    counts = {part: sum(page.part == part for page in pages) for part in PARTS}
    attributions = sum(len(page.attributions) for page in pages)
    print(
        f"{len(pages)} valid page(s) ({counts['dev']} dev, {counts['heldout']} held-out),"
        f" {attributions} attributions, {len(problems)} problem(s)"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
