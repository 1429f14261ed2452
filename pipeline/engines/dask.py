"""``--engine dask``: the same extraction on a Dask distributed cluster.

The runner's stream of articles is cut into batches (at most
:data:`BATCH_ITEMS` articles or :data:`BATCH_BYTES` bytes each); each batch is
one Dask task that runs :func:`pipeline.runner.process_batch` on its articles
in a worker, exactly as a local worker process does, and returns their JSON
lines.  At most two batches per worker thread are in flight, so memory stays
bounded however large the input is, and batches are yielded in submission
order, so the output is in input order and byte for byte the local engine's.

With ``opts.scheduler`` (``tcp://host:8786``) the engine connects to that
cluster; without it, it starts a ``LocalCluster`` of ``opts.n_workers()``
single-threaded worker processes and closes it at the end.  Each worker
process loads the pipeline once (a process-wide cache in
:mod:`pipeline.runner`) before its first batch.

Time limits: the per-article ``--timeout`` applies inside the worker (a timer
that interrupts the article's thread).  There is no hard kill as in the local
engine: a worker stuck in a C call is left to Dask's own worker management.
"""
from __future__ import annotations

import logging
from collections import deque
from typing import Callable, Iterable, Iterator

from ..io import Item
from ..runner import Options, Result, _collect_error, batches, process_batch

BATCH_ITEMS = 32
BATCH_BYTES = 4_000_000
IN_FLIGHT_PER_THREAD = 2


def _connect(opts: Options):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise RuntimeError("--engine dask needs Dask: pip install 'vnfacts[dask]'") from None
    if opts.scheduler:
        return Client(opts.scheduler), None
    cluster = LocalCluster(n_workers=opts.n_workers(), threads_per_worker=1, processes=True,
                           dashboard_address=":0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def dask_engine(items: Iterable[Item], opts: Options, stop: Callable[[], bool]) -> Iterator[Result]:
    from distributed import wait

    client, cluster = _connect(opts)
    try:
        threads = max(1, sum(client.nthreads().values()))
        window: deque = deque()
        batched = batches(items, BATCH_ITEMS, BATCH_BYTES)
        exhausted = False
        while True:
            while not exhausted and not stop() and len(window) < threads * IN_FLIGHT_PER_THREAD:
                batch = next(batched, None)
                if batch is None:
                    exhausted = True
                    break
                fut = client.submit(process_batch, batch, opts.timeout, opts.max_bytes, opts.stages,
                                    pure=False)
                window.append((batch, fut))
            if not window:
                break
            batch, fut = window[0]
            while not fut.done() and not stop():
                try:
                    wait([fut], timeout=0.2)  # wake up now and then to notice a stop signal
                except TimeoutError:
                    pass
            if stop() and fut.status != "finished":
                break  # interrupted: a batch cut short by the stop is redone by --resume
            window.popleft()
            if fut.status == "finished":
                yield from fut.result()
            else:  # the batch's worker died more often than Dask allows
                exc = fut.exception()
                for item in batch:
                    yield _collect_error(item, f"worker: {type(exc).__name__}: {exc}")
        for _, fut in window:
            fut.cancel()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
