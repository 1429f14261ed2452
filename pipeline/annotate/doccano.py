"""doccano: JSONL for a sequence-labeling project, out and back.

Export writes one line per record: ``{"text", "label": [[start, end, LABEL], …],
"doc_id"}``; doccano keeps the extra ``doc_id`` column with the example and
writes it back on export.  Import reads both shapes doccano exports: the
``label`` style (``[[start, end, LABEL], …]``) and the ``entities`` style of
projects with relations (``[{"start_offset", "end_offset", "label"}, …]``).
doccano's offsets are code points, as in Python.
"""
from __future__ import annotations

from typing import Any, Iterable

import orjson

from . import AnnotationError, dumps_jsonl, entity, gold_record


def _line(record: dict[str, Any]) -> dict[str, Any]:
    return {"text": record["text"],
            "label": [[e["start"], e["end"], e["label"]] for e in record.get("entities") or []],
            "doc_id": record.get("id")}


def export(records: Iterable[dict[str, Any]]) -> bytes:
    return dumps_jsonl(_line(r) for r in records)


def _doc_id(row: dict[str, Any], n: int) -> Any:
    meta = row.get("meta") if isinstance(row.get("meta"), dict) else {}
    for v in (row.get("doc_id"), meta.get("doc_id"), row.get("id")):
        if v is not None:
            return v
    return f"line-{n}"


def _spans(row: dict[str, Any], where: str) -> list[tuple[int, int, str]]:
    if "entities" in row:
        out = []
        for e in row["entities"]:
            try:
                out.append((e["start_offset"], e["end_offset"], e["label"]))
            except (KeyError, TypeError):
                raise AnnotationError(f"{where}: entity {e!r} lacks start_offset/end_offset/label") from None
        return out
    out = []
    for item in row.get("label") or []:
        if isinstance(item, dict):  # some doccano versions write label dicts
            item = (item.get("start_offset"), item.get("end_offset"), item.get("label"))
        if not (isinstance(item, (list, tuple)) and len(item) == 3):
            raise AnnotationError(f"{where}: label {item!r} is not [start, end, LABEL] "
                                  "(a text-classification export?)")
        out.append(tuple(item))
    return out


def import_(data: bytes) -> list[dict[str, Any]]:
    records = []
    for n, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as e:
            raise AnnotationError(f"line {n}: not JSON: {e}") from None
        text = row.get("text", row.get("data"))
        if not isinstance(text, str):
            raise AnnotationError(f"line {n}: no text")
        doc_id = _doc_id(row, n)
        where = f"line {n} ({doc_id})"
        ents = [entity(text, s, e, label, where) for s, e, label in _spans(row, where)]
        records.append(gold_record(doc_id, text, ents, where))
    return records
