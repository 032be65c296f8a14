"""Benchmark of reuse detection at scale, with planted reuse as the truth (issue 15, item 6).

``python -m analysis bench-reuse --articles 10000`` generates synthetic articles of invented words
(a Zipf-like vocabulary, so common words and stock runs recur as in news text), plants reuse in a
share of them and times the detection (:func:`analysis.reuse.detection_tables`: shingles, blocking,
alignment, the ``reuse``, ``reuse_articles`` and ``reuse_differences`` tables) at a tenth, half and
all of the articles, each in a fresh process so its peak memory is its own. The planted kinds:

- ``verbatim``: the copy is a new first paragraph and the whole source (a wholly derived reprint);
- ``partial``: the copy's own paragraphs with one or two of the source's inserted;
- ``rewritten``: the whole source with labels changed (about one word in ``REWRITE_EVERY`` replaced)
  and a new first paragraph;
- ``reordered``: the source's paragraphs in another order, after a new first paragraph.

Truth: a **planted pair** is a source and its copy (published 1 to 3 days later, another outlet).
Two copies of one source that share a source paragraph share text too (neither copied the other,
issue 15's "shared sources"): a found pair of them is correct, not a false alarm, but only the
planted pairs are counted in recall. Precision = found pairs that are planted or such siblings /
found pairs; recall = planted pairs found / planted pairs, also per kind. A pair is found when the
``reuse`` table has a row for it.
"""

from __future__ import annotations

import json
import random
import resource
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..study import Study
from ..text import text_frames, text_records

PLANT_KINDS = ("verbatim", "partial", "rewritten", "reordered")
# Share of articles that are copies of an earlier one.
COPY_SHARE = 0.3
# A rewritten copy replaces about one word in this many (a label here, a verb there).
REWRITE_EVERY = 12
# Distinct invented words and the Zipf exponent of their frequencies (news text: about 1).
VOCABULARY_SIZE = 30_000
ZIPF_EXPONENT = 1.05
OUTLETS = 20
SYLLABLES = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]


@dataclass(frozen=True)
class SyntheticCorpus:
    """Synthetic articles (article_id, outlet, publication_date, text) and the planted truth.

    ``planted``: (source, copy) article_id pairs with their kind; ``paragraphs``: per article, the
    (source, paragraph) pairs of text it holds, from which sibling copies are known.
    """

    articles: pd.DataFrame
    planted: dict[tuple[str, str], str]
    paragraphs: dict[str, set[tuple[str, int]]]


