"""The batch runner behind ``vnfacts extract``.

Items stream from :func:`pipeline.io.iter_items`, go to an engine (local
processes by default, Dask on request) and come back **in input order** as
whole JSON lines.  Every input article yields exactly one line: a record, or
an error record when it cannot be processed (bad bytes, a timeout, a bug).

Writing is crash-safe: lines are appended whole and flushed in batches, so a
killed run leaves complete lines plus at most one torn last line, which
``--resume`` drops before appending the articles not yet written.
"""
from __future__ import annotations

import gc
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from concurrent.futures import TimeoutError as FutureTimeout, wait
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable, Iterator

import orjson

from .io import DEFAULT_MAX_BYTES, DecodeError, InputError, Item, check_input, count_items, decode, iter_items
from .record import error_record

DEFAULT_TIMEOUT = 60.0
# The youngest generation's collection threshold in processes that run the batch pipeline (see _pipeline).
GC_YOUNG = 50_000


@dataclass
class Options:
    workers: int = 0  # 0: all cores
    timeout: float = DEFAULT_TIMEOUT  # seconds per article; 0 disables
    max_bytes: int = DEFAULT_MAX_BYTES
    resume: bool = False
    limit: int | None = None
    progress: bool = True
    strict: bool = False
    engine: str = "local"  # "local" or "dask"
    scheduler: str | None = None  # Dask scheduler address; None: a LocalCluster
    flush_every: float = 0.5  # seconds between flushes of finished lines
    stages: tuple[str, ...] | None = None  # "module:function" stages; None: the default pipeline
    grace: float = 10.0  # seconds past --timeout before a stuck worker process is killed

    def n_workers(self) -> int:
        return self.workers if self.workers > 0 else (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


@dataclass(slots=True)
class Result:
    id: str
    line: bytes  # one JSON record and its newline
    error: str | None = None

    @property
    def reason(self) -> str | None:
        return None if self.error is None else self.error.split(":", 1)[0]


@dataclass
class Summary:
    read: int = 0
    skipped: int = 0
    written: int = 0
    failed: int = 0
    reasons: Counter = field(default_factory=Counter)
    duplicate_ids: int = 0
    seconds: float = 0.0
    interrupted: str | None = None

    def line(self) -> str:
        why = ", ".join(f"{k}: {v}" for k, v in sorted(self.reasons.items()))
        rate = self.written / self.seconds if self.seconds > 0 else 0.0
        parts = [f"{self.read} read", f"{self.written} written", f"{self.failed} failed" + (f" ({why})" if why else "")]
        if self.skipped:
            parts.insert(1, f"{self.skipped} skipped (already in output)")
        if self.duplicate_ids:
            parts.append(f"{self.duplicate_ids} duplicate ids")
        text = "vnfacts: " + ", ".join(parts) + f" in {self.seconds:.1f} s ({rate:.1f} articles/s)"
        if self.interrupted:
            text += f"; interrupted by {self.interrupted}, run again with --resume to finish"
        return text


# -- the work done for one article, in whichever process runs it ---------

_PIPELINES: dict = {}
_PIPELINES_LOCK = threading.Lock()


def _pipeline(stages: tuple[str, ...] | None = None):
    """The pipeline of this process, loaded and warmed once per stage list (thread-safe).

    Once loaded, every object alive (the lexicons, gazetteers and automata
    among them) moves to the garbage collector's permanent generation
    (``gc.freeze``).  Each full collection would otherwise walk all of them
    again, about 0.15 s a time over the bench corpus, for tables that live as
    long as the process; and workers forked afterwards do not copy the pages
    holding them when a collection in the worker would have written to them.
    The youngest generation is then collected every :data:`GC_YOUNG`
    allocations, not every 700 (a lower threshold set by the caller is raised,
    a higher one kept): an article allocates tens of thousands of short-lived
    tuples and lists that reference counting frees, and a collection every 700
    of them found nothing to free but cost 1.2 % of the instructions
    (callgrind, 100 bench articles).  This is the batch runner's process-wide
    setting; :func:`pipeline.extract` leaves the caller's collector alone.
    """
    p = _PIPELINES.get(stages)
    if p is None:
        with _PIPELINES_LOCK:
            p = _PIPELINES.get(stages)
            if p is None:
                from .pipeline import DEFAULT_STAGES, Pipeline
                p = _PIPELINES[stages] = Pipeline(DEFAULT_STAGES if stages is None else resolve_stages(stages)).warm()
                gc.collect()  # garbage of the loading goes now, not frozen with the tables
                gc.freeze()
                young, *older = gc.get_threshold()
                if young < GC_YOUNG:
                    gc.set_threshold(GC_YOUNG, *older)
    return p


def resolve_stages(names: Iterable[str]):
    """Stage names of the default pipeline (``segment``) or ``module:function`` stages -> Stage objects."""
    from .pipeline import DEFAULT_STAGES, Stage
    by_name = {s.name: s for s in DEFAULT_STAGES}
    out = []
    for name in names:
        if ":" in name:
            out.append(Stage(name.partition(":")[0].rpartition(".")[2], name))
        elif name in by_name:
            out.append(by_name[name])
        else:
            raise ValueError(f"unknown stage {name!r}; choose from {', '.join(by_name)} or give module:function")
    return tuple(out)


def init_worker(stages: tuple[str, ...] | None = None) -> None:
    """Load every stage once per worker process, before the first article."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, if forked from it
    _pipeline(stages)


class _ArticleTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _ArticleTimeout()


def dumps(record: dict) -> bytes:
    """One JSON line: orjson writes the newline itself (no copy of the line to add it)."""
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)


def process_item(item: Item, timeout: float = 0.0, max_bytes: int = DEFAULT_MAX_BYTES,
                 stages: tuple[str, ...] | None = None) -> Result:
    """One article -> one JSON line.  Never raises: failures become error records."""
    if item.error:
        return Result(item.id, dumps(error_record(item.id, item.source, item.error, item.meta)), item.error)
    try:
        # loaded (on a process's first article) before the clock starts: loading is no article's time
        pipeline = _pipeline(stages)
        with _deadline(timeout):
            warnings: list[str] = []
            if item.text is not None:
                text = item.text
            else:
                text, warnings = decode(item.data or b"", max_bytes)
            from .doc import Doc
            from .record import build_record
            doc = Doc(id=item.id, raw=text, source=item.source, meta=dict(item.meta))
            doc.warnings.extend(warnings)
            if not text.strip():
                doc.warnings.append("empty: the article has no text")
            line, error = dumps(build_record(pipeline.run(doc))), None
    except _ArticleTimeout:
        error = f"timeout: the article took longer than {timeout:g} s (raise --timeout)"
    except DecodeError as e:
        error = str(e)
    except Exception as e:  # a bug must not stop the batch: it becomes this article's error record
        error = f"bug: {type(e).__name__}: {e}"
    if error is not None:
        line = dumps(error_record(item.id, item.source, error, item.meta))
    return Result(item.id, line, error)


class _deadline:
    """Raise :class:`_ArticleTimeout` in this thread after ``seconds`` (0: never).

    In a main thread (local worker processes, inline) a real-time alarm; in
    other threads (Dask workers run tasks in threads) a timer that raises the
    exception asynchronously in the working thread.  Both interrupt Python
    code and regex matching between steps, not a C call that never returns:
    the local engine's hard timeout kills the worker for that.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.mode = None

    def __enter__(self):
        if self.seconds <= 0:
            return self
        if hasattr(signal, "setitimer") and _in_main_thread():
            self.mode = "alarm"
            self.old = signal.signal(signal.SIGALRM, _on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        else:
            self.mode = "thread"
            self.lock = threading.Lock()
            self.fired = False
            self.ident = threading.get_ident()
            self.timer = threading.Timer(self.seconds, self._fire)
            self.timer.daemon = True
            self.timer.start()
        return self

    def _fire(self) -> None:
        import ctypes
        with self.lock:
            if self.mode == "thread":
                self.fired = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.ident), ctypes.py_object(_ArticleTimeout))

    def __exit__(self, *exc) -> None:
        if self.mode == "alarm":
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)
        elif self.mode == "thread":
            self.timer.cancel()
            with self.lock:
                self.mode = None
                if self.fired and not (exc and exc[0] is _ArticleTimeout):
                    import ctypes  # fired after the work ended: withdraw the pending exception
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.ident), None)


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


