"""Named entities from the spaCy pass, with document-level canonical names.

Names are clustered over the whole document, body and captions, by the same clustering the
attribution stage uses for speakers (`newsledger.attribution.names`): every mention of a
person gets the cluster's canonical name ("Zelenskiy", "President Zelensky" -> "Volodymyr
Zelensky"; "Peskov" -> "Dmitry Peskov"), a body its full or usual name ("The Post" -> "The
New York Post", "U.S." -> "United States"). A surname the tagger took for a body but the
document names as a person elsewhere is read as that person. Other labels keep their text.
"""

from __future__ import annotations

from newsledger.analysis import Analysis
from newsledger.attribution.assemble import document_index
from newsledger.attribution.lexicon import lexicon
from newsledger.attribution.names import NameIndex
from newsledger.model import Entity, Span

BODIES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def extract_entities(analysis: Analysis) -> tuple[Entity, ...]:
    index = document_index(analysis, lexicon())
    return tuple(
        Entity(
            span=Span(ent.start_char, ent.end_char),
            text=ent.text,
            label=ent.label_,
            canonical=canonical(index, ent.text, ent.label_),
            caption=section.caption,
        )
        for section in analysis.sections
        for ent in section.doc.ents
    )


def canonical(index: NameIndex, text: str, label: str) -> str:
    """The document's canonical name for an entity mention."""
    if label == "PERSON" or (label == "ORG" and index.knows_person(text)):
        return index.person(text)
    if label in BODIES:
        return index.body(text)
    return text
