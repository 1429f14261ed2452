"""pipeline.show: one article as an HTML page (displaCy highlights, fact tables), everything escaped."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from analyst_records import all_records, hanoi_record, le_chan_record, page_marks, page_table_rows, write_jsonl
from pipeline.cli import main
from pipeline.record import error_record
from pipeline.show import COLORS, find_record, highlightable, render


def _expected_marks(record):
    return [(e["label"], e["text"]) for e in record["entities"]]


@pytest.mark.parametrize("make", [le_chan_record, hanoi_record], ids=["le-chan", "hanoi"])
def test_every_entity_is_highlighted_with_its_label(make):
    record = make()
    page = render(record)
    assert page_marks(page) == _expected_marks(record)
    for label in {e["label"] for e in record["entities"]}:
        assert f'data-label="{label}"' in page and COLORS[label] in page


@pytest.mark.parametrize("make", [le_chan_record, hanoi_record], ids=["le-chan", "hanoi"])
def test_each_fact_list_is_a_table_with_one_row_per_fact(make):
    record = make()
    rows = page_table_rows(render(record))
    for table in ("roles", "documents", "dates", "counts", "corrections", "entities"):
        if record[table]:
            assert rows[f"{table}-table"] == len(record[table]), table
        else:
            assert f"{table}-table" not in rows


@pytest.mark.parametrize("dangerous, escaped", [
    ("<script>alert('x')</script>", "&lt;script&gt;alert('x')&lt;/script&gt;"),  # in the text (furniture)
    ("<b>đẩy nhanh</b>", "&lt;b&gt;đẩy nhanh&lt;/b&gt;"),                                   # in the text and the title
    ("https://example.vn/a?b=1&c=<2>", "https://example.vn/a?b=1&amp;c=&lt;2&gt;"),          # in meta.url
    ('"khẩn"', "&quot;khẩn&quot;"),
])
def test_everything_from_the_record_is_escaped(dangerous, escaped):
    page = render(hanoi_record())
    assert dangerous not in page
    assert escaped in page


def test_title_is_escaped_in_head_and_header():
    page = render(hanoi_record())
    assert "<title>Hà Nội thúc các quận &lt;b&gt;đẩy nhanh&lt;/b&gt; giải ngân · vnfacts</title>" in page
    assert "<h1>Hà Nội thúc các quận &lt;b&gt;đẩy nhanh&lt;/b&gt; giải ngân</h1>" in page


def test_facts_show_their_values():
    page = render(le_chan_record())
    for cell in ("<td>25-NQ/TW</td>", "<td>2013-06-03</td>", "<td>Ban Chấp hành Trung ương Đảng</td>",
                 "<td>P10Y</td>", "<td>2013/2018</td>", "<td>mô hình</td>", "<td>thiiết</td>", "<td>thiết</td>",
                 "<td>Ban Dân vận Thành ủy</td>", "<td>62</td>"):
        assert cell in page, cell
    assert 'title="PERSON · rule:hand · score 0.97 · sentence 1"' in page


def test_an_error_record_shows_its_error_and_no_highlight():
    record = error_record("binary_01", "corpus/binary_01.txt", "binary: 812 control characters; not text")
    page = render(record)
    assert '<p class="error" id="error"><strong>Error:</strong> binary: 812 control characters; not text</p>' in page
    assert page_marks(page) == [] and "No entities." in page


def test_entities_that_cannot_be_drawn_are_named_not_drawn():
    record = le_chan_record()
    good = record["entities"]
    bad_overlap = dict(good[1], start=good[1]["start"] + 4, text=record["text"][good[1]["start"] + 4:good[1]["end"] + 4],
                       end=good[1]["end"] + 4)
    bad_text = dict(good[2], text="Lê Văn Vũ")
    record["entities"] = [good[0], good[1], bad_overlap, bad_text, good[3]]
    kept, problems = highlightable(record)
    assert kept == [good[0], good[1], good[3]]
    assert len(problems) == 2 and "overlaps" in problems[0] and "does not match" in problems[1]
    page = render(record)
    assert page_marks(page) == [(e["label"], e["text"]) for e in kept]
    assert "Lê Văn Vũ" in page  # named in a warning (and in the entity table)


def test_find_record_streams_to_the_id(tmp_path):
    path = write_jsonl(tmp_path / "facts.jsonl", all_records())
    assert find_record(path, "dong_hai")["id"] == "dong_hai"
    assert find_record(path, None)["id"] == "haiphong_le_chan"
    with pytest.raises(KeyError, match="no record with id 'x' among 4 records"):
        find_record(path, "x")


def test_show_command_writes_the_page(tmp_path):
    path = write_jsonl(tmp_path / "facts.jsonl", all_records())
    out = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["show", str(path), "--id", "hanoi_giai_ngan", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert page_marks(out.read_text(encoding="utf-8")) == _expected_marks(hanoi_record())
    result = CliRunner().invoke(main, ["show", str(path), "--id", "nope", "-o", str(out)])
    assert result.exit_code == 1 and "no record with id 'nope'" in result.output


def test_large_counts_are_written_out_in_full():
    assert "<td>1,500,000,000</td>" in render(hanoi_record())


def test_the_sample_article_page_from_real_output(sample_text):
    from pipeline import extract
    record = extract(sample_text, id="000_8b08714e9c7da122", source="corpus/000_8b08714e9c7da122.txt")
    page = render(record)
    assert record["entities"] and page_marks(page) == _expected_marks(record)
    rows = page_table_rows(page)
    for table in ("roles", "documents", "dates", "counts", "corrections", "entities"):
        assert rows.get(f"{table}-table", 0) == len(record[table]), table


def test_missing_values_are_empty_cells():
    record = le_chan_record()
    record["documents"][0]["issuer"] = None
    page = render(record)
    assert "&lt;NA&gt;" not in page and "<NA>" not in page and "nan" not in page
    assert "<td>2013-06-03</td>\n      <td></td>" in page  # issued, then the empty issuer
