"""The entity lexicons: plain data files under ``pipeline/data/entities/``,
loaded lazily once per process, and the token-level phrase tables built on them.

Every file is UTF-8 with ``#`` comment lines saying where its facts come from.
Phrases are tokenized with the same tokenizer as :attr:`pipeline.doc.Doc.tokens`
and compared by :func:`fold` (tone-mark placement ignored: ``hoà`` = ``hòa``,
``Uỷ`` = ``Ủy``), lower-cased unless the table is case-sensitive.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import accumulate, chain, compress, repeat
from operator import add, is_, itemgetter
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

import regex

from .. import TONES as _TONES, WITHOUT_TONES as _WITHOUT_TONES, WORD_CACHE, columns
from ..doc import TOKEN_PATTERN, Doc

_DATA = Path(__file__).resolve().parents[1] / "data" / "entities"


@lru_cache(maxsize=WORD_CACHE)
def fold(token: str) -> str:
    """``token`` with its tone mark moved to the end (canonical placement), NFC: the
    tone marks (:data:`pipeline.TONES`) go to the end of the syllable so that
    "hoà"/"hòa" and "uỷ"/"ủy" compare equal."""
    if token.isascii():
        return token    # no tone mark, already NFC
    decomposed = unicodedata.normalize("NFD", token)
    bare = decomposed.translate(_WITHOUT_TONES)
    if len(bare) == len(decomposed):
        return unicodedata.normalize("NFC", token)
    if len(decomposed) - len(bare) == 1:
        tones = next(t for t in _TONES if t in decomposed)  # the one tone mark: "hoà" -> "hoa" + "\u0300"
    else:
        tones = "".join(c for c in decomposed if c in _TONES)
    return unicodedata.normalize("NFC", bare) + tones


@lru_cache(maxsize=WORD_CACHE)
def lfold(token: str) -> str:
    """Lower-cased :func:`fold`."""
    return fold(token.lower())


def data_rows(name: str) -> list[list[str]]:
    """The non-comment lines of an entity data file, split on tabs (the extractors read
    ``org_heads.tsv`` and ``position_titles.tsv`` through it too)."""
    text = (_DATA / name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            out.append([c.strip() for c in line.split("\t")])
    return out


@lru_cache(maxsize=1 << 15)
def words_of(phrase: str) -> tuple[str, ...]:
    """The tokens of a lexicon phrase, by the article tokenizer (kept, up to
    more than every lexicon's phrases: a table made from the rows of another,
    as the countries from the regions, is made without tokenizing them again)."""
    return tuple(t.text for t in Doc(id="lexicon", raw=phrase).tokens)


class _Node:
    """A trie node of a :class:`PhraseTable`: the entries ending here and the
    nodes one token further."""
    __slots__ = ("entries", "children", "capped", "lower")

    def __init__(self) -> None:
        self.entries: list[tuple[Any, bool]] = []     # (value, first letter upper), in lexicon order
        self.children: dict[str, _Node] = {}
        self.capped: Any = _NO_ENTRY    # the first entry's value (any entry fits a capitalized token)
        self.lower: Any = _NO_ENTRY     # the first value that fits a lower-case token


_NO_ENTRY = object()


class PhraseTable:
    """Multi-token phrases looked up by their first token; longest match first.

    ``case`` = ``"lower"`` compares lower-cased folded tokens; ``"exact"``
    compares folded tokens as written; ``"first"`` requires the first token's
    first letter to have the case written in the lexicon, the rest lower-cased.

    The phrases form a trie of their keys, so a match walks the article's
    tokens from ``i`` while they continue some entry, and keeps the longest
    entry passed (among entries of one phrase, the first in the lexicon).
    """

    def __init__(self, entries: Sequence[tuple[str, Any]], case: str = "lower"):
        self.case = case
        self._exact = case == "exact"
        self._first = case == "first"
        # first key -> the trie node of the phrases starting with it
        self._root: dict[str, _Node] = {}
        for phrase, value in entries:
            words = words_of(phrase)
            if not words:
                continue
            keyed = tuple(fold(w) if case == "exact" else lfold(w) for w in words)
            upper = words[0][:1].isupper()
            node = self._root.get(keyed[0]) or self._root.setdefault(keyed[0], _Node())
            for key in keyed[1:]:
                node = node.children.get(key) or node.children.setdefault(key, _Node())
            node.entries.append((value, upper))
            if node.capped is _NO_ENTRY:
                node.capped = value
            # (only a "first" table has entries that do not fit a lower-case token)
            if node.lower is _NO_ENTRY and not (self._first and upper):
                node.lower = value
        # the keys an entry may start with: ``view.key[i] not in table.firsts``
        # (``view.exact`` for case "exact") says no entry starts at ``i``
        self.firsts = self._root.keys()

    def match(self, view: "TokenView", i: int) -> tuple[int, Any] | None:
        """Longest entry starting at token ``i``: (end token index, value), or None.
        The tokens of an entry sit on one line (see :meth:`TokenView.joined`)."""
        n = view.n
        if i >= n:
            return None
        keys = view.exact if self._exact else view.key
        node = self._root.get(keys[i])
        if node is None:
            return None
        capped = view.cap[i]
        value = node.capped if capped else node.lower
        best = None if value is _NO_ENTRY else (i + 1, value)
        children = node.children
        if not children:
            return best
        brk = view.brk
        j = i + 1       # the next token of the entry
        while j < n and not brk[j]:
            node = children.get(keys[j])
            if node is None:
                return best
            j += 1
            value = node.capped if capped else node.lower
            if value is not _NO_ENTRY:
                best = (j, value)
            children = node.children
            if not children:
                return best
        return best

    def spans(self, view: "TokenView", i: int, j: int) -> bool:
        """An entry covers exactly tokens ``i..j-1``: one of :meth:`matches`
        ends at ``j`` (walking the trie ``j - i`` tokens, not every entry)."""
        if i >= j or j > view.n:
            return False
        keys = view.exact if self._exact else view.key
        brk = view.brk
        node = self._root.get(keys[i])
        k = i + 1
        while node is not None and k < j:
            if brk[k]:
                return False
            node = node.children.get(keys[k])
            k += 1
        if node is None:
            return False
        return (node.lower if self._first and not view.cap[i] else node.capped) is not _NO_ENTRY

    def matches(self, view: "TokenView", i: int):
        """Every entry starting at token ``i``, longest first: (end, value)."""
        n = view.n
        if i >= n:
            return
        keys = view.exact if self._exact else view.key
        node = self._root.get(keys[i])
        path = []       # (end, node) of the entries' nodes, shortest first
        j = i + 1
        while node is not None:
            path.append((j, node))
            if j >= n or view.brk[j]:
                break
            node = node.children.get(keys[j])
            j += 1
        lower = self._first and not view.cap[i]
        for end, node in reversed(path):
            for value, upper in node.entries:
                if not (lower and upper):
                    yield end, value

    def first_keys(self) -> set[str]:
        return set(self._root)

    def alone_keys(self) -> frozenset[str]:
        """The keys that are an entry on their own."""
        return frozenset(k for k, node in self._root.items() if node.entries)

    def second_keys(self) -> frozenset[str]:
        """The second keys of the entries of two or more tokens."""
        return frozenset(k for node in self._root.values() for k in node.children)

    def __contains__(self, phrase: str) -> bool:
        words = words_of(phrase)
        keyed = tuple(fold(w) if self.case == "exact" else lfold(w) for w in words)
        node = self._root.get(keyed[0])
        for key in keyed[1:]:
            node = node.children.get(key) if node is not None else None
        return node is not None and bool(node.entries)


# A sentence end or slash glued between a word ending in lower case or a digit
# and a capitalized word: "2017.Thủ tướng", "Hoàng Hưng/VTC News" (not
# "TP.HCM", "L.T.Thắng", "25-NQ/TW", whose left part ends in upper case), or
# a slash between an acronym and a word in lower case: "VGP/Quang Hiếu".
_GLUED = regex.compile(
    r"""
      [\p{Ll}\d][./]\p{Lu}                  # 2017.Thủ, Hưng/VTC
    | (?<=\p{Lu})\p{Lu}/\p{Lu}(?=\p{Ll})      # VGP/Quang Hiếu (a photo credit: agency/photographer; not 25-NQ/TW)
    | [\p{L}\d]:\p{Lu}                      # quận 3:Tôi (a quote opens after the colon; not 17:55)
    | (?<=^(?:TP|Q|P|H|TX|TT))\.\p{Lu}(?=\p{Ll})  # TP.Hà Nội, Q.Ba Đình (not TP.HCM)
    | (?<=\p{Ll})\p{Ll}\.\d(?=\d{0,3}$)        # Hà Nội.1962 (a year or an item's number after a sentence; not Q.3)
    """,
    regex.VERBOSE,
)


# The bits of ``TokenView.mask``: what a token's word may start, one bit per
# lexicon table ("a table has an entry whose first token is this word") and
# the shape of the word itself.  A recognizer asks ``view.mask[i] & BITS`` to
# skip, without a call, the positions where none of its tables can match.
TITLE = 1 << 0          # position_titles: "chủ tịch", "Bí thư"
HEAD = 1 << 1           # org_heads: "Ban", "UBND", "công ty"
ORG_NAME = 1 << 2       # org_names (as written): "Quốc hội", "EVN"
REGION = 1 << 3         # regions (as written): "Việt Nam", "Đông Nam Á"
UNIT = 1 << 4           # place_units: "quận", "TP", "thành phố"
PLACE = 1 << 5          # places (as written): "Hải Phòng", "Lê Chân"
SITE = 1 << 6           # site_heads: "đường", "cầu", "quốc lộ"
HONORIFIC = 1 << 7      # honorifics: "ông", "đồng chí"
FIELD = 1 << 8          # org_fields: "tài chính", "Dân vận"
CODE = 1 << 9           # org_codes (as written): "TN&MT", "GTVT"
QUALIFIER = 1 << 10     # org_qualifiers: "nhân dân", "cổ phần"
DESCRIPTOR = 1 << 11    # org_descriptors: "hạ tầng", "xây dựng"
WARD = 1 << 12          # wards (as written): "Đông Hải"
UNIT_ONLY = 1 << 13     # unit_only_places (as written): "Hồ Chí Minh"
FAMILY = 1 << 14        # family_names (as written): "Nguyễn", "Lê"
SYLLABLE = 1 << 15      # a name syllable: capitalized, the rest lower case ("Thắng")
PROPER = 1 << 16        # a proper-name word: "PVP", "Land", "Nam-PVC"
GLUED_UNIT = 1 << 17    # a unit glued to its number or name: "Q.3", "TP.HCM", "TPHCM"
ROAD_CODE = 1 << 18     # a road code glued to its number: "QL18", "ĐT741"
# For a table bit X, ``X << ALONE`` says the word alone is an entry of the
# table, ``X << SECOND`` that it is the second word of an entry ("ty" of
# "công ty").  An entry can start at token i only if the word is one alone or
# the next word is a second word (see :func:`may_start`): "công" followed by
# "nghệ" starts no head, without asking the table.
ALONE = 20      # (above every bit of the word itself)
SECOND = 40     # (above every ALONE bit)
TITLE_ALONE, TITLE_SECOND = TITLE << ALONE, TITLE << SECOND
HEAD_ALONE, HEAD_SECOND = HEAD << ALONE, HEAD << SECOND
HONORIFIC_ALONE, HONORIFIC_SECOND = HONORIFIC << ALONE, HONORIFIC << SECOND

# A name syllable: one capitalized alphabetic word, rest lower case
# ("Thắng", "Hương"; not "UBND", "TP.HCM", "39B").
SYLLABLE_SHAPE = regex.compile(r"\p{Lu}\p{Ll}*")
# A capitalized word of a proper name in a wider sense: acronyms and brand
# forms too ("PVP", "Land", "Nam-PVC", "Vietsan", "HCM").
PROPER_SHAPE = regex.compile(r"\p{Lu}[\p{L}\d]*(?:[\-.&][\p{L}\d]+)*")
# A unit abbreviation glued to its number or name in one token; every form
# starts with Q, P, F or T (the test before the regex).
GLUED_UNIT_SHAPE = regex.compile(
    r"""
      (?:Q|P|F)\.\d+[A-Z]?      # Q.3, P.12
    | TP\.\p{Lu}{2,}           # TP.HCM
    | TP(?:HCM|HN|ĐN|HP|CT)    # TPHCM (not TPCP, "trái phiếu Chính phủ")
    """,
    regex.VERBOSE,
)
# A road code glued to its number: QL18, QL1A, ĐT741, TL10, HL2.
ROAD_CODE_SHAPE = regex.compile(r"(?:QL|ĐT|TL|HL)\d{1,3}[A-Z]?")


@cache
def _key_bits() -> tuple[dict[str, int], dict[str, int]]:
    """The table bits of the mask by key: (lower-cased folded key -> bits,
    folded key as written -> bits), each bit X set when a table has an entry
    starting with the key, ``X << ALONE`` and ``X << SECOND`` as above."""
    tables = ((TITLE, position_titles()), (HEAD, org_heads()), (ORG_NAME, org_names()), (REGION, regions()),
              (UNIT, place_units()), (PLACE, places()), (SITE, site_heads()), (HONORIFIC, honorifics()),
              (FIELD, org_fields()), (CODE, org_codes()), (QUALIFIER, org_qualifiers()),
              (DESCRIPTOR, org_descriptors()), (WARD, wards()), (UNIT_ONLY, unit_only_places()))
    lower: dict[str, int] = {}
    written: dict[str, int] = {}
    for bit, table in tables:
        bits = written if table.case == "exact" else lower
        for keys, b in ((table.firsts, bit), (table.alone_keys(), bit << ALONE), (table.second_keys(), bit << SECOND)):
            for k in keys:
                bits[k] = bits.get(k, 0) | b
    for k in family_names():
        written[k] = written.get(k, 0) | FAMILY
    return lower, written


def may_start(mask: list[int], i: int, bit: int) -> bool:
    """An entry of the table ``bit`` may start at token ``i`` (``mask`` is
    :attr:`TokenView.mask`): its word alone is one, or it starts one and the
    next word is the second word of one.  A necessary condition of a match."""
    m = mask[i]
    return bool(m & (bit << ALONE) or (m & bit and i + 1 < len(mask) and mask[i + 1] & (bit << SECOND)))


def word_mask(w: str) -> int:
    """The ``TokenView.mask`` bits of the word ``w``."""
    lower, written = _key_bits()
    mask = lower.get(lfold(w), 0) | written.get(fold(w), 0)
    if w[:1] in "QPFT" and GLUED_UNIT_SHAPE.fullmatch(w) is not None:
        mask |= GLUED_UNIT
    if w[:1] in "QĐTH" and ROAD_CODE_SHAPE.fullmatch(w) is not None:
        mask |= ROAD_CODE
    if w[:1].isupper():
        if SYLLABLE_SHAPE.fullmatch(w) is not None:
            mask |= SYLLABLE
        if PROPER_SHAPE.fullmatch(w) is not None:
            mask |= PROPER
    return mask


class _WordInfo(dict):
    """word -> (key, exact, low, cap, hot, mask, opens, word) as TokenView lists
    them, computed once per distinct word (on the first lookup that misses);
    emptied when it holds :data:`WORD_CACHE` words."""

    def __missing__(self, w: str) -> tuple[str, str, str, bool, bool, int, int, str]:
        if len(self) >= WORD_CACHE:
            self.clear()
        key = lfold(w)
        cap = w[:1].isupper()
        hot = cap or key in _lower_triggers()
        exact, low, mask = fold(w), w.lower(), word_mask(w)
        opens = _start_bits()(w, key, exact, low, cap, mask) if hot else 0
        info = (key, exact, low, cap, hot, mask, opens, w)
        self[w] = info
        return info


@cache
def _start_bits() -> Callable[[str, str, str, str, bool, int], int]:
    """What the recognizers may start at a hot word, by the word alone (the
    ``TokenView.opens`` bits): the start bits of the place, organization and
    position rules (:func:`.locations.start_bits`) and of the name rules
    (:func:`.persons.start_bits`), imported on first use (they read the tables)."""
    from .locations import start_bits as rule_bits
    from .persons import start_bits as name_bits

    def bits(w: str, key: str, exact: str, low: str, cap: bool, mask: int) -> int:
        return rule_bits(w, key, exact, low, cap, mask) | name_bits(w, key, exact, low, cap, mask)
    return bits


_WORD_INFO = _WordInfo()
# The info of the empty word, which a piece holds for text that is no token
# (see :class:`_Pieces`), dropped from the view: an empty tuple, false, so
# that ``filter(None, infos)`` drops it.
_EMPTY = ()


class _Glue(tuple):
    """The type of :data:`_GLUE`: an empty tuple (false, dropped like
    :data:`_EMPTY`) that is not the empty tuple itself."""
    __slots__ = ()


# The info of the empty word standing between two lines run together in one
# piece ("MinhỦy", see :func:`_run_together`): dropped from the view like
# :data:`_EMPTY`, after its offset marks a phrase break (told apart from
# _EMPTY by identity; its step, alone of all, is 0).
_GLUE = _Glue()
# word -> (key, exact, low, cap, hot, mask, opens, word), as TokenView lists them (cached)
word_info = _WORD_INFO.__getitem__


def mask_of(w: str) -> int:
    """The ``TokenView.mask`` bits of the word ``w`` (cached)."""
    return _WORD_INFO[w][5]


# The article tokenizer with its match captured, so that split() keeps the tokens.
_TOKEN_SPLIT = regex.compile(f"({TOKEN_PATTERN.pattern})", TOKEN_PATTERN.flags)


def glued_words(token: str) -> list[str]:
    """The words of one token, split where a sentence end or slash is glued
    between two words (see ``_GLUED``), the dot, slash or colon a word of its own:
    "2017.Thủ" -> "2017", ".", "Thủ"; "Hưng/VTC" -> "Hưng", "/", "VTC"; "3:Tôi" -> "3", ":", "Tôi";
    "TP.HCM" stays whole.  Then each word glued to the next without any
    separator is split too (see :func:`_unglued`): "an3" -> "an", "3";
    "MinhỦy" -> "Minh", "Ủy"."""
    out: list[str] = []
    pos = 0
    if "." in token or "/" in token or ":" in token:
        for m in _GLUED.finditer(token):
            dot = m.end() - 2       # the "." or "/" between the two words
            out += (token[pos:dot], token[dot])
            pos = m.end() - 1
    out.append(token[pos:])
    return [part for w in out for part in _unglued(w)]


# Two words glued without a separator, where scraped text ran two lines or
# a list's items together: a matching boundary is split by :func:`_unglued`
# when the word before it is a Vietnamese syllable.
_GLUED_BARE = regex.compile(
    r"""
      (?<=\p{Ll})(?=\d+$)            # Bộ Công an3 (the next item's number: "… an3. Nguyễn …"), Thái Bình26
    | (?<=\p{Ll})(?=\p{Lu}\p{Ll})     # Hồ Chí MinhỦy (ban), Nông Đức MạnhBan (bí thư): two lines run together
    """,
    regex.VERBOSE,
)


def _glue_at(token: str) -> regex.Match | None:
    """The first :data:`_GLUED_BARE` boundary of the token, after a cheap test:
    the token ends in a digit after a letter ("an3"), or has a capital after its
    first letter ("MinhỦy"); most tokens are a word in lower case or
    capitalized, or a number."""
    tail = token[1:]
    if tail.islower():      # (digits have no case: "an3" too)
        if not (token[-1:].isdigit() and token[:1].isalpha()):
            return None
    elif tail == tail.lower() or token == token.upper():
        return None         # no capital after the first letter, or no small letter: "2017", "UBND"
    return _GLUED_BARE.search(token)


def _may_be_glued(token: str) -> bool:
    """The token has a :data:`_GLUED_BARE` boundary (see :func:`_glue_at`)."""
    return _glue_at(token) is not None


def _unglued(word: str) -> tuple[str, ...]:
    """``word`` split at its first :data:`_GLUED_BARE` boundary when what comes
    before is a Vietnamese syllable and what follows is a number ("an3") or a
    second syllable, one of the two written with Vietnamese letters, the
    first of three letters at least ("MinhỦy"); else ``word`` alone.  Codes and foreign names stay whole:
    "H5N1", "ASEM5", "Covid19", "VinaPhone", "ThaiBinh"."""
    m = _glue_at(word)
    if m is None:
        return (word,)
    k = m.start()
    left, right = word[:k], word[k:]
    if not left.isalpha() or not _is_syllable(left):
        return (word,)
    if right[0].isdigit():
        return left, right
    if len(left) > 2 and right.isalpha() and _is_syllable(right) and not word.isascii():
        return left, right      # (not after two letters: "NeÁng" is one name with a slipped capital)
    return (word,)


def _is_syllable(word: str) -> bool:
    """:func:`..structure.is_vietnamese_syllable`, imported on first use
    (the structure module reads this one's tables)."""
    from ..structure import is_vietnamese_syllable
    return is_vietnamese_syllable(word)


class _Pieces(dict):
    """A piece of text between two spaces -> its words' infos, each followed
    by its step, in one flat tuple ``(info, step, info, step, …)``, as
    :meth:`TokenView.of` assembles them (the pieces' tuples chained, the infos
    and the steps are two slices): the words are the tokens (glued
    words split, see :func:`glued_words`), each given by its info tuple
    (:data:`word_info`, which ends with the word); each word's step is the distance from its
    start to the start of the next word, the last one's to the start of the
    next piece (past the piece's end and the space after it), so that the
    running sum of the steps gives every word's offset.

    A piece with no token ("" between two spaces) or with text before its
    first token ("\\nHà" after a space) starts with an empty word standing at
    the piece's start; the view drops the empty words once the offsets are
    summed.  Emptied when it holds :data:`WORD_CACHE` pieces."""

    def __missing__(self, piece: str) -> tuple:
        if len(self) >= WORD_CACHE:
            self.clear()
        if piece.isalpha() and not _may_be_glued(piece):
            # one plain word, the most frequent piece ("người", "Nội"): one
            # token, nothing glued (no "." nor "/" nor two glued words), no text around it
            info = (_WORD_INFO[piece], len(piece) + 1)
        else:
            words, steps = _cut_piece(piece)
            info = tuple(chain.from_iterable(zip(
                (_WORD_INFO[w] if w else _EMPTY if w is not None else _GLUE for w in words), steps)))
        self[piece] = info
        return info


def _run_together(a: str, b: str) -> bool:
    """Words ``a`` and ``b``, one after the other in one token, are two lines
    run together ("Minh" "Ủy" of "MinhỦy", see :func:`_unglued`): a phrase
    breaks between them.  (No other split of :func:`glued_words` leaves a
    lower-case letter before a capital: a dot, slash or colon stands between.)"""
    return a[-1:].islower() and b[:1].isupper()


def _cut_piece(piece: str) -> tuple[tuple[str | None, ...], tuple[int, ...]]:
    """The words of a piece and their steps (see :class:`_Pieces`), by the
    tokenizer; None, a word of no length, before the second of two words run
    together (:func:`_run_together`)."""
    words: list[str] = []
    at: list[int] = []      # where each word starts in the piece
    parts = _TOKEN_SPLIT.split(piece)     # gap, token, gap, …, token, gap
    if parts[0] or len(parts) == 1:
        words.append("")    # text before the first token, or no token at all
        at.append(0)
    pos = len(parts[0])
    for k in range(1, len(parts), 2):
        token = parts[k]
        split = glued_words(token) if "." in token or "/" in token or ":" in token or _may_be_glued(token) \
            else (token,)
        prev = ""
        for w in split:
            if prev and _run_together(prev, w):
                words.append(None)  # a phrase break between two lines run together (see _GLUE)
                at.append(pos)
            words.append(w)
            at.append(pos)
            pos += len(w)
            prev = w
        pos += len(parts[k + 1])
    at.append(len(piece) + 1)   # the next piece, after the space
    return tuple(words), tuple(b - a for a, b in zip(at, at[1:]))


_PIECES = _Pieces()
_HOT_OF = itemgetter(4)     # a _WordInfo tuple's hot


def _split_text(text: str) -> tuple[list[int], list[tuple], list[int]]:
    """The article's tokens with glued words split: (starts, infos, run_on),
    with each token's :data:`word_info` tuple; ``run_on`` holds the
    offsets of the tokens that start a line run on into the one before
    without a space ("MinhỦy": the "Ủy"), where a phrase breaks.

    The text is cut at its spaces and line breaks by ``str.split`` (the line
    breaks made spaces first: a piece across a paragraph's end, "đó.\\nTheo",
    would be a new piece of every paragraph, its words cut again); each piece's words and
    steps come from :data:`_PIECES`, computed once per distinct piece, all
    pieces' in one flat list (infos and steps alternating, taken apart by two
    slices); the offsets are running sums of the steps.  (A token never holds
    a space, so the tokens of the pieces are the text's.)"""
    body = text.lstrip(" \n")
    flat = list(chain.from_iterable(map(_PIECES.__getitem__, body.rstrip(" \n").replace("\n", " ").split(" "))))
    infos = flat[0::2]
    steps = flat[1::2]
    starts = list(accumulate(steps, initial=len(text) - len(body)))
    starts.pop()        # (the start of a piece after the last one)
    run_on: list[int] = []
    if 0 in steps:      # (only a _GLUE steps 0: two lines run together)
        run_on = list(compress(starts, map(is_, infos, repeat(_GLUE))))
    # (a piece without tokens, two spaces, or text before a piece's first
    # token gives an empty info: false, dropped with its start)
    return list(compress(starts, infos)), list(filter(None, infos)), run_on


def _line_breaks(text: str, starts: list[int]) -> list[bool]:
    """brk[k]: a line break separates token k from token k-1; brk[0] is True.
    (The text between two tokens is spaces only: any other character is a
    token; so a break is a line break, see :func:`_gap_breaks`.)"""
    n = len(starts)
    brk = [False] * n
    if not n:
        return [True]
    brk[0] = True
    pos = text.find("\n")
    while pos >= 0:
        k = bisect_left(starts, pos)    # the first token after the line break
        if k == n:
            break
        brk[k] = True
        pos = text.find("\n", max(starts[k], pos + 1))     # (always forward, even on a bad offset)
    return brk


def _gap_breaks(text: str, starts: list[int], ends: list[int]) -> list[bool]:
    """brk[k]: the text between token k-1 and token k breaks a phrase: a line
    break or a non-space character (not "" nor one space); brk[0] is True."""
    brk = [gap != "" and gap != " " and ("\n" in gap or bool(gap.strip()))
           for gap in (text[e:s] for e, s in zip(ends, starts[1:]))]
    return [True] + brk


class _Ends:
    """The tokens' end offsets, ``starts[k] + len(words[k])``, each computed when
    read: the recognizers read a few, by index or by bisect, where the whole
    list cost a pass over every token of every article."""
    __slots__ = ("starts", "words")

    def __init__(self, starts: list[int], words: list[str]) -> None:
        self.starts = starts
        self.words = words

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k: int | slice) -> int | list[int]:
        if isinstance(k, slice):
            return list(map(add, self.starts[k], map(len, self.words[k])))
        return self.starts[k] + len(self.words[k])

    def __iter__(self) -> Iterator[int]:
        return map(add, self.starts, map(len, self.words))

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, (_Ends, list)) else NotImplemented

    __hash__ = None     # (a list's value, not hashable either)


