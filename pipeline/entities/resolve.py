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

from bisect import bisect_left

from ..span import Span

LABEL_PRIORITY = {"POSITION": 0, "ORGANIZATION": 1, "LOCATION": 2, "PERSON": 3}


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans chosen by the policy above, sorted by start."""
    order = sorted(spans, key=lambda s: (-(s.end - s.start), -s.score,
                                         LABEL_PRIORITY.get(s.label, 9), s.start))
    # the kept spans in order of start, with their starts and ends alongside
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Span] = []
    for s in order:
        a, b = s.start, s.end
        if b <= a:
            continue
        k = bisect_left(starts, a)
        # the kept span starting before a, and the one starting at or after it
        if k > 0 and ends[k - 1] > a:
            continue
        if k < len(starts) and starts[k] < b:
            continue
        starts.insert(k, a)
        ends.insert(k, b)
        kept.insert(k, s)
    return kept
