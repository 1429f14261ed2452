"""Vietnamese orthography: syllable anatomy, tone marks, tone placement, validity.

A written syllable is an onset, a rime and one of six tones.  The tone is a
combining mark sitting on one vowel letter of the rime; where it sits is a
matter of spelling style:

* ``"old"`` (traditional, the style of almost all Vietnamese newspapers and of
  the official administrative names, e.g. ``Thanh Hóa``, ``Khánh Hòa``): in an
  open ``oa``/``oe``/``uy`` the tone goes on the first vowel: ``hòa``,
  ``khỏe``, ``thủy``.  **This is the default.**
* ``"new"`` (the 1980s reform rule, by which the mark goes on the main vowel):
  ``hoà``, ``khoẻ``, ``thuỷ``.
* ``"keep"``: leave placement as written (only misplacements that are wrong in
  both styles, like ``naỵ``/``xâỹ``, are still fixed).

Both styles agree everywhere else: a vowel carrying a quality mark (â ă ê ô ơ
ư; ơ in ươ) takes the tone; with a final consonant the last vowel takes it
(``hoàn``, ``thuyết``); in other open diphthongs the first (``mái``, ``mùa``);
in open triphthongs the middle (``khoái``, ``người``).  ``qu`` and ``gi`` are
onsets: ``quý``, ``già``.

Validity is phonotactic (onset + rime + tone: syllables closed by p/t/c/ch take
only the sắc or nặng tone), written from the standard description of Vietnamese
spelling; the lexicon (:mod:`.lexicon`) adds which syllables are attested.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .. import WORD_CACHE

TONE_MARKS = {"\u0301": 1, "\u0300": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}  # sắc huyền hỏi ngã nặng
TONE_CHAR = {v: k for k, v in TONE_MARKS.items()}
QUALITY_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn
VOWELS = set("aăâeêioôơuưy")

ONSETS = ("ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr",
          "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")

# Toneless rimes of standard Vietnamese spelling (after onsets other than qu/gi).
RIMES = frozenset("""
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e ec em en eng eo ep et
ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oc oi om on ong op ot
oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt
oe oen oeo oet oong ooc
ô ôc ôi ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut
uân uâng uât uây uê uêch uênh uơ uy uya uych uyên uyêt uynh uyt uyu
uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêt yêu
""".split())
# After ``qu`` the medial u is part of the onset: quà, quân, quyết, quốc, quê.
QU_RIMES = frozenset(r for r in RIMES if r[0] in "aăâeêiyơô" or r in ("o", "oc", "ong")) | {"yên", "yêt", "ynh", "yt"}
# After ``gi`` the i is part of the onset: già, giêng, giữ, giường; ``gì`` has rime i.
GI_RIMES = frozenset(r for r in RIMES if r[0] not in "iy") | {"ên", "êng", "êt", "êc", "êm", "êu", "êp"}
STOP_FINALS = ("c", "ch", "p", "t")
FRONT = set("eêiy")
# The onsets written only before a front vowel (kê, ghi, nghe); c, g, ng are written before the rest.
FRONT_ONSETS = frozenset(("k", "gh", "ngh"))


@lru_cache(maxsize=WORD_CACHE)
def split_tone(word: str) -> tuple[str, int]:
    """The word without its tone mark, and the tone (0 none, 1–5; -1 if two tone marks)."""
    d = unicodedata.normalize("NFD", word)
    tones = [TONE_MARKS[c] for c in d if c in TONE_MARKS]
    if not tones:
        return word, 0
    bare = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONE_MARKS))
    return bare, tones[0] if len(tones) == 1 else -1


@lru_cache(maxsize=WORD_CACHE)
def reorder_marks(s: str) -> str:
    """NFC after putting quality marks before tone marks (``ả̂`` → ``ẩ``); cached: an NFD text
    asks it for every letter with marks, and they are few."""
    d = unicodedata.normalize("NFD", s)
    out: list[str] = []
    marks: list[str] = []
    for c in d:
        if unicodedata.combining(c):
            marks.append(c)
            continue
        if marks:
            out.extend(sorted(marks, key=lambda m: m in TONE_MARKS))
            marks = []
        out.append(c)
    out.extend(sorted(marks, key=lambda m: m in TONE_MARKS))
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=WORD_CACHE)
def skeleton(word: str) -> str:
    """Lower case, no marks at all, đ → d: the key under which diacritic typos collide."""
    d = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in d if not unicodedata.combining(c))


@lru_cache(maxsize=WORD_CACHE)
def parse(bare: str) -> tuple[str, str] | None:
    """Split a toneless lower-case syllable into (onset, rime), or ``None`` if not Vietnamese."""
    for onset in ONSETS:
        if not bare.startswith(onset):
            continue
        rime = bare[len(onset):]
        if onset == "qu":
            ok = rime in QU_RIMES
        elif onset == "gi":
            ok = rime in GI_RIMES or rime == ""
        else:
            ok = rime in RIMES
        if not ok:
            continue
        first = rime[:1]
        if onset in FRONT_ONSETS and first not in FRONT:
            continue
        if onset in ("c", "g", "ng") and first in FRONT:
            continue
        return onset, rime
    return None


@lru_cache(maxsize=WORD_CACHE)
def is_valid(word: str) -> bool:
    """A well-formed Vietnamese syllable (any case, NFC, tone anywhere)."""
    bare, tone = split_tone(word.lower())
    if tone < 0:
        return False
    p = parse(bare)
    if p is None:
        return False
    rime = p[1] or "i"
    if rime.endswith(STOP_FINALS) and tone not in (1, 5):
        return False
    return True


def _vowel_run(bare: str) -> tuple[int, int] | None:
    """Index range of the rime's vowel letters, onsets qu/gi excluded."""
    p = parse(bare)
    if p is None:
        return None
    onset, rime = p
    start = len(onset)
    if onset == "gi" and rime == "":
        return 1, 2  # gì: the i is the vowel
    end = start
    while end < len(bare) and bare[end] in VOWELS:
        end += 1
    return (start, end) if end > start else None


