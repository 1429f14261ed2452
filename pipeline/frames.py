"""The JSONL of ``vnfacts extract`` as tidy pandas tables.

    >>> from pipeline import frames
    >>> t = frames.load("facts.jsonl")            # or a list of files, or "out/*.jsonl"
    >>> t["entities"].query("label == 'PERSON'")["text"].value_counts().head()
    >>> for t in frames.iter_load("huge.jsonl", chunksize=10_000):   # bounded memory
    ...     ...

:func:`load` returns a dict of DataFrames; :func:`iter_load` yields the same
dict for every ``chunksize`` articles, so files larger than memory can be
aggregated chunk by chunk.  ``vnfacts tables FACTS.jsonl -o DIR`` writes the
tables as Parquet or CSV, streaming chunk by chunk.

One row per article in ``articles``; one row per fact everywhere else, with
``article_id`` (joins ``articles.article_id``) and ``idx`` (the fact's position
in its record's list, so ``record[table][idx]`` is the fact).  Every field of
the contract (``spec/OUTPUT.md``) is a column; fields a record adds beyond
the schema below land, as JSON, in the ``extra`` column, so no information is
lost and the columns never depend on the data.  A missing field is ``<NA>``:
gold files (labels and texts, no offsets) load too.

Dtypes: offsets and indices are nullable ``Int64``; scores and count values
``Float64``; texts ``string``; labels, kinds, grains, zones, document types
and rule names ``category`` (entity ``label`` and date ``grain`` with the
contract's fixed categories, the others with the categories observed, so two
chunks of :func:`iter_load` may differ there; ``pd.concat`` then falls back to
``object``, and :func:`load` does not have that problem).  An ISO value that
names one full day (``2013-06-03``, ``2023-10-12T17:55``) is also parsed into a
``datetime64`` column beside the string (``dates.date``, ``documents.issued_date``,
``articles.published``); partial values (``2013-06``, ``--05-05``, ``P10Y``)
stay strings with ``NaT`` beside them.  ``sentence`` and ``zone`` are taken
from the record, or computed from its ``sentences``/``zones`` when a fact
lacks them (roles and corrections).

The columns of each table, with their dtype (``SCHEMA``, printed below):
"""
from __future__ import annotations

import glob as _glob
import json
import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import orjson
import pandas as pd
import regex

from .record import GRAINS, LABELS

# -- schema -----------------------------------------------------------------

_FACT = {  # leading columns of every fact table
    "article_id": ("string", "id of the article (joins articles.article_id)"),
    "idx": ("Int64", "position of the fact in the record's list"),
}
_SPAN = {  # what every span of the record has
    "label": ("category", "the span's label"),
    "text": ("string", "the span's text: article text[start:end]"),
    "start": ("Int64", "start offset in the normalized text"),
    "end": ("Int64", "end offset (exclusive) in the normalized text"),
    "raw_start": ("Int64", "start offset in the raw input"),
    "raw_end": ("Int64", "end offset (exclusive) in the raw input"),
    "sentence": ("Int64", "index of the sentence the fact starts in"),
    "zone": ("category", "structural zone: body, title, furniture, caption..."),
    "source": ("category", "rule or model that produced it (rule:<name>)"),
    "score": ("Float64", "confidence of that rule or model"),
}
_EXTRA = {"extra": ("string", "JSON object of the fields not in this schema, or <NA>")}

