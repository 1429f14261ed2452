"""The entity recognizers' shortcuts answer as the long way would.

The token view's per-word bits, the phrase tables' trie and the recognizers'
candidate starts only skip work: each test compares a shortcut with the plain
computation it stands for, on short texts and on the dev articles.
"""
from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.doc import Doc
from pipeline.entities import lexicon, locations, organizations, persons, positions
from pipeline.entities.lexicon import (FAMILY, GLUED_UNIT, HEAD, PROPER, ROAD_CODE, SYLLABLE, PhraseTable, TokenView,
                                       lfold, may_start, word_mask, words_of)

TEXTS = [
    "Bí thư Quận ủy Trần Thu Hương, Phó Chủ tịch UBND tỉnh Thái Bình.",
    "Năm 2017.Thủ tướng Nguyễn Xuân Phúc thăm TP.Hà Nội  và Q.3, TP.HCM.",
    "Ảnh: Hoàng Hưng/VTC News\nCông ty cổ phần Tasco Nam Thái\n\nông L.T.Thắng",
    "các xã Đông Thạnh, Nhị Bình và Xuân Thới Sơn; đoạn Hạ Long - Mông Dương",
    "Bộ trưởng Bộ Tài chính. Chủ tịch\nQuốc hội; đại biểu Quốc hội khóa XV",
    "1. Lê Văn An - Bộ trưởng Bộ Công an2. Trần Bình - Bí thư Tỉnh ủy Thái Bình3. Hồ Chí MinhỦy ban Kiểm tra",
]


def _doc(text: str) -> Doc:
    return Doc(id="t", raw=unicodedata.normalize("NFC", text))


@pytest.fixture(scope="module")
def articles(shared) -> list[str]:
    paths = sorted((shared / "data" / "dev" / "articles").glob("*.txt"))[:40]
    return TEXTS + [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("word,bit,present", [
    ("Q.3", GLUED_UNIT, True), ("TP.HCM", GLUED_UNIT, True), ("TPHCM", GLUED_UNIT, True),
    ("TPCP", GLUED_UNIT, False), ("QL18", ROAD_CODE, True), ("ĐT741", ROAD_CODE, True), ("QL", ROAD_CODE, False),
])
def test_one_token_place_shapes(word, bit, present):
    assert bool(word_mask(word) & bit) is present


def test_mask_bits_do_not_overlap():
    """The word's own bits, the ALONE and the SECOND bits of the tables are all distinct."""
    own = [getattr(lexicon, name) for name in ("TITLE", "HEAD", "ORG_NAME", "REGION", "UNIT", "PLACE", "SITE",
                                               "HONORIFIC", "FIELD", "CODE", "QUALIFIER", "DESCRIPTOR", "WARD",
                                               "UNIT_ONLY", "FAMILY", "SYLLABLE", "PROPER", "GLUED_UNIT", "ROAD_CODE")]
    tables = own[:15]
    bits = own + [b << lexicon.ALONE for b in tables] + [b << lexicon.SECOND for b in tables]
    assert all(b & (b - 1) == 0 for b in bits)     # one bit each
    assert len(set(bits)) == len(bits)


def test_word_mask_bits():
    assert word_mask("Nguyễn") & FAMILY and word_mask("Nguyễn") & SYLLABLE and word_mask("Nguyễn") & PROPER
    assert word_mask("UBND") & PROPER and not word_mask("UBND") & SYLLABLE
    assert word_mask("công") & HEAD and not word_mask("nghệ") & HEAD


def test_may_start_needs_the_second_word():
    view = TokenView.of(_doc("công ty và công nghệ"))
    assert may_start(view.mask, 0, HEAD)        # công ty
    assert not may_start(view.mask, 3, HEAD)    # công nghệ: no head starts "công nghệ"


def test_view_from_tokens_equals_view_from_split(articles):
    """The view built from the split text and from ``Doc.tokens`` are the same."""
    for text in articles:
        fast = TokenView.of(_doc(text))
        doc = _doc(text)
        doc.tokens
        slow = TokenView.of(doc)
        for name in ("starts", "ends", "words", "low", "key", "exact", "cap", "n", "hot", "brk", "hot_at", "mask"):
            assert getattr(fast, name) == getattr(slow, name), name


# Spaces the split by pieces must get right: at the ends, doubled, a line
# break before a space, tabs and other spaces, characters Python alone calls spaces.
ODD_SPACES = ["", " ", "\n", " \n ", "  Hà Nội  ", "\n\nÔng A.\n \nBà B\t\tC\x1cD ", "a  b   c\n d \n\n e ",
              "2017.Thủ tướng\u00a0Hà\u2009Nội \u3000x", "x \t\n", "Ảnh: Hoàng Hưng/VTC News \n"]


def _assert_split_view_is_the_tokenizers(text):
    """The view cut at spaces has the tokenizer's tokens, offsets, line breaks
    and bits (the view built from ``doc.tokens``), and each offset pair is its word."""
    fast = TokenView.of(Doc(id="t", raw=text))
    doc = Doc(id="t", raw=text)
    doc.tokens
    slow = TokenView.of(doc)
    for name in ("starts", "ends", "words", "brk", "n", "mask"):
        assert getattr(fast, name) == getattr(slow, name), name
    assert [fast.text[a:b] for a, b in zip(fast.starts, fast.ends)] == fast.words


@pytest.mark.parametrize("text", ODD_SPACES)
def test_view_from_split_with_odd_spaces(text):
    _assert_split_view_is_the_tokenizers(text)


# Pieces of Vietnamese news text and the separators that trip a split by spaces.
_PIECES = ["Hà", "Nội", "Ông", "Nguyễn", "Văn", "A.", "2017.Thủ", "Hưng/VTC", "TP.HCM", "QL18", "(Ảnh:", "12/QĐ-UBND",
           "3/6/2013", "tỉnh", "ủy", "x", ".", ",", "…", "²", "e\u0301", "an3.", "Bình26", "MinhỦy", "MạnhBan",
           "NeÁng", "H5N1", "ThaiBinh"]
_SEPARATORS = [" ", "  ", "\n", " \n ", "\t", "\u00a0", "\u2009", "\u3000", "\x1c", "", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SEPARATORS), st.sampled_from(_PIECES)), max_size=12),
       st.sampled_from(_SEPARATORS))
