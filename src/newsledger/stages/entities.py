"""Named entities from the spaCy pass, with document-level canonical names."""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.model import Entity, Span


def extract_entities(analysis: Analysis) -> tuple[Entity, ...]:
    return tuple(
        Entity(
            span=Span(ent.start_char, ent.end_char),
            text=ent.text,
            label=ent.label_,
            canonical=ent.text,
            caption=section.caption,
        )
        for section in analysis.sections
        for ent in section.doc.ents
    )
