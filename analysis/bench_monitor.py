"""CPU use and memory of the benchmark: this process and every process it starts (workers included).

* **CPU utilisation** = (user + system seconds of this process and of its finished children) / wall
  seconds, from :func:`os.times`: the number of cores kept busy on average (2.0 is both cores of the
  project's machine). Children count once they have been waited for, which every pool here does
  before a stage ends (a Dask worker is the child of its nanny, which is ours).
* **Peak resident memory of every process**: this process's exact peak (``ru_maxrss``); for the
  others, a sampler thread reads each descendant's RSS every :data:`SAMPLE_SECONDS` (psutil, a
  dependency of dask) and keeps each process's maximum, and the maximum of their sum at one
  moment: what the machine must hold. A sample can miss a peak shorter than the interval.
"""

from __future__ import annotations

import os
import resource
import sys
import threading
import time

SAMPLE_SECONDS = 0.2


def own_peak_mb() -> float:
    """Return the peak resident memory of this process, in MB."""
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss is bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 1e6


class ResourceMonitor:
    """Measure wall time, CPU seconds (all processes) and peak memory of every process between start and stop."""

    def __init__(self) -> None:
        self.peaks: dict[int, float] = {}
        self.names: dict[int, str] = {}
        self.peak_total_mb = 0.0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> ResourceMonitor:
        self._times = os.times()
        self._wall = self.started = time.perf_counter()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        end = os.times()
        self.wall_seconds = time.perf_counter() - self._wall
        self.cpu_seconds = sum(
            getattr(end, f) - getattr(self._times, f) for f in ("user", "system", "children_user", "children_system")
        )
        # This process alone: the part of the run no worker can take over.
        self.client_cpu_seconds = sum(getattr(end, f) - getattr(self._times, f) for f in ("user", "system"))

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.wait(SAMPLE_SECONDS):
            total = 0.0
            for process in [me, *me.children(recursive=True)]:
                try:
                    rss = process.memory_info().rss / 1e6
                    self.names.setdefault(process.pid, "this process" if process.pid == me.pid else process.name())
                except psutil.Error:  # it ended between the listing and the reading
                    continue
                total += rss
                self.peaks[process.pid] = max(self.peaks.get(process.pid, 0.0), rss)
            self.peak_total_mb = max(self.peak_total_mb, total)

    def figures(self) -> dict:
        """Return wall and CPU seconds (all processes, and this one's), cores busy on average, this process's peak
        and the other processes' peaks."""
        others = sorted((peak for pid, peak in self.peaks.items() if pid != os.getpid()), reverse=True)
        return {
            "wall_seconds": self.wall_seconds,
            "cpu_seconds": self.cpu_seconds,
            "cores_busy": self.cpu_seconds / max(self.wall_seconds, 1e-9),
            "client_cpu_seconds": self.client_cpu_seconds,
            "client_peak_mb": max(own_peak_mb(), self.peaks.get(os.getpid(), 0.0)),
            "worker_peaks_mb": others,
            "peak_total_mb": self.peak_total_mb,
        }