@lru_cache(maxsize=WORD_CACHE)
def tone_index(bare_lower: str, style: str = "old") -> int | None:
    """Index of the letter that carries the tone in ``style`` (``None`` if not a syllable)."""
    run = _vowel_run(bare_lower)
    if run is None:
        return None
    s, e = run
    vowels = bare_lower[s:e]
    closed = e < len(bare_lower)
    for i in range(len(vowels) - 1, -1, -1):  # ươ: the ơ; otherwise the only marked vowel
        if vowels[i] in "ăâêôơư":
            if vowels[i] == "ư" and i + 1 < len(vowels) and vowels[i + 1] == "ơ":
                continue
            return s + i
    if len(vowels) == 1:
        return s
    if closed:
        return e - 1
    if len(vowels) == 3:
        return s + 1
    if vowels in ("oa", "oe", "uy") and style == "new":
        return s + 1
    return s


def place_tone(word: str, style: str = "old") -> str:
    """The word with its tone mark on the letter ``style`` wants (case kept)."""
    bare, tone = split_tone(word)
    if tone <= 0:
        return word
    idx = tone_index(bare.lower(), style)
    if idx is None:
        return word
    ch = bare[idx]
    marked = unicodedata.normalize("NFC", ch + TONE_CHAR[tone])
    return bare[:idx] + marked + bare[idx + 1:]


def with_tone(bare: str, tone: int, style: str = "old") -> str:
    """Put ``tone`` (0–5) on a toneless syllable."""
    if tone == 0:
        return bare
    idx = tone_index(bare.lower(), style)
    if idx is None:
        return bare
    return bare[:idx] + unicodedata.normalize("NFC", bare[idx] + TONE_CHAR[tone]) + bare[idx + 1:]


# The Latin letters of Vietnamese text, and which of them carry a diacritic (or are đ): a word
# made of them is answered by one set test.
_LATIN = frozenset(map(chr, [*range(0x250), *range(0x1E00, 0x1F00)]))
_MARKED = frozenset(c for c in _LATIN if ord(c) > 127 and (c in "đĐ" or unicodedata.decomposition(c)))


def has_marks(word: str) -> bool:
    """True if the word carries any Vietnamese diacritic or đ."""
    if _LATIN.issuperset(word):
        return not _MARKED.isdisjoint(word)
    return any(c in "đĐ" or unicodedata.decomposition(c) for c in word if ord(c) > 127)
