"""``vnfacts export`` and ``vnfacts import``: the round trip through annotation tools."""
from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import click

from . import AnnotationError, dumps_jsonl, read_jsonl, record_entities

FORMATS = ("label-studio", "doccano", "spacy")


def _exporter(fmt: str):
    if fmt == "label-studio":
        from .label_studio import export
    elif fmt == "doccano":
        from .doccano import export
    else:
        from .spacy_docbin import export
    return export


def _write(path: str, data: bytes) -> None:
    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(path).write_bytes(data)


@click.command()
@click.argument("facts", metavar="FACTS.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="label-studio: tasks JSON with predictions; doccano: JSONL; spacy: a DocBin file.")
@click.option("-o", "--output", "output", required=True, metavar="OUT",
              help="Output file ('-' for stdout, not for spacy).")
def export(facts, fmt, output):
    """Pre-annotations for correction from FACTS.jsonl (the output of `vnfacts extract`).

    Offsets are those of each record's normalized `text`, which the export carries.
    Records with `error` set are left out.
    """
    if fmt == "spacy" and output == "-":
        raise click.UsageError("a DocBin is binary: give a file with -o")
    records, failed = [], []
    try:
        for r in read_jsonl(facts):
            (failed if r.get("error") else records).append(r)
        for r in records:
            record_entities(r)  # checks offsets and labels before anything is written
        data = _exporter(fmt)(records)
    except (AnnotationError, KeyError) as e:
        raise click.ClickException(f"{facts}: {e}") from None
    _write(output, data)
    n = sum(len(r.get("entities") or []) for r in records)
    msg = f"exported {len(records)} records, {n} entities as {fmt} to {output}"
    if failed:
        msg += f"; left out {len(failed)} error records ({', '.join(str(r.get('id')) for r in failed[:5])})"
    click.echo(msg, err=True)


def lexicon_entries(gold: list[dict[str, Any]], predicted: dict[Any, list[dict[str, Any]]] | None = None
                    ) -> tuple[dict[str, str], list[str]]:
    """Lexicon entries learned from corrected records, and the forms left out as ambiguous.

    Every annotated surface form with one label across the file becomes an
    entry.  With the pipeline's own predictions (``--against``, or the
    Label Studio task file itself), only what the annotators changed is kept: spans they added or
    relabeled, and as ``O`` the forms they deleted everywhere and never annotated.
    """
    labels: dict[str, set[str]] = defaultdict(set)
    changed: set[str] = set()
    deleted: Counter = Counter()
    for g in gold:
        gold_spans = {(e["start"], e["end"], e["label"]) for e in g["entities"]}
        for e in g["entities"]:
            labels[e["text"]].add(e["label"])
        if predicted is None or g["id"] not in predicted:
            changed |= {e["text"] for e in g["entities"]}
            continue
        pred = predicted[g["id"]]
        pred_spans = {(e["start"], e["end"], e["label"]) for e in pred}
        changed |= {e["text"] for e in g["entities"] if (e["start"], e["end"], e["label"]) not in pred_spans}
        gold_offsets = {(e["start"], e["end"]) for e in g["entities"]}
        for e in pred:
            if (e["start"], e["end"], e["label"]) not in gold_spans and \
                    not any(s < e["end"] and e["start"] < t for s, t in gold_offsets):
                deleted[e["text"]] += 1
    entries, ambiguous = {}, []
    for form in sorted(changed):
        if len(labels[form]) == 1:
            entries[form] = next(iter(labels[form]))
        else:
            ambiguous.append(form)
    for form in sorted(deleted):
        if form not in labels:
            entries[form] = "O"
    return entries, ambiguous


def write_lexicon(path: str, entries: dict[str, str], source: str) -> int:
    """Merge ``entries`` into the TSV at ``path`` (new entries override old ones); return the size."""
    from .lexicon import parse
    p = Path(path)
    old = parse(p.read_text(encoding="utf-8").splitlines(), path) if p.exists() else {}
    old.update(entries)
    lines = [f"# vnfacts user lexicon: surface<TAB>LABEL (O: never an entity); learned from {source}"]
    lines += [f"{form}\t{label}" for form, label in sorted(old.items())]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(old)


def _read_input(path: str) -> bytes:
    return sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()


@click.command(name="import")
@click.argument("exported", metavar="EXPORTED_FILE")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True,
              help="label-studio: its JSON export; doccano: its JSONL export; spacy: a DocBin.")
@click.option("-o", "--output", "output", required=True, metavar="GOLD.jsonl", help="Gold JSONL ('-' for stdout).")
@click.option("--use-predictions", is_flag=True,
              help="Label Studio: read tasks nobody annotated from their predictions instead of skipping them.")
@click.option("--lexicon-out", metavar="LEXICON.tsv", default=None,
              help="Also merge the corrected spans into this user lexicon (see VNFACTS_LEXICON).")
@click.option("--against", metavar="FACTS.jsonl", default=None, type=click.Path(exists=True, dir_okay=False),
              help="The pipeline output the export was made from: --lexicon-out then learns only what "
                   "annotators changed (Label Studio task files carry it already).")
def import_(exported, fmt, output, use_predictions, lexicon_out, against):
    """Read what annotators corrected in EXPORTED_FILE back into gold JSONL with offsets."""
    if use_predictions and fmt != "label-studio":
        raise click.UsageError("--use-predictions only applies to --format label-studio")
    if against and not lexicon_out:
        raise click.UsageError("--against only matters with --lexicon-out")
    data = _read_input(exported)
    predicted = None
    try:
        if fmt == "label-studio":
            from .label_studio import import_ as ls_import, predictions
            gold, report = ls_import(data, use_predictions=use_predictions)
            predicted = predictions(data)
            summary = report.line()
        elif fmt == "doccano":
            from .doccano import import_ as dc_import
            gold = dc_import(data)
            summary = f"{len(gold)} lines"
        else:
            from .spacy_docbin import import_ as sp_import
            gold = sp_import(data)
            summary = f"{len(gold)} docs"
    except AnnotationError as e:
        raise click.ClickException(f"{exported}: {e}") from None
    if against:
        try:
            predicted = {r.get("id"): record_entities(r) for r in read_jsonl(against) if not r.get("error")}
        except (AnnotationError, KeyError) as e:
            raise click.ClickException(f"{against}: {e}") from None
    _write(output, dumps_jsonl(gold))
    n = sum(len(g["entities"]) for g in gold)
    click.echo(f"imported {summary}: {len(gold)} gold records, {n} entities to {output}", err=True)
    if lexicon_out:
        entries, ambiguous = lexicon_entries(gold, predicted)
        size = write_lexicon(lexicon_out, entries, Path(exported).name)
        click.echo(f"lexicon {lexicon_out}: {len(entries)} entries learned, {size} in all"
                   + (f"; left out {len(ambiguous)} forms with two labels: {', '.join(ambiguous[:5])}"
                      if ambiguous else ""), err=True)