SCHEMA: dict[str, dict[str, tuple[str, str]]] = {
    "articles": {
        "article_id": ("string", "the record's id"),
        "source": ("string", "the input file (and line) it came from"),
        "schema_version": ("string", "record schema version"),
        "published": ("datetime64[ns]", "meta.published as a datetime (NaT when absent or partial)"),
        "published_iso": ("string", "meta.published as written in the record"),
        "author": ("string", "meta.author"),
        "title": ("string", "meta.title"),
        "error": ("string", "why the article could not be processed, <NA> when it was"),
        "n_chars": ("Int64", "length of the normalized text"),
        "n_sentences": ("Int64", "number of sentences"),
        "n_entities": ("Int64", "number of entities"),
        "n_roles": ("Int64", "number of roles"),
        "n_documents": ("Int64", "number of document references"),
        "n_dates": ("Int64", "number of dates"),
        "n_counts": ("Int64", "number of counts"),
        "n_corrections": ("Int64", "number of corrections (every kind)"),
        "n_typos": ("Int64", "number of corrections of kind 'typo'"),
        "warnings": ("string", "the record's warnings, one per line, <NA> when none"),
        "file": ("string", "the JSONL file the record was read from"),
        "line": ("Int64", "its line number in that file (1-based)"),
        "extra": ("string", "JSON object of the other meta and record fields, or <NA>"),
    },
    "entities": {**_FACT, **_SPAN, **_EXTRA},
    "roles": {
        **_FACT,
        "person": ("string", "the PERSON's text"),
        "position": ("string", "the POSITION's text"),
        "organization": ("string", "the organization named inside the position, or <NA>"),
        "person_start": ("Int64", "start offset of the person mention"),
        "person_end": ("Int64", "end offset of the person mention"),
        "position_start": ("Int64", "start offset of the position mention"),
        "position_end": ("Int64", "end offset of the position mention"),
        "sentence": ("Int64", "sentence of the person mention"),
        "zone": ("category", "zone of the person mention"),
        "source": ("category", "rule that linked them"),
        "score": ("Float64", "confidence, <NA> when the record has none"),
        **_EXTRA,
    },
    "documents": {
        **_FACT, **_SPAN,
        "type": ("category", "document type as written: Nghị quyết, Quyết định..."),
        "symbol": ("string", "number and code: 25-NQ/TW"),
        "issued": ("string", "ISO date of issue, or <NA>"),
        "issued_date": ("datetime64[ns]", "issued as a datetime (NaT when absent or partial)"),
        "issuer": ("string", "the organization that issued it, or <NA>"),
        **_EXTRA,
    },
    "dates": {
        **_FACT, **_SPAN,
        "value": ("string", "ISO 8601 value: 2013-06-03, 2013-06, P10Y, 2013/2018, --05-05, T08:00"),
        "grain": ("category", "datetime, time, day, month, quarter, year, range, duration"),
        "date": ("datetime64[ns]", "value as a datetime when it names a full day, else NaT"),
        "year": ("Int64", "the (first) year the value names, <NA> for durations, times, yearless dates"),
        **_EXTRA,
    },
    "counts": {
        **_FACT, **_SPAN,
        "value": ("Float64", "the number: 1,5 tỷ đồng -> 1500000000"),
        "unit": ("string", "the counted noun, lower-cased: mô hình, đồng, %"),
        **_EXTRA,
    },
    "corrections": {
        **_FACT,
        "start": ("Int64", "start of the corrected text in the normalized text"),
        "end": ("Int64", "end of the corrected text in the normalized text"),
        "raw_start": ("Int64", "start of the original text in the raw input"),
        "raw_end": ("Int64", "end of the original text in the raw input"),
        "before": ("string", "the raw text"),
        "after": ("string", "what normalization made of it"),
        "kind": ("category", "typo, tone, unicode, space, legacy"),
        "source": ("category", "rule that made the change"),
        "sentence": ("Int64", "sentence of the corrected text"),
        "zone": ("category", "zone of the corrected text"),
        **_EXTRA,
    },
}
TABLES = tuple(SCHEMA)
# Record list that feeds each fact table.
FACT_TABLES = ("entities", "roles", "documents", "dates", "counts", "corrections")
_FIXED_CATEGORIES = {("entities", "label"): LABELS, ("dates", "grain"): GRAINS}
# Columns computed here, never read from the record (so they do not go to ``extra`` either).
_DERIVED = {"article_id", "idx", "issued_date", "date", "year", "person_end", "position_end"}


def _schema_doc() -> str:
    lines = []
    for table, cols in SCHEMA.items():
        lines.append(f"\n``{table}``\n")
        width = max(map(len, cols))
        lines += [f"    {name:<{width}}  {dtype:<15} {desc}" for name, (dtype, desc) in cols.items()]
    return "\n".join(lines) + "\n"


__doc__ = (__doc__ or "") + _schema_doc()

# -- reading ----------------------------------------------------------------


def _paths(source: str | os.PathLike | Iterable[str | os.PathLike]) -> list[Path]:
    """One path, a glob, or a list of either -> the files, in order."""
    items = [source] if isinstance(source, (str, os.PathLike)) else list(source)
    out: list[Path] = []
    for item in items:
        s = os.fspath(item)
        if _glob.has_magic(s):
            found = sorted(_glob.glob(s, recursive=True))
            if not found:
                raise FileNotFoundError(f"{s}: no file matches")
            out += map(Path, found)
        else:
            p = Path(s)
            if not p.is_file():
                raise FileNotFoundError(f"{s}: no such file")
            out.append(p)
    if not out:
        raise FileNotFoundError("no input file given")
    return out


