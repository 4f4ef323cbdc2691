"""Look names up in the offline gazetteer: candidates for a name, in microseconds.

`open_gazetteer()` returns one read-only `Gazetteer` per process (built on first use), which
also reads the user's supplement (`newsledger gazetteer add`) into memory.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from newsledger.geo.build import cache_dir, ensure_built
from newsledger.geo.names import district_names, fold, is_latin_name, loose
from newsledger.geo.supplement import SupplementRow, read_supplement

USER_SUPPLEMENT = "gazetteer_user.tsv"
LOOSE_MIN = 6  # shorter keys collide too often once transliteration variants are merged
_COLUMNS = "p.gid, p.name, p.feature, p.country_code, p.admin1_code, p.admin1, p.admin2_code, " \
    "p.latitude, p.longitude, p.population, p.actor, p.capital"  # fmt: skip


@dataclass(frozen=True, slots=True, kw_only=True)
class Candidate:
    """One gazetteer entry a name may refer to."""

    gid: str
    name: str
    feature: str
    country_code: str | None
    admin1_code: str | None
    admin1: str | None
    admin2_code: str | None
    lat: float | None
    lon: float | None
    population: int
    actor: bool = False
    capital: bool = False
    main: bool = True  # the name is the entry's own name, not an alias
    loose: bool = False  # matched only on the transliteration-loose key


class Gazetteer:
    """Read-only lookups on the SQLite gazetteer plus an in-memory user supplement."""

    def __init__(self, path: Path, user_rows: Iterable[SupplementRow] = ()) -> None:
        self.path = path
        self._con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._user: dict[str, list[Candidate]] = {}
        for row in user_rows:
            self._add_user_row(row)
        self.lookup = functools.lru_cache(maxsize=65536)(self._lookup)

    def _add_user_row(self, row: SupplementRow) -> None:
        known = self.by_gid(row.id)
        for name in (row.name, *row.aliases):
            if not name:
                continue
            if known is not None:
                candidate = dataclasses.replace(known, main=False, actor=known.actor or row.actor)
            elif row.is_place:
                candidate = _user_candidate(row, main=name == row.name)
            else:
                continue
            self._user.setdefault(fold(name), []).append(candidate)

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Entries named `name` (folded); if none, entries whose loose key matches."""
        key = fold(name)
        if not key or not is_latin_name(name):  # "Cafe Аист" is no "Cafe": other scripts are not indexed
            return ()
        rows = self._query("n.key = ?", key)
        found = [_candidate(r, loose_match=False) for r in rows]
        found += self._user.get(key, [])
        if not found and (districts := district_names(name)):  # "Kupyanskyi district": "Kupiansk Raion"
            return next((hits for d in districts if (hits := self.lookup(d))), ())
        if not found and len(key) >= LOOSE_MIN:
            found = [_candidate(r, loose_match=True) for r in self._query("n.loose = ?", loose(key))]
        return tuple(_dedupe([_own_spelling(c, key) for c in found]))

    def _query(self, where: str, value: str) -> list[tuple[object, ...]]:
        sql = f"SELECT {_COLUMNS}, n.main FROM names n JOIN places p ON p.id = n.place WHERE {where}"
        return self._con.execute(sql, (value,)).fetchall()

    def by_gid(self, gid: str) -> Candidate | None:
        row = self._con.execute(f"SELECT {_COLUMNS}, 1 FROM places p WHERE p.gid = ?", (gid,)).fetchone()
        return _candidate(row, loose_match=False) if row else None

    def count(self) -> int:
        return int(self._con.execute("SELECT COUNT(*) FROM places").fetchone()[0])


def _candidate(row: tuple[object, ...], *, loose_match: bool) -> Candidate:
    gid, name, feature, cc, a1code, a1, a2code, lat, lon, population, actor, capital, main = row
    return Candidate(
        gid=str(gid),
        name=str(name),
        feature=str(feature),
        country_code=cc if isinstance(cc, str) else None,
        admin1_code=a1code if isinstance(a1code, str) else None,
        admin1=a1 if isinstance(a1, str) else None,
        admin2_code=a2code if isinstance(a2code, str) else None,
        lat=float(lat) if isinstance(lat, float | int) else None,
        lon=float(lon) if isinstance(lon, float | int) else None,
        population=int(population) if isinstance(population, int) else 0,
        actor=bool(actor),
        capital=bool(capital),
        main=bool(main),
        loose=loose_match,
    )


def _own_spelling(c: Candidate, key: str) -> Candidate:
    """An alias or loose match that only spells the entry's own name otherwise ("Avdiivka" for
    "Avdiyivka", "Zaporizhia" for "Zaporizhzhya") counts as its own name; "Zaporizhzhia" for
    "Zaporizhzhia Oblast" does not."""
    if c.main or len(key) < LOOSE_MIN or loose(fold(c.name)) != loose(key):
        return c
    return dataclasses.replace(c, main=True)


def _user_candidate(row: SupplementRow, *, main: bool) -> Candidate:
    return Candidate(
        gid=row.id,
        name=row.name,
        feature=row.feature,
        country_code=row.country_code or None,
        admin1_code=row.admin1_code or None,
        admin1=None,
        admin2_code=None,
        lat=row.lat,
        lon=row.lon,
        population=row.population,
        actor=row.actor,
        main=main,
    )


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per entry, keeping the best match (own name over alias)."""
    best: dict[str, Candidate] = {}
    for c in candidates:
        if c.gid not in best or (c.main and not best[c.gid].main):
            best[c.gid] = c
    return list(best.values())


def user_supplement_path() -> Path:
    return cache_dir() / USER_SUPPLEMENT


_OPEN: dict[tuple[int, str], Gazetteer] = {}


def open_gazetteer(folder: Path | None = None, user: Path | None = None) -> Gazetteer:
    """The process's gazetteer (one per process id: worker processes open their own connection)."""
    user = user or user_supplement_path()
    key = (os.getpid(), f"{folder}|{user}")
    if key not in _OPEN:
        _OPEN[key] = Gazetteer(ensure_built(folder), read_supplement(user))
    return _OPEN[key]
