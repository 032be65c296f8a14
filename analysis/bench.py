"""Benchmark: time every export stage on a synthetic corpus of N articles.

The corpus (:mod:`analysis.bench_corpus`) is deterministic (seeded): by default the realistic mix,
whose vocabulary grows with its size as real text does and whose quotations repeat at a realistic
rate; ``corpus_kind="recombined"`` gives the seed sentences recombined (a small, fixed vocabulary).
Reported per run: articles, vocabulary size, wall and CPU time of every stage and writer, cores
busy on average, peak memory of every process (:mod:`analysis.bench_monitor`), output size per
format, and two references on the same text: the floor (one regular-expression tokenising pass
over the body text) and, when installed in its own environment, Scattertext.
"""

from __future__ import annotations

import gc
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from . import vocabulary
from .bench_corpus import realistic_articles, synthetic_articles  # noqa: F401 (tests import synthetic_articles here)
from .bench_monitor import ResourceMonitor, own_peak_mb
from .export import ANALYSIS_MODULES, base_tables, write_tables
from .study import Study, build_study, load_study, release_freed_memory
from .text import text_frames, text_records
from .vocabulary.from_text import keyness_from_text

FLOOR_PATTERN = re.compile(r"\w+")


def _timed(timings: list[tuple[str, float, float]], name: str, work: Callable):
    """Return ``work()``, appending (name, wall seconds, CPU seconds of every process) to ``timings``.

    Each stage is also printed to stderr as it ends: a long run shows where it is (and, if stopped, how far it got).
    """
    gc.collect()
    before, start = _cpu_seconds(), time.perf_counter()
    result = work()
    timings.append((name, time.perf_counter() - start, _cpu_seconds() - before))
    print(f"{name}: {timings[-1][1]:.1f} s, {own_peak_mb():,.0f} MB peak so far", file=sys.stderr, flush=True)
    return result


