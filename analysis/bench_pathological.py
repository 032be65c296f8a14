"""Benchmark: the pathological articles of issue 16, each at two sizes, with every stage timed.

Each case is one generated article whose cost grew faster than its length
before the stages were made near-linear:

- ``long_line``: the seed corpus's body sentences joined into one line of text
  (a page scraped without line breaks: many attributions and quotations in one
  paragraph);
- ``curly_quotes``: opening curly quotation marks followed by as many closing
  ones (every quotation nested in the one before);
- ``unbalanced_quotes``: opening curly quotation marks that are never closed;
- ``said_repeated``: ``"a said, `` repeated (a straight quotation and a cue per
  nine characters).

Every case runs at ``n`` and ``2n`` units; for each stage (segments and text
layer, vocabulary, sourcing, framing) the seconds and the peak resident memory
are printed with the ``2n``/``n`` ratio, which stays near 2 when the stage is
linear in the article's length (and near 4 when it is quadratic).
"""

from __future__ import annotations

import gc
import random
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from . import framing, sourcing, vocabulary
from .corpus import METADATA_COLUMNS
from .study import build_study, load_study, release_freed_memory

# Sizes of the measurements, in each case's own unit.
DEFAULT_SIZES = {
    "long_line": 500_000,  # characters (the issue: 0.5 MB took 8.6 s in sourcing, 1 MB 34 s)
    "curly_quotes": 25_000,  # marks (the issue: 50,000 marks, 300 KB: 61 s, 5.1 GB, a 7.5 GB quotes.csv)
    "unbalanced_quotes": 25_000,  # opening marks, never closed
    "said_repeated": 10_000,  # repetitions (the issue: 20,000, 280 KB: 81 s in framing)
}
HEADLINE = "Officials trade claims over the attack"


def long_line(size: int, sentences: list[str], seed: int = 0) -> str:
    """Return about ``size`` characters of ``sentences`` (drawn with a fixed seed) joined into one line."""
    rng = random.Random(seed)
    parts, length = [], 0
    while length < size:
        sentence = rng.choice(sentences)
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)


def curly_quotes(size: int) -> str:
    """Return ``size`` curly quotation marks with a word after each: half opening, then half closing."""
    half = size // 2
    return " ".join(["“word"] * half + ["word”"] * half)


def unbalanced_quotes(size: int) -> str:
    """Return ``size`` opening curly quotation marks, each before a word, none closed."""
    return " ".join(["“word"] * size)


def said_repeated(size: int) -> str:
    """Return ``"a said, `` repeated ``size`` times."""
    return '"a said, ' * size


GENERATED = {"curly_quotes": curly_quotes, "unbalanced_quotes": unbalanced_quotes, "said_repeated": said_repeated}


def case_body(case: str, size: int, sentences: list[str]) -> str:
    """Return the body text of ``case`` at ``size`` units (see :data:`DEFAULT_SIZES`)."""
    return long_line(size, sentences) if case == "long_line" else GENERATED[case](size)


def article_frame(body: str, article_id: str = "pathological") -> pd.DataFrame:
    """Return a one-article frame (metadata columns + ``raw``): a headline line, then ``body`` as one paragraph."""
    row = {column: "" for column in METADATA_COLUMNS}
    row.update(
        article_id=article_id,
        file=f"{article_id}.txt",
        outlet="Outlet",
        outlet_confidence="named",
        language="en",
    )
    return pd.DataFrame([{**row, "raw": f"{HEADLINE}\n\n{body}\n"}])


def _rss_mb(field: str) -> float | None:
    """Return ``field`` (VmRSS, VmHWM) of /proc/self/status in MB, or None where there is no /proc."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    match = re.search(rf"^{field}:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) / 1e3 if match else None


def _reset_peak() -> bool:
    """Reset the kernel's peak resident memory of this process to its current value; True if it could.

    Writing 5 to /proc/self/clear_refs (Linux 4.0+) resets VmHWM, so the peak read
    after a stage is that stage's own peak.
    """
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_mb() -> float:
    """Return the peak resident memory since the last reset (VmHWM), or the process's lifetime peak."""
    peak = _rss_mb("VmHWM")
    if peak is not None:
        return peak
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


def _measure(work: Callable):
    """Return ``(result, seconds, peak MB)`` of ``work()``."""
    gc.collect()
    release_freed_memory()
    _reset_peak()
    start = time.perf_counter()
    result = work()
    return result, time.perf_counter() - start, _peak_mb()


def run_case(body: str) -> list[tuple[str, float, float]]:
    """Return ``(stage, seconds, peak MB)`` for each stage of the export on the one article ``body``."""
    articles = article_frame(body)
    study, seconds, peak = _measure(lambda: build_study(articles))
    quotes_mb = study.quotes["text"].str.len().sum() / 1e6 if len(study.quotes) else 0.0
    rows = [(f"segments, text layer ({len(study.quotes):,} quotes, {quotes_mb:.1f} MB text)", seconds, peak)]
    for module in (vocabulary, sourcing, framing):
        tables, seconds, peak = _measure(lambda module=module: module.tables(study))
        rows.append((module.__name__.rsplit(".", 1)[-1], seconds, peak))
        del tables
    return rows


def run_benchmark(
    cases: list[str] | None = None, sizes: dict[str, int] | None = None, corpus_dir: str | Path = "corpus"
) -> dict[str, dict]:
    """Return, per case, the body length and stage figures at ``n`` and ``2n`` units (``sizes``, else the defaults)."""
    sizes = {**DEFAULT_SIZES, **(sizes or {})}
    cases = cases or list(DEFAULT_SIZES)
    sentences = []
    if "long_line" in cases:
        sentences = sorted(load_study(corpus_dir).sentences["text"].str.replace("\n", " ", regex=False))
    figures = {}
    for case in cases:
        runs = []
        for size in (sizes[case], 2 * sizes[case]):
            body = case_body(case, size, sentences)
            runs.append({"size": size, "chars": len(body), "stages": run_case(body)})
        figures[case] = runs
    return figures


def format_report(figures: dict[str, dict]) -> str:
    """Return the figures as plain text: per case and stage, seconds and peak MB at n and 2n, and the ratios."""
    lines = []
    for case, (small, large) in figures.items():
        lines += [
            "",
            f"{case}: n = {small['size']:,} ({small['chars'] / 1e3:,.0f} KB), "
            f"2n = {large['size']:,} ({large['chars'] / 1e3:,.0f} KB)",
            f"{'stage':<58}{'s (n)':>8}{'s (2n)':>8}{'ratio':>7}{'MB (n)':>9}{'MB (2n)':>9}",
        ]
        for (name, seconds, peak), (name_2n, seconds_2n, peak_2n) in zip(small["stages"], large["stages"]):
            ratio = seconds_2n / max(seconds, 1e-9)
            lines.append(f"{name:<58}{seconds:>8.2f}{seconds_2n:>8.2f}{ratio:>7.1f}{peak:>9,.0f}{peak_2n:>9,.0f}")
            if name != name_2n:
                lines.append(f"{'  at 2n: ' + name_2n:<58}")
    lines.append("\nMB: peak resident memory of the process during the stage (it includes the study built before it).")
    return "\n".join(lines[1:])
