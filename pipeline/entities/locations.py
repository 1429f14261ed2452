"""LOCATION: administrative units with their names, named sites, known places.

Rules (each match records its rule name in ``source``):
- ``unit``: a unit word and its name or number — ``quận Lê Chân``, ``phường 5``,
  ``tỉnh Thái Bình``, ``TP. Hà Nội``, ``Q.3``;
- ``site``: a road, bridge, site or region with its head noun — ``quốc lộ 1A``,
  ``đường Láng - Hoà Lạc``, ``cầu Diêm Điền``, ``miền Trung``;
- ``gazetteer``: a province or district name alone (old and post-2025 units,
  from underthesea's address data) or a country/region — ``Hải Phòng``, ``Việt Nam``;
- ``list``: bare names listed after a plural unit word or beside a known place
  — ``các xã Đông Thạnh, Nhị Bình và Xuân Thới Sơn``.

:func:`place_at` is also the place modifier of organizations and positions
(``UBND tỉnh Thái Bình``, ``Chủ tịch UBND quận``).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import cache
from itertools import compress

import regex

from ..doc import Doc
from ..span import Span, SpanSet
from .lexicon import (ALONE, FAMILY, GLUED_UNIT, HEAD, HONORIFIC, HONORIFIC_SECOND, ORG_NAME, PLACE, REGION, ROAD_CODE, ROAD_CODE_SHAPE, SECOND, SITE,
                      SYLLABLE, TITLE, TITLE_SECOND, UNIT, UNIT_ONLY, WARD, PhraseTable, TokenView, data_rows, fold, honorifics, is_word, lfold,
                      org_heads, org_names, place_units, places, position_titles, regions, site_heads, unit_only_places, wards)
from ..structure import is_vietnamese_syllable
from .names import FUNCTION_WORDS, KIN, is_proper, is_syllable, opens_clause, person_shape, syllable_run

# A road or site code: 39B, 1A, K13, 5.
_CODE = regex.compile(r"\d+[A-Z]?|[A-Z]{1,3}\d+[A-Z]?")
# Unit words written as abbreviations with a dot: "TP. Hà Nội", "Q.Ba Đình".
_ABBREVIATED = {"tp", "q", "p", "tx", "tt"}
# Abbreviations that are units only before their dot ("H.Clark" is no district).
_DOT_ONLY = {"q", "p", "tt"}
# Site heads whose compounds are a classifier before the name ("tuyến đường
# Láng", "hòn đảo Phú Quốc", "dòng sông Hồng"): kept after such a word
# (not "phố": "Đường phố Hà Nội" is the city's streets).
_CLASSIFIED = {"đường", "đảo", "sông", "núi", "biển", "hồ", "kênh"}
# Alleys, numbered on the street they leave: "ngõ 15 An Dương Vương".
_ALLEYS = {"ngõ", "ngách", "hẻm", "kiệt"}
# Heads of planned zones and parks (khu công nghiệp, khu kinh tế, khu đô thị,
# vườn quốc gia), which are often named by two places joined by a dash
# ("Khu kinh tế Chân Mây - Lăng Cô"), unlike a market, a wharf or a river
# beside another ("Sông Chày - Hang Tối": two sites).
_ZONES = {"khu", "vườn", "kcn", "kđt", "kkt", "kcx", "kcnc", "ccn", "kdl", "vqg"}     # (and their abbreviations)
# Road heads, whose names may join two places by a dash: "đường Láng - Hoà Lạc".
_ROADS = {"đường", "quốc", "tỉnh", "cao", "đại", "hương", "ql", "đt"}
# Heads of streets, which are also written with the initials of their name
# ("đường HCM" (Hồ Chí Minh), "đường ĐBP" (Điện Biên Phủ), as airports are:
# "sân bay TSN"), and which one head may give to a list of names ("đường Lê
# Lợi, Đồng Khởi").
_STREETS = frozenset({"đường", "phố"})
_AIRPORT = [lfold("sân"), lfold("bay")]
_INITIALS = regex.compile(r"[A-ZĐ]{2,4}")
# The forms of a road's funding, no name: "đường BOT", "dự án đường BT", "vốn ODA".
_FUNDING = frozenset({"BOT", "BT", "BTO", "PPP", "ODA", "BRT"})
# Words that make the unit or site word after them plural: "các xã", "hai phường".
_PLURAL = {"các", "những", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}
# Units of time and length after "đường" and a number: "chặng đường 76 năm"
# (the journey of 76 years), "quãng đường 5 km"; no road is numbered so.
_SPANS = frozenset({"năm", "tháng", "ngày", "tuần", "giờ", "phút", "thập", "km", "cây", "mét", "m"})
# Small numbers before a unit word, as before ("2 phường A và B"); a larger
# number may be a house number ("179 thôn Tân Trung").
_PLURAL_DIGITS = {"2", "3"}
# Words that open a photo or article credit ("Ảnh: …") right after a caption.
_CREDITS = {"Ảnh", "Nguồn", "Video", "Clip"}
# Modifiers before an office title: "Phó Chủ tịch", "Quyền Bộ trưởng", "Tổng Giám đốc".
MODIFIERS = frozenset({"phó", "quyền", "tổng"})
# The number of one of several plants at one place: "Vĩnh Tân 1", "Phả Lại II".
_UNIT_NUMBER = regex.compile(r"[1-9]|I{1,3}|IV")
# Bridges and tunnels, built again beside the first of their name and numbered: "cầu Thăng Long 2".
_NUMBERED_SITES = frozenset({"cầu", "hầm"})
# Two directions joined by a dash in one token: "Bắc-Nam", "Đông-Tây".
_COMPASS_PAIR = regex.compile(r"(?:Bắc|Nam|Đông|Tây)-(?:Bắc|Nam|Đông|Tây)")
# Directions, which alone name no area.
_COMPASS = {"Bắc", "Trung", "Nam", "Đông", "Tây"}
class Openers:
    """Where an entry of some phrase tables may start, by the first one or two
    keys of their entries: ``at(view, i)`` is a necessary condition of a
    ``table.match(view, i)``, at a set lookup or two (no trie walk).

    ``alone[cap]`` holds the keys that are an entry on their own, ``pairs[cap]``
    the first two keys of the longer entries, each for a capitalized token
    (``cap`` True) and for a lower-case one (in a ``"first"`` table an entry
    written capitalized fits only a capitalized token): "Bộ" + "Công" may open
    "Bộ Công an", "bộ" + "trưởng" opens no body.  The tables all compare
    tokens as written (case ``"exact"``) or all lower-cased.
    (A candidate for a method of :class:`~.lexicon.PhraseTable`.)"""

    def __init__(self, *tables: PhraseTable):
        self.exact = tables[0].case == "exact"
        assert all((t.case == "exact") == self.exact for t in tables)
        self.alone: tuple[set[str], set[str]] = (set(), set())    # [lower-case token, capitalized token]
        self.pairs: tuple[set[tuple[str, str]], set[tuple[str, str]]] = (set(), set())
        for table in tables:
            first = table.case == "first"
            for key, node in table._root.items():
                if node.entries:
                    self.alone[True].add(key)
                if any(not (first and upper) for _, upper in node.entries):
                    self.alone[False].add(key)
                for second, child in node.children.items():
                    self.pairs[True].add((key, second))
                    if not first or _fits_lower(child):
                        self.pairs[False].add((key, second))
        # the first keys of ``pairs`` (a word that opens no pair needs no look at the next one)
        self.pair_firsts: tuple[frozenset[str], frozenset[str]] = tuple(frozenset(k for k, _ in p) for p in self.pairs)

    def at(self, view: TokenView, i: int) -> bool:
        """An entry may start at token ``i`` (``i < view.n``)."""
        keys = view.exact if self.exact else view.key
        cap = view.cap[i]
        key = keys[i]
        if key in self.alone[cap]:
            return True
        j = i + 1
        return j < view.n and not view.brk[j] and (key, keys[j]) in self.pairs[cap]


def _fits_lower(node) -> bool:
    """A trie node of a ``"first"`` table leads to an entry written in lower case."""
    return any(not upper for _, upper in node.entries) or any(map(_fits_lower, node.children.values()))


@cache
def openers(*tables: PhraseTable) -> Openers:
    """The :class:`Openers` of some tables (the tables are built once per process)."""
    return Openers(*tables)


# A road code glued to its number: QL18, QL1A, ĐT741, TL10, HL2.
_ROAD_CODE = ROAD_CODE_SHAPE
# A number naming a ward or district: "phường 5", "quận 11".
_NUMBER = regex.compile(r"\d{1,2}")


def unit_at(view: TokenView, i: int):
    """The unit word at ``i`` (``Unit``, end) or None."""
    if i >= view.n or not view.mask[i] & UNIT:
        return None
    m = place_units().match(view, i)
    if m is None:
        return None
    j, unit = m
    if unit.level == "village" and (
            (view.cap[i] and unit.text in _NAME_FIRST_UNITS)
            or (i > 0 and view.adjacent(i) and view.words[i - 1].isalpha() and view.words[i - 1].islower()
                and is_word(view.words[i - 1], view.words[i]))):
        return None     # "Buôn Ma Thuột", "thác Bản Giốc": a name's first syllable; "văn bản Luật", "nông thôn": half a word
    if unit.text in _DOT_ONLY and not (j < view.n and view.words[j] == "."):
        return None     # "Q", "P", "TT" only as "Q.3", "Q. Ba Đình"
    if unit.text == "khu" and not (j < view.n and view.adjacent(j) and _NUMBER.fullmatch(view.words[j])):
        return None     # "khu công nghiệp", "khu vực": a zone's or an area's head, not the numbered zone "khu 3"
    if (j == i + 1 and j < view.n and view.adjacent(j) and view.words[j].islower()
            and not (view.mask[j] & UNIT and place_units().match(view, j) is not None)
            and is_word(view.words[i], view.words[j])):
        return None     # "xã hội", "tỉnh táo", "làng nghề": one word, not a unit and a name
    return j, unit


# Hamlet words that, capitalized, open a place's own name (Buôn Ma Thuột,
# Buôn Đôn, Bản Giốc, Bản Chát) rather than stand before it.
_NAME_FIRST_UNITS = frozenset({"bản", "buôn"})


# The bits of the tables of names after a unit word: places, wards, regions.
_NAME_TABLES = PLACE | WARD | REGION | UNIT_ONLY


def _name_after(view: TokenView, j: int, takes: str, i: int = -1) -> int:
    """End of the name or number of a unit whose word ends at ``j`` (``j`` if
    none; ``i``, if given, is where the unit word starts)."""
    if j >= view.n or not view.adjacent(j):
        return j
    if (takes != "name" and view.low[j] == "số" and j + 1 < view.n and view.adjacent(j + 1)
            and _NUMBER.fullmatch(view.words[j + 1])):
        return j + 2    # "đơn vị bầu cử số 8", "tổ dân phố số 5": the number after "số" (no count)
    if takes in ("number", "both") and _NUMBER.fullmatch(view.words[j]):
        k = j + 1
        if (takes == "number" and k < view.n and view.adjacent(k) and view.words[k].isalpha()
                and view.words[k].islower() and unit_at(view, k) is None):
            return j    # "tổ 3 người", "khối 2 tầng": a count, not a numbered unit
        return k
    if takes == "number":
        return j
    best = j
    if view.mask[j] & _NAME_TABLES:
        for table in (places(), wards(), regions(), unit_only_places()):
            m = table.match(view, j)
            if m is not None:
                best = max(best, m[0])
    if (e := person_shape(view, j)) > best and (e - j >= 3 or best > j or not _place_context(view, i)) \
            and not (best > j and person_shape(view, best) > best):
        return j    # "UBND Thành phố Nguyễn Đức Chung": a person, not a place name
                    # (but "TP Hồ Chí Minh Nguyễn Văn A": the place, then the person; and
                    # "tại xã Triệu Dương", "số 2 xã Thái Mỹ": two syllables after a unit
                    # word said as a place are its name, a family name first or not)
    if best == j and view.mask[j] & HONORIFIC and honorifics().match(view, j) is not None:
        return j    # "chủ tịch phường Ông …": an honorific opens the next phrase
    if best == j and (view.low[j] in _NO_NAME_OPENERS or _wide_gap(view, j)):
        return j    # "loa phường  Theo thống kê": a sentence opens after a lost full stop
    k = bounded_run(view, j)
    if best == j and k - j >= 3 and not any(map(is_vietnamese_syllable, view.words[j:k])):
        return j + 1    # "thị trấn Ollolai Efisio Arbau": a foreign place's one word, then a foreign name
    if k > j:
        k = _highland_words(view, j, k)
    if best == j and k == j + 1 and _direction_from(view, j):
        return j    # "các huyện Nam sông Đuống": a direction from a place, no name
    return max(best, k)


# Words before a unit word that say a place is meant, not a body's or an
# office's modifier (``Chủ tịch UBND xã Lê Minh``, the holder after it): a
# preposition of place, "là", "thuộc", an address's "số", a list's comma.
_PLACE_BEFORE = frozenset({"ở", "tại", "từ", "về", "tới", "đến", "qua", "sang", "khỏi", "là", "thuộc", "số",
                           ",", "(", ":", ";"})


def _place_context(view: TokenView, i: int) -> bool:
    """The unit word at ``i`` stands where a place is said: after a word of
    ``_PLACE_BEFORE`` or a number (``số 2 xã Triêu Dương``)."""
    return i > 0 and (view.low[i - 1] in _PLACE_BEFORE or view.words[i - 1].isdigit())


def _direction_from(view: TokenView, j: int) -> bool:
    """The direction at ``j`` (``_COMPASS``) is followed by a lower-case word:
    it says where from a place, and is no name (``Nam sông Đuống``)."""
    k = j + 1
    return (view.words[j] in _COMPASS and k < view.n and view.adjacent(k)
            and view.words[k].isalpha() and view.words[k].islower())


# A word of a place name in a language of the Central Highlands, written with
# an apostrophe or a capital inside: "Cư M'gar", "Ea H'leo", "Đắk BukSo".
_HIGHLAND_WORD = regex.compile(r"\p{Lu}\p{Ll}*(?:['’]\p{L}+|\p{Lu}\p{Ll}+)")


def _highland_words(view: TokenView, j: int, k: int) -> int:
    """End of the name ``j..k`` after a unit word with the words of a
    highland name after it (``xã Đắk BukSo``, ``huyện Đắk R’lấp``, written
    in one token or three), ``k`` if none."""
    if k - j >= 2 and len(view.words[k - 1]) == 1 and k < view.n and view.words[k] in ("'", "’"):
        k -= 1          # ("R" alone was taken as a syllable of the run)
    while k < view.n and k - j < 4 and view.adjacent(k):
        w = view.words[k]
        if _HIGHLAND_WORD.fullmatch(w):
            k += 1
        elif (len(w) == 1 and w.isupper() and k + 2 < view.n and view.words[k + 1] in ("'", "’")
              and view.starts[k + 2] == view.starts[k] + 2 and view.words[k + 2].isalpha()):
            k += 3      # "R’lấp": the letter, the apostrophe and the rest, with no space
        else:
            break
    return k


# Prepositions and conjunctions that open a sentence ("Theo thống kê", "Trong
# khi đó", "Sau khi", "Ngoài ra", "Các hộ dân"; the noun "Việc" that opens a clause: "lãnh
# đạo tỉnh Việc bồi thường …"; the adverbs "Chỉ", "Hiện", "Ngay", "Cùng": "sân bay
# Tân Sơn Nhất Chỉ còn ít giờ") and no place name, unlike function words
# that are also syllables of names ("Phả Lại", "Năm Căn", "Từ Liêm", "Như Xuân").
_NO_NAME_OPENERS = frozenset("theo trong tại khi sau với về ngoài nếu vì để do tuy nhưng trước các những việc "
                             "chỉ hiện ngay cùng".split())


# Quantifiers that open a sentence ("Một góc núi …", "Nhiều hộ dân …") and end no site's name.
_QUANTIFIERS = frozenset({"một", "mỗi", "nhiều"})


def _wide_gap(view: TokenView, j: int) -> bool:
    """Two or more spaces separate token ``j`` from the one before it (a lost
    line break or full stop in scraped text)."""
    return view.starts[j] - view.starts[j - 1] - len(view.words[j - 1]) > 1


def _known_name_after(view: TokenView, j: int, takes: str) -> int:
    """End of a gazetteer name (or a number, for units that take one) at ``j``."""
    if j >= view.n or not view.adjacent(j):
        return j
    if _NUMBER.fullmatch(view.words[j]):
        return j + 1 if takes in ("number", "both") else j
    ends = [m[0] for t in (places(), wards(), regions(), unit_only_places()) if (m := t.match(view, j)) is not None]
    return max(ends, default=j)


def bounded_run(view: TokenView, j: int, limit: int = 4) -> int:
    """A run of capitalized syllables from ``j`` that stops before a person's
    full name (``huyện Tiền Hải Nguyễn Văn A`` -> ``Tiền Hải``) and before a
    syllable whose word goes on in lower case (``TP. Hiện nay`` -> nothing)."""
    k = j
    while k < view.n and k - j < limit and is_syllable(view, k) and (k == j or view.adjacent(k)):
        if k > j and (person_shape(view, k) > k or opens_clause(view, k) or _wide_gap(view, k)):
            break       # (nor "TP Hà Nội Trong quá trình …": a new sentence, see names.opens_clause)
        k += 1
    return _untail(view, j, k)


def _untail(view: TokenView, j: int, k: int) -> int:
    """``k``, or ``k - 1`` when the last capitalized syllable starts a word that
    continues in lower case after it: ``Nhà văn hóa Lao động`` -> no name."""
    if (j < k < view.n and view.adjacent(k) and view.words[k].isalpha() and view.words[k].islower()
            and (is_word(view.words[k - 1], view.words[k]) or (view.low[k - 1], view.words[k]) in _MORE_WORDS)):
        return k - 1
    return k


# Words of news text missing from the Viet74K list whose first syllable is a
# place's name: "Lễ Vinh danh" (to honour), not the city of Vinh.
# Source: general knowledge of Vietnamese.
_MORE_WORDS = frozenset({("vinh", "danh")})


# A site or a place in one token: a road code glued to its number (``QL18``)
# or a unit glued to its name (``Q.3``, ``TPHCM``).
_CODED = ROAD_CODE | GLUED_UNIT
_UNSET = object()


def place_at(view: TokenView, i: int, modifier: bool = False) -> tuple[int, str] | None:
    """A place starting at token ``i``: (end, rule) or None.

    With ``modifier`` (inside an organization or position) a bare unit word
    counts as a place: ``UBND quận``, ``Chủ tịch UBND huyện``.
    """
    if i >= view.n:
        return None
    mask = view.mask[i]
    if not (mask & (REGION | UNIT | GLUED_UNIT) or (view.cap[i] and mask & PLACE)):
        return None     # no table has an entry starting here (the fast answer for most tokens)
    if i < 0:
        return _place_at(view, i, modifier)
    # (one answer kept per token, the modifier's: without ``modifier`` a bare
    # unit word is no place, and every other answer is the same)
    memo = view.memo.get("place")
    if memo is None:
        memo = view.memo["place"] = [_UNSET] * view.n
    p = memo[i]
    if p is _UNSET:
        p = memo[i] = _place_at(view, i, True)
    if p is not None and not modifier and p[1] == "bare-unit":
        return None
    return p


def _place_at(view: TokenView, i: int, modifier: bool) -> tuple[int, str] | None:
    """:func:`place_at`, computed."""
    mask = view.mask[i]
    if mask & GLUED_UNIT:
        return i + 1, "unit"
    m = regions().match(view, i) if mask & REGION else None
    if m is not None and view.words[m[0] - 1].islower() and _untail(view, i, m[0]) < m[0]:
        m = None        # "anh Nam bộ đội": "bộ" opens the word "bộ đội", not the region Nam bộ
    if m is not None and m[0] == i + 1 and _common_word(view, i):
        m = None        # "Ý tôi là …", "LẤY Ý KIẾN": the noun "ý" (idea), not Italy
    if m is not None and (m[0] > i + 1 or (_untail(view, i, m[0]) == m[0] and not _in_name(view, i)
                                           and not _ends_name(view, i))):
        # not "Pháp lệnh", "Ý kiến": a word going on in lower case; not "Nhật Huy", "Mỹ Đình": a name
        if view.cap[i] and mask & PLACE:
            p = places().match(view, i)
            if p is not None and p[0] > m[0]:
                return p[0], "gazetteer"    # "Lào Cai", "Mỹ Đức": the province or district, not the country
        return m[0], "gazetteer"
    u = unit_at(view, i)
    if u is not None:
        j, unit = u
        # "TP. Hà Nội", "Q.Ba Đình": the abbreviation's dot
        if view.low[i] in _ABBREVIATED and j < view.n and view.words[j] == "." and view.adjacent(j):
            # after the dot only a known name: "TP. Số tiền này…" ends a sentence
            k = _known_name_after(view, j + 1, unit.takes)
            if k > j + 1:
                return k, "unit"
        k = _name_after(view, j, unit.takes, i)
        if k > j and _wider_than_unit(view, i, j, k):
            return None     # "chính quyền thị trấn Italy", "các dân tộc tỉnh Tây Bắc": the country or region alone
        if k > j:
            if unit.level == "village" and k - j >= 1 and not view.words[j].isdigit():
                k = _numbered_name(view, k)     # "thôn Phú Lộc 2", "ấp Thanh Nguyên A"
            return k, "unit"
        if modifier and unit.level in ("province", "district", "ward"):
            return j, "bare-unit"
        return None
    if not view.cap[i] or not mask & PLACE:
        return None
    m = places().match(view, i)
    if m is not None and (m[0] > i + 1 or _untail(view, i, m[0]) == m[0]):
        e = m[0]
        if e < view.n and view.cap[e] and view.adjacent(e) and view.mask[i] & WARD:
            w = wards().match(view, i)
            if w is not None and w[0] > e and _untail(view, i, w[0]) == w[0]:
                return w[0], "gazetteer"   # "Chiến khu An Phú Đông": the ward goes on past the district An Phú
        return e, "gazetteer"
    return None


# The number or letter that ends a hamlet's name, one of several of that name:
# "thôn Phú Lộc 2", "Tổ dân phố Đồng Trường II", "ấp Thanh Nguyên A".
_NAME_NUMBER = regex.compile(r"[1-9]|1[0-9]|I{1,3}|IV|V|[A-D]")


def _numbered_name(view: TokenView, k: int) -> int:
    """End of a hamlet's name ending at ``k`` with the number or letter after it
    (``_NAME_NUMBER``), not a count of what follows (``thôn Phú Lộc 3 hộ``)."""
    if k < view.n and view.adjacent(k) and _NAME_NUMBER.fullmatch(view.words[k]) and not (
            k + 1 < view.n and view.adjacent(k + 1) and view.words[k + 1].isalpha() and view.words[k + 1].islower()
            and view.low[k + 1] not in FUNCTION_WORDS):
        return k + 1
    return k


# Pronouns and demonstratives after the noun "ý" (idea, meaning) opening a
# sentence: "Ý tôi là …", "Ý ông muốn nói …", "Ý này được …", "Ý ở đây là …".
_AFTER_IDEA = frozenset("tôi ông bà anh chị em mình chúng họ này đó ấy ở".split())


def _common_word(view: TokenView, i: int) -> bool:
    """The one-syllable region at ``i`` is a common word here: the noun
    ``Ý`` (idea) before a pronoun or demonstrative (``Ý tôi là``, ``Ý này``),
    or a syllable that makes one word with the next in a heading written in
    capitals (``LẤY Ý KIẾN``)."""
    k = i + 1
    if k >= view.n or not view.adjacent(k):
        return False
    nxt = view.words[k]
    if view.words[i] == "Ý" and view.low[k] in _AFTER_IDEA and nxt.islower():
        return True
    return len(nxt) > 1 and nxt.isupper() and nxt.isalpha() and is_word(view.low[i], view.low[k])


def _wider_than_unit(view: TokenView, i: int, j: int, k: int) -> bool:
    """The name ``j..k`` after the unit word ``i..j`` is a country or a region
    that no unit of that name shares: the unit word is a common noun before its
    attribute (``thị trấn Italy``, an Italian town; ``tỉnh Tây Bắc``, a
    province of the North-West), not a unit's name (``phường Đông Bắc``,
    ``thành phố Singapore``)."""
    if not view.mask[j] & REGION:
        return False
    m = regions().match(view, j)
    kind = m[1] if m is not None and m[0] == k else None
    if kind not in ("country", "region") or (kind == "country" and view.low[i] in ("thành", "tp")):
        return False    # (a city-state: "thành phố Singapore")
    return all((m := t.match(view, j)) is None or m[0] != k for t in (places(), wards()))


def _in_name(view: TokenView, i: int) -> bool:
    """The one-syllable country at ``i`` (``Nhật``, ``Mỹ``, ``Đức``, ``Lào``)
    is the first syllable of a name: a Vietnamese syllable follows it in
    capitals (``Nhật Huy``, ``Đức Dũng``, ``Mỹ Đình``, ``Lào Cai``), or they
    make one word (``Pháp Luật``).  Not before a foreign name (``nhà báo Mỹ
    David``), a person's full name (``Đại sứ tại Pháp Nguyễn Đình Bin``),
    another place (``Nhật Pháp bắn nhau``, but ``Nga Mỹ``, a commune) or a
    capitalized word that opens a word going on in lower case (``chống Pháp, Mỹ
    Thế kỷ XX``)."""
    j = i + 1
    if j >= view.n or not view.adjacent(j) or not view.mask[j] & SYLLABLE or not view.mask[i] & SYLLABLE:
        return False
    w, nxt = view.words[i], view.words[j]
    if is_word(w, nxt):
        return True
    if view.mask[i] & WARD and (m := wards().match(view, i)) is not None and m[0] > j:
        return True     # "xã Nga Mỹ", "Mỹ Lộc": a commune named with it, not two countries side by side
    if not (is_vietnamese_syllable(w) and is_vietnamese_syllable(nxt)) or _untail(view, j, j + 1) == j:
        return False
    if person_shape(view, j) > j or (view.mask[j] & REGION and regions().match(view, j) is not None):
        return False
    return not (view.mask[j] & PLACE and places().match(view, j) is not None)


# What may stand before the first word of a sentence or a caption: the
# capitalized word after it opens the sentence ("Ở Mỹ", "Người Nhật", "Lính
# Pháp") and is no syllable of a name.
_SENTENCE_BEFORE = frozenset({".", "!", "?", "…", ":", ";", "“", "\"", "'", "-", "–", "(", "[", "•"})


def _ends_name(view: TokenView, i: int) -> bool:
    """The one-syllable country at ``i`` (``Đức``, ``Mỹ``) is the last
    syllable of a name: a capitalized Vietnamese syllable joined to it stands
    before it inside a sentence (``vua Tự Đức``, ``Lê Hoàng Đức``, ``cứ điểm
    Thượng Đức``, ``kênh Thạnh Mỹ``), not a word opening the sentence (``Ở
    Mỹ``, ``Người Nhật``), a direction (``Đông Đức``) or another place
    (``Nhật Pháp bắn nhau``)."""
    k = i - 1
    if k < 1 or not view.cap[k] or not view.adjacent(i) or view.brk[k] or view.words[k - 1] in _SENTENCE_BEFORE:
        return False
    if view.words[i].isupper():
        return False    # "Người Mẹ VN": an abbreviation is no syllable of a name
    w = view.words[k]
    if w in _COMPASS or view.low[k] in FUNCTION_WORDS or not view.mask[k] & SYLLABLE or not is_vietnamese_syllable(w):
        return False
    return not (view.mask[k] & (REGION | PLACE) and (regions().match(view, k) or places().match(view, k)))


# Qualifiers that may stand between a site's head and its name: "Cảng biển
# nước sâu Nghi Sơn", "cảng tổng hợp quốc tế", "chợ đầu mối Bình Điền",
# "bến xe liên tỉnh Mỹ Đình", "Khu đô thị mới quốc tế Đa Phước",
# "Sân vận động quốc gia Mỹ Đình", "cửa khẩu quốc gia Lóng Sập".
_SITE_QUALIFIERS = frozenset({("quốc", "tế"), ("nước", "sâu"), ("tổng", "hợp"), ("trung", "chuyển"),
                              ("đầu", "mối"), ("liên", "tỉnh"), ("sinh", "thái"), ("cao", "cấp"), ("quốc", "gia")})


def site_at(view: TokenView, i: int, inner: bool = True) -> int:
    """End of a named site at ``i`` (head noun + name or code), ``i`` if none;
    a holder's full name after its place is not part of it (:func:`holder_cut`)."""
    e = _site_end(view, i, inner)
    return holder_cut(view, i, e) if e - i >= 4 else e