# -- engines: ordered iterators of Results --------------------------------

def process_batch(items: list[Item], timeout: float, max_bytes: int,
                  stages: tuple[str, ...] | None) -> list[Result]:
    """A batch of articles -> their results, in order (in a worker: one task, one round trip)."""
    _pipeline(stages)  # load and warm the stages once per process, outside any article's time limit
    return [process_item(item, timeout, max_bytes, stages) for item in items]


def batches(items: Iterable[Item], max_items: int, max_bytes: int) -> Iterator[list[Item]]:
    """Consecutive articles in lists of at most ``max_items`` articles or about ``max_bytes`` of text."""
    batch: list[Item] = []
    size = 0
    for item in items:
        batch.append(item)
        size += len(item.data or b"") + len(item.text or "")
        if len(batch) >= max_items or size >= max_bytes:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# A task of the local engine: up to this many articles or characters.  One
# round trip per article cost the parent ~0.35 ms of CPU (pickling, pebble's
# threads), a tenth of an article's work, taken from the workers' cores.
LOCAL_BATCH_ITEMS = 16
LOCAL_BATCH_BYTES = 256_000


def local_engine(items: Iterable[Item], opts: Options, stop: Callable[[], bool]) -> Iterator[Result]:
    """Worker processes (pebble), a bounded window of batches in flight, results in input order.

    Articles travel in small batches (:data:`LOCAL_BATCH_ITEMS`).  Each article
    has a soft time limit inside the worker (an alarm, which leaves the worker
    alive) and each task a hard one here (``timeout + grace``: the worker is
    killed and replaced), for code that does not return to the interpreter.
    A batch that hits the hard limit or loses its worker is run again one
    article per task, so that only the article at fault becomes an error
    record.  When ``stop()`` turns true the articles already finished at the
    head of the window are still yielded, in order; the rest are dropped
    (``--resume`` redoes them).
    """
    from pebble import ProcessPool

    n = opts.n_workers()
    window: deque = deque()  # (items, future), in input order
    hard = opts.timeout + opts.grace if opts.timeout > 0 else None
    pool = ProcessPool(max_workers=n, initializer=init_worker, initargs=(opts.stages,))

    def schedule(batch: list[Item]):
        return pool.schedule(process_batch, args=(batch, opts.timeout, opts.max_bytes, opts.stages), timeout=hard)

    try:
        it = batches(items, LOCAL_BATCH_ITEMS, LOCAL_BATCH_BYTES)
        exhausted = False
        while True:
            while not exhausted and not stop() and len(window) < n * 4:
                batch = next(it, None)
                if batch is None:
                    exhausted = True
                    break
                window.append((batch, schedule(batch)))
            if not window:
                break
            batch, fut = window[0]
            while not fut.done() and not stop():
                wait((fut,), timeout=0.2)  # wake up now and then to notice a stop signal
            if not fut.done():
                break
            window.popleft()
            try:
                yield from fut.result()
            except Exception as e:  # the hard limit, or the worker died: find the article at fault
                if len(batch) > 1:
                    window.extendleft(reversed([([item], schedule([item])) for item in batch]))
                else:
                    yield _collect_failure(batch[0], e, opts.timeout)
    finally:
        pool.stop()
        pool.join(timeout=5)


