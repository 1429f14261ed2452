"""Word-level pass: tone-mark placement (kind ``tone``) and typo correction (kind ``typo``).

Matching, validating and resolving are separate:

* :func:`words` finds the plain Vietnamese word tokens (codes like
  ``25-NQ/TW``, numbers, URLs, e-mails, hyphenated or mixed tokens are never
  tokens here, so they are never touched) and which neighbours they touch;
* :func:`telex_decode`, :func:`_dedup` and :func:`_variants` propose fixes for
  one word, each for one typo class (Telex residue, repeated letter, a wrong or
  lost diacritic or d/đ: one slip; a slipped final
  consonant n/ng, c/t);
* :func:`_resolve` weighs the proposals against the word with the lexicon's
  syllable and pair knowledge and keeps a fix only when the evidence is clear.

Precision first (each rule was checked against the 864-article bench corpus,
whose own natural typos show what a rule also catches and what it breaks):

* a real word is changed only when it makes no attested pair with its
  neighbours while a one-slip variant makes a dictionary compound seen in
  running text with one of them (``lao đồng`` → ``lao động``); a word used
  again in the article, a frequent plain word (``do``, ``con``) and a word
  with a compound of its own need stronger evidence;
* that compound must be a strong bond: its running-text count a fair share of
  the use of its rarer word (``tình hình``; not ``trong | nhà``, 11 of 651
  ``nhà``), and, against a word seen beside a neighbour (``hẹp dần | sự``),
  most of it;
* a neighbour already taken by its own compound (``viễn thông | quá``,
  ``tình hình | thanh``, ``triệu đồng | chi``) or inside a person's name
  (``Nguyễn Kinh Quốc | dẫn``) does not vouch; words do not overlap;
* a variant that would repeat a neighbour (``năm nắm`` → ``năm năm``) is no fix;
* a real word one slip (a diacritic, or a letter dropped, added or swapped with the tone kept)
  from a word that makes a tight compound with a neighbour (one seen ten times in running text
  and a third of its commoner word's use: ``bao nhiêu``, ``ủng hộ``, ``chủ nghĩa``) takes it
  where the word makes no pair with that neighbour and only a loose one with the other
  (``bao nhiều nước`` → ``bao nhiêu``), the neighbour is in no word of its own (``kết thúc |
  đầy``) and no name, and no stray letter of broken spacing stands beside it (``c hất``);
  a letter slip between two frequent words (``thông quan``, customs) is left;
* a real word beside a bound syllable (one that running text nearly always shows opening or
  closing a longer word: ``tham``, ``thiểu``) with which it makes no known pair, while its
  other neighbour knows it in no pair either, takes the bound syllable's partner one slip away
  (a diacritic, a letter, an onset a region's speech confuses: ``tập chung`` → ``tập
  trung``, ``lựa trọn`` → ``lựa chọn``) where the article writes that compound elsewhere, the
  word is hardly ever written at all (``tình trạnh``; a letter typed for another then only
  with a key beside it: not ``rình phạt``) or the compound is most of the bound syllable's use
  and the word a diacritic from it (``tại nạn``), never between two spellings in use (sĩ/sỹ);
* a real word one classic confusion of Vietnamese spelling (:func:`_confusions`: a final the
  ear confuses, n/ng, n/t, m/n, m/p, c/t, ch/nh; an onset a region's speech confuses, tr/ch, s/x,
  d/gi/r, l/n; a two-letter onset with a letter lost or added) from a strong compound's partner
  takes it where the compound holds a bound syllable (``quát triệt`` → ``quán triệt``, ``có thời
  giam`` → ``thời gian``), or is strong and the word, known beside neither neighbour, is met in
  running text but seldom (``quy tình``, ``Mặc khác``) or hardly ever written (``một xố điều``);
  an unattested word takes the one confusion that makes a dictionary compound (``tâm huyến``);
  between capitals, the pair the article writes twice (``Việt Nan`` … ``Việt Nam``);
* a year's name before the year takes the branch the year has (``Mậu Tuấn 2018`` → ``Tuất``);
* without context only an impossible syllable with marks (``sảt``, ``củả``)
  takes its commonest variant; a bare one (``hat``) or a well-formed unattested
  one (``trách hiệm``) is left; with a compound, such a one may also be a confused onset or
  a key beside the right one (``xản xuất``, ``chậm chễ``, ``Toàm cảnh``);
* the article's own phrases vouch too: the same three words with the variant
  elsewhere in it (``cùng các đồng chí`` … ``cùng cạc đồng chí``);
* capitalized words in mid-sentence (names) change only into a compound with
  a lower-case neighbour (``Quận sự`` → ``Quân sự``) or into the article's own
  spelling of them, never inside a multi-word name;
* all-capital tokens change only into a known abbreviation (``MMTTQ``,
  ``ƯBND``); roman numerals and headings in capitals never;
* an unaccented stretch (``Nguyen Xuan Minh``) and one-keystroke Telex that may
  be English (``bar``, ``room``) are left alone.

Speed (about a thousand words an article; ``benchmarks/normalize_speed.py``
checks that the output stays byte-identical): :func:`words` tokenizes with one
regex split into parallel lists; one look-up per token gives its key, its class
(:func:`_class`, once per word and process) and the codes of the pairs it opens
(:func:`_pair_codes`: how strongly the pair is attested, and whether a
neighbour's compound vouches for a variant of either word, the test every
context fix needs); :func:`_candidates` turns class and the two pair codes into
what to do with the token by byte tables over byte strings (:data:`_VISIT`: no
Python operation per token), so only the tokens something may happen to are
visited in Python (about one in six: an unattested word, a tone mark to move, a
doubled word, a word with variants no strong pair vouches for), and most of
those only to ask whether the article writes the phrase with a variant
(:func:`_quick`'s sets, then one substring search in the article's keys written
one character each: :func:`_key_line`); about one in seventy reaches the
resolvers.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import accumulate, chain, compress, count, repeat
from operator import add, eq, itemgetter
from pathlib import Path
from sys import intern

from .. import columns
from ..offsets import Edit
from .lexicon import Lexicon, bound_counts, key, lexicon
from .ortho import FRONT, FRONT_ONSETS, ONSETS, WORD_CACHE, has_marks as _has_marks, is_valid, place_tone, skeleton, split_tone, with_tone

DATA = Path(__file__).resolve().parent.parent / "data" / "normalize"

_CHUNK_RX = re.compile(r"\S+")  # (a gap pattern "(\s*)(\S+)" backtracks quadratically on long blank runs)
# Punctuation that may surround a word: “(Hà Nội),” …
_PUNCT = "\"'“”‘’()[]{}<>«»,.;:!?…-–—/*•·"
_TELEX_TONES = {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5}
_TELEX_VOWELS = (("uow", "ươ"), ("aw", "ă"), ("ow", "ơ"), ("uw", "ư"), ("aa", "â"), ("ee", "ê"), ("oo", "ô"))
# Letters English (and the other Latin-script languages met in Vietnamese news) practically
# never double; a doubled one in a capitalized word without diacritics is still a typo.
_NEVER_DOUBLED = frozenset("hiuaywqjkvx")
_OPENERS = frozenset(".!?:;\"“”'‘’-–—…([•*")

# A word this frequent in running text is a grammatical or very common word (và, các, đã, số,
# bị, có, việc), which Vietnamese does not reduplicate; rarer words may be (hở hở, xanh xanh).
_FUNCTION_FREQ = 30
# A bare (unmarked) word this frequent in running text is meant as written (do, cho, ra, nhu cầu).
_FUNCTION_FREQ_BARE = 100

# No Vietnamese syllable, even with a typo, is longer than this; longer runs of letters are
# something else (and weighing their variants would cost time quadratic in their length).
_MAX_WORD = 12
# A rare word (never in running text) against a tone or d/đ variant this many times as frequent
# (cùa for của, cạc for các, ồng for ông) is a slip wherever the variant is seen twice beside a
# neighbour and the word beside neither.
_FAR_RATIO = 150
# The pair codes (running-text count << 1 | dictionary pair) a rare word's variant needs with a
# neighbour: seen 15 times, or twice against a variant :data:`_FAR_RATIO` times as frequent.
_BESIDE_CODE = 30
_FAR_CODE = 4
# A variant's compound vouches only when it is a strong bond: its count is this share of the
# running-text count of the rarer of its two words (tình hình, tham gia; not trong | nhà).
_BOND_COMPOUND = 0.05
# A plain (non-dictionary) pair vouches for a rare word's variant only when it is most of the
# neighbour's use (diễn ra; not dân | và, 30 of 1,564 ``và``).
_BOND_PLAIN = 0.3
# Against a word seen beside its neighbour, the variant's compound must be most of its use.
_BOND_OWN = 0.3
_FINAL_SWAPS = (("ng", "n"), ("n", "ng"), ("c", "t"), ("t", "c"), ("nh", "ch"), ("ch", "nh"), ("nh", "n"), ("n", "nh"))
_EMPTY: frozenset = frozenset()
_NO_PAIRS: dict[str, int] = {}  # the pair codes of a word that opens no known pair
_ROMAN = re.compile(r"[IVXLCDM]+")  # II, III, XIV: never abbreviations to fix


@dataclass(slots=True)
class Tok:
    """A word token as the rules read it (its offsets: :meth:`Toks.start`, :meth:`Toks.end`)."""
    text: str
    prev: int = -1        # index of the token just before, if only spaces separate them
    next: int = -1
    initial: bool = True  # first word of a sentence, line, quote or list item


class Toks:
    """The word tokens of a text as parallel lists (``texts``, ``prev``, ``next``, ``initial``);
    offsets are worked out on demand (:meth:`start`, :meth:`end`: few tokens are ever edited),
    and ``toks[i]`` makes the :class:`Tok` view on demand (the rules read few tokens; making
    one object per word would cost more than the whole pass).

    A token's start is the start of the run of words it belongs to (runs begin at the indices
    ``firsts`` and the offsets ``run_starts``) plus the words before it in the run, each followed
    by one space.  The run starts may be given as the pieces of :func:`words`' split instead
    (``pieces``; most articles never ask for an offset, so they are summed when first asked)."""

    __slots__ = ("texts", "prev", "next", "initial", "cuts", "_firsts", "_run_starts", "_pieces", "_starts",
                 "_made")

    def __init__(self, texts, prev, nxt, initial, firsts, run_starts, cuts=None, pieces=None):
        self.texts, self.prev, self.next, self.initial = texts, prev, nxt, initial
        # the tokens (but the last) that do not touch the next one
        self.cuts = list(compress(range(len(nxt) - 1), map(eq, nxt, repeat(-1)))) if cuts is None else cuts
        self._firsts, self._run_starts, self._pieces = firsts, run_starts, pieces
        self._starts: list[int] | None = None
        self._made: list = [None] * len(texts)

    @property
    def run_starts(self) -> list[int]:
        """Where each run of words begins in the text."""
        if self._run_starts is None:  # each run's start is the end of the lead before it
            self._run_starts = list(accumulate(map(len, self._pieces)))[2::5]
        return self._run_starts

    def __len__(self) -> int:
        return len(self.texts)

    def start(self, i: int) -> int:
        r = bisect_right(self._firsts, i) - 1
        f = self._firsts[r]
        if i - f <= 64:
            return self.run_starts[r] + sum(map(len, self.texts[f:i])) + (i - f)
        if self._starts is None:  # far into a long run: every start at once
            self._starts = self.starts
        return self._starts[i]

    def end(self, i: int) -> int:
        return self.start(i) + len(self.texts[i])

    @property
    def starts(self) -> list[int]:
        # each word's start: its run's, plus the words before it in the run and a space after each
        lengths = list(map(len, self.texts))
        out = []
        run_starts = self.run_starts
        for r, f in enumerate(self._firsts):
            g = self._firsts[r + 1] if r + 1 < len(self._firsts) else len(lengths)
            out.extend(accumulate(map(add, lengths[f:g - 1], repeat(1)), initial=run_starts[r]))
        return out

    @property
    def ends(self) -> list[int]:
        return [self.end(i) for i in range(len(self.texts))]

    def __getitem__(self, i: int) -> Tok:
        t = self._made[i]
        if t is None:
            t = self._made[i] = Tok(self.texts[i], self.prev[i], self.next[i], self.initial[i])
        return t


def _letter_class() -> str:
    r"""A regex class for the letters of a word: in the Basic Multilingual Plane exactly the
    characters ``[^\W\d_]`` takes, written as ranges (the engine tests such a class with one
    bitmap look-up, where ``[^\W\d_]`` looks every character up in the Unicode tables twice);
    beyond it every character.  A run it takes that ``[^\W\d_]`` would not holds a character
    that is no letter (an emoji, a digit of another plane), which the ``isalpha`` test in
    :func:`words` catches: that text takes the exact way."""
    ranges: list[list[int]] = []
    for c in map(ord, re.findall(r"[^\W\d_]", "".join(map(chr, range(0x10000))))):
        if ranges and ranges[-1][1] == c - 1:
            ranges[-1][1] = c
        else:
            ranges.append([c, c])
    return "[%s\\U00010000-\\U0010ffff]" % "".join(
        f"\\u{a:04x}-\\u{b:04x}" if a != b else f"\\u{a:04x}" for a, b in ranges)


_P = re.escape(_PUNCT)
_L = _letter_class()
# A run of plain words separated by single spaces, with the punctuation around it, bounded by
# white space: one match per stretch of prose between punctuation marks (``(Hà Nội),``).  The
# white space before it is taken whole (possessive: no backtracking on long blank runs); a
# match starts only where the previous chunk ends.
_SEGMENT = re.compile(
    rf"""
    (?<!\s)(\s*+)                        # the gap since the previous chunk: " ", "\n\n"
    (?:(?<=\s)|^)                         # a chunk starts here
    ([{_P}]*)                             # leading punctuation: “(
    ({_L}++(?:\ {_L}++)*)                 # the words: Hà Nội (possessive: no letter is given back)
    ([{_P}]*)                             # trailing punctuation: ),
    (?!\S)                                # the chunk ends here
    """,
    re.VERBOSE,
)
# :data:`_SEGMENT` with the words of a run read as one stretch of letters and spaces, given back
# letter by letter to the last one the chunk may end with (one character class repeated: the
# engine's fastest loop, where each word of :data:`_SEGMENT` is one more turn of a group).  Its
# runs are :data:`_SEGMENT`'s but where one holds two spaces in a row (``Hà  Nội``: two runs
# there), which :func:`words` checks.
_SEGMENT_FAST = re.compile(
    rf"""
    (?<!\s)(\s*+)                        # the gap since the previous chunk: " ", "\n\n"
    (?:(?<=\s)|^)                         # a chunk starts here
    ([{_P}]*+)                            # leading punctuation: “(
    ({_L}[{_L[1:-1]}\ ]*(?<={_L}))         # the words: Hà Nội (ending with a letter)
    ([{_P}]*+)                            # trailing punctuation: ),
    (?!\S)                                # the chunk ends here
    """,
    re.VERBOSE,
)


_COUNT = list(range(-1, 1 << 14))  # -1, 0, 1, ...: the neighbour lists of :func:`words` are slices


def words(text: str, checked: bool = True) -> Toks:
    """Plain word tokens of ``text`` with their touching neighbours.

    A chunk (a run of non-space characters) is a token when, without the punctuation around it,
    it is all letters.  A token is ``initial`` after a line break, at the start of the text or
    after an opening mark (``. ! ? : ; " ( …``); it touches the token before it (``prev``) when
    only spaces on one line separate them and no punctuation.

    One :meth:`re.Pattern.split` cuts the text into runs of prose and what lies between them;
    the per-word lists are built from those pieces by C-level joins, splits and sums, and only
    the first word of each run is looked at in Python.  With ``checked=False`` the tokens may hold
    a number :meth:`str.isalpha` refuses (², ½), which the exact way would not take as words: the
    caller checks them (:func:`edits` does, by its per-word table) and else tokenizes again with
    :func:`_words_slow`."""
    pieces = _SEGMENT_FAST.split(text)  # between, (gap, lead, run, trail), between, ...
    if len(pieces) == 1:
        return Toks([], [], [], [], [], [])
    runs = pieces[3::5]
    joined = " ".join(runs)
    if "  " in joined:  # a run with two spaces in a row: two runs of :data:`_SEGMENT` there
        pieces = _SEGMENT.split(text)
        runs = pieces[3::5]
        joined = " ".join(runs)
    if checked and not joined.replace(" ", "").isalpha():
        return _words_slow(text)  # a digit-like letter (², ½): the exact, slow way
    texts = joined.split(" ")
    n = len(texts)
    # the first word of each run: the runs before it, and the words after the first in each
    firsts = list(map(add, range(len(runs)), accumulate(map(str.count, runs, repeat(" ")), initial=0)))
    if n + 2 <= len(_COUNT):  # slices of one list of numbers: no new number objects
        prev, nxt = _COUNT[:n], _COUNT[2:n + 2]
    else:
        prev, nxt = list(range(-1, n - 1)), list(range(1, n + 1))
    nxt[-1] = -1
    initial = [False] * n
    cuts: list[int] = []
    # (the character before a run's gap is the last of what lies between it and the previous run,
    # else of that run's trailing punctuation, else its last letter, which opens nothing)
    for between, gap, lead, before_trail, f in zip(pieces[0::5], pieces[1::5], pieces[2::5],
                                                   chain(("-",), pieces[4::5]), firsts):
        newline = "\n" in gap or not (f or between)  # (or the text starts here)
        if lead:
            initial[f] = lead[-1] in _OPENERS
            linked = False
        else:
            initial[f] = newline or (between or before_trail)[-1:] in _OPENERS
            # the previous chunk is the previous run, ending with its word
            linked = not newline and not between and not before_trail
        if not linked:
            prev[f] = -1
            if f:
                nxt[f - 1] = -1
                cuts.append(f - 1)
    return Toks(texts, prev, nxt, initial, firsts, None, cuts, pieces)


def _words_slow(text: str) -> Toks:
    """:func:`words` chunk by chunk (for texts with letters :func:`str.isalpha` does not take)."""
    toks: list[Tok] = []
    starts: list[int] = []
    append = toks.append
    prev_last = "\n"        # last character of the previous chunk of any kind
    prev_word_chunk = False  # the previous chunk ended with a word (no closing punctuation)
    first = True
    last_end = 0
    for m in _CHUNK_RX.finditer(text):
        chunk, start = m.group(), m.start()
        newline = first or "\n" in text[last_end:start]
        last_end = m.end()
        first = False
        if chunk.isalpha():
            tok = Tok(chunk, initial=newline or prev_last in _OPENERS)
            if prev_word_chunk and not newline:
                tok.prev = len(toks) - 1
                toks[-1].next = len(toks)
            append(tok)
            starts.append(start)
            prev_word_chunk = True
        else:
            core = chunk.strip(_PUNCT)
            at = chunk.find(core) if core else -1
            if at < 0 or not core.isalpha():
                prev_word_chunk = False
            else:
                tok = Tok(core, initial=chunk[at - 1] in _OPENERS if at else (newline or prev_last in _OPENERS))
                if prev_word_chunk and not at and not newline:
                    tok.prev = len(toks) - 1
                    toks[-1].next = len(toks)
                append(tok)
                starts.append(start + at)
                prev_word_chunk = chunk.endswith(core)
        prev_last = chunk[-1]
    return Toks([t.text for t in toks], [t.prev for t in toks], [t.next for t in toks],
                [t.initial for t in toks], list(range(len(toks))), starts)


@lru_cache(maxsize=WORD_CACHE)
def has_marks(word: str) -> bool:
    return _has_marks(word)


@cache
def family_names() -> frozenset[str]:
    """Vietnamese family names (the entities stage's list), to tell a person's name from a body's."""
    path = DATA.parent / "entities" / "family_names.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0].strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def abbreviations() -> frozenset[str]:
    lines = (DATA / "abbreviations.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _case_like(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=WORD_CACHE)
def telex_decode(word: str) -> tuple[str, int] | None:
    """``soongs`` → (``sống``, 2), ``ddeef`` → (``đề``, 3), ``anhr`` → (``ảnh``, 1): the word and how
    many Telex keystrokes (tone key, vowel key, ``dd``) it took; ``None`` if nothing to decode."""
    w = word.lower()
    signals = 0
    tone = 0
    if len(w) > 2 and w[-1] in _TELEX_TONES:
        tone, w = _TELEX_TONES[w[-1]], w[:-1]
        signals += 1
    body = w
    if body.startswith("dd"):
        body = "đ" + body[2:]
        signals += 1
    for a, b in _TELEX_VOWELS:
        if a in body:
            body = body.replace(a, b, 1)
            signals += 1
            break
    if not signals or any(c in body for c in "wfjz"):
        return None
    out = place_tone(body, "old") if tone == 0 else with_tone(body, tone, "old")
    return (out, signals) if is_valid(out) else None


def _dedup(word: str) -> list[str]:
    """Every way of dropping one letter of a doubled pair (``thiiết`` → ``thiết``)."""
    low = word.lower()
    return [word[:i] + word[i + 1:] for i in range(1, len(word)) if low[i] == low[i - 1]]


@lru_cache(maxsize=WORD_CACHE)
def _variants(low: str) -> tuple[tuple[str, str, float], ...]:
    """Attested one-slip variants of a lower-case word: (variant, channel, frequency ratio)."""
    lex = lexicon()
    k = key(low)
    raw_freq = max(lex.freq.get(k, 0), 1)
    out = []
    # Two tone marks on one word (Nguỵễn, củả): the slip added one, so the word has the other.
    typed = _tones_typed(low) if split_tone(low)[1] < 0 else None
    # How a typist gets the word from a candidate in one slip: ``bare``, every diacritic lost
    # (``cach`` for ``cách``); ``tone``, only the tone mark differs (``đậu`` for ``đầu``); ``d``,
    # only d/đ differs (``dồng`` for ``đồng``); ``horn``, the diphthong ươ typed with one horn
    # (``nguời``, ``ngưòi`` for ``người``); ``hat``, the hat or horn of one vowel differs, the
    # tone kept (``đói`` for ``đối``, ``tạp`` for ``tập``).  Two slips at once (``chờ`` for
    # ``cho``) are not trusted.
    bare = not has_marks(low)
    rb, rt = split_tone(low)
    rbd = rb.replace("đ", "d")
    rbh = _horned(rb)
    freq = lex.freq
    for c in lex.by_skeleton.get(skeleton(low), ()):
        if c == k or (typed is not None and split_tone(c)[1] not in typed):
            continue
        if bare:
            ch = "bare"
        else:
            cb, ct = split_tone(c)
            if rb == cb:
                ch = "tone"
            elif rt == ct and rbd == cb.replace("đ", "d"):
                ch = "d"
            elif rt == ct and rbh == cb:
                ch = "horn"
            elif rt == ct and _one_hat(rb, cb):
                ch = "hat"
            else:
                continue
        out.append((c, ch, freq.get(c, 0) / raw_freq))
    # A slip on the final consonant: n/ng, c/t, nh/ch (cơ quang → cơ quan, thàch tích → thành);
    # same tone and vowels.
    for a, b in _FINAL_SWAPS:
        if k.endswith(a):
            c = k[: -len(a)] + b
            if c in lex.known:
                out.append((c, "final", lex.freq.get(c, 0) / raw_freq))
    return tuple(out)


def _one_hat(a: str, b: str) -> bool:
    """Two toneless words of one skeleton that differ only in the hat or horn of one vowel
    (``đoi`` for ``đôi``, ``nhưng`` for ``nhung``, ``căn`` for ``cân``): one diacritic slipped."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and diff[0][0] not in "dđ"


def _ay_alternation(a: str, b: str) -> bool:
    """Two spellings that differ in ``ay``/``ây`` (xảy/xẩy, gãy/gẫy, nảy/nẩy): both are written,
    the one as a regional variant of the other, so neither is a slip for the other."""
    ba, bb = split_tone(a)[0], split_tone(b)[0]
    return {ba[-2:], bb[-2:]} == {"ay", "ây"}


def _horned(bare: str) -> str:
    """A toneless word with the diphthong ươ whole where it was typed with one horn: ``nguơi``,
    ``ngưoi`` → ``ngươi`` (the horn key pressed once, the commonest slip on that diphthong)."""
    if "uơ" in bare:
        return bare.replace("uơ", "ươ")
    return bare.replace("ưo", "ươ") if "ưo" in bare else bare


@lru_cache(maxsize=WORD_CACHE)
def _letter_slips(low: str) -> tuple[str, ...]:
    """The attested syllables one letter away from a lower-case word: a letter dropped (``duyệ``
    for ``duyệt``, ``ngiêm`` for ``nghiêm``, ``đị`` for ``địa``), one too many (``nbộ`` for
    ``bộ``, ``khắác`` for ``khắc``) or two neighbours swapped (``gữi`` for ``giữ``, ``huệyn`` for
    ``huyện``).  Asked only for a word that is no attested syllable."""
    lex = lexicon()
    cands = {low[:j] + low[j + 1:] for j in range(len(low))}  # one letter too many
    cands.update(low[:j] + low[j + 1] + low[j] + low[j + 2:] for j in range(len(low) - 1))  # swapped
    cands.intersection_update(lex.known)
    cands.update(lex.by_deletion.get(low, ()))  # one letter dropped (the lexicon's table)
    cands.discard(low)
    return tuple(sorted(cands))


_TONE_MARKS = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}


def _tones_typed(word: str) -> frozenset[int]:
    """The tones whose marks ``word`` carries (as :func:`split_tone` numbers them)."""
    return frozenset(_TONE_MARKS[ch] for ch in unicodedata.normalize("NFD", word) if ch in _TONE_MARKS)


# Tokens beyond which an article is long: it asks so many questions of its own words and
# phrases that counting them all once costs less than counting each asked one (a scan of the
# whole article per question grows as the square of its length: a report or a gazette of a
# megabyte, read as one article).
_LONG_ARTICLE = 20_000


class _Counts:
    """How often each item is in a list (``get`` as a :class:`Counter` of it answers), counted
    item by item when asked (by :meth:`list.count`: an article asks about a few items, and
    counting all its words would cost more), all at once in a long article."""

    __slots__ = ("items", "counts")

    def __init__(self, items: list[str]):
        self.items: list[str] | None = items
        self.counts: dict[str, int] = {}
        if len(items) > _LONG_ARTICLE:
            self.counts, self.items = Counter(items), None

    def get(self, item: str, default: int | None = None) -> int | None:
        n = self.counts.get(item)
        if n is None:
            n = self.counts[item] = self.items.count(item) if self.items is not None else 0
        return n if n else default


def _all_of(table: dict, items: list):
    """``table[x]`` for every item, in order, as a sequence (one :func:`~operator.itemgetter` of
    them all: every look-up in one C call; ``KeyError`` for an item the table lacks)."""
    if len(items) == 1:  # (an itemgetter of one item gives the value itself)
        return [table[items[0]]]
    return itemgetter(*items)(table) if items else []


def _per_word(cache: dict, words: list[str], make) -> tuple | list:
    """``cache[w]`` for every word, ``make(w)`` filling the cache first for new words (read in
    bulk by :func:`_all_of`; the cache is bounded: cleared when full)."""
    try:
        return _all_of(cache, words)
    except KeyError:
        if len(cache) > WORD_CACHE:
            cache.clear()
        for w in set(words).difference(cache):
            cache[w] = make(w)
        return _all_of(cache, words)


# key -> one character standing for it (a code point beyond the Basic Multilingual Plane), and the
# numbers left to give: see :func:`_key_line`.  Replaced, not cleared, when full (an article being
# read in another thread keeps the pair it took).
_KEY_CHARS: list[tuple[dict[str, str], "count"]] = [({}, count(0x10000))]


def _key_line(keys: list[str]) -> tuple[dict[str, str], str]:
    """``keys`` written one character per key (a different character for every key), and the
    characters: keys in a row are characters in a row, so a phrase's presence is one substring
    search.  The characters are kept from article to article (the dictionary is bounded by
    ``WORD_CACHE``: a new one is started when full)."""
    chars, numbers = _KEY_CHARS[0]
    try:
        return chars, "".join(_all_of(chars, keys))
    except KeyError:
        new = set(keys).difference(chars)
        if len(chars) + len(new) > WORD_CACHE:
            chars, numbers = {}, count(0x10000)
            new = set(keys)
            if len(new) <= WORD_CACHE:
                _KEY_CHARS[0] = (chars, numbers)
        for k in new:
            chars.setdefault(k, chr(next(numbers)))  # (atomic: a key keeps the first character given)
        return chars, "".join(_all_of(chars, keys))


class _Ctx:
    """One document's tokens and what the rules ask about them (document facts computed on demand)."""

    def __init__(self, lex: Lexicon, toks: Toks, keys: list[str], infos: list[tuple], text: str):
        self.lex, self.toks, self.keys, self.infos, self.text = lex, toks, keys, infos, text

    @cached_property
    def doc_keys(self) -> _Counts:
        """How often each key is in the article, as the keys stand when this is first asked."""
        return _Counts(list(self.keys))

    @cached_property
    def doc_words(self) -> _Counts:
        """How often each word (as written) is in the article."""
        return _Counts(self.toks.texts)

    @cached_property
    def doc_snapshot(self) -> tuple[list[str], frozenset]:
        """The keys as they stand when the article's phrases are first asked about (fixes made
        later do not count), and the set of them."""
        keys = list(self.keys)
        return keys, frozenset(keys)

    @cached_property
    def doc_line(self) -> tuple[dict[str, str], str]:
        """The keys of :attr:`doc_snapshot` written one character each (:func:`_key_line`), and
        the characters: three keys in a row of the snapshot (a superset of its phrases: those
        across a line break or punctuation too) are three characters in a row of the line
        (:meth:`in_row`)."""
        return _key_line(self.doc_snapshot[0])

    @cached_property
    def doc_pairs(self) -> frozenset:
        """The pairs of keys in a row of :attr:`doc_snapshot` (across a line break or punctuation
        too, as :attr:`doc_line`): a phrase is in :attr:`doc_line` only if both its pairs are
        here, which rules nearly every phrase question out by two set look-ups (the substring
        search of the line it spares reads the whole article)."""
        keys = self.doc_snapshot[0]
        return frozenset(zip(keys, keys[1:]))

    def in_row(self, a: str, b: str, c: str) -> bool:
        """``a b c`` are three keys in a row of :attr:`doc_snapshot`, to rule most phrase
        questions out (two look-ups in :attr:`doc_pairs`, then, if both are there, one
        substring search: cheaper than a set of every three keys in a row, for the few dozen
        questions of an article, nearly all answered no)."""
        pairs = self.doc_pairs
        if (a, b) not in pairs or (b, c) not in pairs:
            return False
        chars, line = self.doc_line
        x, y, z = chars.get(a), chars.get(b), chars.get(c)
        return x is not None and y is not None and z is not None and x + y + z in line

    def phrase_counts(self, among: frozenset) -> Counter:
        """Adjacent word pairs of the article (keys of :attr:`doc_snapshot`), and three words in
        a row, to find its own repeated phrases: those made only of keys ``among`` (what the
        question asks about; their counts are the whole article's, and counting only them
        spares counting every pair)."""
        keys = self.doc_snapshot[0]
        if len(keys) > _LONG_ARTICLE:
            return self._all_phrases    # (the same counts for the phrases asked about)
        nxt = self.toks.next  # token j touches token j + 1 if nxt[j] >= 0
        inside = list(map(among.__contains__, keys))
        inside.append(False)
        last = len(keys) - 1
        out: Counter = Counter()
        for j in compress(range(last), inside):
            if inside[j + 1] and nxt[j] >= 0:
                out[keys[j], keys[j + 1]] += 1
                if inside[j + 2] and nxt[j + 1] >= 0:
                    out[keys[j], keys[j + 1], keys[j + 2]] += 1
        return out

    @cached_property
    def _all_phrases(self) -> Counter:
        """Every pair and three keys in a row of a long article (as :meth:`phrase_counts` counts
        those of the keys asked about), counted once."""
        keys = self.doc_snapshot[0]
        nxt = self.toks.next
        last = len(keys) - 1
        out: Counter = Counter()
        for j in range(last):
            if nxt[j] >= 0:
                out[keys[j], keys[j + 1]] += 1
                if j + 2 <= last and nxt[j + 1] >= 0:
                    out[keys[j], keys[j + 1], keys[j + 2]] += 1
        return out

    @cached_property
    def accented(self) -> bool:
        """Written with diacritics (so a bare word in it lost them)."""
        n = len(self.toks.texts)
        return n >= 20 and sum(map(itemgetter(5), self.infos)) >= 0.4 * n  # words with marks

    # Which neighbours may vouch for a token.  A lower-case word is vouched for by a
    # capitalized word before it (names of bodies capitalize a compound's first syllable:
    # ``Giáo dục``) but not by one after it (``ông Quân``).  A capitalized word is vouched
    # for only by lower-case neighbours (``Quân sự``), never by the other syllables of a
    # name (``Văn Hòa``).
    def left_ok(self, i: int) -> bool:
        toks = self.toks
        p = toks.prev[i]
        if p < 0:
            return False
        if self.caps(i):
            return not toks.texts[p][:1].isupper()
        return not self.in_person_name(p)

    def in_person_name(self, j: int) -> bool:
        """Token ``j`` is a later syllable of a capitalized run opened by a family name
        (Nguyễn Kinh Quốc | dẫn: ``Quốc`` does not vouch for ``quốc dân``)."""
        texts, prev = self.toks.texts, self.toks.prev
        if not texts[j][:1].isupper():
            return False
        first = j
        while prev[first] >= 0 and texts[prev[first]][:1].isupper():
            first = prev[first]
        return first != j and texts[first] in family_names()

    def right_ok(self, i: int) -> bool:
        n = self.toks.next[i]
        if n < 0:
            return False
        return not self.toks.texts[n][:1].isupper() if self.caps(i) else not self.caps(n)

    def caps(self, i: int) -> bool:
        """Token ``i`` is capitalized in mid-sentence: a name or part of one."""
        return self.toks.texts[i][:1].isupper() and not self.toks.initial[i]


def _evidence(ctx: _Ctx, i: int, k: str) -> tuple[int, bool, int, bool]:
    """(text count, dictionary pair) of ``k`` with the left and with the right neighbour."""
    code = ctx.lex.pair_code
    left = code.get((ctx.keys[ctx.toks.prev[i]], k), 0) if ctx.left_ok(i) else 0
    right = code.get((k, ctx.keys[ctx.toks.next[i]]), 0) if ctx.right_ok(i) else 0
    return left >> 1, bool(left & 1), right >> 1, bool(right & 1)


def _bound(ctx: _Ctx, j: int, side: int, count: int, common: bool) -> bool:
    """Neighbour ``j`` is already taken on its far side, by a dictionary compound seen in running
    text (viễn thông | quá: ``thông`` does not vouch for ``thông qua``; biên chế | do: not
    ``chế độ``; tình hình | thanh khoản: not ``hình thành``) or by a plain pair at least as common
    as ``count`` (triệu đồng | chi: not ``đồng chí``).  Words do not overlap, so a compound across
    that boundary would split the neighbour's own.  Against a ``common`` word any compound seen
    nine times binds."""
    n = ctx.toks[j]
    o = n.prev if side < 0 else n.next
    if o < 0:
        return False
    if side < 0 and ctx.in_person_name(j):
        return True
    pair = (ctx.keys[o], ctx.keys[j]) if side < 0 else (ctx.keys[j], ctx.keys[o])
    seen = ctx.lex.text_pairs.get(pair, 0)
    if pair in ctx.lex.word_pairs:  # a compound more common than the variant's, or a strong bond
        return seen > (min(count, 9) if common else count) or (seen > 0 and _bond(ctx, seen, *pair) >= _BOND_OWN)
    return seen >= 5 and seen >= count


def _pick(ctx: _Ctx, i: int, cands) -> tuple[str, int] | None:
    """The attested candidate with the most pair evidence (then frequency), and that evidence."""
    best = None
    for c in cands:
        k = key(c)
        if k not in ctx.lex.known:
            continue
        lc, lw, rc, rw = _evidence(ctx, i, k)
        ev = lc + rc + 3 * (lw + rw)
        score = (ev, ctx.lex.freq.get(k, 0))
        if best is None or score > best[0]:
            best = (score, c)
    return None if best is None else (best[1], best[0][0])


def _resolve(ctx: _Ctx, i: int) -> tuple[str, str] | None:
    """(corrected word, rule) for token ``i``, or ``None`` to leave it."""
    t = ctx.toks[i]
    w = t.text
    if len(w) > 1 and w.isupper():
        return _resolve_caps(ctx, i, w)
    low = w.lower()
    k = ctx.keys[i]
    lex = ctx.lex
    name_like = w[:1].isupper() and not t.initial
    if not is_valid(w):
        return _resolve_nonword(ctx, i, w, low, name_like)
    if len(w) == 1:
        return None  # a lone letter (k ể từ) is broken spacing, not a word to guess
    if k not in lex.known and _iy_variant(k) not in lex.known:
        # Well formed but unattested (lền, Thỡi): a one-slip variant with context.
        if name_like:  # a name (Phùng Xuân Nhạ), unless the article spells it otherwise elsewhere
            return _resolve_by_document(ctx, i, w, low)
        cands = [c for c, _, _ in _variants(low)]
        pick = _pick(ctx, i, cands)
        if pick is not None and pick[1] >= 3:
            return _case_like(w, pick[0]), "typo/unattested"
        slip = _pick_slip(ctx, i, low)
        if slip is not None:
            return _case_like(w, slip), "typo/letter"
        confused = _pick_confused(ctx, i, low)
        if confused is not None:
            return _case_like(w, confused), "typo/confusion"
        # Without context a well-formed word is left: its commonest tone variant is as often
        # wrong (trách hiệm → hiểm for nhiệm, Nhiền lần → Nhiên for Nhiều, gữi vững → gửi for giữ).
        return None
    return _resolve_real_word(ctx, i, w, low, k, name_like)


def _resolve_nonword(ctx: _Ctx, i: int, w: str, low: str, name_like: bool) -> tuple[str, str] | None:
    lex = ctx.lex
    # Telex residue: ASCII letters with Telex keys left in (soongs, ddinhj, vowis).
    if w.isascii() and not name_like:
        dec = telex_decode(w)
        if dec is not None and key(dec[0]) in lex.known:
            # One keystroke (bar → bả, room → rôm) could be an English word: it needs a neighbour's
            # vote, unless the key is j (nặng), which ends no English word (lucj → lục).
            if dec[1] >= 2 or low.endswith("j") or (_pick(ctx, i, [dec[0]]) or ("", 0))[1] > 0:
                return _case_like(w, dec[0]), "typo/telex"
    # A repeated letter (thiiết, Nôngg, ccó).
    dups = [d for d in _dedup(w) if is_valid(d) and key(d) in lex.known]
    if dups:
        pick = _pick(ctx, i, dups)
        if pick is not None:
            d = pick[0]
            doubled = next(a for a, b in zip(low, low[1:]) if a == b)
            if has_marks(w) or doubled in _NEVER_DOUBLED or (name_like and ctx.doc_keys.get(key(d), 0)):
                return d, "typo/repeat"  # (room, Anna: plain doubled letters are English)
    # An onset spelled against the rule for the vowel after it (nghành, ngiệp, kác): the
    # onset the rule asks for, if that makes an attested syllable; only in a word with marks
    # (Kon Tum, a name; kê kai, a letter lost).
    if not name_like and has_marks(w):
        respelled = _respelled_onset(low)
        if respelled is not None and key(respelled) in lex.known and not _copies_neighbour(ctx, i, respelled):
            return _case_like(w, respelled), "typo/spelling"
    # An impossible syllable (Quôc, sẵt, cầp, sảt; or bare in accented text: cach, duoc):
    # its one-slip variant with context, else (lower case) the commonest variant.
    marked = has_marks(w)
    if name_like:
        if not marked:
            return None
        fixed = _resolve_by_document(ctx, i, w, low)
        if fixed is None:
            # A vowel typed again with a mark Vietnamese has not (Huếë): without the copy, if the
            # article writes the name so elsewhere.
            again = _retyped_vowel(low)
            if again is not None and ctx.doc_keys.get(key(again), 0):
                return _case_like(w, again), "typo/repeat"
        if fixed is None:
            # No name's syllable: one that makes a dictionary compound of running text with a
            # lower-case neighbour (Quôc hội → Quốc hội; the neighbours' capitals never vouch).
            pick = _pick(ctx, i, [c for c, _, _ in _variants(low)])
            if pick is not None and pick[1] >= 5:
                fixed = _case_like(w, pick[0]), "typo/nonword"
        return fixed
    # (the neighbours first: they are cheaper to look at than the whole text)
    if not marked and not _marked_neighbour(ctx, i):
        return None  # an unaccented stretch (Nguyen Xuan Minh, duong chi son) is written so on purpose
    if not (marked or ctx.accented):
        return None
    cands = [c for c, _, _ in _variants(low)]
    if w[:1].isupper() and marked:
        # A capitalized word opening a name (Nguỵễn Kim Châu): a family name among its variants.
        t = ctx.toks[i]
        if t.next >= 0 and ctx.toks[t.next].text[:1].isupper():
            names = [n for n in (_case_like(w, c) for c in cands) if n in family_names()]
            if len(names) == 1:
                return names[0], "typo/nonword"
    pick = _pick(ctx, i, cands)
    if pick is not None and pick[1] > 0:
        return _case_like(w, pick[0]), "typo/nonword"
    if marked:
        slip = _pick_slip(ctx, i, low)
        if slip is not None:
            return _case_like(w, slip), "typo/letter"
    # No context: a marked impossible syllable (sảt, rât, củả, nguời) takes its commonest tone
    # (or whole-ươ) variant; a bare one (hat: hát, hạt or a slip for hay) has too many readings.
    if marked:
        common = [(lex.freq.get(c, 0), c) for c, ch, _ in _variants(low)
                  if ch in ("tone", "horn") and not _copies_neighbour(ctx, i, c)]
        if common and max(common)[0] >= 20:
            return _case_like(w, max(common)[1]), "typo/nonword"
        # A vowel typed again with the tone after the syllable was done (cóá, đóá, vớái): the
        # second of two marked vowels in a row goes, a repeated letter of another shape (where
        # no tone variant above makes a common word: củả is của).
        again = _retyped_vowel(low)
        if again is not None and key(again) in lex.known:
            return _case_like(w, again), "typo/repeat"
    return None


# The onsets written one way before the front vowels i, e, ê (y) and another before the rest.
_ONSET_SPELLING = {"ngh": "ng", "gh": "g", "k": "c", "ng": "ngh", "g": "gh", "c": "k"}


@lru_cache(maxsize=WORD_CACHE)
def _respelled_onset(low: str) -> str | None:
    """A lower-case word whose onset breaks the spelling rule for the vowel after it, with the
    onset the rule asks for (``nghành`` → ``ngành``, ``ngiệp`` → ``nghiệp``, ``kác`` → ``các``),
    if that is a well-formed syllable; else ``None``."""
    bare = split_tone(low)[0]
    onset = next((o for o in ONSETS if bare.startswith(o)), "")
    other = _ONSET_SPELLING.get(onset)
    if other is None or len(bare) == len(onset):
        return None
    if (bare[len(onset)] in FRONT) == (onset in FRONT_ONSETS):
        return None  # the onset fits its vowel
    fixed = other + low[len(onset):]
    return fixed if is_valid(fixed) else None


# A vowel letter with any marks -> its bare letter (ế, ë -> e), for the vowels Vietnamese writes
# and the Latin ones it does not (ë, ï, ü: a slip of the keyboard's layout).
_BASE = {ch: unicodedata.normalize("NFD", ch)[0] for ch in (
    "aàáảãạăằắẳẵặâầấẩẫậäåeèéẻẽẹêềếểễệëiìíỉĩịïoòóỏõọôồốổỗộơờớởỡợöuùúủũụưừứửữựüyỳýỷỹỵÿ")}


# The vowels with a mark Vietnamese does not write (a slip of the keyboard's layout: huếë).
_FOREIGN_MARKED = frozenset("äëïöüÿå")


@lru_cache(maxsize=WORD_CACHE)
def _retyped_vowel(low: str) -> str | None:
    """A lower-case word with two tone marks, on two vowels in a row (``cóá``, ``vớái``), or with a
    vowel copied with a mark Vietnamese has not (``huếë``), without the second of them, if that
    is a well-formed syllable (``có``, ``với``, ``huế``); else ``None``."""
    for j in range(len(low) - 1):
        if low[j + 1] in _FOREIGN_MARKED and _BASE.get(low[j]) == _BASE.get(low[j + 1], ""):
            fixed = low[:j + 1] + low[j + 2:]  # the copy of the vowel before, with a foreign mark: huếë
            return fixed if is_valid(fixed) else None
    if split_tone(low)[1] >= 0:
        return None  # one tone mark or none
    for j in range(len(low) - 1):
        if split_tone(low[j])[1] > 0 and split_tone(low[j + 1])[1] > 0:
            fixed = low[:j + 1] + low[j + 2:]
            return fixed if is_valid(fixed) else None
    return None


def _pick_slip(ctx: _Ctx, i: int, low: str) -> str | None:
    """A syllable one letter away from the unattested word ``low`` (:func:`_letter_slips`) that
    makes with a neighbour a dictionary compound of running text, a strong bond (phê duyệ →
    phê duyệt, ngiêm trọng → nghiêm trọng, chứng kến → chứng kiến); the only one that does, or
    the one seen at least twice as often.  Such a slip is rarer than a diacritic's, so only a
    compound vouches (not a plain pair), and the candidate keeps the tone typed."""
    t = ctx.toks[i]
    typed = _tones_typed(low)
    found = []
    for c in chain(_letter_slips(low), _near_slips(low)):
        if split_tone(c)[1] not in (typed or (0,)) or _copies_neighbour(ctx, i, c):
            continue  # the tone typed is meant (quyế định is quyết, not quy), and none is added
        lc, lw, rc, rw = _evidence(ctx, i, c)
        if lw and (lc < 2 or not _bonded(ctx, lc, c, ctx.keys[t.prev])):
            lw = False
        if rw and (rc < 2 or not _bonded(ctx, rc, c, ctx.keys[t.next])):
            rw = False
        if lw or rw:
            found.append((max(lc if lw else 0, rc if rw else 0), c))
    if not found:
        return None
    found.sort(reverse=True)
    if len(found) > 1 and found[0][0] < 2 * found[1][0]:
        return None
    return found[0][1]


def _pick_confused(ctx: _Ctx, i: int, low: str) -> str | None:
    """The one syllable a classic confusion away (:func:`_confusions`: a final the ear confuses, a
    confused onset, a cluster's letter) from the unattested word ``low`` that makes a dictionary
    compound with a neighbour, even one running text never wrote (tâm huyến → tâm huyết): a
    word no lexicon knows, that close to a compound, is that compound misspelt.  Only where no
    other candidate makes a compound there (the word, unattested, makes no pair of its own)."""
    found = set()
    for c in _confusions(low):
        if _copies_neighbour(ctx, i, c):
            continue
        lc, lw, rc, rw = _evidence(ctx, i, c)
        if lw or rw:
            found.add(c)
    if len(found) != 1:
        return None
    for c in chain(_letter_slips(low), _near_slips(low), (v for v, _, _ in _variants(low))):
        if c not in found:
            lc, lw, rc, rw = _evidence(ctx, i, c)
            if lw or rw:
                return None  # another reading makes a compound too
    return found.pop()


def _iy_variant(k: str) -> str:
    """The other spelling of a final i/y (mỳ/mì, sỹ/sĩ, lý/lí), both in use."""
    bare, tone = split_tone(k)
    if bare.endswith("y") and not bare.endswith(("ay", "ây", "uy")):
        return with_tone(bare[:-1] + "i", tone, "old") if tone > 0 else bare[:-1] + "i"
    if bare.endswith("i") and len(bare) > 1 and bare[-2] not in "aăâeêoôơuư":
        return with_tone(bare[:-1] + "y", tone, "old") if tone > 0 else bare[:-1] + "y"
    return k


def _resolve_by_document(ctx: _Ctx, i: int, w: str, low: str) -> tuple[str, str] | None:
    """A capitalized word seen once, whose one-slip variant the article writes at least twice
    (chỉnh đốn Đạng … Đảng, Đảng; Thọ Xuận … Thọ Xuân): the article's own spelling wins.
    Not for the last syllable of a longer name (Phùng Xuân Nhạ)."""
    if ctx.doc_words.get(w, 0) > 1:
        return None
    p = ctx.toks[i].prev
    if p >= 0 and ctx.toks[p].text[:1].isupper() and ctx.toks[p].prev >= 0 \
            and ctx.toks[ctx.toks[p].prev].text[:1].isupper():
        return None
    best = None
    valid = is_valid(low)
    for c, channel, _ in _variants(low):
        if channel == "hat" and valid:
            continue  # a well-formed syllable with another hat is a name of its own (Chử, Chủ)
        cap = _case_like(w, c)
        n = ctx.doc_words.get(cap, 0)
        if n >= 2 and (best is None or n > best[0]):
            best = (n, cap)
    return None if best is None else (best[1], "typo/document")


def _resolve_by_phrase(ctx: _Ctx, i: int, w: str, k: str, variants, name_like: bool):
    """The article writes the phrase with the variant at least twice elsewhere and never with the
    word (… các đồng chí … các đồng chí … cạc đồng chí): its own usage wins."""
    if name_like or (not has_marks(w) and ctx.lex.text_freq.get(k, 0) >= _FUNCTION_FREQ):
        return None  # names; and frequent plain words (do, con), which many phrases share
    p, n = ctx.toks.prev[i], ctx.toks.next[i]
    present = ctx.doc_snapshot[1]
    lk = ctx.keys[p] if p >= 0 else None
    rk = ctx.keys[n] if n >= 0 else None
    if lk is None or rk is None or not any(c in present and ctx.in_row(lk, c, rk) for c, _, _ in variants):
        return None  # no variant in this phrase anywhere in the article
    pairs = ctx.phrase_counts(frozenset((lk, k, rk, *(c for c, _, _ in variants))))
    if pairs[(lk, k, rk)] > 1:
        return None
    code = ctx.lex.pair_code
    own = (code.get((lk, k), 0) >> 1) + (code.get((k, rk), 0) >> 1)
    best = None
    for c, channel, ratio in variants:
        n = pairs[(lk, c, rk)]  # the same three words elsewhere in the article
        if not n or (n < 2 and ratio < 1.0) or (channel == "hat" and _ay_alternation(k, c)):
            continue  # once against once: the commoner word is the slip's target (phấn vốn → phần)
        if (code.get((lk, c), 0) >> 1) + (code.get((c, rk), 0) >> 1) < own:
            continue
        # The article writes the word beside the same neighbour elsewhere at least as often as the
        # variant (Mong các thầy có … Chào các thầy … Các thấy có: ``các thầy`` is its usage).
        if any(0 < pairs[mine] - 1 >= pairs[theirs] for mine, theirs in
               (((lk, k), (lk, c)), ((k, rk), (c, rk)))):
            continue
        if best is None or n > best[0]:
            best = (n, c)
    return None if best is None else (_case_like(w, best[1]), "typo/phrase")


def _marked_neighbour(ctx: _Ctx, i: int) -> bool:
    t = ctx.toks[i]
    return any(j >= 0 and has_marks(ctx.toks[j].text) for j in (t.prev, t.next))


def _resolve_real_word(ctx: _Ctx, i: int, w: str, low: str, k: str, name_like: bool) -> tuple[str, str] | None:
    """A real syllable that makes no attested pair, while a one-slip variant makes a common compound."""
    variants = _variants(k)
    if not variants:
        return None
    lex = ctx.lex
    t = ctx.toks[i]
    # Only a variant making a dictionary compound with a neighbour can win (or, for a rare
    # word, one common beside it in running text): check that cheaply first.
    rare = not lex.text_freq.get(k, 0) and lex.freq.get(k, 0) <= 20
    by_doc = _resolve_by_phrase(ctx, i, w, k, variants, name_like)
    if by_doc is not None:
        return by_doc
    if not rare:
        left = lex.after.get(ctx.keys[t.prev], _EMPTY) if ctx.left_ok(i) else _EMPTY
        right = lex.before.get(ctx.keys[t.next], _EMPTY) if ctx.right_ok(i) else _EMPTY
        if not any(c in left or c in right for c, _, _ in variants):
            return None
    lc, lw, rc, rw = _evidence(ctx, i, k)
    if (lw and lc) or (rw and rc) or lc + rc > 2:
        return None  # the word is attested here
    own_support = bool(lc or rc or lw or rw)
    t = ctx.toks[i]
    if name_like and any(j >= 0 and ctx.toks[j].text[:1].isupper() for j in (t.prev, t.next)):
        return None  # one syllable of a multi-word name
    if not has_marks(w) and (lex.text_freq.get(k, 0) >= _FUNCTION_FREQ_BARE or not ctx.accented):
        return None  # bare words are typos only in accented text, and never the commonest ones (do, cho)
    repeated = None  # typos are one-offs; a word used again is meant (counted when first asked)
    common = lex.text_freq.get(k, 0) >= 30
    # A word seldom met in running text, against a far commoner variant (dã | đã), needs no strong bond.
    rare_here = lex.text_freq.get(k, 0) < 5
    best = None
    for c, channel, ratio in variants:
        if _copies_neighbour(ctx, i, c):
            continue
        clc, clw, crc, crw = _evidence(ctx, i, c)
        if (lw and not clw) or (rw and not crw):
            continue  # the word makes a dictionary compound the variant does not (nhan sắc)
        # Where the word has a compound of its own, the variant's compound there is only a tie
        # (Thị trưởng / thị trường); the evidence must come from the other side (không đậu|đầu tư).
        if lw:
            clc, clw = 0, False
        if rw:
            crc, crw = 0, False
        # A frequent word (vẫn) keeps its place against a neighbour already in a common compound
        # (vẫn | đề nghị is not vấn đề | nghị).
        if clw and _bound(ctx, t.prev, -1, clc, common):
            clc, clw = 0, False
        if crw and _bound(ctx, t.next, +1, crc, common):
            crc, crw = 0, False
        # The compound must be a strong bond, not a pair any frequent word makes now and then:
        # its count against the rarer of its two words (tình hình 22 of 71 ``tình``; not
        # trong | nhà 11 of 651, hội | hóa 5 of 308).
        if not rare_here:
            if clw and not _bonded(ctx, clc, c, ctx.keys[t.prev]):
                clc, clw = 0, False
            if crw and not _bonded(ctx, crc, c, ctx.keys[t.next]):
                crc, crw = 0, False
        if not (clw or crw):
            # No compound, but a rare word (never in running text) beside which the variant is
            # common there (diễn rạ → diễn ra).
            # Against a variant far commoner still (cùa | của, ồng | ông), a pair seen twice will do.
            if channel != "bare" and rare and not own_support and not name_like \
                    and ((max(clc, crc) >= 15 and ratio >= 10
                          and max(_bond(ctx, clc, c, ctx.keys[t.prev]) if t.prev >= 0 else 0,
                                  _bond(ctx, crc, c, ctx.keys[t.next]) if t.next >= 0 else 0) >= _BOND_PLAIN)
                         or (max(clc, crc) >= 2 and ratio >= _FAR_RATIO and channel in ("tone", "d"))):
                best = _better(best, (False, max(clc, crc), ratio), c)
            continue  # the variant makes no dictionary compound here
        strength = max(clc if clw else 0, crc if crw else 0)
        if repeated is None:
            repeated = ctx.doc_words.get(w, 0) > 1
        if repeated and not (strength >= 10):
            continue
        if name_like and strength < 3:
            continue
        if own_support:
            # The word is seen beside a neighbour (thu hẹp dần | sự, học cùng | như): only a
            # compound that is most of its rarer word's use outweighs that (trên thể | giới).
            bond = max(_bond(ctx, clc, c, ctx.keys[t.prev]) if clw else 0,
                       _bond(ctx, crc, c, ctx.keys[t.next]) if crw else 0)
            ok = strength >= 50 and ratio >= 0.3 and bond >= _BOND_OWN
        elif channel == "bare":
            if common:  # a frequent plain word (con, thi, phan) needs a strong compound
                ok = strength >= 15 and ratio >= 0.5
            else:
                ok = strength >= 2 and (strength + 3) * ratio >= 5
        elif channel == "final":  # rarer than a diacritic slip: only into a very common compound
            # that also reads on with the other neighbour (cơ quan | ngang; not công dân | Bác)
            other = crc if clw and clc >= crc else clc
            has_other = (t.next >= 0) if clw and clc >= crc else (t.prev >= 0)
            ok = strength >= 50 and ratio >= 1.0 and (other > 0 or not has_other)
            if not ok and rare_here and ratio >= 3.0:
                # A word seldom met in running text (thi hàn | hành) against a far commoner
                # variant: a compound that is most of its rarer word's use will do.
                bond = max(_bond(ctx, clc, c, ctx.keys[t.prev]) if clw else 0,
                           _bond(ctx, crc, c, ctx.keys[t.next]) if crw else 0)
                ok = strength >= 20 and bond >= _BOND_OWN
        else:  # a tone, hat or d/đ slip: the variant's compound must be seen in running text
            need = 3 if channel == "d" else 7  # d for đ is the commonest slip (keyboards without đ)
            ok = strength >= need and (ratio >= 3.0 or (strength >= 50 and ratio >= 1.0))
            if not ok and channel != "hat" and strength >= 2 and ratio >= 3.0 and not lex.text_freq.get(k, 0):
                # A word never met in running text (Khu dữ | trữ) against a commoner variant whose
                # compound there is most of its rarer word's use (dự trữ: 2 of 2 ``trữ``), both
                # of its words met in running text (not chà và, seen only as a feature pair).
                tf = lex.text_freq
                ok = max(_bond(ctx, clc, c, ctx.keys[t.prev]) if clw and tf.get(ctx.keys[t.prev]) else 0,
                         _bond(ctx, crc, c, ctx.keys[t.next]) if crw and tf.get(ctx.keys[t.next]) else 0) \
                    >= _BOND_OWN
            if ok and channel == "hat":
                # A hat slip between two real words (đói | đối với, gần đay | đây) is taken only
                # for a word seldom met in running text, into a compound that is most of its
                # rarer word's use (not cố | có: không có is 45 of 923 ``có``).
                bond = max(_bond(ctx, clc, c, ctx.keys[t.prev]) if clw else 0,
                           _bond(ctx, crc, c, ctx.keys[t.next]) if crw else 0)
                ok = not common and lex.text_freq.get(k, 0) < _FUNCTION_FREQ and bond >= _BOND_OWN
        if ok:
            # A compound that is most of its rarer word's use (Mục | đích của: 24 of 25 ``đích``)
            # beats one merely seen more often (định | của: 74, but of 1,973 ``của``).
            strong = max(_bond(ctx, clc, c, ctx.keys[t.prev]) if clw else 0,
                         _bond(ctx, crc, c, ctx.keys[t.next]) if crw else 0) >= _BOND_OWN
            best = _better(best, (strong, strength + clc + crc, ratio), c)
    if best is None or _own_pair(ctx, i, k):
        return None
    return _case_like(w, best[1]), "typo/context"


def _own_pair(ctx: _Ctx, i: int, k: str) -> bool:
    """The article writes the word beside the same neighbour again (a capital aside: ``một sổ
    nháp`` … ``Sổ nháp``): a pair used twice is the writer's, not a slip."""
    p, n = ctx.toks.prev[i], ctx.toks.next[i]
    lk = ctx.keys[p] if p >= 0 else None
    rk = ctx.keys[n] if n >= 0 else None
    pairs = ctx.phrase_counts(frozenset(x for x in (lk, k, rk) if x is not None))
    return (lk is not None and pairs[(lk, k)] > 1) or (rk is not None and pairs[(k, rk)] > 1)


def _bond(ctx: _Ctx, count: int, a: str, b: str) -> float:
    """How much of the rarer word's running-text use the pair ``a b`` accounts for."""
    tf = ctx.lex.text_freq
    return count / max(1, min(tf.get(a, 0), tf.get(b, 0)))


def _bonded(ctx: _Ctx, count: int, a: str, b: str) -> bool:
    return _bond(ctx, count, a, b) >= _BOND_COMPOUND


def _copies_neighbour(ctx: _Ctx, i: int, c: str) -> bool:
    """The variant would repeat a neighbour (20 tuoi tuổi → tuổi tuổi; 80 năm nắm → năm năm)."""
    t = ctx.toks[i]
    return (t.prev >= 0 and ctx.keys[t.prev] == c) or (t.next >= 0 and ctx.keys[t.next] == c)


def _better(best, score, c):
    return (score, c) if best is None or score > best[0] else best


@lru_cache(maxsize=WORD_CACHE)
def _caps_fixable(w: str) -> bool:
    """An all-capital word :func:`_resolve_caps` may change somewhere: one doubled letter less
    makes a known abbreviation, or it carries marks and is no syllable (``ƯBND``)."""
    abbr = abbreviations()
    return any(d in abbr and (len(d) >= 3 or (len(d) == 2 and w[0] == w[1])) for d in _dedup(w)) \
        or (has_marks(w) and not is_valid(w))


def _resolve_caps(ctx: _Ctx, i: int, w: str) -> tuple[str, str] | None:
    """An all-capital token is an abbreviation: fix only into a known one or one the document uses."""
    abbr = abbreviations()
    if w in abbr:
        return None
    if not _caps_fixable(w):
        ctx.doc_keys  # noqa: B018  (the counts are the keys' as they stand when first asked, as below)
        return None
    if ctx.doc_keys.get(key(w), 0) > 1 or _ROMAN.fullmatch(w):
        return None
    n = ctx.toks[i + 1] if i + 1 < len(ctx.toks) else None  # TTP. Đà Nẵng: across the abbreviation's dot
    named = n is not None and ctx.toks.start(i + 1) - ctx.toks.end(i) <= 2 and n.text[:1].isupper() \
        and not n.text.isupper()
    for d in _dedup(w):
        if d in abbr and len(d) >= 3:  # not TPP → TP, VNN → VN
            return d, "typo/repeat"
        # A doubled first letter of a two-letter unit before a name (UBND TTP. Đà Nẵng → TP).
        if d in abbr and len(d) == 2 and w[0] == w[1] and named:
            return d, "typo/repeat"
    if has_marks(w) and not is_valid(w):  # ƯBND, not a heading in capitals (KHÓA X)
        plain = unicodedata.normalize("NFC", "".join(
            c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)))
        for cand in (plain, plain.replace("D", "Đ")):
            if cand != w and (cand in abbr or ctx.doc_keys.get(key(cand), 0)):
                return cand, "typo/abbreviation"
    return None


def _doubled(ctx: _Ctx, i: int) -> bool:
    """Token ``i`` repeats token ``i-1`` (``số số``) and the pair is not Vietnamese."""
    t = ctx.toks[i]
    if t.prev != i - 1:
        return False
    a = ctx.toks[i - 1].text
    if a != t.text or not a.islower():
        return False  # capitalized doubles are names and places (Trung Trung Bộ, Minh Minh)
    k = ctx.keys[i]
    lex = ctx.lex
    if k in lex.doubles or k not in lex.known:
        return False  # reduplication (từ từ, dần dần, kín kín hở hở)
    if lex.text_freq.get(k, 0) < _FUNCTION_FREQ:
        # A rarer word may be reduplicated (xanh xanh); doubled it is a slip only where its second
        # copy opens a compound of running text that the first copy does not close one with
        # (giá khám khám bệnh), nor a pair that is most of its rarer word's use: a loose pair
        # (các đoàn | đoàn thể: 4 of 26 ``đoàn``) reads on into the compound.
        first = ctx.toks[i - 1]
        nxt = (k, ctx.keys[t.next]) if t.next >= 0 else None
        if not (nxt in lex.word_pairs and lex.text_pairs.get(nxt, 0) >= 1) or lex.text_pairs.get((k, k), 0):
            return False
        if first.prev >= 0:
            before = (ctx.keys[first.prev], k)
            if before in lex.word_pairs or _bond(ctx, lex.text_pairs.get(before, 0), *before) >= _BOND_PLAIN:
                return False
    # Paired reduplication (đường đường chính chính) is style, not a slip.
    toks = ctx.toks
    if (i >= 3 and toks[i - 2].prev == i - 3 and toks[i - 2].text == toks[i - 3].text) or (
            i + 2 < len(toks) and toks[i + 1].prev == i and toks[i + 2].prev == i + 1
            and toks[i + 1].text == toks[i + 2].text):
        return False
    # Two compounds meeting (Đảng bộ | bộ phận, công chứng | chứng nhận) are not a doubling, but
    # for one dictionary word with a syllable typed twice (lực lượng lượng vũ trang).
    first = ctx.toks[i - 1]
    left = first.prev >= 0 and (ctx.keys[first.prev], k) in lex.word_pairs
    nxt = (k, ctx.keys[t.next]) if t.next >= 0 else None
    if left and nxt in lex.word_pairs:
        return f"{ctx.keys[first.prev]} {k} {nxt[1]}" in lex.word_triples
    # A compound of running text closed by the first copy, its first word in no compound of its
    # own, meeting a pair running text writes more often than that compound (doanh thu | thu phí,
    # hay không | không chỉ).  Not a pair seen mostly as the compound read on (đặc biệt biệt là:
    # ``biệt là`` is 25 of 88 ``đặc biệt``), nor where a compound takes the first word
    # (chấp nhận việc việc đăng: ``nhận`` is taken by ``chấp nhận``).
    if left:
        closed = lex.text_pairs.get((ctx.keys[first.prev], k), 0)
        if 0 < closed < lex.text_pairs.get(nxt, 0) and not (
                ctx.toks.prev[first.prev] >= 0
                and (ctx.keys[ctx.toks.prev[first.prev]], ctx.keys[first.prev]) in lex.word_pairs):
            return False
    # A reduplication seen in running text before a compound (bán nhà nhà nước: state houses).
    if nxt in lex.word_pairs and lex.text_pairs.get((k, k), 0) >= 2:
        return False
    return True


def _recased_double(ctx: _Ctx, i: int) -> bool:
    """Token ``i`` is a lower-case word that the next token repeats with a capital, nothing
    after it (``theo điều Điều 257``, ``của bộ Bộ này``): the word typed twice, the second time
    as the name it is.  Not where a capitalized word follows (``miền nam Nam Bộ``, ``ông Ông
    Văn Bình``: the capital opens a name), nor where either copy makes a dictionary word with
    its other neighbour (``chức vụ Vụ trưởng``, ``Phòng không Không quân``), nor a
    reduplication."""
    toks = ctx.toks
    w, v = toks.texts[i], toks.texts[i + 1]
    if not w.islower() or v[:1].islower() or not v[1:].islower() or toks.initial[i + 1]:
        return False
    k = ctx.keys[i]
    if k in ctx.lex.doubles or k not in ctx.lex.known or v in family_names():
        return False
    n, p = toks.next[i + 1], toks.prev[i]
    if n >= 0 and (toks.texts[n][:1].isupper() or (k, ctx.keys[n]) in ctx.lex.word_pairs):
        return False
    # Two words meeting (hội trường | Trường, trở thành | Thành phố) are no doubling.
    return p < 0 or (ctx.keys[p], k) not in ctx.lex.word_pairs


def _doubled_slip(ctx: _Ctx, i: int) -> str | None:
    """Token ``i`` repeats the next word, and a one-slip variant of it makes a dictionary word
    with that word (công nghệ tiến tiến → tiên tiến): the first copy is that variant."""
    k = ctx.keys[i]
    t = ctx.toks[i + 1]
    if not ctx.toks[i].text.islower() or (t.next >= 0 and (k, ctx.keys[t.next]) in ctx.lex.word_pairs):
        return None  # the second copy opens a compound (chấm dứt hiện hiện tượng): a doubling
    found = sorted(((ctx.lex.text_pairs.get((c, k), 0), c) for c, ch, _ in _variants(k)
                    if ch == "tone" and (c, k) in ctx.lex.word_pairs), reverse=True)
    if not found or found[0][0] < 2 or (len(found) > 1 and found[0][0] < 2 * found[1][0]):
        return None  # unseen in running text, or no clear winner (tiên tiến, tiền tiến)
    return found[0][1]


# A tight compound: a dictionary pair seen this often in running text that is this share of the
# running-text use of its commoner word (bao nhiêu, ủng hộ, chủ nghĩa, thông qua): either word
# all but calls for the other.
_TIGHT_COUNT = 10
_TIGHT_SHARE = 0.3


@cache
def _tight_pairs() -> tuple[dict[tuple[str, str], tuple[str, ...]], dict[tuple[str, str], tuple[str, ...]]]:
    """``(a, b) -> (c, ...)`` for a pair never seen in running text nor in a dictionary word
    whose second word ``b`` is one slip (:func:`_variants`, :func:`_letter_slips`) from a ``c``
    that makes a tight compound ``a c`` (bao nhiều → bao nhiêu, ủng hội → ủng hộ); and the same
    for the first word of a pair before a tight compound's second (yếu cầu → yêu cầu)."""
    lex = lexicon()
    tf = lex.text_freq
    tight = [(a, c) for (a, c), n in lex.text_pairs.items()
             if n >= _TIGHT_COUNT and (a, c) in lex.word_pairs
             and n >= _TIGHT_SHARE * max(tf.get(a, 0), tf.get(c, 0))]
    wanted = set(chain.from_iterable(tight))
    slips_to: dict[str, list[str]] = {}  # c -> the known words one slip from it
    for b in sorted(lex.known):
        typed = split_tone(b)[1]
        # a letter slip keeps the tone typed (nghĩ for nghĩa, hội for hộ), and is no fix between
        # two frequent words, either of which the writer may mean (thông quan, customs, is no
        # dictionary word: not thông qua)
        slips = [c for c in _letter_slips(b) if split_tone(c)[1] == typed
                 and min(tf.get(b, 0), tf.get(c, 0)) < _FUNCTION_FREQ]
        for c in chain((v for v, _, _ in _variants(b)), slips):
            if c in wanted:
                slips_to.setdefault(c, []).append(b)
    left: dict[tuple[str, str], list[str]] = {}
    right: dict[tuple[str, str], list[str]] = {}
    for a, c in tight:
        for b in slips_to.get(c, ()):
            if (a, b) not in lex.pair_code:
                left.setdefault((a, b), []).append(c)
        for b in slips_to.get(a, ()):
            if (b, c) not in lex.pair_code:
                right.setdefault((b, c), []).append(a)
    return ({p: tuple(v) for p, v in left.items()}, {p: tuple(v) for p, v in right.items()})


# A word is bound on one side when it was seen this often not closing (opening) a compound on the
# other, and this share of those times opened (closed) one: tham, 102 of 102; thiểu, 10 of 10.
_BOUND_SEEN = 5
_BOUND_SHARE = 0.8
_BOUND_COUNT = 2  # a bound word's compound seen this often in running text vouches
_RARE_DICT = 15  # a syllable in at most this many dictionary words is a rare one
# The article's own use of a bound word's compound vouches when running text has it this often
# (not giá | thị, seen twice: giá thị trường).
_BOUND_DOC = 3
# A bound syllable's compound that is this share of its use, seen this often, holds it: a diacritic
# slip beside it needs no other evidence (tại nạn → tai nạn: 7 of 9 ``nạn``).
_HOLD_COUNT = 5
_HOLD_SHARE = 0.5
# A bound syllable's compound seen this often in running text is a strong one: beside it a word
# met in running text one classic confusion from its partner (:func:`_confusions`), known beside
# neither neighbour, is a slip (quy tình → quy trình).
_STRONG_COUNT = 20
# ... and a strong compound this share of its bound syllable's use holds it against a word one
# classic confusion from its partner, whatever the word's own pairs (có thời giam: thời gian is
# 61 of 175 ``thời``; not chính | chị, chính trị being 140 of 784 ``chính``).
_STRONG_SHARE = 0.3
# A bound syllable's compound this many times as common as the neighbour's own compound on its
# far side (thời gian, 61, against có thời, 2) may take the neighbour from it.
_FAR_BOND_RATIO = 20
# Onsets confused by the way a region speaks (tr/ch in the north: tập chung for tập trung; s/x,
# d/gi/r): a real word with the other onset.
_ONSET_CONFUSIONS = {
    "ch": ("tr",),       # tập chung → tập trung
    "tr": ("ch",),       # dây truyền → dây chuyền
    "s": ("x",),         # sa xôi → xa xôi
    "x": ("s",),         # xử dụng → sử dụng
    "d": ("gi", "r"),    # dải quyết → giải quyết
    "gi": ("d", "r"),    # giành dụm → dành dụm
    "r": ("d", "gi"),    # rành mạch / dành
    "l": ("n",),         # lăng lực → năng lực
    "n": ("l",),         # nãnh đạo → lãnh đạo
}


def _onset_swaps(b: str) -> list[str]:
    """``b`` with its onset one that a region's speech confuses with it (:data:`_ONSET_CONFUSIONS`)."""
    onset = next((o for o in ONSETS if o and b.startswith(o)), "")
    return [o + b[len(onset):] for o in _ONSET_CONFUSIONS.get(onset, ())]


# Finals a writer's ear confuses (the south merges n/ng, t/c; a stop for the nasal made at the
# same place, m/n): a real word with the other final, the tone kept (thời giam for thời gian,
# quát for quán, buồn for buồng).
_FINAL_CONFUSIONS = (
    ("ng", "n"),         # buồn nổ → buồng nổ
    ("n", "ng"),         # Việt Nan / cơ quang
    ("nh", "n"),         # chính / chín
    ("n", "nh"),
    ("ch", "nh"),        # thàch tích → thành tích
    ("nh", "ch"),
    ("c", "t"),          # Mặc khác → Mặt khác
    ("t", "c"),
    ("n", "t"),          # tâm huyến → tâm huyết
    ("t", "n"),          # quát triệt → quán triệt
    ("m", "p"),          # Xí nghiệm → Xí nghiệp
    ("p", "m"),
    ("m", "n"),          # thời giam → thời gian
    ("n", "m"),          # Việt Nan → Việt Nam
    ("ng", "c"),
    ("c", "ng"),
)
# A two-letter onset typed with one letter (quy tình for quy trình), with a letter too many
# (trình trạng for tình trạng), or with the other of the t-clusters (tổn trương for tổn
# thương): the onset as meant.
_ONSET_CLUSTERS = {
    "t": ("th", "tr"),   # quy tình → quy trình
    "th": ("tr", "t"),   # thường xuyên written trường xuyên
    "tr": ("th", "t"),   # tổn trương → tổn thương, trình trạng → tình trạng
    "c": ("ch",),        # cịu → chịu
    "ch": ("c",),        # chủa → của
    "n": ("nh", "ng"),   # nững → những
    "nh": ("n",),        # tai nhạn → tai nạn
    "ng": ("n",),        # thế ngào → thế nào
    "k": ("kh",),        # kó → khó
    "kh": ("k",),        # khinh tế → kinh tế
    "g": ("gh", "gi"),   # gải → giải
    "p": ("ph",),        # pát → phát
    "ph": ("p",),        # phin mặt trời → pin mặt trời
}


@lru_cache(maxsize=WORD_CACHE)
def _confusions(b: str) -> tuple[str, ...]:
    """The attested syllables a real word ``b`` may be written for by one of the classic confusions
    of Vietnamese spelling, the tone kept: an onset a region's speech confuses (tr/ch, s/x,
    d/gi/r, l/n: :data:`_ONSET_CONFUSIONS`), a two-letter onset with a letter lost or the other
    t-cluster (:data:`_ONSET_CLUSTERS`), a final the ear confuses (:data:`_FINAL_CONFUSIONS`)."""
    known = lexicon().known
    onset = next((o for o in ONSETS if o and b.startswith(o)), "")
    cands = set(_onset_swaps(b))
    cands.update(o + b[len(onset):] for o in _ONSET_CLUSTERS.get(onset, ()))
    cands.update(b[:-len(a)] + f for a, f in _FINAL_CONFUSIONS if b.endswith(a) and len(b) > len(a))
    typed = split_tone(b)[1]
    return tuple(sorted(c for c in cands if c != b and c in known and split_tone(c)[1] == typed))


def _far_slips_to(wanted: frozenset) -> dict[str, list[str]]:
    """``c -> [b, ...]``: the known words ``b`` one slip from each wanted ``c`` by any of
    :func:`_variants`, :func:`_letter_slips` (the tone kept), an onset swap
    (:func:`_onset_swaps`) or one letter typed for another, the tone kept (quát for quán)."""
    lex = lexicon()
    tf = lex.text_freq
    out: dict[str, set[str]] = {}
    by_hole: dict[tuple[int, str], list[str]] = {}  # a wanted word with one letter out, where
    for s in sorted(wanted):
        for j in range(len(s)):
            by_hole.setdefault((j, s[:j] + s[j + 1:]), []).append(s)
    for b in sorted(lex.known):
        typed = split_tone(b)[1]
        # a letter slip between two frequent words is left, as in :func:`_tight_pairs` (thông quan)
        rare = tf.get(b, 0) < _FUNCTION_FREQ
        cands = set(c for c in _letter_slips(b) if split_tone(c)[1] == typed)
        for j in range(len(b)):
            cands.update(c for c in by_hole.get((j, b[:j] + b[j + 1:]), ()) if split_tone(c)[1] == typed)
        if not rare:
            cands = {c for c in cands if tf.get(c, 0) < _FUNCTION_FREQ}
        cands.update(v for v, _, _ in _variants(b))
        cands.update(_confusions(b))
        cands.discard(b)
        for c in cands & wanted:
            out.setdefault(c, set()).add(b)
    return {c: sorted(v) for c, v in out.items()}


@cache
def _loose_pairs() -> tuple[dict[tuple[str, str], tuple[str, ...]], dict[tuple[str, str], tuple[str, ...]]]:
    """:func:`_tight_pairs` for a word bound on one side (:func:`~.lexicon.bound_counts`: tham
    opens tham gia, tham nhũng, tham quan nearly always) and a compound of it seen in running
    text (:data:`_BOUND_COUNT`), beside a word one slip, one letter or one confused onset away
    from its partner (:func:`_far_slips_to`: tham những → tham nhũng, tập chung → tập trung,
    quát triệt → quán triệt); the pairs already in :func:`_tight_pairs` left out."""
    lex = lexicon()
    tight_left, tight_right = _tight_pairs()
    rb, lb = bound_counts()
    bound_r = {a for a, (n, d) in rb.items() if d >= _BOUND_SEEN and n >= _BOUND_SHARE * d}
    bound_l = {a for a, (n, d) in lb.items() if d >= _BOUND_SEEN and n >= _BOUND_SHARE * d}
    partners = [(a, c) for (a, c), n in lex.text_pairs.items()
                if n >= _BOUND_COUNT and (a, c) in lex.word_pairs and (a in bound_r or c in bound_l)]
    far_to = _far_slips_to(frozenset(chain.from_iterable(partners)))
    left: dict[tuple[str, str], list[str]] = {}
    right: dict[tuple[str, str], list[str]] = {}
    for a, c in partners:
        # (only where :func:`_resolve_tight` may take the partner: a compound seen often enough
        # for the article's own use of it to vouch, or a rare word not a far key away)
        n = lex.text_pairs[a, c]
        often = n >= _BOUND_DOC
        if a in bound_r:
            held = _holds(lex, n, a)
            for b in far_to.get(c, ()):
                if _unattested(lex, (a, b), n) and (a, b) not in tight_left and _may_take(lex, b, c, often, held):
                    left.setdefault((a, b), []).append(c)
        if c in bound_l:
            held = _holds(lex, n, c)
            for b in far_to.get(a, ()):
                if _unattested(lex, (b, c), n) and (b, c) not in tight_right and _may_take(lex, b, a, often, held):
                    right.setdefault((b, c), []).append(a)
    return ({p: tuple(v) for p, v in left.items()}, {p: tuple(v) for p, v in right.items()})


def _confusable(lex: Lexicon, b: str) -> bool:
    """A word :func:`_confused_pairs` may take for a strong compound's: one met in running text but
    not a frequent one (:data:`_BOUND_SEEN`, :data:`_FUNCTION_FREQ`), or one hardly ever written
    (:func:`_rare_syllable`: xố, hợm; not chị, in many dictionary words)."""
    return _BOUND_SEEN <= lex.text_freq.get(b, 0) < _FUNCTION_FREQ or _rare_syllable(lex, b)


def _unattested(lex: Lexicon, pair: tuple[str, str], count: int) -> bool:
    """A pair no dictionary or running text knows, or one running text writes once where it
    writes a strong compound one slip away (:data:`_STRONG_COUNT`: tính hình once, tình hình 22
    times): that one sighting is a slip of the text itself."""
    code = lex.pair_code.get(pair, 0)
    return not code or (code == 2 and count >= _STRONG_COUNT)


def _may_take(lex: Lexicon, b: str, c: str, often: bool, held: bool) -> bool:
    """A bound syllable's partner ``c`` may be taken for ``b`` somewhere (:func:`_resolve_tight`):
    its compound seen ``often`` in running text, ``b`` a rare word one near key from it, or the
    compound ``held`` and ``b`` a diacritic from ``c``; and the two not spellings both in use."""
    return (often or (_rare_syllable(lex, b) and not _far_key(b, c))
            or (held and (_diacritic_of(b, c) or c in _confusions(b)))) \
        and c != _iy_variant(b) and not _ay_alternation(b, c)


def _holds(lex: Lexicon, count: int, j: str) -> bool:
    """A compound seen ``count`` times is most of its bound syllable ``j``'s use (tai nạn: 7 of 9)."""
    return count >= _HOLD_COUNT and count >= _HOLD_SHARE * lex.text_freq.get(j, 0)


def _diacritic_of(b: str, c: str) -> bool:
    """``b`` is ``c`` with one diacritic slipped (:func:`_variants`' channels but a lost final)."""
    return any(v == c and ch != "final" for v, ch, _ in _variants(b))


def _rare_syllable(lex: Lexicon, k: str) -> bool:
    """A syllable hardly ever written: seen at most twice in running text and in at most
    :data:`_RARE_DICT` dictionary words (trạnh, tọng, chơ; not rình, thịt, tan)."""
    tf = lex.text_freq.get(k, 0)
    return tf <= 2 and lex.freq.get(k, 0) - tf <= _RARE_DICT


# The letter keys of a QWERTY keyboard by row: a key touches its neighbours in its row and the two
# keys below it (w: q, e, a, s), the rows being staggered.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYS_NEAR = {a: set() for a in "".join(_KEY_ROWS)}
for _r, _row in enumerate(_KEY_ROWS):
    for _i, _a in enumerate(_row):
        _near = set(_row[max(0, _i - 1):_i + 2])
        if _r + 1 < len(_KEY_ROWS):
            _near.update(_KEY_ROWS[_r + 1][max(0, _i - 1):_i + 1])
        for _b in _near - {_a}:
            _KEYS_NEAR[_a].add(_b)
            _KEYS_NEAR[_b].add(_a)


def _far_key(b: str, c: str) -> bool:
    """``b`` is ``c`` with one letter typed for another whose key is not beside it (rình for hình;
    not trạnh for trạng: h and g are neighbours); the letters compared without diacritics."""
    if len(b) != len(c):
        return False
    diff = [(x, y) for x, y in zip(b, c) if x != y]
    if len(diff) != 1:
        return False
    x, y = (_BASE.get(ch, ch).replace("đ", "d") for ch in diff[0])
    return x != y and y not in _KEYS_NEAR.get(x, ())


@cache
def _can_chi() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The ten stems and twelve branches of the sexagenary cycle, in order (``can_chi.txt``)."""
    rows = {}
    for line in (DATA / "can_chi.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, names = line.split("\t", 1)
            rows[name] = tuple(names.split())
    return rows["stems"], rows["branches"]


_VOWEL_PLAIN = {"â": "a", "ă": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u"}


def _slips_of(word: str) -> frozenset[str]:
    """The spellings one slip from a lower-case syllable, attested or not: another tone (or
    none), one vowel's hat or horn lost, d for đ, every mark lost, the last letter lost (ngày:
    ngay, ngáy, ngạy, ngà; năm: nằm, nam; đồng: động, đông, dồng, dong, đồn; tại: tài, tạ)."""
    bare, tone = split_tone(word)
    out = {with_tone(bare, t) for t in range(6) if t != tone}
    out.add(with_tone(bare[:-1], tone))
    for j, ch in enumerate(bare):
        if ch in _VOWEL_PLAIN:
            out.add(with_tone(bare[:j] + _VOWEL_PLAIN[ch] + bare[j + 1:], tone))
    if "đ" in bare:
        out.add(with_tone(bare.replace("đ", "d"), tone))
    out.add(skeleton(word))
    out.discard(word)
    return frozenset(key(w) for w in out if is_valid(w))


@dataclass(frozen=True, slots=True)
class _NumberWords:
    """:func:`_number_words`: slip -> the word, by the place a number gives it; the multipliers
    that make a number a sum; and the written forms (lower case, capitalized where the place
    takes a capital) of every slip met before a number and after one, for one set test."""
    date: dict[str, str]
    year: dict[str, str]
    month: dict[str, str]
    article: dict[str, str]
    amount: dict[str, str]
    count: dict[str, str]
    dated: dict[str, str]
    multipliers: frozenset[str]
    before_forms: frozenset[str]
    after_forms: frozenset[str]


@cache
def _number_words() -> _NumberWords:
    """The tables of ``number_words.txt``.  Before an article's number and after a count, a slip
    running text writes as a word (giai điệu 5, nhà số 5 ngay cạnh chợ, 2 làn xe) is left out."""
    places: dict[str, dict[str, str]] = {p: {} for p in ("date", "year", "month", "article", "amount", "count", "dated")}
    multipliers = set()
    tf = lexicon().text_freq
    for line in (DATA / "number_words.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, place = line.split("\t")
            if place == "multiplier":
                multipliers.add(key(word))
                continue
            slips = _slips_of(key(word))
            if place in ("article", "count"):
                slips = [s for s in slips if not tf.get(s)]
            places[place].update(dict.fromkeys(slips, key(word)))

    def forms(table: dict[str, str], capital: bool) -> set[str]:
        low = {place_tone(s, style) for s in table for style in ("old", "new")}
        return low | {s[:1].upper() + s[1:] for s in low} if capital else low

    before = forms(places["date"], True) | forms(places["month"], True) | forms(places["article"], True) \
        | forms(places["year"], False)
    after = forms(places["amount"], False) | forms(places["count"], False) | forms(places["dated"], False) \
        | multipliers
    return _NumberWords(**places, multipliers=frozenset(multipliers), before_forms=frozenset(before),
                        after_forms=frozenset(after))


# What follows a word before a date or a year, and what ends the text before a sum's word.
_DATE_NEXT = re.compile(r"""
    [ ](?:0?[1-9]|[12]\d|3[01])
    (?:/(?:0?[1-9]|1[0-2])                             # ngay 25/4, ngay 05/10
       (?:/(?:19|20)\d\d)?                            # ngay 25/4/2019
       (?![\d/])
    |  [ ]tháng[ ]\d)                                  # ngáy 5 tháng 10
""", re.X)
_ARTICLE_NEXT = re.compile(r"""
    [ ]\d{1,3}(?![\d/:]|[.,]\d)                        # theo Điệu 5, khoản 2 → Điều 5
""", re.X)
_YEAR_NEXT = re.compile(r"""
    [ ](?:19|20)\d\d                                 # nằm 2019
    (?![\d/]|[.,]\d)                                  # (not 2019/QĐ, 2019,5)
""", re.X)
_MONTH_NEXT = re.compile(r"""
    [ ](?:0?[1-9]|1[0-2])
    (?:/(?:19|20)\d\d(?![\d/])                         # thang 5/2019
    |  (?![\d/]|[.,]\d)(?=[ ]+năm[ ]|[ ]*[,.;)]|\Z))   # ngày 5 thang 10 năm 2019, ngày 5 thắng 10.