def test_view_from_split_agrees_with_the_tokenizer(parts, tail):
    """Any mix of words and separators: the view cut at spaces has the
    tokenizer's tokens, offsets and line breaks, and each offset pair is its word."""
    text = "".join(sep + piece for sep, piece in parts) + tail
    _assert_split_view_is_the_tokenizers(text)


def test_view_breaks_follow_the_gaps(articles):
    for text in articles:
        view = TokenView.of(_doc(text))
        t = view.text
        expected = [True] + [t[e:s] not in ("", " ") and ("\n" in t[e:s] or bool(t[e:s].strip()))
                             for e, s in zip(view.ends, view.starts[1:])]
        # (and between two lines run together without a space: "Hồ Chí MinhỦy ban")
        expected = [b or (e == s and lexicon._run_together(a, w))
                    for b, a, w, e, s in zip(expected, [""] + view.words, view.words, [-1] + list(view.ends), view.starts)]
        assert view.brk == expected


def _slow_match(table: PhraseTable, entries: list[tuple[tuple[str, ...], object, bool]], view, i):
    """The longest entry at ``i`` by trying every entry, first in lexicon order among equals."""
    keys = view.exact if table.case == "exact" else view.key
    best = None
    for keyed, value, upper in entries:
        k = len(keyed)
        if i + k > view.n or tuple(keys[i:i + k]) != keyed:
            continue
        if table.case == "first" and upper and not view.cap[i]:
            continue
        if any(view.brk[i + 1:i + k]):
            continue
        if best is None or k > best[0] - i:
            best = (i + k, value)
    return best


