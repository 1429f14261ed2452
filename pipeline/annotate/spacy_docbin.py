"""spaCy: a ``DocBin`` of the records' docs, out and back.

Export builds each ``Doc`` with :func:`pipeline.to_spacy` (entities as
``doc.ents``, other facts as span groups, the record id and fact attributes in
the user data) and serializes them with ``store_user_data=True``.  Import reads
``doc.ents`` of every doc back into gold records; a DocBin made elsewhere, with
no record ids, gets ``doc-<n>`` ids.
"""
from __future__ import annotations

from typing import Any, Iterable

from ..spacy_bridge import blank_nlp, from_spacy, to_spacy
from . import AnnotationError, entity, gold_record


def export(records: Iterable[dict[str, Any]]) -> bytes:
    from spacy.tokens import DocBin

    db = DocBin(store_user_data=True)
    for r in records:
        db.add(to_spacy(r))
    return db.to_bytes()


def import_(data: bytes) -> list[dict[str, Any]]:
    from spacy.tokens import DocBin

    try:
        db = DocBin().from_bytes(data)
    except ValueError as e:  # spaCy raises ValueError on bytes that are not a DocBin
        raise AnnotationError(f"not a spaCy DocBin: {e}") from None
    except KeyError as e:  # a msgpack map without the DocBin's keys
        raise AnnotationError(f"not a spaCy DocBin: no {e} in it") from None
    records = []
    for n, doc in enumerate(db.get_docs(blank_nlp().vocab)):
        g = from_spacy(doc)
        doc_id = g["id"] if g["id"] is not None else f"doc-{n}"
        where = f"doc {n} ({doc_id})"
        ents = [entity(g["text"], e["start"], e["end"], e["label"], where, e["text"]) for e in g["entities"]]
        records.append(gold_record(doc_id, g["text"], ents, where))
    return records
