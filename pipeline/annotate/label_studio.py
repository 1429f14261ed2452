"""Label Studio: tasks with pre-annotations out, the JSON export with annotations back in.

Export writes the task list Label Studio imports (``[{"data": …, "predictions": […]}]``),
one task per record: ``data.text`` is the normalized text, ``data.doc_id`` the
record id, and one prediction whose ``result`` holds a ``labels`` region per
entity (``from_name="label"``, ``to_name="text"``, as in
``annotations/label_studio_config.xml``).

Import reads Label Studio's JSON export (tasks with ``annotations``).  For each
task it takes the latest annotation that was not cancelled (by ``updated_at``,
then ``created_at``, then ``id``); a task nobody annotated is skipped, or read
from its latest prediction when ``use_predictions`` is set (the plain
``exportType=JSON`` export lists predictions by id only; the task file that
``vnfacts export`` wrote, and snapshot exports, carry their results).  The ``JSON_MIN``
export (flat rows with ``text`` and ``label``) and the exported task file
itself (predictions only) are read too.

Offsets: Label Studio (since 1.4) stores code-point offsets, like Python; older
versions stored JavaScript (UTF-16) offsets, which differ after a character
outside the Basic Multilingual Plane (an emoji).  Every region is checked
against its stored ``value.text``; when the code-point reading does not match
and the UTF-16 reading does, the UTF-16 one is used; when neither does, the
import fails with the task and region named.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

import orjson

from .. import __version__
from . import LABELS, AnnotationError, entity, gold_record

FROM_NAME = "label"
TO_NAME = "text"


def _task(record: dict[str, Any]) -> dict[str, Any]:
    result = []
    for i, e in enumerate(record.get("entities") or []):
        result.append({
            "id": f"e{i}",
            "from_name": FROM_NAME,
            "to_name": TO_NAME,
            "type": "labels",
            "origin": "prediction",
            "value": {"start": e["start"], "end": e["end"], "text": e["text"], "labels": [e["label"]]},
            "score": e.get("score", 1.0),
        })
    scores = [r["score"] for r in result]
    return {
        "data": {"text": record["text"], "doc_id": record.get("id")},
        "predictions": [{
            "model_version": f"vnfacts-{__version__}",
            "score": round(sum(scores) / len(scores), 4) if scores else 1.0,
            "result": result,
        }],
    }


def export(records: Iterable[dict[str, Any]]) -> bytes:
    return orjson.dumps([_task(r) for r in records], option=orjson.OPT_INDENT_2)


@dataclass
class ImportReport:
    tasks: int = 0
    from_annotations: int = 0
    from_predictions: int = 0
    skipped: list[str] = field(default_factory=list)

    def line(self) -> str:
        s = (f"{self.tasks} tasks: {self.from_annotations} from annotations, "
             f"{self.from_predictions} from predictions")
        if self.skipped:
            s += f", {len(self.skipped)} skipped (not annotated: {', '.join(self.skipped[:5])}"
            s += "…)" if len(self.skipped) > 5 else ")"
        return s


def _utf16_to_index(text: str, pos: int) -> int:
    """The code-point index of UTF-16 offset ``pos``."""
    units = 0
    for i, ch in enumerate(text):
        if units >= pos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _region_offsets(text: str, value: dict[str, Any], where: str) -> tuple[int, int]:
    start, end, surface = value["start"], value["end"], value.get("text")
    if surface is None or text[start:end] == surface:
        return start, end
    s16, e16 = _utf16_to_index(text, start), _utf16_to_index(text, end)
    if text[s16:e16] == surface:
        return s16, e16
    raise AnnotationError(f"{where}: text[{start}:{end}] is {text[start:end]!r}, "
                          f"Label Studio says {surface!r}")


def _entities(text: str, results: list[dict[str, Any]], where: str) -> list[dict[str, Any]]:
    out = []
    for r in results:
        if r.get("type") != "labels":  # relations, choices, comments: not entity spans
            continue
        value = r["value"]
        labels = value.get("labels") or []
        rw = f"{where} region {r.get('id')!r}"
        if len(labels) != 1:
            raise AnnotationError(f"{rw}: {len(labels)} labels {labels}, expected one of {', '.join(LABELS)}")
        start, end = _region_offsets(text, value, rw)
        out.append(entity(text, start, end, labels[0], rw))
    return out


def _latest(items: list[dict[str, Any]]) -> dict[str, Any] | None:
    live = [a for a in items if not a.get("was_cancelled")]
    if not live:
        return None
    return max(live, key=lambda a: (a.get("updated_at") or "", a.get("created_at") or "", a.get("id") or 0))


def _full_predictions(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The task's predictions with their results; the plain JSON export lists only their ids."""
    return [p for p in task.get("predictions") or [] if isinstance(p, dict)]


