"""Airports and air bases for the gazetteer, from the registry package `airportsdata` (MIT; ICAO, IATA,
name, city, country and point of ~28,000 airfields), read at build time.

News names airports by what sets them apart from their city ("Heathrow", "Schiphol", "Dulles",
"Hostomel airport") and war reports name air bases ("Saki Air Base"). Kept: every airport with an IATA
code (scheduled flights) or a four-letter ICAO code, and every air base; not the private strips numbered
by their country ("00AA"), nor an airfield named after a small town that a bigger town elsewhere is also
called ("the Amsterdam airport" is Schiphol). Each answers to its full name ("London Heathrow Airport"),
that name without its city ("Heathrow Airport", "Pearson International Airport"), without
"International" ("Dulles Airport"), and, with scheduled flights, to its own word alone ("Heathrow"):
one word, no English word ("Liberty" of Newark Liberty), no acronym ("SAAB"), no county's name
("Oconee County Regional Airport"), and no name of a town of its country or of a country ("Boryspil"
stays the town, "Niue" the country). Its region is its city's.
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from typing import Any

from newsledger.geo.distance import haversine_km
from newsledger.geo.lexicon import english_word
from newsledger.geo.sources import PlaceRow, load_countries_json

AIRPORT_WORDS = frozenset({
    "international", "airport", "air", "base", "airbase", "airfield", "aerodrome", "regional", "municipal",
    "intercontinental", "national", "force", "field", "county", "metropolitan", "de", "of", "the",
    "airstrip", "airpark", "heliport", "skyway", "strip", "station", "landing", "army", "naval", "navy",
})  # fmt: skip
BASE_WORDS = ("Air Base", "Airbase", "Air Force Base")
AIRPORT_POPULATION = 50_000  # a stand-in for size in resolution: no passenger counts in the package
BIG_CITY = 100_000  # a city an airport may be called after though it lies outside ("Toronto Pearson")
INTERNATIONAL = " International Airport"


def load_airports() -> list[dict[str, Any]]:
    """The package's rows; none when it is not installed (the gazetteer then has no airports)."""
    import csv

    try:
        path = resources.files("airportsdata") / "airports.csv"
    except ModuleNotFoundError:
        return []
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def airport_rows(cities: list[dict[str, Any]], admin2_of: dict[int, str]) -> Iterator[PlaceRow]:
    """One row per kept airport, placed in the region (and district) of its city."""
    towns: dict[tuple[str, str], list[dict[str, Any]]] = {}
    names: dict[str, dict[str, int]] = {}
    biggest: dict[str, int] = {}  # a town name -> the population of its biggest namesake anywhere
    for city in sorted(cities, key=lambda c: int(c.get("population") or 0)):
        population = int(city.get("population") or 0)
        towns.setdefault((city["countrycode"], city["name"]), []).append(city)
        known = names.setdefault(city["countrycode"], {})
        for alias in (*city.get("alternatenames", ()), city["name"]):  # "Klagenfurt" of Klagenfurt am ...
            known[alias] = max(known.get(alias, 0), population if alias == city["name"] else 0)
        biggest[city["name"]] = population
    countries = {str(c["name"]) for c in load_countries_json().values()}  # "Niue" stays the country
    for airport in load_airports():
        name, iata, cc = airport["name"].strip(), airport["iata"].strip(), airport["country"].strip()
        icao = airport["icao"].strip()
        registered = len(icao) == 4 and icao.isalpha()  # not the numbered private strips ("00AA")
        base = any(word in name for word in BASE_WORDS)
        if not name or not cc or not (iata or registered or base):
            continue
        lat, lon = float(airport["lat"]), float(airport["lon"])
        town = nearest(towns.get((cc, airport["city"].strip()), []), lat, lon)
        if not (iata or base) and _namesake(name, int(town.get("population") or 0) if town else 0, biggest):
            continue
        admin1 = town.get("admin1code") if town else None
        yield PlaceRow(
            gid=f"icao:{icao}",
            name=name,
            feature="airport",
            country_code=cc,
            admin1_code=f"{cc}.{admin1}" if admin1 else None,
            admin2_code=admin2_of.get(int(town["geonameid"])) if town else None,
            lat=lat,
            lon=lon,
            population=AIRPORT_POPULATION if iata else 0,
            aliases=airport_aliases(
                name, airport["city"].strip(), names.get(cc, {}), bare=bool(iata), taken=countries
            ),
            source="airportsdata",
        )


def nearest(towns: list[dict[str, Any]], lat: float, lon: float) -> dict[str, Any] | None:
    """The town of the airport's city name nearest to it: Manhattan Regional Airport is Manhattan,
    Kansas's, not the borough's, whose region and district it takes."""
    return min(
        towns,
        key=lambda t: haversine_km(lat, lon, float(t["latitude"]), float(t["longitude"])),
        default=None,
    )


def _namesake(name: str, own: int, biggest: dict[str, int]) -> bool:
    """An airfield named "<Town> Airport" after a small town that a bigger town elsewhere is also called:
    "the Amsterdam airport" of a text is Schiphol, not the strip by Amsterdam, Mpumalanga. (Airports
    with scheduled flights and air bases are kept: "Saki Air Base" is no generic phrase.)"""
    town = " ".join(w for w in name.split() if w.lower() not in AIRPORT_WORDS)
    return biggest.get(town, 0) > own


def _distinct(word: str) -> bool:
    """A word that names only this airport: no English word ("Liberty"), no acronym ("SAAB")."""
    return len(word) >= 4 and not word.isupper() and not english_word(word)


def airport_aliases(
    name: str, city: str, towns: dict[str, int], *, bare: bool = True, taken: set[str] | None = None
) -> tuple[str, ...]:
    """ "London Heathrow Airport" -> "Heathrow Airport", "Heathrow"; "Washington Dulles International
    Airport" -> "Dulles International Airport", "Dulles Airport". The word alone only when `bare` (an
    airport with scheduled flights: "Bowman Field" is not "Bowman")."""
    if any(mark in name for mark in ",/()"):
        return ()  # "Tofino / Long Beach Airport", "Baton Rouge Metro, Ryan Field": no part stands alone
    core = name[len(city) + 1 :] if city and name.startswith(f"{city} ") else name
    first, _, rest = core.partition(" ")
    if towns.get(first, 0) >= BIG_CITY and any(w.lower() not in AIRPORT_WORDS for w in rest.split()):
        core = rest  # "Toronto Pearson International Airport" (in Mississauga): "Pearson International ..."
    words = [w for w in core.split() if w.lower() not in AIRPORT_WORDS]
    if not words:
        return ()  # "Saki Air Base": the town's name and the base words, nothing of its own
    out = [core] if core != name else []
    out += [n.replace(INTERNATIONAL, " Airport") for n in (name, core) if INTERNATIONAL in n]
    word = words[0]  # one word of its own: not "Perry Stokes", "Tri-State Steuben"
    county = " County " in f" {core} "  # "Oconee County Regional Airport": "Oconee" is the county
    named = word in towns or word in (taken or ())  # a town or country of that name keeps it
    if bare and len(words) == 1 and not county and not named and _distinct(word):
        out += [word, f"{word} Airport"]
    return tuple(dict.fromkeys(a for a in out if a != name))
