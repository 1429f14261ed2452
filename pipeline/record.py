"""Doc -> the JSONL record of ``spec/OUTPUT.md``.

This is the one place where normalized offsets are mapped back to the raw
input (``raw_start``/``raw_end``) and where each fact gets its sentence index
and zone.  :func:`check_record` asserts the contract's invariants.
"""
from __future__ import annotations

from typing import Any

from .doc import Doc
from .span import Span

SCHEMA_VERSION = "1"
LABELS = ("PERSON", "POSITION", "ORGANIZATION", "LOCATION")
GRAINS = ("datetime", "time", "day", "month", "quarter", "year", "range", "duration")
META_KEYS = ("published", "author", "title")
FACT_FIELDS = ("entities", "documents", "dates", "counts")


def _span_dict(doc: Doc, span: Span) -> dict[str, Any]:
    d = span.to_dict()
    d["raw_start"], d["raw_end"] = doc.to_raw(span.start, span.end)
    d["sentence"] = doc.sentence_of(span.start)
    d["zone"] = doc.zone_of(span.start)
    return d


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
        record[field] = [_span_dict(doc, s) for s in getattr(doc, field)]
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
