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
import random
import re
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from .corpus import METADATA_COLUMNS
from .export import ANALYSIS_MODULES, write_csv
from .study import Study, build_study, load_study

FOOTERS = ["Add a Comment\n\nYour email address will not be published. Required fields are marked *", "Share this article", "All rights reserved"]
DATELINES = ["ANKARA: ", "MOSCOW: ", "BEIRUT (Reuters) — ", "DAMASCUS: ", ""]
FLOOR_PATTERN = re.compile(r"\w+")


def synthetic_articles(source: Study, n_articles: int, n_outlets: int = 5, seed: int = 0, sentences_per_article: int = 24) -> pd.DataFrame:
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
        page += paragraphs[1:3] + ["A photo of the scene on the day. (AFP photo)"] + paragraphs[3:] + [rng.choice(FOOTERS)]
        row = {column: "" for column in METADATA_COLUMNS}
        row.update(article_id=f"synthetic_{i:06d}", file=f"synthetic_{i:06d}.txt", outlet=outlet, outlet_confidence="named", language="en")
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


def floor_seconds(study: Study) -> float:
    """Return the time of one ``re.findall`` word pass over all body text (the floor)."""
    text = "\n".join(study.sentences["text"])
    start = time.perf_counter()
    FLOOR_PATTERN.findall(text)
    return time.perf_counter() - start


def run_benchmark(n_articles: int, workers: int = 2, corpus_dir: str | Path = "corpus", out_dir: str | Path | None = None, seed: int = 0) -> dict:
    """Time each export stage on ``n_articles`` synthetic articles; return the figures."""
    articles = synthetic_articles(load_study(corpus_dir), n_articles, seed=seed)
    megabytes = articles["raw"].str.len().sum() / 1e6
    timings: list[tuple[str, float]] = []
    study = _timed(timings, "segments, sentences, tokens, quotes", lambda: build_study(articles, workers=workers))
    tables: dict[str, pd.DataFrame] = {}
    for module in ANALYSIS_MODULES:
        name = module.__name__.rsplit(".", 1)[-1]
        tables.update(_timed(timings, name, lambda module=module: module.tables(study)))
    if out_dir is not None:
        _timed(timings, "write CSV", lambda: [write_csv(frame, Path(out_dir) / f"{name}.csv") for name, frame in tables.items()])
    total = sum(seconds for _, seconds in timings)
    words = int(study.tokens["is_word"].sum())
    return {
        "articles": n_articles,
        "workers": workers,
        "words": words,
        "megabytes": megabytes,
        "stages": timings,
        "total_seconds": total,
        "articles_per_second": n_articles / total,
        "megabytes_per_second": megabytes / total,
        "floor_seconds": floor_seconds(study),
        "peak_rss_mb": peak_rss_mb(),
    }


def format_report(figures: dict) -> str:
    """Return the benchmark figures as a plain-text table."""
    lines = [
        f"articles: {figures['articles']:,}  words: {figures['words']:,}  text: {figures['megabytes']:.1f} MB  workers: {figures['workers']}",
        f"{'stage':<40}{'seconds':>10}{'share':>8}",
    ]
    for name, seconds in figures["stages"]:
        lines.append(f"{name:<40}{seconds:>10.2f}{seconds / figures['total_seconds']:>8.0%}")
    lines += [
        f"{'total':<40}{figures['total_seconds']:>10.2f}",
        f"throughput: {figures['articles_per_second']:,.0f} articles/s, {figures['megabytes_per_second']:.2f} MB/s",
        f"floor (one re.findall pass): {figures['floor_seconds']:.3f} s; ratio total/floor: {figures['total_seconds'] / max(figures['floor_seconds'], 1e-9):,.0f}x",
        f"peak RSS: {figures['peak_rss_mb']:,.0f} MB",
    ]
    return "\n".join(lines)