def _latest_prediction(task: dict[str, Any]) -> dict[str, Any]:
    return max(_full_predictions(task), key=lambda p: (p.get("created_at") or "", p.get("id") or 0))


def _doc_id(data: dict[str, Any], task_id: Any) -> Any:
    for k in ("doc_id", "id"):
        if data.get(k) is not None:
            return data[k]
    return f"task-{task_id}"


def import_(data: bytes, use_predictions: bool = False) -> tuple[list[dict[str, Any]], ImportReport]:
    try:
        tasks = orjson.loads(data)
    except orjson.JSONDecodeError as e:
        raise AnnotationError(f"not a Label Studio JSON export: {e}") from None
    if isinstance(tasks, dict):
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise AnnotationError("not a Label Studio JSON export: expected a list of tasks")
    report, records = ImportReport(tasks=len(tasks)), []
    for n, task in enumerate(tasks):
        if "data" not in task:  # JSON_MIN: one flat row per task
            records.append(_min_row(task, n))
            report.from_annotations += 1
            continue
        text = task["data"].get("text")
        if not isinstance(text, str):
            raise AnnotationError(f"task {task.get('id', n)}: no data.text")
        doc_id = _doc_id(task["data"], task.get("id", n))
        where = f"task {task.get('id', n)} ({doc_id})"
        chosen = _latest(task.get("annotations") or [])
        if chosen is not None:
            report.from_annotations += 1
        elif use_predictions and _full_predictions(task):
            chosen = _latest_prediction(task)
            report.from_predictions += 1
        else:
            report.skipped.append(str(doc_id))
            continue
        records.append(gold_record(doc_id, text, _entities(text, chosen.get("result") or [], where), where))
    return records, report


def _min_row(row: dict[str, Any], n: int) -> dict[str, Any]:
    text = row.get("text")
    if not isinstance(text, str):
        raise AnnotationError(f"row {n}: neither data.text (JSON export) nor text (JSON_MIN export)")
    doc_id = _doc_id(row, n)
    where = f"row {n} ({doc_id})"
    ents = []
    for i, v in enumerate(row.get(FROM_NAME) or []):
        labels = v.get("labels") or []
        if len(labels) != 1:
            raise AnnotationError(f"{where} span {i}: {len(labels)} labels {labels}")
        start, end = _region_offsets(text, v, f"{where} span {i}")
        ents.append(entity(text, start, end, labels[0], f"{where} span {i}"))
    return gold_record(doc_id, text, ents, where)


def predictions(data: bytes) -> dict[Any, list[dict[str, Any]]]:
    """``doc_id -> entities`` of each task's latest prediction (what the pipeline proposed)."""
    tasks = orjson.loads(data)
    if isinstance(tasks, dict):
        tasks = [tasks]
    out = {}
    for n, task in enumerate(tasks):
        if "data" not in task or not _full_predictions(task):
            continue
        text = task["data"]["text"]
        doc_id = _doc_id(task["data"], task.get("id", n))
        latest = _latest_prediction(task)
        out[doc_id] = _entities(text, latest.get("result") or [], f"task {task.get('id', n)} prediction")
    return out
