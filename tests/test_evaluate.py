"""vnfacts eval: the scorer's definitions, span variants, the confusion table and the error list."""
from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.evaluate import evaluate, report, text_key

TEXT = ("Chiều 12/10, Quận ủy Lê Chân tổ chức Hội nghị. Đồng chí Trần Thu Hương, Bí thư Quận ủy phát biểu.\n"
        "Ông Hải cho biết tỉnh Khánh Hòa có 62 mô hình.")


def ents(*items, offsets=True):
    out = []
    for surface, label, nth in items:
        i = -1
        for _ in range(nth + 1):
            i = TEXT.index(surface, i + 1)
        e = {"label": label, "text": surface}
        if offsets:
            e.update(start=i, end=i + len(surface))
        out.append(e)
    return out


GOLD = ents(("Quận ủy Lê Chân", "ORGANIZATION", 0), ("Trần Thu Hương", "PERSON", 0),
            ("Bí thư Quận ủy", "POSITION", 0), ("Hải", "PERSON", 0), ("Khánh Hòa", "LOCATION", 0))


def score(pred_ents, gold_ents=GOLD, pred_text=TEXT, **gold_extra):
    gold = {"id": "a", "text": TEXT, "entities": gold_ents, **gold_extra}
    pred = {"id": "a", "text": pred_text, "entities": pred_ents}
    return evaluate([pred], [gold], errors=True)


def test_key_ignores_form_tone_placement_space_and_edge_punctuation():
    assert text_key("Khánh Hoà") == text_key("Kha\u0301nh  Ho\u0300a") == text_key("“Khánh Hòa”,")
    assert text_key("Khánh Hòa") != text_key("Khánh Hóa")


# (predicted entities, tp fp fn of "entities", exact tp fp fn, overlap tp fp fn)
CASES = [
    (GOLD, (5, 0, 0), (5, 0, 0), (5, 0, 0)),
    (GOLD[:4], (4, 0, 1), (4, 0, 1), (4, 0, 1)),
    # a boundary error: wrong by surface and by exact span, right by overlap
    (GOLD[:1] + ents(("Trần Thu", "PERSON", 0)) + GOLD[2:], (4, 1, 1), (4, 1, 1), (5, 0, 0)),
    # a label error is wrong in every reading
    (GOLD[:4] + ents(("Khánh Hòa", "ORGANIZATION", 0)), (4, 1, 1), (4, 1, 1), (4, 1, 1)),
    # a spurious event
    (GOLD + ents(("Hội nghị", "ORGANIZATION", 0)), (5, 1, 0), (5, 1, 0), (5, 1, 0)),
]


@pytest.mark.parametrize("pred,headline,exact,overlap", CASES)
def test_entity_scores(pred, headline, exact, overlap):
    d = score(sorted(pred, key=lambda e: e["start"])).as_dict()
    assert (d["entities"]["tp"], d["entities"]["fp"], d["entities"]["fn"]) == headline
    assert tuple(d["spans"]["exact"]["all"][k] for k in ("tp", "fp", "fn")) == exact
    assert tuple(d["spans"]["overlap"]["all"][k] for k in ("tp", "fp", "fn")) == overlap


def test_a_name_found_fewer_times_than_written_is_missed_each_time():
    gold = ents(("Quận ủy", "ORGANIZATION", 0), ("Quận ủy", "ORGANIZATION", 1))
    d = score(gold[:1], gold_ents=gold).as_dict()
    assert (d["entities.ORGANIZATION"]["tp"], d["entities.ORGANIZATION"]["fn"]) == (1, 1)


def test_confusion_counts_label_errors_misses_and_spurious():
    pred = GOLD[:3] + ents(("Khánh Hòa", "ORGANIZATION", 0), ("Hội nghị", "ORGANIZATION", 0))
    conf = {(c["gold"], c["pred"]): c["n"] for c in score(sorted(pred, key=lambda e: e["start"])).as_dict()["confusion"]}
    assert conf[("LOCATION", "ORGANIZATION")] == 1
    assert conf[("PERSON", "∅")] == 1          # Hải missed
    assert conf[("∅", "ORGANIZATION")] == 1     # Hội nghị spurious
    assert conf[("PERSON", "PERSON")] == 1


def test_without_offsets_confusion_pairs_by_surface():
    gold = ents(("Khánh Hòa", "LOCATION", 0), offsets=False)
    res = score(ents(("Khánh Hòa", "ORGANIZATION", 0)), gold_ents=gold)
    assert res.span_articles == 0
    assert res.confusion[("LOCATION", "ORGANIZATION")] == 1


def test_errors_name_the_mention_its_sentence_and_what_was_predicted_there():
    pred = GOLD[:1] + ents(("Trần Thu", "PERSON", 0)) + GOLD[2:]
    errs = score(pred).errors
    by_kind = {e["kind"]: e for e in errs}
    assert by_kind["missed"]["text"] == "Trần Thu Hương"
    assert by_kind["missed"]["sentence"] == "Đồng chí ⟦Trần Thu Hương⟧, Bí thư Quận ủy phát biểu."
    assert by_kind["missed"]["pred_there"] == ["PERSON 'Trần Thu'"]
    assert by_kind["spurious"]["gold_there"] == ["PERSON 'Trần Thu Hương'"]
    text = report(score(pred))
    assert "MISSED   PERSON       'Trần Thu Hương'" in text
    assert "| Đồng chí ⟦Trần Thu Hương⟧, Bí thư Quận ủy phát biểu." in text