def iter_records(source: str | os.PathLike | Iterable[str | os.PathLike]) -> Iterator[tuple[Path, int, dict]]:
    """``(file, line number, record)`` for every record of every file, streaming."""
    for path in _paths(source):
        with open(path, "rb") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = orjson.loads(line)
                except orjson.JSONDecodeError as e:
                    raise ValueError(f"{path}:{lineno}: not a JSON line ({e}); "
                                     "a torn last line means an interrupted run: finish it with --resume") from None
                if not isinstance(record, dict):
                    raise ValueError(f"{path}:{lineno}: a JSON {type(record).__name__}, not a record")
                yield path, lineno, record


class _Builder:
    """Column lists for every table, filled record by record, turned into DataFrames once."""

    def __init__(self, text: bool = False):
        self.text = text
        self.cols = {t: {c: [] for c in SCHEMA[t]} for t in TABLES}
        if text:
            self.cols["articles"]["text"] = []

    def add(self, path: Path, lineno: int, rec: dict[str, Any]) -> None:
        for table in FACT_TABLES:
            facts = rec.get(table)
            if facts is not None and not (isinstance(facts, list) and all(isinstance(f, dict) for f in facts)):
                raise ValueError(f"{path}:{lineno}: '{table}' is not a list of objects")
        aid = rec.get("id")
        aid = None if aid is None else str(aid)
        text = rec.get("text") or ""
        meta = rec.get("meta") or {}
        starts = [s.get("start") for s in rec.get("sentences") or []]
        zones = rec.get("zones")

        def sentence_of(pos):
            if pos is None or not starts:
                return None
            return max(bisect_right(starts, pos) - 1, 0)

        def zone_of(pos):
            if pos is None or zones is None:
                return None
            for z in zones:
                if z.get("start", 0) <= pos < z.get("end", 0):
                    return z.get("kind")
            return "body"

        lists = {t: rec.get(t) or [] for t in FACT_TABLES}
        a = self.cols["articles"]
        known_meta = {"published", "author", "title"}
        extra = {f"meta.{k}": v for k, v in meta.items() if k not in known_meta}
        extra.update({k: v for k, v in rec.items()
                      if k not in ("id", "source", "schema_version", "text", "meta", "error", "warnings",
                                   "sentences", "zones", *FACT_TABLES)})
        warnings = rec.get("warnings") or []
        row = {
            "article_id": aid, "source": rec.get("source"), "schema_version": rec.get("schema_version"),
            "published": meta.get("published"), "published_iso": meta.get("published"),
            "author": meta.get("author"), "title": meta.get("title"), "error": rec.get("error"),
            "n_chars": len(text), "n_sentences": len(starts),
            **{f"n_{t}": len(lists[t]) for t in FACT_TABLES},
            "n_typos": sum(1 for c in lists["corrections"] if c.get("kind") == "typo"),
            "warnings": "\n".join(map(str, warnings)) if warnings else None,
            "file": str(path), "line": lineno, "extra": _json(extra),
        }
        for c, v in row.items():
            a[c].append(v)
        if self.text:
            a["text"].append(text)

        for table in FACT_TABLES:
            cols = self.cols[table]
            names = [c for c in SCHEMA[table] if c not in _DERIVED and c != "extra"]
            for i, fact in enumerate(lists[table]):
                cols["article_id"].append(aid)
                cols["idx"].append(i)
                for c in names:
                    cols[c].append(fact.get(c))
                rest = {k: v for k, v in fact.items() if k not in SCHEMA[table] or k in _DERIVED}
                cols["extra"].append(_json(rest))
                at = fact.get("person_start") if table == "roles" else fact.get("start")
                if table == "roles":
                    cols["person_end"].append(_end(fact.get("person_start"), fact.get("person")))
                    cols["position_end"].append(_end(fact.get("position_start"), fact.get("position")))
                if fact.get("sentence") is None:
                    cols["sentence"][-1] = sentence_of(at)
                if fact.get("zone") is None:
                    cols["zone"][-1] = zone_of(at)
                if table == "documents":
                    cols["issued_date"].append(fact.get("issued"))
                elif table == "dates":
                    cols["date"].append(fact.get("value"))
                    cols["year"].append(_year(fact.get("value")))

    def frames(self) -> dict[str, pd.DataFrame]:
        out = {}
        for table in TABLES:
            schema = dict(SCHEMA[table])
            if table == "articles" and self.text:
                schema["text"] = ("string", "")
            data = {c: _convert(table, c, schema[c][0], v) for c, v in self.cols[table].items()}
            out[table] = pd.DataFrame(data, columns=list(schema))
        return out

    def __len__(self) -> int:
        return len(self.cols["articles"]["article_id"])


