"""``vnfacts eval PRED.jsonl GOLD.jsonl``: how far the pipeline is from the gold, and where.

The headline figures use the definitions of the project's scorer
(``../shared/tools/score.py``), reimplemented here so the repository stands
alone: mentions are compared per article as multisets, entities by label and
surface key (Unicode form, tone-mark placement and runs of white space ignored,
surrounding punctuation stripped), roles as a set of (person, position),
documents by symbol (and symbol, issued, issuer), dates by value, counts by
(value, unit), corrections as word edits against the gold's raw text, metadata
by accuracy.  A category is scored only over gold records that carry its field,
so gold imported from an annotation tool (entities only) scores entities only.

When the gold entities have offsets into the same text as the prediction
(gold made by ``vnfacts import``), two stricter or looser readings are added:
``exact`` (label and offsets equal) and ``overlap`` (same label, spans overlap,
one-to-one).  The confusion table pairs each gold entity with a predicted one
(by offsets when there are any, else by surface key) and counts their labels;
``∅`` is no partner (a miss or a spurious mention).  ``--errors`` lists every
missed and spurious mention with its sentence and what was predicted there.
"""
from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

import click
import orjson

LABELS = ("PERSON", "POSITION", "ORGANIZATION", "LOCATION")
NONE = "∅"
_TONE_DIGIT = {"\u0300": "2", "\u0301": "1", "\u0309": "3", "\u0303": "4", "\u0323": "5"}
_STRIP = " \t\n,.;:“”\"'()"
_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- matching keys

def syllable_key(word: str) -> str:
    """The word with its tone mark as a trailing digit: ``hoà`` and ``hòa`` are both ``hoa2``."""
    nfd = unicodedata.normalize("NFD", word)
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_DIGIT))
    return bare + "".join(_TONE_DIGIT[c] for c in nfd if c in _TONE_DIGIT)


def text_key(text: Any) -> str | None:
    if text is None:
        return None
    s = unicodedata.normalize("NFC", str(text)).strip(_STRIP)
    return " ".join(syllable_key(w) for w in s.split())


def _number(v: Any) -> float | None:
    try:
        return round(float(v), 6)
    except (TypeError, ValueError):
        return None


def _symbol(v: Any) -> str | None:
    return None if v is None else re.sub(r"\s+", "", unicodedata.normalize("NFC", str(v))).upper()


def _ents(r: dict[str, Any]) -> list[dict[str, Any]]:
    return r.get("entities") or []


# category -> (the record field it needs in gold, key of one item)
FACT_KEYS: dict[str, tuple[str, Any]] = {
    "roles": ("roles", lambda x: (text_key(x.get("person")), text_key(x.get("position")))),
    "documents": ("documents", lambda x: _symbol(x.get("symbol"))),
    "documents.attributes": ("documents", lambda x: (_symbol(x.get("symbol")), x.get("issued"),
                                                     text_key(x.get("issuer")))),
    "dates": ("dates", lambda x: str(x.get("value"))),
    "counts": ("counts", lambda x: (_number(x.get("value")), text_key(x.get("unit")))),
}


def category_keys(record: dict[str, Any]) -> dict[str, Counter]:
    """What each category of one record is compared by (multisets; roles a set)."""
    ents = _ents(record)
    keys = {f"entities.{lab}": Counter(text_key(e.get("text")) for e in ents if e.get("label") == lab)
            for lab in LABELS}
    keys["entities"] = Counter((e.get("label"), text_key(e.get("text"))) for e in ents)
    for name, (fld, k) in FACT_KEYS.items():
        items = [k(x) for x in record.get(fld) or []]
        keys[name] = Counter(set(items)) if name == "roles" else Counter(items)
    return keys


def word_edits(before: str, after: str) -> set[tuple]:
    a = [syllable_key(w) for w in _WORD.findall(unicodedata.normalize("NFC", before))]
    b = [syllable_key(w) for w in _WORD.findall(unicodedata.normalize("NFC", after))]
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    return {(i1, i2, tuple(b[j1:j2])) for tag, i1, i2, j1, j2 in ops if tag != "equal"}