""", re.X)
_DAY_BEFORE = re.compile(r"""
    [Nn]gày[ ](?:0?[1-9]|[12]\d|3[01])[ ]\Z           # ngày 5 (thắng) 10
""", re.X)
_SUM_BEFORE = re.compile(r"""
    \d[ ]\Z                                           # 9.500 (tỉ), 5 (triệu)
""", re.X)
_DATED_BEFORE = re.compile(r"""
    \d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?,[ ]\Z     # Sáng 9-10, (tài) Cung Văn hóa; Sáng nay 1/7, (tạ) Hà Nội
""", re.X)
_COUNT_BEFORE = re.compile(r"""
    (?<![\d/.,:-])\d+(?:,\d+)?[ ]\Z                    # 3 (ngươi), 45 (tuồi), 2,5 (thang); not 25/4, 9:30
""", re.X)
_THOUSANDS_BEFORE = re.compile(r"""
    \d[.]\d{3}[ ]\Z                                   # 500.000 (dồng)
""", re.X)


def _number_edits(ctx: _Ctx, style: str) -> list[Edit]:
    """A word one slip from the word a number beside it calls for (:func:`_number_words`): before
    a date ``ngày`` (``ngay 25/4``), before a year ``năm`` (``tháng 3 nằm 2019``), before a month
    ``tháng`` (``thang 5/2019``, ``ngày 5 thắng 10 năm 2019``), before an article's number ``điều``
    (``theo Điệu 5``: a slip running text never writes, no family name), after a date and its
    comma before a name ``tại`` (``Sáng 9-10, tài Cung Văn hóa``), after a count the unit counted
    (``12 ngưởi``, ``45 tuồi``, ``3 thang``, ``30 ngay.``), after a sum
    ``đồng`` (``9.500 tỉ động.``, ``500.000 dồng``) where the word reads on into no pair with the
    next one (``3 triệu động vật``).  Lower case, or a sentence's first word; never a name
    (``Việt Nam 2019``).  Only the tokens beside a cut are asked (numbers are no tokens): one set
    test over them for most articles.  A slip that lost every mark (``ngay``, ``nam``) only in
    accented text."""
    text, toks, keys = ctx.text, ctx.toks, ctx.keys
    cuts = toks.cuts
    nw = _number_words()
    out: list[Edit] = []
    texts, initial = toks.texts, toks.initial
    ends = cuts + [len(keys) - 1]  # the tokens a number may follow
    at_ends = _all_of(texts, ends)
    if not nw.before_forms.isdisjoint(at_ends):
        for i in compress(ends, map(nw.before_forms.__contains__, at_ends)):
            w, k = texts[i], keys[i]
            if k in nw.article and w not in family_names() and _ARTICLE_NEXT.match(text, toks.end(i)):
                # (an article is often named with its capital: theo Điệu 5; not Điêu, a family name)
                out.append(Edit(toks.start(i), toks.end(i), _styled(_case_like(w, nw.article[k]), style),
                                "typo/number"))
                continue
            if not (w.islower() or initial[i]):
                continue
            end = toks.end(i)
            if k in nw.date and _DATE_NEXT.match(text, end):
                fixed = nw.date[k]
            elif k in nw.year and _YEAR_NEXT.match(text, end):
                fixed = nw.year[k]
            elif k in nw.month and (m := _MONTH_NEXT.match(text, end)) and (
                    m.group().count("/") or _DAY_BEFORE.search(text, max(0, toks.start(i) - 8), toks.start(i))):
                fixed = nw.month[k]
            else:
                continue
            if has_marks(w) or ctx.accented:  # (asked last: the whole article is read for it)
                out.append(Edit(toks.start(i), end, _styled(_case_like(w, fixed), style), "typo/number"))
    if not cuts:
        return out
    at_starts = _all_of(texts, [c + 1 for c in cuts])
    if not nw.after_forms.isdisjoint(at_starts):
        nxt, code = toks.next, lexicon().pair_code
        for c in compress(cuts, map(nw.after_forms.__contains__, at_starts)):
            i = c + 1
            k = keys[i]
            if k in nw.multipliers:
                j = nxt[i]
                if j < 0 or keys[j] not in nw.amount:
                    continue
                start = toks.start(i)
                if not _SUM_BEFORE.search(text, max(0, start - 2), start):
                    continue
                start = toks.start(j)
                table = nw.amount
            elif k in nw.dated:
                j = nxt[i]
                if j >= 0 and texts[j][:1].isupper():
                    start = toks.start(i)
                    if _DATED_BEFORE.search(text, max(0, start - 14), start):
                        out.append(Edit(start, start + len(texts[i]), _styled(nw.dated[k], style), "typo/number"))
                continue
            else:
                j = i
                start = toks.start(i)
                if k in nw.amount:
                    if not _THOUSANDS_BEFORE.search(text, max(0, start - 6), start):
                        continue
                    table = nw.amount
                else:
                    if not _COUNT_BEFORE.search(text, max(0, start - 12), start):
                        continue
                    table = nw.count
            k, w = keys[j], texts[j]
            if k not in table or not w.islower() or (nxt[j] >= 0 and (k, keys[nxt[j]]) in code) \
                    or not (has_marks(w) or ctx.accented):
                continue
            out.append(Edit(start, start + len(w), _styled(table[k], style), "typo/number"))
    return out


def _one_edit(a: str, b: str) -> bool:
    """Two keys one slip apart: the same letters but for their diacritics, or one letter
    dropped, added or typed for another (tuấn, tuất)."""
    if skeleton(a) == skeleton(b):
        return True
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) - len(short) == 1 and any(long_[:j] + long_[j + 1:] == short for j in range(len(long_)))


@cache
def _year_pairs() -> frozenset[tuple[str, str]]:
    """(stem, word) for every known word one slip (:func:`_one_edit`) from a branch, as keys:
    the pairs :func:`_resolve_year_name` is asked about (mậu tuấn)."""
    stems, branches = _can_chi()
    lex = lexicon()
    keys = [key(b) for b in branches]
    slips = [w for w in sorted(lex.known) if w not in keys and any(_one_edit(w, b) for b in keys)]
    return frozenset((key(s), w) for s in stems for w in slips)


# A year after a year's name: Mậu Tuất 2018, Mậu Tuất (2018).
_YEAR_AFTER = re.compile(r"[ (]{1,2}(\d{4})(?!\d)")


def _resolve_year_name(ctx: _Ctx, i: int) -> tuple[str, str] | None:
    """A capitalized word after a stem and before a year, one slip from the branch the year has,
    the stem being the year's (Mậu Tuấn 2018 → Mậu Tuất): the year names it."""
    toks = ctx.toks
    p, w = toks.prev[i], toks.texts[i]
    stems, branches = _can_chi()
    if p < 0 or not w[:1].isupper() or toks.texts[p] not in stems:
        return None
    m = _YEAR_AFTER.match(ctx.text, toks.end(i))
    if m is None:
        return None
    year = int(m.group(1))
    want = branches[(year - 4) % 12]
    if stems[(year - 4) % 10] != toks.texts[p] or not _one_edit(ctx.keys[i], key(want)):
        return None
    return want, "typo/year"


