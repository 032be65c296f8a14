"""Measure the per-article pass (issue 18) in one process: CPU seconds per 1,000 articles, a profile, and an
identity hash of every per-article result.

The per-article pass is what a worker of the streaming export runs on a batch of articles,
:func:`analysis.streaming.export.measure_part` (segmentation, line labelling, attributions, speaker
resolution, token records, per-article framing and vocabulary rows). Here it runs on N realistic bench
articles (:func:`analysis.bench_corpus.realistic_articles`, seed 0), generated once and kept in a pickle
under ``--cache``, in batches of ``--batch`` articles as a worker gets them.

``time``: each repeat runs in a fresh interpreter (so caches filled by one repeat cannot speed up the next,
as they could not in a worker that sees each article once), after a warm-up batch of other articles (the
imports and lazily loaded word lists, paid once per worker); prints the best and every repeat.
``profile``: one fresh run under cProfile, the top 30 by cumulative and by own time.
``sample``: one fresh run sampled (the stack every 2 ms of CPU time), the top 30 functions by inclusive and
own share of the samples: cProfile's per-call overhead inflates small Python functions about fourfold.
``hash``: the SHA-256 of every batch's result (its study's frames, its Arrow tables, its counts and rates,
its failures), per component and in total; ``--pages DIR`` hashes the ``*.txt`` pages of DIR read as
articles (one article per page, as ``analysis evaluate`` reads them) instead of the bench articles.

    PYTHONPATH=$PWD python benchmarks/per_article_pass.py time --n 500
    PYTHONPATH=$PWD python benchmarks/per_article_pass.py profile --n 500
    PYTHONPATH=$PWD python benchmarks/per_article_pass.py hash --n 500
    PYTHONPATH=$PWD python benchmarks/per_article_pass.py hash --pages tests/gold/pages/dev
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import pickle
import pstats
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd
import pyarrow as pa

WARM_UP = 20  # articles run before the timed ones (generated with another seed)


def bench_articles(n: int, seed: int, cache: Path) -> pd.DataFrame:
    """Return ``n`` realistic bench articles of ``seed``, generated once and then read from ``cache``."""
    path = cache / f"articles_{n}_{seed}.pickle"
    if path.exists():
        return pd.read_pickle(path)
    from analysis.bench_corpus import realistic_articles
    from analysis.study import load_study

    articles = realistic_articles(load_study("corpus"), n, seed=seed)
    cache.mkdir(parents=True, exist_ok=True)
    articles.to_pickle(path)
    return articles


def page_articles(folder: Path) -> pd.DataFrame:
    """Return every ``*.txt`` page of ``folder`` as an article (metadata invented, the file's text as raw)."""
    from analysis.corpus import METADATA_COLUMNS

    rows = []
    for k, path in enumerate(sorted(folder.glob("*.txt"))):
        row = dict.fromkeys(METADATA_COLUMNS, "")
        row.update(article_id=path.stem, outlet=f"Outlet {k % 5 + 1}", language="en", publication_date="2024-01-01")
        row.update(raw=path.read_text(encoding="utf-8"))
        rows.append(row)
    return pd.DataFrame(rows)


def batches(articles: pd.DataFrame, size: int) -> list[pd.DataFrame]:
    """Return ``articles`` cut into consecutive batches of ``size`` (index reset, as a worker gets them)."""
    return [articles.iloc[k : k + size].reset_index(drop=True) for k in range(0, len(articles), size)]


def run_pass(articles: pd.DataFrame, size: int) -> list:
    """Run the per-article pass on ``articles`` in batches of ``size``; return the batches' results."""
    from analysis.lexicon import PACKAGE_CODEBOOKS
    from analysis.streaming.export import StudyInputs, measure_part
    from analysis.vocabulary.terms import load_stopwords

    inputs = StudyInputs(codebooks=PACKAGE_CODEBOOKS)
    stop = frozenset(load_stopwords())
    return [measure_part(batch, inputs, stop) for batch in batches(articles, size)]


def _frame_bytes(frame) -> bytes:
    """Return a stable byte form of a frame or Arrow table: its IPC stream (schema and values)."""
    if frame is None:
        return b"None"
    table = frame if isinstance(frame, pa.Table) else pa.Table.from_pandas(frame, preserve_index=True)
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def _digest(value) -> bytes:
    """Return a stable byte form of a part's component (frames by value, other objects pickled)."""
    if isinstance(value, pd.DataFrame | pa.Table):
        return _frame_bytes(value)
    if isinstance(value, dict):
        return b"".join(repr(key).encode() + _digest(item) for key, item in value.items())
    if isinstance(value, list | tuple):
        return b"".join(_digest(item) for item in value)
    return pickle.dumps(value, protocol=5)


def part_hashes(parts: list) -> dict[str, str]:
    """Return the SHA-256 of each component of the batches' results and of all of them (``total``)."""
    hashes: dict[str, hashlib._Hash] = {}
    for part in parts:
        study = {name: getattr(part.study, name) for name in part.study.__dataclass_fields__}
        components = {f"study.{name}": value for name, value in study.items()}
        components |= {f"table.{name}": value for name, value in part.tables.items()}
        components |= {"counts": part.counts, "rates": part.rates, "failures": part.failures}
        for name, value in components.items():
            hashes.setdefault(name, hashlib.sha256()).update(_digest(value))
    result = {name: h.hexdigest()[:16] for name, h in sorted(hashes.items())}
    result["total"] = hashlib.sha256("".join(result.values()).encode()).hexdigest()[:16]
    return result


def timed_once(args: argparse.Namespace) -> float:
    """Run the pass once after a warm-up; return its CPU seconds."""
    run_pass(bench_articles(WARM_UP, args.seed + 1, args.cache), args.batch)
    articles = bench_articles(args.n, args.seed, args.cache)
    start = time.process_time()
    run_pass(articles, args.batch)
    return time.process_time() - start


def command_time(args: argparse.Namespace) -> None:
    """Print the best of ``--repeat`` fresh runs' CPU seconds per 1,000 articles, and every run's."""
    bench_articles(args.n, args.seed, args.cache)
    bench_articles(WARM_UP, args.seed + 1, args.cache)
    runs = []
    for _ in range(args.repeat):
        command = [sys.executable, __file__, "once", *_common(args)]
        runs.append(float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1]))
    per_1000 = [seconds * 1000 / args.n for seconds in runs]
    print(f"CPU s per 1,000 articles: best {min(per_1000):.2f}; runs " + ", ".join(f"{s:.2f}" for s in per_1000))


