"""Lexical knowledge for typo correction, built at first use from files underthesea ships.

Nothing is copied into the repository; everything is read from the installed
``underthesea`` package (a declared dependency) and cached for the process:

* ``corpus/data/Viet74K.txt`` (and the smaller ``Viet11K/22K/39K``): the
  Vietnamese word list, one word per line; gives attested syllables and the
  syllable pairs inside words (``đầu tư``, ``kỷ niệm``).
* ``pipeline/word_tokenize/models/*/dictionary.bin``: the word tokenizer's
  dictionary (a pickled ``set`` of words, loaded the way underthesea loads it).
* ``pipeline/pos_tag/models/*/test_output.txt``: a POS-tagged sample of news
  text (one word per line, blank line between sentences); gives syllable
  frequencies and syllable pairs across word boundaries (``tỉ đồng``, ``với
  các``).
* the CRF models ``*.bin`` of the tokenizer, tagger, chunker and NER: their
  feature tables hold the word pairs seen in training (``T[-1,0]=...``), which
  widens the cross-word pair knowledge.

All keys are lower case, NFC, tone placed in the ``old`` style
(:func:`key`), so look-ups do not depend on the text's own style.
"""
from __future__ import annotations

import importlib.util
import pickle
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import regex

from .ortho import WORD_CACHE, is_valid, place_tone, skeleton

_CRF_PAIR = regex.compile(rb"T\[(?:-1,0|0,1|-2,-1|1,2)\](?:\.lower)?=([^\x00]+)\x00")
_SYL = regex.compile(r"[\p{L}\p{M}]+")


@cache
def underthesea_dir() -> Path:
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed; it is a declared dependency of vnfacts")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=WORD_CACHE)
def key(syllable: str) -> str:
    """Look-up form of a syllable: lower case, NFC, old-style tone placement."""
    return place_tone(unicodedata.normalize("NFC", syllable.lower()), "old")


@dataclass(frozen=True)
class Lexicon:
    freq: Counter            # syllable -> frequency in running text (+1 per dictionary word it is in)
    text_freq: Counter       # syllable -> frequency in running text only
    known: frozenset         # attested, well-formed syllables
    word_pairs: frozenset    # (a, b) adjacent inside a dictionary word
    text_pairs: Counter      # (a, b) adjacent in running text or CRF pair features
    by_skeleton: dict        # skeleton -> known syllables sharing it
    doubles: frozenset       # syllables whose reduplication is a dictionary word: từ từ, dần dần
    pair_code: dict          # (a, b) -> text count << 1 | in a dictionary word (one look-up for both)
    after: dict              # a -> syllables b with (a, b) a dictionary pair
    before: dict             # b -> syllables a with (a, b) a dictionary pair
    by_deletion: dict        # a known syllable with one letter dropped -> the known syllables: duyệ -> (duyệt,)
    word_triples: frozenset  # "a b c" in a row inside a dictionary word: "lực lượng vũ" (trang); strings, not
    #                          tuples, so the collector has no more objects to walk


