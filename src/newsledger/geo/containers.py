"""Places written with their region, which the model often tags as one organisation or not at all:
"Vorozhba, Sumy Oblast", "the Thermal Power Plant at Enerhodar, Zaporizhia Oblast", "in Kakhovka Kherson
Oblast".

An organisation's own name ends where a comma or a locative preposition starts ("at Enerhodar"): what
follows is where it is, not part of its name. A town followed by an oblast without a comma is two places,
the town inside the region.
"""

from __future__ import annotations

from spacy.tokens import Span

from newsledger.geo.gazetteer import Gazetteer
from newsledger.geo.lexicon import english_word
from newsledger.geo.words import REGION_WORDS, SETTLEMENT_FEATURES

WHERE = frozenset(["at", "in", "near", "outside"])


def own_name_end(ent: Span) -> int:
    """Token index where an entity's own name ends: at its first locative preposition, or at its first
    comma when it ends with a region ("Vorozhba, Sumy Oblast"; not "Christian, Sturgeon & Associates")."""
    region = ent[-1].lower_ in REGION_WORDS
    for tok in ent[1:]:
        if (tok.text == "," and region) or tok.lower_ in WHERE:
            return tok.i
    return ent.end


def outside_own_name(run: Span, ent: Span) -> bool:
    """A name after where the entity's own name ends ("Enerhodar" and "Zaporizhia Oblast" in "the Thermal
    Power Plant at Enerhodar, Zaporizhia Oblast")."""
    return run.start >= own_name_end(ent)


def is_own_name_with_region(run: Span, ent: Span) -> bool:
    """The entity is this name, then a comma and a region ("Vorozhba, Sumy Oblast"): a place, as an
    organisation's name holds no oblast."""
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    end = own_name_end(ent)
    return (
        run.start == start
        and run.end == end
        and end < ent.end
        and ent.doc[end].text == ","
        and ent[-1].lower_ in REGION_WORDS
    )


STATE_WORDS = frozenset(["state", "commonwealth", "province", "republic", "kingdom", "government"])


def is_state_of(run: Span, ent: Span) -> bool:
    """The organisation is a place's state ("the State of Ohio", "the Government of Canada"): the name
    after its "<state word> of" is that place, standing for its government; not when a name of its own
    comes first ("the Islamic State of Iraq and Al-Sham")."""
    doc = run.doc
    i = run.start - 2
    return (
        run.end == ent.end
        and i >= ent.start
        and doc[run.start - 1].lower_ == "of"
        and doc[i].lower_ in STATE_WORDS
        and (i == ent.start or not doc[i - 1].is_title)
    )


def is_whole_place(run: Span, ent: Span, gazetteer: Gazetteer) -> bool:
    """The run is the entity without its article and a place the gazetteer knows ("Kerch Bridge" of
    "the Kerch Bridge"; not "Moscow Times" of "The Moscow Times")."""
    whole = ent[0].lower_ == "the" and run.start == ent.start + 1 and run.end == ent.end
    return whole and any(not c.loose for c in gazetteer.lookup(run.text))


def split_region_tail(span: Span, gazetteer: Gazetteer) -> list[Span]:
    """ "Kakhovka Kherson Oblast" -> "Kakhovka", "Kherson Oblast": a settlement then a region named with
    its region word, when the gazetteer does not know the whole."""
    if len(span) < 3 or span[-1].lower_ not in REGION_WORDS or gazetteer.lookup(span.text):
        return [span]
    doc = span.doc
    for cut in range(span.start + 1, span.end - 1):
        left, right = doc[span.start : cut], doc[cut : span.end]
        town = not english_word(left.text) and any(
            c.main and not c.loose and c.feature in SETTLEMENT_FEATURES for c in gazetteer.lookup(left.text)
        )
        if town and any(c.feature == "region" for c in gazetteer.lookup(right.text)):
            return [left, right]
    return [span]
