"""The annotators' workflow: export pre-annotations, import corrections, learn from them.

One module per format (:mod:`.label_studio`, :mod:`.doccano`,
:mod:`.spacy_docbin`), each with ``export(records) -> bytes`` and
``import_(data, ...) -> list[gold record]``; :mod:`.cli` wires them to
``vnfacts export`` / ``vnfacts import``; :mod:`.lexicon` is the user lexicon
stage that lets corrected spans change the pipeline without code changes.

A gold record is what ``../shared/data/dev/gold.jsonl`` holds, plus offsets:
``{"id", "text", "entities": [{"label", "text", "start", "end"}, …]}``, with
``text`` the normalized text the offsets index.
"""
from __future__ import annotations

from typing import Any, Iterable, Iterator

import orjson

LABELS = ("PERSON", "POSITION", "ORGANIZATION", "LOCATION")


class AnnotationError(ValueError):
    """An exported file that cannot be read back faithfully (bad offsets, unknown label…)."""


def read_jsonl(path: str) -> Iterator[dict[str, Any]]:
    with open(path, "rb") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                try:
                    yield orjson.loads(line)
                except orjson.JSONDecodeError as e:
                    raise AnnotationError(f"{path}:{n}: not JSON: {e}") from None


def dumps_jsonl(records: Iterable[dict[str, Any]]) -> bytes:
    return b"".join(orjson.dumps(r) + b"\n" for r in records)


def entity(text: str, start: int, end: int, label: str, where: str,
           surface: str | None = None) -> dict[str, Any]:
    """One gold entity, checked: known label, offsets inside ``text``, non-empty, matching ``surface``."""
    if label not in LABELS:
        raise AnnotationError(f"{where}: unknown label {label!r} (expected one of {', '.join(LABELS)})")
    if not (0 <= start < end <= len(text)):
        raise AnnotationError(f"{where}: span {start}:{end} outside the text (length {len(text)})")
    if surface is not None and text[start:end] != surface:
        raise AnnotationError(f"{where}: text[{start}:{end}] is {text[start:end]!r}, the file says {surface!r}")
    return {"label": label, "text": text[start:end], "start": start, "end": end}


def gold_record(id: Any, text: str, entities: list[dict[str, Any]], where: str) -> dict[str, Any]:
    """A gold record with its entities sorted; overlapping spans are an error (the guideline is flat)."""
    ents = sorted(entities, key=lambda e: (e["start"], e["end"]))
    for a, b in zip(ents, ents[1:]):
        if b["start"] < a["end"]:
            raise AnnotationError(f"{where}: spans overlap: {a['text']!r} {a['start']}:{a['end']} "
                                  f"and {b['text']!r} {b['start']}:{b['end']} (the guideline keeps the outermost)")
    return {"id": id, "text": text, "entities": ents}


def record_entities(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The pipeline record's entities as gold entities (label, text, offsets only)."""
    where = f"record {record.get('id')!r}"
    return [entity(record["text"], e["start"], e["end"], e["label"], where, e["text"])
            for e in record.get("entities") or []]