def _common(args: argparse.Namespace) -> list[str]:
    return ["--n", str(args.n), "--seed", str(args.seed), "--batch", str(args.batch), "--cache", str(args.cache)]


def command_profile(args: argparse.Namespace) -> None:
    """Print the top 30 of one profiled run by cumulative and by own time."""
    run_pass(bench_articles(WARM_UP, args.seed + 1, args.cache), args.batch)
    articles = bench_articles(args.n, args.seed, args.cache)
    profiler = cProfile.Profile()
    profiler.runcall(run_pass, articles, args.batch)
    if args.save:
        profiler.dump_stats(args.save)
    for order in ("cumulative", "tottime"):
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.strip_dirs().sort_stats(order).print_stats(args.top)


class Sampler:
    """Every ``interval`` CPU seconds of this process (``ITIMER_PROF``), the stack the main thread is at: counts
    per function, inclusive (anywhere on the stack) and own (innermost frame). Free of cProfile's per-call
    overhead, which inflates small Python functions about fourfold; and of a sampling thread's bias towards
    the C calls that release the GIL (numpy, Arrow)."""

    def __init__(self, interval: float = 0.002) -> None:
        self.inclusive: Counter = Counter()
        self.own: Counter = Counter()
        self.samples = 0
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, interval, interval)

    def _sample(self, signum: int, frame) -> None:
        names = []
        while frame is not None:
            code = frame.f_code
            names.append(f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_firstlineno}({code.co_name})")
            frame = frame.f_back
        if names:
            self.samples += 1
            self.own[names[0]] += 1
            self.inclusive.update(set(names))

    def report(self, top: int) -> None:
        """Stop and print the top functions by inclusive and by own share of the samples."""
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        for title, counter in (("inclusive", self.inclusive), ("own", self.own)):
            print(f"sampled, {title} ({self.samples} samples)")
            for name, count in counter.most_common(top):
                print(f"  {100 * count / self.samples:5.1f} %  {name}")


def command_sample(args: argparse.Namespace) -> None:
    """Print the sampled shares of one run's functions (:class:`Sampler`)."""
    run_pass(bench_articles(WARM_UP, args.seed + 1, args.cache), args.batch)
    articles = bench_articles(args.n, args.seed, args.cache)
    sampler = Sampler()
    run_pass(articles, args.batch)
    sampler.report(args.top)


def command_hash(args: argparse.Namespace) -> None:
    """Print the identity hashes of the pass's results on the bench articles or on ``--pages``."""
    articles = page_articles(Path(args.pages)) if args.pages else bench_articles(args.n, args.seed, args.cache)
    for name, digest in part_hashes(run_pass(articles, args.batch)).items():
        print(f"{digest}  {name}")


COMMANDS = {"time": command_time, "profile": command_profile, "sample": command_sample, "hash": command_hash}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["time", "once", "profile", "sample", "hash"])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/speed16_pass"))
    parser.add_argument("--pages", default=None)
    parser.add_argument("--save", default=None, help="profile: also write the raw stats here")
    args = parser.parse_args()
    if args.command == "once":
        print(timed_once(args))
    else:
        COMMANDS[args.command](args)


if __name__ == "__main__":
    main()
