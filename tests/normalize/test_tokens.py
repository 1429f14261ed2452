"""Fast paths of normalization agree with the exact way on every text: the word tokenizer of
the typo pass with the chunk-by-chunk reference, the character scan with the scan from the first
trigger, the diacritic test with its definition."""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import chars
from pipeline.normalize.ortho import has_marks
from pipeline.normalize.words import _words_slow, words

FIELDS = ("starts", "ends", "texts", "prev", "next", "initial")


def table(toks) -> list[tuple]:
    return list(zip(*(getattr(toks, f) for f in FIELDS)))


@pytest.mark.parametrize("text, texts, prev, initial", [
    # plain prose: every word touches the one before it
    ("Bộ Y tế xây dựng", ["Bộ", "Y", "tế", "xây", "dựng"], [-1, 0, 1, 2, 3], [True, False, False, False, False]),
    # punctuation around a word cuts the link; after a quote mark (either) a word is initial
    ("ông nói, “Hà Nội” đẹp", ["ông", "nói", "Hà", "Nội", "đẹp"], [-1, 0, -1, 2, -1], [True, False, True, False, True]),
    # a code and a number are no tokens; a line break makes the next word initial
    ("số 25-NQ/TW của\nBộ Chính trị", ["số", "của", "Bộ", "Chính", "trị"], [-1, -1, -1, 2, 3],
     [True, False, True, False, False]),
    # two spaces or a tab still touch; a letter that is a digit (²) ends the word
    ("diện  tích\t20 m² đất", ["diện", "tích", "đất"], [-1, 0, -1], [True, False, False]),
])
def test_words(text, texts, prev, initial):
    toks = words(text)
    assert (toks.texts, toks.prev, toks.initial) == (texts, prev, initial)
    assert [text[s:e] for s, e in zip(toks.starts, toks.ends)] == texts
    assert table(toks) == table(_words_slow(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aàđĐHn²5 \n\t,.“”(-:")), max_size=60))
def test_fast_path_matches_reference(text):
    assert table(words(text)) == table(_words_slow(text))


@pytest.mark.parametrize("text", ["Hà Nội, ngày 5 tháng 3\nông Ba (Bộ Y tế) nói: “được”", "a  b\n c d-e f"])
def test_cuts_are_the_tokens_that_do_not_touch_the_next(text):
    toks = words(text)
    assert toks.cuts == [i for i in range(len(toks) - 1) if toks.next[i] < 0]
    assert toks.cuts == _words_slow(text).cuts


@pytest.mark.parametrize("text", ["số " * 40 + "(Hà Nội) và " + "cán bộ " * 30, "a b\nc " * 20])
def test_offsets_in_long_runs(text):
    toks = words(text)
    assert [text[toks.start(i):toks.end(i)] for i in range(len(toks))] == toks.texts
    assert toks.starts == _words_slow(text).starts


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("a&m;p#1 \n\u00a0\u0301\u0653\u0627ðéжΩ\u1f00x")), max_size=40))
def test_chars_scan_skips_only_what_cannot_change(text):
    """With entities off, the scan may begin after a leading '&': the same edits as scanning
    from the first trigger's word (the scan as it was)."""
    first = chars._TRIGGER.search(text)
    whole = chars._scan(text, chars._word_start(text, first.start()), False) if first else []
    assert chars.edits(text) == whole


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=8) | st.text(alphabet=st.sampled_from(list("aáđĐeêừỹxyz\u00ff\u0180\u024f\u1e00\u1eff")), max_size=8))
def test_has_marks_matches_the_definition(word):
    assert has_marks(word) == any(c in "đĐ" or unicodedata.decomposition(c) for c in word if ord(c) > 127)