def _vocabulary(rng: random.Random) -> list[str]:
    """Return ``VOCABULARY_SIZE`` distinct invented words of 2 to 4 syllables."""
    words: set[str] = set()
    while len(words) < VOCABULARY_SIZE:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class _Writer:
    """Invented sentences and paragraphs, drawn from the Zipf-like vocabulary."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = np.array(_vocabulary(self.rng), dtype=object)
        weights = 1.0 / np.arange(1, len(self.words) + 1) ** ZIPF_EXPONENT
        self.cumulative = np.cumsum(weights / weights.sum())
        self.np_rng = np.random.default_rng(seed)

    def draw(self, count: int) -> list[str]:
        positions = np.searchsorted(self.cumulative, self.np_rng.random(count), side="right")
        return self.words[np.minimum(positions, len(self.words) - 1)].tolist()

    def paragraph(self) -> str:
        sentences = []
        for _ in range(self.rng.randint(2, 4)):
            words = self.draw(self.rng.randint(8, 20))
            sentences.append(" ".join(words).capitalize() + ".")
        return " ".join(sentences)

    def rewrite(self, paragraph: str) -> str:
        """Return ``paragraph`` with about one word in ``REWRITE_EVERY`` replaced by another word."""
        words = paragraph.split(" ")
        for k in range(self.rng.randrange(REWRITE_EVERY), len(words), REWRITE_EVERY):
            ending = "." if words[k].endswith(".") else ""
            words[k] = self.draw(1)[0] + ending
        return " ".join(words)


def _copy(writer: _Writer, kind: str, source: list[str]) -> tuple[list[str], list[int]]:
    """Return a copy's paragraphs of ``kind`` made from ``source``'s, and which source paragraphs it holds."""
    rng = writer.rng
    own = [writer.paragraph()]
    if kind == "verbatim":
        return own + source, list(range(len(source)))
    if kind == "rewritten":
        return own + [writer.rewrite(p) for p in source], list(range(len(source)))
    if kind == "reordered":
        order = list(range(len(source)))
        while order == sorted(order):
            rng.shuffle(order)
        return own + [source[k] for k in order], order
    kept = sorted(rng.sample(range(len(source)), rng.randint(1, 2)))
    paragraphs = own + [writer.paragraph() for _ in range(rng.randint(2, 3))]
    for k in kept:
        paragraphs.insert(rng.randint(1, len(paragraphs)), source[k])
    return paragraphs, kept


def synthetic_corpus(n_articles: int, seed: int = 0) -> SyntheticCorpus:
    """Return ``n_articles`` synthetic articles, about ``COPY_SHARE`` of them planted copies (deterministic)."""
    writer = _Writer(seed)
    rng = writer.rng
    rows, planted, held, originals = [], {}, {}, []
    for i in range(n_articles):
        article_id, outlet = f"r{i:06d}", f"Outlet {rng.randrange(OUTLETS) + 1:02d}"
        if originals and rng.random() < COPY_SHARE:
            source_id, source_outlet, source_day, source = rng.choice(originals)
            while outlet == source_outlet:
                outlet = f"Outlet {rng.randrange(OUTLETS) + 1:02d}"
            kind = rng.choice(PLANT_KINDS)
            paragraphs, kept = _copy(writer, kind, source)
            day = source_day + rng.randint(1, 3)
            planted[(source_id, article_id)] = kind
            held[article_id] = {(source_id, k) for k in kept}
        else:
            paragraphs = [writer.paragraph() for _ in range(rng.randint(4, 7))]
            day = rng.randrange(365)
            originals.append((article_id, outlet, day, paragraphs))
            held[article_id] = {(article_id, k) for k in range(len(paragraphs))}
        date = (pd.Timestamp("2024-01-01") + pd.Timedelta(days=day)).strftime("%Y-%m-%d")
        rows.append((article_id, outlet, date, "\n\n".join(paragraphs) + "\n"))
    articles = pd.DataFrame(rows, columns=["article_id", "outlet", "publication_date", "text"])
    return SyntheticCorpus(articles, planted, held)


def true_pairs(corpus: SyntheticCorpus) -> set[tuple[str, str]]:
    """Return every pair (a < b) of articles of different outlets holding a common source paragraph."""
    outlet = dict(zip(corpus.articles["article_id"], corpus.articles["outlet"], strict=True))
    holders: dict[tuple[str, int], list[str]] = {}
    for article_id, paragraphs in corpus.paragraphs.items():
        for paragraph in paragraphs:
            holders.setdefault(paragraph, []).append(article_id)
    pairs = set()
    for group in holders.values():
        for k, a in enumerate(group):
            pairs.update((min(a, b), max(a, b)) for b in group[k + 1 :] if outlet[a] != outlet[b])
    return pairs


def _text_layer(batch: list[tuple[str, str]]) -> dict[str, pd.DataFrame]:
    """Return the sentences, tokens and quotes of already clean texts (the whole text is body)."""
    records: dict[str, list] = {"sentences": [], "tokens": [], "quotes": []}
    for article_id, text in batch:
        for name, rows in text_records(article_id, text, [(0, 0, len(text))]).items():
            records[name].extend(rows)
    return text_frames(records)


def corpus_study(corpus: SyntheticCorpus, workers: int = 2) -> Study:
    """Return the :class:`Study` of a synthetic corpus: the text layer only (what reuse detection reads)."""
    items = list(zip(corpus.articles["article_id"], corpus.articles["text"], strict=True))
    if workers <= 1:
        parts = [_text_layer(items)]
    else:
        size = -(-len(items) // (workers * 4))
        with ProcessPoolExecutor(max_workers=workers) as pool:
            parts = list(pool.map(_text_layer, [items[k : k + size] for k in range(0, len(items), size)]))
    frames = {name: pd.concat([part[name] for part in parts], ignore_index=True) for name in parts[0]}
    articles = corpus.articles[["article_id", "outlet", "publication_date"]].assign(role="primary")
    segments = pd.DataFrame({
        "article_id": articles["article_id"], "segment_id": 0, "kind": "body", "start": 0,
        "end": corpus.articles["text"].str.len(),
    })  # fmt: skip
    raw = dict(items)
    return Study(articles=articles, raw=raw, segments=segments, **frames)


def _rss_mb() -> float:
    """Return this process's resident memory now, in MB (Linux; 0 where /proc is missing)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * resource.getpagesize() / 1e6
    except OSError:
        return 0.0