def holder_cut(view: TokenView, a: int, b: int) -> int:
    """End of the site ``a..b`` before the holder's full name that a run of
    capitalized words may have taken in after its place: ``Khu kinh tế Quảng
    Ninh Nguyễn Mạnh Tuấn`` ends at ``Quảng Ninh`` (not "Khu di tích Lê Lợi",
    a site named after a person, with no place before the name)."""
    for k in range(a + 2, b - 1):
        if person_shape(view, k) == b:
            for s in range(a + 1, k):
                p = place_at(view, s)
                if p is not None and p[0] == k:
                    return k
    return b


def _site_end(view: TokenView, i: int, inner: bool) -> int:
    """End of a named site at ``i`` as its head and name run (see :func:`site_at`)."""
    w = view.words[i]
    if w[:1] in "QĐTH" and _ROAD_CODE.fullmatch(w):
        return i + 1    # "QL18", "ĐT741": a road's code glued to its number
    if not view.mask[i] & SITE:
        return i
    m = site_heads().match(view, i)
    if m is None:
        if view.low[i] == "nhà" and i + 2 < view.n and view.low[i + 1] == "máy" and view.joined(i, i + 3):
            return _plant_of_product(view, i)
        return i
    h = m[0]    # the head's end; the name may follow a qualifier: "Cảng biển nước sâu Nghi Sơn"
    j = h
    while j + 2 < view.n and j - h < 4 and (view.low[j], view.low[j + 1]) in _SITE_QUALIFIERS and view.joined(j, j + 2):
        j += 2      # (two at most: "Cảng tổng hợp quốc tế Nghi Sơn")
    if (h - i == 3 and view.cap[i] and view.low[i + 1] == "văn" and j + 2 < view.n
            and view.key[j:j + 3] == _YOUTH and view.joined(j, j + 3)):
        k = j + 3   # "tại Nhà văn hóa Thanh thiếu nhi tỉnh Gia Lai": the house of youth and children, in either case
        p = place_at(view, k) if k < view.n and view.adjacent(k) else None
        return p[0] if p is not None and p[1] == "unit" else k
    if (h - i == 3 and view.cap[i] and view.low[i + 1] == "văn" and j + 1 < view.n and not view.cap[j]
            and (view.low[j], view.low[j + 1]) in _HALL_NAMES and view.joined(j, j + 2)):
        # "tại Cung văn hóa lao động", "Nhà văn hóa thanh niên": a cultural house by its usual name, in lower case
        k = j + 2
        p = place_at(view, k) if k < view.n and view.adjacent(k) else None
        return p[0] if p is not None and p[1] == "unit" else k
    if (j > h and view.cap[i] and _site_kinds().get(" ".join(view.key[i:h])) in _BUILDINGS
            and not (j < view.n and view.adjacent(j) and (view.cap[j] or view.words[j][:1].isdigit()))):
        return j        # "tại Nhà tang lễ Quốc gia", "Cung Văn hóa quốc gia": a building named by its qualifier alone
    if view.low[i] in _ZONES and j + 2 < view.n and view.low[j] == "và":
        j = _second_field(view, j)  # "Khu du lịch và giải trí Sông Lô": a zone of two fields
    if view.words[h - 1] == "Lớn" and view.cap[i] and not (j < view.n and view.adjacent(j) and view.cap[j]):
        return h        # "tại Nhà hát Lớn - Hà Nội": the theatre's own name, its place apart
    if view.low[i] == "phủ":
        return _palace_end(view, i + 1, view.cap[i])   # "Phủ Chủ tịch": named by its office, its head whole
    if h - i >= 2 and view.cap[i] and _site_kinds().get(" ".join(view.key[i:h])) == "landmark":
        # "tại Nhà Quốc hội", "Trung tâm Hội nghị Quốc gia": the head is the building's whole name, with the
        # city it stands in when that follows at once ("Trung tâm Hội nghị Quốc gia Hà Nội", as "Nhà hát Lớn
        # Hà Nội"; else a body's head would take the words as a body in that city)
        p = place_at(view, h) if h < view.n and view.adjacent(h) and view.cap[h] else None
        return p[0] if p is not None and p[1] == "gazetteer" else h
    if j >= view.n or not view.adjacent(j):
        return i
    if h == i + 1 and view.low[i] == "biển" and _plate(view, i, j):
        return i        # "xe biển 29", "xe máy biển Lạng Sơn": a number plate, no sea
    if h == i + 1 and view.words[i] == "biển" and _sea_of_place(view, j):
        return i        # "tàu biển Việt Nam", "ven biển Đồ Sơn": a country's or a town's sea, the place named
    if view.low[i] == "vùng" and h == i + 1 and view.mask[j] & REGION and (m := regions().match(view, j)) is not None \
            and m[1] == "region":
        return i        # "vùng Tây Bắc", "vùng ĐBSCL": the common noun before a region's name stays out
    if (h - i >= 2 and not view.cap[j] and " ".join(view.key[i:h]) in _MEMORIALS
            and (k := _dedication(view, j)) > j):
        return k        # "Đài tưởng niệm các anh hùng liệt sĩ Bắc Sơn": named by those it honours, then its place
    if h == i + 1 and view.low[i] == "đê" and view.low[j] in _BANKS and j + 1 < view.n and view.adjacent(j + 1):
        if view.low[j + 1] == "ngạn" and j + 2 < view.n and view.adjacent(j + 2):
            j += 1      # "đê tả ngạn sông Hồng": the bank written in full
        k = site_at(view, j + 1, inner=False) if view.mask[j + 1] & SITE and not view.cap[j + 1] else _site_name(view, j + 1, False)
        return k if k > j + 1 else i   # "đê hữu Hồng", "đê tả sông Đáy": a dyke by the bank of its river
    first = view.words[j][:1]
    if not (first.isupper() or first.isdigit() or first == "(" or view.mask[j] & (UNIT | SITE) or view.words[j] == "số"):
        return i        # no name, code, unit or road after the head ("khai thác than"): asked first, it is cheap
    if (h == i + 1 and i > 0 and view.adjacent(i) and view.words[i - 1].isalpha()
            and view.low[i] not in _CLASSIFIED and is_word(view.words[i - 1], view.words[i])
            and not _approached(view, i, j)):
        return i        # "yêu cầu Hà Nội", "gia đình Nguyễn Văn A": the head is half a word
    if view.words[j] == "Trường" and _after_school_level(view, j + 3):
        return i        # "trước cửa Trường Cấp 3 Dương Quang Đông": a school's gate, the school named
    if h == i + 1 and view.low[i] == "cầu" and i > 0 and view.low[i - 1] == "điểm" and view.adjacent(i):
        return i        # "tại điểm cầu Nghệ An": a video conference's connection point, the province named
    if view.cap[i] and h - i < 3 and ((person_shape(view, i) > i and not _compass_name(view, j))
                                      or (i > 0 and view.adjacent(i) and person_shape(view, i - 1) > i)):
        return i        # "Hồ Cẩm Đào" is a person, not a lake; "Đào Đình Bình", not a communal house
                        # (a head of three words opens no name: "Cung Thể thao Quần Ngựa"; a direction
                        # alone names a lake or a province, no person: "ở Hồ Tây", "tỉnh Hồ Nam")
    if (view.words[j] == "(" and j + 3 < view.n and view.words[j + 2] == ")" and view.words[j + 1].isupper()
            and view.joined(j, j + 4) and _CODE.fullmatch(view.words[j + 3])):
        return j + 4    # "Quốc lộ (QL) 18": the head's abbreviation before the number
    if (view.words[j] == "(" and j + 3 < view.n and view.words[j + 2] == ")" and view.words[j + 1].isupper()
            and view.joined(j, j + 3) and view.adjacent(j + 3)):
        k = _site_name(view, j + 3, False, site=view.low[i] in _ZONES)
        if k == j + 3:
            p = place_at(view, j + 3)
            if p is not None and p[1] != "bare-unit":
                k = p[0]    # "Khu công nghệ cao (CNC) TP.HCM": the place the zone is named after
        return k if k > j + 3 else i    # "Khu công nghiệp (KCN) Hiệp Phước": the abbreviation before the name
    if view.low[i] in _ROADS and _COMPASS_PAIR.fullmatch(view.words[j]):
        return _road_side(view, j + 1)  # "đường trục Bắc-Nam": a road named by the two directions it joins, in one token
    kind = _site_kinds().get(view.key[i] if h == i + 1 else " ".join(view.key[i:h]))
    if kind is not None:
        named = view.cap[i] and (kind != "terrain" or not (view.brk[i] or view.words[i - 1] in _SENTENCE_BEFORE))
        if not named and view.low[i] == "trụ":
            return i    # "về trụ sở Bộ": a body's offices, the body named (but "tại Trụ sở Chính phủ", the venue)
        if kind == "landmark":
            return i    # "tòa nhà Quốc hội Canada": in lower case the body's house, the body named
        if kind == "museum":
            if not (named and i > 0 and view.low[i - 1] in _VISITED and view.adjacent(i)):
                return i    # "Bảo tàng Hồ Chí Minh tổ chức triển lãm": the museum as a body
            k = _dedication(view, j)    # "tại Bảo tàng Lịch sử quân sự Việt Nam": its field, then its place
            if k == j:
                k = _named_site_end(view, j, "monument", named)     # "thăm Bảo tàng Hồ Chí Minh"
            return k if k > j else i
        k = _named_site_end(view, j, kind, named)   # (a natural area's head capitalized only as a sentence's first word names none)
        return k if k > j else i
    if (_INITIALS.fullmatch(view.words[j]) and (view.low[i] in _STREETS or view.key[i:h] == _AIRPORT)
            and view.words[j] not in _FUNDING and place_at(view, j) is None
            and not (j + 1 < view.n and view.adjacent(j + 1) and view.words[j + 1][:1].isdigit())    # "QL 1A"
            and org_heads().match(view, j) is None and org_names().match(view, j) is None):
        return j + 1    # "đường HCM", "tuyến đường ĐBP", "sân bay TSN": a road or airport by its name's initials
    if _CODE.fullmatch(view.words[j]):
        if j + 1 < view.n and view.adjacent(j + 1) and view.words[j].isdigit() and unit_at(view, j + 1):
            return i    # "môi trường biển 4 tỉnh miền Trung": a count of provinces
        if (view.low[i] == "đường" and j + 1 < view.n and view.adjacent(j + 1) and view.words[j].isdigit()
                and view.low[j + 1] in _SPANS):
            return i    # "chặng đường 76 năm", "quãng đường 5 km": a length of time or way, no road
        if (view.low[i] not in _ROADS and j + 1 < view.n and view.adjacent(j + 1) and view.words[j].isdigit()
                and view.low[j + 1] in _MEASURES):
            return i    # "khu công nghiệp 300 ha", "chung cư 20 tầng": the site's size, not its number
        if view.low[i] == "kênh" and not view.words[j].isdigit():
            return i    # "trên kênh VOV1", "kênh VTV1": a broadcast channel, no canal
        if view.low[i] in _ALLEYS and j + 1 < view.n and view.adjacent(j + 1):
            k = _site_name(view, j + 1, False)
            if k > j + 1:
                return k    # "ngõ 15 An Dương Vương": an alley numbered on its street
        return j + 1
    if inner and view.low[i] == "trạm" and (view.low[j] in _ROADS or _ROAD_CODE.fullmatch(view.words[j])):
        k = site_at(view, j, inner=False)
        if k > j:
            return k    # "Trạm thu giá Quốc lộ 18", "trạm BOT quốc lộ 5": a station on a road
    if inner and view.low[i] in _ZONES and view.mask[j] & SITE and not view.cap[j]:
        k = site_at(view, j, inner=False)
        if k > j:
            return k    # "Khu đô thị cảng Hiệp Phước": a zone named after the port or site it surrounds
    if h - i == 3 and view.low[i] == "nhà" and view.cap[i] and view.cap[j] and _untail(view, j, j + 1) == j:
        # "Nhà văn hóa Lao động tỉnh Quảng Ngãi", "Nhà Văn hóa Thanh niên": a hall named by a common
        # word, capitalized (as "Cung Văn hóa Lao động"), and the place it belongs to
        k = _named_site_end(view, j, "facility", True)
        if k > j:
            p = place_at(view, k) if k < view.n and view.adjacent(k) else None
            return p[0] if p is not None and _country_at(view, k) == k else k
    p = place_at(view, j)
    if p is not None and p[1] == "unit":
        if not view.cap[i] and view.low[i] == "nhà":
            return i    # "tại nhà văn hóa thôn Hoành": the village's hall, no name of its own (the village is named)
        return p[0]     # "Nhà văn hóa thôn Văn Khê": the hall's name, capitalized
    if view.low[i] == "bot":
        k = _site_name(view, j, False)
        if k == j or (k < view.n and view.words[k] in _DASHES):
            return i    # "BOT Hạ Long - Hải Phòng": the stretch's two places, each alone
        return k        # "thu phí tại BOT Kiến Xương", "vé BOT Cần Thơ Phụng Hiệp": a toll station by its funding
    station = view.low[i] == "trạm"
    k = _site_name(view, j, view.low[i] in _ROADS or station, station, site=view.low[i] in _ZONES)
    if p is not None and p[0] > k and (k > j or view.words[p[0] - 1].islower()
                                       or (p[1] == "gazetteer" and view.low[i] in _ZONES)):
        k = p[0]        # "vịnh Bắc bộ", "KCN Bà Rịa - Vũng Tàu": a known name longer than the run of syllables
                        # (or a zone's known place in capitals: "Khu công nghệ cao TP HCM")
    if k == j and h == i + 1 and view.low[i] == "miền" and view.words[j] in _COMPASS:
        k = j + 1       # "Miền Trung liên tiếp chống chọi": the region by its direction, whatever word follows
    if (k > j and view.low[i] in _NUMBERED_SITES and k < view.n and view.adjacent(k)
            and _UNIT_NUMBER.fullmatch(view.words[k])
            and not (k + 1 < view.n and view.adjacent(k + 1) and view.words[k + 1].isalpha() and view.words[k + 1].islower()
                     and view.low[k + 1] not in FUNCTION_WORDS)):
        k += 1          # "cầu Văn Thánh 2", "hầm Thủ Thiêm 2": the second of a name (not "cầu Rồng 2 chiều")
    if (k > j and h == i + 2 and view.low[i + 1] == "sắt" and (_country_at(view, j) == k or _is_province(view, j, k))
            and not (k < view.n and view.words[k] in _DASHES)):
        return i        # "ngành đường sắt Việt Nam": the railways of a country, no named line (Cát Linh - Hà Đông,
                        # and "tuyến đường sắt Thống Nhất", named like a ward)
    if k > j and view.cap[j] and view.mask[j] & SITE and (e := site_at(view, j, inner=False)) > k:
        k = e       # "cầu vượt Ngã Tư Sở": named after the junction it crosses, a site itself
    if k > j and view.low[i] in _ROADS and view.words[j] in _COMPASS:
        k = _road_side(view, k)     # "cao tốc Bắc – Nam phía Đông": the eastern of two roads of one name
    if (k == j + 1 and view.words[j] in _COMPASS and k < view.n and view.adjacent(k) and view.mask[k] & SITE
            and not view.cap[k] and (e := site_at(view, k, inner=False)) > k):
        k = e       # "vùng Bắc sông Thu Bồn", "Khu du lịch Bắc bán đảo Cam Ranh": the part of a named site
    return k if k > j else i


