"""Edits and the offset map that leads from a derived text back to its source.

Every normalization pass returns a list of :class:`Edit` (replace
``src[start:end]`` with ``new``).  :func:`apply_edits` builds the new text and
an :class:`OffsetMap` from it.  Maps compose (``later.after(earlier)``), so the
whole normalization chain is one map from normalized text to raw input.

The map is piecewise: identity stretches between edits cost nothing, so a
50 MB article with a handful of edits uses a handful of entries.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``src[start:end]`` with ``new``; ``kind`` says why (``typo``, ``tone``, ``unicode``…)."""
    start: int
    end: int
    new: str
    kind: str = "unicode"


class _Layer:
    """One pass: sorted replaced regions (dst_start, dst_end, src_start, src_end)."""

    __slots__ = ("ds", "de", "ss", "se")

    def __init__(self, regions: list[tuple[int, int, int, int]]):
        self.ds = [r[0] for r in regions]
        self.de = [r[1] for r in regions]
        self.ss = [r[2] for r in regions]
        self.se = [r[3] for r in regions]

    def start(self, i: int) -> int:
        k = bisect_right(self.ds, i) - 1
        if k < 0:
            return i
        if i < self.de[k]:
            return self.ss[k]
        return self.se[k] + (i - self.de[k])

    def end(self, e: int) -> int:
        k = bisect_left(self.ds, e) - 1
        if k < 0:
            return e
        if e <= self.de[k]:
            return self.se[k]
        return self.se[k] + (e - self.de[k])


class OffsetMap:
    """Maps half-open spans of the derived text to spans of the source text."""

    __slots__ = ("_layers",)

    def __init__(self, layers: Iterable[_Layer] = ()):
        self._layers = list(layers)  # earliest pass first

    @classmethod
    def identity(cls) -> "OffsetMap":
        return cls()

    def after(self, earlier: "OffsetMap") -> "OffsetMap":
        """The map of this pass applied on top of ``earlier``'s output."""
        return OffsetMap(earlier._layers + self._layers)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        if start == end:  # an empty span maps to an empty span at its start
            for layer in reversed(self._layers):
                start = layer.start(start)
            return start, start
        for layer in reversed(self._layers):
            start, end = layer.start(start), layer.end(end)
        return start, end

    def __len__(self) -> int:
        return len(self._layers)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its map back to ``text``."""
    parts: list[str] = []
    regions: list[tuple[int, int, int, int]] = []
    cursor = 0
    out_len = 0
    for e in edits:
        if e.start < cursor or e.end < e.start or e.end > len(text):
            raise ValueError(f"edits overlap or are unsorted at {e.start}:{e.end}")
        parts.append(text[cursor:e.start])
        out_len += e.start - cursor
        parts.append(e.new)
        regions.append((out_len, out_len + len(e.new), e.start, e.end))
        out_len += len(e.new)
        cursor = e.end
    if not regions:
        return text, OffsetMap.identity()
    parts.append(text[cursor:])
    return "".join(parts), OffsetMap([_Layer(regions)])