def _collect_failure(item: Item, e: Exception, timeout: float) -> Result:
    """The error record of an article whose task failed in the pool."""
    if isinstance(e, FutureTimeout):
        return _collect_error(item, f"timeout: the article took longer than {timeout:g} s and its worker was stopped")
    return _collect_error(item, f"worker: {type(e).__name__}: {e}")


def _collect_error(item: Item, error: str) -> Result:
    return Result(item.id, dumps(error_record(item.id, item.source, error, item.meta)), error)


def inline_engine(items: Iterable[Item], opts: Options, stop: Callable[[], bool]) -> Iterator[Result]:
    """In this process, one article at a time (``--workers 1 --engine inline``; tests, debugging)."""
    for item in items:
        if stop():
            break
        yield process_item(item, opts.timeout, opts.max_bytes, opts.stages)


ENGINES = {"local": local_engine, "inline": inline_engine}


def _engine(name: str):
    if name == "dask":
        from .engines.dask import dask_engine
        return dask_engine
    try:
        return ENGINES[name]
    except KeyError:
        raise ValueError(f"unknown engine {name!r}; choose from local, inline, dask") from None


# -- output ---------------------------------------------------------------

def read_done_ids(path: str) -> Counter:
    """Ids already written to ``path``; a torn last line (a killed run) is cut off first."""
    done: Counter = Counter()
    if not os.path.exists(path):
        return done
    with open(path, "rb+") as fh:
        good = 0
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                done[orjson.loads(line)["id"]] += 1
            except (orjson.JSONDecodeError, KeyError, TypeError):
                break  # a damaged line: keep what came before it, redo the rest
            good += len(line)
        fh.truncate(good)
    return done


