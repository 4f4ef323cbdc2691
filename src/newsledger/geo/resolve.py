"""Pick each mention's referent among its gazetteer candidates, using the whole document as context.

Score = size prior (population, or a typical size for features without one) + feature prior + how the
name matched + explicit hints ("Kherson region", "the city of", "Pavlivka, in Donetsk", "the Dnipro") +
document context. One sense per name: the mentions of a name share their candidates' best prior (so a
hint on one mention, "Paris, Tenn.", holds for the others). Context is collective: each name's belief
over its candidates (a softmax of its scores) lends support to the countries and admin1 regions of its
candidates and to the places near them, and every name is re-scored against the others' beliefs for a
few rounds. So the article's home state emerges from all its names at once ("Paris" and "Henry County"
agree on Tennessee), even when no single name is sure.

A name shared by a city and its region is the city unless a region word or cue says otherwise: the
city's own name (or a spelling of it, "Zaporizhzhia" for GeoNames' "Zaporizhzhya") scores as its name,
the region's short form does not. A mention said to lie in an oblast ("Horodnje, Luhansk Oblast") none of
whose senses lies there gets no point: the gazetteer lacks the place meant, and a namesake elsewhere
would be hundreds of kilometres off.
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsledger.geo.distance import haversine_km
from newsledger.geo.enumerations import kind_hints
from newsledger.geo.gazetteer import Candidate, Gazetteer
from newsledger.geo.mentions import Mention
from newsledger.geo.names import fold
from newsledger.geo.words import REGION_WORDS, SETTLEMENT_FEATURES

__all__ = ["Resolution", "Weights", "haversine_km", "resolve_all"]

REGIONS = frozenset({"region", "district"})
WATER = frozenset({"river", "sea", "ocean", "strait", "lake", "canal"})
WIDE = frozenset({"country", "continent", "political union", "ocean", "sea"})
TYPICAL_POPULATION = {"sea": 3e6, "ocean": 3e6, "river": 3e5, "region": 1e6, "political union": 1e7,
                      "peninsula": 1e6, "strait": 1e5, "bridge": 1e4, "dam": 1e4, "power plant": 1e4,
                      "building": 1e5, "street": 1e4, "area": 1e4, "island": 1e4, "factory": 1e4,
                      "airport": 1e4, "lake": 3e5, "mountains": 1e6, "desert": 1e6, "valley": 3e5,
                      "canal": 1e5}  # fmt: skip
FEATURE_PRIOR = {"country": 2.5, "continent": 1.0, "region": 0.3, "district": -0.5, "city": 0.5}


@dataclass(frozen=True, slots=True)
class Weights:
    """Tuned on the dev split (see `newsledger eval places --full`)."""

    main_name: float = 2.0
    capital: float = 1.5
    loose: float = -1.5
    hint: float = 4.5
    within: float = 4.0
    determiner: float = 2.5
    country: float = 4.5
    admin1: float = 1.5
    near: float = 1.0
    near_km: float = 300.0
    temperature: float = 1.0  # of the softmax that turns a name's scores into its belief
    rounds: int = 5
    # Each round keeps this share of the support of the round before. Without it, two names can trade
    # senses every round: "Queensland" followed "Edmonton" to Alberta while "Edmonton" followed
    # "Queensland" to Australia. On the dev split: acc@161 0.893 -> 0.894 (8 mentions right, none lost).
    damping: float = 0.4
    near_top: int = 3  # candidates of another name that count for nearness
    container: float = 1.5  # inside a region the article names ("Tennessee")
    admin2: float = 2.0  # in the same county or district as a sense of another name
    admin2_floor: float = 0.25  # support of a sense in the same county, however unlikely
    local_cap: float = 3.0  # at most this much from the admin1 region and nearness together
    home: float = 1.0  # in the outlet's country (`geo.outlet`); not measured: the corpora carry no URL


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    candidate: Candidate | None
    confidence: float
    reason: str | None = None


def candidates_for(mention: Mention, gazetteer: Gazetteer) -> tuple[Candidate, ...]:
    found = gazetteer.lookup(mention.text)
    words = mention.text.split()
    if len(words) > 2 and words[-1] == "City" and found and not any(c.main for c in found):
        town = " ".join(words[:-1])  # "San Fernando City": the Philippine city's other name, or San Fernando
        found += tuple(c for c in gazetteer.lookup(town) if c.main and c.feature in SETTLEMENT_FEATURES)
    letters = mention.text.replace(".", "")
    if mention.text.isupper() and len(letters) <= 4:  # "US", "UK": codes, not the village "Us"
        found = tuple(
            c for c in found if not (c.main and c.feature in SETTLEMENT_FEATURES and c.name != mention.text)
        )
    if (
        "." not in mention.text
        and len(letters) <= 5
        and not mention.text.isupper()
        and not mention.after_place
    ):
        found = tuple(c for c in found if not clipped(c, mention.text))
    return tuple(c for c in found if c.lat is not None)


def clipped(c: Candidate, text: str) -> bool:
    """A region reached only through a short alias, as its abbreviation ("Miss.", "Wash.") is: written
    without its period ("Miss Butler County") the word is something else, unless it follows a place
    ("Paris, Ky")."""
    return c.feature == "region" and not c.main and c.name.split()[0].lower() != text.lower()


def prior(c: Candidate, m: Mention, w: Weights) -> float:
    """What the name and the words around this mention say about candidate `c`."""
    population = c.population or TYPICAL_POPULATION.get(c.feature, 1e3)
    score = math.log10(population + 1) + FEATURE_PRIOR.get(c.feature, 0.0)
    score += w.main_name * c.main + w.loose * c.loose + w.capital * c.capital
    if m.feature_hint == "region":
        score += w.hint * (c.feature in REGIONS)
    elif m.feature_hint == "admin1":
        score += w.hint * (c.feature == "region")
    elif m.feature_hint == "settlement":
        score += w.hint * (c.feature in SETTLEMENT_FEATURES)
    elif m.feature_hint == "water":
        score += w.hint * (c.feature in WATER)
    elif m.feature_hint == "country":
        score += w.hint * (c.feature == "country")
    elif m.feature_hint == "part":  # "central Washington": a state's, region's or country's part
        score += w.hint * (c.feature in WIDE | REGIONS)
    elif m.feature_hint == "island":
        score += w.hint * (c.feature == "island")
    if m.determiner:
        score += w.determiner * (1 if c.feature not in SETTLEMENT_FEATURES | {"country"} else -1)
    return score


def kind(pool: tuple[Candidate, ...], m: Mention, w: Weights) -> str | None:
    """The kind of place a mention names on its own words: its likeliest sense's."""
    if not pool:
        return None
    best = max(pool, key=lambda c: prior(c, m, w))
    if best.feature == "region":
        return "admin1"  # a list of states: not their counties
    if best.feature == "district":
        return "region"
    if best.feature in SETTLEMENT_FEATURES:
        return "settlement"
    return "country" if best.feature == "country" else None


