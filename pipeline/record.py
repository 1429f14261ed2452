"""Doc -> the JSONL record of ``spec/OUTPUT.md``.

This is the one place where normalized offsets are mapped back to the raw
input (``raw_start``/``raw_end``) and where each fact gets its sentence index
and zone.  :func:`check_record` asserts the contract's invariants.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Any

from . import WORD_CACHE
from .doc import Doc
from .span import Span

SCHEMA_VERSION = "1"
LABELS = ("PERSON", "POSITION", "ORGANIZATION", "LOCATION")
GRAINS = ("datetime", "time", "day", "month", "quarter", "year", "range", "duration")
META_KEYS = ("published", "author", "title")
FACT_FIELDS = ("entities", "documents", "dates", "counts")


def _span_dicts(doc: Doc, spans: list[Span]) -> list[dict[str, Any]]:
    """The record's dicts of ``spans``: :meth:`Span.to_dict` (the same keys in the same
    order), then the raw offsets, the sentence index and the zone of each.

    Written out in one loop rather than with ``to_dict``, ``doc.to_raw``,
    ``doc.sentence_of`` and ``doc.zone_of`` per span (what they compute, the same
    way): a record has some sixty spans, and those four calls were most of their cost.
    """
    to_source = doc.offsets.to_source if len(doc.offsets) else None   # None: raw offsets are the same
    starts = doc._sentence_starts
    zones = [(z.start, z.end, z.label) for z in doc.zones]
    out = []
    for span in spans:
        start, end = span.start, span.end
        raw_start, raw_end = to_source(start, end) if to_source is not None else (start, end)
        i = bisect_right(starts, start) - 1
        zone = "body"
        for a, b, label in zones:
            if a <= start < b:
                zone = label
                break
        if span.attrs:
            d = {"label": span.label, "text": span.text, "start": start, "end": end,
                 "source": span.source, "score": _ROUNDED[span.score]}
            d.update(span.attrs)
            d["raw_start"], d["raw_end"] = raw_start, raw_end
            d["sentence"] = i if i > 0 else 0
            d["zone"] = zone
        else:   # (most entities: the whole dict in one display)
            d = {"label": span.label, "text": span.text, "start": start, "end": end,
                 "source": span.source, "score": _ROUNDED[span.score], "raw_start": raw_start,
                 "raw_end": raw_end, "sentence": i if i > 0 else 0, "zone": zone}
        out.append(d)
    return out


class _Rounded(dict):
    """score -> ``round(score, 4)``, computed once per distinct score (the rules
    give a dozen; rounding a float goes through its decimal digits each time).
    Holds no whole number: ``1`` and ``1.0`` are one key, and round() keeps an
    int an int.  Emptied when it holds :data:`WORD_CACHE` scores."""

    def __missing__(self, score: float) -> float:
        rounded = round(score, 4)
        if type(score) is float and not score.is_integer():
            if len(self) >= WORD_CACHE:
                self.clear()
            self[score] = rounded
        return rounded


_ROUNDED = _Rounded()


def build_record(doc: Doc) -> dict[str, Any]:
    meta = {k: doc.meta.get(k) for k in META_KEYS}
    meta.update({k: v for k, v in doc.meta.items() if k not in meta})
    record: dict[str, Any] = {
        "id": doc.id,
        "source": doc.source,
        "schema_version": SCHEMA_VERSION,
        "text": doc.text,
        "meta": meta,
        "corrections": [c.to_dict() for c in doc.corrections],
        "sentences": [{"start": s, "end": e} for s, e in doc.sentences],
        "zones": [{"kind": z.label, "start": z.start, "end": z.end} for z in doc.zones],
    }
    for field in FACT_FIELDS:
        record[field] = _span_dicts(doc, getattr(doc, field))
        if field == "entities":
            record["roles"] = _roles(doc)
    record["warnings"] = list(doc.warnings)
    record["error"] = None
    return record


def _roles(doc: Doc) -> list[dict[str, Any]]:
    seen, out = set(), []
    for r in doc.roles:
        d = r.to_dict()
        k = (d["person"], d["position"])
        if k not in seen:  # roles are a set per article
            seen.add(k)
            out.append(d)
    return out


def error_record(id: str, source: str | None, message: str,
                 meta: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one line an article that could not be processed still yields."""
    m = {k: None for k in META_KEYS}
    m.update(meta or {})
    return {"id": id, "source": source, "schema_version": SCHEMA_VERSION, "text": "",
            "meta": m, "corrections": [], "sentences": [], "zones": [], "entities": [],
            "roles": [], "documents": [], "dates": [], "counts": [], "warnings": [],
            "error": message}


def check_record(record: dict[str, Any], raw: str | None = None) -> list[str]:
    """Every violation of the contract's invariants in one record (``[]`` if none)."""
    problems: list[str] = []
    text = record["text"]
    for field in FACT_FIELDS:
        for s in record[field]:
            if text[s["start"]:s["end"]] != s["text"]:
                problems.append(f"{field}: text[{s['start']}:{s['end']}] != {s['text']!r}")
            if raw is not None and not (0 <= s["raw_start"] <= s["raw_end"] <= len(raw)):
                problems.append(f"{field}: raw offsets {s['raw_start']}:{s['raw_end']} out of range")
    for c in record["corrections"]:
        if text[c["start"]:c["end"]] != c["after"]:
            problems.append(f"correction {c['after']!r} not at {c['start']}:{c['end']}")
        if raw is not None and raw[c["raw_start"]:c["raw_end"]] != c["before"]:
            problems.append(f"correction {c['before']!r} not at raw {c['raw_start']}:{c['raw_end']}")
    ents = record["entities"]
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            problems.append(f"entities overlap or are unsorted at {b['start']}")
    problems += [f"unknown label {e['label']!r}" for e in ents if e["label"] not in LABELS]
    problems += [f"unknown grain {d['grain']!r}" for d in record["dates"] if d.get("grain") not in GRAINS]
    return problems
