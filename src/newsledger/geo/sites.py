"""Named sites: a hospital, airport, base, embassy, market, crossing or farmland known by its own name
("the Al-Quds Hospital in Aleppo", "the Kuweires Military Airport", "the Al-Malaah Farms of northern
Aleppo", "the Torkham border crossing"). Where an attack or a protest happened is often such a site,
and conflict reports name it before the town it is in.

The model tags them as organisations or facilities. A name of capitalized words ending in a site noun
is a mention with the site's kind as its feature; the gazetteer rarely knows it, so it takes the point
of the town named right after it, marked approximate (`geo.approximate`), or keeps a null point.
A site named after a town ("Lutsk Substation") is that town (`geo.facilities`), and one the gazetteer
knows ("the Kerch Bridge") is itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from newsledger.geo.demonyms import is_demonym
from newsledger.geo.gazetteer import Gazetteer
from newsledger.geo.mentions import Mention, capitalized_word, make

LABELS = frozenset({"ORG", "FAC", "GPE", "LOC"})
SITES = {
    "hospital": "hospital", "airport": "airport", "airbase": "airport", "airfield": "airport",
    "embassy": "building", "consulate": "building", "hotel": "building", "prison": "building",
    "mosque": "building", "tower": "building", "stadium": "building", "market": "area", "bazaar": "area",
    "crossing": "area", "farms": "area", "orchards": "area", "springs": "area", "camp": "area",
    "base": "area", "checkpoint": "area", "project": "area", "dam": "dam", "plant": "power plant",
    "mountains": "area", "mountain": "area", "hill": "area", "hills": "area",
}  # fmt: skip


def site_mentions(section: int, doc: Doc, gazetteer: Gazetteer, taken: set[int]) -> Iterator[Mention]:
    """Named sites of a section that no other mention covers."""
    for ent in doc.ents:
        if ent.label_ not in LABELS:
            continue
        name = doc[ent.start + (1 if ent[0].lower_ == "the" else 0) : ent.end]
        if not all(capitalized_word(t) or t.text == "-" or t.is_digit for t in name):
            continue  # "the US embassy" is the country's; "Kyiv's main market" is no name
        if not taken & set(range(name.start, name.end)) and is_site(name, gazetteer):
            yield make(section, name, "site")


def whose(owner: Span, gazetteer: Gazetteer) -> bool:
    """A country's or a people's site ("the U.S. Embassy", "the Russian Embassy"): elsewhere, not a place."""
    if not len(owner):
        return False
    return is_demonym(owner[0].text) or any(c.feature == "country" for c in gazetteer.lookup(owner.text))


def site_feature(text: str) -> str | None:
    """The kind of site a name ends with ("Al-Quds Hospital": hospital), or None."""
    return SITES.get(text.split()[-1].lower()) if text.split() else None


def is_site(name: Span, gazetteer: Gazetteer) -> bool:
    """A named site that is no country's or people's ("the Hayat Tower"; not "the Russian Embassy")."""
    return site_feature(name.text) is not None and len(name) > 1 and not whose(name[:-1], gazetteer)