def _cpu_seconds() -> float:
    """Return user + system seconds of this process and its finished children."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def raw_floor_seconds(pages: pd.Series) -> float:
    """Return the time of one ``re.findall`` word pass over the raw pages (the streaming benchmark's floor:
    it never holds the body text of the whole corpus; the raw pages are longer, so the floor is higher)."""
    start = time.perf_counter()
    for page in pages:
        FLOOR_PATTERN.findall(page)
    return time.perf_counter() - start


def floor_seconds(study: Study, chunk: int = 10_000) -> float:
    """Return the time of one ``re.findall`` word pass over all body text (the floor).

    The text is scanned ``chunk`` sentences at a time and each list of words
    dropped at once, so the reference does not raise the peak memory it is
    reported beside.
    """
    texts = study.sentences["text"].tolist()
    seconds = 0.0
    for i in range(0, len(texts), chunk):
        text = "\n".join(texts[i : i + chunk])
        start = time.perf_counter()
        FLOOR_PATTERN.findall(text)
        seconds += time.perf_counter() - start
    return seconds


SCATTERTEXT_SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "scattertext_reference.py"
SCATTERTEXT_ALPHA = 0.01


def text_layer_study(body: pd.DataFrame) -> Study:
    """Return a :class:`Study` of already clean texts (columns article_id, outlet, text), each one paragraph.

    Only the text layer runs (sentences, tokens, quotes; no segmentation), in
    this process: the work Scattertext does when it builds its corpus.
    """
    records: dict[str, list] = {"sentences": [], "tokens": [], "quotes": []}
    for article_id, text in zip(body["article_id"], body["text"]):
        for name, rows in text_records(article_id, text, [(0, 0, len(text))]).items():
            records[name].extend(rows)
    articles = pd.DataFrame({"article_id": body["article_id"], "outlet": body["outlet"], "role": "primary"})
    segments = pd.DataFrame(
        {"article_id": body["article_id"], "segment_id": 0, "kind": "body", "start": 0, "end": body["text"].str.len()}
    )
    return Study(
        articles=articles, raw=dict(zip(body["article_id"], body["text"])), segments=segments, **text_frames(records)
    )


def scattertext_reference(study: Study, python: str) -> dict:
    """Time Scattertext (in its own interpreter) on the study's body text, against our vocabulary comparison.

    Both sides score every outlet against the rest with the log-odds ratio and
    a constant Dirichlet prior. The agreement check feeds Scattertext's own
    counts to our ``log_odds_dirichlet``: our log-odds divided by Scattertext's
    standard error must reproduce its z to rounding. Our own z-scores differ by design: Scattertext's variance adds the
    terms 1/(n - y) of the complementary counts to Monroe et al.'s eq. 20
    approximation 1/(y_i + a) + 1/(y_j + a), which we implement.
    """
    outlets = study.outlet_of()
    body = (
        study.sentences.assign(outlet=study.sentences["article_id"].map(outlets))
        .groupby(["article_id", "outlet"], sort=True)["text"]
        .agg(" ".join)
        .reset_index()
    )
    with tempfile.TemporaryDirectory() as tmp:
        docs, scores = Path(tmp) / "docs.csv", Path(tmp) / "scores.csv"
        body[["outlet", "text"]].to_csv(docs, index=False)
        done = subprocess.run(
            [python, str(SCATTERTEXT_SCRIPT), str(docs), str(scores)], check=True, capture_output=True, text=True
        )
        timings = json.loads(done.stdout.strip().splitlines()[-1])
        reference = pd.read_csv(scores, keep_default_na=False)
    # CPU seconds beside wall seconds: on a shared machine the wall time of either side depends on the load.
    ours, ours_cpu = _wall_and_cpu(
        lambda: vocabulary.keyness(vocabulary.term_tokens(study), voices=("all",), modes=("one_vs_rest",))
    )
    # From the text: the same table (tests/test_vocabulary_from_text.py) without the text layer,
    # which Scattertext does not build either.
    ours_from_text, ours_from_text_cpu = _wall_and_cpu(
        lambda: keyness_from_text(body[["article_id", "outlet", "text"]], modes=("one_vs_rest",))
    )
    deltas, z_gaps = [], []
    for _, group in reference.groupby("outlet"):
        y_i, y_j = group["y_i"].to_numpy(dtype=float), group["y_j"].to_numpy(dtype=float)
        alpha = np.full(len(group), SCATTERTEXT_ALPHA)
        _, _, z = vocabulary.log_odds_dirichlet(y_i, y_j, alpha)
        _, _, z_scattertext = vocabulary.log_odds_dirichlet(y_i, y_j, alpha, variance="scattertext")
        their_z = group["z"].to_numpy(dtype=float)
        deltas.append(np.abs(z_scattertext - their_z).max())
        z_gaps.append(np.abs(z - their_z).max())
    return {
        "scattertext_seconds": timings["build_seconds"] + timings["score_seconds"],
        "ours_seconds": ours,
        "ours_from_text_seconds": ours_from_text,
        "scattertext_cpu_seconds": timings["cpu_seconds"],
        "ours_cpu_seconds": ours_cpu,
        "ours_from_text_cpu_seconds": ours_from_text_cpu,
        "max_delta_difference": float(max(deltas)),
        "max_z_difference": float(max(z_gaps)),
    }


def _wall_and_cpu(work: Callable) -> tuple[float, float]:
    """Return (wall seconds, CPU seconds of this process) of ``work()``."""
    start, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - start, time.process_time() - cpu


def _export_stages(study: Study) -> list[tuple[str | None, Callable[[], dict]]]:
    """Return the exporter's stages in its order: the foundation tables (already built), then each module's."""
    return [(None, lambda: base_tables(study))] + [
        (module.__name__.rsplit(".", 1)[-1], lambda module=module: module.tables(study)) for module in ANALYSIS_MODULES
    ]


def _write_timed(writing: dict, tables: dict, out_dir: Path) -> None:
    """Write ``tables`` in every format of ``writing`` (format -> list of timings), each timed, sizes kept."""
    for fmt, (timings, sizes) in writing.items():
        paths = _timed(timings, f"write {fmt}", lambda fmt=fmt: write_tables(tables, out_dir / fmt, fmt))
        sizes.extend(path.stat().st_size for path in paths)


def run_benchmark(
    n_articles: int,
    workers: int = 2,
    corpus_dir: str | Path = "corpus",
    out_dir: str | Path | None = None,
    seed: int = 0,
    scattertext_python: str | None = None,
    corpus_kind: str = "realistic",
    formats: tuple[str, ...] = ("csv", "parquet"),
) -> dict:
    """Time each export stage on ``n_articles`` synthetic articles (:mod:`analysis.bench_corpus`); return the figures.

    With ``out_dir`` every table is also written in each of ``formats`` (into ``out_dir/<format>``), each
    writer timed on its own. CPU use and memory cover every process (:class:`ResourceMonitor`).
    """
    make = realistic_articles if corpus_kind == "realistic" else synthetic_articles
    seed_study = load_study(corpus_dir)
    articles = make(seed_study, n_articles, seed=seed)
    megabytes = articles["raw"].str.len().sum() / 1e6
    timings: list[tuple[str, float, float]] = []
    writing = {fmt: ([], []) for fmt in formats} if out_dir is not None else {}
    with ResourceMonitor() as monitor:
        # build_study also finds the attributions and assigns the three voices (analysis.voices).
        stage = "text layer, attributions, voices"
        # The synthetic sentences are the seed study's, so they are read with its codebooks.
        study = _timed(timings, stage, lambda: build_study(articles, workers=workers, codebooks=seed_study.codebooks))
        for name, compute in _export_stages(study):
            tables = _timed(timings, name, compute) if name else compute()
            if name == "vocabulary":
                terms = tables["terms"]
                vocabulary_size = int(terms.loc[terms["voice"] == "all", "term"].nunique())
            _write_timed(writing, tables, Path(out_dir or "."))
            del tables  # as the exporter does: one module's tables in memory at a time
            release_freed_memory()
    words = int(study.tokens["is_word"].sum())
    reference = scattertext_reference(study, scattertext_python) if scattertext_python else None
    return {
        "scattertext": reference,
        "articles": n_articles,
        "corpus_kind": corpus_kind,
        "workers": workers,
        "words": words,
        "vocabulary": vocabulary_size,
        "megabytes": megabytes,
        "stages": timings,
        "writing": {fmt: (timings_, sum(sizes)) for fmt, (timings_, sizes) in writing.items()},
        "floor_seconds": floor_seconds(study),
        **monitor.figures(),
    }


def run_streaming_benchmark(
    n_articles: int,
    out_dir: str | Path,
    workers: int = 2,
    chunk_size: int | None = None,
    corpus_dir: str | Path = "corpus",
    seed: int = 0,
    corpus_kind: str = "realistic",
) -> dict:
    """Time the streaming Parquet export (:mod:`analysis.streaming.export`) of ``n_articles`` synthetic articles
    into ``out_dir/parquet``; return the figures of :func:`run_benchmark` (stages: the chunks, then the corpus
    tables). Run it in its own process to compare its peak memory with the in-memory export's."""
    from .export import PARTIAL_DIR, _move_into_place
    from .streaming.export import CHUNK_SIZE, StreamingExport, StudyInputs, chunk_parts, finish_processes
    from .study import BatchPool

    make = realistic_articles if corpus_kind == "realistic" else synthetic_articles
    seed_study = load_study(corpus_dir)
    articles = make(seed_study, n_articles, seed=seed)
    megabytes = articles["raw"].str.len().sum() / 1e6
    floor = raw_floor_seconds(articles["raw"])
    texts = tempfile.TemporaryDirectory(prefix="bench-texts-")
    # The pages go to files read chunk by chunk, as export_streaming reads a corpus: held in the client's frame
    # they were 5.2 kB per article (26 MB at 5,000, about 0.5 GB at 100,000), which the export never holds.
    articles = _pages_to_files(articles, Path(texts.name))
    release_freed_memory()
    chunk_size = chunk_size or CHUNK_SIZE
    inputs = StudyInputs(codebooks=seed_study.codebooks)
    out = Path(out_dir) / "parquet"
    partial = out / PARTIAL_DIR
    timings: list[tuple[str, float, float]] = []
    with ResourceMonitor() as monitor:
        streaming = StreamingExport(partial)

        def stream() -> None:
            # The export's own loop (export_articles): chunk k+1 runs in the workers while chunk k is merged.
            with BatchPool(workers, "processes", None) as pool:
                stop = streaming.vocabulary.stop
                for k, part in enumerate(chunk_parts(articles, chunk_size, inputs, pool, stop, Path(texts.name))):
                    start = time.perf_counter()
                    streaming.add(part)
                    del part
                    release_freed_memory()
                    merged = time.perf_counter()
                    since = merged - monitor.started
                    print(
                        f"batch {k}: merged in {merged - start:.1f} s, {since:.0f} s into the run",
                        file=sys.stderr,
                        flush=True,
                    )

        _timed(timings, "chunks (workers) merged (client), pipelined", stream)

        def finish() -> tuple:
            # Forked table groups, waited for within the stage, so the stage's CPU counts them.
            return streaming.finish(finish_processes(workers))

        written, rows = _timed(timings, "corpus tables, close parts", finish)
        paths = _move_into_place(written, rows, out, partial)
    texts.cleanup()
    vocabulary_size = len(streaming.vocabulary.term_ids)
    return {
        "scattertext": None,
        "articles": n_articles,
        "corpus_kind": corpus_kind,
        "workers": workers,
        "words": int(streaming.vocabulary.words()),
        "vocabulary": vocabulary_size,
        "megabytes": megabytes,
        "stages": timings,
        "writing": {"parquet (streamed, included above)": ([], sum(path.stat().st_size for path in paths))},
        "floor_seconds": floor,
        "floor_text": "the raw pages (no body text is kept whole when streaming)",
        "group_peaks_mb": streaming.group_peaks_mb,
        "fork_mb": streaming.fork_mb,
        **monitor.figures(),
    }


