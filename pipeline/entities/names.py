"""Shared token predicates: capitalized name syllables and runs of them."""
from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Iterator, TypeVar

import regex

from .lexicon import TokenView, family_names

# A name syllable: one capitalized alphabetic word, rest lower case
# ("Thắng", "Hương"; not "UBND", "TP.HCM", "39B").
_SYLLABLE = regex.compile(r"\p{Lu}\p{Ll}*")
# A capitalized word of a proper name in a wider sense: acronyms and brand
# forms too ("PVP", "Land", "Nam-PVC", "Vietsan", "HCM").
_PROPER = regex.compile(r"\p{Lu}[\p{L}\d]*(?:[\-.&][\p{L}\d]+)*")


def is_syllable(view: TokenView, i: int) -> bool:
    return i < view.n and view.cap[i] and _SYLLABLE.fullmatch(view.words[i]) is not None


def is_proper(view: TokenView, i: int) -> bool:
    return i < view.n and view.cap[i] and _PROPER.fullmatch(view.words[i]) is not None


def syllable_run(view: TokenView, i: int, limit: int = 4) -> int:
    """End of the run of adjacent capitalized syllables starting at ``i`` (``i`` if none)."""
    j = i
    while j < view.n and j - i < limit and is_syllable(view, j) and (j == i or view.adjacent(j)):
        j += 1
    return j


def is_family(view: TokenView, i: int) -> bool:
    return i < view.n and view.exact[i] in family_names()


# Function words: capitalized at a clause start they never continue a name,
# nor are they a given name used alone.
FUNCTION_WORDS = frozenset("""
và của đã sẽ có là được cho với tại về ở thì mà này đó vừa đang cũng không các những
trong ngoài theo từ đến để do bị như khi nếu vì nên rằng hay hoặc đều lại ra vào
sau trước tuy nhưng còn hiện nay ngày năm tháng
""".split())

# Middle names that never end a name: "Nguyễn Văn" alone is no one's name
# ("Cung Văn hóa" is a palace, not a person).
_MIDDLE_ONLY = frozenset({"Văn", "Thị"})


def person_shape(view: TokenView, i: int) -> int:
    """End of a full personal name at ``i`` (family name + 1-3 syllables), else ``i``."""
    if not is_family(view, i):
        return i
    j = syllable_run(view, i, 4)
    if j - i == 2 and view.words[i + 1] in _MIDDLE_ONLY:
        return i
    return j if j - i >= 2 else i


M = TypeVar("M")


def scan(view: TokenView, match_at: Callable[[TokenView, int], M | None]) -> Iterator[M]:
    """Left-to-right, non-overlapping matches of ``match_at`` (each has ``.end``)."""
    end = 0
    for i in view.hot_at:   # only a hot token may start a match
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
