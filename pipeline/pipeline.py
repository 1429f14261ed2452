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
from typing import Any, Callable, Iterator

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
        """Import every stage and load its lexicons now (workers call this once), then run
        the stages over the lexicon's vocabulary (:func:`_vocabulary_texts`): the per-word
        caches of the typo pass and the entity tokenizer start with every attested syllable,
        as a long run has them after its first thousand articles.  A short run otherwise
        pays the first sight of each common word inside its articles' time (about 7 % of
        the instructions of the first 100 bench articles); the warm-up costs about 0.5 s and
        27 MB once per process (workers forked from a warm parent inherit it).  The caches hold answers of pure
        functions, so the records are the same (tests/test_pipeline.py)."""
        # (each lazily built table on the path of a common article: 3 đồng chí + an office reads the titles)
        self.run(Doc(id="warm-up", raw="Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Hà Nam, ngày 3/6/2013 ký Quyết định số "
                                       "12/QĐ-UBND về 15 hộ và 3 đồng chí phó ban."))
        for text in _vocabulary_texts():
            self.run(Doc(id="warm-up", raw=text))
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


# marks written after a number (the entity tokenizer caches the whole piece "2010," apart from "2010")
_AFTER_NUMBER = (",", ".", ":", ";", ")")


def _vocabulary_texts(per_text: int = 2000, per_line: int = 10) -> Iterator[str]:
    """Texts of the typo lexicon's syllables (underthesea's dictionary and text, see
    :func:`~.normalize.lexicon.lexicon`), each once in lower case and once capitalized, and
    the 3,000 commonest also before a comma and a full stop (the entity tokenizer caches
    whole pieces: "đó."), and the numbers 0-100 and the years 1900-2040 alone and before the
    marks that follow them in a date ("2010,", "1975)"), shuffled in a fixed order so that no word follows its own
    variant (the typo pass would read two variants side by side as a doubled word);
    lines of ``per_line`` words, ``per_text`` words a text."""
    from random import Random
    from .normalize.lexicon import lexicon
    lex = lexicon()
    known = sorted(lex.known)
    cased = [w for s in known for w in (s, s[:1].upper() + s[1:])]
    # (the commonest ranked from the sorted list: ties keep its order, whatever the set's hash order)
    common = set(sorted(known, key=lex.text_freq.__getitem__, reverse=True)[:3000])
    forms = cased + [w + p for w in cased if w.lower() in common for p in (",", ".")]
    numbers = [str(n) for n in range(101)] + [str(y) for y in range(1900, 2041)]
    forms += [n + p for n in numbers for p in ("",) + _AFTER_NUMBER]
    Random(0).shuffle(forms)
    for k in range(0, len(forms), per_text):
        chunk = forms[k:k + per_text]
        yield "\n".join(" ".join(chunk[j:j + per_line]) for j in range(0, len(chunk), per_line))


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default