@cache
def _tight_visits() -> tuple[frozenset[tuple[str, str]], frozenset[tuple[str, str]]]:
    """The pairs whose second word, and those whose first word, :func:`_resolve_tight` is asked
    about: :func:`_tight_pairs`, :func:`_loose_pairs` and :func:`_year_pairs` (second words)."""
    tight_second, tight_first = _tight_pairs()
    loose_second, loose_first = _loose_pairs()
    confused_second, confused_first = _confused_pairs()
    return (frozenset(chain(tight_second, loose_second, confused_second, _year_pairs())),
            frozenset(chain(tight_first, loose_first, confused_first)))


# A compound seen this often in running text, a fair share of its rarer word's use
# (:data:`_BOND_COMPOUND`), is a strong one: a word met in running text (:data:`_BOUND_SEEN`) but
# not a frequent one (:data:`_FUNCTION_FREQ`: sau ngày, không lên make pairs a small corpus has
# not seen), or one hardly ever written (:func:`_rare_syllable`), one classic confusion from one
# of its words, beside the other, in a pair nothing knows, is a slip (:func:`_confusable`).
_CONFUSED_COUNT = 10


@cache
def _confused_pairs() -> tuple[dict[tuple[str, str], tuple[str, ...]], dict[tuple[str, str], tuple[str, ...]]]:
    """:func:`_tight_pairs` for a strong compound of running text (:data:`_CONFUSED_COUNT`, whether
    or not either word is bound) and a word :func:`_confusable` one classic confusion
    (:func:`_confusions`) from either of its words (Mặc khác → Mặt khác): ``(a, b) -> (c, ...)``
    where ``a c`` is the compound, and ``(b, c) -> (a, ...)``; the pairs the other tables hold
    left out (their rules decide those)."""
    lex = lexicon()
    tf = lex.text_freq
    taken = [_tight_pairs(), _loose_pairs()]
    left: dict[tuple[str, str], list[str]] = {}
    right: dict[tuple[str, str], list[str]] = {}
    for (a, c), n in sorted(lex.text_pairs.items()):
        if n < _CONFUSED_COUNT or (a, c) not in lex.word_pairs or n < _BOND_COMPOUND * min(tf.get(a, 0), tf.get(c, 0)):
            continue
        for b in _confusions(c):
            if _confusable(lex, b) and _unattested(lex, (a, b), n) \
                    and not any((a, b) in t[0] for t in taken):
                left.setdefault((a, b), []).append(c)
        for b in _confusions(a):
            if _confusable(lex, b) and _unattested(lex, (b, c), n) \
                    and not any((b, c) in t[1] for t in taken):
                right.setdefault((b, c), []).append(a)
    return ({p: tuple(v) for p, v in left.items()}, {p: tuple(v) for p, v in right.items()})