def corrected_text(gold: dict[str, Any]) -> str:
    """The gold's raw text with its corrections applied in order."""
    text, cursor = gold["text"], 0
    for c in gold.get("corrections") or []:
        at = text.find(c["before"], cursor)
        if at < 0:
            raise ValueError(f"{gold['id']}: correction {c['before']!r} not found in order")
        text = text[:at] + c["after"] + text[at + len(c["before"]):]
        cursor = at + len(c["after"])
    return text


# ---------------------------------------------------------------- tallies

@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, pred: Counter, gold: Counter) -> None:
        hit = sum((pred & gold).values())
        self.tp += hit
        self.fp += sum(pred.values()) - hit
        self.fn += sum(gold.values()) - hit

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


def _has_offsets(ents: list[dict[str, Any]]) -> bool:
    return all("start" in e and "end" in e for e in ents)


def overlap_pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]], same_label: bool
                  ) -> list[tuple[dict | None, dict | None]]:
    """One-to-one pairs of gold and predicted spans: exact offsets first, then largest overlap."""
    pairs: list[tuple[dict | None, dict | None]] = []
    free_g, free_p = list(range(len(gold))), list(range(len(pred)))
    exact = {(p["start"], p["end"]): j for j, p in enumerate(pred)}
    for i in list(free_g):
        j = exact.get((gold[i]["start"], gold[i]["end"]))
        if j is not None and j in free_p and (not same_label or pred[j]["label"] == gold[i]["label"]):
            pairs.append((gold[i], pred[j]))
            free_g.remove(i)
            free_p.remove(j)
    cands = []
    for i in free_g:
        g = gold[i]
        for j in free_p:
            p = pred[j]
            ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if ov > 0 and (not same_label or p["label"] == g["label"]):
                cands.append((-ov, i, j))
    used_g, used_p = set(), set()
    for _, i, j in sorted(cands):
        if i not in used_g and j not in used_p:
            pairs.append((gold[i], pred[j]))
            used_g.add(i)
            used_p.add(j)
    pairs += [(gold[i], None) for i in free_g if i not in used_g]
    pairs += [(None, pred[j]) for j in free_p if j not in used_p]
    return pairs


def key_pairs(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[dict | None, dict | None]]:
    """Pairs by surface key when there are no offsets: same label first, then across labels."""
    by_key: dict[str | None, tuple[list, list]] = defaultdict(lambda: ([], []))
    for g in gold:
        by_key[text_key(g.get("text"))][0].append(g)
    for p in pred:
        by_key[text_key(p.get("text"))][1].append(p)
    pairs: list[tuple[dict | None, dict | None]] = []
    for gs, ps in by_key.values():
        gs, ps = list(gs), list(ps)
        for g in list(gs):
            m = next((p for p in ps if p.get("label") == g.get("label")), None)
            if m is not None:
                pairs.append((g, m))
                gs.remove(g)
                ps.remove(m)
        for g, p in zip(gs, ps):
            pairs.append((g, p))
        pairs += [(g, None) for g in gs[len(ps):]] + [(None, p) for p in ps[len(gs):]]
    return pairs


@dataclass
class Result:
    categories: dict[str, Tally] = field(default_factory=dict)
    spans: dict[str, dict[str, Tally]] = field(default_factory=lambda: {"exact": {}, "overlap": {}})
    span_articles: int = 0
    confusion: Counter = field(default_factory=Counter)
    meta_hits: Counter = field(default_factory=Counter)
    meta_total: Counter = field(default_factory=Counter)
    missing: list[str] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: t.as_dict() for name, t in self.categories.items()}
        for fld in self.meta_total:
            out[f"meta.{fld}"] = {"accuracy": self.meta_hits[fld] / self.meta_total[fld], "n": self.meta_total[fld]}
        out["spans"] = {"articles": self.span_articles,
                        **{mode: {k: t.as_dict() for k, t in d.items()} for mode, d in self.spans.items()}}
        out["confusion"] = [{"gold": g, "pred": p, "n": n} for (g, p), n in sorted(self.confusion.items())]
        out["articles"] = {"missing_or_error": len(self.missing), "missing": self.missing}
        out["errors"] = self.errors
        return out


