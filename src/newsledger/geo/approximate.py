"""Streets, squares, landmarks and named sites the gazetteer does not know, placed at their city when the
text names it.

Decision (issue 4): "Canal Street in New Orleans" is a place of the record with New Orleans' point, its
own `feature` ("street", "square", "bridge", "church", "area", "hospital"), a lower `confidence` (half
its city's) and `reason` saying the point is the city's ("approximate: point of New Orleans"); its
`gazetteer_id` stays null, as no entry is the street. The city is the settlement named right after it
("Canal Street in New Orleans", "Royal Street, New Orleans", "Khreshchatyk Street of Kyiv", "the
Al-Malaah Farms of northern Aleppo"), else one of the article's settlements the name starts with
("Woodstock General Hospital"), else the only settlement the whole article names (its dateline's, say).
With no city named, or several and none next to it, the street keeps null coordinates and the reason it
has ("not in the gazetteer"): a point in the wrong city would be worse than none.

A village, township or district the text calls one ("Torkula village", "Washington Township", "Guma Local
Government Area", "the village of Umemger") is local to the story where the story is: when no town follows
it, it takes the point of the settlement or county named last before it in the same sentence, at a
quarter of that place's confidence, with a reason saying so ("approximate: near Makurdi, named before
it"). On the dev split 6 of the 11 such mentions of gold places land within 161 km of their gold point
(they had none before); the five others follow a wrong town ("Bains and Grants Town" after Bains,
France). The sentence before is no guide: "the neighborhood of Almaqamat" in Syria follows "the town of
Tuz Khurmatu" in Iraq. Bare unknown names after "in" or "to" keep a null point: many of
them are shops, clubs and firms ("to Zappos", "at Viridian"), and a point would put them on the map.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsledger.analysis import Analysis
from newsledger.geo.gazetteer import Candidate
from newsledger.geo.mentions import Mention, named_a_place
from newsledger.geo.resolve import Resolution
from newsledger.geo.sites import site_feature
from newsledger.geo.words import QUALIFIERS, SETTLEMENT_FEATURES

FEATURES = {
    "street": "street", "avenue": "street", "road": "street", "boulevard": "street", "lane": "street",
    "drive": "street", "parkway": "street", "highway": "street", "square": "square", "plaza": "square",
    "bridge": "bridge", "cathedral": "church", "church": "church", "fields": "area",
}  # fmt: skip
LOCAL_WORDS = {
    "township": "township", "village": "village", "district": "district", "parish": "district",
    "ward": "district", "neighborhood": "neighborhood", "neighbourhood": "neighborhood", "estate": "area",
    "suburb": "neighborhood", "hamlet": "village",
}  # fmt: skip
LINKS = frozenset(["in", ",", "of"])
SHARE = 0.5  # of the city's confidence
NEAR_SHARE = 0.25  # of the confidence of the place named before a local one


@dataclass(frozen=True, slots=True, kw_only=True)
class Approximation:
    """A street's point borrowed from its city."""

    city: Candidate
    feature: str
    confidence: float
    near: bool = False  # the place named before a local one, not the city it is in
    inner: bool = False  # the place named inside its name (`geo.inner`)

    @property
    def reason(self) -> str:
        if self.inner:
            return f"approximate: point of {self.city.name}, named in its name"
        if self.near:
            return f"approximate: near {self.city.name}, named before it"
        return f"approximate: point of {self.city.name}"


def approximate_all(
    analysis: Analysis,
    mentions: Sequence[Mention],
    resolutions: Sequence[Resolution],
    inside: Mapping[int, Resolution] | None = None,
) -> list[Approximation | None]:
    """For each mention, its city's point when it is an unknown street or landmark of a named city, else
    the point of the known place named inside it (`inside`, by mention index: `geo.inner`)."""
    nearby = approximate_nearby(analysis, mentions, resolutions)
    inside = inside or {}
    return [
        a if a is not None or r.candidate is not None or k not in inside else within_name(m, inside[k])
        for k, (m, r, a) in enumerate(zip(mentions, resolutions, nearby, strict=True))
    ]


def within_name(mention: Mention, inner: Resolution) -> Approximation | None:
    """The point of the known place named inside an unknown name ("Wyandotte County District Court")."""
    if inner.candidate is None:
        return None
    share = round(SHARE * inner.confidence, 3)
    return Approximation(
        city=inner.candidate, feature=feature_of(mention.text) or "area", confidence=share, inner=True
    )


