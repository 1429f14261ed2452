"""vnfacts train: a small spaCy NER that really learns, saved and loaded with the project's tokenizer."""
from __future__ import annotations

import json

import pytest
import spacy
from click.testing import CliRunner

from pipeline.annotate import AnnotationError
from pipeline.annotate.train import place, predict, sentences, train
from pipeline.cli import main
from pipeline.evaluate import evaluate

SENTENCES = [
    ("Đồng chí Trần Thu Hương, Bí thư Quận ủy Lê Chân phát biểu tại Hội nghị.",
     [("Trần Thu Hương", "PERSON"), ("Bí thư Quận ủy Lê Chân", "POSITION")]),
    ("Ông Lê Trí Vũ, Trưởng Ban Dân vận Thành ủy, dự và chỉ đạo.",
     [("Lê Trí Vũ", "PERSON"), ("Trưởng Ban Dân vận Thành ủy", "POSITION")]),
    ("UBND tỉnh Thái Bình đã làm việc với Công ty cổ phần Tasco Nam Thái.",
     [("UBND tỉnh Thái Bình", "ORGANIZATION"), ("Công ty cổ phần Tasco Nam Thái", "ORGANIZATION")]),
    ("Xe qua cầu Diêm Điền, huyện Thái Thụy vẫn bị thu phí.",
     [("cầu Diêm Điền", "LOCATION"), ("huyện Thái Thụy", "LOCATION")]),
    ("Bà Nguyễn Thị Mai, Phó Chủ tịch UBND quận Hà Đông, cho biết.",
     [("Nguyễn Thị Mai", "PERSON"), ("Phó Chủ tịch UBND quận Hà Đông", "POSITION")]),
    ("Ủy ban MTTQ phường Đông Hải phối hợp với Hội LHPN quận.",
     [("Ủy ban MTTQ phường Đông Hải", "ORGANIZATION"), ("Hội LHPN quận", "ORGANIZATION")]),
]


def gold(i, text, ents):
    out = []
    for surface, label in ents:
        s = text.index(surface)
        out.append({"label": label, "text": surface, "start": s, "end": s + len(surface)})
    return {"id": f"s{i}", "text": text, "entities": out}


GOLDS = [gold(i, t, e) for i, (t, e) in enumerate(SENTENCES)]


@pytest.fixture(scope="module")
def trained():
    return train(GOLDS, epochs=30, seed=1, dropout=0.1, batch_size=2)


def test_training_really_learns_its_examples(trained):
    nlp, history = trained
    assert history[-1]["loss"] < history[0]["loss"] / 5
    preds = [predict(nlp, g["id"], g["text"]) for g in GOLDS]
    scores = evaluate(preds, GOLDS).categories["entities"].as_dict()
    assert scores["f1"] >= 0.8, scores
    for p in preds:
        assert all(p["text"][e["start"]:e["end"]] == e["text"] for e in p["entities"])


def test_saved_model_loads_and_tokenizes_like_training(trained, tmp_path):
    nlp, _ = trained
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    text = SENTENCES[0][0]
    assert [t.text for t in loaded(text)][:6] == ["Đồng", "chí", "Trần", "Thu", "Hương", ","]
    assert predict(loaded, "x", text)["entities"] == predict(nlp, "x", text)["entities"]


def test_sentences_never_cut_an_entity():
    text = "Ông Lê Trí Vũ phát biểu. Ủy ban MTTQ phường\nĐông Hải dự.\nHết."
    g = {"id": "a", "text": text, "entities": [
        {"label": "PERSON", "text": "Lê Trí Vũ", "start": 4, "end": 13},
        {"label": "ORGANIZATION", "text": "Ủy ban MTTQ phường\nĐông Hải", "start": 25, "end": 52}]}
    parts = sentences(g)
    assert [p["text"] for p in parts] == ["Ông Lê Trí Vũ phát biểu. ", "Ủy ban MTTQ phường\nĐông Hải dự.\n", "Hết."]
    assert [[(p["text"][e["start"]:e["end"]], e["label"]) for e in p["entities"]] for p in parts] == \
        [[("Lê Trí Vũ", "PERSON")], [("Ủy ban MTTQ phường\nĐông Hải", "ORGANIZATION")], []]


PLACE = [
    # in reading order
    ({"id": "a", "text": "Hà Nam và Hà Nội, Hà Nam", "entities": [
        {"label": "LOCATION", "text": "Hà Nam"}, {"label": "LOCATION", "text": "Hà Nội"},
        {"label": "LOCATION", "text": "Hà Nam"}]}, [0, 10, 18]),
    # out of order: the next free occurrence, else the first free one
    ({"id": "b", "text": "Hà Nam và Hà Nội", "entities": [
        {"label": "LOCATION", "text": "Hà Nội"}, {"label": "LOCATION", "text": "Hà Nam"}]}, [0, 10]),
    # corrections applied first: the gold names the corrected form
    ({"id": "c", "text": "Phòng Giáo đục và Đào tạo quận", "entities": [
        {"label": "ORGANIZATION", "text": "Phòng Giáo dục và Đào tạo quận"}],
      "corrections": [{"before": "Giáo đục", "after": "Giáo dục"}]}, [0]),
]


@pytest.mark.parametrize("record,starts", PLACE)
def test_gold_without_offsets_is_placed(record, starts):
    placed = place(record)
    assert sorted(e["start"] for e in placed["entities"]) == starts
    assert all(placed["text"][e["start"]:e["end"]] == e["text"] for e in placed["entities"])


def test_a_mention_not_in_the_text_stops_training():
    with pytest.raises(AnnotationError, match="cannot place PERSON 'Lê Văn Tám'"):
        place({"id": "a", "text": "Hà Nam", "entities": [{"label": "PERSON", "text": "Lê Văn Tám"}]})


def test_cli_trains_and_saves(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLDS), encoding="utf-8")
    r = CliRunner().invoke(main, ["train", str(path), "--dev", str(path), "-o", str(tmp_path / "m"), "--epochs", "2"])
    assert r.exit_code == 0, r.output
    assert "epoch 2" in r.output and "f1" in r.output
    assert spacy.load(tmp_path / "m").pipe_names == ["ner"]