# Final consonants made at one place in the mouth, a stop for a nasal (huyến for huyết, quát for
# quán): a slip of ear, the tone kept.
_FINAL_PLACE = (("m", "p"), ("p", "m"), ("n", "t"), ("t", "n"), ("ng", "c"), ("c", "ng"))
_CONSONANT_KEYS = "bcdghklmnpqrstvx"


@lru_cache(maxsize=WORD_CACHE)
def _near_slips(low: str) -> tuple[str, ...]:
    """The attested syllables a lower-case word that is no attested syllable may be a slip for
    besides :func:`_letter_slips`: its onset as a region's speech confuses it (xản → sản, chễ →
    trễ: :func:`_onset_swaps`), a consonant typed with a key beside the right one (vườm → vườn),
    or a final stop for its nasal or the reverse (huyến → huyết)."""
    lex = lexicon()
    cands = set(_onset_swaps(low))
    for j, ch in enumerate(low):
        if ch in _CONSONANT_KEYS:
            cands.update(low[:j] + o + low[j + 1:] for o in _KEYS_NEAR[ch] if o in _CONSONANT_KEYS)
    cands.update(low[:-len(a)] + b for a, b in _FINAL_PLACE if low.endswith(a))
    cands.intersection_update(lex.known)
    cands.discard(low)
    return tuple(sorted(cands))