def _pages_to_files(articles: pd.DataFrame, folder: Path) -> pd.DataFrame:
    """Write each article's ``raw`` page to ``folder``/its ``file`` (UTF-8 bytes, read back unchanged by
    :func:`analysis.corpus._read_raw`); return the articles without ``raw``."""
    for name, raw in zip(articles["file"], articles["raw"], strict=True):
        (folder / name).write_bytes(raw.encode("utf-8"))
    return articles.drop(columns="raw")


def _export_totals(figures: dict) -> list[tuple[str, float, float]]:
    """Return (label, wall, CPU seconds) of the whole export with each writer (or without writing)."""
    wall = sum(t[1] for t in figures["stages"])
    cpu = sum(t[2] for t in figures["stages"])
    totals = [("export, tables not written", wall, cpu)]
    for fmt, (timings, _) in figures["writing"].items():
        totals.append((f"export writing {fmt}", wall + sum(t[1] for t in timings), cpu + sum(t[2] for t in timings)))
    return totals


def format_report(figures: dict) -> str:
    """Return the benchmark figures as a plain-text table."""
    lines = [
        f"articles: {figures['articles']:,} ({figures['corpus_kind']})  words: {figures['words']:,}  "
        f"vocabulary: {figures['vocabulary']:,} terms  text: {figures['megabytes']:.1f} MB  "
        f"workers: {figures['workers']}",
        f"{'stage':<40}{'seconds':>10}{'cores busy':>12}",
    ]
    rows = list(figures["stages"]) + [
        (f"write {fmt} (every table)", sum(t[1] for t in timings), sum(t[2] for t in timings))
        for fmt, (timings, _) in figures["writing"].items()
    ]
    lines += [f"{name:<40}{wall:>10.2f}{cpu / max(wall, 1e-9):>12.2f}" for name, wall, cpu in rows]
    floor = max(figures["floor_seconds"], 1e-9)
    for label, wall, cpu in _export_totals(figures):
        lines.append(
            f"{label:<40}{wall:>10.2f}{cpu / max(wall, 1e-9):>12.2f}   "
            f"{figures['articles'] / wall:,.0f} articles/s, {figures['megabytes'] / wall:.2f} MB/s, "
            f"{wall / floor:,.0f}x the floor"
        )
    for fmt, (_, size) in figures["writing"].items():
        lines.append(
            f"output {fmt}: {size / 1e6:,.1f} MB ({size / 1e6 / max(figures['megabytes'], 1e-9):.1f}x the text)"
        )
    workers = ", ".join(f"{peak:,.0f}" for peak in figures["worker_peaks_mb"][:8]) or "none"
    lines += [
        f"floor (one re.findall pass over {figures.get('floor_text', 'the body text')}): "
        f"{figures['floor_seconds']:.3f} s",
        f"whole run: {figures['wall_seconds']:.1f} s wall, {figures['cpu_seconds']:.1f} s CPU "
        f"(all processes; {figures['client_cpu_seconds']:.1f} s of them this process), "
        f"{figures['cores_busy']:.2f} cores busy on average",
        f"peak RSS: this process {figures['client_peak_mb']:,.0f} MB; other processes (largest first) {workers} MB; "
        f"all processes at once {figures['peak_total_mb']:,.0f} MB (sampled every 0.2 s)",
    ]
    groups = {name: peak for name, peak in figures.get("group_peaks_mb", {}).items() if peak is not None}
    if groups:
        peaks = ", ".join(f"{name} {peak:,.0f}" for name, peak in groups.items())
        lines.append(f"peak RSS of the final stage's forked groups (shared pages included): {peaks} MB")
        fork = figures.get("fork_mb")
        if fork is not None:
            own = ", ".join(f"{name} {peak - fork:,.0f}" for name, peak in groups.items())
            lines.append(f"this process at the fork {fork:,.0f} MB; each group's own (peak minus that): {own} MB")
    return "\n".join(lines + _scattertext_lines(figures.get("scattertext")))