@dataclass
class TokenView:
    """The article's tokens with what the recognizers ask of each one.

    ``ends`` (each token's end offset), ``hot`` (the token may start an
    entity: capitalized, or a lower-case trigger word) and ``hot_at`` (the
    indices of the hot tokens) are made on first use (cached properties):
    the recognizers read ``opens`` instead, and few ends."""
    text: str
    starts: list[int]
    words: list[str]
    low: list[str]      # lower-cased (for comparing with literals)
    key: list[str]      # lower-cased, tone-folded (for the phrase tables)
    exact: list[str]    # tone-folded, case kept
    cap: list[bool]     # first character is an upper-case letter
    n: int
    brk: list[bool] = None  # a line break or a non-space character before token k
    memo: dict = field(default_factory=dict)  # recognizers' per-token answers, by name
    mask: list[int] = None      # what each token may start: the bits TITLE, HEAD, … above
    # what a rule may start at each token by its word alone, 0 unless hot: the
    # start bits of locations.start_bits and persons.start_bits
    opens: list[int] = None

    @classmethod
    def of(cls, doc: Doc) -> "TokenView":
        text = doc.text
        if "tokens" in doc.__dict__:
            # the plain way, from the tokens already made (the split below
            # must give the same view: tests/entities/test_shortcuts.py)
            starts, ends, words = [], [], []
            run_on = []
            for t in doc.tokens:
                pos = t.start
                prev = ""
                for w in glued_words(t.text):
                    if _run_together(prev, w):
                        run_on.append(pos)
                    starts.append(pos)
                    words.append(w)
                    pos += len(w)
                    ends.append(pos)
                    prev = w
            brk = _gap_breaks(text, starts, ends)
            infos = list(map(_WORD_INFO.__getitem__, words))
        else:
            starts, infos, run_on = _split_text(text)
            brk = _line_breaks(text, starts)
        for pos in run_on:
            brk[bisect_left(starts, pos)] = True
        n = len(infos)
        if not n:
            return cls(text, starts, [], [], [], [], [], 0, brk, mask=[], opens=[])
        keys, exact, low, cap, _, mask, opens, words = columns(infos, 8)
        return cls(text, starts, words, low, keys, exact, cap, n, brk, mask=mask, opens=opens)

    # (made on first use by cached properties, not a __getattr__: a class with
    # __getattr__ reads every attribute the slow way)
    @cached_property
    def ends(self) -> "_Ends":
        """Each token's end offset (each computed when read)."""
        return _Ends(self.starts, self.words)

    @cached_property
    def hot(self) -> list[bool]:
        """Each token may start an entity: capitalized, or a lower-case trigger word."""
        return list(map(_HOT_OF, map(_WORD_INFO.__getitem__, self.words)))

    @cached_property
    def hot_at(self) -> list[int]:
        """The indices of the hot tokens, in order."""
        return list(compress(range(self.n), self.hot))

    def joined(self, i: int, j: int) -> bool:
        """Tokens ``i..j-1`` sit on one line, separated by spaces at most."""
        if j - i == 2:
            return not self.brk[i + 1]
        return not any(self.brk[i + 1:j])

    def adjacent(self, i: int) -> bool:
        """Token ``i`` follows token ``i-1`` on the same line (spaces between at most)."""
        return 0 < i < self.n and not self.brk[i]

    def char_span(self, i: int, j: int) -> tuple[int, int]:
        """The character offsets of tokens ``i..j-1``."""
        return self.starts[i], self.starts[j - 1] + len(self.words[j - 1])