def _beside_lone_letter(text: str, start: int, end: int) -> bool:
    """A letter standing alone (but for punctuation) one space before ``start`` or after ``end``:
    a word broken by a stray space (``trường,c hất lượng``, ``k hó khăn``)."""
    before, after = text[max(0, start - 3):start], text[end:end + 3]
    return (len(before) >= 2 and before[-1] == " " and before[-2].isalpha()
            and (len(before) < 3 or not before[-3].isalpha())) \
        or (len(after) >= 2 and after[0] == " " and after[1].isalpha() and (len(after) < 3 or not after[2].isalpha()))


def _resolve_tight(ctx: _Ctx, i: int) -> tuple[str, str] | None:
    """A real word beside which a one-slip variant makes a tight compound (:func:`_tight_pairs`)
    with a neighbour, the word making no pair with that neighbour and only a loose one with the
    other (bao nhiều nước → bao nhiêu; ủng hội Việt Nam → ủng hộ): the compound is meant.  Not
    where the neighbour is taken by its own compound (nguyên nhân | dẫn đến), nor where the word
    makes a compound of running text or a pair that is a fair share of its use with its other
    neighbour (ông chủ nghĩ rằng), nor in names, nor a pair the article writes twice."""
    toks, keys, lex = ctx.toks, ctx.keys, ctx.lex
    texts = toks.texts
    w = texts[i]
    if toks.prev[i] >= 0 and (keys[toks.prev[i]], keys[i]) in _year_pairs():
        return _resolve_year_name(ctx, i)  # (Mậu Tuấn 2018)
    if len(w) < 2 or (not w.islower() and not (toks.initial[i] and w[1:].islower())):
        if len(w) > 1 and w[1:].islower() and not toks.initial[i]:
            return _resolve_name_pair(ctx, i)
        return None  # a lone letter (broken spacing: Ủ y ban), a name
    k = keys[i]
    left, right = _tight_pairs()
    loose_left, loose_right = _loose_pairs()
    confused_left, confused_right = _confused_pairs()
    p, n = toks.prev[i], toks.next[i]
    found: list[tuple[int, str, str]] = []
    for j, other, side in ((p, n, -1), (n, p, +1)):
        if j < 0 or (side < 0 and not ctx.left_ok(i)) or (side > 0 and not ctx.right_ok(i)):
            continue
        cands = left.get((keys[j], k)) if side < 0 else right.get((k, keys[j]))
        loose = loose_left.get((keys[j], k)) if side < 0 else loose_right.get((k, keys[j]))
        confused = confused_left.get((keys[j], k)) if side < 0 else confused_right.get((k, keys[j]))
        if not cands and not loose and not confused:
            continue
        far = toks.prev[j] if side < 0 else toks.next[j]
        far_seen = 0
        if far >= 0:
            if texts[j][:1].isupper() and not toks.initial[j] and texts[far][:1].isupper():
                continue  # the neighbour is a syllable of a name (Liên Việt | năm)
            taken = (keys[far], keys[j]) if side < 0 else (keys[j], keys[far])
            if taken in lex.word_pairs:
                far_seen = lex.text_pairs.get(taken, 0)
                if far_seen and not loose:
                    continue  # the neighbour makes a word on its far side (kết thúc | đầy, dẫn chứng | khoản)
                if not far_seen:
                    loose = confused = None  # (or a dictionary word only: Khải đã | hội đàm)
        # (a word known beside its other neighbour takes a bound neighbour's partner only where
        # the article writes that compound elsewhere)
        known_other = False
        other_ok = other >= 0 and (ctx.right_ok(i) if side < 0 else ctx.left_ok(i))  # (not a name's syllable)
        if other_ok:
            pair = (k, keys[other]) if side < 0 else (keys[other], k)
            known_other = pair in lex.pair_code
            seen = lex.text_pairs.get(pair, 0)
            if seen and ((pair in lex.word_pairs and seen >= _BOUND_DOC) or _bond(ctx, seen, *pair) >= _BOND_COMPOUND):
                continue  # the word makes its own pair on the other side (not a dictionary pair
                # seen once or twice, a fraction of its words' use: những | là)
        for c, rule in chain(zip(cands or (), repeat("typo/tight")), zip(loose or (), repeat("typo/bound")),
                             zip(confused or (), repeat("typo/confusion"))):
            if _copies_neighbour(ctx, i, c) or (rule == "typo/confusion" and (
                    known_other or (other < 0 and not toks.initial[i]))):
                continue  # (a strong compound's word confused needs a word known beside neither
                # neighbour, both words: not one before a number, sau ngày | 1/7)
            cp = (keys[j], c) if side < 0 else (c, keys[j])
            count = lex.text_pairs.get(cp, 0)
            if far_seen and (rule != "typo/bound" or far_seen * _FAR_BOND_RATIO > count
                             or not other_ok or known_other):
                continue  # the neighbour makes a word on its far side (kết thúc | đầy, dẫn chứng |
                # khoản), but for a bound syllable's compound many times as common, the word
                # known beside no lower-case word on its other side (có thời | giam | đảm: thời
                # gian; not báo công | dâng Bác)
            if c == _iy_variant(k) or _ay_alternation(k, c):
                continue  # both spellings of sĩ/sỹ, nảy/nẩy are in use
            if rule == "typo/bound" and not ((not known_other and _rare_syllable(lex, k) and not _far_key(k, c))
                                             or (count >= _BOUND_DOC and cp in ctx.doc_pairs)
                                             or (_holds(lex, count, keys[j]) and _diacritic_of(k, c))):
                # a bound word's partner needs a word hardly ever written (trạnh, tọng; a letter
                # typed for another only for a key beside it: not rình for hình), the article's
                # own use of it, or a compound that is most of the bound word's use one
                # diacritic or one classic confusion away (thời giam → thời gian, quát triệt →
                # quán triệt: :func:`_confusions`)
                strong = count >= _STRONG_COUNT
                if not ((_holds(lex, count, keys[j]) or (strong and count >= _STRONG_SHARE * lex.text_freq[keys[j]]))
                        and c in _confusions(k)) and not (
                        strong and not known_other and lex.text_freq.get(k, 0) >= _BOUND_SEEN
                        and (c in _confusions(k) or _diacritic_of(k, c))):
                    continue  # (a word running text hardly knows, chị, proves nothing by its
                    # unattested pairs: chính chị, she herself)
                rule = "typo/confusion"
            if _bound(ctx, j, side, count, True):
                continue  # the neighbour is taken by its own compound
            found.append((count, c, rule))
    if not found:
        return None
    found.sort(reverse=True)
    if len(found) > 1 and found[1][1] != found[0][1] and found[0][0] < 2 * found[1][0]:
        return None
    if keys.count(k) > 1 and _own_pair(ctx, i, k):
        return None
    if _beside_lone_letter(ctx.text, toks.start(i), toks.end(i)):
        return None  # broken spacing (c hất lượng, k hó khăn, T rung ương), no slip
    return _case_like(w, found[0][1]), found[0][2]