def _tally(d: dict[str, Tally], name: str) -> Tally:
    return d.setdefault(name, Tally())


# ---------------------------------------------------------------- errors with context

def sentence_at(record: dict[str, Any], start: int, end: int, width: int = 90) -> str:
    """The sentence around ``start:end``, the mention in ⟦ ⟧, clipped to ``width`` characters each side.

    Sentences come from the record's own ``sentences``; without them, from line
    breaks and full stops.
    """
    text = record.get("text") or ""
    left, right = None, None
    for s in record.get("sentences") or []:
        if s["start"] <= start < s["end"]:
            left, right = s["start"], max(s["end"], end)
            break
    if left is None:
        stop = text.rfind(". ", 0, start)
        left = max(text.rfind("\n", 0, start) + 1, stop + 2 if stop >= 0 else 0)
        stops = [i for i in (text.find("\n", end), text.find(". ", end)) if i >= 0]
        right = min(stops) + 1 if stops else len(text)
    before, after = text[left:start], text[end:right]
    if len(before) > width:
        before = "…" + before[-width:]
    if len(after) > width:
        after = after[:width] + "…"
    return " ".join(f"{before}⟦{text[start:end]}⟧{after}".split())


def _locate(record: dict[str, Any], surface: str, taken: list[tuple[int, int]] = (),
            label: str | None = None) -> tuple[int, int] | None:
    """The likeliest occurrence of a missed ``surface`` in the record's text.

    Occurrences already ``taken`` by another miss are passed over; among the
    rest the first that no predicted entity touches wins, then the first not
    predicted exactly with this ``label`` (a boundary or label error), then the first.
    """
    text = record.get("text") or ""
    if not surface:
        return None
    preds = [e for e in _ents(record) if "start" in e]
    best, best_rank = None, 3
    i = text.find(surface)
    while i >= 0:
        j = i + len(surface)
        if (i, j) not in taken:
            touching = [p for p in preds if p["start"] < j and i < p["end"]]
            exact = any(p["start"] == i and p["end"] == j and p["label"] == label for p in touching)
            rank = 0 if not touching else 1 if not exact else 2
            if rank < best_rank:
                best, best_rank = (i, j), rank
                if rank == 0:
                    break
        i = text.find(surface, i + 1)
    return best


def entity_errors(gid: str, gold: dict[str, Any], pred: dict[str, Any]) -> list[dict[str, Any]]:
    """Missed and spurious entity mentions of one article (by the headline matching), with context."""
    gk = Counter((e.get("label"), text_key(e.get("text"))) for e in _ents(gold))
    pk = Counter((e.get("label"), text_key(e.get("text"))) for e in _ents(pred))
    missed, spurious = gk - pk, pk - gk
    out: list[dict[str, Any]] = []
    pred_ents = [e for e in _ents(pred) if "start" in e]
    for e in _ents(pred):
        k = (e.get("label"), text_key(e.get("text")))
        if spurious[k] > 0:
            spurious[k] -= 1
            item = {"article": gid, "kind": "spurious", "label": e["label"], "text": e["text"]}
            if "start" in e:
                item["start"], item["end"] = e["start"], e["end"]
                item["sentence"] = sentence_at(pred, e["start"], e["end"])
                g = _gold_there(gold, pred, e)
                if g:
                    item["gold_there"] = g
            else:
                where = _locate(pred, e["text"])
                if where:
                    item["sentence"] = sentence_at(pred, *where)
            out.append(item)
    same_text = gold.get("text") == pred.get("text")
    taken: list[tuple[int, int]] = []
    for e in _ents(gold):
        k = (e.get("label"), text_key(e.get("text")))
        if missed[k] <= 0:
            continue
        missed[k] -= 1
        item = {"article": gid, "kind": "missed", "label": e["label"], "text": e["text"]}
        if "start" in e and same_text:
            where = (e["start"], e["end"])
        else:  # find it in the prediction's text: an occurrence the pipeline did not cover with this label
            where = _locate(pred, e["text"], taken, e["label"])
        if where is not None:
            taken.append(where)
            item["start"], item["end"] = where
            item["sentence"] = sentence_at(pred if pred.get("text") else gold, *where)
            there = [p for p in pred_ents if p["start"] < where[1] and where[0] < p["end"]]
            if there:
                item["pred_there"] = [f"{p['label']} {p['text']!r}" for p in there]
        out.append(item)
    return out


