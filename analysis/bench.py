"""Benchmark: time every stage of the export on a synthetic corpus of N articles.

The synthetic corpus is deterministic (seeded) and made from the real
corpus's body sentences, recombined into new pages with the same kinds of
noise (headline repeated, dateline, photo caption, footer), so every stage
has real work: quotes, attributions, actor labels. Two references are timed
on the same text: the floor (one regular-expression tokenising pass over the
body text) and, when installed in its own environment, Scattertext.
"""

from __future__ import annotations

import gc
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from . import vocabulary
from .corpus import METADATA_COLUMNS
from .export import ANALYSIS_MODULES, base_tables, write_tables
from .study import Study, build_study, load_study, release_freed_memory
from .text import text_frames, text_records

FOOTERS = [
    "Add a Comment\n\nYour email address will not be published. Required fields are marked *",
    "Share this article",
    "All rights reserved",
]
DATELINES = ["ANKARA: ", "MOSCOW: ", "BEIRUT (Reuters) — ", "DAMASCUS: ", ""]
FLOOR_PATTERN = re.compile(r"\w+")


def synthetic_articles(
    source: Study, n_articles: int, n_outlets: int = 5, seed: int = 0, sentences_per_article: int = 24
) -> pd.DataFrame:
    """Return ``n_articles`` invented pages (metadata columns + ``raw``) built from ``source``'s body sentences."""
    rng = random.Random(seed)
    sentences = sorted(source.sentences["text"].str.replace("\n", " ", regex=False))
    headlines = sorted(source.articles.loc[source.articles["headline"] != "", "headline"]) or ["A headline"]
    rows = []
    for i in range(n_articles):
        outlet = f"Outlet {i % n_outlets + 1}"
        chosen = [rng.choice(sentences) for _ in range(sentences_per_article)]
        paragraphs = [" ".join(chosen[j : j + rng.randint(1, 3)]) for j in range(0, len(chosen), 2)]
        headline = rng.choice(headlines)
        page = [headline, headline, rng.choice(DATELINES) + paragraphs[0]]
        page += (
            paragraphs[1:3] + ["A photo of the scene on the day. (AFP photo)"] + paragraphs[3:] + [rng.choice(FOOTERS)]
        )
        row = {column: "" for column in METADATA_COLUMNS}
        row.update(
            article_id=f"synthetic_{i:06d}",
            file=f"synthetic_{i:06d}.txt",
            outlet=outlet,
            outlet_confidence="named",
            language="en",
        )
        rows.append({**row, "raw": "\n\n".join(page) + "\n"})
    return pd.DataFrame(rows)


def peak_rss_mb() -> float:
    """Return the peak resident memory of this process and its finished children, in MB."""
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale
    return max(own, children) / 1e6


def _timed(timings: list[tuple[str, float]], name: str, work: Callable):
    gc.collect()
    start = time.perf_counter()
    result = work()
    timings.append((name, time.perf_counter() - start))
    return result


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
    start = time.perf_counter()
    vocabulary.keyness(vocabulary.term_tokens(study), voices=("all",), modes=("one_vs_rest",))
    ours = time.perf_counter() - start
    start = time.perf_counter()
    vocabulary.keyness(vocabulary.term_tokens(text_layer_study(body)), voices=("all",), modes=("one_vs_rest",))
    ours_from_text = time.perf_counter() - start
    deltas, z_gaps = [], []
    for _, group in reference.groupby("outlet"):
        y_i, y_j = group["y_i"].to_numpy(dtype=float), group["y_j"].to_numpy(dtype=float)
        alpha = np.full(len(group), SCATTERTEXT_ALPHA)
        delta, sigma, z = vocabulary.log_odds_dirichlet(y_i, y_j, alpha)
        # Scattertext's variance: ours plus the complementary terms 1/(n + a0 - y - a).
        extra = 1 / (y_i.sum() + alpha.sum() - y_i - alpha) + 1 / (y_j.sum() + alpha.sum() - y_j - alpha)
        their_z = group["z"].to_numpy(dtype=float)
        deltas.append(np.abs(delta / np.sqrt(sigma**2 + extra) - their_z).max())
        z_gaps.append(np.abs(z - their_z).max())
    return {
        "scattertext_seconds": timings["build_seconds"] + timings["score_seconds"],
        "ours_seconds": ours,
        "ours_from_text_seconds": ours_from_text,
        "max_delta_difference": float(max(deltas)),
        "max_z_difference": float(max(z_gaps)),
    }


