"""Entities: PERSON, POSITION, ORGANIZATION, LOCATION.

One recognizer module per rule family proposes candidate spans over the
article's one tokenization (:attr:`pipeline.doc.Doc.tokens`):

- :mod:`.persons`       name grammar, honorifics, initials, bylines;
- :mod:`.positions`     office titles with the body they belong to;
- :mod:`.organizations` head nouns, names, qualifiers, nested bodies, places;
- :mod:`.locations`     administrative units, sites, gazetteer places;

then :func:`.resolve.resolve_overlaps` keeps the outermost of overlapping
candidates.  Lexicons live in ``pipeline/data/entities/`` (see :mod:`.lexicon`).
"""
from __future__ import annotations

from ..doc import Doc
from ..span import Span
from . import locations, organizations, persons, positions
from .lexicon import TokenView
from .resolve import resolve_overlaps

RECOGNIZERS = (positions.find, organizations.find, locations.find, persons.find)


def candidates(doc: Doc) -> list[Span]:
    """Every recognizer's candidates, overlapping."""
    view = TokenView.of(doc)
    out: list[Span] = []
    for find in RECOGNIZERS:
        out.extend(find(doc, view))
    return out


def extract(doc: Doc) -> list[Span]:
    """The article's entities: flat, non-overlapping, sorted by start.

    After the overlap policy, companies named again by their short name
    (``Tasco Nam Thái`` after ``Công ty cổ phần Tasco Nam Thái``) and people
    by their given name (``Dân`` after ``Lương Thế Dân``) fill the gaps.
    """
    view = TokenView.of(doc)
    cands: list[Span] = []
    for find in RECOGNIZERS:
        cands.extend(find(doc, view))
    # (a class of bodies is no entity; the top body it belongs to is: "Đoàn đại biểu Quốc hội" → "Quốc hội")
    kept = [t for s in resolve_overlaps(cands)
            for t in ((s,) if s.label != organizations.CLASS else s.attrs.get("inner", ()))]
    more = organizations.aliases(doc, view, kept)
    if more:
        kept = sorted(kept + more, key=lambda s: s.start)
    more = persons.aliases(doc, view, kept)
    return sorted(kept + more, key=lambda s: s.start) if more else kept


def stage(doc: Doc) -> None:
    doc.entities = extract(doc)


def warm() -> None:
    """Load every lexicon now (a worker calls this once, before timing starts)."""
    from . import lexicon
    for load in (lexicon.family_names, lexicon.honorifics, lexicon.position_titles, lexicon.org_heads,
                 lexicon.org_fields, lexicon.org_descriptors, lexicon.org_qualifiers, lexicon.org_names, lexicon.place_units,
                 lexicon.site_heads, lexicon.regions, lexicon.places, lexicon.unit_only_places, lexicon.wards,
                 lexicon.province_names):
        load()
    lexicon.is_word("xã", "hội")
    lexicon.mask_of("xã")       # the per-word table bits (built from every table on first use)


__all__ = ["extract", "stage", "warm", "candidates", "resolve_overlaps"]
