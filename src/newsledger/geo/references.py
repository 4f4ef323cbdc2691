"""Places the text refers to without naming them: "... as is the case now with Kherson. The region's
governor said ..." — the region is Kherson's, Kherson Oblast; "the city's mayor" after "Mariupol" is
Mariupol's.

A bare "the region's", "the oblast's", "the province's", "the city" or "the town" (no name, no modifier:
not "the Kherson region", "the southern region", "the region of Donetsk"; a region only as a possessor,
since "turmoil in the region" often means a wider one) refers to the latest place named
before it, in its sentence or the one before: a region is itself, a town or district stands for its
region; "the city" needs a city or town, "the town" any settlement. A country in between ends the
search for a region ("invaded Iraq ... turmoil in the region" is the Middle East's) and is skipped for a
city; a national capital stands for no region ("Moscow ... the region"). Such places are of role
"reference": no name in the text, so no toponym for recognition scores, but a place for the events
their sentences report.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from newsledger.geo.gazetteer import Gazetteer
from newsledger.geo.words import SETTLEMENT_FEATURES
from newsledger.model import Place, Span

REFERRING = {"region": "region", "oblast": "region", "province": "region", "city": "city", "town": "town"}
TOWNS = {"city": frozenset({"city", "town"}), "town": SETTLEMENT_FEATURES}
DETERMINERS = frozenset({"the", "this", "that"})
ALLOWED_CHILDREN = frozenset({"det", "case"})
SENTENCES_BACK = 1
COUNTRIES = frozenset({"country", "continent"})


def referred_places(doc: Doc, named: Sequence[Place], gazetteer: Gazetteer) -> Iterator[Place]:
    """The places a section's bare "the region"/"the city" words refer to; `named` are the section's
    places in text order."""
    taken = {i for p in named for i in range(p.span.start, p.span.end)}
    starts = [s.start_char for s in doc.sents]
    ordered = sorted(named, key=lambda p: p.span.end)
    ends = [p.span.end for p in ordered]
    for token in doc:
        kind = REFERRING.get(token.lower_)
        if kind is None or token.idx in taken or not _bare(token):
            continue
        if kind == "region" and not any(c.dep_ == "case" for c in token.children):
            continue  # "turmoil in the region", "leads the region": often a wider region than a named one's
        # the places named before it, in its sentence or the one before
        since = starts[max(0, _sentence(token.idx, starts) - SENTENCES_BACK)]
        ended = ordered[bisect_right(ends, since) : bisect_right(ends, token.idx)]
        place = _antecedent([p for p in ended if p.span.start >= since], kind, gazetteer)
        if place is not None:
            yield dataclasses.replace(
                place, span=Span(token.idx, token.idx + len(token.text)), text=token.text, role="reference"
            )


def _bare(token: Token) -> bool:
    """ "the region('s)": a determiner and nothing else names or narrows it."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ == "compound":
        return False
    children = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in children):
        return False
    return all(c.dep_ in ALLOWED_CHILDREN for c in children)


def _sentence(offset: int, starts: list[int]) -> int:
    """Index of the sentence that holds `offset` (`starts`: sentence start offsets, sorted)."""
    return bisect_right(starts, offset) - 1


def _antecedent(earlier: Sequence[Place], kind: str, gazetteer: Gazetteer) -> Place | None:
    for place in reversed(earlier):
        if place.role != "literal" or place.name is None or place.lat is None:
            continue
        if place.feature in COUNTRIES:
            if kind == "region":
                return None
            continue
        if kind in TOWNS:
            return place if place.feature in TOWNS[kind] else None
        if place.feature == "region":
            return place
        return None if _capital(place, gazetteer) else _region_of(place, gazetteer)
    return None


def _capital(place: Place, gazetteer: Gazetteer) -> bool:
    return any(c.capital for c in gazetteer.lookup(place.name or "") if c.gid == place.gazetteer_id)


def _region_of(place: Place, gazetteer: Gazetteer) -> Place | None:
    """The region a town or district lies in, as a place of the record."""
    if not place.admin1 or not place.country_code:
        return None
    for c in gazetteer.lookup(place.admin1):
        if c.feature == "region" and c.country_code == place.country_code and c.name == place.admin1:
            return dataclasses.replace(
                place, name=c.name, gazetteer_id=c.gid, lat=c.lat, lon=c.lon, admin1=c.admin1,
                feature=c.feature, reason=None,
            )  # fmt: skip
    return None
