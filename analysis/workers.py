"""What every worker process of a :class:`~analysis.study.BatchPool` does once, when it starts (the process
pool's initializer; on Dask, :class:`analysis.dask_workers.WorkerStart`): the garbage collector set for
the per-article pass.

The per-article pass allocates millions of short-lived containers (records, tuples, frames' objects) and
frees nearly all of them by reference counting, yet at the default threshold (700) the collector ran 740
young and 67 middle collections per worker over 1,000 bench articles (2 workers, batches of 250), scanning
the survivors again and again. Measured (CPU seconds of the workers' collections per 1,000 articles, loaded
machine, two alternating runs each; the workers' peak resident memory 630-646 MB in every setting):

* default: 0.99-1.04; frozen only: 0.68-0.72 (its full collections 0.21 -> 0.07 s per worker);
* threshold 20,000: 0.26-0.27 (7 young collections per worker, no full one); frozen and 20,000: 0.25-0.26;
* threshold 100,000: 0.17 (one collection per worker; not taken: a cycle of frames waits ~5 times longer
  to be freed, for 0.1 s per 1,000 articles).

The whole pass's CPU (about 41-47 s per 1,000 articles in these runs, the first batch's warm-up included)
varied by 2-4 s between runs of one setting with the machine's load, more than the 0.7 s saved: the saving is
the collector's own time, measured by :data:`gc.callbacks`, not a difference of totals.
"""

from __future__ import annotations

import gc

# Allocations (net, of objects the collector tracks) between two young collections: see the module docstring.
YOUNG_THRESHOLD = 20_000


def start_worker() -> None:
    """Set this worker process's collector for the per-article pass; return nothing.

    The modules the pass runs are imported first (a forked worker has them already; a Dask worker is a new
    interpreter), then the heap is frozen (:func:`gc.freeze`): full collections skip it, and in a forked
    worker they no longer write into (and so copy) every page inherited from the client. Young collections
    run every :data:`YOUNG_THRESHOLD` allocations instead of 700."""
    from .streaming import export  # noqa: F401  (imported for its side effect: loaded before the freeze)

    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