def _inside(c: Candidate, container: Candidate) -> bool:
    if container.feature == "country":
        return c.country_code == container.country_code
    return container.admin1_code is not None and c.admin1_code == container.admin1_code


@dataclass(frozen=True, slots=True)
class Name:
    """The mentions of one name in a document: their shared candidates, the mean of their priors and the
    bonus of candidates inside a place any of them is said to be in (or in the outlet's country)."""

    key: str
    pool: tuple[Candidate, ...]
    prior: dict[str, float]
    contained: dict[str, float]
    count: int = 1  # its mentions (and votes)


def group_names(
    mentions: Sequence[Mention], gazetteer: Gazetteer, w: Weights, home: str | None = None
) -> tuple[list[Name], list[int]]:
    """The document's distinct names and, for each mention, the index of its name. A name's prior for a
    candidate is the mean over its mentions (one "the territory of Georgia" does not make every Georgia
    a region), plus the containment bonus when any mention is inside it ("Paris, Tenn.")."""
    index: dict[str, int] = {}
    groups: list[list[Mention]] = []
    of_mention = []
    for m in mentions:
        key = fold(m.text)
        if key not in index:
            index[key] = len(groups)
            groups.append([])
        groups[index[key]].append(m)
        of_mention.append(index[key])
    names = []
    for key, group in zip(index, groups, strict=True):
        pool = candidates_for(group[0], gazetteer)
        containers = [gazetteer.lookup(m.within) for m in group if m.within]
        contained = {
            c.gid: w.within * any(_inside(c, o) for found in containers for o in found)
            + w.home
            * (home is not None and c.country_code == home)  # the outlet's country, for every mention
            for c in pool
        }
        scores = {c.gid: sum(prior(c, m, w) for m in group) / len(group) + contained[c.gid] for c in pool}
        for c in exonyms(pool):
            scores[c.gid] += w.main_name
        names.append(Name(key, pool, scores, contained, len(group)))
    return names, of_mention


