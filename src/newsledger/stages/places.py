"""Places named in the text, resolved on the offline gazetteer with the whole article as context.

Captions are sections too: they are recognized in their own text and resolved with the body's
mentions as context (`geo.recognize` then `geo.resolve` over all sections at once). An unknown street or
landmark of a city the text names gets that city's point, and an unknown village the point of the town
named near it, marked approximate (`geo.approximate`).
States and countries at the start of organisation names vote in resolution and are no places of the
record (`geo.voters`).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span as SpacySpan

from newsledger.analysis import Analysis
from newsledger.geo.approximate import Approximation, approximate_all
from newsledger.geo.gazetteer import Gazetteer, open_gazetteer
from newsledger.geo.inner import inner_mentions
from newsledger.geo.lexicon import english_word
from newsledger.geo.mentions import Mention, locative, named_a_place
from newsledger.geo.outlet import outlet_country
from newsledger.geo.recognize import assailed, find_mentions
from newsledger.geo.references import referred_places
from newsledger.geo.resolve import Resolution, resolve_all
from newsledger.geo.roles import role_of
from newsledger.geo.sites import is_site
from newsledger.geo.voters import context_voters
from newsledger.geo.words import GEOGRAPHIC_TAILS, REGION_WORDS, STREET_WORDS
from newsledger.model import Place, Span


def extract_places(analysis: Analysis, gazetteer: Gazetteer | None = None) -> tuple[Place, ...]:
    gazetteer = gazetteer or open_gazetteer()
    mentions = find_mentions(analysis, gazetteer)
    voters = context_voters(analysis, gazetteer, mentions)  # they vote, then go (`geo.voters`)
    home = outlet_country(analysis.article.url)  # the last cue (`geo.outlet`)
    resolutions = resolve_all([*mentions, *voters], gazetteer, home=home)[: len(mentions)]
    inside = inner_resolutions(analysis, gazetteer, mentions, voters, resolutions, home)
    approximations = approximate_all(analysis, mentions, resolutions, inside)
    named = [
        approximate(to_place(analysis, m, r), a)
        for m, r, a in zip(mentions, resolutions, approximations, strict=True)
        if r.candidate or worth_keeping(m, analysis.sections[m.section].doc[m.start : m.end], gazetteer)
    ]
    referred = [
        place
        for section in analysis.sections
        for place in referred_places(
            section.doc, [p for p in named if p.caption == section.caption], gazetteer
        )
    ]  # "the region's governor" after "Kherson" (`geo.references`)
    return tuple(
        sorted([*named, *referred], key=lambda p: (p.caption is not None, p.caption or 0, p.span.start))
    )


def inner_resolutions(
    analysis: Analysis,
    gazetteer: Gazetteer,
    mentions: list[Mention],
    voters: list[Mention],
    resolutions: list[Resolution],
    home: str | None = None,
) -> dict[int, Resolution]:
    """By mention index, the resolution of the known place named inside an unknown name ("Wyandotte
    County" of "Wyandotte County District Court", `geo.inner`), in the context of the others; it does not
    vote for them."""
    inner = inner_mentions(analysis, gazetteer, mentions)
    if not inner:
        return {}
    resolved = resolve_all([*mentions, *voters, *inner.values()], gazetteer, home=home)
    named = {r.candidate.name: r for r in resolutions if r.candidate}
    return {
        k: named.get(m.text, r)  # "Douglas County" of its road: the Douglas County the article names
        for (k, m), r in zip(inner.items(), resolved[len(mentions) + len(voters) :], strict=True)
    }


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


def worth_keeping(mention: Mention, span: SpacySpan, gazetteer: Gazetteer) -> bool:
    """An unresolved name stays (with a null point and a reason) only when it is surely a place: a
    facility named as a street, square, bridge or church ("Royal Street"); a name the text calls a place
    ("the neighbourhood of Almaqamat", "the island of Java"), a named site ("the Hayat Tower",
    `geo.sites`) or one forces entered ("entered Kafr Naya"), or puts in a region ("Horodnje, Luhansk
    Oblast"); a GPE or LOC entity of the model that is no acronym ("HIV", "UN"), no lone English word
    ("Easter", "County") and that the text places (`placed_by_text`). Other names found only in the
    gazetteer are dropped with their missing candidates."""
    letters = mention.text.replace(".", "")
    if mention.within and mention.within.split()[-1].lower() in REGION_WORDS:
        return True
    if mention.source == "named" or mention.feature_hint == "island":
        return True  # "the town of Tuz Khurmatu", "the island of Java"
    if mention.source == "site":
        return True  # "the Al-Quds Hospital": a named site, at its town's point when the text names it
    if mention.source == "ner:FAC":  # "Royal Street", "the Hayat Tower", "entered Kafr Naya"
        return mention.text.split()[-1].lower() in STREETS or is_site(span, gazetteer) or assailed(span)
    if mention.source not in {"ner:GPE", "ner:LOC"} or (letters.isupper() and len(letters) <= 5):
        return False
    if span[-1].lower_ == "of" or (len(span) == 1 and english_word(span.text)):
        return False  # "City of", "Saint", "Easter"
    return placed_by_text(mention, span)


def placed_by_text(mention: Mention, span: SpacySpan) -> bool:
    """The words around or in a name make it a place: a locative before it ("in Kibera"), a hint or a
    container ("Harwinton, Conn."), a list of places, a geographic word ("Lake Lanier", "Neches
    River"). The model tags many names GPE that are none ("Dropbox", "Pawlenty")."""
    if mention.within or mention.feature_hint or mention.after_place or mention.enumeration is not None:
        return True
    if named_a_place(span):  # "Wadi Barada, a valley overlooked by"
        return True
    if span[-1].lower_ in STREET_WORDS | REGION_WORDS | GEOGRAPHIC_TAILS:
        return True
    return (len(span) > 1 and span[0].lower_ in GEOGRAPHIC_HEADS) or locative(span[0])


GEOGRAPHIC_HEADS = frozenset(["lake", "mount", "mt.", "fort", "cape", "isle", "port", "gulf"])


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
