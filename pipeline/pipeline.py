"""The pipeline: a sequence of stages assembled in this one place.

Each stage is a callable ``stage(doc) -> None`` that fills one part of the
:class:`~pipeline.doc.Doc`.  Extractors have the smaller interface
``extract(doc) -> list[Span]``; :func:`into` turns one into a stage.  Stages
are imported lazily, by name, so a worker process pays for what it runs and a
new stage plugs in here without touching the runner.
"""
from __future__ import annotations

import importlib
import time
from operator import attrgetter
from dataclasses import dataclass
from typing import Any, Callable

from .doc import Doc

StageFn = Callable[[Doc], None]


@dataclass(frozen=True)
class Stage:
    name: str
    target: str  # "module:function"
    field: str | None = None  # for extractors: the Doc list the spans go into

    def load(self) -> StageFn:
        module, _, attr = self.target.partition(":")
        fn = getattr(importlib.import_module(module), attr)
        if self.field is None:
            return fn
        return into(self.field, fn)


_START_END = attrgetter("start", "end")   # a span's (start, end), without a Python call per span


def into(field: str, extract: Callable[[Doc], list]) -> StageFn:
    """Wrap an extractor ``extract(doc) -> list[Span]`` as a stage filling ``doc.<field>``."""
    def stage(doc: Doc) -> None:
        setattr(doc, field, sorted(extract(doc), key=_START_END))
    stage.__name__ = f"into_{field}"
    return stage


# Order matters: later stages read what earlier ones found (documents take
# their issuer from entities; counts skip numbers inside dates and documents).
DEFAULT_STAGES: tuple[Stage, ...] = (
    Stage("normalize", "pipeline.normalize:stage"),
    Stage("segment", "pipeline.segment:stage"),
    Stage("structure", "pipeline.structure:stage"),
    Stage("entities", "pipeline.entities:stage"),
    Stage("lexicon", "pipeline.annotate.lexicon:stage"),  # annotators' corrections win ($VNFACTS_LEXICON)
    Stage("roles", "pipeline.roles:stage"),
    Stage("documents", "pipeline.extractors.documents:extract", "documents"),
    Stage("dates", "pipeline.extractors.dates:extract", "dates"),
    Stage("counts", "pipeline.extractors.counts:extract", "counts"),
)


class Pipeline:
    """Runs the stages over one article and returns the contract's record."""

    def __init__(self, stages: tuple[Stage, ...] = DEFAULT_STAGES):
        self.stages = stages
        self._loaded: list[tuple[str, StageFn]] | None = None
        self.timings: dict[str, float] = {s.name: 0.0 for s in stages}

    def _load(self) -> list[tuple[str, StageFn]]:
        if self._loaded is None:
            self._loaded = [(s.name, s.load()) for s in self.stages]
        return self._loaded

    def warm(self) -> "Pipeline":
        """Import every stage and load its lexicons now (workers call this once)."""
        # (each lazily built table on the path of a common article: 3 đồng chí + an office reads the titles)
        self.run(Doc(id="warm-up", raw="Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Hà Nam, ngày 3/6/2013 ký Quyết định số "
                                       "12/QĐ-UBND về 15 hộ và 3 đồng chí phó ban."))
        return self

    def run(self, doc: Doc) -> Doc:
        for name, fn in self._load():
            t = time.perf_counter()
            fn(doc)
            self.timings[name] += time.perf_counter() - t
        return doc

    def __call__(self, text: str, id: str = "", source: str | None = None,
                 meta: dict[str, Any] | None = None) -> dict[str, Any]:
        from .record import build_record
        doc = Doc(id=id, raw=text, source=source, meta=dict(meta or {}))
        return build_record(self.run(doc))


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