def _resolve_name_pair(ctx: _Ctx, i: int) -> tuple[str, str] | None:
    """A capitalized word beside a capitalized neighbour, one slip or one classic confusion from
    the word that makes with it a compound of the tables :func:`_resolve_tight` reads, where the
    article writes that compound at least twice and the word's pair only here (Đảng Cộng sản Việt
    Nan … Việt Nam, Việt Nam → Việt Nam): the article's own spelling of the name.  Never in a
    person's name (Lê Văn Tân beside Lê Văn Tâm), nor into a family name."""
    toks, keys, texts = ctx.toks, ctx.keys, ctx.toks.texts
    if ctx.in_person_name(i) or texts[i] in family_names():
        return None
    k = keys[i]
    tables = (_tight_pairs(), _loose_pairs(), _confused_pairs())
    found = set()
    for j, side in ((toks.prev[i], -1), (toks.next[i], +1)):
        if j < 0 or not texts[j][:1].isupper():
            continue
        written = (keys[j], k) if side < 0 else (k, keys[j])
        cands = set(chain.from_iterable(t[0 if side < 0 else 1].get(written, ()) for t in tables))
        cands = {c for c in cands if _case_like(texts[i], c) not in family_names()}
        if not cands:
            continue
        counts = ctx.phrase_counts(frozenset((keys[j], k, *cands)))
        if counts[written] > 1:
            continue
        found.update(c for c in cands if counts[(keys[j], c) if side < 0 else (c, keys[j])] >= 2)
    if len(found) != 1:
        return None
    return _case_like(texts[i], found.pop()), "typo/document"


