"""The entity lexicons: plain data files under ``pipeline/data/entities/``,
loaded lazily once per process, and the token-level phrase tables built on them.

Every file is UTF-8 with ``#`` comment lines saying where its facts come from.
Phrases are tokenized with the same tokenizer as :attr:`pipeline.doc.Doc.tokens`
and compared by :func:`fold` (tone-mark placement ignored: ``hoà`` = ``hòa``,
``Uỷ`` = ``Ủy``), lower-cased unless the table is case-sensitive.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress
from operator import itemgetter
from pathlib import Path
from typing import Any, Sequence

import regex

from ..doc import TOKEN_PATTERN, Doc

# The five tone marks (combining, after NFD); moved to the end of the syllable
# so that "hoà"/"hòa" and "uỷ"/"ủy" compare equal.
_DATA = Path(__file__).resolve().parents[1] / "data" / "entities"
_TONES = "\u0300\u0301\u0309\u0303\u0323"


@cache
def fold(token: str) -> str:
    """``token`` with its tone mark moved to the end (canonical placement), NFC."""
    decomposed = unicodedata.normalize("NFD", token)
    tones = "".join(c for c in decomposed if c in _TONES)
    if not tones:
        return unicodedata.normalize("NFC", token)
    bare = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", bare) + tones


@cache
def lfold(token: str) -> str:
    """Lower-cased :func:`fold`."""
    return fold(token.lower())


def _lines(name: str) -> list[list[str]]:
    """The non-comment lines of a data file, split on tabs."""
    text = (_DATA / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([c.strip() for c in line.split("\t")])
    return out


def words_of(phrase: str) -> tuple[str, ...]:
    """The tokens of a lexicon phrase, by the article tokenizer."""
    return tuple(t.text for t in Doc(id="lexicon", raw=phrase).tokens)


class PhraseTable:
    """Multi-token phrases looked up by their first token; longest match first.

    ``case`` = ``"lower"`` compares lower-cased folded tokens; ``"exact"``
    compares folded tokens as written; ``"first"`` requires the first token's
    first letter to have the case written in the lexicon, the rest lower-cased.
    """

    def __init__(self, entries: Sequence[tuple[str, Any]], case: str = "lower"):
        self.case = case
        self._exact = case == "exact"
        self._first = case == "first"
        # first key -> [(length, the other keys as a list, value, upper)], longest first
        self._by_first: dict[str, list[tuple[int, list[str], Any, bool]]] = {}
        for phrase, value in entries:
            words = words_of(phrase)
            if not words:
                continue
            keyed = tuple(fold(w) if case == "exact" else lfold(w) for w in words)
            upper = words[0][:1].isupper()
            self._by_first.setdefault(keyed[0], []).append((len(keyed), list(keyed[1:]), value, upper))
        for lst in self._by_first.values():
            lst.sort(key=lambda e: -e[0])
        # the keys an entry may start with: ``view.key[i] not in table.firsts``
        # (``view.exact`` for case "exact") says no entry starts at ``i``
        self.firsts = self._by_first.keys()

    def match(self, view: "TokenView", i: int) -> tuple[int, Any] | None:
        """Longest entry starting at token ``i``: (end token index, value), or None."""
        n = view.n
        if i >= n:
            return None
        keys = view.exact if self._exact else view.key
        cands = self._by_first.get(keys[i])
        if cands is None:
            return None
        for k, rest, value, upper in cands:
            if i + k > n or (self._first and upper and not view.cap[i]):
                continue
            if k == 1:
                return i + 1, value
            if keys[i + 1:i + k] == rest and view.joined(i, i + k):
                return i + k, value
        return None

    def matches(self, view: "TokenView", i: int):
        """Every entry starting at token ``i``, longest first: (end, value)."""
        n = view.n
        if i >= n:
            return
        keys = view.exact if self._exact else view.key
        for k, rest, value, upper in self._by_first.get(keys[i], ()):
            if i + k > n or (self._first and upper and not view.cap[i]):
                continue
            if k == 1 or (keys[i + 1:i + k] == rest and view.joined(i, i + k)):
                yield i + k, value

    def first_keys(self) -> set[str]:
        return set(self._by_first)

    def __contains__(self, phrase: str) -> bool:
        words = words_of(phrase)
        keyed = tuple(fold(w) if self.case == "exact" else lfold(w) for w in words)
        return any(e[0] == len(keyed) and tuple(e[1]) == keyed[1:] for e in self._by_first.get(keyed[0], []))


# A sentence end or slash glued between a word ending in lower case or a digit
# and a capitalized word: "2017.Thủ tướng", "Hoàng Hưng/VTC News" (not
# "TP.HCM", "L.T.Thắng", "25-NQ/TW", whose left part ends in upper case).
_GLUED = regex.compile(
    r"""
      [\p{Ll}\d][./]\p{Lu}                  # 2017.Thủ, Hưng/VTC
    | (?<=^(?:TP|Q|P|H|TX|TT))\.\p{Lu}(?=\p{Ll})  # TP.Hà Nội, Q.Ba Đình (not TP.HCM)
    """,
    regex.VERBOSE,
)


# word -> (key, exact, low, cap, hot) as TokenView lists them, computed once per distinct word
_WORD_INFO: dict[str, tuple[str, str, str, bool, bool]] = {}


def _word_info(w: str) -> tuple[str, str, str, bool, bool]:
    key = lfold(w)
    cap = w[:1].isupper()
    info = (key, fold(w), w.lower(), cap, cap or key in _lower_triggers())
    _WORD_INFO[w] = info
    return info


# The article tokenizer with its match captured, so that split() keeps the tokens.
_TOKEN_SPLIT = regex.compile(f"({TOKEN_PATTERN.pattern})", TOKEN_PATTERN.flags)
# Where a token may hold two words glued by a missing space (a superset of
# the places _GLUED matches inside one token): "2017.Thủ", "Hưng/VTC", "TP.Hà".
_GLUE_POINT = regex.compile(r"(?<=\w)[./](?=\p{Lu})")


def _split_glued(starts: list[int], ends: list[int], words: list[str],
                 glued: list[int]) -> tuple[list[int], list[int], list[str]]:
    """The token lists with each token of ``glued`` (sorted indices) split in
    its words and the dot or slash between them: "2017.Thủ", "Hưng/VTC"."""
    ss: list[int] = []
    es: list[int] = []
    ws: list[str] = []
    prev = 0
    for k in glued:
        ss += starts[prev:k]
        es += ends[prev:k]
        ws += words[prev:k]
        prev = k + 1
        start, end, word = starts[k], ends[k], words[k]
        pos = 0
        for m in _GLUED.finditer(word):
            dot = m.end() - 2       # the "." or "/" between the two words
            for x, y in ((pos, dot), (dot, dot + 1)):
                ss.append(start + x)
                es.append(start + y)
                ws.append(word[x:y])
            pos = m.end() - 1
        ss.append(start + pos)
        es.append(end)
        ws.append(word[pos:])
    ss += starts[prev:]
    es += ends[prev:]
    ws += words[prev:]
    return ss, es, ws


@dataclass
class TokenView:
    """The article's tokens with what the recognizers ask of each one."""
    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    low: list[str]      # lower-cased (for comparing with literals)
    key: list[str]      # lower-cased, tone-folded (for the phrase tables)
    exact: list[str]    # tone-folded, case kept
    cap: list[bool]     # first character is an upper-case letter
    n: int
    hot: list[bool] = None  # may start an entity: capitalized, or a lower-case trigger word
    brk: list[bool] = None  # a line break or a non-space character before token k
    memo: dict = field(default_factory=dict)  # recognizers' per-token answers, by name
    hot_at: list[int] = None    # the indices of the hot tokens, in order

    @classmethod
    def of(cls, doc: Doc) -> "TokenView":
        text = doc.text
        if "tokens" in doc.__dict__:
            toks = doc.tokens
            starts = [t.start for t in toks]
            ends = [t.end for t in toks]
            words = [t.text for t in toks]
        else:
            # the shared tokenization, without building its Token tuples: the
            # split alternates gaps and tokens, whose offsets are running sums
            parts = _TOKEN_SPLIT.split(text)
            offsets = list(accumulate(map(len, parts), initial=0))
            starts = offsets[1:-1:2]
            ends = offsets[2::2]
            words = parts[1::2]
        # A glued token has a "." or "/" between a word character and a capital
        # letter; only the tokens holding one are searched.
        # (each such token searched once: one long token may hold thousands)
        glued = sorted(k for k in {bisect_right(starts, p.start()) - 1 for p in _GLUE_POINT.finditer(text)}
                       if _GLUED.search(words[k]))
        if glued:
            starts, ends, words = _split_glued(starts, ends, words, glued)
        get = _WORD_INFO.get
        infos = [get(w) or _word_info(w) for w in words]
        keys, exact, low, cap, hot = (list(map(itemgetter(c), infos)) for c in range(5))
        # brk[k]: a line break or a non-space character separates token k from token k-1
        brk = [True]
        brk += [e != s and (gap := text[e:s]) != " " and ("\n" in gap or bool(gap.strip()))
                for e, s in zip(ends, starts[1:])]
        return cls(text, starts, ends, words, low, keys, exact, cap, len(words), hot, brk,
                   hot_at=list(compress(range(len(words)), hot)))

    def joined(self, i: int, j: int) -> bool:
        """Tokens ``i..j-1`` sit on one line, separated by spaces at most."""
        if j - i == 2:
            return not self.brk[i + 1]
        return not any(self.brk[i + 1:j])

    def adjacent(self, i: int) -> bool:
        """Token ``i`` follows token ``i-1`` on the same line (spaces between at most)."""
        return 0 < i < self.n and not self.brk[i]

    def char_span(self, i: int, j: int) -> tuple[int, int]:
        return self.starts[i], self.ends[j - 1]


