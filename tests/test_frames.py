"""pipeline.frames: the JSONL as pandas tables, checked against the JSONL they came from."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from analyst_records import all_records, hanoi_record, le_chan_record, write_jsonl, yearless_record
from pipeline import frames
from pipeline.cli import main
from pipeline.frames import FACT_TABLES, SCHEMA, TABLES

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture()
def facts(tmp_path) -> Path:
    return write_jsonl(tmp_path / "facts.jsonl", all_records())


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _expected_dtype(dtype: str) -> str:
    return {"datetime64[ns]": "datetime64[ns]", "category": "category", "string": "string",
            "Int64": "Int64", "Float64": "Float64"}[dtype]


def _check_table_against_jsonl(tables: dict[str, pd.DataFrame], records: list[dict]) -> None:
    for table in TABLES:
        df = tables[table]
        assert list(df.columns) == list(SCHEMA[table]), table
        for col, (dtype, _) in SCHEMA[table].items():
            assert str(df[col].dtype) == _expected_dtype(dtype), (table, col, df[col].dtype)
    assert len(tables["articles"]) == len(records)
    assert tables["articles"]["article_id"].tolist() == [r["id"] for r in records]
    for table in FACT_TABLES:
        want = [(r["id"], i, f) for r in records for i, f in enumerate(r[table])]
        df = tables[table]
        assert len(df) == len(want), table
        assert tables["articles"][f"n_{table}"].sum() == len(want)
        for row, (aid, i, fact) in zip(df.itertuples(index=False), want):
            assert (row.article_id, row.idx) == (aid, i)
            for key, value in fact.items():
                if key not in SCHEMA[table]:
                    assert json.loads(row.extra)[key] == value, (table, key)
                    continue
                got = getattr(row, key)
                if value is None:
                    assert pd.isna(got), (table, key, got)
                elif isinstance(value, float) or key == "value" and table == "counts":
                    assert math.isclose(got, value), (table, key)
                else:
                    assert got == value, (table, key, got, value)


def test_tables_match_the_jsonl(facts):
    _check_table_against_jsonl(frames.load(facts), _records(facts))


@pytest.mark.parametrize("table", TABLES)
def test_empty_input_still_has_every_column_and_dtype(tmp_path, table):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    df = frames.load(empty)[table]
    assert len(df) == 0
    assert {c: str(t) for c, t in df.dtypes.items()} == {c: _expected_dtype(d) for c, (d, _) in SCHEMA[table].items()}


def test_offsets_point_at_the_text(facts):
    t = frames.load(facts, text=True)
    text = t["articles"].set_index("article_id")["text"]
    for table in ("entities", "documents", "dates", "counts", "corrections"):
        col = "after" if table == "corrections" else "text"
        df = t[table]
        assert len(df) > 0, table
        for aid, start, end, value in zip(df["article_id"], df["start"], df["end"], df[col]):
            assert text[aid][start:end] == value
    roles = t["roles"]
    for aid, ps, pe, person, qs, qe, position in zip(roles["article_id"], roles["person_start"], roles["person_end"],
                                                     roles["person"], roles["position_start"], roles["position_end"],
                                                     roles["position"]):
        assert text[aid][ps:pe] == person and text[aid][qs:qe] == position


def test_articles_table(facts):
    a = frames.load(facts)["articles"].set_index("article_id")
    assert a.loc["haiphong_le_chan", "published"] == pd.Timestamp("2023-10-12 17:55")
    assert a.loc["haiphong_le_chan", "published_iso"] == "2023-10-12T17:55"
    assert a.loc["haiphong_le_chan", "author"] == "Hoàng Tùng"
    assert pd.isna(a.loc["haiphong_le_chan", "title"])
    assert a.loc["haiphong_le_chan", "n_typos"] == 1 and a.loc["haiphong_le_chan", "n_roles"] == 2
    assert a.loc["hanoi_giai_ngan", "published"] == pd.Timestamp("2024-05-05")
    assert json.loads(a.loc["hanoi_giai_ngan", "extra"]) == {"meta.url": "https://example.vn/a?b=1&c=<2>"}
    assert a.loc["hanoi_giai_ngan", "warnings"] == "a hand-made warning"
    assert a.loc["binary_01", "error"].startswith("binary:")
    assert pd.isna(a.loc["binary_01", "published"]) and a.loc["binary_01", "n_entities"] == 0
    assert a["line"].tolist() == [1, 2, 3, 4] and set(a["file"]) == {str(facts)}


@pytest.mark.parametrize("value, grain, date, year", [
    ("2023-10-12", "day", "2023-10-12", 2023),
    ("P10Y", "duration", None, None),
    ("2013-06-03", "day", "2013-06-03", 2013),
    ("2013/2018", "range", None, 2013),
    ("2024-05-05", "day", "2024-05-05", 2024),
    ("2024-06", "month", None, 2024),
    ("2024-Q2", "quarter", None, 2024),
    ("--05-05", "day", None, None),
    ("T08:00", "time", None, None),
])
def test_dates_get_a_datetime_only_when_they_name_a_full_day(facts, value, grain, date, year):
    d = frames.load(facts)["dates"]
    row = d[d["value"] == value].iloc[0]
    assert row["grain"] == grain
    assert (pd.isna(row["date"]) if date is None else row["date"] == pd.Timestamp(date))
    assert (pd.isna(row["year"]) if year is None else row["year"] == year)


def test_datetime_values_keep_their_time():
    from pipeline.frames import _full_days
    s = _full_days(["2023-10-12T17:55", "2023-10-12T17:55+07:00", "2023-13-40", "2023-10", None, 12])
    assert s.tolist()[:2] == [pd.Timestamp("2023-10-12 17:55")] * 2
    assert s.isna().tolist() == [False, False, True, True, True, True]


def test_labels_and_grains_are_categoricals_with_the_contract_categories(facts):
    t = frames.load(facts)
    assert list(t["entities"]["label"].cat.categories) == ["PERSON", "POSITION", "ORGANIZATION", "LOCATION"]
    assert list(t["dates"]["grain"].cat.categories)[:8] == ["datetime", "time", "day", "month", "quarter", "year",
                                                            "range", "duration"]
    assert t["entities"]["label"].value_counts()["ORGANIZATION"] == 4


def test_sentence_and_zone_are_derived_for_roles_and_corrections(facts):
    t = frames.load(facts)
    roles = t["roles"].set_index(["article_id", "idx"])
    assert roles.loc[("haiphong_le_chan", 0), "sentence"] == 1  # "Tới dự có đồng chí Lê Trí Vũ…" is the 2nd sentence
    assert roles.loc[("hanoi_giai_ngan", 0), "zone"] == "body"
    corr = t["corrections"].iloc[0]
    assert (corr["before"], corr["after"], corr["kind"], corr["sentence"]) == ("thiiết", "thiết", "typo", 2)
    assert corr["raw_end"] - corr["raw_start"] == 6 and corr["end"] - corr["start"] == 5
    ents = t["entities"].set_index("text")
    assert ents.loc["Hà Nội", "zone"] == "title" and ents.loc["UBND TP Hà Nội", "zone"] == "body"


def test_unknown_fields_land_in_extra(facts):
    c = frames.load(facts)["counts"].set_index("text")
    assert json.loads(c.loc["25%", "extra"]) == {"approx": False}
    assert pd.isna(c.loc["62 mô hình", "extra"])


@pytest.mark.parametrize("chunksize", [1, 2, 3, 100])
def test_iter_load_chunks_add_up_to_load(facts, chunksize):
    whole = frames.load(facts)
    chunks = list(frames.iter_load(facts, chunksize=chunksize))
    assert len(chunks) == math.ceil(4 / chunksize)
    assert [len(c["articles"]) for c in chunks[:-1]] == [chunksize] * (len(chunks) - 1)
    for table in TABLES:
        joined = pd.concat([c[table] for c in chunks], ignore_index=True)
        assert len(joined) == len(whole[table])
        for col, (dtype, _) in SCHEMA[table].items():
            if dtype == "category":  # observed categories differ between chunks
                assert joined[col].astype("string").equals(whole[table][col].astype("string")), (table, col)
            else:
                assert joined[col].equals(whole[table][col]), (table, col)


def test_iter_load_rejects_a_zero_chunk(facts):
    with pytest.raises(ValueError, match="chunksize"):
        next(frames.iter_load(facts, chunksize=0))


def test_a_list_of_files_and_a_glob(tmp_path):
    a = write_jsonl(tmp_path / "part-1.jsonl", [le_chan_record(), hanoi_record()])
    b = write_jsonl(tmp_path / "part-2.jsonl", [yearless_record()])
    for source in ([a, b], str(tmp_path / "part-*.jsonl"), [str(a), str(tmp_path / "part-2*")]):
        t = frames.load(source)
        assert t["articles"]["article_id"].tolist() == ["haiphong_le_chan", "hanoi_giai_ngan", "dong_hai"]
        assert t["articles"]["file"].tolist() == [str(a), str(a), str(b)]
        assert len(t["entities"]) == 5 + 4 + 1


@pytest.mark.parametrize("source, error", [
    ("nowhere.jsonl", "no such file"),
    ("nowhere-*.jsonl", "no file matches"),
])
def test_missing_input_is_an_error(tmp_path, source, error):
    with pytest.raises(FileNotFoundError, match=error):
        frames.load(str(tmp_path / source))


def test_a_torn_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "torn.jsonl"
    path.write_text(json.dumps(le_chan_record(), ensure_ascii=False) + "\n" + '{"id": "b", "text": "Hà N', encoding="utf-8")
    with pytest.raises(ValueError, match=r"torn\.jsonl:2: not a JSON line"):
        frames.load(path)


def test_gold_files_load_too(shared):
    gold = shared / "data" / "dev" / "gold.jsonl"
    t = frames.load(gold)
    records = _records(gold)
    for table in ("entities", "roles", "documents", "dates", "counts"):
        assert len(t[table]) == sum(len(r.get(table) or []) for r in records)
    assert t["entities"]["start"].isna().all() and t["entities"]["label"].notna().all()
    assert t["articles"]["published"].notna().sum() >= 1


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_tables_command_round_trips(facts, tmp_path, fmt):
    out = tmp_path / "tables"
    result = CliRunner().invoke(main, ["tables", str(facts), "-o", str(out), "--format", fmt, "--chunksize", "2"])
    assert result.exit_code == 0, result.output
    whole = frames.load(facts)
    for table in TABLES:
        assert f"{table}.{fmt}\t{len(whole[table])} rows" in result.output
    back = {t: pd.read_parquet(out / f"{t}.parquet") for t in TABLES} if fmt == "parquet" else frames.read_csv(out)
    for table in TABLES:
        df = back[table]
        assert list(df.columns) == list(SCHEMA[table])
        for col, (dtype, _) in SCHEMA[table].items():
            assert str(df[col].dtype) == _expected_dtype(dtype), (fmt, table, col, df[col].dtype)
            if dtype == "category":
                assert df[col].astype("string").equals(whole[table][col].astype("string")), (table, col)
            else:
                assert df[col].equals(whole[table][col]), (fmt, table, col)


def test_tables_command_on_no_file(tmp_path):
    result = CliRunner().invoke(main, ["tables", str(tmp_path / "none.jsonl"), "-o", str(tmp_path / "t")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_schema_is_documented_in_the_module_docstring():
    for table, cols in SCHEMA.items():
        assert f"``{table}``" in frames.__doc__
        for col in cols:
            assert f"    {col} " in frames.__doc__


def test_iter_load_streams(tmp_path):
    """A chunk comes out before the rest of the file is read: a bad line further on is only met later."""
    path = tmp_path / "facts.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in (le_chan_record(), hanoi_record())] + ["{not json"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    chunks = frames.iter_load(path, chunksize=2)
    first = next(chunks)
    assert first["articles"]["article_id"].tolist() == ["haiphong_le_chan", "hanoi_giai_ngan"]
    with pytest.raises(ValueError, match=r"facts\.jsonl:3"):
        next(chunks)


def test_iter_load_memory_is_bounded_by_the_chunk_not_the_file(tmp_path):
    import tracemalloc
    line = json.dumps(le_chan_record(), ensure_ascii=False)
    path = tmp_path / "many.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(1500):
            fh.write(line.replace('"haiphong_le_chan"', f'"a{i}"', 1) + "\n")

    def peak(fn) -> int:
        tracemalloc.start()
        try:
            fn()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    rows = []
    chunked = peak(lambda: rows.extend(len(c["entities"]) for c in frames.iter_load(path, chunksize=50)))
    whole = peak(lambda: rows.append(len(frames.load(path)["entities"])))
    assert sum(rows[:-1]) == rows[-1] == 1500 * 5
    assert chunked * 4 < whole, (chunked, whole)


@pytest.fixture(scope="module")
def real_facts(tmp_path_factory) -> Path:
    """`vnfacts extract` output on the bundled corpus and, when present, the dev articles."""
    from pipeline.runner import Options, run
    out = tmp_path_factory.mktemp("real") / "facts.jsonl"
    dev = ROOT.parent / "shared" / "data" / "dev" / "articles"
    source = dev if dev.is_dir() else ROOT / "corpus"
    summary = run(str(source), str(out), Options(workers=1, engine="inline", progress=False))
    assert summary.failed == 0, summary.line()
    return out


def test_tables_match_real_pipeline_output(real_facts):
    records = _records(real_facts)
    tables = frames.load(real_facts)
    _check_table_against_jsonl(tables, records)
    for table in ("entities", "dates", "corrections"):
        assert len(tables[table]) > 0, table
    assert tables["entities"]["sentence"].notna().all() and tables["entities"]["zone"].notna().all()
    assert set(tables["entities"]["label"].cat.categories) == {"PERSON", "POSITION", "ORGANIZATION", "LOCATION"}


def test_a_malformed_record_names_the_file_and_line(tmp_path):
    bad = dict(yearless_record(), entities=["Ủy ban MTTQ phường Đông Hải"])
    path = write_jsonl(tmp_path / "bad.jsonl", [le_chan_record(), bad])
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: 'entities' is not a list of objects"):
        frames.load(path)