def test_missed_gold_without_offsets_is_found_in_the_text():
    gold = ents(("Hải", "PERSON", 0), offsets=False)
    (err,) = score([], gold_ents=gold).errors
    assert err["sentence"] == "Ông ⟦Hải⟧ cho biết tỉnh Khánh Hòa có 62 mô hình."


def test_categories_missing_from_gold_are_not_scored():
    d = score(GOLD).as_dict()
    assert "roles" not in d and "dates" not in d and "corrections" not in d
    d = score(GOLD, dates=[{"text": "Chiều 12/10", "value": "2023-10-12"}]).as_dict()
    assert (d["dates"]["tp"], d["dates"]["fn"]) == (0, 1)


def test_offsets_into_another_text_are_not_compared():
    d = score(GOLD, pred_text=TEXT + " ").as_dict()
    assert d["spans"]["articles"] == 0 and d["entities"]["tp"] == 5


def test_articles_missing_from_the_prediction():
    res = evaluate([], [{"id": "a", "text": TEXT, "entities": GOLD}])
    assert res.missing == ["a"] and res.as_dict()["entities"]["fn"] == 5


SCORE_PY = Path(__file__).resolve().parents[1].parent / "shared" / "tools" / "score.py"


def _perturbed(gold_path: Path) -> list[dict]:
    """The dev gold with entities dropped and relabeled, facts removed and added: a prediction with errors."""
    rng = random.Random(6)
    out = []
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        kept = []
        for e in r["entities"]:
            x = rng.random()
            if x < 0.15:
                continue
            kept.append(dict(e, label=rng.choice(["PERSON", "LOCATION"])) if x < 0.25 else e)
        r["entities"] = kept + [{"label": "ORGANIZATION", "text": "Hội nghị"}]
        r["dates"] = r["dates"][1:]
        r["counts"] = r["counts"][:-1] + [{"value": 7, "unit": "người"}]
        r["roles"] = r["roles"][1:]
        r["meta"] = dict(r["meta"], author=None)
        if r["corrections"]:
            c = r["corrections"][0]
            r["text"] = r["text"].replace(c["before"], c["after"])
        out.append(r)
    return out


def test_headline_figures_equal_the_shared_scorer(shared, tmp_path):
    if not SCORE_PY.exists():
        pytest.skip("../shared/tools/score.py is absent")
    gold = shared / "data" / "dev" / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _perturbed(gold)), encoding="utf-8")
    ref = json.loads(subprocess.run([sys.executable, str(SCORE_PY), str(pred), str(gold), "--json"],
                                    capture_output=True, text=True, check=False).stdout)
    r = CliRunner().invoke(main, ["eval", str(pred), str(gold), "--json"])
    assert r.exit_code == 0, r.output
    ours = json.loads(r.output)
    names = [k for k, v in ref.items() if isinstance(v, dict) and ("f1" in v or "accuracy" in v)]
    assert len(names) >= 14
    assert {k: ours[k] for k in names} == {k: ref[k] for k in names}
    assert ours["entities"]["fn"] > 0 and ours["entities"]["fp"] > 0


def test_cli_errors_report_on_dev_gold(shared, tmp_path):
    gold = shared / "data" / "dev" / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _perturbed(gold)), encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", str(pred), str(gold), "--errors"])
    assert r.exit_code == 0, r.output
    assert "label confusion" in r.output and "== 000_8b08714e9c7da122" in r.output
    assert "SPURIOUS ORGANIZATION 'Hội nghị'" in r.output
    assert "⟦Hội nghị⟧" in r.output


def test_cli_bad_json_is_a_clear_error(tmp_path):
    pred = tmp_path / "pred.jsonl"
    pred.write_text('{"id": "a", "text": "Hà Nam", "entities": []}\n{"id": \n', encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", str(pred), str(pred)])
    assert r.exit_code == 1 and "pred.jsonl:2: not JSON" in r.output


def test_a_missed_name_is_shown_where_nothing_was_predicted():
    text = "Ông Lương Thế Dân, Giám đốc Công ty cổ phần Tasco Nam Thái, cho biết. Vậy việc Tasco Nam Thái thu phí có đúng?"
    pos = "Giám đốc Công ty cổ phần Tasco Nam Thái"
    i = text.index(pos)
    pred = {"id": "a", "text": text, "entities": [{"label": "POSITION", "text": pos, "start": i, "end": i + len(pos)}]}
    gold = {"id": "a", "text": text, "entities": [{"label": "POSITION", "text": pos},
                                                  {"label": "ORGANIZATION", "text": "Tasco Nam Thái"}]}
    (err,) = evaluate([pred], [gold], errors=True).errors
    assert err["sentence"] == "Vậy việc ⟦Tasco Nam Thái⟧ thu phí có đúng?"
