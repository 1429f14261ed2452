"""Shared token predicates: capitalized name syllables and runs of them."""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterable, Iterator, TypeVar

from ..structure import is_vietnamese_syllable
from .lexicon import FAMILY, FIELD, HEAD, HONORIFIC, ORG_NAME, PLACE, PROPER, REGION, SYLLABLE, TITLE, UNIT, TokenView


def is_syllable(view: TokenView, i: int) -> bool:
    """Token ``i`` is a name syllable: capitalized, the rest lower case (``Thắng``)."""
    return i < view.n and view.mask[i] & SYLLABLE != 0


def is_proper(view: TokenView, i: int) -> bool:
    """Token ``i`` is a proper-name word: ``PVP``, ``Land``, ``Nam-PVC``."""
    return i < view.n and view.mask[i] & PROPER != 0


def syllable_run(view: TokenView, i: int, limit: int = 4) -> int:
    """End of the run of adjacent capitalized syllables starting at ``i`` (``i`` if none)."""
    mask, brk = view.mask, view.brk
    end = i + limit
    if end > view.n:
        end = view.n    # (not min(): a call fewer, this runs for every candidate name)
    if i >= end or not mask[i] & SYLLABLE:
        return i
    j = i + 1
    while j < end and mask[j] & SYLLABLE and not brk[j]:
        j += 1
    return j


def is_family(view: TokenView, i: int) -> bool:
    """Token ``i`` is a family name as written (family_names.txt)."""
    return i < view.n and view.mask[i] & FAMILY != 0


# Function words: capitalized at a clause start they never continue a name,
# nor are they a given name used alone.
FUNCTION_WORDS = frozenset("""
và của đã sẽ có là được cho với tại về ở thì mà này đó vừa đang cũng không các những
trong ngoài theo từ đến để do bị như khi nếu vì nên rằng hay hoặc đều lại ra vào
sau trước tuy nhưng còn hiện nay ngày năm tháng
""".split())

# Function words that are never a given name: capitalized after a name they
# open the next sentence, run on where a caption lost its full stop
# ("Ảnh Lã Nghĩa Hiếu Theo đó, …").  Not "Hiện", "Nhưng", "Được", "Như", "Năm",
# "Từ", "Đến", "Lại", "Còn", "Tại", "Các", which are also given names
# (Trương Quang Được, Phạm Văn Tại).
_NEVER_GIVEN = frozenset("""
và của đã sẽ có là cho với về ở thì mà này đó vừa đang cũng không những
trong ngoài theo để do bị khi nếu vì nên rằng hoặc đều vào sau trước tuy
ảnh
""".split())     # (and "Ảnh", a photo credit: "Tượng đài Lý Thái Tổ Ảnh: H.L.A")
# Words that open a date before a number: "Ngày 29.1", "Tháng 6-2016", "Năm 2017".
_DATE_OPENERS = frozenset({"ngày", "tháng", "năm"})
# Parts of the day, and "Hiện", that open a clause before "nay", "qua", "mai":
# "Nguyễn Văn Thiện Chiều nay 25-5, …", "Đoàn Kết Hiện nay …" (not "Nguyễn Văn
# Sáng", "Lê Văn Hiện" alone, which are names).
_DAY_PARTS = frozenset({"sáng", "chiều", "tối", "trưa", "đêm", "hôm", "hiện"})
_DAY_WORDS = frozenset({"nay", "qua", "mai"})
# "Qua" before a number or "đó" opens a clause ("… Trương Thị Mai Qua 3 năm thực hiện",
# a caption without its full stop; "Qua đó, …"), as "Ngày" before a date does.
_THROUGH = frozenset({"qua"})
# Every word that may open a clause (what :func:`opens_clause` asks about first).
_CLAUSE_WORDS = _NEVER_GIVEN | _DAY_PARTS | _DATE_OPENERS | _THROUGH


def opens_clause(view: TokenView, k: int) -> bool:
    """Token ``k``, capitalized, opens a new clause rather than going on with
    the name before it: a function word that is never a given name, a date
    word before a number (``Lã Nghĩa Hiếu Ngày 29.1``), a part of the day
    before "nay"/"qua" (``Chiều nay``)."""
    low = view.low[k]
    if low not in _CLAUSE_WORDS:
        return False
    if low in _NEVER_GIVEN:
        return True
    if k + 1 >= view.n:
        return False
    if low in _DAY_PARTS:
        return view.words[k + 1] in _DAY_WORDS or view.words[k + 1][:1].isdigit()
    if low in _THROUGH:
        return view.words[k + 1][:1].isdigit() or view.low[k + 1] == "đó"
    return low in _DATE_OPENERS and view.words[k + 1][:1].isdigit()


