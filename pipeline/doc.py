"""The article as it moves through the stages.

A :class:`Doc` holds the raw input, the normalized ``text`` every extractor
works on, the :class:`~pipeline.offsets.OffsetMap` back to the raw input, and
the facts each stage adds.  Stages only ever see normalized offsets; the
record builder (:mod:`pipeline.record`) maps them to raw offsets in one place.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NamedTuple

import regex

from .offsets import OffsetMap
from .span import Span


@dataclass(slots=True)
class Correction:
    """One change normalization made: ``before`` (raw) became ``after`` (normalized).

    ``start``/``end`` index the normalized text (the span of ``after``),
    ``raw_start``/``raw_end`` the raw input (the span of ``before``).
    ``kind`` is ``typo`` for real corrections; ``tone``, ``unicode``,
    ``space``, ``legacy`` for normalizations that are never scored.
    """
    start: int
    end: int
    raw_start: int
    raw_end: int
    before: str
    after: str
    kind: str
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "raw_start": self.raw_start,
                "raw_end": self.raw_end, "before": self.before, "after": self.after,
                "kind": self.kind, "source": self.source}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Correction":
        return cls(d["start"], d["end"], d["raw_start"], d["raw_end"], d["before"],
                   d["after"], d["kind"], d.get("source", ""))


@dataclass(slots=True)
class Role:
    """A person holding a position; ``organization`` is the body named inside the position."""
    person: Span
    position: Span
    organization: str | None
    source: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person.text, "position": self.position.text,
                "organization": self.organization, "person_start": self.person.start,
                "position_start": self.position.start, "source": self.source}


class Token(NamedTuple):
    """A token of the normalized text (a tuple: cheap to make by the thousand)."""
    start: int
    end: int
    text: str


# A word (letters/digits, with inner dots, slashes, hyphens as in "25-NQ/TW",
# "TP.HCM", "1.500", "03/6/2013") or one other non-space character.
TOKEN_PATTERN = regex.compile(
    r"""
      \w+(?:[./\-,:+&']\w+)*     # Lê, 25-NQ/TW, TP.HCM, 1.500, 03/6/2013
    | [^\w\s]                    # any one punctuation mark
    """,
    regex.VERBOSE,
)


@dataclass
class Doc:
    id: str
    raw: str
    source: str | None = None
    text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap.identity)
    meta: dict[str, Any] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    zones: list[Span] = field(default_factory=list)
    entities: list[Span] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    documents: list[Span] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)
    counts: list[Span] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.raw

    @cached_property
    def tokens(self) -> list[Token]:
        """One tokenization of the normalized text, shared by every stage."""
        return [Token(m.start(), m.end(), m.group()) for m in TOKEN_PATTERN.finditer(self.text)]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence containing normalized offset ``pos`` (0 if none)."""
        return max(bisect_right(self._sentence_starts, pos) - 1, 0)

    def zone_of(self, pos: int) -> str:
        """The structural zone (``body``, ``title``, ``furniture``, ``caption``…) at ``pos``."""
        for z in self.zones:
            if z.start <= pos < z.end:
                return z.label
        return "body"

    def span(self, start: int, end: int, label: str, source: str = "",
             score: float = 1.0, **attrs: Any) -> Span:
        return Span(start, end, self.text[start:end], label, source, score, attrs)  # Span.of, one call fewer

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.to_source(start, end)