def score(corpus: SyntheticCorpus, reuse: pd.DataFrame) -> dict:
    """Return precision and recall of the found pairs against the planted truth (the module docstring)."""
    found = {(min(a, b), max(a, b)) for a, b in zip(reuse["article_id"], reuse["other_article_id"], strict=True)}
    planted = {(min(a, b), max(a, b)): kind for (a, b), kind in corpus.planted.items()}
    correct = found & (true_pairs(corpus) | set(planted))
    by_kind = {}
    for kind in PLANT_KINDS:
        pairs = {pair for pair, k in planted.items() if k == kind}
        by_kind[kind] = len(pairs & found) / len(pairs) if pairs else float("nan")
    return {
        "planted_pairs": len(planted),
        "found_pairs": len(found),
        "precision": len(correct) / len(found) if found else 1.0,
        "recall": len(found & set(planted)) / len(planted) if planted else 1.0,
        "recall_by_kind": by_kind,
    }


def run_once(n_articles: int, workers: int = 2, seed: int = 0) -> dict:
    """Generate, build and detect once in this process; return the figures (seconds, MB, precision, recall)."""
    from .summaries import detection_tables

    started = time.perf_counter()
    corpus = synthetic_corpus(n_articles, seed)
    generated = time.perf_counter()
    study = corpus_study(corpus, workers)
    built = time.perf_counter()
    before, cpu = _rss_mb(), time.process_time()
    tables = detection_tables(study)
    detected, cpu = time.perf_counter(), time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (1 if sys.platform == "darwin" else 1024) / 1e6
    return {
        "articles": n_articles,
        "words": int(study.tokens["is_word"].sum()),
        "generate_seconds": generated - started,
        "text_layer_seconds": built - generated,
        "detect_seconds": detected - built,
        "detect_cpu_seconds": cpu,
        "rss_before_detect_mb": before,
        "peak_rss_mb": peak,
        "passages": len(tables["reuse"]) // 2,
        **score(corpus, tables["reuse"]),
    }


def run_benchmark(n_articles: int, workers: int = 2, seed: int = 0) -> list[dict]:
    """Return the figures of :func:`run_once` at a tenth, half and all of ``n_articles``, each in a fresh process."""
    sizes = sorted({max(1, n_articles // 10), max(1, n_articles // 2), n_articles})
    figures = []
    for size in sizes:
        command = [sys.executable, "-m", "analysis.reuse.bench", str(size), str(workers), str(seed)]
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        figures.append(json.loads(result.stdout.strip().splitlines()[-1]))
    return figures


def format_report(figures: list[dict]) -> str:
    """Return the benchmark figures as a plain-text table, one line per corpus size."""
    header = (
        f"{'articles':>9}{'words':>12}{'text layer s':>14}{'detect s':>10}{'CPU s':>8}{'CPU s/1k':>10}"
        f"{'RSS MB before':>15}{'peak MB':>9}{'planted':>9}{'found':>8}{'precision':>11}{'recall':>8}"
    )
    lines = [header]
    for f in figures:
        lines.append(
            f"{f['articles']:>9,}{f['words']:>12,}{f['text_layer_seconds']:>14.1f}{f['detect_seconds']:>10.1f}"
            f"{f['detect_cpu_seconds']:>8.1f}{1000 * f['detect_cpu_seconds'] / f['articles']:>10.2f}"
            f"{f['rss_before_detect_mb']:>15,.0f}"
            f"{f['peak_rss_mb']:>9,.0f}{f['planted_pairs']:>9,}{f['found_pairs']:>8,}"
            f"{f['precision']:>11.3f}{f['recall']:>8.3f}"
        )
    lines.append("recall by planted kind: " + "; ".join(
        f"{f['articles']:,}: " + ", ".join(f"{k} {v:.3f}" for k, v in f["recall_by_kind"].items()) for f in figures
    ))  # fmt: skip
    lines.append(
        "detect = shingles, blocking, alignment and the reuse, reuse_articles, reuse_differences tables "
        "(one process; wall and CPU seconds: on a shared machine CPU seconds show the cost); the text layer "
        "(sentences, tokens) is built once beforehand on the workers and is not part of detection; peak MB is "
        "the detecting process's, with its study."
    )
    return "\n".join(lines)


if __name__ == "__main__":
    print(json.dumps(run_once(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