# The first word of a deputy's title, "đại biểu" or its abbreviations "ĐB", "ĐBQH": the
# place after it elected the deputy ("đại biểu Hà Nội", "ĐB Cao Bằng"), it is no
# person's name (persons) nor the body of an office (positions: "ĐB Quốc hội" is one).
DEPUTY = frozenset({"đại", "đb", "đbqh"})

# Kin words used as forms of address before a given name ("ông Vinh", "bà Nga",
# "chú Đức"): a place's name right after one is the person's (persons read it as
# the person, locations refuse the place).
KIN = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ"})

# Middle names that never end a name: "Nguyễn Văn" alone is no one's name
# ("Cung Văn hóa" is a palace, not a person).
_MIDDLE_ONLY = frozenset({"Văn", "Thị"})


def person_shape(view: TokenView, i: int) -> int:
    """End of a full personal name at ``i`` (family name + 1-3 syllables), else ``i``."""
    if i >= view.n or not view.mask[i] & FAMILY:
        return i
    j = syllable_run(view, i, 4)
    low = view.low
    for k in range(i + 1, j):
        if low[k] in _CLAUSE_WORDS and opens_clause(view, k):
            j = k       # "Lã Nghĩa Hiếu Ngày 29.1": a new sentence (not in places: "Ba Vì")
            break
    if j - i == 2 and view.words[i + 1] in _MIDDLE_ONLY:
        return i
    return j if j - i >= 2 else i


M = TypeVar("M")


def scan(view: TokenView, match_at: Callable[[TokenView, int], M | None],
         starts: Iterable[int] | None = None) -> Iterator[M]:
    """Left-to-right, non-overlapping matches of ``match_at`` (each has ``.end``),
    tried at ``starts`` (ascending), by default at every hot token: the
    positions where a match may start."""
    end = 0
    for i in view.hot_at if starts is None else starts:
        if i < end:
            continue
        m = match_at(view, i)
        if m is None:
            continue
        yield m
        end = m.end


def overlaps_any(spans: list, a: int, b: int) -> bool:
    """Characters ``a..b`` overlap one of ``spans`` (sorted by start, not overlapping)."""
    k = bisect_left(spans, a, key=lambda s: s.start)
    return (k < len(spans) and spans[k].start < b) or (k > 0 and spans[k - 1].end > a)


# The bits of the lexicon tables: a word of theirs is no unknown place name.
_KNOWN = FAMILY | HEAD | TITLE | ORG_NAME | PLACE | REGION | UNIT | FIELD | HONORIFIC


def named_place(view: TokenView, i: int) -> bool:
    """Token ``i`` is a capitalized word that the text names as a place
    elsewhere, right after a unit word (``thị trấn Ollolai``): after a title it
    is the office's place (``Thị trưởng Ollolai``), not the holder's name.
    Answered once per word and text (``view.memo``)."""
    if i >= view.n or not view.cap[i] or view.mask[i] & _KNOWN:
        return False    # a word of the tables (not "Nguyễn" of "đường Nguyễn Văn Linh", "UBND")
    w = view.words[i]
    if is_vietnamese_syllable(w):
        return False    # a foreign place only: a Vietnamese one is in the gazetteer or after its unit
    memo = view.memo.setdefault("named_place", {})
    found = memo.get(w)
    if found is not None:
        return found
    from .locations import unit_at     # (locations imports this module)
    found = False
    text, starts, words, n = view.text, view.starts, view.words, view.n
    p = text.find(w)
    while p >= 0 and not found:
        k = bisect_left(starts, p)
        if k < n and starts[k] == p and words[k] == w and not (k + 1 < n and view.adjacent(k + 1)
                                                                and view.cap[k + 1]):
            # (the place is this one word: no capitalized word goes on after it)
            for s in range(max(0, k - 3), k):
                u = unit_at(view, s)
                if u is not None and u[0] == k and view.joined(s, k + 1):
                    found = True
                    break
        p = text.find(w, p + 1)
    memo[w] = found
    return found
