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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.analysis import Analysis
from newsledger.geo.gazetteer import Candidate
from newsledger.geo.mentions import Mention
from newsledger.geo.resolve import Resolution
from newsledger.geo.sites import site_feature
from newsledger.geo.words import QUALIFIERS, SETTLEMENT_FEATURES

FEATURES = {
    "street": "street", "avenue": "street", "road": "street", "boulevard": "street", "lane": "street",
    "drive": "street", "parkway": "street", "highway": "street", "square": "square", "plaza": "square",
    "bridge": "bridge", "cathedral": "church", "church": "church", "fields": "area",
}  # fmt: skip
LINKS = frozenset(["in", ",", "of"])
SHARE = 0.5  # of the city's confidence


@dataclass(frozen=True, slots=True, kw_only=True)
class Approximation:
    """A street's point borrowed from its city."""

    city: Candidate
    feature: str
    confidence: float

    @property
    def reason(self) -> str:
        return f"approximate: point of {self.city.name}"


def approximate_all(
    analysis: Analysis, mentions: Sequence[Mention], resolutions: Sequence[Resolution]
) -> list[Approximation | None]:
    """For each mention, its city's point when it is an unknown street or landmark of a named city."""
    settled = [
        (m, r)
        for m, r in zip(mentions, resolutions, strict=True)
        if r.candidate and r.candidate.feature in SETTLEMENT_FEATURES
    ]
    only = {r.candidate.gid: r for _, r in settled if r.candidate}
    article_city = next(iter(only.values())) if len(only) == 1 else None
    out: list[Approximation | None] = []
    for m, r in zip(mentions, resolutions, strict=True):
        feature = FEATURES.get(m.text.split()[-1].lower().rstrip(".")) or site_feature(m.text)
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
