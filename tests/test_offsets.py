"""Property tests of pipeline/offsets.py: random edit lists, applied and composed."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.offsets import Edit, OffsetMap, apply_edits


@st.composite
def text_and_edits(draw, text=None):
    if text is None:
        text = draw(st.text(alphabet="abcdế đ\n ", max_size=40))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    edits = []
    cursor = 0
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < cursor:
            continue
        new = draw(st.text(alphabet="xyzư", max_size=4))
        if a == b and not new:
            continue
        edits.append(Edit(a, b, new))
        cursor = b
    return text, edits


def identity_runs(edits: list[Edit], n_src: int):
    """(src_start, src_end, dst_start) of the untouched stretches."""
    runs, cursor, delta = [], 0, 0
    for e in edits:
        if e.start > cursor:
            runs.append((cursor, e.start, cursor + delta))
        delta += len(e.new) - (e.end - e.start)
        cursor = e.end
    if n_src > cursor:
        runs.append((cursor, n_src, cursor + delta))
    return runs


def dst_regions(edits: list[Edit]):
    out, delta = [], 0
    for e in edits:
        out.append((e.start + delta, e.start + delta + len(e.new), e))
        delta += len(e.new) - (e.end - e.start)
    return out


@settings(max_examples=400, deadline=None)
@given(text_and_edits())
def test_one_pass(te):
    src, edits = te
    dst, omap = apply_edits(src, edits)
    for s, e, d in identity_runs(edits, len(src)):
        for i in range(s, e):  # every unchanged character maps back to itself
            assert omap.to_source(d + i - s, d + i - s + 1) == (i, i + 1)
        assert src[slice(*omap.to_source(d, d + e - s))] == dst[d:d + e - s]
    for ds, de, e in dst_regions(edits):
        if de > ds:  # an edited region maps to the raw region it replaced
            assert omap.to_source(ds, de) == (e.start, e.end)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_composed_passes(data):
    raw, e1 = data.draw(text_and_edits())
    mid, m1 = apply_edits(raw, e1)
    _, e2 = data.draw(text_and_edits(mid))
    out, m2 = apply_edits(mid, e2)
    full = m2.after(m1)
    for s, e, d in identity_runs(e2, len(mid)):
        for i in range(s, e):
            # a character untouched by the second pass maps where the first pass maps it
            assert full.to_source(d + i - s, d + i - s + 1) == m1.to_source(i, i + 1)
    for ds, de, e in dst_regions(e2):
        if de > ds:
            assert full.to_source(ds, de) == m1.to_source(e.start, e.end) or e.start == e.end


def test_identity_and_empty_span():
    assert apply_edits("abc", [])[1].to_source(1, 2) == (1, 2)
    text, m = apply_edits("a\r\nb", [Edit(1, 3, "\n")])
    assert text == "a\nb"
    assert m.to_source(2, 3) == (3, 4)
    assert m.to_source(1, 1) == (1, 1)
    assert len(OffsetMap.identity()) == 0
