"""Pick each mention's referent among its gazetteer candidates, using the whole document as context.

Score = size prior (population, or a typical size for features without one) + feature prior + how the
name matched + explicit hints ("Kherson region", "the city of", "Pavlivka, in Donetsk", "the Dnipro") +
document context (the other mentions' countries and regions, and their distance): a first pass picks
on priors and hints alone, a second re-scores every mention against the others' first picks.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.geo.distance import haversine_km
from newsledger.geo.gazetteer import Candidate, Gazetteer
from newsledger.geo.mentions import Mention

__all__ = ["Resolution", "Weights", "haversine_km", "resolve_all"]

SETTLEMENTS = frozenset({"city", "town", "village"})
REGIONS = frozenset({"region", "district"})
WATER = frozenset({"river", "sea", "ocean", "strait"})
TYPICAL_POPULATION = {"sea": 3e6, "ocean": 3e6, "river": 3e5, "region": 1e6, "political union": 1e7,
                      "peninsula": 1e6, "strait": 1e5, "bridge": 1e4, "dam": 1e4, "power plant": 1e4,
                      "building": 1e5, "street": 1e4, "area": 1e4, "island": 1e4, "factory": 1e4}  # fmt: skip
FEATURE_PRIOR = {"country": 2.5, "continent": 1.0, "region": 0.3, "district": -0.5, "city": 0.5}


@dataclass(frozen=True, slots=True)
class Weights:
    """Tuned on the dev split (see `newsledger eval places --full`)."""

    main_name: float = 2.0
    capital: float = 1.5
    loose: float = -1.5
    hint: float = 3.0
    within: float = 4.0
    determiner: float = 2.5
    country: float = 4.5
    admin1: float = 1.5
    near: float = 1.0
    near_km: float = 300.0


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    candidate: Candidate | None
    confidence: float
    reason: str | None = None


def candidates_for(mention: Mention, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    found = gazetteer.lookup(mention.text)
    letters = mention.text.replace(".", "")
    if mention.text.isupper() and len(letters) <= 4:  # "US", "UK": codes, not the village "Us"
        found = tuple(
            c for c in found if not (c.main and c.feature in SETTLEMENTS and c.name != mention.text)
        )
    return tuple(c for c in found if c.lat is not None)


def prior(c: Candidate, m: Mention, within: tuple[Candidate, ...], w: Weights) -> float:
    population = c.population or TYPICAL_POPULATION.get(c.feature, 1e3)
    score = math.log10(population + 1) + FEATURE_PRIOR.get(c.feature, 0.0)
    score += w.main_name * c.main + w.loose * c.loose + w.capital * c.capital
    if m.feature_hint == "region":
        score += w.hint * (c.feature in REGIONS)
    elif m.feature_hint == "settlement":
        score += w.hint * (c.feature in SETTLEMENTS)
    elif m.feature_hint == "water":
        score += w.hint * (c.feature in WATER)
    if m.determiner:
        score += w.determiner * (1 if c.feature not in SETTLEMENTS | {"country"} else -1)
    if within and any(_inside(c, o) for o in within):
        score += w.within
    return score


def _inside(c: Candidate, container: Candidate) -> bool:
    if container.feature == "country":
        return c.country_code == container.country_code
    return container.admin1_code is not None and c.admin1_code == container.admin1_code


def resolve_all(
    mentions: Sequence[Mention], gazetteer: Gazetteer, w: Weights | None = None
) -> list[Resolution]:
    w = w or Weights()
    pools = [candidates_for(m, gazetteer) for m in mentions]
    priors = [
        {c.gid: prior(c, m, gazetteer.lookup(m.within) if m.within else (), w) for c in pool}
        for m, pool in zip(mentions, pools, strict=True)
    ]
    first = [best(pool, p) for pool, p in zip(pools, priors, strict=True)]
    out = []
    for i, (m, pool) in enumerate(zip(mentions, pools, strict=True)):
        if not pool:
            out.append(Resolution(candidate=None, confidence=0.0, reason="not in the gazetteer"))
            continue
        others = [c for j, c in enumerate(first) if c is not None and mentions[j].text != m.text]
        scores = {c.gid: priors[i][c.gid] + context(c, others, w) for c in pool}
        out.append(pick(pool, scores))
    return out


def best(pool: tuple[Candidate, ...], scores: dict[str, float]) -> Candidate | None:
    return max(pool, key=lambda c: scores[c.gid]) if pool else None


def context(c: Candidate, others: list[Candidate], w: Weights) -> float:
    if not others:
        return 0.0
    countries = Counter(o.country_code for o in others if o.country_code)
    share = countries.get(c.country_code or "", 0) / max(1, sum(countries.values()))
    same_admin = any(
        o.admin1_code and o.admin1_code == c.admin1_code for o in others if o.feature != "country"
    )
    near = c.feature in SETTLEMENTS and any(
        o.feature not in {"country", "continent"}
        and haversine_km(c.lat or 0, c.lon or 0, o.lat or 0, o.lon or 0) < w.near_km
        for o in others
    )
    return w.country * share + w.admin1 * same_admin + w.near * near


def pick(pool: tuple[Candidate, ...], scores: dict[str, float]) -> Resolution:
    ranked = sorted(pool, key=lambda c: -scores[c.gid])
    top = scores[ranked[0].gid]
    total = sum(math.exp(scores[c.gid] - top) for c in ranked)
    return Resolution(candidate=ranked[0], confidence=round(1.0 / total, 3))
