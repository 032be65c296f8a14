"""Run a long benchmark under a memory and time guard, logging the memory of its process tree.

    python benchmarks/guarded_run.py --max-gb 16 --max-minutes 100 --log build/bench/guard.log -- \
        .venv/bin/python -m analysis bench --articles 100000 --stream --chunk-size 2000 --out build/bench

Every ``--every`` seconds it appends one line to the log: seconds since the start, resident memory of the
command's process (the client) and of its whole process tree (workers and forked final groups added up),
and the number of processes. It stops the whole tree (SIGTERM, then SIGKILL) when the tree holds more than
``--max-gb`` or runs longer than ``--max-minutes``, and says so on the last line and in its exit status, so
a run that would exhaust the machine's memory is measured up to that point instead of bringing the
machine down (issue 18: the 100,000-article run on a 24 GB machine).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import psutil

EXIT_GUARDED = 3


def tree_rss_mb(root: psutil.Process) -> tuple[float, float, int]:
    """Return (the root's RSS, the RSS of the root and every descendant added up, number of processes), in MB."""
    processes = [root, *root.children(recursive=True)]
    sizes = []
    for process in processes:
        try:
            sizes.append(process.memory_info().rss / 1e6)
        except psutil.NoSuchProcess:
            sizes.append(0.0)
    return sizes[0], sum(sizes), len(processes)


def stop_tree(root: psutil.Process) -> None:
    """Terminate the root and its descendants; kill those still alive after 10 seconds."""
    processes = [root, *root.children(recursive=True)]
    for process in processes:
        try:
            process.terminate()
        except psutil.NoSuchProcess:
            pass
    _, alive = psutil.wait_procs(processes, timeout=10)
    for process in alive:
        process.kill()


def guard(command: list[str], max_gb: float, max_minutes: float, every: float, log: Path) -> int:
    """Run ``command`` under the guard; return its exit status, or :data:`EXIT_GUARDED` if the guard stopped it."""
    log.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    child = subprocess.Popen(command)
    root = psutil.Process(child.pid)
    peak = 0.0
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"# {' '.join(command)}\n# seconds, client MB, tree MB, processes\n")
        while child.poll() is None:
            try:
                client, total, count = tree_rss_mb(root)
            except psutil.NoSuchProcess:
                break
            elapsed = time.perf_counter() - start
            peak = max(peak, total)
            out.write(f"{elapsed:.0f}, {client:.0f}, {total:.0f}, {count}\n")
            out.flush()
            reason = _over_limit(total, elapsed, max_gb, max_minutes)
            if reason:
                stop_tree(root)
                out.write(f"# stopped by the guard: {reason} (tree peak {peak:.0f} MB)\n")
                return EXIT_GUARDED
            time.sleep(every)
        seconds = time.perf_counter() - start
        out.write(f"# finished with status {child.wait()} after {seconds:.0f} s (tree peak {peak:.0f} MB)\n")
    return child.returncode


def _over_limit(total_mb: float, elapsed: float, max_gb: float, max_minutes: float) -> str:
    """Return why the run must stop (memory or time over its limit), or an empty string."""
    if total_mb > max_gb * 1000:
        return f"{total_mb:.0f} MB held by the process tree > {max_gb} GB"
    if elapsed > max_minutes * 60:
        return f"{elapsed / 60:.1f} min > {max_minutes} min"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--max-gb", type=float, default=16.0, help="stop when the process tree holds more (GB)")
    parser.add_argument("--max-minutes", type=float, default=120.0, help="stop after this many minutes")
    parser.add_argument("--every", type=float, default=5.0, help="seconds between samples")
    parser.add_argument("--log", type=Path, required=True, help="file the samples are appended to")
    parser.add_argument("command", nargs=argparse.REMAINDER, help="the command, after --")
    args = parser.parse_args(argv)
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to run after --")
    return guard(command, args.max_gb, args.max_minutes, args.every, args.log)


if __name__ == "__main__":
    sys.exit(main())