class LineWriter:
    """Appends whole lines; flushes in batches with one write each."""

    def __init__(self, fh: BinaryIO, every: float):
        self.fh, self.every = fh, every
        self.buf: list[bytes] = []
        self.last = time.monotonic()

    def write(self, line: bytes) -> None:
        self.buf.append(line)
        now = time.monotonic()
        if now - self.last >= self.every or len(self.buf) >= 512:
            self.flush()
            self.last = now

    def flush(self) -> None:
        if self.buf:
            self.fh.write(b"".join(self.buf))
            self.fh.flush()
            self.buf.clear()


def run(input_path: str, output_path: str, opts: Options) -> Summary:
    """Extract every article of ``input_path`` into ``output_path`` (``-``: stdout)."""
    summary = Summary()
    started = time.monotonic()
    if opts.stages is not None:
        try:
            resolve_stages(opts.stages)
        except ValueError as e:
            raise InputError(str(e)) from None
    check_input(input_path)
    if opts.engine in ("local", "inline"):
        _pipeline(opts.stages)  # fail now if a stage cannot load; forked workers inherit it loaded
    done = read_done_ids(output_path) if opts.resume and output_path != "-" else Counter()
    seen: set[int] = set()  # hashes of the ids read: duplicates are counted without keeping every id string
    dup_seen: set[int] = set()

    exhausted: list[bool] = []

    def items() -> Iterator[Item]:
        n = 0
        for item in iter_items(input_path, opts.max_bytes):
            if opts.limit is not None and n >= opts.limit:
                exhausted.append(True)
                return
            n += 1
            summary.read += 1
            h = hash(item.id)
            if h not in seen:
                seen.add(h)
            elif h not in dup_seen:  # an id counts once however often it repeats
                dup_seen.add(h)
                summary.duplicate_ids += 1
            if done[item.id] > 0:
                done[item.id] -= 1
                summary.skipped += 1
                continue
            yield item
        exhausted.append(True)

    stopping: list[str] = []
    handlers = _install_stop_handlers(stopping)
    total = count_items(input_path) if opts.progress else None
    if total is not None and opts.limit is not None:
        total = min(total, opts.limit)
    bar = _progress(total, opts.progress)
    out = sys.stdout.buffer if output_path == "-" else open(output_path, "ab" if opts.resume else "wb")
    writer = LineWriter(out, opts.flush_every)
    results = _engine(opts.engine)(items(), opts, lambda: bool(stopping))
    try:
        for result in results:
            writer.write(result.line)
            summary.written += 1
            if result.error:
                summary.failed += 1
                summary.reasons[result.reason] += 1
                if opts.strict:
                    writer.flush()
                    stopping.append("--strict")
                    print(f"vnfacts: stopping at the first error (--strict): {result.id}: {result.error}", file=sys.stderr)
                    break
            if bar is not None:  # lines skipped by --resume count as done
                bar.n = summary.written + summary.skipped
                bar.refresh()
    except KeyboardInterrupt:  # a second SIGINT/SIGTERM: stop now, keeping the lines already finished
        if not stopping:
            raise
    finally:
        results.close()  # stop the workers now, not when the generator is collected
        writer.flush()
        if output_path != "-":  # sys.stdout has no .buffer in Jupyter
            out.close()
        if bar is not None:
            bar.close()
        _restore_handlers(handlers)
        summary.seconds = time.monotonic() - started
    finished = bool(exhausted) and summary.written + summary.skipped == summary.read
    if stopping and stopping[0] != "--strict" and not finished:  # a signal after the last line is no interruption
        summary.interrupted = stopping[0]
    return summary


def _progress(total: int | None, enabled: bool):
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


def _install_stop_handlers(stopping: list[str]):
    """SIGINT/SIGTERM: finish writing what is done, in order, then stop."""
    if not _in_main_thread():
        return {}
    old = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        def handler(signum, frame, name=signal.Signals(sig).name):
            if stopping:  # a second signal: stop now
                raise KeyboardInterrupt
            stopping.append(name)
        old[sig] = signal.signal(sig, handler)
    return old


def _restore_handlers(old) -> None:
    for sig, h in old.items():
        signal.signal(sig, h)