def edits(text: str, style: str = "old", correct: bool = True) -> list[Edit]:
    """Tone-placement and typo edits for ``text`` (already NFC); kinds ``tone`` and ``typo/<rule>``."""
    out: list[Edit] = []
    styled = _styled_cache(style)
    if not correct:
        toks = words(text)
        texts = toks.texts
        for i, w in enumerate(texts):
            fresh = _styled_word(styled, w, style)
            if fresh != w:
                out.append(Edit(toks.start(i), toks.end(i), fresh, "tone"))
        return out
    toks = words(text, checked=False)
    texts = toks.texts
    if not texts:
        return out
    lex = lexicon()
    infos = _per_word(_word_infos(style), texts, lambda w: _word_info(w, style))
    keys, classes, pairs = _key_columns(infos)
    if _NOT_A_WORD in classes:  # a number isalpha refuses (², ½) in a run: the exact way
        toks = _words_slow(text)
        texts = toks.texts
        if not texts:
            return out
        infos = _per_word(_word_infos(style), texts, lambda w: _word_info(w, style))
        keys, classes, pairs = _key_columns(infos)
    ctx = _Ctx(lex, toks, keys, infos, text)
    known, code = lex.known, lex.pair_code
    after, before = _compounds()
    prev, nxt, initial = toks.prev, toks.next, toks.initial
    last = len(texts) - 1
    done = -1  # the last token looked at (or removed as a doubled word's second copy)
    todo, visits = _candidates(infos, keys, toks.cuts, classes, pairs)
    quick_of, empty = _quick, _EMPTY
    present = None  # the article's snapshot's keys, once taken
    variants_here: dict[str, frozenset] = {}  # word -> its variants among them
    for i, visit in zip(todo, visits):
        if i <= done:
            continue
        if visit == 2:
            # A weighed word no neighbour's compound vouches against: settled below unless the
            # article has the phrase with a variant.  The same tests as below, in their order
            # (the snapshot is taken where they take it).
            info = infos[i]
            if info[4] and not initial[i]:  # capitalized in mid-sentence
                continue
            if present is None:
                present = ctx.doc_snapshot[1]
            p, n = prev[i], nxt[i]
            if p < 0 or n < 0:
                continue
            w = texts[i]
            here = variants_here.get(w)
            if here is None:  # the word's variants the article has (its snapshot, taken above)
                vs = info[3]
                here = variants_here[w] = empty if vs.isdisjoint(present) else vs & present
            if not here:
                continue
            # (the phrase's keys three in a row of the snapshot: ``here`` is in it)
            lk, rk = keys[p], keys[n]
            for c in here:
                if ctx.in_row(lk, c, rk):
                    break
            else:
                continue
        weighed = visit & 2  # known to be weighed: the keys it was classed by still stand
        tight_check = visit & _TIGHT_VISIT
        tight_only = visit == _TIGHT_VISIT  # no other test looks at it: :func:`_resolve_tight` alone
        while True:  # this token, then the next one while fixes change the key before it
            done = i
            w = texts[i]
            new, kind = w, "tone"
            changed = False
            if len(w) <= _MAX_WORD:
                k = keys[i]
                p, n = prev[i], nxt[i]
                if weighed:
                    settled = False
                elif tight_only:
                    settled = True
                elif k in known:
                    # Attested beside a neighbour (a strong pair: a dictionary pair seen in
                    # running text, code 3 or 5, or any pair seen three times, code 6 up; or
                    # three sightings of the two pairs together), or without a one-slip variant:
                    # nothing to weigh.
                    # (pair codes: running-text count << 1 | dictionary pair)
                    lc = code.get((keys[p], k), 0) if p >= 0 else 0
                    rc = code.get((k, keys[n]), 0) if n >= 0 else 0
                    settled = lc == 3 or lc == 5 or rc == 3 or rc == 5 or (lc >> 1) + (rc >> 1) > 2 \
                        or not _variants(k)
                else:
                    settled = False
                # The common case, answered without building the token's context: a real
                # word none of whose fixable variants makes with either neighbour a
                # dictionary compound seen twice in running text (every fix of
                # :func:`_resolve_real_word` needs one, but a rare word's into a variant seen
                # 15 times beside a neighbour), and none of whose variants is in this phrase
                # elsewhere in the article.
                if not settled and (weighed or k in known):
                    quick = quick_of(w)
                    if quick is not None:
                        fixable, vs, phrase, beside = quick
                        if (p < 0 or fixable.isdisjoint(after.get(keys[p], empty))) \
                                and (n < 0 or fixable.isdisjoint(before.get(keys[n], empty))) \
                                and not (beside and any((p >= 0 and code.get((keys[p], c), 0) >= need)
                                                        or (n >= 0 and code.get((c, keys[n]), 0) >= need)
                                                        for c, need in beside)):
                            # :func:`_resolve_by_phrase`'s tests, in its order (it takes the
                            # article's snapshot where it would)
                            if phrase and not (w[:1].isupper() and not initial[i]):
                                if present is None:
                                    present = ctx.doc_snapshot[1]
                                if p >= 0 and n >= 0:
                                    here = vs & present  # the variants the article has at all
                                    if here:
                                        lk, rk = keys[p], keys[n]
                                        settled = not any(ctx.in_row(lk, c, rk) for c in here)
                                    else:
                                        settled = True
                                else:
                                    settled = True
                            else:
                                settled = True
                if not settled:
                    fixed = _resolve(ctx, i)
                    if fixed is not None and key(fixed[0]) != k:
                        new, kind = fixed
                        keys[i] = key(new)
                        changed = True
                if not changed and tight_check and k in known:
                    fixed = _resolve_tight(ctx, i)
                    if fixed is not None:
                        new, kind = fixed
                        keys[i] = key(new)
                        changed = True
                if n == i + 1 and texts[n] == w and _doubled(ctx, n):
                    slip = _doubled_slip(ctx, i)
                    if slip is not None:
                        new, kind = _case_like(w, slip), "typo/doubled"
                        keys[i] = slip
                        changed = True
                    else:
                        out.append(Edit(toks.start(i), toks.end(n), _styled(new, style), "typo/doubled"))
                        done = n  # the second copy goes with the first
                        break
                elif n == i + 1 and not changed and keys[n] == k and _recased_double(ctx, i):
                    # (theo điều Điều 257: the word retyped with its capital; the capital stays)
                    out.append(Edit(toks.start(i), toks.end(n), _styled(texts[n], style), "typo/doubled"))
                    done = n
                    break
            fresh = styled.get(new)
            if fresh is None:
                fresh = _styled_word(styled, new, style)
            if fresh != w:
                out.append(Edit(toks.start(i), toks.end(i), fresh, kind))
            if not changed or i == last:
                break
            i += 1
            weighed = 0  # the next token's left pair is new: look at it whatever its class
            tight_only = False
    numbered = _number_edits(ctx, style)
    if numbered:  # (a token the pass above changed keeps that change)
        for e in numbered:  # (a word between two numbers may be asked twice: thảng, before 10 and after 5)
            if not any(o.start < e.end and e.start < o.end for o in out):
                out.append(e)
        out.sort(key=lambda e: e.start)
    return out


def _key_columns(infos: Sequence[tuple]) -> tuple[list[str], bytes, list[dict]]:
    """The keys, the class bytes and the pair codes of the tokens' :func:`_word_info`, by
    transposing them (:func:`pipeline.columns`)."""
    keys, classes, pairs = columns(infos, 3)
    return keys, bytes(classes), pairs


# Bits of a word's class for :func:`_candidates`.
_ALWAYS = 1  # looked at wherever it stands: an unattested key, or a tone mark to move
_WEIGHED = 2  # an attested word with one-slip variants: looked at unless a neighbour vouches
_SHORT = 4  # short enough for typo correction (a doubled word is looked at)
# Which of a weighed word's tests in :func:`edits` may fail to settle it (kept only where the
# word is weighed): ``_QUICKLESS``, :func:`_quick` does not settle it at all (always resolved);
# ``_HITTABLE``, a neighbour's compound may vouch for a variant (kept only on a hit, see
# :data:`_HIT_SECOND`); ``_PHRASE``, the article's phrases may vouch for a variant.
_QUICKLESS = 8
_PHRASE = 16
_HITTABLE = 32


