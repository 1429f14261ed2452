"""One article as an HTML page: its text with the entities highlighted by
spaCy's displaCy, and its facts (roles, documents, dates, counts, corrections,
entities) in tables below.

    vnfacts show facts.jsonl --id 000_8b08714e9c7da122 -o page.html

The page is self-contained (inline CSS, no script, nothing fetched) and every
piece of text from the record is HTML-escaped: article text by displaCy, the
rest here.  Each highlight is a ``<mark class="entity" data-label="PERSON">``
whose tooltip names the rule that found it and its score.
"""
from __future__ import annotations

import html
import os
from collections import Counter
from typing import Any, Iterable

import pandas as pd

from .record import LABELS

COLORS = {
    "PERSON": "#f9c6c9",        # rose
    "POSITION": "#ffe3a3",      # amber
    "ORGANIZATION": "#b9e2f5",  # sky
    "LOCATION": "#c7ecc0",      # green
}
DEFAULT_COLOR = "#dddddd"

# displaCy's entity template, with the label as a data attribute and a tooltip.
_ENT_TEMPLATE = (
    '<mark class="entity" data-label="{label}" title="{tip}" style="background: {bg}; '
    'padding: 0.2em 0.4em; margin: 0 0.15em; line-height: 1; border-radius: 0.35em;">'
    '{text}<span class="entity-label" style="font-size: 0.62em; font-weight: bold; line-height: 1; '
    'vertical-align: middle; margin-left: 0.4rem; opacity: 0.75">{label}</span></mark>'
)

_CSS = """
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif;
       margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 4rem; color: #222; background: #fff; }
h1 { font-size: 1.5rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.15rem; margin: 2.2rem 0 0.6rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
dl.meta { display: grid; grid-template-columns: max-content auto; gap: 0.15rem 1rem; margin: 0 0 1rem; font-size: 0.9rem; }
dl.meta dt { color: #666; } dl.meta dd { margin: 0; }
.legend { font-size: 0.85rem; margin: 0.5rem 0 1rem; }
.legend span { display: inline-block; padding: 0.15em 0.6em; margin-right: 0.5em; border-radius: 0.35em; }
.error { background: #fde2e1; border: 1px solid #e0a3a0; padding: 0.6rem 0.9rem; border-radius: 0.3rem; }
.warning { background: #fff6d6; border: 1px solid #e5d18a; padding: 0.4rem 0.9rem; border-radius: 0.3rem; font-size: 0.9rem; }
article .entities { font-size: 1.02rem; line-height: 2.1 !important; }
table.facts { border-collapse: collapse; font-size: 0.85rem; width: 100%; }
table.facts th, table.facts td { border: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
table.facts th { background: #f3f3f3; }
table.facts tr:nth-child(even) td { background: #fafafa; }
p.none { color: #888; font-style: italic; }
"""

# Columns shown for each fact table (all exist in pipeline.frames.SCHEMA).
_SHOWN = {
    "roles": ["person", "position", "organization", "sentence", "source"],
    "documents": ["text", "type", "symbol", "issued", "issuer", "sentence", "source", "score"],
    "dates": ["text", "value", "grain", "sentence", "source", "score"],
    "counts": ["text", "value", "unit", "sentence", "source", "score"],
    "corrections": ["before", "after", "kind", "raw_start", "start", "sentence", "source"],
    "entities": ["label", "text", "start", "end", "sentence", "zone", "source", "score"],
}
_TITLES = {"roles": "Roles", "documents": "Documents", "dates": "Dates and times",
           "counts": "Counts", "corrections": "Corrections", "entities": "Entities"}


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def find_record(source: str | os.PathLike | Iterable, id: str | None) -> dict[str, Any]:
    """The record with ``id`` in ``source`` (files or globs, streamed), or the first one when ``id`` is None."""
    from .frames import iter_records
    seen = 0
    for _, _, rec in iter_records(source):
        if id is None or str(rec.get("id")) == id:
            return rec
        seen += 1
    raise KeyError(f"no record with id {id!r} among {seen} records" if id is not None else "no record at all")