def feature_of(text: str) -> str | None:
    """The kind of street, square or site a name ends with ("Royal Street": street), or None."""
    return FEATURES.get(text.split()[-1].lower().rstrip(".")) or site_feature(text)


def approximate_nearby(
    analysis: Analysis, mentions: Sequence[Mention], resolutions: Sequence[Resolution]
) -> list[Approximation | None]:
    """For each mention, its city's point when it is an unknown street or landmark of a named city, or
    the point of the town near an unknown village."""
    settled = [
        (m, r)
        for m, r in zip(mentions, resolutions, strict=True)
        if r.candidate and r.candidate.feature in SETTLEMENT_FEATURES
    ]
    local = [
        (m, r) for m, r in zip(mentions, resolutions, strict=True) if r.candidate and is_local(r.candidate)
    ]
    only = {r.candidate.gid: r for _, r in settled if r.candidate}
    article_city = next(iter(only.values())) if len(only) == 1 else None
    out: list[Approximation | None] = []
    for m, r in zip(mentions, resolutions, strict=True):
        feature = feature_of(m.text)
        if r.candidate is None and feature is None:
            out.append(near_local(analysis, m, local))
            continue
        if r.candidate is not None or feature is None:
            out.append(None)
            continue
        city = next_city(analysis, m, settled) or named_after(m, settled) or article_city
        if city is None or city.candidate is None:
            out.append(None)
            continue
        share = round(SHARE * city.confidence, 3)
        out.append(Approximation(city=city.candidate, feature=feature, confidence=share))
    return out


def near_local(
    analysis: Analysis, mention: Mention, local: Sequence[tuple[Mention, Resolution]]
) -> Approximation | None:
    """A village, township or district the text calls one, at the town named right after it or near the
    settlement or county named last before it."""
    feature = local_feature(analysis, mention)
    if feature is None:
        return None
    after = next_city(analysis, mention, local) if mention.enumeration is None else None
    if after is not None and after.candidate is not None:
        return Approximation(
            city=after.candidate, feature=feature, confidence=round(SHARE * after.confidence, 3)
        )
    sentence = analysis.sections[mention.section].doc[mention.start].sent
    before = [
        r
        for m, r in local
        if m.section == mention.section and m.end <= mention.start and m.start >= sentence.start
    ]
    near = before[-1] if before else None
    if near is None or near.candidate is None:
        return None
    return Approximation(
        city=near.candidate, feature=feature, confidence=round(NEAR_SHARE * near.confidence, 3), near=True
    )


def local_feature(analysis: Analysis, mention: Mention) -> str | None:
    """What kind of local place the text calls an unknown name, or None when it does not."""
    words = mention.text.lower().split()
    if words[-3:] == ["local", "government", "area"]:
        return "district"  # Nigeria's LGAs
    if words[-1] in LOCAL_WORDS and len(words) > 1:
        return LOCAL_WORDS[words[-1]]
    span = analysis.sections[mention.section].doc[mention.start : mention.end]
    if mention.source == "named" and mention.feature_hint in {None, "settlement", "area"}:
        return "locality"  # "the village of Umemger"
    return "locality" if named_a_place(span) else None


def is_local(place: Candidate) -> bool:
    """A settlement, or a county or district, that a local place near it in the text may be in."""
    return place.feature in SETTLEMENT_FEATURES or place.feature == "district"


def named_after(mention: Mention, settled: Sequence[tuple[Mention, Resolution]]) -> Resolution | None:
    """A settlement of the article the name starts with ("Woodstock General Hospital" when the article
    names Woodstock), when the text does not say where the site is."""
    return next((r for m, r in settled if mention.text.startswith(m.text + " ")), None)


def next_city(
    analysis: Analysis, mention: Mention, settled: Sequence[tuple[Mention, Resolution]]
) -> Resolution | None:
    """The settlement named right after the mention: "in New Orleans", ", New Orleans", "of Kyiv"."""
    doc = analysis.sections[mention.section].doc
    i = mention.end
    if i < len(doc) and doc[i].lower_ in LINKS:
        i += 1
        while i < len(doc) and (doc[i].lower_ == "the" or doc[i].lower_ in QUALIFIERS):
            i += 1  # "of northern Aleppo"
    return next((r for m, r in settled if m.section == mention.section and m.start == i > mention.end), None)
