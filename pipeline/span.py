"""The one span type of the pipeline: half-open character offsets into the
normalized text, a label, the rule or model that produced it, and attributes.

Like spaCy's ``Span`` and Presidio's ``RecognizerResult``: ``text[start:end]``
is always ``span.text``.  Attributes (``type``, ``symbol``, ``value``, ``unit``…)
are flattened into the record by :meth:`Span.to_dict` and read back by
:meth:`Span.from_dict`, so the two round-trip exactly.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Keys that belong to the span itself; everything else in a record's dict is an attribute.
_CORE = ("label", "text", "start", "end", "source", "score")
# Keys the record builder adds (mapped offsets, sentence index); not attributes.
_DERIVED = ("raw_start", "raw_end", "sentence", "zone")


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str
    label: str
    source: str = ""
    score: float = 1.0
    attrs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets {self.start}:{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text {self.text!r} does not fit {self.start}:{self.end}")

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