def _gold_there(gold: dict[str, Any], pred: dict[str, Any], e: dict[str, Any]) -> list[str]:
    if gold.get("text") != pred.get("text") or not _has_offsets(_ents(gold)):
        return []
    return [f"{g['label']} {g['text']!r}" for g in _ents(gold) if g["start"] < e["end"] and e["start"] < g["end"]]


def _show(name: str, x: dict[str, Any]) -> str:
    if name == "documents":
        return " ".join(str(x.get(k)) for k in ("type", "symbol", "issued", "issuer") if x.get(k))
    if name == "dates":
        return str(x.get("value"))
    return f"{x.get('value')} {x.get('unit')}"


def fact_errors(gid: str, gold: dict[str, Any], pred: dict[str, Any]) -> list[dict[str, Any]]:
    """Missed and spurious documents, dates and counts, located by their text where there is one."""
    out = []
    for name in ("documents", "dates", "counts"):
        fld, k = FACT_KEYS[name]
        if fld not in gold:
            continue
        gk = Counter(k(x) for x in gold.get(fld) or [])
        pk = Counter(k(x) for x in pred.get(fld) or [])
        missed, spurious = gk - pk, pk - gk
        for x in pred.get(fld) or []:
            if spurious[k(x)] > 0:
                spurious[k(x)] -= 1
                item = {"article": gid, "kind": "spurious", "label": name, "text": x.get("text"), "fact": _show(name, x)}
                if "start" in x:
                    item["sentence"] = sentence_at(pred, x["start"], x["end"])
                out.append(item)
        for x in gold.get(fld) or []:
            if missed[k(x)] > 0:
                missed[k(x)] -= 1
                surface = x.get("text") or x.get("symbol") or ""
                item = {"article": gid, "kind": "missed", "label": name, "text": surface, "fact": _show(name, x)}
                where = _locate(pred, surface)
                if where:
                    item["sentence"] = sentence_at(pred, *where)
                out.append(item)
    return out


# ---------------------------------------------------------------- scoring

def evaluate(pred_records: Iterable[dict[str, Any]], gold_records: Iterable[dict[str, Any]],
             errors: bool = False) -> Result:
    pred = {r.get("id"): r for r in pred_records}
    res = Result()
    for gold in gold_records:
        gid = gold["id"]
        record = pred.get(gid)
        if record is None or record.get("error"):
            res.missing.append(gid)
            record = {}
        gk, pk = category_keys(gold), category_keys(record)
        for name in gk:
            fld = name.split(".")[0] if not name.startswith("documents") else "documents"
            if name.startswith("entities") or fld in gold:
                _tally(res.categories, name).add(pk[name], gk[name])
        if "corrections" in gold:
            ge = word_edits(gold["text"], corrected_text(gold))
            pe = word_edits(gold["text"], record.get("text", gold["text"]))
            _tally(res.categories, "corrections").add(Counter(pe), Counter(ge))
        for fld, want in (gold.get("meta") or {}).items():
            if want is not None:
                res.meta_total[fld] += 1
                got = (record.get("meta") or {}).get(fld)
                res.meta_hits[fld] += (str(got or "")[:16] == want[:16]) if fld == "published" \
                    else text_key(got) == text_key(want)
        g_ents, p_ents = _ents(gold), _ents(record)
        comparable = bool(record) and gold.get("text") == record.get("text") \
            and _has_offsets(g_ents) and _has_offsets(p_ents)
        if comparable:
            res.span_articles += 1
            _span_tallies(res, g_ents, p_ents)
            pairs = overlap_pairs(g_ents, p_ents, same_label=False)
        else:
            pairs = key_pairs(g_ents, p_ents)
        for g, p in pairs:
            res.confusion[(g["label"] if g else NONE, p["label"] if p else NONE)] += 1
        if errors:
            res.errors += entity_errors(gid, gold, record) + fact_errors(gid, gold, record)
    return res


