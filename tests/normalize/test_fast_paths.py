"""The typo pass's shortcuts agree with the tests they stand for: the pair table's hit bits with
the quick tests on a word's variants, and the per-token visit decisions of ``_candidates`` with
those tests made token by token (a token the loop skips is one they settle)."""
from __future__ import annotations

import json
import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import COLUMN_BLOCK
from pipeline.normalize import words as W
from pipeline.normalize.lexicon import lexicon

TEXTS = [
    "Ông Nguyễn Văn An cho biết, dự án đầu tư xây dựng cơ quan mới đã hoàn thành.",
    "Theo kế hoạch, tỉnh sẽ triển khai các giải pháp phát triển kinh tế xã hội.",
    "lao đồng và việc làm trong tình hình mới cần được quan tâm hơn nữa",  # lao động
    "Công nghệ tiến tiến giúp năng cao chất lượng sản phẩm của doanh nghiệp.",
    "Các đồng chí đã tham dự, cùng các đồng chí lãnh đạo và cùng cạc đồng chí khác.",
    "HĐND TP. Hà Nội họp phiên thứ nhất; UBND tỉnh Quảng Nam báo cáo số số liệu.",
    "Bộ Y tế đề nghị người dân không hoảng loạn, thực hiên đúng hướng dẫn.",
]


def _halves(code: int) -> int:
    """The weight of a lexicon pair code in the original weak/strong rule."""
    if code in (2, 4):
        return code >> 1
    return 0 if code in (0, 1) else 9


def test_pair_hit_bits_match_the_quick_tests():
    lex = lexicon()
    codes = W._pair_codes()
    after, before = W._compounds()
    rng = random.Random(5)
    keys = sorted(lex.known)
    sample = rng.sample(keys, 400) + ["cùa", "cạc", "ồng"]
    for k in sample:
        q = W._quick(k)
        if q is None:
            continue
        fixable, _, _, beside = q
        firsts = set(rng.sample(keys, 20)) | set(list(before.get(next(iter(fixable), ""), ()))[:20])
        for a in firsts:
            want = not fixable.isdisjoint(after.get(a, W._EMPTY)) \
                or any(lex.pair_code.get((a, c), 0) >= need for c, need in beside)
            assert bool(codes.get(a, {}).get(k, 0) & W._HIT_SECOND) == want, (a, k)
        seconds = set(rng.sample(keys, 20)) | set(list(after.get(next(iter(fixable), ""), ()))[:20])
        for b in seconds:
            want = not fixable.isdisjoint(before.get(b, W._EMPTY)) \
                or any(lex.pair_code.get((c, b), 0) >= need for c, need in beside)
            assert bool(codes.get(k, {}).get(b, 0) & W._HIT_FIRST) == want, (k, b)


def test_visit_tables_are_the_keep_rule():
    """The byte tables of ``_candidates`` (a token's class byte beside the facts of its two pair
    codes, each read through its side's nibble table) give what ``_keep`` gives, for every class
    a word can have and every two pair codes."""
    for cls in W._CLASSES:
        for left in range(32):
            for right in range(32):
                facts = W._FACTS[W._LEFT_NIBBLE[left] | W._RIGHT_NIBBLE[right]]
                assert W._VISIT[W._CLASS_BYTE[cls] | facts] == W._keep(cls, left, right), (cls, left, right)


def test_every_class_is_numbered():
    """``_class`` gives only the values ``_CLASSES`` numbers (or ``_word_info`` would fail)."""
    words = {w for text in TEXTS for w in W.words(text).texts}
    words |= {"hat", "ƯBND", "UBND", "a", "x" * 20, "Nguyen", "hoà", "soongs", "HĐND", "k"}
    for w in words:
        for style in ("old", "new", "keep"):
            assert W._class(w, style) in W._CLASS_BYTE, (w, style)