def _scattertext_lines(reference: dict | None) -> list[str]:
    """Return the report lines of the Scattertext comparison (none when it was not run)."""
    if not reference:
        return []
    scattertext_seconds = reference["scattertext_seconds"]
    from_text_ratio = scattertext_seconds / max(reference["ours_from_text_seconds"], 1e-9)
    from_tokens_ratio = scattertext_seconds / max(reference["ours_seconds"], 1e-9)
    cpu_ratio = reference["scattertext_cpu_seconds"] / max(reference["ours_from_text_cpu_seconds"], 1e-9)
    return [
        f"Scattertext corpus build + log-odds z (every outlet vs rest, one process): {scattertext_seconds:.2f} s "
        f"({reference['scattertext_cpu_seconds']:.2f} s CPU)",
        "ours on the same body text, one process (tokens + term counts + the same comparison): "
        f"{reference['ours_from_text_seconds']:.2f} s ({reference['ours_from_text_cpu_seconds']:.2f} s CPU); "
        f"Scattertext/ours: {from_text_ratio:.1f}x wall, {cpu_ratio:.1f}x CPU",
        "ours from the study's token table (term counts + the same comparison): "
        f"{reference['ours_seconds']:.2f} s ({reference['ours_cpu_seconds']:.2f} s CPU); "
        f"Scattertext/ours: {from_tokens_ratio:.1f}x",
        "agreement on Scattertext's own counts: our log-odds with Scattertext's variance reproduce its z to "
        f"{reference['max_delta_difference']:.1e}; our z differs from its by up to "
        f"{reference['max_z_difference']:.2f}, because Scattertext's variance adds 1/(n - y) terms "
        "to Monroe et al.'s eq. 20, which we implement",
    ]
