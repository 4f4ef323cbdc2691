"""Districts named by their town's adjective: "in the Kupyanskyi district", "the Bakhmutskyi raion".

The model takes such a word for a nationality; GeoNames names the district after the town ("Kupiansk
Raion"), and the gazetteer's lookup maps the adjective to that name (`names.district_names`).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from newsledger.geo.gazetteer import Gazetteer
from newsledger.geo.mentions import Mention, capitalized_word, make
from newsledger.geo.names import district_names
from newsledger.geo.words import REGION_WORDS

DISTRICT_WORDS = frozenset(["district", "raion", "rayon"])


def adjectival_districts(section: int, doc: Doc, gazetteer: Gazetteer) -> Iterator[Mention]:
    """Mentions of the districts of this section written as "<Town>-skyi district"."""
    for tok in doc[1:]:
        if of_a_city(tok):
            continue  # "Kalininsky district of Donetsk": a city's district, which the gazetteer lacks
        if tok.lower_ in DISTRICT_WORDS and capitalized_word(doc[tok.i - 1]):
            span = doc[tok.i - 1 : tok.i + 1]
            if district_names(span.text) and gazetteer.lookup(span.text):
                yield make(section, span, "gazetteer")


def of_a_city(word: Token) -> bool:
    """The district word is followed by "of <Name>" that is no region ("of Kharkiv region" is one)."""
    doc = word.doc
    i = word.i + 1
    if i >= len(doc) or doc[i].lower_ != "of":
        return False
    end = i + 1
    while end < len(doc) and end - i <= 4 and (doc[end].is_title or doc[end].lower_ == "the"):
        end += 1
    return (
        not (end < len(doc) and doc[end].lower_ in REGION_WORDS) and doc[end - 1].lower_ not in REGION_WORDS
    )