@pytest.mark.parametrize("text", TEXTS)
def test_visits_match_the_tests_token_by_token(text):
    """Every token: what ``_candidates`` decides, against the class and the quick tests made
    directly from the lexicon's pair codes (as the loop made them for every candidate)."""
    lex = lexicon()
    after, before = W._compounds()
    toks = W.words(text)
    texts = toks.texts
    infos = [W._word_info(w, "old") for w in texts]
    keys = [i[0] for i in infos]
    todo, visits = W._candidates(infos, keys, toks.cuts)
    visit_of = dict(zip(todo, visits))
    tight_second, tight_first = W._tight_visits()
    for i, w in enumerate(texts):
        cls = W._class(w, "old")
        p, n = toks.prev[i], toks.next[i]
        if (p >= 0 and (keys[p], keys[i]) in tight_second) or (n >= 0 and (keys[i], keys[n]) in tight_first):
            assert visit_of.get(i, 0) & W._TIGHT_VISIT == W._TIGHT_VISIT, (w, visit_of.get(i))
            continue  # one slip from a tight compound with a neighbour: looked at whatever else holds
        assert not visit_of.get(i, 0) & 4, w
        lc = lex.pair_code.get((keys[p], keys[i]), 0) if p >= 0 else 0
        rc = lex.pair_code.get((keys[i], keys[n]), 0) if n >= 0 else 0
        doubled = (p >= 0 and keys[p] == keys[i]) or (n >= 0 and keys[n] == keys[i])
        weak = _halves(lc) + _halves(rc) <= 2
        visit = visit_of.get(i, 0)
        if cls & W._ALWAYS:
            assert visit in (1, 3)
            continue
        if not (cls & W._WEIGHED and weak):
            assert visit == 0 or (doubled and cls & W._SHORT), (w, visit)
            continue
        q = W._quick(w)
        if q is None:
            assert visit == 3
            continue
        fixable, _, phrase, beside = q
        hit = (p >= 0 and not fixable.isdisjoint(after.get(keys[p], W._EMPTY))) \
            or (n >= 0 and not fixable.isdisjoint(before.get(keys[n], W._EMPTY))) \
            or any((p >= 0 and lex.pair_code.get((keys[p], c), 0) >= need)
                   or (n >= 0 and lex.pair_code.get((c, keys[n]), 0) >= need) for c, need in beside)
        if hit or (doubled and visit == 3):
            assert visit == 3, (w, visit)
        else:
            assert visit == (2 if phrase else 0), (w, visit)


def test_letter_class_is_the_regex_letters_on_the_bmp():
    r"""The tokenizer's letter class takes on the Basic Multilingual Plane exactly what
    ``[^\W\d_]`` takes (beyond it, everything: see the next test)."""
    bmp = "".join(map(chr, range(0x10000)))
    assert re.findall(W._L, bmp) == re.findall(r"[^\W\d_]", bmp)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aàđĐHn²5 \n\t,.“”(-:") + ["😀", "𝐀", "𝟎", "\U00020000"]),
               max_size=50))
def test_tokens_with_characters_beyond_the_bmp_match_the_reference(text):
    fields = ("starts", "texts", "prev", "next", "initial")
    fast, slow = W.words(text), W._words_slow(text)
    assert [getattr(fast, f) for f in fields] == [getattr(slow, f) for f in fields]


_SCAN_PARTS = ["Hà", "Nội", "nguyễn", "a", "б", "Тоан", "Мinh", "Ꙁ", "ἀ", "ð", "Ðà", "e\u0301", "a\u0323\u0302",
               "\u0483", "\u0951", "&amp;", "&#7879;", "&x", "\ufeff", "\u200b", "\u00ad", "\r", "\r\n", "\u00a0",
               "\u3000", "\u2009", " ", "  ", "\n", ",", "(", "1", "x\u0308y"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_PARTS), max_size=30), st.booleans())
def test_char_scan_of_trigger_words_is_the_full_scan(parts, entities):
    """``chars._scan`` reads only the words holding a trigger (and the white-space triggers): it
    finds what the full scan from the same start finds."""
    from pipeline.normalize import chars
    text = "".join(parts)
    first = chars._TRIGGER.search(text)
    if first is None:
        return
    begin = chars._word_start(text, first.start())
    assert chars._scan(text, begin, entities) == chars._scan_all(text, begin, len(text), entities)


@pytest.mark.parametrize("repeat", [1, 40, 120])
def test_key_columns_are_the_infos(repeat):
    """``_key_columns`` transposes the word infos a block at a time: the keys, class bytes and
    pair codes of each token, in order, on texts shorter and longer than a block."""
    texts = W.words("Ủy ban nhân dân tỉnh đã họp bàn về kế hoạch phát triển kinh tế năm nay. " * repeat).texts
    infos = [W._word_info(w, "old") for w in texts]
    keys, classes, pairs = W._key_columns(infos)
    assert keys == [i[0] for i in infos]
    assert classes == bytes(i[1] for i in infos)
    assert pairs == [i[2] for i in infos]
    assert repeat == 1 or len(infos) > 2 * COLUMN_BLOCK


def test_long_article_counts_agree_with_the_per_question_counts(shared, monkeypatch):
    """A long article counts all its words and phrases once (``_LONG_ARTICLE``) instead of
    scanning itself for each one asked about: the same answers, so the same edits, on the
    dev articles (and the injected-typo copies) taken as long."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((shared / "data" / "dev" / "articles").glob("*.txt"))]
    with (shared / "data" / "dev" / "typos" / "input.jsonl").open(encoding="utf-8") as fh:
        texts += [json.loads(line)["text"] for line in fh if line.strip()][:12]
    assert len(texts) >= 23
    short = [W.edits(t) for t in texts]
    assert any(e.kind.startswith("typo") for es in short for e in es)    # (the typos are asked about)
    monkeypatch.setattr(W, "_LONG_ARTICLE", 0)
    assert [W.edits(t) for t in texts] == short
    counts = W._Counts("các đồng chí và các đồng chí lãnh đạo".split())
    assert (counts.get("các"), counts.get("đồng"), counts.get("lãnh"), counts.get("Hà Nội")) == (2, 2, 1, None)