def _dictionary_words(root: Path) -> set[str]:
    words: set[str] = set()
    for name in ("Viet74K.txt", "Viet39K.txt", "Viet22K.txt", "Viet11K.txt"):
        path = root / "corpus" / "data" / name
        if path.exists():
            words.update(line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    for path in sorted(root.glob("pipeline/word_tokenize/models/*/dictionary.bin")):
        with path.open("rb") as f:
            obj = pickle.load(f)  # underthesea's own file format (a set of str)
        if isinstance(obj, (set, frozenset, list)):
            words.update(w for w in obj if isinstance(w, str))
    return {w for w in words if w}


def _running_text(root: Path) -> list[list[str]]:
    sentences: list[list[str]] = []
    for path in sorted(root.glob("pipeline/pos_tag/models/*/test_output.txt")):
        current: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            word = line.split("\t", 1)[0].strip()
            if not word:
                if current:
                    sentences.append(current)
                current = []
                continue
            current.extend(word.split())
        if current:
            sentences.append(current)
    return sentences


@cache
def lexicon() -> Lexicon:
    root = underthesea_dir()
    freq: Counter = Counter()
    word_pairs: set[tuple[str, str]] = set()
    doubles: set[str] = set()
    word_triples: set[str] = set()
    for w in _dictionary_words(root):
        syls = [key(s) for s in _SYL.findall(unicodedata.normalize("NFC", w))]
        freq.update(syls)
        if len(syls) > 1 and " " in w:
            word_pairs.update(zip(syls, syls[1:]))
            if len(syls) > 2:
                word_triples.update(map(" ".join, zip(syls, syls[1:], syls[2:])))
            if len(syls) == 2 and syls[0] == syls[1]:
                doubles.add(syls[0])
    text_pairs: Counter = Counter()
    text_freq: Counter = Counter()
    for sent in _running_text(root):
        syls = [key(s) for s in sent]
        text_freq.update(s for s in syls if _SYL.fullmatch(s))
        text_pairs.update(zip(syls, syls[1:]))
    freq.update(text_freq)
    for path in sorted(root.glob("pipeline/**/*.bin")):
        data = path.read_bytes()
        if not data.startswith(b"lCRF"):
            continue
        for m in _CRF_PAIR.finditer(data):
            parts = [key(s) for s in m.group(1).decode("utf-8", "replace").split()]
            for p in zip(parts, parts[1:]):
                text_pairs[p] += 1
    known = frozenset(s for s in freq if is_valid(s))
    by_skeleton: dict[str, list[str]] = {}
    for s in sorted(known):  # in a fixed order: a set's order changes with PYTHONHASHSEED, and ties go to the first variant
        by_skeleton.setdefault(skeleton(s), []).append(s)
    pair_code = {p: c << 1 for p, c in text_pairs.items()}
    for p in word_pairs:
        pair_code[p] = pair_code.get(p, 0) | 1
    after: dict[str, set[str]] = {}
    before: dict[str, set[str]] = {}
    for a, b in word_pairs:
        after.setdefault(a, set()).add(b)
        before.setdefault(b, set()).add(a)
    by_deletion: dict[str, list[str]] = {}
    for s in sorted(known):  # (a fixed order, as by_skeleton's)
        for j in range(len(s)):
            by_deletion.setdefault(s[:j] + s[j + 1:], []).append(s)
    return Lexicon(freq, text_freq, known, frozenset(word_pairs), text_pairs, by_skeleton, frozenset(doubles), pair_code,
                   after, before, {d: tuple(dict.fromkeys(v)) for d, v in by_deletion.items()}, frozenset(word_triples))


@cache
def bound_counts() -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]]]:
    """How bound each syllable is to a word of two or more syllables, from the word-segmented
    running text: ``right[a] = (n, d)``, of the ``d`` times ``a`` begins a word, ``n`` times the word
    goes on after it (``tham`` in tham gia, tham nhũng, tham quan, nearly always; ``nhà`` often
    alone); ``left[b]`` the same the other way (``thiểu`` ends giảm thiểu, tối thiểu).  A syllable
    that nearly always opens (closes) a longer word calls for its partner: beside it a pair no
    dictionary or text knows is more likely a slip."""
    right: dict[str, list[int]] = {}
    left: dict[str, list[int]] = {}
    for path in sorted(underthesea_dir().glob("pipeline/pos_tag/models/*/test_output.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            syls = [key(s) for s in line.split("\t", 1)[0].split()]
            if not syls:
                continue
            r = right.setdefault(syls[0], [0, 0])
            r[0] += len(syls) > 1
            r[1] += 1
            lf = left.setdefault(syls[-1], [0, 0])
            lf[0] += len(syls) > 1
            lf[1] += 1
    return ({s: (n, d) for s, (n, d) in right.items()}, {s: (n, d) for s, (n, d) in left.items()})
