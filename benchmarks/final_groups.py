"""Measure each final group of the streaming export on its own, from a saved chunk loop (issue 18).

``prepare N DIR``: run the streaming bench's chunk loop over N realistic bench articles (2 workers, chunks of
1,000), close the streamed tables and save the :class:`~analysis.streaming.export.StreamingExport` (its spills
stay under DIR) to ``DIR/export.pickle``. ``group NAME DIR [--trace]``: load it and run the final group NAME
(vocabulary, sourcing, rates, reuse) in this process, its tables written under DIR's partial folder; print
the group's wall and CPU seconds and its peak resident memory above the process's before it and, with
``--trace``, the allocation sites (tracemalloc, numpy and Python objects; Arrow's buffers are not traced) at the
traced peak; with ``--profile``, the functions of the most cumulative CPU (cProfile). ``growth DIR DIR2 [NAME
...]``: run each group (or the NAMEs) on both saved exports, each in a process of its own, and print its CPU
seconds and own memory at both sizes and their ratios (at a size twice the other, a ratio near 2 is linear:
issue 18's check that no final group grows faster than the articles).
"""

from __future__ import annotations

import cProfile
import json
import pickle
import pstats
import subprocess
import sys
import threading
import time
import tracemalloc
from pathlib import Path

from analysis.bench import _pages_to_files, realistic_articles
from analysis.bench_monitor import own_peak_mb
from analysis.export import PARTIAL_DIR
from analysis.streaming.export import StreamingExport, StudyInputs, chunk_parts
from analysis.streaming.finish import resident_mb, run_group
from analysis.study import BatchPool, load_study, release_freed_memory

GROUPS = {"vocabulary": "_write_vocabulary", "sourcing": "_write_sourcing", "rates": "_write_rates"}
GROUPS["reuse"] = "_write_whole_corpus"
# The modules a group's memory is charged to (the innermost at work in a sample), besides "other".
PHASES = [f"streaming/{name}.py" for name in ("phrases", "collocations", "vocabulary", "sourcing_group", "reuse")]
PHASES += ["streaming/parts.py", "streaming/export.py"]


def prepare(n_articles: int, folder: Path) -> None:
    """Run the chunk loop over ``n_articles`` bench articles and save the export before its final stage."""
    seed = load_study("corpus")
    articles = realistic_articles(seed, n_articles, seed=0)
    texts = folder / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    articles = _pages_to_files(articles, texts)
    streaming = StreamingExport(folder / "parquet" / PARTIAL_DIR)
    inputs = StudyInputs(codebooks=seed.codebooks)
    with BatchPool(2, "processes", None) as pool:
        for part in chunk_parts(articles, 1000, inputs, pool, streaming.vocabulary.stop, texts):
            streaming.add(part)
            del part
            release_freed_memory()
    streaming._close_writers()
    (folder / "export.pickle").write_bytes(pickle.dumps(streaming))


def run(name: str, folder: Path, trace: bool, profile: bool = False, as_json: bool = False) -> None:
    """Run final group ``name`` on the saved export; print its time and memory (one JSON line when ``as_json``)."""
    streaming = pickle.loads((folder / "export.pickle").read_bytes())
    release_freed_memory()
    before = resident_mb()
    sampler = _PeakSnapshots() if trace else _RssSampler()
    profiler = cProfile.Profile() if profile else None
    start, cpu = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    result = run_group(streaming, getattr(streaming, GROUPS[name]))
    if profiler is not None:
        profiler.disable()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    rows = sum(result.rows.values())
    if as_json:
        figures = {"group": name, "rows": rows, "wall": seconds, "cpu": cpu, "own_mb": own_peak_mb() - before}
        print(json.dumps(figures))
        return
    print(
        f"{name}: {rows:,} rows in {seconds:.0f} s ({cpu:.1f} CPU s); RSS before {before:,.0f} MB, "
        f"peak {own_peak_mb():,.0f} MB, own {own_peak_mb() - before:,.0f} MB"
    )
    sampler.report()
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def growth(folders: list[Path], names: list[str]) -> None:
    """Print each group's rows, CPU seconds and own memory on each saved export and the ratios of the last to the
    first (each group run in a fresh process, as the export forks one per group)."""
    print(f"{'group':11} {'export':>22} {'rows':>12} {'CPU s':>8} {'own MB':>8}")
    for name in names:
        figures = [_group_figures(name, folder) for folder in folders]
        for folder, found in zip(folders, figures, strict=True):
            print(f"{name:11} {folder.name:>22} {found['rows']:12,} {found['cpu']:8.1f} {found['own_mb']:8.0f}")
        first, last = figures[0], figures[-1]
        ratios = [last[key] / first[key] if first[key] else float("nan") for key in ("rows", "cpu", "own_mb")]
        print(f"{name:11} {'ratio':>22} {ratios[0]:12.2f} {ratios[1]:8.2f} {ratios[2]:8.2f}")