# ---------------------------------------------------------------- the lexicons

def is_word(*syllables: str) -> bool:
    """The syllables make one word of underthesea's Viet74K list (``yêu cầu``,
    ``xã hội``, ``chỉ đạo``), via the extractors' shared loader."""
    from ..extractors import fold as word_fold, vietnamese_words
    return word_fold(" ".join(syllables)) in vietnamese_words()


@cache
def _lower_triggers() -> frozenset[str]:
    """First words of the lexicon entries that may start an entity in lower case
    (``ông``, ``chủ tịch``, ``báo``, ``quận``, ``đường``)."""
    out: set[str] = set()
    for table in (honorifics(), position_titles(), org_heads(), place_units(), site_heads()):
        out |= table.first_keys()
    return frozenset(out)


@cache
def _words(name: str, case: str) -> PhraseTable:
    """A one-column lexicon as a phrase table."""
    return PhraseTable([(r[0], True) for r in _lines(name)], case=case)


@cache
def family_names() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in _lines("family_names.txt"))


@cache
def honorifics() -> PhraseTable:
    return _words("honorifics.txt", "lower")


@dataclass(frozen=True)
class Title:
    text: str
    bare: bool
    lower: bool     # bare even in lower case: "cách chức bộ trưởng"


@cache
def position_titles() -> PhraseTable:
    return PhraseTable([(r[0], Title(r[0], r[1] in ("yes", "any"), r[1] == "any")) for r in _lines("position_titles.tsv")],
                       case="first")