def _span_tallies(res: Result, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
    for lab in (*LABELS, None):
        g = [e for e in gold if lab is None or e["label"] == lab]
        p = [e for e in pred if lab is None or e["label"] == lab]
        name = lab or "all"
        _tally(res.spans["exact"], name).add(Counter((e["label"], e["start"], e["end"]) for e in p),
                                             Counter((e["label"], e["start"], e["end"]) for e in g))
        t = _tally(res.spans["overlap"], name)
        for a, b in overlap_pairs(g, p, same_label=True):
            if a and b:
                t.tp += 1
            elif a:
                t.fn += 1
            else:
                t.fp += 1


# ---------------------------------------------------------------- report

def _row(name: str, s: dict[str, Any]) -> str:
    return (f"{name:28} {s['precision']:6.3f} {s['recall']:6.3f} {s['f1']:6.3f} "
            f"{s['tp']:5} {s['fp']:5} {s['fn']:5}")


def report(res: Result) -> str:
    d = res.as_dict()
    head = f"{'category':28} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"
    lines = [head]
    lines += [_row(name, s) for name, s in d.items() if isinstance(s, dict) and "f1" in s]
    lines += [f"{name:28} accuracy {s['accuracy']:.3f} of {s['n']}"
              for name, s in d.items() if isinstance(s, dict) and "accuracy" in s]
    if res.span_articles:
        lines += ["", f"entity spans with offsets ({res.span_articles} articles)", head.replace("category", "mode/label")]
        for mode in ("exact", "overlap"):
            lines += [_row(f"{mode} {lab}", s) for lab, s in d["spans"][mode].items()]
    lines += ["", "label confusion (rows: gold, columns: predicted, ∅: none)"]
    cols = [*LABELS, NONE]
    lines.append(f"{'':14}" + "".join(f"{c[:12]:>13}" for c in cols))
    for g in cols:
        lines.append(f"{g[:12]:14}" + "".join(f"{res.confusion.get((g, p), 0) if (g, p) != (NONE, NONE) else '':>13}"
                                             for p in cols))
    if res.missing:
        lines += ["", f"articles missing or with error: {', '.join(res.missing)}"]
    if res.errors:
        lines += ["", f"errors ({len(res.errors)}):"]
        article = None
        for e in res.errors:
            if e["article"] != article:
                article = e["article"]
                lines += ["", f"== {article}"]
            at = f" @{e['start']}" if "start" in e else ""
            extra = ""
            if e.get("pred_there"):
                extra = f"   [predicted there: {'; '.join(e['pred_there'])}]"
            elif e.get("gold_there"):
                extra = f"   [gold there: {'; '.join(e['gold_there'])}]"
            elif "fact" in e:
                extra = f"   [{e['fact']}]"
            lines.append(f"  {e['kind'].upper():9}{e['label']:13}{e['text']!r}{at}{extra}")
            if e.get("sentence"):
                lines.append(f"      | {e['sentence']}")
    return "\n".join(lines)


def read_jsonl(path: str) -> list[dict[str, Any]]:
    from .annotate import read_jsonl as stream
    return list(stream(path))


@click.command()
@click.argument("pred", metavar="PRED.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.argument("gold", metavar="GOLD.jsonl", type=click.Path(exists=True, dir_okay=False))
@click.option("--errors", is_flag=True, help="List every missed and spurious mention with its sentence.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores (and errors) as JSON.")
def eval_command(pred, gold, errors, as_json):
    """Precision, recall and F1 of PRED.jsonl against GOLD.jsonl, per label and per fact kind.

    GOLD is the shared gold format (entities with label and text) or what
    `vnfacts import` writes (with offsets, which adds exact and overlap scores).
    """
    try:
        res = evaluate(read_jsonl(pred), read_jsonl(gold), errors=errors)
    except (KeyError, ValueError) as e:  # AnnotationError (bad JSON line) is a ValueError
        raise click.ClickException(f"eval: {e}") from None
    if as_json:
        d = res.as_dict()
        if not errors:
            d.pop("errors")
        sys.stdout.write(orjson.dumps(d, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        click.echo(report(res))
