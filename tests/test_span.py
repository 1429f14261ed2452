import pytest
from hypothesis import given, strategies as st

from pipeline.span import Span

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