# Memorials, whose name may be a lower-case phrase of those they honour that
# ends in their place: "Đài tưởng niệm các anh hùng liệt sĩ Bắc Sơn",
# "tượng đài chiến thắng Điện Biên Phủ" (site_heads.txt, folded keys).
_MEMORIALS = frozenset(" ".join(map(lfold, h.split())) for h in ("đài tưởng niệm", "đài liệt sĩ", "tượng đài"))
# Words before a museum that make it the building: a place ("tại Bảo tàng"), a
# visit ("thăm", "tham quan", "viếng") or its building ("xây dựng", "khánh thành Bảo tàng").
_VISITED = frozenset({"ở", "tại", "tới", "đến", "về", "vào", "sang", "khỏi", "thăm", "quan", "viếng", "dựng", "thành"})
# Words a dedication may hold besides content words: "các anh hùng liệt sĩ".
_DEDICATION_WORDS = frozenset({"các", "những"})


# Units of area, size and capacity after a site's head and a number: "khu công
# nghiệp 300 ha", "chung cư 20 tầng", "bến cảng 50.000 tấn" (a size, not a site's number).
_MEASURES = frozenset({"ha", "hecta", "héc-ta", "km", "m", "m2", "mét", "tấn", "tầng", "phòng", "căn", "hộ",
                       "người", "chỗ", "giường", "mw", "kw", "%"})
# The banks of a river, which name its dykes: "đê hữu Hồng" (the right-bank dyke of the Red River), "đê tả Đáy".
_BANKS = frozenset({"hữu", "tả"})
# The usual names of the cultural houses of a province or a city, after "Cung
# văn hóa" or "Nhà văn hóa" (of the workers, the youth, the children, friendship).
_HALL_NAMES = frozenset({("lao", "động"), ("thanh", "niên"), ("thiếu", "nhi"), ("hữu", "nghị"), ("phụ", "nữ"),
                         ("sinh", "viên")})
# ... and the three words of the house of youth and children (Nhà văn hóa Thanh thiếu nhi), as keys.
_YOUTH = [lfold("thanh"), lfold("thiếu"), lfold("nhi")]
# The kinds of the heads of buildings (site_heads.txt).
_BUILDINGS = frozenset({"facility", "monument", "museum", "landmark"})
# The first words of the heads of memorials, museums and landmarks (``_building_head``).
_BUILDING_FIRSTS = frozenset({"đài", "tượng", "bảo", "nhà", "trung"})


def _building_head(view: TokenView, i: int) -> bool:
    """The site at ``i`` is a memorial, a museum, a landmark or a plant, a
    building that an organization's head (``Đài``, ``Trung tâm``, ``Nhà máy``)
    would take for a body of the same words: ``Đài Liệt sĩ Hải Phòng``,
    ``Trung tâm Hội nghị Quốc gia``, ``Trung tâm Điện lực Thái Bình``."""
    m = site_heads().match(view, i)
    if m is None:
        return False
    key = " ".join(view.key[i:m[0]])
    return key in _MEMORIALS or _site_kinds().get(key) in ("museum", "landmark", "plant")


def _dedication(view: TokenView, j: int) -> int:
    """End of a name that runs from ``j`` over one to six words of one line
    (no function word but ``các``, ``những``) to a place that ends it: a
    memorial's (``các anh hùng liệt sĩ Bắc Sơn``) or a museum's field and
    place (``Lịch sử quân sự Việt Nam``); ``j`` if none."""
    for k in range(j + 1, min(view.n, j + 7)):
        w = view.words[k - 1]
        if not w.isalpha() or (view.low[k - 1] in FUNCTION_WORDS and view.low[k - 1] not in _DEDICATION_WORDS):
            return j
        if not view.adjacent(k):
            return j
        if view.mask[k] & (REGION | UNIT | PLACE):
            p = place_at(view, k)
            if p is not None:
                return p[0]
    return j


def _compass_name(view: TokenView, j: int) -> bool:
    """The name at ``j`` is one direction and no capitalized word follows it:
    ``Hồ Tây``, ``Hồ Bắc`` (not ``Hồ Nam Phong``, a person's three syllables)."""
    return view.words[j] in _COMPASS and not (j + 1 < view.n and view.adjacent(j + 1) and view.cap[j + 1])


def _road_side(view: TokenView, k: int) -> int:
    """End of a road's name ending at ``k`` with the side it runs on, when
    ``phía`` and a capitalized direction follow on its line: ``cao tốc Bắc –
    Nam phía Đông`` (the eastern expressway, one of two of that name); ``k`` if not."""
    if k + 1 < view.n and view.low[k] == "phía" and view.words[k + 1] in _COMPASS and view.joined(k - 1, k + 2):
        return k + 2
    return k


def _plant_of_product(view: TokenView, i: int) -> int:
    """End of a plant named by what it makes and the place it stands in after
    ``nhà máy`` at ``i`` (``Nhà máy Nhiên liệu sinh học Dung Quất``, ``nhà máy
    cà chua Hải Phòng``, ``nhà máy số 1 lọc dầu Dung Quất``), ``i`` if none:
    one to four words of its product (its number with ``số``) on one line,
    then a province, district or commune with or without its unit word that
    ends the name; not a function word or a comma between (``nhà máy ở
    Quảng Ngãi``), nor plants as a class (``các nhà máy dệt Nam Định``) or
    of a country (``nhà máy may Việt Nam``)."""
    if i > 0 and (view.low[i - 1] in _PLURAL or view.words[i - 1].isdigit()):
        return i
    k = i + 2
    while k < view.n and k - i <= 7 and view.adjacent(k):
        w = view.words[k]
        if view.cap[k] and view.mask[k] & (PLACE | REGION | UNIT) and k > i + 2:
            p = place_at(view, k)
            if p is not None and (p[1] == "unit" or (p[1] == "gazetteer" and _home_place(view, k, p[0]))):
                e = p[0]
                return i if e < view.n and view.adjacent(e) and view.mask[e] & SYLLABLE else e
        if k > i + 2 and view.mask[k] & SYLLABLE:
            return i if view.mask[k] & (PLACE | REGION | UNIT) and place_at(view, k) is not None \
                else _plant_name_end(view, i, k)    # (a place abroad: "nhà máy ô tô Nhật Bản")
        if w == "số" and k + 1 < view.n and view.words[k + 1].isdigit():
            k += 2      # "nhà máy số 1 lọc dầu": its number
            continue
        if not w.isalpha() or view.low[k] in FUNCTION_WORDS:
            return i
        k += 1
    return i


def _plant_name_end(view: TokenView, i: int, k: int) -> int:
    """End of the plant at ``i`` whose product is followed at ``k`` by a name of
    two or three name syllables that no known place is: the works' own name, often
    a village's or an old brand's ("Nhà máy xi măng Lưu Xá", "Nhà máy xi măng
    Hoàng Thạch", "Nhà máy bột giấy Phương Nam"); ``i`` if none.  The name must end
    there (no capitalized word after it), and a person's full name of three syllables
    or more is no plant's (GUIDELINES: a plant is a named site, a LOCATION)."""
    e = syllable_run(view, k, 4)
    if not 2 <= e - k <= 3 or person_shape(view, k) - k >= 3:
        return i
    if e < view.n and view.adjacent(e) and (view.cap[e] or view.words[e][:1].isdigit()):
        return i
    return e


