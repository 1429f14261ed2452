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

import os
import signal
import sys
import time
from collections import Counter, deque
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable, Iterator

import orjson

from .io import DEFAULT_MAX_BYTES, DecodeError, Item, count_items, decode, iter_items
from .record import error_record

DEFAULT_TIMEOUT = 60.0


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

_PIPELINE = None


def _pipeline():
    global _PIPELINE
    if _PIPELINE is None:
        from .pipeline import Pipeline
        _PIPELINE = Pipeline().warm()
    return _PIPELINE


def init_worker() -> None:
    """Load every stage once per worker process, before the first article."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    _pipeline()


class _ArticleTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _ArticleTimeout()


def dumps(record: dict) -> bytes:
    return orjson.dumps(record) + b"\n"


def process_item(item: Item, timeout: float = 0.0, max_bytes: int = DEFAULT_MAX_BYTES) -> Result:
    """One article -> one JSON line.  Never raises: failures become error records."""
    if item.error:
        return Result(item.id, dumps(error_record(item.id, item.source, item.error, item.meta)), item.error)
    use_alarm = timeout > 0 and hasattr(signal, "setitimer") and _in_main_thread()
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
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
        record = build_record(_pipeline().run(doc))
        line, error = dumps(record), None
    except _ArticleTimeout:
        error = f"timeout: the article took longer than {timeout:g} s (raise --timeout)"
    except DecodeError as e:
        error = str(e)
    except Exception as e:  # a bug must not stop the batch: it becomes this article's error record
        error = f"bug: {type(e).__name__}: {e}"
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    if error is not None:
        line = dumps(error_record(item.id, item.source, error, item.meta))
    return Result(item.id, line, error)


def _in_main_thread() -> bool:
    import threading
    return threading.current_thread() is threading.main_thread()


# -- engines: ordered iterators of Results --------------------------------

def local_engine(items: Iterable[Item], opts: Options, stop: Callable[[], bool]) -> Iterator[Result]:
    """Worker processes (pebble), a bounded window of articles in flight, results in input order.

    Each article has a soft time limit inside the worker (an alarm, which
    leaves the worker alive) and a hard one here (the worker is killed and
    replaced), for code that does not return to the interpreter.
    """
    from pebble import ProcessPool

    n = opts.n_workers()
    window: deque = deque()
    hard = opts.timeout + 10 if opts.timeout > 0 else None
    pool = ProcessPool(max_workers=n, initializer=init_worker)
    try:
        it = iter(items)
        exhausted = False
        while True:
            while not exhausted and not stop() and len(window) < n * 8:
                item = next(it, None)
                if item is None:
                    exhausted = True
                    break
                if item.error:
                    window.append((item, process_item(item)))
                else:
                    window.append((item, pool.schedule(process_item, args=(item, opts.timeout, opts.max_bytes), timeout=hard)))
            if not window or stop():
                break
            item, fut = window.popleft()
            if isinstance(fut, Result):
                yield fut
                continue
            yield _collect(item, fut, opts.timeout)
    finally:
        pool.stop()
        pool.join(timeout=5)


def _collect(item: Item, fut, timeout: float) -> Result:
    try:
        return fut.result()
    except FutureTimeout:
        error = f"timeout: the article took longer than {timeout:g} s and its worker was stopped"
    except Exception as e:  # the worker died (killed, out of memory, a crash in C code)
        error = f"worker: {type(e).__name__}: {e}"
    return Result(item.id, dumps(error_record(item.id, item.source, error, item.meta)), error)


def inline_engine(items: Iterable[Item], opts: Options, stop: Callable[[], bool]) -> Iterator[Result]:
    """In this process, one article at a time (``--workers 1 --engine inline``; tests, debugging)."""
    for item in items:
        if stop():
            break
        yield process_item(item, opts.timeout, opts.max_bytes)


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
    done = read_done_ids(output_path) if opts.resume and output_path != "-" else Counter()
    seen: Counter = Counter()

    def items() -> Iterator[Item]:
        n = 0
        for item in iter_items(input_path, opts.max_bytes):
            if opts.limit is not None and n >= opts.limit:
                return
            n += 1
            summary.read += 1
            seen[item.id] += 1
            if seen[item.id] == 2:
                summary.duplicate_ids += 1
            if done[item.id] > 0:
                done[item.id] -= 1
                summary.skipped += 1
                continue
            yield item

    stopping: list[str] = []
    handlers = _install_stop_handlers(stopping)
    total = count_items(input_path) if opts.progress else None
    if total is not None and opts.limit is not None:
        total = min(total, opts.limit)
    bar = _progress(total, opts.progress)
    out = sys.stdout.buffer if output_path == "-" else open(output_path, "ab" if opts.resume else "wb")
    writer = LineWriter(out, opts.flush_every)
    try:
        stream = items()
        for result in _engine(opts.engine)(stream, opts, lambda: bool(stopping)):
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
    finally:
        writer.flush()
        if out is not sys.stdout.buffer:
            out.close()
        if bar is not None:
            bar.close()
        _restore_handlers(handlers)
        summary.seconds = time.monotonic() - started
    if stopping and stopping[0] != "--strict":
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