def run_benchmark(
    n_articles: int,
    workers: int = 2,
    corpus_dir: str | Path = "corpus",
    out_dir: str | Path | None = None,
    seed: int = 0,
    scattertext_python: str | None = None,
) -> dict:
    """Time each export stage on ``n_articles`` synthetic articles; return the figures."""
    seed_study = load_study(corpus_dir)
    articles = synthetic_articles(seed_study, n_articles, seed=seed)
    megabytes = articles["raw"].str.len().sum() / 1e6
    timings: list[tuple[str, float]] = []
    # build_study also finds the attributions and assigns the three voices (analysis.voices).
    stage = "text layer, attributions, voices"
    # The synthetic sentences are the seed study's, so they are read with its codebooks.
    study = _timed(timings, stage, lambda: build_study(articles, workers=workers, codebooks=seed_study.codebooks))
    writing: list[tuple[str, float]] = []
    # The exporter's order: the foundation tables (already built), then each module's.
    stages = [(None, lambda: base_tables(study))] + [
        (module.__name__.rsplit(".", 1)[-1], lambda module=module: module.tables(study)) for module in ANALYSIS_MODULES
    ]
    for name, compute in stages:
        tables = _timed(timings, name, compute) if name else compute()
        if out_dir is not None:
            _timed(writing, "write CSV", lambda tables=tables: write_tables(tables, out_dir))
        del tables  # as the exporter does: one module's tables in memory at a time
        release_freed_memory()
    if writing:
        timings.append(("write CSV", sum(seconds for _, seconds in writing)))
    total = sum(seconds for _, seconds in timings)
    peak = peak_rss_mb()  # before the references, which hold data of their own
    words = int(study.tokens["is_word"].sum())
    reference = scattertext_reference(study, scattertext_python) if scattertext_python else None
    return {
        "scattertext": reference,
        "articles": n_articles,
        "workers": workers,
        "words": words,
        "megabytes": megabytes,
        "stages": timings,
        "total_seconds": total,
        "articles_per_second": n_articles / total,
        "megabytes_per_second": megabytes / total,
        "floor_seconds": floor_seconds(study),
        "peak_rss_mb": peak,
    }


def format_report(figures: dict) -> str:
    """Return the benchmark figures as a plain-text table."""
    lines = [
        f"articles: {figures['articles']:,}  words: {figures['words']:,}  "
        f"text: {figures['megabytes']:.1f} MB  workers: {figures['workers']}",
        f"{'stage':<40}{'seconds':>10}{'share':>8}",
    ]
    for name, seconds in figures["stages"]:
        lines.append(f"{name:<40}{seconds:>10.2f}{seconds / figures['total_seconds']:>8.0%}")
    lines += [
        f"{'total':<40}{figures['total_seconds']:>10.2f}",
        f"throughput: {figures['articles_per_second']:,.0f} articles/s, {figures['megabytes_per_second']:.2f} MB/s",
        f"floor (one re.findall pass): {figures['floor_seconds']:.3f} s; "
        f"ratio total/floor: {figures['total_seconds'] / max(figures['floor_seconds'], 1e-9):,.0f}x",
        f"peak RSS during the stages: {figures['peak_rss_mb']:,.0f} MB "
        "(the largest of this process and any one worker)",
    ]
    reference = figures.get("scattertext")
    if reference:
        scattertext_seconds = reference["scattertext_seconds"]
        from_text_ratio = scattertext_seconds / max(reference["ours_from_text_seconds"], 1e-9)
        from_tokens_ratio = scattertext_seconds / max(reference["ours_seconds"], 1e-9)
        lines += [
            f"Scattertext corpus build + log-odds z (every outlet vs rest, one process): {scattertext_seconds:.2f} s",
            "ours on the same body text, one process (sentences, tokens, quotes + term counts + the same comparison): "
            f"{reference['ours_from_text_seconds']:.2f} s; Scattertext/ours: {from_text_ratio:.1f}x",
            "ours from the study's token table (term counts + the same comparison): "
            f"{reference['ours_seconds']:.2f} s; Scattertext/ours: {from_tokens_ratio:.1f}x",
            "agreement on Scattertext's own counts: our log-odds with Scattertext's variance reproduce its z to "
            f"{reference['max_delta_difference']:.1e}; our z differs from its by up to "
            f"{reference['max_z_difference']:.2f}, because Scattertext's variance adds 1/(n - y) terms "
            "to Monroe et al.'s eq. 20, which we implement",
        ]
    return "\n".join(lines)
