"""``vnfacts train``: a spaCy NER component trained on gold JSONL.

Small and CPU-only: spaCy's default transition-based NER with its own hash
embedding (no vectors, nothing downloaded), on the project's tokenization
(words and punctuation marks, :func:`pipeline.spacy_bridge.tokenize`), which
the saved model keeps through the registered tokenizer
``vnfacts.WordTokenizer.v1`` so ``spacy.load(model)(text)`` cuts text the
same way.

Gold comes from ``vnfacts import`` (entities with offsets). Gold without
offsets (the shared dev gold: label and text only) is placed in its text:
the corrections are applied first, then each mention takes the next free
occurrence after the previous one, else the first free one; a mention that
cannot be placed stops the run with its article named.
"""
from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any, Iterable

import click
import regex

from ..evaluate import corrected_text, evaluate, read_jsonl
from ..spacy_bridge import LABELS, TOKENIZER, blank_nlp, from_spacy, make_doc, to_spacy
from . import AnnotationError, gold_record


def place(record: dict[str, Any]) -> dict[str, Any]:
    """A gold record with offsets: kept as is when it has them, else placed in its corrected text."""
    ents = record.get("entities") or []
    if all("start" in e and "end" in e for e in ents):
        return {"id": record["id"], "text": record["text"],
                "entities": [{k: e[k] for k in ("label", "text", "start", "end")} for e in ents]}
    text = corrected_text(record) if record.get("corrections") else record["text"]
    taken: list[tuple[int, int]] = []
    out, cursor = [], 0

    def free(i: int, j: int) -> bool:
        return all(j <= s or e <= i for s, e in taken)

    def find(surface: str, start: int) -> int:
        i = text.find(surface, start)
        while i >= 0 and not free(i, i + len(surface)):
            i = text.find(surface, i + 1)
        return i

    for e in ents:
        i = find(e["text"], cursor)
        if i < 0:
            i = find(e["text"], 0)
        if i < 0:
            raise AnnotationError(f"{record['id']}: cannot place {e['label']} {e['text']!r} in the text")
        taken.append((i, i + len(e["text"])))
        out.append({"label": e["label"], "text": e["text"], "start": i, "end": i + len(e["text"])})
        cursor = i + len(e["text"])
    return gold_record(record["id"], text, out, f"article {record['id']}")


def new_model(seed: int = 0):
    """A blank Vietnamese pipeline with our tokenizer in its config and an untrained NER."""
    import spacy

    spacy.util.fix_random_seed(seed)
    cfg = blank_nlp().config.copy()
    cfg["nlp"]["tokenizer"] = {"@tokenizers": TOKENIZER}
    nlp = spacy.util.load_model_from_config(cfg, auto_fill=True)
    ner = nlp.add_pipe("ner")
    for label in LABELS:
        ner.add_label(label)
    return nlp


_SENTENCE_END = regex.compile(
    r"""
      \n+              # a line break ends a paragraph or a title
    | (?<=[.!?…])\s+   # "… phát biểu. Đồng chí …"
    """,
    regex.VERBOSE,
)


def sentences(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold cut into sentences (never inside an entity), offsets shifted: short training examples."""
    text, ents = gold["text"], gold["entities"]
    cuts = [m.end() for m in _SENTENCE_END.finditer(text)
            if not any(e["start"] < m.end() < e["end"] for e in ents)]
    out, start = [], 0
    for end in [*cuts, len(text)]:
        if text[start:end].strip():
            inside = [dict(e, start=e["start"] - start, end=e["end"] - start) for e in ents
                      if start <= e["start"] and e["end"] <= end]
            out.append({"id": gold["id"], "text": text[start:end], "entities": inside})
        start = end
    return out


def examples(nlp, golds: Iterable[dict[str, Any]]):
    from spacy.training import Example

    out = []
    for g in golds:
        for s in sentences(g):
            ref = to_spacy(s, nlp)
            pred = make_doc(nlp.vocab, s["text"], [(e["start"], e["end"]) for e in s["entities"]])
            out.append(Example(pred, ref))
    return out


def predict(nlp, record_id: Any, text: str) -> dict[str, Any]:
    """A prediction record (id, text, entities with offsets) from a trained model."""
    doc = nlp(text)
    doc._.record_id = record_id
    return from_spacy(doc)


def train(golds: list[dict[str, Any]], epochs: int = 20, seed: int = 0, dropout: float = 0.2,
          dev: list[dict[str, Any]] | None = None, log=None, batch_size: int = 16):
    """Train a fresh NER on ``golds``; return the model and the dev entity scores per epoch."""
    from spacy.util import minibatch

    nlp = new_model(seed)
    train_examples = examples(nlp, golds)
    nlp.initialize(lambda: train_examples)
    rng = random.Random(seed)
    history = []
    for epoch in range(1, epochs + 1):
        t0 = time.perf_counter()
        rng.shuffle(train_examples)
        losses: dict[str, float] = {}
        for batch in minibatch(train_examples, size=batch_size):
            nlp.update(batch, drop=dropout, losses=losses)
        row = {"epoch": epoch, "loss": round(float(losses.get("ner", 0.0)), 2), "seconds": round(time.perf_counter() - t0, 2)}
        if dev:
            preds = [predict(nlp, g["id"], g["text"]) for g in dev]
            row.update({k: round(v, 4) for k, v in evaluate(preds, dev).categories["entities"].as_dict().items()
                        if k in ("precision", "recall", "f1")})
        history.append(row)
        if log:
            log(row)
    return nlp, history


@click.command()
@click.argument("gold", metavar="GOLD.jsonl", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "output", required=True, metavar="MODEL_DIR", help="Where to save the spaCy model.")
@click.option("--dev", "dev_path", metavar="DEV.jsonl", type=click.Path(exists=True, dir_okay=False),
              help="Gold to score after each epoch (entities, as `vnfacts eval` counts them).")
@click.option("--epochs", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--dropout", type=click.FloatRange(0, 0.9), default=0.2, show_default=True)
def train_command(gold, output, dev_path, epochs, seed, dropout):
    """Train a spaCy NER component (CPU, small) on the entities of GOLD.jsonl files.

    Load it with `spacy.load(MODEL_DIR)` after `import pipeline.spacy_bridge`
    (which registers the tokenizer the model uses).
    """
    try:
        golds = [place(r) for path in gold for r in read_jsonl(path)]
        dev = [place(r) for r in read_jsonl(dev_path)] if dev_path else None
    except (AnnotationError, KeyError, ValueError) as e:
        raise click.ClickException(str(e)) from None
    n = sum(len(g["entities"]) for g in golds)
    click.echo(f"training on {len(golds)} articles, {n} entities, {epochs} epochs", err=True)

    def log(row):
        click.echo("  ".join(f"{k} {v}" for k, v in row.items()), err=True)

    nlp, _ = train(golds, epochs=epochs, seed=seed, dropout=dropout, dev=dev, log=log)
    Path(output).mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    click.echo(f"saved to {output}", err=True)
