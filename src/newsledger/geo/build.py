"""Build the gazetteer ONCE into an indexed SQLite file in the cache folder.

The file name carries the source package versions, a hash of the curated files (the supplement and the
country points) and `BUILD_VERSION`, so a changed builder or source rebuilds it. The file is written under
a temporary name and renamed into place, so two processes building at once both end with a whole file.
The columns are named so Datasette can open the file as it is (`latitude`, `longitude`).
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsledger.geo import sources
from newsledger.geo.airports import airport_rows
from newsledger.geo.names import fold, loose
from newsledger.geo.sources import PlaceRow
from newsledger.geo.supplement import SupplementRow, curated_path, read_supplement

BUILD_VERSION = "15"
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    id INTEGER PRIMARY KEY, gid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, feature TEXT NOT NULL,
    country_code TEXT, admin1_code TEXT, admin1 TEXT, admin2_code TEXT,
    latitude REAL, longitude REAL, population INTEGER NOT NULL, actor INTEGER NOT NULL,
    capital INTEGER NOT NULL, source TEXT
);
CREATE TABLE names (key TEXT NOT NULL, loose TEXT NOT NULL, place INTEGER NOT NULL, main INTEGER NOT NULL);
"""
INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_loose ON names (loose);
"""


def cache_dir() -> Path:
    """`$NEWSLEDGER_CACHE`, else `~/.cache/newsledger`."""
    env = os.environ.get("NEWSLEDGER_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "newsledger"


def build_key() -> str:
    versions = sources.package_versions()
    digest = hashlib.sha256()
    for curated in (curated_path(), sources.country_points_path()):
        digest.update(curated.read_bytes() if curated.exists() else b"")
    sources_part = (f"{k}{v}" for k, v in sorted(versions.items()))
    parts = [f"b{BUILD_VERSION}", *sources_part, f"s{digest.hexdigest()[:10]}"]
    return "-".join(parts)


def gazetteer_path(folder: Path | None = None) -> Path:
    return (folder or cache_dir()) / f"gazetteer-{build_key()}.sqlite"


def ensure_built(folder: Path | None = None, *, force: bool = False) -> Path:
    """The gazetteer file, built first if missing (or if `force`)."""
    path = gazetteer_path(folder)
    if force or not path.exists():
        build(path)
    return path


def build(path: Path) -> Path:
    """Write the gazetteer to a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=path.stem + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        con = sqlite3.connect(tmp)
        try:
            added = frozenset(row.id for row in read_supplement(curated_path()))
            write(con, all_rows(), build_key(), added)
        finally:
            con.close()
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def all_rows() -> Iterator[PlaceRow]:
    """Every place from the packages, then the curated supplement merged in."""
    cities = sources.load_cities()
    info = sources.load_countries_json()
    admin2_of = sources.admin2_links()
    points = sources.group_points(cities, admin2_of)
    rows: dict[str, PlaceRow] = {}
    for row in (
        *sources.continent_rows(),
        *sources.country_rows(points, info),
        *sources.subdivision_rows(points, sources.group_totals(cities, admin2_of)),
        *sources.city_rows(cities, admin2_of, sources.capitals(cities, info)),
        *airport_rows(cities, admin2_of),
    ):
        rows.setdefault(row.gid, row)
    yield from merge_supplement(rows, read_supplement(curated_path())).values()


def merge_supplement(rows: dict[str, PlaceRow], extra: Iterable[SupplementRow]) -> dict[str, PlaceRow]:
    """New places join; a row naming an existing id adds its aliases (and renames it or sets its feature or
    actor flag, when given)."""
    from dataclasses import replace

    for sup in extra:
        known = rows.get(sup.id)
        if known is None:
            if sup.is_place:
                rows[sup.id] = sup.to_place()
            continue
        rows[sup.id] = replace(
            known,
            name=sup.name or known.name,
            aliases=known.aliases + sup.aliases + ((known.name,) if sup.name else ()),
            feature=sup.feature or known.feature,
            actor=sup.actor or known.actor,
        )
    return rows


def admin1_names(places: list[PlaceRow], added: frozenset[str]) -> dict[str, str]:
    """Admin1 code -> the name of its region: the packages' region; a supplement region row (id in
    `added`) with an admin1 code ("Northern California", US.CA) names only a code no package region has."""
    regions = [(p.admin1_code, p) for p in places if p.feature == "region" and p.admin1_code]
    names = {code: p.name for code, p in regions if p.gid not in added}
    for code, p in regions:
        if p.gid in added:
            names.setdefault(code, p.name)
    return names


def write(
    con: sqlite3.Connection, rows: Iterable[PlaceRow], key: str, added: frozenset[str] = frozenset()
) -> None:
    con.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
    places = list(rows)
    admin_names = admin1_names(places, added)
    con.executemany(
        "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (i, p.gid, p.name, p.feature, p.country_code, p.admin1_code, admin_names.get(p.admin1_code or ""),
             p.admin2_code, micro(p.lat), micro(p.lon), p.population, int(p.actor), int(p.capital), p.source)
            for i, p in enumerate(places)
        ),
    )  # fmt: skip
    con.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", name_rows(places))
    con.executescript(INDEXES)
    con.executemany("INSERT INTO meta VALUES (?, ?)", [("build_key", key), ("places", str(len(places)))])
    con.commit()


def micro(degrees: float | None) -> float | None:
    """Degrees to six decimals (0.1 m): computed points carry no float noise into records."""
    return None if degrees is None else round(degrees, 6)


def name_rows(places: list[PlaceRow]) -> Iterator[tuple[str, str, int, int]]:
    for i, place in enumerate(places):
        seen: set[str] = set()
        for main, name in ((1, place.name), *((0, a) for a in place.aliases)):
            key = fold(name)
            if key and key not in seen:
                seen.add(key)
                yield key, loose(key), i, main