def _home_place(view: TokenView, i: int, e: int) -> bool:
    """The known place ``i..e`` is a place of the country, where a plant stands:
    not a country or a city abroad (regions.txt ``country``, ``city``)."""
    m = regions().match(view, i) if view.mask[i] & REGION else None
    return m is None or m[0] != e or m[1] not in ("country", "city")


def _second_field(view: TokenView, j: int) -> int:
    """Where the name starts after the second field of a zone joined by ``và``
    at ``j`` (``Khu du lịch và giải trí Sông Lô``, ``Khu du lịch sinh thái và
    nghỉ dưỡng Cồn Hến``): one or two lower-case words that are no unit or site
    word, then a capitalized word on the same line; ``j`` if none (``khu
    công nghiệp và khu đô thị``: two zones)."""
    k = j + 1
    while k < j + 3 and k < view.n and view.adjacent(k) and view.words[k].isalpha() and view.words[k].islower() \
            and not view.mask[k] & (UNIT | SITE) and view.low[k] not in FUNCTION_WORDS:
        k += 1
    return k if k > j + 1 and k < view.n and view.adjacent(k) and view.cap[k] else j


def _palace_end(view: TokenView, j: int, named: bool) -> int:
    """End of a palace named by the office it houses after ``phủ`` (``Phủ
    Chủ tịch``, ``Phủ Tổng thống Philippines``, after a capitalized head
    also ``Phủ chủ tịch``), the office's country kept; ``j - 1`` if the
    office is in lower case after a lower-case head (``sóng phủ thủ tướng``)."""
    t = position_titles().match(view, j) if (named or view.cap[j]) and view.mask[j] & TITLE else None
    if t is None:
        return j - 1    # (site_heads holds "phủ" only before an office: "phủ chủ tịch", "phủ thủ tướng")
    e = t[0]
    if e < view.n and view.adjacent(e) and view.mask[e] & REGION and (m := countries().match(view, e)) is not None:
        e = m[0]
    return e


# Vehicles, whose "biển" is their number plate: "xe biển 29", "ô tô biển Hà Nội".
_VEHICLES = frozenset({"xe", "tô"})


def _plate(view: TokenView, i: int, j: int) -> bool:
    """The word ``biển`` at ``i`` (its name at ``j``) is a number plate, not
    the sea: a number follows it (no sea is numbered: ``xe biển 29``), or a
    vehicle stands one to three words before it (``xe máy biển Lạng Sơn``,
    ``xe khách biển kiểm soát``, ``ô tô mang biển Thanh Hóa``)."""
    if view.words[j][:1].isdigit():
        return True
    for k in range(i - 1, max(-1, i - 4), -1):
        w = view.low[k]
        if w in _VEHICLES:
            return view.joined(k, i + 1)
        if not w.isalpha() or w in _LOCATIVES or w in _TOWARDS:
            return False    # "xe chở khách ra biển Nha Trang": the sea, reached
    return False


def _sea_of_place(view: TokenView, j: int) -> bool:
    """The whole capitalized name at ``j`` after a lower-case ``biển`` is a
    country or a province or district of the gazetteer (of two syllables or
    more, found on its own): ``biển`` is the common noun, the
    sea or coast of that place (``tàu biển Việt Nam``, a Vietnamese ship;
    ``ven biển Đồ Sơn``, ``thành phố biển Nha Trang``), not a sea's own name
    (``biển Đông``, ``biển Địa Trung Hải``, ``biển Hòn Cau``)."""
    if view.mask[j] & REGION and (m := countries().match(view, j)) is not None:
        e = m[0]
        return not (e < view.n and view.adjacent(e) and view.mask[e] & SYLLABLE)   # (not "biển Nhật Lệ")
    m = places().match(view, j) if view.mask[j] & PLACE else None
    return m is not None and m[0] - j >= 2 and syllable_run(view, j, 5) == m[0]


# Nouns of the parts of a bridge or a site, which the dictionary joins to the
# head into one word ("đầu cầu", "gầm cầu") though the site's name follows.
_SITE_PARTS = frozenset({"đầu", "gầm", "chân"})


def _approached(view: TokenView, i: int, j: int) -> bool:
    """The head at ``i`` (its name at ``j``) follows a preposition of place or
    motion or a part noun, with which the dictionary makes a word (``qua
    cầu``, ``đầu cầu``) but which here governs the named site: ``đi qua cầu
    Chương Dương``, ``từ đầu cầu Hòa Mục`` (not ``tại đầu cầu Hà Nội``, a
    video conference's end in that province)."""
    before = view.low[i - 1]
    if before in _LOCATIVES:
        return True
    return before in _SITE_PARTS and place_at(view, j) is None


@cache
def _site_kinds() -> dict[str, str]:
    """The site heads with a kind (site_heads.txt), by their folded key:
    ``"hội trường"`` -> ``"facility"``, ``"suối"`` -> ``"nature"``."""
    return {" ".join(map(lfold, r[0].split())): r[1] for r in data_rows("site_heads.txt") if r[1] != "site"}


def _named_site_end(view: TokenView, j: int, kind: str, named: bool) -> int:
    """End of the name of a building, monument, natural feature or area, or plant (``kind``
    ``facility``, ``monument``, ``nature``, ``terrain``, ``plant``, site_heads.txt) whose head ends at
    ``j`` (``j`` if none): a place or a capitalized name (``Hội trường Ba
    Đình``, ``suối Cát``); for a building also, after a capitalized head
    (``named``), a body's name (``Nhà khách Chính phủ``), or an address, a
    house number and its street (``Hội trường 37 Hùng Vương``); never a bare
    number (``hội trường 500 chỗ``)."""
    if view.low[j] in FUNCTION_WORDS:
        return j    # "phát biểu tại hội trường Về …": the next sentence, run on
    if kind == "plant":
        if view.low[j] == "số" and j + 2 < view.n and view.words[j + 1].isdigit() and view.joined(j, j + 3):
            k = _named_site_end(view, j + 2, kind, named)
            return k if k > j + 2 else j    # "Nhà máy lọc dầu số 1 Dung Quất": its number, then its place
        p = place_at(view, j)
        if p is not None and p[1] != "bare-unit":
            k = p[0]        # "thủy điện Hòa Bình Chuẩn bị …": the place it is named after
        elif view.mask[j] & SITE and not view.cap[j]:
            k = site_at(view, j, inner=False)   # "thủy điện sông Tranh 2": the river it is named after
        else:
            k = bounded_run(view, j)    # "Nhà máy lọc dầu Dung Quất Sáng nay …": not the next sentence
        if k > j and k < view.n and view.adjacent(k) and _UNIT_NUMBER.fullmatch(view.words[k]):
            k += 1          # "Nhà máy nhiệt điện Vĩnh Tân 1": the plant's number after its place
        return k
    if kind not in ("nature", "terrain"):
        if view.words[j].isdigit():
            k = _site_name(view, j + 1, False) if view.adjacent(j + 1) else j + 1
            return k if k > j + 1 else j
        from .organizations import org_at   # (organizations asks this module for places)
        m = org_at(view, j)
        if m is not None:
            # "Nhà khách Chính phủ": a named building known by its body; but
            # "tại hội trường UBND tỉnh": the body's hall, the body is named
            return m.end if named else j
        if kind == "facility" and (e := person_shape(view, j)) > j:
            p = place_at(view, j)
            if p is None or p[1] == "bare-unit" or p[0] < e:
                return j    # "biệt thự Nguyễn Văn A": a person's house (but "tượng đài Lý Thái Tổ")
            return p[0]     # "Nhà hát lớn Hà Nội": a place's name that is also a person's
        if named and kind == "facility" and view.cap[j] and _untail(view, j, j + 1) == j:
            # "Cung Văn hóa Lao động", "Cung Văn hóa Hữu nghị": named by a common word, capitalized
            # (or two: "Cung Văn hóa Lao động Hữu nghị"), and the countries of a friendship after
            # it: "Cung Văn hóa Hữu nghị Việt - Xô"
            e = j + 2
            if e + 1 < view.n and view.adjacent(e) and view.cap[e] and _untail(view, e, e + 1) == e:
                e += 2
            c = _country_at(view, e) if e + 2 < view.n and view.adjacent(e) else e
            if c > e and view.words[c] in _DASHES and view.joined(c, c + 2):
                f = _country_at(view, c + 1)
                return f if f > c + 1 else e
            return e
    p = place_at(view, j)
    if p is not None and p[1] != "bare-unit":
        return j if kind == "terrain" and not named else p[0]   # "giữa rừng Việt Bắc": the region's forests
    if p is None and kind == "monument" and view.mask[j] & SITE and view.cap[j] and (k := site_at(view, j, False)) > j:
        return k        # "Nghĩa trang liệt sĩ quốc gia Đường 9": named after a road or site
    if p is None and named and kind == "facility" and view.cap[j] and (p := place_at(view, j, True)) is not None:
        return p[0]     # "Hội trường TP", "Nhà hát Thành phố": the city's own hall, by its unit word
    return _site_name(view, j, False)


def _site_name(view: TokenView, j: int, road: bool, station: bool = False, site: bool = False) -> int:
    """A capitalized name (``Diêm Điền``, ``Nam TP``); for roads and stations
    (``road``) possibly two joined by a dash: ``Láng - Hoà Lạc``, but for a
    ``station`` not a province after the dash; for a zone or park (``site``,
    see ``_ZONES``) two names joined by a dash when the second is no known
    place: ``Vườn quốc gia Phong Nha - Kẻ Bàng``, ``Khu du lịch Tràng An -
    Bái Đính``."""
    k = _untail(view, j, syllable_run(view, j, 5))
    if k == j:
        return j
    while k < view.n and k - j < 5 and is_proper(view, k) and view.adjacent(k):
        k += 1
    k = _next_clause(view, j, k)
    if (k - 1 > j and (view.low[k - 1] in _NO_NAME_OPENERS or view.low[k - 1] in _QUANTIFIERS)
            and k < view.n and view.words[k].islower()):
        k -= 1      # "sân bay Long Thành Tại phiên họp", "núi Hầm Vàng Một góc núi": a caption run into the next sentence
    if k - 1 > j and view.words[k - 1] in _CREDITS and k < view.n and view.words[k] == ":":
        k -= 1      # "Khu đô thị mới Phú Mỹ Hưng Ảnh: B.Trung": a photo credit follows the name
    if ((road or site) and k + 1 < view.n and view.words[k] in "-–" and view.adjacent(k)
            and view.adjacent(k + 1) and is_syllable(view, k + 1)):
        e = syllable_run(view, k + 1, 4)
        if road and not (station and _is_province(view, k + 1, e) and not _is_province(view, j, k)):
            # "trạm BOT Hạ Long - Mông Dương": a station named by its stretch of road; so is one
            # between two provinces, "trạm thu phí BOT Hà Nội - Bắc Giang" (no province lies in another)
            return e
        if not road and e - k > 2 and not _is_place(view, k + 1, e):
            return e    # "Khu du lịch Tràng An - Bái Đính": one site named by two places
        if not road and k == j + 1 and e == k + 2 and view.words[j] in _COMPASS and view.words[k + 1] in _COMPASS:
            return e    # "KĐT Tây - Bắc": a zone named by two directions
    return k            # (but "trạm BOT Kiến Xương – Thái Bình": the station, then its province)


def _next_clause(view: TokenView, j: int, k: int) -> int:
    """End of the name ``j..k`` before a word inside it that opens the next
    clause, where a caption or headline ran into it: after a wide gap (a lost
    line break: ``sông Hồng  Liên quan …``) or at a body or an office
    (``sân bay Long Thành Quốc hội đã thông qua``, ``sân bay Tân Sơn Nhất Bộ
    Giao thông vận tải chủ trì``, ``chùa Côn Sơn Thủ tướng …``)."""
    mask = view.mask
    for t in range(j + 1, k):
        if _wide_gap(view, t):
            return t
        if ((mask[t] & HEAD and org_heads().match(view, t) is not None)
                or (mask[t] & ORG_NAME and org_names().match(view, t) is not None)
                or (mask[t] & TITLE and position_titles().match(view, t) is not None)) and not _spans_known(view, j, t):
            return t
    return k


def _spans_known(view: TokenView, j: int, t: int) -> bool:
    """A known place or region that starts in ``j..t-1`` goes on past token
    ``t`` (``Vịnh Bắc Bộ``: "Bộ" ends the region, it opens no ministry)."""
    return any(e > t for e in _known_ends(view, max(j, t - 3), t))


def _known_ends(view: TokenView, a: int, b: int) -> list[int]:
    """The ends of the known places, regions and wards that start at a token
    of ``a..b-1``."""
    return [m[0] for s in range(a, b) if view.mask[s] & (REGION | PLACE | WARD)
            for table in (regions(), places(), wards()) if (m := table.match(view, s)) is not None]


def _is_place(view: TokenView, i: int, e: int) -> bool:
    """Tokens ``i..e-1`` are a known place (a unit, a province or district, a region)."""
    p = place_at(view, i)
    return p is not None and p[0] == e


def _is_province(view: TokenView, i: int, e: int) -> bool:
    """Tokens ``i..e-1`` are the name of a province."""
    return bool(view.mask[i] & PLACE) and any(end == e and level == "province" for end, level in places().matches(view, i))


def _segment_end(view: TokenView, i: int, j: int) -> int:
    """End of the second place of a stretch ``đoạn A - B`` / ``tuyến A - B``
    whose first place ends at ``j`` (``j`` if none)."""
    if not (i > 0 and view.low[i - 1] in ("đoạn", "tuyến") and j + 1 < view.n
            and view.words[j] in ("-", "–") and view.adjacent(j) and view.adjacent(j + 1)):
        return j
    p = place_at(view, j + 1)
    e = max(p[0] if p is not None else j + 1, bounded_run(view, j + 1))    # "Lào Cai", not "Lào"
    return e if e > j + 1 else j


# Nouns of a stretch of road or a line, named by its two ends: "đoạn Hạ Long - Mông Dương".
_STRETCHES = frozenset({"đoạn", "tuyến"})


def _stretch(view: TokenView, i: int) -> list[tuple[int, int]]:
    """The two ends of a stretch ``đoạn A - B`` / ``tuyến A - B`` from ``i``
    as (start, end), each a known place or a run of one to four capitalized
    syllables (``đoạn La Sơn – Túy Loan``, ``tuyến Bến Thành – Suối Tiên``),
    the dash between them spaced; [] if none (the first end a body or an
    office: ``tuyến Bộ Công an - …``)."""
    if i > 1 and view.adjacent(i - 1) and view.words[i - 2].isalpha() and is_word(view.words[i - 2], view.words[i - 1]):
        return []       # "họp trực tuyến Hà Nội - …": "tuyến" is half a word (online)
    ends = []
    k = i
    for _ in range(2):
        p = place_at(view, k)
        e = max(p[0] if p is not None and p[1] != "bare-unit" else k, _untail(view, k, syllable_run(view, k, 4)))
        if (e == k or org_heads().match(view, k) is not None or org_names().match(view, k) is not None
                or position_titles().match(view, k) is not None):
            return []
        ends.append((k, e))
        if len(ends) == 2:
            break
        if not (e + 1 < view.n and view.words[e] in _DASHES and view.adjacent(e) and view.adjacent(e + 1)
                and view.starts[e] > view.starts[e - 1] + len(view.words[e - 1])):
            return []
        k = e + 1
    return ends


def _area_name(view: TokenView, j: int) -> int:
    """End of a proper name after ``khu vực`` (``j`` if none): capitalized
    syllables that are no person, body, office or place with its unit word."""
    if j >= view.n or not view.adjacent(j) or not is_syllable(view, j) or person_shape(view, j) > j:
        return j
    if unit_at(view, j) is not None or site_heads().match(view, j) is not None or place_at(view, j):
        return j    # "khu vực phường 5", "khu vực cầu Rồng", "khu vực Đông Nam Á": their own rules
    if org_heads().match(view, j) is not None or position_titles().match(view, j) is not None:
        return j
    e = bounded_run(view, j)
    if e == j + 1 and (view.words[j] in _COMPASS or len(view.words[j]) == 1):
        return j    # "khu vực Bắc, Trung, Nam", "khu vực I": a direction or a number, no name
    return e


# What separates the names of a list: "A, B và C", "Láng - Hòa Lạc".
_LIST_SEPARATORS = frozenset((",", "và", "-", "–"))
# Short names of countries, which name one only in a pair joined by a dash
# with Việt ("quan hệ Việt - Trung", "hữu nghị Việt - Xô", "Lào - Việt").
# Source: general knowledge (Việt Nam, Trung Quốc, Hàn Quốc, Liên Xô, Anh, Triều
# Tiên, Thái Lan, Ấn Độ, Nhật, Mỹ, ... as shortened in such pairs).
_SHORT_COUNTRIES = frozenset({"Việt", "Trung", "Hàn", "Xô", "Anh", "Triều", "Thái", "Ấn"})
_DASHES = frozenset(("-", "–"))
# The first word of a state's official name, its form of state: "Cộng hòa xã
# hội chủ nghĩa Việt Nam", "CHXHCN Việt Nam", "CHDCND Lào", "Vương quốc Anh", "Liên bang Nga".
_STATE_FORMS = frozenset({"Cộng", "CHXHCN", "CHDCND", "CHND", "CHLB", "Vương", "Liên"})