def highlightable(record: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    """The entities displaCy can draw (in order, inside the text, not overlapping) and why others were left out."""
    text = record.get("text") or ""
    kept, problems, end = [], [], 0
    for e in sorted(record.get("entities") or [], key=lambda e: (e.get("start", -1), e.get("end", -1))):
        s, t = e.get("start"), e.get("end")
        if not isinstance(s, int) or not isinstance(t, int) or not 0 <= s < t <= len(text):
            problems.append(f"entity {e.get('text')!r} has no usable offsets ({s}:{t})")
        elif text[s:t] != e.get("text"):
            problems.append(f"entity {e.get('text')!r} does not match the text at {s}:{t}")
        elif s < end:
            problems.append(f"entity {e.get('text')!r} at {s}:{t} overlaps the one before")
        else:
            kept.append(e)
            end = t
    return kept, problems


def render_text(record: dict[str, Any], entities: list[dict[str, Any]]) -> str:
    """The article text with ``entities`` highlighted: displaCy markup (escaped)."""
    from spacy import displacy
    ents = []
    for e in entities:
        tip = f"{e['label']} · {e.get('source') or '?'} · score {e.get('score', '?')} · sentence {e.get('sentence', '?')}"
        ents.append({"start": e["start"], "end": e["end"], "label": _e(e["label"]), "params": {"tip": _e(tip)}})
    colors = {_e(k): v for k, v in COLORS.items()}
    return displacy.render({"text": record.get("text") or "", "ents": ents, "title": None},
                           style="ent", manual=True, page=False, jupyter=False,
                           options={"colors": colors, "template": _ENT_TEMPLATE})


def _table(df, table: str) -> str:
    if df.empty:
        return f'<p class="none">No {_TITLES[table].lower()}.</p>'
    shown = df[_SHOWN[table]].astype(object).map(_cell)
    return shown.to_html(index=False, escape=True, border=0, classes=["facts"], table_id=f"{table}-table")


def _cell(v: Any) -> str:
    """A table cell: empty for a missing value, numbers in full (1,500,000,000), the rest as text."""
    if v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and v != v):
        return ""
    if isinstance(v, float):
        return f"{v:,.15g}"
    return str(v)


def render(record: dict[str, Any]) -> str:
    """The whole HTML page of one record."""
    from .frames import from_records
    tables = from_records([record])
    meta = record.get("meta") or {}
    title = meta.get("title") or record.get("id") or "article"
    entities, problems = highlightable(record)
    counts = Counter(e["label"] for e in entities)
    rows = [("id", record.get("id")), ("source", record.get("source")), ("published", meta.get("published")),
            ("author", meta.get("author")), ("title", meta.get("title"))]
    rows += [(k, v) for k, v in meta.items() if k not in ("published", "author", "title") and v not in (None, "")]
    rows.append(("facts", ", ".join(f"{len(record.get(t) or [])} {t}" for t in _SHOWN)))
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)} · vnfacts</title><style>{_CSS}</style></head><body>",
        f"<header><h1>{_e(title)}</h1>",
        '<dl class="meta">' + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows if v is not None) + "</dl>",
        "</header>",
    ]
    if record.get("error"):
        parts.append(f'<p class="error" id="error"><strong>Error:</strong> {_e(record["error"])}</p>')
    for w in list(record.get("warnings") or []) + problems:
        parts.append(f'<p class="warning">{_e(w)}</p>')
    legend = "".join(f'<span style="background: {COLORS.get(label, DEFAULT_COLOR)}">{_e(label)} {counts[label]}</span>'
                     for label in [*LABELS, *sorted(set(counts) - set(LABELS))])
    parts += [f'<div class="legend" id="legend">{legend}</div>',
              f'<article id="text">{render_text(record, entities)}</article>']
    for table in _SHOWN:
        parts.append(f'<section id="{table}"><h2>{_TITLES[table]} ({len(tables[table])})</h2>{_table(tables[table], table)}</section>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _command():
    import click

    @click.command("show")
    @click.argument("facts", nargs=-1, required=True, metavar="FACTS.jsonl...")
    @click.option("--id", "id_", default=None, metavar="ID", help="The article's id (default: the first record).")
    @click.option("-o", "--output", "out", required=True, metavar="page.html", help="The HTML file to write ('-' for stdout).")
    def show_command(facts, id_, out):
        """Write one article of FACTS.jsonl as an HTML page: entities highlighted, facts in tables."""
        try:
            record = find_record(facts, id_)
        except (FileNotFoundError, ValueError) as e:
            raise click.ClickException(str(e)) from None
        except KeyError as e:
            raise click.ClickException(e.args[0]) from None
        page = render(record)
        if out == "-":
            click.echo(page)
        else:
            with open(out, "w", encoding="utf-8") as fh:
                fh.write(page)
            click.echo(f"{out}: {record.get('id')}, {len(record.get('entities') or [])} entities", err=True)

    return show_command


show_command = _command()
