"""The user lexicon: corrected spans that the pipeline prefers, with no code change.

A lexicon is a UTF-8 TSV file, one entry per line, ``#`` lines are comments::

    # names and bodies our annotators corrected
    Trần Thu Hương<TAB>PERSON
    Ban Dân vận Thành ủy<TAB>ORGANIZATION
    Phó Bí thư Thường trực Quận ủy<TAB>POSITION
    Dân vận khéo<TAB>O

``O`` marks a form that is never an entity: a rule span with exactly that text
is dropped.  The stage :func:`stage` runs right after the entities stage; it
reads the files named by ``VNFACTS_LEXICON`` (several joined with ``:``) at run
time, finds every entry in ``doc.text`` with one Aho-Corasick automaton,
keeping whole words only (no letter or digit just before or after) and the
leftmost-longest match where entries overlap, and merges the matches into
``doc.entities``:

- a lexicon span replaces every rule span it overlaps, equals or contains
  (the annotator's boundaries and label win);
- except a rule span that strictly contains it: the guideline keeps the
  outermost span, so ``Hà Nam`` (``LOCATION``) does not cut ``UBND tỉnh Hà Nam``
  (``ORGANIZATION``) apart.

Entries are matched case-sensitively (``Đảng`` is not ``đảng``) and whatever
the tone-mark placement (``Khánh Hoà`` finds ``Khánh Hòa``).
"""
from __future__ import annotations

import os
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import ahocorasick
import regex

from ..doc import Doc
from ..span import Span
from .. import TONES as _TONES
from . import LABELS

ENV = "VNFACTS_LEXICON"
NOT_ENTITY = "O"
SOURCE = "rule:user-lexicon"
SCORE = 1.0

_VOWELS = set("aeiouyAEIOUY")
_WORD_CHAR = regex.compile(r"\w")


class LexiconError(ValueError):
    pass


def _tone_variants(syllable: str) -> set[str]:
    """``syllable`` with its tone mark on each of its vowels (``hoà`` -> ``hoà``, ``hòa``)."""
    nfd = unicodedata.normalize("NFD", syllable)
    tones = [c for c in nfd if c in _TONES]
    if len(tones) != 1:
        return {unicodedata.normalize("NFC", syllable)}
    bare = [c for c in nfd if c not in _TONES]
    # positions right after each vowel letter and the non-tone marks on it
    slots = []
    for i, c in enumerate(bare):
        if c in _VOWELS:
            j = i + 1
            while j < len(bare) and unicodedata.combining(bare[j]):
                j += 1
            slots.append(j)
    out = {unicodedata.normalize("NFC", syllable)}
    for j in slots:
        out.add(unicodedata.normalize("NFC", "".join(bare[:j]) + tones[0] + "".join(bare[j:])))
    return out


def variants(form: str) -> set[str]:
    """Every tone-placement spelling of a multi-word form."""
    out = {""}
    for i, word in enumerate(form.split(" ")):
        out = {(o + " " if i else "") + v for o in out for v in _tone_variants(word)}
    return out


def parse(lines: list[str], where: str) -> dict[str, str]:
    """``surface -> label`` from TSV lines; bad lines fail loudly with their number."""
    entries: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise LexiconError(f"{where}:{n}: expected 'surface<TAB>LABEL', got {line!r}")
        surface = " ".join(unicodedata.normalize("NFC", cols[0]).split())
        label = cols[1].strip().upper()
        if label not in LABELS and label != NOT_ENTITY:
            raise LexiconError(f"{where}:{n}: unknown label {cols[1]!r} (one of {', '.join(LABELS)}, {NOT_ENTITY})")
        if not surface:
            raise LexiconError(f"{where}:{n}: empty surface form")
        entries[surface] = label  # a later line overrides an earlier one
    return entries


@dataclass(frozen=True)
class Lexicon:
    entries: dict[str, str]
    automaton: ahocorasick.Automaton | None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Whole-word matches ``(start, end, label)``, leftmost-longest, non-overlapping."""
        if self.automaton is None:
            return []
        found = []
        for last, (length, label) in self.automaton.iter(text):
            end = last + 1
            start = end - length
            if start > 0 and _WORD_CHAR.match(text, start - 1):
                continue
            if end < len(text) and _WORD_CHAR.match(text, end):
                continue
            found.append((start, end, label))
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        out, reach = [], 0
        for m in found:
            if m[0] >= reach:
                out.append(m)
                reach = m[1]
        return out


def build(entries: dict[str, str]) -> Lexicon:
    if not entries:
        return Lexicon({}, None)
    auto = ahocorasick.Automaton()
    for surface, label in entries.items():
        for v in variants(surface):
            auto.add_word(v, (len(v), label))
    auto.make_automaton()
    return Lexicon(dict(entries), auto)


@cache
def _load(paths: tuple[tuple[str, float, int], ...]) -> Lexicon:
    """Keyed by path, mtime and size, so an edited file is read again."""
    entries: dict[str, str] = {}
    for path, _, _ in paths:
        entries.update(parse(Path(path).read_text(encoding="utf-8").splitlines(), path))
    return build(entries)


def load(spec: str | None = None) -> Lexicon:
    """The lexicon of the files in ``spec`` (default: ``$VNFACTS_LEXICON``); empty if none."""
    spec = os.environ.get(ENV, "") if spec is None else spec
    paths = []
    for p in filter(None, spec.split(os.pathsep)):
        try:
            st = os.stat(p)
        except FileNotFoundError:
            raise LexiconError(f"{ENV}: lexicon file {p!r} does not exist") from None
        paths.append((p, st.st_mtime, st.st_size))
    return _load(tuple(paths))


def merge(rule: list[Span], user: list[Span], drop: list[tuple[int, int]]) -> list[Span]:
    """Rule spans and lexicon spans, sorted and non-overlapping, as the module doc says."""
    dropped = set(drop)
    rule = sorted((s for s in rule if (s.start, s.end) not in dropped), key=lambda s: (s.start, s.end))
    starts = [s.start for s in rule]

    def near(u: Span) -> list[Span]:
        i = max(bisect_left(starts, u.start) - 1, 0)
        out = []
        for s in rule[i:]:
            if s.start >= u.end:
                break
            if s.overlaps(u):
                out.append(s)
        return out

    kept_user = [u for u in user
                 if not any(s.contains(u) and len(s) > len(u) for s in near(u))]
    beaten = {id(s) for u in kept_user for s in near(u)}
    merged = kept_user + [s for s in rule if id(s) not in beaten]
    return sorted(merged, key=lambda s: (s.start, s.end))


def apply(doc: Doc, lexicon: Lexicon) -> None:
    matches = lexicon.find(doc.text)
    if not matches:
        return
    user = [doc.span(s, e, label, SOURCE, SCORE) for s, e, label in matches if label != NOT_ENTITY]
    drop = [(s, e) for s, e, label in matches if label == NOT_ENTITY]
    doc.entities = merge(doc.entities, user, drop)


def stage(doc: Doc) -> None:
    """Pipeline stage: apply ``$VNFACTS_LEXICON`` (if set) to ``doc.entities``."""
    lexicon = load()
    if lexicon.automaton is not None:
        apply(doc, lexicon)