@pytest.mark.parametrize("case", ["lower", "exact", "first"])
def test_trie_match_equals_trying_every_entry(case, articles):
    phrases = ["Chủ tịch", "chủ tịch", "Chủ", "Quốc hội", "ủy ban nhân dân", "Ủy ban", "Hà Nội", "TP", "xã"]
    table = PhraseTable([(p, n) for n, p in enumerate(phrases)], case=case)
    entries = []
    for n, p in enumerate(phrases):
        words = words_of(p)
        keyed = tuple(lexicon.fold(w) if case == "exact" else lfold(w) for w in words)
        entries.append((keyed, n, words[0][:1].isupper()))
    for text in articles[:12]:
        view = TokenView.of(_doc(text))
        for i in range(view.n):
            assert table.match(view, i) == _slow_match(table, entries, view, i)
            got = list(table.matches(view, i))
            assert got == sorted(got, key=lambda m: -m[0])
            assert (got[0] if got else None) == table.match(view, i)
            for j in range(i - 1, min(view.n, i + 6) + 2):
                assert table.spans(view, i, j) == any(end == j for end, _ in got)


def test_phrase_table_contains():
    table = PhraseTable([("ủy ban nhân dân", 1)], case="lower")
    assert "Ủy ban nhân dân" in table
    assert "ủy ban" not in table


@pytest.mark.parametrize("module,starts", [(positions, "starts"), (organizations, "starts"),
                                           (persons, "_starts"), (locations, "_starts")])
def test_candidate_starts_find_what_every_hot_token_finds(module, starts, articles, monkeypatch):
    """Each recognizer finds the same spans trying only its candidate starts as
    trying every hot token (what it did before the starts were filtered)."""
    def spans(text):
        doc = _doc(text)
        view = TokenView.of(doc)
        return [(s.start, s.end, s.label, s.source) for s in module.find(doc, view)]

    fast = [spans(t) for t in articles]
    monkeypatch.setattr(module, starts, lambda view: view.hot_at)
    assert fast == [spans(t) for t in articles]


CREDITS = ["(Ảnh: Hoàng Hưng)", "Bài và ảnh: Minh Anh", "Bài, ảnh: Minh Anh", "Bài: Minh Anh", "Clip: Văn Tuấn",
           "Video : Văn Tuấn", "Tác giả: Nguyễn Văn A", "Nhóm PV: Lan Anh"]


def test_every_credit_holds_a_credit_word(articles):
    """persons.find runs the credit regex only on texts holding a credit word."""
    assert all(persons._CREDIT.search(t) for t in CREDITS)
    for text in articles + CREDITS:
        for m in persons._CREDIT.finditer(text):
            assert any(w in m.group() for w in persons._CREDIT_WORDS)


@pytest.mark.parametrize("name", ["position_titles", "org_heads", "org_names", "place_units", "site_heads", "regions",
                                  "places", "wards"])
def test_openers_hold_wherever_the_table_matches(name, articles):
    """An entry matches only where the table's openers (the first one or two
    keys of its entries) say one may start: the candidate starts skip the rest."""
    table = getattr(lexicon, name)()
    openers = locations.openers(table)
    for text in articles:
        view = TokenView.of(_doc(text))
        for i in range(view.n):
            assert table.match(view, i) is None or openers.at(view, i), (name, view.words[i:i + 3])


def test_the_area_word_has_the_bits_the_place_starts_read():
    """``khu`` (``khu vực``) is found among the tokens with unit or site bits."""
    assert lexicon.mask_of("khu") & (lexicon.UNIT | lexicon.SITE)
    assert lexicon.mask_of("Khu") & (lexicon.UNIT | lexicon.SITE)


