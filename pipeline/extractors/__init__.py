"""Rule-based extractors of hard facts: document references, dates, counts.

Each module exposes ``extract(doc) -> list[Span]`` and keeps its three steps
apart, like Presidio's recognizers: *match* (compiled grammars find
candidates), *validate* (reject what the grammar allows but the facts do not:
day 31 of February, a symbol without a known type code, a number inside a date)
and *resolve* (turn a valid match into attributes: an ISO value, an issuer, a
unit).

This module holds the shared lexicon loaders.  Lexicons are plain UTF-8 files
under ``pipeline/data/extractors/`` (``#`` lines say where the facts come
from), read once per process.  The general Vietnamese word list comes from the
``underthesea`` package (a dependency), read from its data folder without
importing it.
"""
from __future__ import annotations

import importlib.util
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import regex

from .. import TONES as _TONES, WITHOUT_TONES, WORD_CACHE

DATA = Path(__file__).resolve().parents[1] / "data" / "extractors"


def _rows(name: str) -> list[str]:
    path = DATA / name
    with path.open(encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a one-per-line lexicon, in file order."""
    return tuple(r.strip() for r in _rows(name))


@cache
def lowered(name: str) -> frozenset[str]:
    """The entries of a one-per-line lexicon, lower-cased, as a set."""
    return frozenset(r.lower() for r in lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column TSV lexicon as a dict (first column -> second)."""
    out: dict[str, str] = {}
    for r in _rows(name):
        key, _, value = r.partition("\t")
        if not value:
            raise ValueError(f"{name}: row without a tab: {r!r}")
        out[key.strip()] = value.strip()
    return out


def first_letters_either_case(phrase: str) -> str:
    """A regex for ``phrase`` with each word's first letter in either case and
    runs of spaces as ``\\s+``: ``Quyết định`` -> ``[Qq]uyết\\s+[Đđ]ịnh``.

    Cheaper than IGNORECASE, which makes `regex` scans several times slower.
    """
    words = []
    for w in phrase.split():
        first, rest = w[0], regex.escape(w[1:])
        words.append(f"[{first.upper()}{first.lower()}]{rest}" if first.upper() != first.lower() else regex.escape(w))
    return r"\s+".join(words)


# Case-insensitive `regex` also matches "İ" for "i" and "ſ" for "s", which str.lower() keeps apart.
_ODD_CASES = str.maketrans({"İ": "i", "ſ": "s"})


def caseless(word: str) -> str:
    """``word`` lower-cased so that what a case-insensitive `regex` literal matches
    comes out as the literal does: str.lower(), with "İ" as "i" and "ſ" as "s".

    (Not true of every script: Greek "ς" and "σ" stay apart.  The tests check it
    for the letters of the words it is used on.)
    """
    return word.translate(_ODD_CASES).lower()


@lru_cache(maxsize=256)
def group_numbers(pattern: regex.Pattern) -> dict[str, int]:
    """``pattern.groupindex`` (which `regex` copies at each call), kept per grammar: for
    code that reads several groups of one match by number (``m.group(g["sym"])``)."""
    return dict(pattern.groupindex)


def group_named(m: regex.Match, name: str) -> str | None:
    """``m.group(name)``, by number (see :func:`optional_group`); KeyError when ``m``'s
    grammar has no such group."""
    return m.group(group_numbers(m.re)[name])


def optional_group(m: regex.Match, name: str) -> str | None:
    """The group ``name`` of ``m``; None when it took no part or ``m``'s grammar has no
    such group.  By number: ``m.groupdict()`` and ``m.group(name)`` make `regex` raise and
    clear a TypeError for each name (it tries a name as an index first)."""
    number = group_numbers(m.re).get(name)
    return m.group(number) if number is not None else None


def char_after_space(text: str, pos: int) -> str:
    """The character at ``pos``, or the one after it when that is a space; "" at the end of
    the text.  A grammar that reads spaces, then a given character, cannot match at ``pos``
    unless this is that character or a space: a test many times cheaper than the call."""
    c = text[pos:pos + 1]
    return text[pos + 1:pos + 2] if c == " " else c


def find_all(text: str, literal: str, start: int = 0, end: int | None = None) -> list[int]:
    """Every offset in ``text[start:end]`` where ``literal`` starts (overlapping ones too),
    by str.find: many times faster than a grammar's scan, which tries every place."""
    end = len(text) if end is None else end
    out = []
    i = text.find(literal, start, end)
    while i >= 0:
        out.append(i)
        i = text.find(literal, i + 1, end)
    return out


def matches_at(pattern: regex.Pattern, text: str, places: Iterable[int], end: int | None = None) -> Iterator[regex.Match]:
    """The matches ``pattern.finditer(text, 0, end)`` finds when its matches can only start
    at ``places`` (sorted): a match at each place where one starts, none inside the last."""
    end = len(text) if end is None else end
    last = -1
    for p in places:
        if p >= last and (m := pattern.match(text, p, end)) is not None:
            last = m.end()
            yield m


# How far a grammar of a few words (a day after "ngày", an issuer after a number, a name
# with its abbreviation in brackets) may read from where it is asked, and how close to that
# end a match may come before the whole text is asked instead (its optional tail or a
# look-ahead might read on).  With no run of 32 spaces nor of 64 letters or digits in the
# window (:data:`_LONG_RUN`), those grammars read less than 500 characters.
_NEAR = 1024
_NEAR_MARGIN = 64
_NEAR_REST = 16_384
# A run of spaces or of word characters long enough that a grammar's \s+ or \p{L}+ might
# carry it past the window.
_LONG_RUN = regex.compile(r"\s{32}|\w{64}")


def match_near(pattern: regex.Pattern, text: str, pos: int) -> regex.Match | None:
    """``pattern.match(text, pos)`` for a grammar that reads a few words: asked of the next
    :data:`_NEAR` characters only.  The ``regex`` module looks ahead for a grammar's required
    word (``tháng``, ``của``) before matching, to the end of the text when it is not there:
    in a long text without that word, each question was a pass over the rest of it.  The
    whole text is asked when the window could change the answer: a match ending near the
    window's end, or a long run of spaces or letters inside it; and when the rest of the text is short
    (:data:`_NEAR_REST`: a news article's), whose look-ahead costs less than the window's tests."""
    end = pos + _NEAR
    if len(text) - pos <= _NEAR_REST:
        return pattern.match(text, pos)
    m = pattern.match(text, pos, end)
    if (m is not None and m.end() > end - _NEAR_MARGIN) or _LONG_RUN.search(text, pos, end):
        return pattern.match(text, pos)
    return m


@lru_cache(maxsize=WORD_CACHE)
def fold(word: str) -> str:
    """Lower-cased, NFC, with each syllable's tone mark moved to its end.

    ``uỷ viên`` and ``ủy viên`` (the two tone placements) fold alike.
    """
    out = []
    for syl in word.lower().split():
        d = unicodedata.normalize("NFD", syl)
        bare = d.translate(WITHOUT_TONES)   # (str.translate and filter: no Python step per letter)
        if len(bare) == len(d):
            out.append(unicodedata.normalize("NFC", d))   # no tone mark
        else:
            out.append(unicodedata.normalize("NFC", bare) + "".join(filter(_TONES.__contains__, d)))
    return " ".join(out)


@cache
def vietnamese_words() -> frozenset[str]:
    """Multi-syllable Vietnamese words (``cơ quan``, ``chỗ ngồi``), :func:`fold`-ed.

    From underthesea's ``Viet74K`` word list (its ``corpus/data`` folder).
    Only words of 2-4 syllables are kept: single syllables say nothing here.
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("underthesea is not installed: it provides the Vietnamese word list")
    path = Path(list(spec.submodule_search_locations)[0]) / "corpus" / "data" / "Viet74K.txt"
    words = set()
    with path.open(encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if 2 <= w.count(" ") + 1 <= 4:
                words.add(fold(w))
    return frozenset(words)
