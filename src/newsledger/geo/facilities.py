"""Facilities named after the town they stand in: "Lutsk Substation", "the Ladyzhyn Thermal Power Plant",
"Beryslav medical college", "the Sviatohirsk Cave Monastery", "Electrical Substation Solonka".

A substation, power plant, station, airport, bridge, dam, port, hospital, school or monastery named after
a town IS in that town, so the town is a literal place of the record (with a settlement hint: "the
Kharkiv airport" is in the city, not the oblast). Unlike an organisation named after a place ("New York
Times", "Montgomery County Democrats"), such a name says where something physical is. When the gazetteer
knows the facility itself ("the Kerch Bridge", "the Zaporizhzhia nuclear power plant" in the curated
supplement), the whole name is the place and its own point wins over the town's.

Streets, squares and parks are left out on purpose: they are named after other towns and people as
often as not ("Kyiv Street" in Kherson, "Shevchenko Park" in Kharkiv). So are universities ("Columbia
University") and councils and other bodies, which name organisations.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsledger.geo.gazetteer import Gazetteer
from newsledger.geo.lexicon import english_word
from newsledger.geo.mentions import Mention, capitalized_word, in_other_town, make
from newsledger.geo.words import SETTLEMENT_FEATURES, STREET_WORDS

FACILITY_NOUNS = frozenset(
    ["substation", "substations", "station", "plant", "airport", "airfield", "aerodrome", "airbase",
     "bridge", "dam", "port", "seaport", "harbour", "harbor", "hospital", "clinic", "school", "lyceum",
     "gymnasium", "kindergarten", "college", "monastery", "lavra", "cathedral", "mosque", "factory",
     "refinery", "depot", "warehouse", "prison", "market", "stadium", "terminal", "mine", "reservoir",
     "barracks", "checkpoint", "crossing", "shipyard", "works", "steelworks", "dormitory", "hotel", "museum",
     "theatre", "theater", "library", "tower", "pier", "railway", "junction", "boiler"]
)  # fmt: skip
# lower-case words that may stand between the town and the facility noun ("Beryslav medical college")
MODIFIERS = frozenset(
    ["thermal", "power", "nuclear", "hydroelectric", "hydro", "electric", "electrical", "heat", "heating",
     "medical", "regional", "city", "district", "central", "main", "railway", "rail", "train", "bus", "river",
     "sea", "oil", "gas", "fuel", "chemical", "coal", "steel", "cement", "ammunition", "military", "air",
     "naval", "secondary", "high", "boarding", "transmission", "distribution", "pumping", "water",
     "treatment", "grain", "cargo", "international", "passenger", "general", "maternity", "children's",
     "psychiatric", "clinical", "cave", "tv", "television", "combined", "plant", "station", "power-plant",
     "border"]
)  # fmt: skip
# facility words that may come first in a facility's proper name ("Substation Solonka")
LEADING = frozenset(["substation", "station", "airport", "hospital", "lyceum", "school", "monastery"])
# a word right after the facility that makes the whole an organisation ("Shiloh School District")
BODIES = frozenset(
    ["board", "district", "committee", "council", "police", "authority", "foundation", "trust"]
)
ATTACHED = frozenset(["'s", "’s", "-", "–", "/", "&"])  # "Moore's Ford bridge", "Hartsfield-Jackson Airport"
PLACES = SETTLEMENT_FEATURES | {"region", "district"}
POPULOUS = 10_000
MAX_NAME = 4


def facility_mentions(section: int, doc: Doc, gazetteer: Gazetteer, people: set[str]) -> Iterator[Mention]:
    """The towns (or known facilities) that facility names of this section start or end with."""
    taken: set[int] = set()
    for tok in doc:
        if tok.lower_ not in FACILITY_NOUNS:
            continue
        after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
        if after in BODIES | STREET_WORDS:  # "Mitchell Bridge Road"
            continue
        found = named_before(tok, gazetteer, people) or named_after(tok, gazetteer, people)
        if found is not None and not found[1] and in_other_town(doc, tok.i + 1, found[0].text, gazetteer):
            continue
        if found is not None and not taken & set(range(found[0].start, found[0].end)):
            span, whole = found
            mention = make(section, span, "facility")
            settlement = not whole and any(
                c.feature in SETTLEMENT_FEATURES for c in gazetteer.lookup(span.text)
            )
            yield dataclasses.replace(mention, feature_hint="settlement") if settlement else mention
            taken |= set(range(span.start, span.end))


def named_before(noun: Token, gazetteer: Gazetteer, people: set[str]) -> tuple[Span, bool] | None:
    """ "Lutsk Substation", "the Ladyzhyn Thermal Power Plant": (the town's span, False); (the whole
    name's span, True) when the gazetteer knows the facility ("the Zaporizhzhia nuclear power plant").
    Only facility words may stand between the name and the noun: "Cora Kelly Elementary School" and
    "North Fulton Regional Hospital" are named after something else."""
    doc = noun.doc
    words = noun.i
    while words > 0 and noun.i - words < MAX_NAME and doc[words - 1].lower_ in MODIFIERS | FACILITY_NOUNS:
        words -= 1
    start = words
    while start > 0 and words - start < MAX_NAME and capitalized_word(doc[start - 1]):
        start -= 1
    if start == words or (start > 0 and doc[start - 1].text in ATTACHED):
        return None
    whole = doc[start : noun.i + 1]
    if any(not c.loose and c.feature not in SETTLEMENT_FEATURES for c in gazetteer.lookup(whole.text)):
        return whole, True
    name = doc[start:words]
    return (name, False) if is_town(name, gazetteer, people) else None


def named_after(noun: Token, gazetteer: Gazetteer, people: set[str]) -> tuple[Span, bool] | None:
    """ "Electrical Substation Solonka": a capitalized facility word followed by a town's name."""
    doc = noun.doc
    if noun.lower_ not in LEADING or not noun.text[0].isupper() or noun.i + 1 >= len(doc):
        return None
    end = noun.i + 1
    while (
        end < len(doc)
        and end - noun.i <= MAX_NAME
        and capitalized_word(doc[end])
        and doc[end].pos_ == "PROPN"
    ):
        end += 1
    if gazetteer.lookup(doc[noun.i : end].text):  # a place named so ("Station Square" is no town's)
        return None
    town = doc[noun.i + 1 : end]
    return (town, False) if len(town) and is_town(town, gazetteer, people) else None


def is_town(span: Span, gazetteer: Gazetteer, people: set[str]) -> bool:
    """A place's own name (or its spelling), not a word of a person's name in the article, and either
    big or no word of English: a village named "Story", "Abbey" or "Shell" needs more than a facility
    word after it ("Story Elementary School", "a Shell gas station"); "Komyshuvakha" does not."""
    words = {t.lower_ for t in span}
    if span.text in people or words & (MODIFIERS | FACILITY_NOUNS | STREET_WORDS | BODIES):
        return False
    if any(e.label_ == "PERSON" and e.text == span.text for e in span.doc.ents):
        return False
    senses = [c for c in gazetteer.lookup(span.text) if c.main and not c.loose and c.feature in PLACES]
    if not senses:
        return False
    return max(c.population for c in senses) >= POPULOUS or not english_word(span.text)