# The forms of state that open a state's official name before the country's
# own name, lower-cased, longest first: "Vương quốc Campuchia", "Cộng hòa dân
# chủ nhân dân Lào", "Liên bang Nga", "CH Séc", "Hợp chúng quốc Hoa Kỳ".
# Source: general knowledge of the official names of states in Vietnamese.
# (The text is tone-normalized before entities: "Cộng hoà" arrives as "cộng hòa".)
_STATE_FORM_NAMES = sorted((tuple(f.split()) for f in (
    "vương quốc", "cộng hòa", "ch", "liên bang", "hợp chúng quốc", "hợp chủng quốc", "tiểu vương quốc",
    "công quốc", "đại công quốc", "cộng hòa nhân dân", "cộng hòa dân chủ nhân dân", "cộng hòa dân chủ",
    "cộng hòa liên bang", "cộng hòa hồi giáo", "cộng hòa xã hội chủ nghĩa")),
    key=len, reverse=True)
_STATE_FORM_ENDS = frozenset(f[-1] for f in _STATE_FORM_NAMES)


def _state_form_start(view: TokenView, i: int, j: int) -> int:
    """Start of the form of state (``_STATE_FORM_NAMES``) written before the
    country ``i..j``, its first word capitalized (``Vương quốc Campuchia``,
    ``Cộng hòa dân chủ nhân dân Lào``), ``i`` if none or the place is no
    country (``cộng hòa Séc``, lower case, is no name)."""
    if view.mask[i] & REGION == 0 or (m := countries().match(view, i)) is None or m[0] != j:
        return i
    for form in _STATE_FORM_NAMES:
        s = i - len(form)
        if s >= 0 and tuple(view.low[s:i]) == form and view.cap[s] and view.joined(s, j):
            return s
    return i


@cache
def countries() -> PhraseTable:
    """The countries among the regions (regions.txt, kind ``country``), as written."""
    return PhraseTable([(r[0], True) for r in data_rows("regions.txt") if r[1] == "country"], case="exact")


def _country_at(view: TokenView, i: int) -> int:
    """End of a country's name or short name at ``i`` (``i`` if none)."""
    if view.words[i] in _SHORT_COUNTRIES and not (view.adjacent(i + 1) and view.mask[i + 1] & SYLLABLE):
        return i + 1    # "Việt", not "Việt Nam", "Việt Bắc"
    m = countries().match(view, i) if view.mask[i] & REGION else None
    return m[0] if m is not None else i


def _country_pair(view: TokenView, i: int) -> list[tuple[int, int]]:
    """The two countries of ``A - B`` at ``i``, one of them ``Việt`` and one a
    short name (``Việt - Trung``, ``Lào - Việt``), as (start, end); else []."""
    if i > 1 and view.words[i - 2] == "Hữu" and view.low[i - 1] == "nghị":
        return []       # "Hội Hữu nghị Việt - Lào", "Cung Văn hóa Hữu nghị Việt - Xô": a body's or building's name
    e = _country_at(view, i)
    if e == i or e + 1 >= view.n or view.words[e] not in _DASHES or not view.adjacent(e) or not view.adjacent(e + 1):
        return []
    f = _country_at(view, e + 1)
    if f == e + 1 or "Việt" not in (view.words[i], view.words[e + 1]):
        return []
    if e > i + 1 and f > e + 2:
        return []       # two full names: each is found on its own
    return [(i, e), (e + 1, f)]


# The qualities of a nation in the formula of political texts ("xây dựng
# một nước Lào hòa bình, độc lập, dân chủ, thống nhất và phồn vinh"; "nước
# VN độc lập, dân chủ, giàu mạnh"): after them "nước" is the common noun.
# Source: general knowledge of Vietnamese political prose.
_STATE_QUALITIES = frozenset({("hòa", "bình"), ("hoà", "bình"), ("độc", "lập"), ("dân", "chủ"), ("thống", "nhất"),
                              ("giàu", "mạnh"), ("phồn", "vinh"), ("văn", "minh"), ("hùng", "cường"),
                              ("cường", "thịnh"), ("vững", "mạnh"), ("xã", "hội")})


def _country_after_noun(view: TokenView, i: int, j: int) -> bool:
    """The place ``i..j`` is a country after the noun ``nước`` at ``i - 1``
    that makes one name with it (``nước Nhật``, ``nước Việt Nam``): not a
    compound (``đất nước``, ``Nhà nước``, ``cấp nước``), an office
    (``Chủ tịch nước Lào``), a plural (``hai nước Việt Nam - Lào``), a
    state's official name, which names its form of state itself (``nước
    Cộng hòa xã hội chủ nghĩa Việt Nam``: ``nước`` is the common noun), or a
    nation described by its qualities (``xây dựng nước VN độc lập, dân
    chủ``: the country alone)."""
    if not view.adjacent(i) or not view.adjacent(i - 1) or j != _country_at(view, i) or view.words[i] in _SHORT_COUNTRIES:
        return False
    if view.words[i] in _STATE_FORMS or "Cộng" in view.words[i + 1:j]:
        return False    # (also "nước Việt Nam Dân chủ Cộng hòa": the form of state after the name)
    before = view.words[i - 2]
    if view.low[i - 2] in _PLURAL or before.isdigit() or is_word(before, view.words[i - 1]):
        return False
    if (j + 1 < view.n and view.adjacent(j) and (view.low[j], view.low[j + 1]) in _STATE_QUALITIES
            and view.joined(j, j + 2)):
        return False    # "xây dựng một nước Lào hòa bình, độc lập": the common noun, then the state's qualities
    t = position_titles().match(view, i - 3) if i > 2 else None
    return t is None or t[0] != i


# Honorifics of address by age and kin (and "đồng chí", "ngài"), which a
# person's name follows; not the professions among the honorifics, which a
# country may follow as their attribute ("nhà báo Mỹ", "luật sư Pháp").
_KIN_HONORIFICS = KIN | {"em", "chí", "ngài"}    # (and "đồng chí", "ngài")


# Nouns of a party to a case, which the press puts before a person's given
# name (``bị cáo Đức``, ``bị can Nga``, ``đối tượng Vinh``): a one-syllable
# place after them is that person, not the country or city.
# Source: general knowledge of Vietnamese court and police reporting.
# Also a general's or a king's, a child's name after tướng, vua, cháu, bé
# (``tướng Washington``, ``cháu Vinh``), but not a country, which says their
# nationality there (``tướng Pháp``).
_PARTY_NOUNS = frozenset({("bị", "cáo"), ("bị", "can"), ("nghi", "phạm"), ("nghi", "can"), ("đối", "tượng"),
                          ("phạm", "nhân"), ("tử", "tù"), ("can", "phạm")})
_PERSON_NOUNS = frozenset({"tướng", "vua", "cháu", "bé"})


def _after_party_noun(view: TokenView, i: int, j: int) -> bool:
    """The one-token place ``i..j`` follows a noun of a party to a case
    (``_PARTY_NOUNS``) or of a person (``_PERSON_NOUNS``): ``Bị cáo Đức đã
    không kiểm tra``, the defendant named by his given name; ``tướng
    Washington``, the general."""
    if j != i + 1 or i < 1 or not view.adjacent(i):
        return False
    if view.low[i - 1] in _PERSON_NOUNS:
        if view.mask[i] & REGION and (m := countries().match(view, i)) is not None and m[0] == j:
            return False    # "tướng Pháp": a French general, the country his nationality
        return not (i > 1 and view.adjacent(i - 1) and view.words[i - 2].isalpha()
                    and is_word(view.words[i - 2], view.words[i - 1]))    # (not "thủ tướng": the office)
    return i > 1 and view.adjacent(i - 1) and (view.low[i - 2], view.low[i - 1]) in _PARTY_NOUNS


def _language(view: TokenView, i: int, e: int) -> bool:
    """Is the country ``i..e`` the name of a language, right after "tiếng" (the language of):
    "dịch từ tiếng Nga", "khoa tiếng Czech" (a language is no place; V_NOTES keeps "tiếng Anh" out)?"""
    return i > 0 and view.low[i - 1] == "tiếng" and view.adjacent(i) and _country_at(view, i) == e \
        and not any(view.mask[t] & HEAD for t in range(i + 1, e))   # (kept whole, "Tây Ban Nha" holds no "Ban")


def _after_kin_honorific(view: TokenView, i: int) -> bool:
    """A kin honorific stands right before token ``i`` (``ông Vinh``, ``bà Nga``,
    ``đồng chí Vinh``), not as half of a word (``trẻ em Việt Nam``, ``anh em
    Lào``, ``ông bà``)."""
    k = i - 1
    if k < 0 or not view.adjacent(i) or view.low[k] not in _KIN_HONORIFICS:
        return False
    if view.low[k] == "chí":
        return k > 0 and view.low[k - 1] == "đồng" and view.adjacent(k)
    return not (k > 0 and view.adjacent(k) and view.words[k - 1].isalpha() and is_word(view.words[k - 1], view.words[k]))


def _in_longer_name(view: TokenView, i: int, e: int) -> bool:
    """The bare place ``i..e`` is part of a longer proper name of capitalized
    Vietnamese syllables, not the place: a person's name whose given name
    follows it (``Đại sứ Vũ Quang Minh``: "Vũ Quang" is also a district), or
    whose family name and middle name stand right before it (``Ngụy Như
    Kontum``), or a name that goes on on both sides of it (a byline ``Hải Vân
    Phong Thu``, a hotel ``Mường Thanh Sơn Trà``).  A word before it that is a
    place itself (``Bình Thạnh TPHCM``), a direction, a function word, an
    honorific (``Mẹ Việt Nam Anh hùng``) or a head does not join it."""
    if (view.mask[i] & FAMILY and e < view.n and view.adjacent(e) and view.mask[e] & SYLLABLE
            and not view.mask[e] & FAMILY and person_shape(view, i) == e + 1 and is_vietnamese_syllable(view.words[e])
            and _untail(view, e, e + 1) == e + 1 and position_titles().match(view, e) is None
            and org_heads().match(view, e) is None and not _is_province(view, i, e)
            and not (view.mask[i] & REGION and regions().match(view, i) is not None)):
        return True     # "Vũ Quang Minh" (not "tại Hà Nội Thủ tướng …", a lost comma; nor a province)
    k = i - 1
    if k < 0 or not view.adjacent(i) or not view.mask[k] & SYLLABLE or view.words[k] in _COMPASS:
        return False
    if not is_vietnamese_syllable(view.words[k]) or honorifics().match(view, k) is not None or _ends_place(view, i):
        return False
    if (k > 0 and view.adjacent(k) and view.mask[k - 1] & FAMILY and e - k < 4 and view.low[k] not in _NO_NAME_OPENERS
            and not (k > 1 and view.words[k - 2] in _SENTENCE_BEFORE)):
        return True     # "Ngụy Như Kontum": a family name and a middle name before it
    if view.low[k] in FUNCTION_WORDS or view.low[k] in _NO_NAME_OPENERS:
        return False
    if not (e < view.n and view.adjacent(e) and view.mask[e] & SYLLABLE and is_vietnamese_syllable(view.words[e])):
        return False
    return (unit_at(view, k) is None and site_heads().match(view, k) is None and org_heads().match(view, k) is None
            and position_titles().match(view, k) is None)


# Heads of the names of bodies, written capitalized, after which the body's
# field and its place make one name (GUIDELINES: the ORGANIZATION includes its
# place modifier): "Tổng công ty cấp nước Sài Gòn", "Sở giao dịch Chứng
# khoán Hà Nội", "Trường Âm nhạc Huế", "Trung tâm Phát triển quỹ đất thành phố
# Huế", "Lâm trường Phú Lương", "Ty Lâm nghiệp tỉnh Bắc Thái" (a province's
# department before 1976).  Not "Hội" (Hội nghị, an event), nor "Nhà máy" (a
# plant is a site).
_BODY_HEADS = frozenset({("Công", "ty"), ("Tổng", "công"), ("Tập", "đoàn"), ("Ngân", "hàng"), ("Trường",),
                         ("Bệnh", "viện"), ("Sở",), ("Trung", "tâm"), ("Đại", "học"), ("Học", "viện"), ("Viện",),
                         ("Cục",), ("Chi", "cục"), ("Lâm", "trường"), ("Nông", "trường"), ("Xí", "nghiệp"),
                         ("Hợp", "tác"), ("Quỹ",), ("Liên", "đoàn"), ("Ban",), ("Ty",), ("Hiệp", "hội"), ("Liên", "hiệp"),
                         ("Hội",), ("Đảng",), ("Phòng",)})
# Heads that are a body's only before a capitalized name that makes no word with
# them: "Hội Nông dân", "Hội LHTN", "Đảng Cộng sản", "Phòng Thương mại" (not
# "Hội nghị", "Hội chợ", "Phòng chống" in a title's capitals: "Hội Nghị").
_NAMED_HEADS = frozenset({"Hội", "Đảng", "Phòng"})


_BODY_FIRST = frozenset(h[0] for h in _BODY_HEADS)     # (their first words, asked first)
# The heads of the state enterprises and departments of old, named by their
# district or province alone (Lâm trường Phú Lương, Nông trường Sông Hậu, Ty
# Lâm nghiệp, Xí nghiệp …).
_NAMED_BY_PLACE = frozenset({"Lâm", "Nông", "Ty", "Xí"})


def _ends_body_name(view: TokenView, i: int) -> bool:
    """The place at ``i`` ends the name of a body whose capitalized head
    (``_BODY_HEADS``) stands one to six words before it, with the body's field
    between and no punctuation, function word or number: the place is the
    body's modifier (``Công ty CP cấp thoát nước Lạng Sơn``, ``Lâm trường Phú
    Lương``), not a place of its own; but a head right before the place is not
    enough (``Trung tâm thành phố Hà Nội``, the city's centre; ``Trường Thăng
    Long``), nor a country after a field in lower case, the body's nationality
    (``Công ty tư vấn Nhật Bản``, as NOTES 2 annotates it)."""
    words, low, adjacent, brk = view.words, view.low, view.adjacent, view.brk
    k = i - 1
    while k >= 0 and i - k <= 6 and k + 1 < view.n and not brk[k + 1]:    # (adjacent(k + 1), written out)
        w = words[k]
        if w not in _BODY_FIRST:
            if not (w.isalpha() or ("-" in w and w.replace("-", "").isalpha())):
                return False
            if low[k] in FUNCTION_WORDS and not (w == "và" and k + 1 < i - 1 and view.cap[k + 1]):
                return False    # (but "Phòng Thương mại và Công nghiệp Việt Nam": a second, capitalized field)
            k -= 1
            continue
        if w in _NAMED_HEADS:
            e = k + 1
            if not (e < i and view.cap[e] and not is_word(w, words[e])):
                k -= 1
                continue
        elif (w,) in _BODY_HEADS:
            e = k + 1
        elif k + 1 < i and (w, low[k + 1]) in _BODY_HEADS:
            e = k + 2
            if w in ("Tổng", "Hợp"):
                if not (e < i and low[e] in ("ty", "xã")):
                    return False    # "Hợp tác phát triển": no cooperative
                e += 1      # "Tổng công ty", "Hợp tác xã"
        else:
            k -= 1
            continue
        if k > 0 and adjacent(k) and (view.mask[k - 1] & (SITE | UNIT) and (
                site_heads().match(view, k - 1) is not None or unit_at(view, k - 1) is not None)):
            return False    # "sông Trường", "xã Ban": the word is a name here, no body's head
        country = view.mask[i] & REGION and countries().match(view, i) is not None
        if e == i:      # a state enterprise named by its district alone: "Lâm trường Phú Lương"
            return w in _NAMED_BY_PLACE and not country    # (not "Công ty Nhật", a Japanese company)
        return not (country and words[e].islower())   # (not "Công ty tư vấn Nhật Bản": its nationality)
    return False


# The number of a school's level: "Trường cấp 2", "trường cấp III".
_SCHOOL_LEVEL = regex.compile(r"[1-3]|I{1,3}")


def _after_school_level(view: TokenView, i: int) -> bool:
    """A school named by its level stands right before token ``i`` (``Trường
    cấp 2 Suối Bau``, ``Trường Cấp 3 Dương Quang Đông``): what follows is the
    school's own name, a place inside it, not a place of its own (but
    ``học sinh trường cấp 3 Hà Nội``, the city's schools, keeps the city)."""
    return (2 < i <= view.n and view.words[i - 3] == "Trường" and view.low[i - 2] == "cấp"
            and _SCHOOL_LEVEL.fullmatch(view.words[i - 1]) is not None and view.joined(i - 3, i))