def _json(d: dict[str, Any]) -> str | None:
    return json.dumps(d, ensure_ascii=False, sort_keys=True, default=str) if d else None


def _end(start: Any, text: Any) -> int | None:
    return start + len(text) if isinstance(start, int) and isinstance(text, str) else None


# A full day, optionally with a time, optionally with a UTC offset (dropped: local time is kept).
_FULL_DAY = regex.compile(
    r"""
    ^(?P<local>
        \d{4}-\d{2}-\d{2}                  # 2013-06-03
        (?:[T ]\d{2}:\d{2}(?::\d{2})?)?    # 2023-10-12T17:55, 2023-10-12 17:55:00
    )
    (?:Z|[+\-]\d{2}:?\d{2})?$              # +07:00
    """,
    regex.VERBOSE,
)
_YEAR = regex.compile(
    r"""
    ^(\d{4})(?:$|[-/T])     # 2013, 2013-06, 2013-06-03, 2013-Q2, 2013/2018
    """,
    regex.VERBOSE,
)


def _year(value: Any) -> int | None:
    m = _YEAR.match(value) if isinstance(value, str) else None
    return int(m.group(1)) if m else None


def _full_days(values: list[Any]) -> pd.Series:
    """ISO strings -> datetime64[ns]; NaT for anything that is not one full day (or is out of range)."""
    local = []
    for v in values:
        m = _FULL_DAY.match(v) if isinstance(v, str) else None
        local.append(m.group("local") if m else None)
    s = pd.to_datetime(pd.Series(local, dtype="object"), format="ISO8601", errors="coerce")
    return s.astype("datetime64[ns]")


def _text(v: Any) -> str | None:
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, (int, float, bool)):
        return str(v)
    return json.dumps(v, ensure_ascii=False)


def _convert(table: str, column: str, dtype: str, values: list[Any]):
    if dtype == "Int64":
        return pd.array(values, dtype="Int64")
    if dtype == "Float64":
        return pd.array([None if v is None else float(v) for v in values], dtype="Float64")
    if dtype == "string":
        return pd.array([_text(v) for v in values], dtype="string")
    if dtype == "category":
        values = [_text(v) for v in values]
        categories = _FIXED_CATEGORIES.get((table, column))
        if categories is None:
            categories = sorted({v for v in values if v is not None})
        else:
            unknown = {v for v in values if v is not None and v not in categories}
            categories = list(categories) + sorted(unknown)  # an unknown label is kept, not lost
        return pd.Categorical(values, categories=categories)
    if dtype == "datetime64[ns]":
        return _full_days(values).array
    raise AssertionError(f"no conversion for dtype {dtype}")


def iter_load(source: str | os.PathLike | Iterable[str | os.PathLike], chunksize: int = 10_000,
              text: bool = False) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables of ``chunksize`` articles at a time (the last chunk may be smaller).

    ``source`` is a path, a glob (``"out/*.jsonl"``) or a list of either.
    ``text=True`` adds the article text as ``articles.text``.
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    builder = _Builder(text)
    for path, lineno, rec in iter_records(source):
        builder.add(path, lineno, rec)
        if len(builder) >= chunksize:
            yield builder.frames()
            builder = _Builder(text)
    if len(builder):
        yield builder.frames()


def load(source: str | os.PathLike | Iterable[str | os.PathLike], text: bool = False) -> dict[str, pd.DataFrame]:
    """Every table of every record of ``source`` (a path, a glob, or a list of either).

    Returns ``{"articles": ..., "entities": ..., "roles": ..., "documents": ...,
    "dates": ..., "counts": ..., "corrections": ...}``; see ``SCHEMA``.
    """
    builder = _Builder(text)
    for path, lineno, rec in iter_records(source):
        builder.add(path, lineno, rec)
    return builder.frames()


def from_records(records: Iterable[dict[str, Any]], text: bool = False) -> dict[str, pd.DataFrame]:
    """The tables of records already in memory (``file`` is ``<memory>``, ``line`` their position)."""
    builder = _Builder(text)
    for i, rec in enumerate(records, 1):
        builder.add(Path("<memory>"), i, rec)
    return builder.frames()


