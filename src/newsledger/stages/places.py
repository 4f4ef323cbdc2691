"""Places named in the text, resolved on the offline gazetteer with the whole article as context.

Captions are sections too: they are recognized in their own text and resolved with the body's
mentions as context (`geo.recognize` then `geo.resolve` over all sections at once). An unknown street or
landmark of a city the text names gets that city's point, marked approximate (`geo.approximate`).
States and countries inside organisation names and countries' demonyms vote in resolution and are no
places of the record (`geo.voters`).
"""

from __future__ import annotations

import dataclasses

from newsledger.analysis import Analysis
from newsledger.geo.approximate import Approximation, approximate_all
from newsledger.geo.gazetteer import Gazetteer, open_gazetteer
from newsledger.geo.mentions import Mention
from newsledger.geo.recognize import find_mentions
from newsledger.geo.resolve import Resolution, resolve_all
from newsledger.geo.roles import role_of
from newsledger.geo.voters import context_voters
from newsledger.geo.words import REGION_WORDS
from newsledger.model import Place, Span


def extract_places(analysis: Analysis, gazetteer: Gazetteer | None = None) -> tuple[Place, ...]:
    gazetteer = gazetteer or open_gazetteer()
    mentions = find_mentions(analysis, gazetteer)
    voters = context_voters(analysis, gazetteer, mentions)  # they vote, then go (`geo.voters`)
    resolutions = resolve_all([*mentions, *voters], gazetteer)[: len(mentions)]
    approximations = approximate_all(analysis, mentions, resolutions)
    return tuple(
        approximate(to_place(analysis, m, r), a)
        for m, r, a in zip(mentions, resolutions, approximations, strict=True)
        if r.candidate or worth_keeping(m)
    )


def approximate(place: Place, approximation: Approximation | None) -> Place:
    """An unknown street of a named city, at the city's point (see `geo.approximate`)."""
    if approximation is None:
        return place
    city = approximation.city
    return dataclasses.replace(
        place, name=place.text, lat=city.lat, lon=city.lon, country_code=city.country_code,
        admin1=city.admin1, feature=approximation.feature, confidence=approximation.confidence,
        reason=approximation.reason,
    )  # fmt: skip


def worth_keeping(mention: Mention) -> bool:
    """An unresolved name stays (with a null point and a reason) only when the model is sure it is a
    place: a GPE or LOC entity that is not an acronym ("HIV", "UN"), or a facility named as a street,
    square, bridge or church ("Royal Street"); other facilities and names found only in the gazetteer
    are dropped with their missing candidates, unless a region is named as their container ("Horodnje,
    Luhansk Oblast") or the text calls them a place ("the neighbourhood of Almaqamat")."""
    letters = mention.text.replace(".", "")
    if mention.within and mention.within.split()[-1].lower() in REGION_WORDS:
        return True
    if mention.source == "named" or mention.feature_hint == "island":
        return True  # "the town of Tuz Khurmatu", "the island of Java"
    if mention.source == "ner:FAC":
        return mention.text.split()[-1].lower() in STREETS
    return mention.source in {"ner:GPE", "ner:LOC"} and not (letters.isupper() and len(letters) <= 5)


STREETS = frozenset(
    ["street", "avenue", "road", "boulevard", "lane", "drive", "square", "parkway", "highway", "bridge",
     "cathedral", "church", "plaza", "fields"]
)  # fmt: skip


def to_place(analysis: Analysis, mention: Mention, resolution: Resolution) -> Place:
    section = analysis.sections[mention.section]
    span = section.doc[mention.start : mention.end]
    c = resolution.candidate
    return Place(
        span=Span(span.start_char, span.end_char),
        text=span.text,
        name=c.name if c else None,
        gazetteer_id=c.gid if c else None,
        lat=c.lat if c else None,
        lon=c.lon if c else None,
        country_code=c.country_code if c else None,
        admin1=c.admin1 if c else None,
        feature=c.feature if c else None,
        confidence=resolution.confidence,
        role=role_of(span, c),
        reason=resolution.reason,
        caption=section.caption,
    )