# A pair's code in :func:`_pair_codes` (7 bits): how strongly the pair is attested (its
# half-code in the low two bits: 0 unseen, 1 or 2 a plain pair seen once or twice, 3 strong),
# whether it is a word repeated that :func:`_doubled` may remove, whether a neighbour vouches
# for a variant of either word: a fixable variant of the second word makes a compound with the
# first that vouches for it in :func:`edits` (or, for a rare word, a variant is seen 30 times
# after the first word), and the same for the first word with the second; and whether either
# word is one slip from a tight compound with the other (:data:`_TIGHT_SECOND`, :data:`_TIGHT_FIRST`).
_STRONG = 3
_DOUBLE = 4
_HIT_SECOND = 8
_HIT_FIRST = 16
# A pair :func:`_tight_pairs` lists, its second or its first word one slip from a tight compound
# with the other: that word is looked at (:func:`_resolve_tight`) whatever else its pairs say.
_TIGHT_SECOND = 32
_TIGHT_FIRST = 64
_HALVES = (0, 1, 2, 9)  # what a pair adds to the sum :func:`_keep` weighs, by its attestation


def _keep(cls: int, left: int, right: int) -> int:
    """What :func:`edits` does with a token of class ``cls`` between pairs of codes ``left`` and
    ``right``: 0 nothing, 1 look at it, 3 look at it as a weighed word, 2 look at it if the
    article's phrases may vouch for a variant of it (a weighed word nothing else can vouch
    against).  A word with variants is weighed (see :func:`edits`) when neither pair is strong
    and the two are seen fewer than three times together (halves adding up to 2 at most); a
    frequent word repeated may be a doubled word."""
    bits = _ALWAYS | (_SHORT if (left | right) & _DOUBLE else 0)
    if _HALVES[left & 3] + _HALVES[right & 3] <= 2:
        bits |= _WEIGHED | _QUICKLESS | _PHRASE
        if left & _HIT_SECOND or right & _HIT_FIRST:
            bits |= _HITTABLE
    bits &= cls
    if not bits & ~_WEIGHED:
        return 0
    if not bits & ~(_WEIGHED | _PHRASE):
        return 2
    return 3 if bits & _WEIGHED else 1


# The values :func:`_class` takes (an unknown key is always looked at; a known one is weighed when
# it has variants, with ``_QUICKLESS`` or ``_HITTABLE`` and maybe ``_PHRASE``), numbered so that
# a token's class fits in the high five bits of a byte (see :func:`_candidates`).
_CLASSES = (0, _ALWAYS, _SHORT, _SHORT | _ALWAYS,
            _SHORT | _WEIGHED | _QUICKLESS, _SHORT | _WEIGHED | _QUICKLESS | _ALWAYS,
            _SHORT | _WEIGHED | _HITTABLE, _SHORT | _WEIGHED | _HITTABLE | _ALWAYS,
            _SHORT | _WEIGHED | _HITTABLE | _PHRASE, _SHORT | _WEIGHED | _HITTABLE | _PHRASE | _ALWAYS)
_CLASS_BYTE = {cls: n << 3 for n, cls in enumerate(_CLASSES)}  # class -> its number << 3
_NOT_A_WORD = b"\xff"  # the class byte of a run :meth:`str.isalpha` refuses (², ½: see :func:`words`)

# The three facts :func:`_keep` reads of a token's two pairs, as bits of one number (0-7):
_WEAK = 1  # neither pair strong, and the two seen fewer than three times together
_DOUBLED = 2  # either pair is a word repeated that :func:`_doubled` may remove
_HIT = 4  # the left pair vouches for a variant of its second word, or the right one of its first


def _pair_facts(left: int, right: int) -> int:
    """The :data:`_WEAK`, :data:`_DOUBLED`, :data:`_HIT` bits of the pair codes around a token."""
    return ((_WEAK if _HALVES[left & 3] + _HALVES[right & 3] <= 2 else 0)
            | (_DOUBLED if (left | right) & _DOUBLE else 0)
            | (_HIT if left & _HIT_SECOND or right & _HIT_FIRST else 0))


# The byte tables of :func:`_candidates`.  A pair code (7 bits; its tight bits are read apart,
# by :data:`_TIGHT_OF`) on the token's left keeps what :func:`_pair_facts` reads of it in the
# low four bits (the code but :data:`_HIT_FIRST`), one on its right in the high four (its
# :data:`_HIT_FIRST` bit in place of :data:`_HIT_SECOND`); the two side by side make the pair
# facts; those beside the class number make what to do.
_LEFT_NIBBLE = bytes(c & 15 for c in range(256))
_RIGHT_NIBBLE = bytes(((c & 7) | (c & _HIT_FIRST) >> 1) << 4 for c in range(256))
_FACTS = bytes(_pair_facts(b & 15, (b >> 4 & 7) | (b >> 4 & 8) << 1) for b in range(256))
# What to do with a token of class number ``b >> 3`` and pair facts ``b & 7``: :func:`_keep` of
# the class and codes that stand for the facts (a strong pair or none, a double, a hit).
_VISIT = bytes(_keep(_CLASSES[b >> 3],
                     (0 if b & _WEAK else _STRONG) | (_DOUBLE if b & _DOUBLED else 0)
                     | (_HIT_SECOND if b & _HIT else 0),
                     0)
               if b >> 3 < len(_CLASSES) else 0 for b in range(256))


# The bit a visit carries to ask :func:`_resolve_tight` (alone, nothing else: the other tests
# settle the token, as :data:`_VISIT` says), and a pair code with either tight bit as 1.
_TIGHT_VISIT = 4
_TIGHT_OF = bytes(1 if c & (_TIGHT_FIRST | _TIGHT_SECOND) else 0 for c in range(256))


@cache
def _pair_codes() -> dict[str, dict[str, int]]:
    """``a -> {b: code}``: each pair's code as :func:`edits` weighs it (see :data:`_STRONG`):
    from the lexicon's (running-text count << 1 | dictionary pair), half of it for a weak pair
    (codes 2 and 4: a plain pair seen once or twice; code 1, a dictionary pair never seen, is
    left out like an unknown pair: 0), strong for codes 3 and 5 (a dictionary pair seen in
    running text) and 6 up (seen three times); :data:`_DOUBLE` for a word repeated that
    :func:`_doubled` may remove (attested, frequent, not reduplicated in the dictionaries);
    :data:`_HIT_SECOND` and :data:`_HIT_FIRST` where a neighbour vouches for a variant (the
    tests :func:`edits` makes with :func:`_quick`'s sets); :data:`_TIGHT_SECOND` and
    :data:`_TIGHT_FIRST` where the second or the first word is one slip from a tight compound
    with the other (:func:`_tight_pairs`).  Nested by first word (one small
    dictionary per word reads faster in bulk than one big one keyed by pairs), the words
    interned like :func:`_word_info`'s keys (so they compare by identity)."""
    lex = lexicon()
    flat = {p: (c >> 1 if c in (2, 4) else _STRONG) for p, c in lex.pair_code.items() if c != 1}
    for k in lex.known:
        if k not in lex.doubles:
            flat[(k, k)] = flat.get((k, k), 0) | _DOUBLE
    after, before = _compounds()
    # by the code needed: c -> the words seen that often before it, and after it
    seen_after: dict[int, dict[str, list[str]]] = {_BESIDE_CODE: {}, _FAR_CODE: {}}
    seen_before: dict[int, dict[str, list[str]]] = {_BESIDE_CODE: {}, _FAR_CODE: {}}
    for (a, b), c in lex.pair_code.items():
        for need in (_BESIDE_CODE, _FAR_CODE):
            if c >= need:
                seen_after[need].setdefault(b, []).append(a)
                seen_before[need].setdefault(a, []).append(b)
    for k in lex.known:
        fixable, _, beside = _fixes(k)
        firsts = set(chain.from_iterable(before.get(c, ()) for c in fixable))
        firsts.update(chain.from_iterable(seen_after[need].get(c, ()) for c, need in beside))
        for a in firsts:
            flat[(a, k)] = flat.get((a, k), 0) | _HIT_SECOND
        seconds = set(chain.from_iterable(after.get(c, ()) for c in fixable))
        seconds.update(chain.from_iterable(seen_before[need].get(c, ()) for c, need in beside))
        for b in seconds:
            flat[(k, b)] = flat.get((k, b), 0) | _HIT_FIRST
    tight_second, tight_first = _tight_visits()
    for pair in tight_second:
        flat[pair] = flat.get(pair, 0) | _TIGHT_SECOND
    for pair in tight_first:
        flat[pair] = flat.get(pair, 0) | _TIGHT_FIRST
    out: dict[str, dict[str, int]] = {}
    for (a, b), c in flat.items():
        out.setdefault(intern(a), {})[intern(b)] = c
    return out


def _candidates(infos: list[tuple[str, int, dict, frozenset, bool, int]], keys: list[str], cuts: list[int],
                classes: bytes | None = None, pairs: Sequence[dict] | None = None) -> tuple[list[int], list[int]]:
    """The indices :func:`edits` must look at, in order, with the keys as the text has them:
    a token whose word may need a fix wherever it stands or a tone mark moved, an attested word
    with variants that no strong pair vouches for (:data:`_WEIGHED`) and that a neighbour's
    compound or the article's phrases may vouch against, the copies of a doubled word; and what
    to do with each (see :func:`_keep`).  (When a fix changes a key, :func:`edits` looks at the
    next token too, whatever its class.)  ``infos`` are the tokens' :func:`_word_info` (and
    ``classes`` their class bytes and ``pairs`` their pair codes, if already read).

    Every token costs three look-ups (its pair code with the next token, as :func:`_pair_codes`
    has it; its class byte) and no arithmetic: the codes and classes are byte strings, and the
    byte tables above turn them, token by token, into what to do (``bytes.translate``, and
    the bytes of two strings put side by side by one OR of the numbers they spell)."""
    n = len(infos)
    # Each token's pair with the next one (only where they touch) as :func:`_pair_codes` has it.
    if pairs is None:
        pairs = list(map(itemgetter(2), infos))
    right = bytearray(map(dict.get, pairs, keys[1:], repeat(0)))
    for i in cuts:
        right[i] = 0
    lefts = int.from_bytes((b"\0" + right).translate(_LEFT_NIBBLE), "little")
    rights = int.from_bytes((right + b"\0").translate(_RIGHT_NIBBLE), "little")
    facts = int.from_bytes((lefts | rights).to_bytes(n, "little").translate(_FACTS), "little")
    if classes is None:
        classes = bytes(map(itemgetter(1), infos))
    visit = (facts | int.from_bytes(classes, "little")).to_bytes(n, "little").translate(_VISIT)
    tight = right.translate(_TIGHT_OF)  # 1 at a pair of :func:`_tight_visits` (a few an article)
    j = tight.find(1)
    if j >= 0:  # (found by memchr, not a Python operation per token)
        visit = bytearray(visit)
        while j >= 0:
            if right[j] & _TIGHT_FIRST:
                visit[j] |= _TIGHT_VISIT
            if right[j] & _TIGHT_SECOND:
                visit[j + 1] |= _TIGHT_VISIT
            j = tight.find(1, j + 1)
    return list(compress(range(n), visit)), list(filter(None, visit))


@cache
def _compounds() -> tuple[dict[str, frozenset], dict[str, frozenset]]:
    """``a -> {b}`` and ``b -> {a}`` for the dictionary pairs ``a b`` seen at least twice in
    running text: the only compounds that can vouch for a real word's variant."""
    after: dict[str, set] = {}
    before: dict[str, set] = {}
    for (a, b), c in lexicon().pair_code.items():
        if c & 1 and c >> 1 >= 2:
            after.setdefault(a, set()).add(b)
            before.setdefault(b, set()).add(a)
    return ({a: frozenset(s) for a, s in after.items()}, {b: frozenset(s) for b, s in before.items()})


@lru_cache(maxsize=WORD_CACHE)
def _quick(w: str) -> tuple[frozenset, frozenset, bool, tuple[tuple[str, int], ...]] | None:
    """What :func:`edits` needs to settle a token of ``w`` without :func:`_resolve`, when
    ``_resolve`` weighs it as a real word (an attested key, no abbreviation in capitals, no lone
    letter, a well-formed syllable); ``None`` for any other word:

    * the variants a fix may turn it into: every branch of :func:`_resolve_real_word` but the
      rare word's wants a bare variant or one at least 0.3 times as frequent as the word, and
      a dictionary compound of it with a neighbour seen twice in running text;
    * all its variants, for :func:`_resolve_by_phrase`, and whether that looks at its phrase
      at all (not for a frequent plain word);
    * for a rare word (never in running text, at most 20 in the dictionaries), the variants
      the rare word's branch may pick, each with the pair code it needs with a neighbour: no
      bare one, ten times as frequent and seen 15 times beside a neighbour, or
      :data:`_FAR_RATIO` times and seen twice."""
    if (len(w) > 1 and w.isupper()) or len(w) < 2 or not is_valid(w):
        return None
    lex = lexicon()
    k = key(w)
    if k not in lex.known:
        return None
    phrase = has_marks(w) or lex.text_freq.get(k, 0) < _FUNCTION_FREQ
    fixable, variants, beside = _fixes(k)
    return fixable, variants, phrase, beside


@lru_cache(maxsize=WORD_CACHE)
def _fixes(k: str) -> tuple[frozenset, frozenset, tuple[tuple[str, int], ...]]:
    """:func:`_quick`'s variant sets of an attested key: the fixable ones, all of them, and the
    rare word's (empty unless the word is rare)."""
    lex = lexicon()
    rare = not lex.text_freq.get(k, 0) and lex.freq.get(k, 0) <= 20
    variants = _variants(k)
    fixable = frozenset(c for c, channel, ratio in variants if channel == "bare" or ratio >= 0.3)
    beside = tuple((c, _FAR_CODE if ratio >= _FAR_RATIO and channel in ("tone", "d") else _BESIDE_CODE)
                   for c, channel, ratio in variants if channel != "bare" and ratio >= 10) if rare else ()
    return fixable, frozenset(c for c, _, _ in variants), beside


@cache
def _word_infos(style: str) -> dict[str, tuple[str, int, dict, frozenset, bool, int]]:
    """word -> its :func:`_word_info` for ``style`` (a plain dict reads faster in bulk)."""
    return {}


def _word_info(w: str, style: str) -> tuple[str, int, dict, frozenset, bool, int]:
    """What :func:`edits` reads of every token, one look-up for all: the word's
    :func:`~.lexicon.key` (interned, as :func:`_pair_codes` has its words: they compare by
    identity), its :func:`_class` as :data:`_CLASS_BYTE` numbers it (:data:`_NOT_A_WORD` if
    :meth:`str.isalpha` refuses it), the codes of the pairs
    it opens (``_pair_codes()[key]``), its variants (:func:`_quick`'s, for the phrase
    question), whether it is capitalized and 1 if it carries marks (:func:`has_marks`)."""
    k = intern(key(w))
    quick = _quick(w)
    cls = _CLASS_BYTE[_class(w, style)] if w.isalpha() else _NOT_A_WORD[0]
    return (k, cls, _pair_codes().get(k, _NO_PAIRS), _EMPTY if quick is None else quick[1],
            w[:1].isupper(), int(has_marks(w)))


def _class(w: str, style: str) -> int:
    """:data:`_ALWAYS` | :data:`_WEIGHED` | :data:`_SHORT` bits of a word, wherever it stands,
    and for a weighed word which of its tests may not settle it (:data:`_QUICKLESS`,
    :data:`_HITTABLE`, :data:`_PHRASE`)."""
    k = key(w)
    # A word that is its own key is lower case, NFC and placed old-style already (the key is
    # _styled(w, "old") of such a word): nothing to restyle, without asking.
    bits = 0 if (style == "old" and w == k) or _styled(w, style) == w else _ALWAYS
    if len(w) > _MAX_WORD:
        return bits
    bits |= _SHORT
    if (len(w) > 1 and w.isupper() and w in abbreviations()) or (len(w) == 1 and is_valid(w)):
        return bits  # a known abbreviation, a lone letter: :func:`_resolve` leaves them as they are
    if k not in lexicon().known:
        bits |= _ALWAYS
    elif _variants(k):
        quick = _quick(w)
        bits |= _WEIGHED | (_QUICKLESS if quick is None else _HITTABLE | (_PHRASE if quick[2] else 0))
    return bits


def _styled_word(styled: dict[str, str], word: str, style: str) -> str:
    fresh = styled.get(word)
    if fresh is None:
        if len(styled) > WORD_CACHE:
            styled.clear()
        fresh = styled[word] = _styled(word, style)
    return fresh


@cache
def _styled_cache(style: str) -> dict[str, str]:
    return {}


@lru_cache(maxsize=WORD_CACHE)
def _styled(word: str, style: str) -> str:
    if style == "keep":
        _, tone = split_tone(word)
        if tone <= 0 or word in (place_tone(word, "old"), place_tone(word, "new")):
            return word
        return place_tone(word, "old")
    return place_tone(word, style)
