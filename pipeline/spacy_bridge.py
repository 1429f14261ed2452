"""Records as spaCy objects, and back.

:func:`to_spacy` turns one record (``spec/OUTPUT.md``) into a spaCy ``Doc`` of
its normalized ``text``: the entities become ``doc.ents``, the other facts the
span groups ``doc.spans["documents"|"dates"|"counts"|"positions"]``, and each
span's fact attributes (``value``, ``grain``, ``symbol``, ``unit``, ``source``,
``score``, the holders of a position…) are kept in ``span._.fact``.
:func:`from_spacy` reads such a ``Doc`` back into gold entities with offsets.

Tokenization: ``spacy.blank("vi")`` needs pyvi by default, and pyvi's word
segmentation would not split at every fact boundary anyway.  The ``Doc`` is
therefore built from words we cut ourselves: words and punctuation marks as in
:attr:`pipeline.doc.Doc.tokens`, and additionally at every span boundary, so
every fact is an exact token span (``doc.char_span`` never has to round).
Any ``nlp`` given only lends its vocabulary; a blank one (``spacy.blank("vi")``
with ``use_pyvi = false``) is used otherwise, which works offline.
"""
from __future__ import annotations

from functools import cache
from typing import Any, Iterable

import regex

LABELS = ("PERSON", "POSITION", "ORGANIZATION", "LOCATION")
# span group -> (record field, span label)
GROUPS = {
    "documents": ("documents", "DOCUMENT"),
    "dates": ("dates", "DATE"),
    "counts": ("counts", "COUNT"),
}
# Keys of a record's span dict that are the span itself, not its attributes.
_SPAN_KEYS = ("label", "text", "start", "end")

# A run of word characters, one other visible character, or a run of white space.
_PIECE = regex.compile(
    r"""
      \w+        # Nguyễn, 2013, TW
    | [^\w\s]    # one punctuation mark: , . / - “
    | \s+        # white space, kept to rebuild the text exactly
    """,
    regex.VERBOSE,
)


TOKENIZER = "vnfacts.WordTokenizer.v1"


class WordTokenizer:
    """spaCy tokenizer cutting words and punctuation marks as :func:`to_spacy` does.

    Registered as ``vnfacts.WordTokenizer.v1`` so a model trained by
    ``vnfacts train`` tokenizes new text the way it was trained.
    """

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str):
        return make_doc(self.vocab, text, [])

    # Nothing to save: the tokenizer is code, not data.
    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "WordTokenizer":
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "WordTokenizer":
        return self


def _register_tokenizer() -> None:
    import spacy

    if TOKENIZER not in spacy.registry.tokenizers:
        # a config's tokenizer entry returns a function of the pipeline, as spaCy's own do
        spacy.registry.tokenizers.register(TOKENIZER, func=lambda: lambda nlp: WordTokenizer(nlp.vocab))


_register_tokenizer()


@cache
def blank_nlp():
    """A blank Vietnamese pipeline that needs neither pyvi nor the network."""
    import spacy
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


@cache
def _register_extensions() -> None:
    from spacy.tokens import Doc, Span

    _register_tokenizer()
    if not Span.has_extension("fact"):
        Span.set_extension("fact", default=None)
    if not Doc.has_extension("record_id"):
        Doc.set_extension("record_id", default=None)


def _words(text: str, starts: set[int], ends: set[int]) -> tuple[list[str], list[bool]]:
    """Words and trailing-space flags that rebuild ``text`` exactly and split at every boundary."""
    cuts = sorted((starts | ends) - {0, len(text)})
    pieces: list[tuple[int, int]] = []
    ci = 0
    for m in _PIECE.finditer(text):
        s, e = m.span()
        while ci < len(cuts) and cuts[ci] <= s:
            ci += 1
        j = ci
        while j < len(cuts) and cuts[j] < e:
            pieces.append((s, cuts[j]))
            s = cuts[j]
            j += 1
        pieces.append((s, e))
    words: list[str] = []
    spaces: list[bool] = []
    for s, e in pieces:
        piece = text[s:e]
        # One plain space after a word is spaCy's trailing space, unless a span
        # starts at it or ends right after it (then it must be a token of its own).
        if (piece == " " and words and not spaces[-1] and not words[-1].isspace()
                and s not in starts and e not in ends):
            spaces[-1] = True
            continue
        words.append(piece)
        spaces.append(False)
    return words, spaces


def _fact(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _SPAN_KEYS}


def make_doc(vocab, text: str, boundaries: Iterable[tuple[int, int]]):
    """A spaCy ``Doc`` of ``text`` cut into words and marks, and at every ``(start, end)`` given."""
    from spacy.tokens import Doc

    _register_extensions()
    boundaries = list(boundaries)
    words, spaces = _words(text, {s for s, _ in boundaries}, {e for _, e in boundaries})
    doc = Doc(vocab, words=words, spaces=spaces)
    if doc.text != text:  # cannot happen unless _words is wrong: fail loudly
        raise AssertionError("spaCy doc text differs from the text")
    return doc


def to_spacy(record: dict[str, Any], nlp=None):
    """A spaCy ``Doc`` of ``record["text"]`` with ``doc.ents`` and the fact span groups."""
    _register_extensions()
    text: str = record["text"]
    vocab = (nlp or blank_nlp()).vocab
    fields = {"entities": record.get("entities") or []}
    fields.update({f: record.get(f) or [] for f, _ in GROUPS.values()})
    boundaries = []
    for spans in fields.values():
        for s in spans:
            if text[s["start"]:s["end"]] != s["text"]:
                raise ValueError(f"{record.get('id')}: text[{s['start']}:{s['end']}] != {s['text']!r}")
            if s["start"] == s["end"]:
                raise ValueError(f"{record.get('id')}: empty span at {s['start']}")
            boundaries.append((s["start"], s["end"]))
    doc = make_doc(vocab, text, boundaries)
    doc._.record_id = record.get("id")

    holders: dict[int, list[str]] = {}
    for r in record.get("roles") or []:
        if r.get("position_start") is not None:
            holders.setdefault(r["position_start"], []).append(r["person"])

    def cut(d: dict[str, Any], label: str):
        span = doc.char_span(d["start"], d["end"], label=label)
        if span is None:  # cannot happen: we split at every boundary
            raise AssertionError(f"{record.get('id')}: no exact token span for {d['start']}:{d['end']}")
        span._.fact = _fact(d)
        return span

    ents = []
    for d in fields["entities"]:
        if d["label"] not in LABELS:
            raise ValueError(f"{record.get('id')}: unknown entity label {d['label']!r}")
        ents.append(cut(d, d["label"]))
    doc.ents = ents  # raises on overlapping entities, as the contract forbids them
    positions = []
    for span, d in zip(ents, fields["entities"]):
        if d["label"] == "POSITION":
            p = cut(d, "POSITION")
            p._.fact = {**p._.fact, "holders": holders.get(d["start"], [])}
            positions.append(p)
    doc.spans["positions"] = positions
    for group, (field, label) in GROUPS.items():
        doc.spans[group] = [cut(d, label) for d in fields[field]]
    return doc


def from_spacy(doc) -> dict[str, Any]:
    """A gold record (``id``, ``text``, ``entities`` with offsets) from a ``Doc``'s ents."""
    _register_extensions()
    return {
        "id": doc._.record_id,
        "text": doc.text,
        "entities": [{"label": e.label_, "text": e.text, "start": e.start_char, "end": e.end_char}
                     for e in doc.ents],
    }


def docs_from_records(records: Iterable[dict[str, Any]], nlp=None):
    for record in records:
        yield to_spacy(record, nlp)
