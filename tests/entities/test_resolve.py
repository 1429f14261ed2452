"""The overlap policy: outermost wins, then score, then label priority."""
from __future__ import annotations

import pytest

from pipeline.entities.resolve import resolve_overlaps
from pipeline.span import Span

TEXT = "Trưởng Ban Dân vận Thành ủy Lê Trí Vũ tại quận Lê Chân"


def sp(sub: str, label: str, score: float = 0.9, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(sub, start + 1)
    return Span.of(TEXT, start, start + len(sub), label, "rule:test", score)


@pytest.mark.parametrize("cands,kept", [
    # the outermost span wins over the ones inside it
    ([sp("Ban Dân vận Thành ủy", "ORGANIZATION"), sp("Trưởng Ban Dân vận Thành ủy", "POSITION")],
     [("POSITION", "Trưởng Ban Dân vận Thành ủy")]),
    ([sp("Lê Chân", "PERSON", 0.95), sp("quận Lê Chân", "LOCATION", 0.8)],
     [("LOCATION", "quận Lê Chân")]),
    # equal length: the higher score wins
    ([sp("Lê Chân", "PERSON", 0.85), sp("Lê Chân", "LOCATION", 0.9)], [("LOCATION", "Lê Chân")]),
    # equal length and score: label priority (a place beats a name-shaped guess)
    ([sp("Lê Chân", "PERSON", 0.8), sp("Lê Chân", "LOCATION", 0.8)], [("LOCATION", "Lê Chân")]),
    # partial overlap: the longer one, the other is dropped, not trimmed
    ([sp("Thành ủy Lê Trí Vũ", "ORGANIZATION", 0.5), sp("Lê Trí Vũ", "PERSON"),
      sp("Trưởng Ban Dân vận Thành ủy", "POSITION")],
     [("POSITION", "Trưởng Ban Dân vận Thành ủy"), ("PERSON", "Lê Trí Vũ")]),
    # disjoint spans all stay, sorted by start
    ([sp("quận Lê Chân", "LOCATION"), sp("Lê Trí Vũ", "PERSON")],
     [("PERSON", "Lê Trí Vũ"), ("LOCATION", "quận Lê Chân")]),
    ([], []),
])
def test_resolve_overlaps(cands, kept):
    out = resolve_overlaps(cands)
    assert [(s.label, s.text) for s in out] == kept
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))


def test_touching_spans_do_not_overlap():
    a = Span.of(TEXT, 0, 6, "POSITION", "rule:test")
    b = Span.of(TEXT, 6, 10, "ORGANIZATION", "rule:test")
    assert resolve_overlaps([b, a]) == [a, b]