def empty() -> dict[str, pd.DataFrame]:
    """The tables with no rows, with every column and dtype."""
    return _Builder().frames()


# -- writing ----------------------------------------------------------------


def _arrow_schema(table: str):
    import pyarrow as pa
    types = {"string": pa.string(), "Int64": pa.int64(), "Float64": pa.float64(),
             "category": pa.dictionary(pa.int32(), pa.string()), "datetime64[ns]": pa.timestamp("ns")}
    schema = pa.schema([(c, types[d]) for c, (d, _) in SCHEMA[table].items()])
    # pandas' own metadata, so that pd.read_parquet gives back Int64, string, Float64
    return schema.with_metadata(pa.Schema.from_pandas(empty()[table], preserve_index=False).metadata)


def write(source: str | os.PathLike | Iterable[str | os.PathLike], out_dir: str | os.PathLike,
          format: str = "parquet", chunksize: int = 10_000) -> dict[str, tuple[Path, int]]:
    """Write every table of ``source`` to ``out_dir/<table>.<format>``, chunk by chunk.

    Returns ``{table: (path, rows written)}``.  Parquet keeps every dtype
    (categories as dictionaries); CSV writes ISO datetimes and empty cells for <NA>.
    """
    if format not in ("parquet", "csv"):
        raise ValueError(f"format must be parquet or csv, not {format!r}")
    if format == "parquet":
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise RuntimeError("Parquet needs pyarrow: pip install 'vnfacts[parquet]', or use --format csv") from None
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {t: out / f"{t}.{format}" for t in TABLES}
    rows = dict.fromkeys(TABLES, 0)
    writers: dict[str, Any] = {}
    try:
        chunks = iter_load(source, chunksize=chunksize)
        first = True
        for tables in chunks:
            for t, df in tables.items():
                if format == "parquet":
                    if t not in writers:
                        writers[t] = pq.ParquetWriter(paths[t], _arrow_schema(t))
                    writers[t].write_table(pa.Table.from_pandas(df, schema=_arrow_schema(t), preserve_index=False))
                else:
                    df.to_csv(paths[t], mode="w" if first else "a", header=first, index=False,
                              date_format="%Y-%m-%dT%H:%M:%S")
                rows[t] += len(df)
            first = False
        if first:  # no record at all: still write every table, empty, with its columns
            for t, df in empty().items():
                if format == "parquet":
                    pq.write_table(pa.Table.from_pandas(df, schema=_arrow_schema(t), preserve_index=False), paths[t])
                else:
                    df.to_csv(paths[t], index=False)
    finally:
        for w in writers.values():
            w.close()
    return {t: (paths[t], rows[t]) for t in TABLES}


def read_csv(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Tables written by :func:`write` as CSV, read back with the schema's dtypes."""
    out = {}
    for table, cols in SCHEMA.items():
        dtypes = {c: d for c, (d, _) in cols.items() if d != "datetime64[ns]"}
        dates = [c for c, (d, _) in cols.items() if d == "datetime64[ns]"]
        df = pd.read_csv(Path(out_dir) / f"{table}.csv", dtype=dtypes, keep_default_na=False,
                         na_values=[""], parse_dates=dates)
        for c in dates:
            df[c] = df[c].astype("datetime64[ns]")
        out[table] = df
    return out


# -- command ----------------------------------------------------------------

def _command():
    import click

    @click.command("tables")
    @click.argument("facts", nargs=-1, required=True, metavar="FACTS.jsonl...")
    @click.option("-o", "--output", "out_dir", required=True, metavar="DIR", help="Folder for the table files.")
    @click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True)
    @click.option("--chunksize", type=click.IntRange(min=1), default=10_000, show_default=True,
                  help="Articles read at a time (memory is bounded by this, not by the file).")
    def tables_command(facts, out_dir, fmt, chunksize):
        """Write the facts of FACTS.jsonl (files or globs) as tables: articles, entities, roles,
        documents, dates, counts, corrections; one file each in DIR.

        Columns and dtypes: python -c "import pipeline.frames as f; help(f)".
        """
        try:
            written = write(facts, out_dir, fmt, chunksize)
        except (FileNotFoundError, ValueError, RuntimeError) as e:
            raise click.ClickException(str(e)) from None
        for table, (path, n) in written.items():
            click.echo(f"{path}\t{n} rows")

    return tables_command


tables_command = _command()
