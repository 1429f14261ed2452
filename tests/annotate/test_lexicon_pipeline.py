"""The lexicon stage inside the real pipeline, right after the entities stage, as the lead wires it."""
from __future__ import annotations

import pytest

from pipeline.pipeline import DEFAULT_STAGES, Pipeline, Stage
from pipeline.record import check_record

LEXICON_STAGE = Stage("lexicon", "pipeline.annotate.lexicon:stage")


def _with_lexicon_stage() -> tuple[Stage, ...]:
    if any(s.target == LEXICON_STAGE.target for s in DEFAULT_STAGES):
        return DEFAULT_STAGES
    i = [s.name for s in DEFAULT_STAGES].index("entities")
    return DEFAULT_STAGES[:i + 1] + (LEXICON_STAGE,) + DEFAULT_STAGES[i + 1:]


# (text, lexicon lines, the entity that must come out, a rule span that must be gone)
CASES = [
    # a place the gazetteer does not know, in a road description
    ("Xe đi qua trạm thu phí trên đường 39B (Thanh Nê – Kiến Xương) vẫn bị thu vé.",
     "Thanh Nê\tLOCATION", ("Thanh Nê", "LOCATION"), None),
    # a credit fund the rules read as its commune (written in lower case, no name's capitalized head):
    # the annotator's longer span and label win
    ("Ông cho biết quỹ tín dụng nhân dân xã Hải Thanh đã ký hợp đồng cho vay.",
     "quỹ tín dụng nhân dân xã Hải Thanh\tORGANIZATION", ("quỹ tín dụng nhân dân xã Hải Thanh", "ORGANIZATION"),
     ("xã Hải Thanh", "LOCATION")),
]


@pytest.mark.parametrize("text,lines,wanted,gone", CASES)
def test_lexicon_entries_reach_the_record(text, lines, wanted, gone, tmp_path, monkeypatch):
    monkeypatch.delenv("VNFACTS_LEXICON", raising=False)
    pipe = Pipeline(_with_lexicon_stage())
    before = [(e["text"], e["label"]) for e in pipe(text, id="x")["entities"]]
    assert wanted not in before  # the rules alone miss it (else this case tests nothing)
    lex = tmp_path / "lexicon.tsv"
    lex.write_text(f"# corrections from annotators\n{lines}\n", encoding="utf-8")
    monkeypatch.setenv("VNFACTS_LEXICON", str(lex))
    record = Pipeline(_with_lexicon_stage())(text, id="x")
    after = [(e["text"], e["label"]) for e in record["entities"]]
    assert wanted in after
    if gone:
        assert gone in before and gone not in after
    assert [e["source"] for e in record["entities"] if (e["text"], e["label"]) == wanted] == ["rule:user-lexicon"]
    assert check_record(record, text) == []
