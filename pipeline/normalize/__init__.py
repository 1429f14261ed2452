"""Normalization: raw web text → clean NFC text, an offset map back, and the corrections made.

Three passes, each a list of :class:`~pipeline.offsets.Edit` turned into text
and map by :func:`~pipeline.offsets.apply_edits`; the maps compose into one
map from normalized to raw offsets:

1. :mod:`.legacy`: lines typed in TCVN3 (ABC) or VNI fonts (kind ``legacy``);
2. :mod:`.chars`: BOM, CRLF, zero-width and odd spaces, HTML entities, NFC with
   marks in canonical order, look-alike letters (``unicode``, ``space``,
   ``lookalike``);
3. :mod:`.words`: tone-mark placement (``tone``) and typo correction (``typo``).

Every changed region of the final text becomes one
:class:`~pipeline.doc.Correction` whose ``start/end`` index the normalized
text (``after``) and ``raw_start/raw_end`` the raw input (``before``); edits of
different passes that overlap are merged into one correction with the most
significant kind.  A doubled word is one correction: ``before="số số"``,
``after="số"``.

HTML entities left in scraped text (``&amp;``, ``&#7879;``) are decoded only
with ``entities=True``.  The default keeps them: annotated corpora (the shared
gold among them) keep ``&amp;`` as text, and the scorer counts a decoded entity
as a changed word, so decoding by default would turn every entity into a false
correction.  When decoding is on, each decoded entity is recorded with kind
``unicode`` (source ``rule:normalize.unicode.entity``): it changes how a
character is written, not a word, so it is never a ``typo``.

Typo correction trusts non-words first (repeated letters, Telex residue,
impossible syllables, a d/đ or diacritic slip that makes no word); a real word
is changed into another only on strong pair evidence (see :mod:`.words`).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ..doc import Correction
from ..offsets import Edit, OffsetMap, apply_edits
from . import chars, legacy, words

STYLES = ("old", "new", "keep")
# Most significant first: a merged region takes the first kind it contains.
_KIND_ORDER = ("typo", "legacy", "lookalike", "tone", "unicode", "space")


@dataclass
class Normalized:
    text: str
    offsets: OffsetMap
    corrections: list[Correction] = field(default_factory=list)


class _Forward:
    """Maps offsets of a pass's input to its output (for carrying earlier regions along)."""

    def __init__(self, edits: list[Edit]):
        self.starts = [e.start for e in edits]
        self.ends = [e.end for e in edits]
        self.new_starts: list[int] = []
        self.new_ends: list[int] = []
        delta = 0
        for e in edits:
            self.new_starts.append(e.start + delta)
            delta += len(e.new) - (e.end - e.start)
            self.new_ends.append(e.end + delta)

    def start(self, i: int) -> int:
        k = bisect_right(self.ends, i)  # edits wholly before or ending at i
        if k < len(self.starts) and self.starts[k] < i:  # i falls inside edit k
            return self.new_starts[k]
        return i + (self.new_ends[k - 1] - self.ends[k - 1] if k else 0)

    def end(self, i: int) -> int:
        k = bisect_left(self.starts, i)  # edits starting before i
        if k and self.ends[k - 1] > i:  # i falls inside edit k-1
            return self.new_ends[k - 1]
        return i + (self.new_ends[k - 1] - self.ends[k - 1] if k else 0)


def normalize(raw: str, *, tone_style: str = "old", correct: bool = True,
              entities: bool = False) -> Normalized:
    """Normalize ``raw``.

    ``tone_style`` is ``old`` (hòa, thủy: the default, the press's and the
    official names' style), ``new`` (hoà, thuỷ) or ``keep``; ``correct=False``
    skips typo correction; ``entities=True`` also decodes HTML entities left in
    scraped text (off by default: annotated corpora keep ``&amp;``/``&gt;`` as
    text, so decoding them changes words the scorer compares).
    """
    if tone_style not in STYLES:
        raise ValueError(f"tone_style must be one of {STYLES}, not {tone_style!r}")
    text = raw
    omap = OffsetMap.identity()
    # (final-text start, end, raw start, raw end, kind) of every edit, carried forward.
    regions: list[list] = []
    passes = (
        lambda t: legacy.edits(t),
        lambda t: chars.edits(t, entities),
        lambda t: words.edits(t, tone_style, correct),
    )
    for make in passes:
        edits = make(text)
        if not edits:
            continue
        fwd = _Forward(edits)
        for r in regions:
            r[0], r[1] = fwd.start(r[0]), max(fwd.end(r[1]), fwd.start(r[0]))
        new_text, layer = apply_edits(text, edits)
        for e, s, t in zip(edits, fwd.new_starts, fwd.new_ends):
            rs, re_ = omap.to_source(e.start, e.end)
            regions.append([s, t, rs, re_, e.kind])
        omap = layer.after(omap)
        text = new_text
    return Normalized(text, omap, _corrections(raw, text, regions))


def _corrections(raw: str, text: str, regions: list[list]) -> list[Correction]:
    regions.sort(key=lambda r: (r[0], r[1]))
    merged: list[list] = []
    for r in regions:
        if merged and r[0] < merged[-1][1]:
            m = merged[-1]
            m[1] = max(m[1], r[1])
            m[2], m[3] = min(m[2], r[2]), max(m[3], r[3])
            m[4].append(r[4])
        else:
            merged.append([r[0], r[1], r[2], r[3], [r[4]]])
    out: list[Correction] = []
    for s, e, rs, re_, kinds in merged:
        before, after = raw[rs:re_], text[s:e]
        if before == after:
            continue
        base = [k.split("/", 1)[0] for k in kinds]
        kind = min(base, key=lambda k: _KIND_ORDER.index(k) if k in _KIND_ORDER else len(_KIND_ORDER))
        rule = next((k for k in kinds if k.split("/", 1)[0] == kind), kind)
        out.append(Correction(s, e, rs, re_, before, after, kind, f"rule:normalize.{rule.replace('/', '.')}"))
    return out


def stage(doc) -> None:
    """Pipeline stage: fill ``doc.text``, ``doc.offsets``, ``doc.corrections`` from ``doc.raw``."""
    n = normalize(doc.raw)
    doc.text = n.text
    doc.offsets = n.offsets
    doc.corrections = n.corrections
    converted = sum(1 for c in n.corrections if c.kind == "legacy")
    if converted:
        doc.warnings.append(f"normalize: {converted} words typed in a legacy font (TCVN3/VNI) converted")