def _group_figures(name: str, folder: Path) -> dict:
    """Return the figures of group ``name`` run on the export saved in ``folder``, in a process of its own."""
    command = [sys.executable, __file__, "group", name, str(folder), "--json"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


class _RssSampler:
    """Every 0.1 s: this process's anonymous and file-backed resident memory (/proc/self/status) and the main
    thread's innermost frames in the analysis package; :meth:`report` prints the highest anonymous sample."""

    def __init__(self) -> None:
        self.samples: list[tuple[float, float, str]] = []
        self._main = threading.main_thread().ident
        self._stop = threading.Event()
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        while not self._stop.wait(0.1):
            fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines())
            anon, file = (int(fields[name].split()[0]) / 1e3 for name in ("RssAnon", "RssFile"))
            frame, where = sys._current_frames().get(self._main), []
            while frame is not None and len(where) < 12:
                if "analysis/" in frame.f_code.co_filename:
                    where.append(f"{frame.f_code.co_filename.split('analysis/')[-1]}:{frame.f_lineno}")
                frame = frame.f_back
            self.samples.append((anon, file, " < ".join(where)))  # printed: the innermost four

    def report(self) -> None:
        """Print the highest anonymous RSS sample, where the group was then, and the highest file-backed."""
        self._stop.set()
        anon, file, where = max(self.samples, default=(0.0, 0.0, ""))
        print(f"peak anonymous RSS {anon:,.0f} MB (file-backed then {file:,.0f} MB) at {_short(where)}")
        anon, file, where = max(self.samples, key=lambda sample: sample[1], default=(0.0, 0.0, ""))
        print(f"peak file-backed RSS {file:,.0f} MB (anonymous then {anon:,.0f} MB) at {_short(where)}")
        anon, file, where = max(self.samples, key=lambda sample: sample[0] + sample[1], default=(0.0, 0.0, ""))
        print(f"peak total RSS {anon + file:,.0f} MB (file-backed {file:,.0f} MB) at {_short(where)}")
        highest: dict[str, float] = {}
        for anon, _, where in self.samples:
            highest[_short(where)] = max(anon, highest.get(_short(where), 0.0))
        for where, anon in sorted(highest.items(), key=lambda item: -item[1])[:10]:
            print(f"  anonymous {anon:8,.0f} MB  {where}")
        phases: dict[str, float] = {}
        for anon, _, where in self.samples:
            files = [frame.split(":")[0] for frame in where.split(" < ")]
            phase = next((name for name in files if name in PHASES), "other")
            phases[phase] = max(anon, phases.get(phase, 0.0))
        print("peak anonymous RSS by the module at work: " + ", ".join(f"{k} {v:,.0f}" for k, v in phases.items()))
        print(f"timeline (anonymous MB, where; {self.samples[0][0] if self.samples else 0:,.0f} MB at the start):")
        for anon, _, where in self.samples[:: max(1, len(self.samples) // 40)]:
            print(f"  {anon:8,.0f}  {_short(where)}")


def _short(where: str) -> str:
    """Return the innermost four frames of a sample's place."""
    return " < ".join(where.split(" < ")[:4])


class _PeakSnapshots:
    """A tracemalloc snapshot taken whenever the traced memory reaches a new high (checked every 0.2 s)."""

    def __init__(self) -> None:
        tracemalloc.start(8)
        self.high, self.snapshot = 0, None
        self._stop = threading.Event()
        threading.Thread(target=self._watch, daemon=True).start()

    def _watch(self) -> None:
        while not self._stop.wait(0.2):
            current, _ = tracemalloc.get_traced_memory()
            if current > self.high * 1.05:
                self.high, self.snapshot = current, tracemalloc.take_snapshot()

    def report(self, top: int = 15) -> None:
        """Print the traced peak and the largest allocation sites of the snapshot nearest it."""
        self._stop.set()
        _, peak = tracemalloc.get_traced_memory()
        print(f"traced peak {peak / 1e6:,.0f} MB; snapshot at {self.high / 1e6:,.0f} MB:")
        if self.snapshot is None:
            return
        snapshot = self.snapshot.filter_traces([tracemalloc.Filter(True, "*analysis*")])
        for stat in snapshot.statistics("traceback")[:top]:
            frames = [f"{f.filename.split('analysis/')[-1]}:{f.lineno}" for f in stat.traceback]
            frames = [frame for frame in frames if not frame.startswith("/")]
            print(f"  {stat.size / 1e6:8.1f} MB  {' < '.join(frames[:4])}")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "prepare":
        prepare(int(args[0]), Path(args[1]))
    elif command == "growth":
        folders = [Path(arg) for arg in args if Path(arg).is_dir()]
        growth(folders, [arg for arg in args if arg in GROUPS] or list(GROUPS))
    else:
        run(args[0], Path(args[1]), "--trace" in args, "--profile" in args, "--json" in args)