def resolve_all(
    mentions: Sequence[Mention], gazetteer: Gazetteer, w: Weights | None = None, home: str | None = None
) -> list[Resolution]:
    """Each mention's referent; `home` is the outlet's country (`geo.outlet`), the last cue."""
    w = w or Weights()
    mentions = kind_hints(city_named_apart(mentions), lambda m: kind(candidates_for(m, gazetteer), m, w))
    names, of_mention = group_names(mentions, gazetteer, w, home)
    scores = [dict(n.prior) for n in names]
    context: list[dict[str, float]] = [{} for _ in names]
    for round_ in range(w.rounds):
        beliefs = [belief(n.pool, s, w.temperature) for n, s in zip(names, scores, strict=True)]
        support = Support.of(names, beliefs, w)
        fresh = [{c.gid: support.context(i, c, w) for c in n.pool} for i, n in enumerate(names)]
        keep = w.damping if round_ else 0.0  # two names must not swap their senses each round
        context = [
            {g: keep * before.get(g, 0.0) + (1.0 - keep) * x for g, x in now.items()}
            for before, now in zip(context, fresh, strict=True)
        ]
        scores = [{g: n.prior[g] + x for g, x in ctx.items()} for n, ctx in zip(names, context, strict=True)]
    islands = {i for m, i in zip(mentions, of_mention, strict=True) if m.feature_hint == "island"}
    out = []
    for m, i in zip(mentions, of_mention, strict=True):
        name = names[i]  # the mention's own hints, with what the document says about its name
        own = {c.gid: prior(c, m, w) + name.contained[c.gid] + context[i].get(c.gid, 0.0) for c in name.pool}
        unknown = outside_its_region(m, name, gazetteer) or no_island(m, name, i in islands)
        out.append(unknown or pick(name.pool, own))
    return out


def city_named_apart(mentions: Sequence[Mention]) -> list[Mention]:
    """ "Quebec" in an article that says "Quebec City" for the city is the province ("Kansas" beside
    "Kansas City", "Mexico" beside "Mexico City"): the mention takes the hint of a state's or country's
    part, unless it has a hint of its own."""
    texts = {m.text for m in mentions}
    return [
        dataclasses.replace(m, feature_hint="part")
        if m.feature_hint is None and f"{m.text} City" in texts
        else m
        for m in mentions
    ]


def no_island(m: Mention, name: Name, island: bool) -> Resolution | None:
    """ "the Indonesian island of Java" (`island`: one of the name's mentions says so) when the gazetteer
    knows no island of that name: its towns called Java are not the island, so the point stays unknown."""
    if not island or not name.pool or any(c.feature == "island" for c in name.pool):
        return None
    reason = f"no island {m.text} in the gazetteer"
    return Resolution(candidate=None, confidence=0.0, reason=reason)


def outside_its_region(m: Mention, name: Name, gazetteer: Gazetteer) -> Resolution | None:
    """ "Horodnje, Luhansk Oblast" when no sense of the name lies in Luhansk Oblast: the gazetteer lacks
    the place meant, and a namesake elsewhere would be a wrong point, so the point stays unknown."""
    words = (m.within or "").split()
    if len(words) < 2 or not name.pool or words[-1].lower() not in REGION_WORDS:
        return None  # only a container named as a region is sure: "Bakhmut, Donetsk" may be a list
    regions = [c for c in gazetteer.lookup(m.within) if c.feature in REGIONS and not c.loose]
    if not regions or any(_inside(c, r) for c in name.pool for r in regions):
        return None
    return Resolution(candidate=None, confidence=0.0, reason=f"no {m.text} in {m.within} in the gazetteer")


def belief(pool: tuple[Candidate, ...], scores: dict[str, float], temperature: float) -> dict[str, float]:
    """A name's probability over its candidates (softmax of the scores)."""
    if not pool:
        return {}
    top = max(scores.values())
    weights = {c.gid: math.exp((scores[c.gid] - top) / temperature) for c in pool}
    total = sum(weights.values())
    return {gid: v / total for gid, v in weights.items()}


