"""Stages that misbehave on purpose, for the runner's reliability tests.

Each one acts only on an article that carries its marker word, so a corpus can
mix good articles with one that hangs, spins in C code, kills its worker or
raises.  Tests run them through ``Options.stages`` / the hidden ``--stages``
option, after the real ``segment`` stage.
"""
from __future__ import annotations

import itertools
import os
import time

from pipeline.doc import Doc


def sleepy(doc: Doc) -> None:
    """``NGỦ``: a runaway loop in Python code (60 s); the soft per-article time limit stops it."""
    if "NGỦ" in doc.text:
        end = time.monotonic() + 60
        while time.monotonic() < end:
            pass


def spin(doc: Doc) -> None:
    """``XOAY``: a long loop inside one C call that never returns to the interpreter."""
    if "XOAY" in doc.text:
        sum(itertools.repeat(1, 10**11))


def crash(doc: Doc) -> None:
    """``CHẾT``: the worker process dies, as on a segfault or the OOM killer."""
    if "CHẾT" in doc.text:
        os._exit(3)


def boom(doc: Doc) -> None:
    """``LỖI``: a bug in a stage."""
    if "LỖI" in doc.text:
        raise ValueError("a stage failed on purpose")


def slow(doc: Doc) -> None:
    """Every article takes 20 ms: makes a run long enough to be killed mid-way."""
    time.sleep(0.02)


def real_stages() -> tuple[str, ...] | None:
    """The default pipeline (``None``) once every stage imports; until then the stages that do."""
    from pipeline.pipeline import DEFAULT_STAGES
    ok = []
    for s in DEFAULT_STAGES:
        try:
            s.load()
        except ImportError:
            return tuple(ok) or ("segment",)
        ok.append(s.name)
    return None


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cli_env() -> dict[str, str]:
    """Environment for a ``vnfacts`` subprocess that can import these stages."""
    env = dict(os.environ)
    here = os.path.join(ROOT, "tests")
    env["PYTHONPATH"] = here + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def stop_here(doc: Doc) -> None:
    """``DỪNG``: this process gets SIGTERM while working on the article (as from ``kill``)."""
    if "DỪNG" in doc.text:
        import signal
        os.kill(os.getpid(), signal.SIGTERM)
