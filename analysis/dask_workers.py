"""The Dask side of :mod:`analysis.workers` (imported only with ``engine="dask"``: Dask is optional)."""

from __future__ import annotations

from distributed.diagnostics.plugin import WorkerPlugin

from .workers import start_worker


class WorkerStart(WorkerPlugin):
    """Runs :func:`analysis.workers.start_worker` in every worker of the cluster, those joining later too."""

    name = "analysis-worker-start"

    def setup(self, worker: object) -> None:
        """Set the worker process's collector (:func:`~analysis.workers.start_worker`); return nothing."""
        start_worker()