@dataclass(frozen=True, slots=True)
class Support:
    """What all names together believe: mass on each country and admin1 region (per name, so a name's own
    belief can be taken out) and each name's likeliest points."""

    countries: list[dict[str, float]]
    admin1s: list[dict[str, float]]
    admin2s: list[dict[str, float]]
    admin2_total: dict[str, float]
    country_total: dict[str, float]
    admin1_total: dict[str, float]
    named_regions: dict[str, float]  # admin1 code -> mass of the names that are that region itself
    points: list[list[tuple[float, float, float]]]  # (lat, lon, mass) of each name's top settlements
    voters: int

    @classmethod
    def of(cls, names: list[Name], beliefs: list[dict[str, float]], w: Weights) -> Support:
        countries, admin1s, admin2s, points = [], [], [], []
        admin2_total: dict[str, float] = defaultdict(float)
        country_total: dict[str, float] = defaultdict(float)
        admin1_total: dict[str, float] = defaultdict(float)
        regions: dict[str, float] = defaultdict(float)
        for name, b in zip(names, beliefs, strict=True):
            cc: dict[str, float] = defaultdict(float)
            a1: dict[str, float] = defaultdict(float)
            a2: dict[str, float] = defaultdict(float)
            for c in name.pool:
                if c.admin2_code:  # any sense in the same county counts: that is rarely chance
                    a2[c.admin2_code] = max(a2[c.admin2_code], w.admin2_floor + b[c.gid])
                if c.country_code:
                    cc[c.country_code] += b[c.gid]
                if c.admin1_code and c.feature not in WIDE:
                    a1[c.admin1_code] += b[c.gid]
                if c.admin1_code and c.feature == "region":
                    regions[c.admin1_code] += b[c.gid] * name.count
            for k, v in cc.items():
                country_total[k] += v
            for k, v in a1.items():
                admin1_total[k] += v
            for k, v in a2.items():
                admin2_total[k] += v
            admin2s.append(a2)
            countries.append(cc)
            admin1s.append(a1)
            top = sorted((c for c in name.pool if c.feature not in WIDE), key=lambda c: -b[c.gid])
            points.append([(c.lat or 0.0, c.lon or 0.0, b[c.gid]) for c in top[: w.near_top]])
        voters = sum(1 for n in names if n.pool)
        return cls(
            countries, admin1s, admin2s, admin2_total, country_total, admin1_total, regions, points, voters
        )

    def context(self, i: int, c: Candidate, w: Weights) -> float:
        """Support from the other names for candidate `c` of name `i`."""
        others = self.voters - (1 if self.countries[i] or self.admin1s[i] else 0)
        if others <= 0:
            return 0.0
        if c.country_code:
            cc = c.country_code
            share = (self.country_total.get(cc, 0.0) - self.countries[i].get(cc, 0.0)) / others
        else:  # an ocean, a continent, the Middle East: as much at home as the best-supported country
            share = (
                max((v - self.countries[i].get(k, 0.0) for k, v in self.country_total.items()), default=0.0)
                / others
            )
        local = 0.0
        if c.admin1_code and c.feature != "country":
            same = self.admin1_total.get(c.admin1_code, 0.0) - self.admin1s[i].get(c.admin1_code, 0.0)
            local += w.admin1 * math.log2(1.0 + same)
            if c.feature != "region":
                top = max(1.0, max(self.named_regions.values(), default=0.0))
                local += w.container * min(1.0, self.named_regions.get(c.admin1_code, 0.0) / top)
        if c.admin2_code:
            same2 = self.admin2_total.get(c.admin2_code, 0.0) - self.admin2s[i].get(c.admin2_code, 0.0)
            local += w.admin2 * min(1.0, same2)
        if c.feature in SETTLEMENT_FEATURES and c.lat is not None and c.lon is not None:
            near = sum(
                mass
                for j, pts in enumerate(self.points)
                if j != i
                for lat, lon, mass in pts
                if haversine_km(c.lat, c.lon, lat, lon) < w.near_km
            )
            local += w.near * min(1.0, near)
        return w.country * share + min(local, w.local_cap)


def pick(pool: tuple[Candidate, ...], scores: dict[str, float]) -> Resolution:
    if not pool:
        return Resolution(candidate=None, confidence=0.0, reason="not in the gazetteer")
    ranked = sorted(pool, key=lambda c: -scores[c.gid])
    top = scores[ranked[0].gid]
    total = sum(math.exp(scores[c.gid] - top) for c in ranked)
    return Resolution(candidate=ranked[0], confidence=round(1.0 / total, 3))


def exonyms(pool: Sequence[Candidate]) -> list[Candidate]:
    """Cities of a million reached by another of their names, which is their English name as often as
    not ("Medina" for GeoNames' "Madinah", "St. Petersburg" for "Saint Petersburg"): they count as named
    so, unless a country or region has the name as its own ("New York", "Mexico")."""
    if any(c.main and c.feature in WIDE | REGIONS for c in pool):
        return []
    return [
        c
        for c in pool
        if not c.main and not c.loose and c.feature in SETTLEMENT_FEATURES and c.population >= 1_000_000
    ]