@dataclass(frozen=True)
class Head:
    text: str
    kind: str       # body | named
    bare: bool
    free: bool      # the name may be a person's name


@cache
def org_heads() -> PhraseTable:
    return PhraseTable([(r[0], Head(r[0], r[1], r[2] == "yes", r[3] == "free"))
                        for r in _lines("org_heads.tsv")], case="first")


@cache
def org_fields() -> PhraseTable:
    return _words("org_fields.txt", "lower")


@cache
def org_descriptors() -> PhraseTable:
    """Lower-case nouns inside names; value True when the word is also a verb."""
    return PhraseTable([(r[0], r[1] == "verb") for r in _lines("org_descriptors.tsv")],
                       case="lower")


@cache
def org_codes() -> PhraseTable:
    return _words("org_codes.txt", "exact")


@cache
def org_qualifiers() -> PhraseTable:
    return _words("org_qualifiers.txt", "lower")


@cache
def org_names() -> PhraseTable:
    return _words("org_names.txt", "exact")


@dataclass(frozen=True)
class Unit:
    text: str
    level: str
    takes: str      # name | number | both


@cache
def place_units() -> PhraseTable:
    return PhraseTable([(r[0], Unit(r[0], r[1], r[2])) for r in _lines("place_units.tsv")],
                       case="lower")


@cache
def site_heads() -> PhraseTable:
    return _words("site_heads.txt", "lower")


@cache
def regions() -> PhraseTable:
    return _words("regions.txt", "exact")


@cache
def places() -> PhraseTable:
    """Province and district names (old and post-2025), matched as written;
    without the names that alone mostly mean a person (places_not_bare.txt)."""
    people = {r[0] for r in _lines("places_not_bare.txt")}
    rows = [(r[0], r[1]) for r in _lines("places.tsv") if r[1] in ("province", "district")
            and not r[0][:1].isdigit() and r[0] not in people]
    return PhraseTable(rows, case="exact")


@cache
def unit_only_places() -> PhraseTable:
    """Province and district names that are places only after a unit word
    (places_not_bare.txt): ``thành phố Hồ Chí Minh``, ``TP Hồ Chí Minh``."""
    return PhraseTable([(r[0], "province") for r in _lines("places_not_bare.txt")], case="exact")


@cache
def wards() -> PhraseTable:
    """Ward and commune names, for names listed after a plural unit word."""
    return PhraseTable([(r[0], r[1]) for r in _lines("places.tsv") if r[1] == "ward"
                        and not r[0][:1].isdigit()], case="exact")