# ---------------------------------------------------------------- the lexicons

@cache
def _word_list() -> tuple[Callable[[str], str], frozenset[str]]:
    """The extractors' word folding and Viet74K word list (imported on first use)."""
    from ..extractors import fold as word_fold, vietnamese_words
    return word_fold, vietnamese_words()


def is_word(*syllables: str) -> bool:
    """The syllables make one word of underthesea's Viet74K list (``yêu cầu``,
    ``xã hội``, ``chỉ đạo``), via the extractors' shared loader."""
    word_fold, words = _word_list()
    return word_fold(" ".join(syllables)) in words


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
    return PhraseTable([(r[0], True) for r in data_rows(name)], case=case)


@cache
def family_names() -> frozenset[str]:
    return frozenset(fold(r[0]) for r in data_rows("family_names.txt"))


@cache
def honorifics() -> PhraseTable:
    return _words("honorifics.txt", "lower")


@cache
def position_boards() -> PhraseTable:
    """Boards and councils named in lower case after a title (position_boards.txt);
    the commas between the fields of a committee's name may be written as dashes
    (``ủy ban văn hóa - giáo dục - thanh niên, thiếu niên và nhi đồng``)."""
    phrases = []
    for r in data_rows("position_boards.txt"):
        parts = r[0].split(", ")
        variants = [parts[0]]
        for part in parts[1:]:
            variants = [v + sep + part for v in variants for sep in (", ", " - ")]
        phrases.extend((v, True) for v in variants)
    return PhraseTable(phrases, case="lower")