def _ship(view: TokenView, i: int, e: int) -> bool:
    """The place ``i..e`` right after ``tàu`` is a ship's name, no place:
    ``tàu Trường Sa 21``, ``tàu Cần Giờ``; not a country, the flag of ships
    (``tàu Việt Nam``), nor the first end of a route (``tàu Hà Nội - Lào Cai``)."""
    if i == 0 or view.low[i - 1] != "tàu" or not view.adjacent(i):
        return False
    if e < view.n and view.adjacent(e) and view.words[e][:1].isdigit():
        return True     # "tàu Trường Sa 21": the ship's number
    if e < view.n and view.words[e] in _DASHES:
        return False
    return _country_at(view, i) != e


def _credited(view: TokenView, i: int) -> bool:
    """Token ``i`` opens the name in a photo credit (``Ảnh: Thống Nhất/TTXVN``,
    ``(Ảnh: Hà Nam)``): the photographer, whose name may be a place's."""
    return i > 1 and view.words[i - 1] == ":" and view.words[i - 2] in _CREDITS


def _ends_place(view: TokenView, i: int) -> bool:
    """A known place of one to three words ends right before token ``i`` (``Bình
    Thạnh`` before ``TPHCM``), a list written without its commas."""
    return i in _known_ends(view, max(0, i - 3), i)


# Quotation marks around a nickname: Dũng “Huế”, Hùng "Xì Tẹc".
_OPEN_QUOTES = frozenset({"“", '"', "'", "‘"})
_CLOSE_QUOTES = frozenset({"”", '"', "'", "’"})


def _nickname(view: TokenView, i: int, j: int) -> bool:
    """The place ``i..j`` stands in quotes right after a capitalized syllable
    that is no place, unit, site, body or office: it is a person's nickname
    by the city of their origin (``Dũng “Huế”``, ``Tuấn "Hà Nội"``), the
    usual way the press writes an alias, not the city."""
    k = i - 2
    if k < 0 or view.words[i - 1] not in _OPEN_QUOTES or j >= view.n or view.words[j] not in _CLOSE_QUOTES:
        return False
    if not (view.adjacent(i) and view.cap[k] and view.mask[k] & SYLLABLE and not view.words[k].isupper()
            and is_vietnamese_syllable(view.words[k])):
        return False
    return (place_at(view, k) is None and unit_at(view, k) is None and site_heads().match(view, k) is None
            and org_heads().match(view, k) is None and position_titles().match(view, k) is None)


def _capital_city(view: TokenView, i: int, j: int) -> bool:
    """The place ``i..j`` after ``thủ đô`` is a city or province, the capital
    itself named with its head noun (``thủ đô Hà Nội``, ``thủ đô Viêng
    Chăn``), not a country or region whose capital is meant (``thủ đô
    Cuba``: Havana, not named)."""
    if not (view.adjacent(i) and view.adjacent(i - 1)):
        return False
    m = regions().match(view, i) if view.mask[i] & REGION else None
    return m is None or m[0] != j or m[1] not in ("country", "region")


def _ward_after_and(view: TokenView, i: int, k: int) -> int:
    """End of a second commune or ward named after ``và`` or a comma at ``k - 1``
    that shares the singular unit word at ``i`` (``xã Diễn Lộc và Diễn Thắng``,
    ``phường Tân Kiểng, Tân Hưng``), ``k`` if none: a whole run of two or
    more capitalized syllables that is a known ward, no person's name, and
    no place found on its own."""
    u = unit_at(view, i)
    if u is None or u[1].level != "ward" or not view.adjacent(k) or not view.mask[k] & WARD:
        return k
    e = syllable_run(view, k, 4)
    w = wards().match(view, k)
    if e - k < 2 or w is None or w[0] != e or _untail(view, k, e) != e or person_shape(view, k) > k:
        return k
    return k if place_at(view, k) is not None else e


# Words before a house number: "ở 48 Hàng Ngang", "tại 205 Lạc Long Quân", "số (nhà) 5 …".
_ADDRESS_OPENERS = frozenset({"ở", "tại", "số", "nhà"})
# What may stand before a house number that opens an address: the openers,
# or a comma when a place follows the street (``_street_after_comma``).
_ADDRESS_BEFORE = _ADDRESS_OPENERS | {","}
# A house number: 48, 12A, 35/12, 524/1/2 (an alley's alley).
_HOUSE_NUMBER = regex.compile(r"\d{1,4}[A-Z]?(?:/\d{1,4}[A-Z]?){0,3}")


def _street_after_number(view: TokenView, i: int) -> int:
    """End of a street's name at ``i`` after a house number (``i`` if none):
    two to four capitalized syllables that open no unit, site, body or office
    (``tại 18 Hội đồng tuyển sinh``) and are no function word."""
    if not _HOUSE_NUMBER.fullmatch(view.words[i - 1]) or not view.adjacent(i) or view.low[i] in FUNCTION_WORDS:
        return i
    e = _untail(view, i, syllable_run(view, i, 4))
    if e - i < 2 or unit_at(view, i) is not None or site_at(view, i) > i:
        return i
    if org_heads().match(view, i) is not None or position_titles().match(view, i) is not None:
        return i
    return e


def _street_after_comma(view: TokenView, i: int) -> int:
    """End of a street's name at ``i`` after a comma and a house number (``i``
    if none), when a comma and a place follow it, as an address is written
    after a person's name: ``Bác sĩ A, 92 Nam Kỳ Khởi Nghĩa, quận 1``."""
    e = _street_after_number(view, i)
    if e == i or e + 1 >= view.n or view.words[e] != "," or not view.adjacent(e + 1):
        return i
    p = place_at(view, e + 1)
    return e if p is not None and p[1] in ("unit", "gazetteer") else i


def _ward_before_bracket(view: TokenView, i: int) -> int:
    """End of a commune's or ward's name at ``i`` that a known place in
    brackets follows (``Long Sơn (Vũng Tàu)``, ``Tân Trào (Tuyên Quang)``),
    ``i`` if none: the name is a whole run of two or more syllables, no
    person's name (``Nguyễn Văn A (Hà Nội)``)."""
    e = syllable_run(view, i, 4)
    if e - i < 2 or e + 2 >= view.n or view.words[e] != "(":
        return i
    w = wards().match(view, i)
    if w is None or w[0] != e or person_shape(view, i) > i:
        return i
    p = place_at(view, e + 1)
    return e if p is not None and p[0] < view.n and view.words[p[0]] == ")" else i


# Prepositions of place and of motion to or from a place, after which a
# commune's name may stand without its unit word: "tại Láng Hạ", "từ Vạn Phúc
# ra Hà Nội", "về tới Vạn Phúc", "đoạn sông qua Hiệp Phước".
_LOCATIVES = frozenset({"ở", "tại", "từ", "về", "tới", "đến", "qua", "sang", "khỏi"})


def _ward_after_preposition(view: TokenView, i: int) -> int:
    """End of a commune's or ward's name at ``i`` said after a preposition of
    place (``_LOCATIVES``) with no unit word (``hoạt động tại Láng Hạ``,
    ``sống ở Phú Thượng``, ``từ Vạn Phúc``), ``i`` if none: the name is a whole
    run of two or more syllables, no person's name, and no other capitalized
    name is joined to it (the list rule judges those)."""
    if i == 0 or (view.low[i - 1] not in _LOCATIVES and view.low[i - 1] != "quê"):
        return i    # (and "quê Điện Thắng": one's home commune)
    e = syllable_run(view, i, 4)
    if e - i < 2:
        return i
    w = wards().match(view, i)
    if w is None or w[0] != e or _untail(view, i, e) != e or person_shape(view, i) > i:
        return i
    if e + 1 < view.n and view.words[e] in _LIST_SEPARATORS and view.cap[e + 1]:
        return i    # "ở Hải Thành, Liêu Ninh", "ở Phong Nha - Kẻ Bàng": a list or a longer name
    return e


# Words that name a place alone only after certain words: "Anh" (the United
# Kingdom, also an honorific and a given name) after a preposition of place or
# "nước"; "Nam", "Bắc" (the South, the North) after the verbs of going there,
# "vào Nam", "ra Bắc" (and "từ Bắc vào Nam", where "từ" opens the pair).
# Source: general knowledge of Vietnamese usage.
_TOWARDS = frozenset({"vào", "ra", "đến", "tới", "chí"})
_BARE_PLACES = {"Anh": frozenset({"tại", "ở", "sang", "nước"}), "Nam": _TOWARDS | {"từ"}, "Bắc": _TOWARDS | {"từ"}}


def _bare_place(view: TokenView, i: int) -> int:
    """End of the country or region at ``i`` said by a word of ``_BARE_PLACES``
    after its word (``tại Anh``, ``sang Anh``, ``vào Nam``, ``ra Bắc``), ``i``
    if none: no capitalized syllable follows it (``tại Anh Sơn``, a district;
    ``ra Bắc Ninh``), nor a lower-case one that makes a word with it (``vào
    Nam bộ``); ``từ Bắc``/``từ Nam`` only as the first of a pair (``từ Bắc
    vào Nam``)."""
    if i == 0 or not view.adjacent(i) or view.low[i - 1] not in _BARE_PLACES[view.words[i]]:
        return i
    k = i + 1
    if k < view.n and view.adjacent(k) and view.words[k].isalpha():
        if view.cap[k] or is_word(view.low[i], view.low[k]):
            return i
    before = view.low[i - 1]
    if before == "từ" and not (k + 1 < view.n and view.low[k] in _TOWARDS
                               and view.words[k + 1] in _BARE_PLACES and view.words[k + 1] != "Anh"):
        return i
    if before in _TOWARDS and before not in ("vào", "ra") and not (
            i > 2 and view.words[i - 2] in _BARE_PLACES and view.low[i - 3] == "từ"):
        return i    # "đến Nam", "tới Bắc" only as the second of a pair: "từ Bắc tới Nam"
    return k


# What joins two unit words that share a plural and a list: "các quận, huyện", "các xã/phường".
_UNIT_JOINERS = frozenset({",", "/", "và"})


def _shared_plural(view: TokenView, k: int, depth: int = 2) -> bool:
    """The joiner at ``k`` follows a plural unit word (``các quận, huyện Cầu
    Giấy, Đông Anh``; ``các xã, thị trấn``), or one joined to such in turn:
    the next unit word shares the plural, and the names after it are a list."""
    for s in (k - 1, k - 2):
        if s < 1 or not view.mask[s] & UNIT:
            continue
        u = unit_at(view, s)
        if u is None or u[0] != k:
            continue
        if view.low[s - 1] in _PLURAL:
            return True
        return depth > 1 and view.words[s - 1] in _UNIT_JOINERS and _shared_plural(view, s - 1, depth - 1)
    return False


def _place_of_country(view: TokenView, i: int) -> int:
    """End of a place's name at ``i`` after a preposition of place with its
    country in brackets after it (``diễn ra ở Thường Châu (Trung Quốc)``, a
    Sino-Vietnamese name that the gazetteer leaves out where a commune has it
    too), ``i`` if none: one to three capitalized Vietnamese syllables (not a
    brand: ``tại Samsung (Hàn Quốc)``), no person's full name, body or office."""
    e = i
    while e < view.n and e - i < 3 and view.mask[e] & SYLLABLE and is_vietnamese_syllable(view.words[e]) \
            and (e == i or view.adjacent(e)):
        e += 1
    if e == i or e + 2 >= view.n or view.words[e] != "(" or person_shape(view, i) >= e:
        return i
    if org_heads().match(view, i) is not None or org_names().match(view, i) is not None:
        return i
    c = countries().match(view, e + 1) if view.mask[e + 1] & REGION else None
    return e if c is not None and c[0] < view.n and view.words[c[0]] == ")" else i


# Nouns before the name of a people, which opens no list of places: "người Ê Đê, xã Cư M'gar".
_FOLK = frozenset({"người", "tộc", "tiếng"})    # (and languages: "thông thạo tiếng Anh, Pháp và Nga")


def _street_list(view: TokenView, j: int) -> list[tuple[int, int]]:
    """The street names listed after a street's name ending at ``j``, each
    without the head (``đường Lê Lợi, Đồng Khởi và Pasteur``): (start, end) of
    runs of two to four capitalized syllables, none a person, a body, an
    office, a unit or a site; a known place ends the list (it is found on its
    own: ``đường Láng, Đống Đa``)."""
    out = []
    while j + 1 < view.n and view.words[j] in (",", "và") and view.adjacent(j) and view.adjacent(j + 1):
        k = j + 1
        e = _untail(view, k, syllable_run(view, k, 4))
        if (e - k < 2 or person_shape(view, k) > k or place_at(view, k) is not None or unit_at(view, k) is not None
                or site_heads().match(view, k) is not None or org_heads().match(view, k) is not None
                or org_names().match(view, k) is not None or position_titles().match(view, k) is not None):
            break
        out.append((k, e))
        j = e
    return out


def _not_a_list(view: TokenView, i: int, first: tuple[int, int, bool]) -> bool:
    """The bare names from ``i`` are no list of places: the first is a month
    named after ``tháng`` (``29 tháng Ba, Huế, Đà Nẵng``: the date, then the
    places), or, unknown as a place, an honorific before a name (``Ông Vũ
    Văn Bằng, huyện Di Linh``) or a person's name after an office title
    (``Chủ tịch nước Trần Đức Lương, Việt Nam và Trung Quốc``); but a market
    or street named after a person may open a list (``4 chợ (Ngô Sỹ Liên,
    Láng Hạ, …)``)."""
    if i > 0 and view.low[i - 1] == "tháng":
        return True
    s, e, known = first
    if known:
        return False
    h = honorifics().match(view, s)
    if h is not None and h[0] < e:
        return True     # (not "Anh" alone: "(Anh, Pháp, Đức)" lists countries)
    return person_shape(view, s) >= e and any((t := position_titles().match(view, k)) is not None and t[0] == i
                                              for k in range(max(0, i - 4), i))


def _place_in_country(view: TokenView, i: int, items: list[tuple[int, int, bool]]) -> bool:
    """The two names ``items`` from ``i`` are a place and, after a comma, the
    country or province it lies in, said after a preposition of place
    (``động đất ở Sumatra, Indonesia``, ``tại Geelong, Australia``), or a
    commune's Vietnamese name before its district (``ở Điện Thắng, Điện
    Bàn``): the first, unknown to the gazetteer, is a place too; not a person, a body
    or an office (``làm việc tại Samsung, Hàn Quốc`` has a brand: the first
    word is no Vietnamese syllable and opens no known name, so brands pass
    only as places do)."""
    if len(items) != 2 or i == 0 or (view.low[i - 1] not in _LOCATIVES and view.low[i - 1] != "quê"):
        return False    # (and "quê Điện Thắng, Điện Bàn": one's home commune)
    (s, e, known), (t, f, _) = items
    if known or view.words[e] != "," or not view.mask[t] & (REGION | PLACE):
        return False
    p = place_at(view, t)
    if p is None or p[0] != f or p[1] != "gazetteer":
        return False
    if not (_is_province(view, t, f) or ((m := regions().match(view, t)) is not None and m[0] == f
                                          and m[1] in ("country", "province"))):
        if not (2 <= e - s <= 3 and all(map(is_vietnamese_syllable, view.words[s:e]))):
            return False    # a district after a Vietnamese name only: "quê ở Điện Thắng, Điện Bàn" (a commune)
    return (person_shape(view, s) < e and org_heads().match(view, s) is None and org_names().match(view, s) is None
            and position_titles().match(view, s) is None)


def _compass_list(view: TokenView, j: int) -> list[int]:
    """The directions listed after ``miền Bắc`` ending at ``j``: ``, Trung, Nam``
    (each direction alone, not the first word of a name: ``miền Bắc và Tây
    Nguyên``, ``miền Trung và Nam bộ``)."""
    out = []
    while (j + 1 < view.n and view.words[j] in _LIST_SEPARATORS and view.adjacent(j) and view.adjacent(j + 1)
           and view.words[j + 1] in _COMPASS and not (view.adjacent(j + 2) and view.mask[j + 2] & SYLLABLE)
           and _untail(view, j + 1, j + 2) == j + 2):
        out.append(j + 1)
        j += 2
    return out


def _ward_in_bracket(view: TokenView, k: int) -> int:
    """End of a name in brackets at ``k`` (the ``(``) that is known only as a
    commune's or ward's and fills the bracket (``(Tĩnh Gia)``, the old district
    by the name its town keeps), ``k`` if none; a place known otherwise is found
    on its own."""
    j = k + 1
    if not view.adjacent(j) or not view.mask[j] & WARD or place_at(view, j) is not None:
        return k
    w = wards().match(view, j)
    if w is None or w[0] >= view.n or view.words[w[0]] != ")" or w[0] - j < 2 or person_shape(view, j) > w[0]:
        return k
    return w[0]


def _ward_after_dash(view: TokenView, j: int) -> int:
    """End of a name after a dash at ``j`` that follows a place (``Hạ Long -
    Mông Dương``) and is known only as a commune's or ward's, ``j`` if none:
    the whole run of two to four capitalized syllables, no person's name,
    and no place found on its own (that one its rule finds)."""
    k = j + 1
    if k >= view.n or view.words[j] not in _DASHES or not view.adjacent(k) or not view.mask[k] & WARD:
        return j
    w = wards().match(view, k)
    if w is None or w[0] - k < 2 or syllable_run(view, k, 4) != w[0] or _untail(view, k, w[0]) != w[0]:
        return j
    if person_shape(view, k) > k or place_at(view, k) is not None:
        return j
    return w[0]