def _plain_starts(view: TokenView) -> tuple[list[int], list[int], list[int]]:
    """locations.candidate_starts the long way: every hot token asked of the
    tables' openers (Openers.at), the word's shape and the next tokens."""
    o = locations.openers
    titles, heads, names = o(lexicon.position_titles()), o(lexicon.org_heads()), o(lexicon.org_names())
    units = o(lexicon.place_units(), lexicon.site_heads())
    named = o(lexicon.regions(), lexicon.places(), lexicon.wards())
    positions_, organizations_, places_ = [], [], []
    for i in view.hot_at:
        m = view.mask[i]
        if titles.at(view, i):
            positions_.append(i)
        if heads.at(view, i) or names.at(view, i):
            organizations_.append(i)
        if (units.at(view, i) or named.at(view, i) or m & (GLUED_UNIT | ROAD_CODE)
                or (m & (lexicon.UNIT | lexicon.SITE) and view.low[i] == "khu")):
            places_.append(i)
        elif m & SYLLABLE and (i == 0 or not view.cap[i - 1]):
            e = i + 1
            while e < view.n and e - i < 4 and view.mask[e] & SYLLABLE and not view.brk[e]:
                e += 1
            if e < view.n and (view.words[e] in locations._LIST_SEPARATORS
                               or (view.words[e] == "(" and m & lexicon.WARD)):
                places_.append(i)
            elif e - i >= 2 and i > 1 and view.words[i - 1][:1].isdigit() and view.low[i - 2] in locations._ADDRESS_OPENERS:
                places_.append(i)
    for _ in range(2):      # one or two modifiers before a title: "Phó Tổng Giám đốc"
        positions_ = sorted(set(positions_) | {j - 1 for j in positions_ if j > 0 and view.hot[j - 1]
                                               and view.low[j - 1] in locations.MODIFIERS})
    return positions_, organizations_, places_


def test_candidate_starts_read_from_the_word_bits_as_from_the_openers(articles):
    """The start pass reads what a word alone allows from the per-word start
    bits, and the next word only for the words that open a pair: the same
    starts as asking every hot token of the openers."""
    for text in articles:
        view = TokenView.of(_doc(text))
        assert locations.candidate_starts(view)[:3] == _plain_starts(view), text[:60]


def _plain_name_starts(view: TokenView) -> list[int]:
    """persons._starts the long way: every hot token asked of its mask, case and word."""
    mask, low, words, cap, n = view.mask, view.low, view.words, view.cap, view.n
    return [i for i in view.hot_at if mask[i] & lexicon.HONORIFIC_ALONE
            or (mask[i] & lexicon.HONORIFIC and i + 1 < n and mask[i + 1] & lexicon.HONORIFIC_SECOND)
            or (cap[i] and (mask[i] & (FAMILY | lexicon.TITLE_ALONE) or low[i] in persons._TITLE_MODS
                            or "." in words[i] or (mask[i] & lexicon.TITLE and i + 1 < n
                                                   and mask[i + 1] & lexicon.TITLE_SECOND)))]


def test_name_starts_read_from_the_word_bits_as_from_the_masks(articles):
    """The name rules' starts read what a word alone allows from ``view.opens``:
    the same starts as asking every hot token of its mask and the next one's."""
    for text in articles:
        view = TokenView.of(_doc(text))
        assert persons._starts(view) == _plain_name_starts(view), text[:60]


def test_opens_are_zero_off_the_hot_tokens(articles):
    """``view.opens`` is the start bits of each hot token's word, 0 elsewhere."""
    for text in articles:
        view = TokenView.of(_doc(text))
        for i in range(view.n):
            key, exact, low, cap = view.key[i], view.exact[i], view.low[i], view.cap[i]
            bits = (locations.start_bits(view.words[i], key, exact, low, cap, view.mask[i])
                    | persons.start_bits(view.words[i], key, exact, low, cap, view.mask[i]))
            assert view.opens[i] == (bits if view.hot[i] else 0)


@pytest.mark.parametrize("young", [700, 50_000])
@pytest.mark.parametrize("repeat", [1, 100, 300])
def test_view_columns_are_the_word_infos(repeat, young):
    """The view's per-token lists, transposed from the word infos a block of rows at a time
    (under the default collector threshold) or all at once (under the batch runner's), are
    each word's info, in order, on texts shorter and longer than a block."""
    import gc
    from pipeline import COLUMN_BLOCK
    from pipeline.entities.lexicon import word_info
    text = "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Hà Nam, ký Quyết định số 12/QĐ-UBND.\n" * repeat
    old = gc.get_threshold()
    gc.set_threshold(young, *old[1:])
    try:
        view = TokenView.of(_doc(text))
    finally:
        gc.set_threshold(*old)
    assert repeat == 1 or view.n > 2 * COLUMN_BLOCK
    infos = [word_info(w) for w in view.words]
    for name, col in (("key", 0), ("exact", 1), ("low", 2), ("cap", 3), ("mask", 5), ("opens", 6), ("words", 7)):
        assert getattr(view, name) == [info[col] for info in infos], name