@dataclass(frozen=True)
class Title:
    text: str
    bare: bool
    lower: bool     # bare even in lower case: "cách chức bộ trưởng"


@cache
def position_titles() -> PhraseTable:
    return PhraseTable([(r[0], Title(r[0], r[1] in ("yes", "any"), r[1] == "any")) for r in data_rows("position_titles.tsv")],
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
                        for r in data_rows("org_heads.tsv")], case="first")


@cache
def org_fields() -> PhraseTable:
    return _words("org_fields.txt", "lower")


@cache
def org_descriptors() -> PhraseTable:
    """Lower-case nouns inside names; value False for a noun, True when the word is
    also a verb, "council" for a council's task (a name only right after a council's
    head) and "task" for what a steering committee is set up to do."""
    return PhraseTable([(r[0], r[1] if r[1] in ("council", "task") else r[1] == "verb")
                        for r in data_rows("org_descriptors.tsv")],
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
    return PhraseTable([(r[0], Unit(r[0], r[1], r[2])) for r in data_rows("place_units.tsv")],
                       case="lower")


@cache
def site_heads() -> PhraseTable:
    return _words("site_heads.txt", "lower")


@cache
def regions() -> PhraseTable:
    """Countries, regions, cities and provinces named without a head noun
    (regions.txt), matched as written; the value is the kind (``country``,
    ``region``, ``city``, ``province``)."""
    return PhraseTable([(r[0], r[1]) for r in data_rows("regions.txt")], case="exact")


@cache
def province_names() -> frozenset[str]:
    """The provinces' names as written (places.tsv, old and new): ``Hà Nội``, ``Quảng Ngãi``."""
    return frozenset(r[0] for r in data_rows("places.tsv") if r[1] == "province")


@cache
def places() -> PhraseTable:
    """Province and district names (old and post-2025), matched as written;
    without the names that alone mostly mean a person (places_not_bare.txt)."""
    people = {r[0] for r in data_rows("places_not_bare.txt")}
    rows = [(r[0], r[1]) for r in data_rows("places.tsv") if r[1] in ("province", "district")
            and not r[0][:1].isdigit() and r[0] not in people]
    return PhraseTable(rows, case="exact")


@cache
def unit_only_places() -> PhraseTable:
    """Province and district names that are places only after a unit word
    (places_not_bare.txt): ``thành phố Hồ Chí Minh``, ``TP Hồ Chí Minh``."""
    return PhraseTable([(r[0], "province") for r in data_rows("places_not_bare.txt")], case="exact")


@cache
def wards() -> PhraseTable:
    """Ward and commune names, for names listed after a plural unit word."""
    return PhraseTable([(r[0], r[1]) for r in data_rows("places.tsv") if r[1] == "ward"
                        and not r[0][:1].isdigit()], case="exact")