def _after_body(view: TokenView, i: int) -> bool:
    """A body's head of one or two words ends right before the place at ``i``
    (``Thành ủy Sài Gòn - Gia Định``, ``UBND Hà Nội``), or a Party committee
    named by its level (``Khu ủy Sài Gòn - Gia Định``): the place is its modifier."""
    if i > 1 and view.low[i - 1] == "ủy" and view.cap[i - 2] and view.joined(i - 2, i + 1):
        return True
    return any(s >= 0 and view.mask[s] & HEAD and (m := org_heads().match(view, s)) is not None and m[0] == i
               for s in (i - 2, i - 1))


def _bracketed_place(view: TokenView, k: int) -> int:
    """One past the ``)`` of a known place in brackets at token ``k``
    (``(huyện Hương Thủy)``, ``(Phú Vang)``), ``k`` if none."""
    p = place_at(view, k + 1) if view.adjacent(k + 1) else None
    return p[0] + 1 if p is not None and p[0] < view.n and view.words[p[0]] == ")" else k


def _list_items(view: TokenView, i: int, brackets: list[tuple[int, int]] | None = None) -> list[tuple[int, int, bool]]:
    """Comma/``và`` separated capitalized names from ``i``: (start, end, known place).

    With ``brackets`` (a list after a plural unit word), a name may carry its
    district in brackets before the next one (``ba xã Thủy Bằng (huyện
    Hương Thủy), Phú Thanh``): the bracketed place is added to ``brackets``
    (start, end) and the list goes on; and a name said only after a unit
    word is a place there (``các thành phố Hà Nội, HCM``)."""
    items = []
    k = i
    while k < view.n:
        p = place_at(view, k)
        if p is None and brackets is not None and view.mask[k] & UNIT_ONLY:
            p = unit_only_places().match(view, k)   # "các thành phố Hà Nội, HCM": the plural unit word names it
        if p is not None and brackets is not None and _country_at(view, k) == p[0] \
                and (run := syllable_run(view, k, 4)) > p[0]:
            end, known = run, False     # "các xã … Nga Mỹ (Nga Sơn)": a commune's name that begins like a country
        elif p is not None:
            end, known = p[0], True
        else:
            w = wards().match(view, k) if view.cap[k] and view.mask[k] & WARD else None
            s = site_at(view, k) if view.cap[k] and view.mask[k] & SITE else k
            if w is not None and s > w[0]:
                w = None    # "… và Lăng Chủ tịch Hồ Chí Minh": a site longer than the ward its head names
            if w is not None and not (w[0] == k + 1 and view.words[k] in _COMPASS):    # not "Đông" (- Nam Á)
                end, known = w[0], True
            elif s > k:
                end, known = s, True    # "như Láng Hạ, Đê La Thành": a site with its head, named like a place
            else:
                end, known = syllable_run(view, k, 4), False
                if end == k + 1:
                    end = _untail(view, k, end)     # not "Sư" (đoàn): one syllable going on in lower case
                if end == k + 1 and _direction_from(view, k):
                    end = k     # "các huyện Nam sông Đuống": a direction from a place, no name
        if end == k:
            break
        items.append((k, end, known))
        if brackets is not None and end + 3 < view.n and view.words[end] == "(":
            b = _bracketed_place(view, end)
            if b > end and b + 1 < view.n and view.words[b] in _LIST_SEPARATORS and view.adjacent(b + 1):
                brackets.append((end + 1, b - 1))
                end = b     # the list goes on after the bracket
        if end < view.n and view.words[end] in _LIST_SEPARATORS and view.adjacent(end) \
                and end + 1 < view.n and view.adjacent(end + 1):
            k = end + 1
        else:
            break
    return items


# What may start at a token of a word, by the word alone (see :class:`_StartBits`).
_TITLE_ALONE = 1 << 0       # the word alone opens a title (``titles.alone``): "Bí thư"
_ORG_ALONE = 1 << 1         # … a head or an organization name: "UBND", "EVN"
_PLACE_ALONE = 1 << 2       # … a unit, a site head, a region, a place or a ward: "quận", "Hải Phòng"
_PLACE_OTHER = 1 << 3       # a road code or a glued unit ("QL18", "Q.3"), or "khu" (``khu vực``)
_LIST_FIRST = 1 << 4        # a name syllable, that may open the first name of a list: "Văn" (Quán, …)
# The word opens an entry of two or more words with the next one, by the
# lower-cased keys (titles, heads, units and site heads) or as written
# (organization names; regions, places and wards).
_TITLE_PAIR = 1 << 5        # "Chủ" (tịch)
_HEAD_PAIR = 1 << 6         # "Bộ" (Công an), "công" (ty)
_UNIT_PAIR = 1 << 7         # "thành" (phố), "quốc" (lộ)
_NAME_PAIR = 1 << 8         # "Quốc" (hội)
_NAMED_PAIR = 1 << 9        # "Hà" (Nội), "Đông" (Nam Á)
_KEY_PAIR = _TITLE_PAIR | _HEAD_PAIR | _UNIT_PAIR
_EXACT_PAIR = _NAME_PAIR | _NAMED_PAIR


# A modifier before an office title: "Phó", "Quyền", "Tổng" (MODIFIERS).
_MODIFIER = 1 << 10
# The bits above that the start pass reads for the place, organization and
# position rules (not the modifier's, nor the name rules' below).
_RULE_BITS = (1 << 10) - 1
# What a name rule (:mod:`.persons`) may start at a token by its word alone,
# set by :func:`.persons.start_bits`; the start pass finds the names' starts
# in the same loop:
NAME_START = 1 << 11        # an honorific alone; capitalized: a family name, a title alone, a modifier, a dot
NAME_HONORIFIC = 1 << 12    # opens an honorific with the next word ("đồng" + "chí")
NAME_TITLE = 1 << 13        # capitalized, opens a title with the next word ("Chủ" + "tịch")


@cache
def _rule_openers() -> tuple[Openers, Openers, Openers, Openers, Openers]:
    """The :class:`Openers` of the rule tables, made on first use: titles, heads,
    names, units (with sites), named places (one cached call for the first
    sighting of a word, not ten)."""
    return (openers(position_titles()), openers(org_heads()), openers(org_names()),
            openers(place_units(), site_heads()), openers(regions(), places(), wards()))


def start_bits(w: str, key: str, exact: str, low: str, cap: bool, mask: int) -> int:
    """What may start at a hot token of the word ``w`` (key, exact, low, cap and
    mask as :class:`TokenView` lists them): the bits above, from the
    :class:`Openers` of the rule tables without the next word; 0 for most
    words.  Kept per word in ``TokenView.opens`` (see :mod:`.lexicon`)."""
    titles, heads, names, units, named = _rule_openers()
    bits = 0
    if key in titles.alone[cap]:
        bits |= _TITLE_ALONE
    if key in heads.alone[cap] or exact in names.alone[cap]:
        bits |= _ORG_ALONE
    if key in units.alone[cap] or exact in named.alone[cap]:
        bits |= _PLACE_ALONE
    for table, pair, k in ((titles, _TITLE_PAIR, key), (heads, _HEAD_PAIR, key), (units, _UNIT_PAIR, key),
                           (names, _NAME_PAIR, exact), (named, _NAMED_PAIR, exact)):
        if k in table.pair_firsts[cap]:
            bits |= pair
    if mask & _CODED or (mask & (UNIT | SITE) and low == "khu"):
        bits |= _PLACE_OTHER
    if mask & SYLLABLE:
        bits |= _LIST_FIRST
    if low in MODIFIERS:
        bits |= _MODIFIER
    return bits


def candidate_starts(view: TokenView) -> tuple[list[int], list[int], list[int], list[int]]:
    """The hot tokens where a position, an organization and a place rule may
    start, found in one pass over the hot tokens (kept in ``view.memo``).

    A rule starts with an entry of its tables: an entry may start at a token
    when its word is one alone or the word and the next one open one (the
    first keys of the entries, :class:`Openers`).  Besides: a modifier before
    a title (``Phó``, ``Quyền``), a road code or a glued unit (``QL18``,
    ``Q.3``), ``khu`` (``khu vực``), and the first name of a list where no
    place starts: a run of at most four capitalized syllables after an
    uncapitalized word, that a list separator follows (``Văn Quán, …``).
    Elsewhere no rule matches, and a list judged there has at most one name,
    a run of syllables, inside which no later list starts.

    What the word alone allows is read from ``view.opens`` (:func:`start_bits`,
    kept per word); the loop sees only the hot tokens with some bit (a word
    opening a pair still needs the next word)."""
    memo = view.memo.get("starts")
    if memo is not None:
        return memo
    mask, cap, words, brk, key, exact = view.mask, view.cap, view.words, view.brk, view.key, view.exact
    last = view.n - 1
    titles, heads, names, units, named = _rule_openers()
    positions: list[int] = []
    organizations: list[int] = []
    places_: list[int] = []
    persons_: list[int] = []
    opens = view.opens
    for i, b in zip(compress(range(view.n), opens), filter(None, opens)):
        if (b & NAME_START or (b & NAME_HONORIFIC and i < last and mask[i + 1] & HONORIFIC_SECOND)
                or (b & NAME_TITLE and i < last and mask[i + 1] & TITLE_SECOND)):
            persons_.append(i)     # a name rule may start here (persons._starts)
        b &= _RULE_BITS
        if not b:
            continue    # only a name or a modifier may start here
        if b & _ANY_PAIR and i < last and not brk[i + 1]:
            # the word opens a pair: with the next word? ("Chủ" + "tịch", "Hà" + "Nội")
            c = cap[i]
            if b & _KEY_PAIR:
                pair = key[i], key[i + 1]
                if b & _TITLE_PAIR and pair in titles.pairs[c]:
                    b |= _TITLE_ALONE
                if b & _HEAD_PAIR and pair in heads.pairs[c]:
                    b |= _ORG_ALONE
                if b & _UNIT_PAIR and pair in units.pairs[c]:
                    b |= _PLACE_ALONE
            if b & _EXACT_PAIR:
                pair = exact[i], exact[i + 1]
                if b & _NAME_PAIR and pair in names.pairs[c]:
                    b |= _ORG_ALONE
                if b & _NAMED_PAIR and pair in named.pairs[c]:
                    b |= _PLACE_ALONE
        if b & _TITLE_ALONE:
            positions.append(i)
        if b & _ORG_ALONE:
            organizations.append(i)
        if b & (_PLACE_ALONE | _PLACE_OTHER):
            places_.append(i)
        elif b & _LIST_FIRST and (i == 0 or not cap[i - 1]):
            e = i + 1   # (the end of the run of syllables from i, as syllable_run(view, i, 4))
            while e <= last and e - i < 4 and mask[e] & SYLLABLE and not brk[e]:
                e += 1
            if e <= last and (words[e] in _LIST_SEPARATORS or (words[e] == "(" and (mask[i] & WARD or (
                    i > 0 and view.low[i - 1] in _LOCATIVES)))):
                places_.append(i)   # a list, or a commune with its district in brackets: "Long Sơn (Vũng Tàu)"
                # (or a foreign place with its country: "ở Thường Châu (Trung Quốc)")
            elif e - i >= 2 and i > 1 and words[i - 1][:1].isdigit() and view.low[i - 2] in _ADDRESS_BEFORE:
                places_.append(i)   # a street after a house number: "ở 48 Hàng Ngang", "…, 92 Pasteur, quận 1"
            elif e == i + 1 and words[i] in _BARE_PLACES and i > 0 and view.low[i - 1] in _BARE_PLACES[words[i]]:
                places_.append(i)   # "học tập tại Anh", "vào Nam": a country or region said by one word
    # a modifier before a title, or two: "Phó Chủ tịch", "Quyền Bộ trưởng", "Phó Tổng Giám đốc"
    mods = [j - 1 for j in positions if j > 0 and opens[j - 1] & _MODIFIER]
    mods += [j - 1 for j in mods if j > 0 and opens[j - 1] & _MODIFIER]
    if mods:
        positions = sorted(set(positions).union(mods))
    memo = view.memo["starts"] = (positions, organizations, places_, persons_)
    return memo


_ANY_PAIR = _KEY_PAIR | _EXACT_PAIR


def _starts(view: TokenView) -> list[int]:
    """The hot tokens where a place rule may start (see :func:`candidate_starts`)."""
    return candidate_starts(view)[2]


