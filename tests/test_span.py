import pytest
from hypothesis import given, strategies as st

from pipeline.span import Span, SpanSet

TEXT = "Đồng chí Trần Thu Hương, Ủy viên Thành ủy, Bí thư Quận ủy phát biểu."


@pytest.mark.parametrize("start,end,label,attrs", [
    (9, 23, "PERSON", {}),
    (25, 41, "POSITION", {}),
    (43, 57, "POSITION", {"organization": "Quận ủy"}),
])
def test_round_trip(start, end, label, attrs):
    span = Span.of(TEXT, start, end, label, "rule:test", 0.9, **attrs)
    assert TEXT[span.start:span.end] == span.text
    d = span.to_dict()
    d.update(raw_start=start, raw_end=end, sentence=0, zone="body")  # what the record adds
    assert Span.from_dict(d) == span


def test_attrs_are_flat_in_the_dict():
    span = Span.of("Nghị quyết số 25-NQ/TW", 0, 22, "DOCUMENT", "rule:doc", symbol="25-NQ/TW", type="Nghị quyết")
    d = span.to_dict()
    assert d["symbol"] == "25-NQ/TW" and d["type"] == "Nghị quyết" and "attrs" not in d


@pytest.mark.parametrize("start,end,text", [(5, 3, ""), (-1, 2, "ab"), (0, 3, "ab")])
def test_bad_offsets_fail_loudly(start, end, text):
    with pytest.raises(ValueError):
        Span(start, end, text, "PERSON")


def test_overlap_and_containment():
    outer = Span.of(TEXT, 25, 41, "POSITION")
    inner = Span.of(TEXT, 33, 41, "ORGANIZATION")
    other = Span.of(TEXT, 43, 57, "POSITION")
    assert outer.contains(inner) and outer.overlaps(inner)
    assert not outer.overlaps(other) and not other.contains(inner)


@given(st.text(min_size=1), st.data())
def test_of_always_cuts_the_text(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    span = Span.of(text, start, end, "LOCATION")
    assert text[span.start:span.end] == span.text
    assert Span.from_dict(span.to_dict()) == span


# SpanSet: the spans an extractor has taken, asked by bisection (offsets in TEXT:
# "Trần Thu Hương" 9-23, "Ủy viên Thành ủy" 25-41, "Bí thư Quận ủy" 43-57).
@pytest.mark.parametrize("held,start,end,overlapping", [
    ([(9, 23), (43, 57)], 25, 41, []),          # the position between the two: free
    ([(9, 23), (43, 57)], 20, 45, [0, 1]),      # across both
    ([(9, 23), (43, 57)], 23, 43, []),          # touching both ends: half-open, free
    ([(9, 23), (25, 41)], 9, 10, [0]),
    ([(25, 41), (9, 23)], 30, 30, [1]),         # (added out of order: kept sorted) a point inside
    ([(9, 23), (15, 30)], 24, 26, [0]),         # overlapping spans merged: 9-30
    ([(9, 9)], 0, 57, []),                      # a span of no length holds nothing
])
def test_span_set_overlapping(held, start, end, overlapping):
    spans = SpanSet(held)
    assert list(spans.overlapping(start, end)) == overlapping
    assert all(TEXT[a:b] for a, b in spans)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12))), st.integers(0, 70), st.integers(0, 12))
def test_span_set_answers_as_a_scan_of_every_span(pairs, start, length):
    held = [(a, a + n) for a, n in pairs]
    spans = SpanSet(held)
    end = start + length
    assert bool(spans.overlapping(start, end)) == any(a < end and start < b for a, b in held if a < b)
    assert spans.covers(start) == any(a <= start < b for a, b in held)
    starts, ends = spans.starts, spans.ends
    assert all(a < b for a, b in spans) and all(b <= a for b, a in zip(ends, starts[1:]))  # disjoint (touching at most), sorted


def test_span_set_replace_keeps_order():
    spans = SpanSet([(9, 23), (25, 41), (43, 57)])
    spans.replace(1, 33, 41)    # "Ủy viên Thành ủy" gives up "Ủy viên"
    assert list(spans) == [(9, 23), (33, 41), (43, 57)] and TEXT[33:41] == "Thành ủy"
