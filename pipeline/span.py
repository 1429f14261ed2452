"""The one span type of the pipeline: half-open character offsets into the
normalized text, a label, the rule or model that produced it, and attributes.

Like spaCy's ``Span`` and Presidio's ``RecognizerResult``: ``text[start:end]``
is always ``span.text``.  Attributes (``type``, ``symbol``, ``value``, ``unit``…)
are flattened into the record by :meth:`Span.to_dict` and read back by
:meth:`Span.from_dict`, so the two round-trip exactly.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

# Keys that belong to the span itself; everything else in a record's dict is an attribute.
_CORE = ("label", "text", "start", "end", "source", "score")
# Keys the record builder adds (mapped offsets, sentence index); not attributes.
_DERIVED = ("raw_start", "raw_end", "sentence", "zone")


# The default of ``attrs``: a new dict for each span (None passed on purpose stays None).
_NEW_DICT: Any = object()


@dataclass(slots=True, init=False)
class Span:
    start: int
    end: int
    text: str
    label: str
    source: str = ""
    score: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)

    def __init__(self, start: int, end: int, text: str, label: str, source: str = "",
                 score: float = 1.0, attrs: dict[str, Any] = _NEW_DICT) -> None:
        # (what the dataclass's __init__ and a __post_init__ check did, in one call: the
        # pipeline makes a hundred spans an article)
        if not 0 <= start <= end:
            raise ValueError(f"bad span offsets {start}:{end}")
        if len(text) != end - start:
            raise ValueError(f"span text {text!r} does not fit {start}:{end}")
        self.start = start
        self.end = end
        self.text = text
        self.label = label
        self.source = source
        self.score = score
        self.attrs = {} if attrs is _NEW_DICT else attrs

    @classmethod
    def of(cls, text: str, start: int, end: int, label: str, source: str = "",
           score: float = 1.0, **attrs: Any) -> "Span":
        """A span cut from ``text`` (the normalized article text)."""
        return cls(start, end, text[start:end], label, source, score, attrs)

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"label": self.label, "text": self.text,
                               "start": self.start, "end": self.end,
                               "source": self.source, "score": round(self.score, 4)}
        out.update(self.attrs)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Span":
        attrs = {k: v for k, v in d.items() if k not in _CORE and k not in _DERIVED}
        return cls(d["start"], d["end"], d["text"], d.get("label", ""),
                   d.get("source", ""), float(d.get("score", 1.0)), attrs)


class SpanSet:
    """Pairwise disjoint half-open spans ``[a, b)`` of a text, sorted, asked by
    bisection which of them a span overlaps or whether one covers an offset.

    An extractor that keeps the spans it has taken and asks of each new match
    ``any(a < end and start < b for a, b in taken)`` scans them all: on a long
    text dense with matches (a statistical table, thousands of dates) that is
    quadratic.  Here each question costs a bisection.

    A span that overlaps some already held merges with them into one; a span
    of no length holds nothing and is not kept."""
    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for a, b in spans:
            self.add(a, b)

    def __len__(self) -> int:
        return len(self.starts)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.starts, self.ends)

    def overlapping(self, start: int, end: int) -> range:
        """The indices of the spans ``(a, b)`` with ``a < end and start < b``."""
        lo = bisect_right(self.ends, start)
        return range(lo, max(lo, bisect_left(self.starts, end)))

    def covers(self, pos: int) -> bool:
        """Some span holds the offset ``pos`` (``a <= pos < b``)."""
        k = bisect_right(self.starts, pos) - 1
        return k >= 0 and pos < self.ends[k]

    def add(self, start: int, end: int) -> None:
        if end <= start:
            return
        hit = self.overlapping(start, end)
        if hit:
            start, end = min(start, self.starts[hit.start]), max(end, self.ends[hit.stop - 1])
            del self.starts[hit.start:hit.stop], self.ends[hit.start:hit.stop]
        k = bisect_left(self.starts, start)
        self.starts.insert(k, start)
        self.ends.insert(k, end)

    def replace(self, k: int, start: int, end: int) -> None:
        """Span ``k`` becomes ``[start, end)``, which overlaps no other span."""
        del self.starts[k], self.ends[k]
        self.add(start, end)
