"""The one overlap policy of the entity recognizers.

Guideline: entities are flat and never overlap; the outermost span wins
(``Trưởng Ban Dân vận Thành ủy`` is one POSITION, not a POSITION holding an
ORGANIZATION).  :func:`resolve_overlaps` applies it to the candidates of all
recognizers at once:

1. longer spans first (outermost wins);
2. among spans of equal length, the higher ``score``;
3. then the label priority POSITION > ORGANIZATION > LOCATION > PERSON
   (a gazetteer place beats a name-shaped guess of the same words:
   ``Lê Chân`` after ``quận`` is a place);
4. then the earlier start.

A candidate is kept when it overlaps none already kept.
"""
from __future__ import annotations

from bisect import bisect_left, insort

from ..span import Span

LABEL_PRIORITY = {"POSITION": 0, "ORGANIZATION": 1, "LOCATION": 2, "PERSON": 3}


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans chosen by the policy above, sorted by start."""
    order = sorted(spans, key=lambda s: (-(s.end - s.start), -s.score,
                                         LABEL_PRIORITY.get(s.label, 9), s.start))
    starts: list[int] = []
    kept: dict[int, Span] = {}
    for s in order:
        if s.end <= s.start:
            continue
        k = bisect_left(starts, s.start)
        # the kept span starting at or before s.start, and the one after it
        if k > 0 and kept[starts[k - 1]].end > s.start:
            continue
        if k < len(starts) and starts[k] < s.end:
            continue
        insort(starts, s.start)
        kept[s.start] = s
    return [kept[a] for a in starts]