def find(doc: Doc, view: TokenView) -> list[Span]:
    out: list[Span] = []
    n = view.n
    mask, cap, words, low = view.mask, view.cap, view.words, view.low
    listed = 0
    nxt = 0
    named: set[str] = set()     # the names of the communes and wards found with their unit word
    for i in _starts(view):
        if i < nxt:
            continue
        m = mask[i]
        coded = m & _CODED
        if m & (UNIT | SITE):
            # plural unit word + list: "các xã A, B và C", "6 xã (A, B…)"
            u = unit_at(view, i)
            # (the classifier of roads between the plural and the head: "các tuyến đường A, B")
            q = i - 1 if i > 1 and low[i - 1] == "tuyến" and low[i] in _CLASSIFIED and view.adjacent(i) else i
            plural = q > 0 and ((low[q - 1] in _PLURAL or words[q - 1] in _PLURAL_DIGITS
                                 or words[q - 1] == ":") and not (q > 1 and low[q - 2] == "số")    # "số 2 phường A": an address
                                or (words[q - 1] in _UNIT_JOINERS and u is not None and _shared_plural(view, q - 1)))
            if u is None and plural and q > 0 and (low[q - 1] in _PLURAL or q < i):
                u = site_heads().match(view, i)     # "các sông Cấm, Văn Úc, Lạch Tray"
                if u is not None and (low[i] in ("miền", "vùng") or _site_kinds().get(" ".join(view.key[i:u[0]])) in _BUILDINGS):
                    u = None    # "hai miền Trung, Nam": a region's name is not said alone; "các khách sạn:
                                # Hải Âu (Quy Nhơn), Tre Xanh": buildings listed by name are the firms that run them
            # a number of units, their names listed after: "4 quận Hoàn Kiếm, Ba Đình, Đống Đa, Hai Bà Trưng"
            # (not a house number: "179 thôn Tân Trung, xã Tân Lập" lists two names for 179)
            counted = (not plural and i > 1 and words[i - 1].isdigit() and len(words[i - 1]) <= 2
                       and low[i - 2] != "số")
            if u is not None and (plural or counted):
                j = u[0]
                bracketed = j + 1 < n and words[j] == "(" and view.adjacent(j + 1)
                if j < n and words[j] == ":" or bracketed:
                    j += 1      # "các xã: A, B", "3 phường (A, B, C)"
                if plural and j < n and view.adjacent(j) and _NUMBER.fullmatch(words[j]):
                    nxt = j + 1   # "hai tổ dân phố 41 và 68": numbers after a plural name no place
                    continue
                brackets: list[tuple[int, int]] = []
                items = _list_items(view, j, brackets) if j < n and view.adjacent(j) else []
                if counted and len(items) != int(words[i - 1]):
                    items = []
                if bracketed and items and not (items[-1][1] < n and words[items[-1][1]] == ")"):
                    items = []  # (the bracket holds the list and nothing else)
                if len(items) >= 2 or (items and low[q - 1] in _PLURAL):
                    # "các phường A, B", "các tỉnh Tây Nguyên": the names, not one unit
                    for s, e, _ in items:
                        a, b = view.char_span(s, e)
                        out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.9))
                    for s, e in brackets:
                        if s < items[-1][0]:    # (a district in brackets between two names)
                            a, b = view.char_span(s, e)
                            out.append(doc.span(a, b, "LOCATION", f"rule:location-{place_at(view, s)[1]}", 0.9))
                    nxt = items[-1][1]
                    continue
                if q < i:
                    u = None    # "2 tuyến đường ĐBP và HV": no list, the road with its head
            if u is not None and place_at(view, i) is None:
                nxt = u[0]    # "Thành phố" with no name: "phố" is not a street here
                continue
        if m & SITE or coded:
            j = site_at(view, i)
            if j > i and _after_school_level(view, i):
                nxt = j     # "Trường cấp 2 Suối Bau": the school's place, inside its name
                continue
            if j > i:
                a, b = view.char_span(i, j)
                # (a memorial or landmark beats the body its head names: "Đài Liệt sĩ Hải Phòng")
                score = 0.95 if low[i] in _BUILDING_FIRSTS and _building_head(view, i) else 0.85
                out.append(doc.span(a, b, "LOCATION", "rule:location-site", score))
                if j == i + 2 and low[i] == "miền" and words[i + 1] in _COMPASS:
                    # "miền Bắc, Trung, Nam": the other regions, named by their direction alone
                    for k in _compass_list(view, j):
                        a, b = view.char_span(k, k + 1)
                        out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.8))
                        j = k + 1
                elif (low[i] in _STREETS or (low[i] == "cầu" and j == i + 3)) and j < n and words[j] in _LIST_SEPARATORS:
                    # "đường Lê Lợi, Đồng Khởi": the other streets of the head, named alone
                    # (and "cầu Cao Lãnh và Vàm Cống": the other bridge)
                    for s, e in _street_list(view, j):
                        a, b = view.char_span(s, e)
                        out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.8))
                        j = e
                nxt = j
                continue
        if i > 0 and low[i - 1] in _STRETCHES and cap[i] and (ends := _stretch(view, i)):
            # "đường HCM đoạn La Sơn – Túy Loan": both ends of a stretch of road are places
            for s, e in ends:
                a, b = view.char_span(s, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-segment", 0.9))
            nxt = ends[-1][1]
            continue
        if i > 1 and low[i - 2] in _ADDRESS_BEFORE and cap[i] and words[i - 1][:1].isdigit():
            e = _street_after_number(view, i) if words[i - 2] != "," else _street_after_comma(view, i)
            if e > i:
                # "họp ở 48 Hàng Ngang", "tại số 5 Trần Thánh Tông": the street of an address
                a, b = view.char_span(i, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-address", 0.9))
                nxt = e
                continue
        pair = _country_pair(view, i) if i + 1 < n and words[i + 1] in _DASHES and words[i] in _SHORT_COUNTRIES else None
        p = None
        if not pair:
            p = place_at(view, i) if m & (UNIT | REGION | PLACE) or coded else None
            if p is not None and p[0] + 1 < n and words[p[0] + 1] == "Việt" and words[p[0]] in _DASHES:
                pair = _country_pair(view, i)
        if pair:
            # "quan hệ Việt - Trung", "hai nước Lào - Việt": each country of the pair
            for s, e in pair:
                a, b = view.char_span(s, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-gazetteer", 0.8))
            nxt = pair[-1][1]
            continue
        if p is not None and p[1] == "gazetteer" and (_after_kin_honorific(view, i) or _after_party_noun(view, i, p[0])
                                                     or _nickname(view, i, p[0])
                                                     or _in_longer_name(view, i, p[0]) or _credited(view, i)
                                                     or _ship(view, i, p[0]) or _language(view, i, p[0])):
            nxt = p[0]      # "ông Vinh", "bà Nga": a person's short name; Dũng “Huế”: a nickname; not the city or country
            continue        # (nor "Vũ Quang Minh", "Ngụy Như Kontum", "Hải Vân Phong Thu": a place inside a name;
                            # nor "tàu Trường Sa 21", "tàu Cần Giờ": a ship named after a place)
        if p is not None and (p[1] == "gazetteer" or (p[1] == "unit" and not cap[i])) and (
                _ends_body_name(view, i) or _after_school_level(view, i)):
            nxt = p[0]      # "Tổng công ty cấp nước Sài Gòn": the place modifier of a body's name, no place of its own
            continue
        if p is not None:
            j, rule = p
            # a run of bare names beside a known place: "Văn Quán, Hà Đông"
            a, b = view.char_span(i, j)
            if rule == "gazetteer" and i > 1 and low[i - 1] == "nước" and _country_after_noun(view, i, j):
                a = view.starts[i - 1]  # "trên khắp nước Nhật": the country with its unit noun
            elif rule == "gazetteer" and i > 1 and low[i - 1] == "đô" and low[i - 2] == "thủ" and _capital_city(view, i, j):
                a = view.starts[i - 2]  # "thủ đô Viêng Chăn": the capital with its head noun
            elif rule == "gazetteer" and i > 0 and low[i - 1] in _STATE_FORM_ENDS and (s := _state_form_start(view, i, j)) < i:
                a = view.starts[s]      # "Vương quốc Campuchia", "CH Séc": the state's name with its form of state
            out.append(doc.span(a, b, "LOCATION", f"rule:location-{rule}",
                                0.9 if rule == "unit" else 0.8))
            if rule == "unit" and m & UNIT and (u := unit_at(view, i)) is not None and u[1].level == "ward" \
                    and j - u[0] >= 2 and cap[u[0]]:
                named.add(doc.text[view.starts[u[0]]:b])    # "xã Đồng Tâm": the commune may be named again alone
            while rule == "unit" and j + 2 < n and (low[j] == "và" or words[j] == ","):
                last = low[j] == "và"
                e = _ward_after_and(view, i, j + 1)
                if e == j + 1:
                    break
                # "xã Diễn Lộc và Diễn Thắng", "xã Diễn Lộc, Diễn Thắng và Diễn Cát": communes that share the unit word
                a, b = view.char_span(j + 1, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.8))
                j = e
                if last:
                    break
            if rule == "unit" and j + 2 < n and words[j] == "(" and (e := _ward_in_bracket(view, j)) > j:
                # "xã Triêu Dương (Tĩnh Gia)": the district of a commune, known by a ward's name only
                a, b = view.char_span(j + 1, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.8))
                j = e + 1
            e = _segment_end(view, i, j)
            if e > j:
                # "đoạn Hạ Long - Mông Dương": both ends of a stretch of road are places
                a, b = view.char_span(j + 1, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-segment", 0.8))
                j = e
            while (e := _ward_after_dash(view, j)) > j and not _after_body(view, i):
                # "BOT Hạ Long - Mông Dương", "Sài Gòn - Chợ Lớn - Gia Định": a commune or an old
                # town joined by a dash to a place, known by a ward's name only
                a, b = view.char_span(j + 1, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.8))
                j = e
            nxt = j
            continue
        if low[i] == "khu" and i + 1 < n and low[i + 1] == "vực":
            e = _area_name(view, i + 2)
            if e > i + 2:
                # "tại khu vực Đèn Nơm": the area's own name, without "khu vực"
                a, b = view.char_span(i + 2, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-area", 0.75))
                nxt = e
                continue
        if words[i] in _BARE_PLACES and (e := _bare_place(view, i)) > i:
            # "du học tại Anh", "nước Anh", "từ Bắc vào Nam": a word that names this place only so
            a = view.starts[i - 1] if low[i - 1] == "nước" else view.starts[i]
            out.append(doc.span(a, view.char_span(i, e)[1], "LOCATION", "rule:location-gazetteer", 0.8))
            nxt = e
            continue
        if cap[i] and (i == 0 or not cap[i - 1]) and i >= listed and not (i > 0 and low[i - 1] in _FOLK):
            e = _ward_before_bracket(view, i) if m & WARD else i
            if e == i and m & WARD:
                e = _ward_after_preposition(view, i)
            if e == i and i > 0 and low[i - 1] in _LOCATIVES:
                e = _place_of_country(view, i)
            if e > i:
                # "tại Long Sơn (Vũng Tàu)", "xã Thuần Lộc (Hậu Lộc)": a commune known by the place after it
                a, b = view.char_span(i, e)
                out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.8))
                nxt = e
                continue
            # (no place starts here, or a rule above took it: the first name is
            # a ward or a run of syllables, which a separator must follow)
            if not (m & (WARD << ALONE) or (m & WARD and i + 1 < n and mask[i + 1] & (WARD << SECOND))):
                e = syllable_run(view, i, 4)
                if e == i or e >= n or words[e] not in _LIST_SEPARATORS:
                    continue    # no list: one name at most (inside it no other list starts)
            items = _list_items(view, i)
            listed = items[-1][1] if items else i     # a list is judged once (linear time)
            if len(items) < 2:
                continue    # one name is no list
            if _not_a_list(view, i, items[0]):
                continue    # "tháng Ba, Huế, …", "Chủ tịch nước Trần Đức Lương, Việt Nam …": a month or a person first
            known = sum(1 for _, _, k in items if k)
            if (len(items) >= 3 and known == len(items)) or \
                    (known >= max(2, len(items) - 1)
                     and any(places().match(view, s) or place_at(view, s) or site_at(view, s) > s for s, _, _ in items)) \
                    or _place_in_country(view, i, items):
                for s, e, _ in items:
                    a, b = view.char_span(s, e)
                    out.append(doc.span(a, b, "LOCATION", "rule:location-list", 0.9))
                nxt = items[-1][1]
                continue
    if named:
        out.extend(_named_again(doc, view, named, out))
    if "-" in view.text:
        out.extend(_glued_pairs(doc, view, out))
    for t, s in enumerate(out):
        if s.text[-1].isdigit() and (m := _LIST_NUMBER.search(s.text)) is not None:
            # "đến đường Trần Duy Hưng.12. Phố Tư Đình": the next item's number, glued to the name
            out[t] = doc.span(s.start, s.start + m.start(), s.label, s.source, s.score)
    return out


# The number of a list's next item glued by its dot to the word before it
# ("Hưng.12"), where a list of streets lost its spaces (not "Q.3", a unit).
_LIST_NUMBER = regex.compile(r"(?<=\p{Ll}{2})\.\d{1,3}$")


# A dash with no space between two words, the second capitalized: "Nội-Hải"
# in "Hà Nội-Hải Phòng", "VN-Campuchia", "6-TPHCM" in "quận 6-TPHCM" (the
# tokenizer keeps them one token).
_GLUED_DASH = regex.compile(r"(?<=[\p{L}\d])-(?=\p{Lu})")
_FIRST_WORD = regex.compile(r"\p{L}+")


@cache
def _place_firsts() -> frozenset[str]:
    """The first words of the known places, regions and wards, tone-folded as written."""
    named = _rule_openers()[4]
    return frozenset(named.alone[True] | named.pair_firsts[True])


class _Text:
    """A piece of text to view on its own (:meth:`TokenView.of` reads ``text``)."""

    def __init__(self, text: str):
        self.text = text


def _glued_pairs(doc: Doc, view: TokenView, found: list[Span]) -> list[Span]:
    """Two places joined by a dash with no space, which the tokenizer keeps in
    one token (``Hà Nội-Hải Phòng``, ``Việt Nam-Hoa Kỳ``, ``VN-Campuchia``):
    each is a LOCATION when both sides are known places (a country, a
    province, a district or a city; a short name only in a pair of countries
    with ``Việt``: ``Việt-Trung``, as :func:`_country_pair`),
    as the spaced pair is (``Hà Nội - Hải Phòng``); not where a place or a
    site found already holds the dash (``Bà Rịa-Vũng Tàu``, ``đường Thái
    Hà-Láng Hạ``), nor a name that goes on past either place."""
    text = view.text
    out: list[Span] = []
    dashes = [m.start() for m in _GLUED_DASH.finditer(text)]
    if not dashes:
        return out
    firsts = _place_firsts()
    taken = None
    for t, c in enumerate(dashes):
        after = _FIRST_WORD.match(text, c + 1).group()
        if after not in _SHORT_COUNTRIES and fold(after) not in firsts:
            continue    # no place starts after the dash ("NĐ-CP", "QĐ-TTg"): asked first, it is cheap
        if taken is None:
            taken = SpanSet((s.start, s.end) for s in found)
        k = bisect_left(view.starts, c + 1) - 1     # the token holding the dash
        if k < 0 or taken.overlapping(c, c + 1):
            continue
        a = view.starts[k] if view.brk[k] else view.starts[max(0, k - 3)]
        if t > 0 and dashes[t - 1] >= a:
            a = dashes[t - 1] + 1   # (a chain: "Việt Nam-Trung Quốc-Philippines")
        last = min(view.n - 1, k + 3)
        b = view.starts[last] + len(view.words[last])
        if t + 1 < len(dashes) and dashes[t + 1] < b:
            b = dashes[t + 1]
        left = _place_ending(text[a:c])
        right = _place_starting(text[c + 1:b])
        if left is None or right is None:
            continue
        (s, e), f = left, right
        names = text[a + s:a + e], text[c + 1:c + 1 + f]
        if (names[0] in _SHORT_COUNTRIES or names[1] in _SHORT_COUNTRIES) and not (
                "Việt" in names and all(x in _SHORT_COUNTRIES or _country_word(x) for x in names)):
            continue    # a short name only with "Việt" and a country ("Việt-Trung"), as in the spaced pair
        for x, y in ((a + s, a + e), (c + 1, c + 1 + f)):
            if not out or out[-1].start != x:   # (in a chain the middle place is both sides' own)
                out.append(doc.span(x, y, "LOCATION", "rule:location-pair", 0.8))
    return out


def _country_word(name: str) -> bool:
    """``name`` is a country's name (``Trung Quốc``, ``VN``)."""
    return countries().match(TokenView.of(_Text(name)), 0) is not None


def _place_ending(text: str) -> tuple[int, int] | None:
    """(start, end) of a known place (a country, province, district or city of the
    gazetteer, or a unit with its name: ``quận 6``) or ``Việt`` that ends ``text``
    and is the whole capitalized name there, else None."""
    v = TokenView.of(_Text(text))
    if not v.n:
        return None
    if v.words[-1] in _SHORT_COUNTRIES and not (v.n > 1 and v.cap[v.n - 2] and v.adjacent(v.n - 1)):
        return v.starts[-1], len(text)      # "Việt-Trung": the short name of a country
    for s in range(v.n):
        p = place_at(v, s)
        if p is not None and p[0] == v.n and p[1] in ("gazetteer", "unit"):
            if (s > 0 and v.adjacent(s) and v.cap[s - 1] and v.mask[s - 1] & SYLLABLE
                    and s > 1 and v.words[s - 2] not in _SENTENCE_BEFORE):
                return None     # a longer name ends with the place ("Viện Việt Nam-…"), not a sentence's first word
            return v.starts[s], len(text)
    return None


def _place_starting(text: str) -> int | None:
    """End of a known place (as :func:`_place_ending`) that opens ``text`` and
    no capitalized syllable continues, else None."""
    v = TokenView.of(_Text(text))
    if not v.n:
        return None
    if v.words[0] in _SHORT_COUNTRIES and not (v.n > 1 and v.adjacent(1) and v.mask[1] & SYLLABLE):
        return len(v.words[0])
    p = place_at(v, 0)
    if p is None or p[1] not in ("gazetteer", "unit") or (p[0] < v.n and v.adjacent(p[0]) and v.cap[p[0]]
                                                          and v.mask[p[0]] & SYLLABLE):
        return None
    e = p[0] - 1
    return v.starts[e] + len(v.words[e])


# What may stand right before a name with no space: an opening bracket, quote or dash.
_OPENERS = frozenset("(“\"'‘-–")


# The letters ending a token: "xã" in "4,xã".
_TAIL_LETTERS = regex.compile(r"[^\W\d_]+$")


def _glued_unit_before(view: TokenView, k: int) -> bool:
    """The token before ``k`` ends in a unit word glued to what precedes it
    (``thôn 4,xã Đắk BukSo``, a lost space): the name is the unit's, whose
    rule could not see the word."""
    if k == 0 or view.words[k - 1].isalpha():
        return False
    m = _TAIL_LETTERS.search(view.low[k - 1])
    return m is not None and m.group() in _GLUED_UNIT_WORDS


# The unit words of communes and wards, as they end a glued token.
_GLUED_UNIT_WORDS = frozenset({"xã", "phường", "trấn"})


def _named_again(doc: Doc, view: TokenView, names: set[str], found: list[Span]) -> list[Span]:
    """The communes and wards of ``names``, found with their unit word
    (``xã Đồng Tâm``), named again alone elsewhere in the article
    (``thanh tra đất Đồng Tâm``, ``khủng hoảng Đồng Tâm``): each whole
    occurrence that no other capitalized syllable extends and no place
    found already covers (the overlap policy lets a longer body or name
    that holds it win)."""
    text = view.text
    taken = SpanSet((s.start, s.end) for s in found)
    out = []
    for name in names:
        c = text.find(name)
        while c >= 0:
            d = c + len(name)
            k = bisect_left(view.starts, c)
            e = bisect_left(view.starts, d)
            if (k < view.n and view.starts[k] == c and view.char_span(k, e)[1] == d
                    and (c == 0 or text[c - 1].isspace() or text[c - 1] in _OPENERS) and not _glued_unit_before(view, k)
                    and not (view.adjacent(k) and view.cap[k - 1] and view.mask[k - 1] & SYLLABLE)
                    and not (view.adjacent(e) and view.cap[e] and view.mask[e] & SYLLABLE)
                    and not taken.overlapping(c, d) and not _after_kin_honorific(view, k)
                    and not _ends_longer_name(view, k)):
                out.append(doc.span(c, d, "LOCATION", "rule:location-again", 0.7))
            c = text.find(name, d)
    return out


def _ends_longer_name(view: TokenView, k: int) -> bool:
    """The name at ``k`` ends a longer name that a site head or a
    capitalized body's head opens a few lower-case words before it
    (``Cụm công nghiệp gạch ngói Gia An``, ``Khu dân cư thấp tầng Thảo
    Điền``, ``Điện lực Vĩnh Tân``): the place is part of it."""
    t = k - 1
    while t >= 0 and k - t <= 5 and view.adjacent(t + 1) and view.words[t].isalpha():
        if view.mask[t] & SITE and site_heads().match(view, t) is not None:
            return True
        if view.cap[t]:
            # (a capitalized word opening the sentence is no body's head: "Vụ khiếu kiện Quảng Phú")
            return (bool(view.mask[t] & HEAD) and view.adjacent(t) and view.words[t - 1] not in _SENTENCE_BEFORE
                    and org_heads().match(view, t) is not None)
        t -= 1
    return False

