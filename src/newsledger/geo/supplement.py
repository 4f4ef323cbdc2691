"""The curated supplement (shipped in the repo) and the user's supplement (`newsledger gazetteer add`).

Both are TSV files with a header and these columns:

    id  name  aliases  feature  country_code  admin1_code  lat  lon  population  actor  source

`id` is `geonames:<n>` or `newsledger:<slug>`. A row whose id is already in the gazetteer adds its
aliases (and its feature or actor flag, when given) to that place: that is how abbreviations such
as "Calif." or "U.S." join the GeoNames entries. Any other row is a new place, and must have a name,
a feature, a point and a source. `aliases` are separated by `|`; `actor` is 1 for names that stand for
a government ("the Kremlin", "the White House").
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from newsledger.geo.sources import PlaceRow

COLUMNS = (
    "id", "name", "aliases", "feature", "country_code", "admin1_code", "lat", "lon", "population", "actor",
    "source",
)  # fmt: skip
CURATED = "gazetteer_supplement.tsv"


class SupplementError(ValueError):
    """A supplement row that cannot be used; the message names the file and line."""


@dataclass(frozen=True, slots=True, kw_only=True)
class SupplementRow:
    id: str
    name: str = ""
    aliases: tuple[str, ...] = ()
    feature: str = ""
    country_code: str = ""
    admin1_code: str = ""
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    actor: bool = False
    source: str = ""

    @property
    def is_place(self) -> bool:
        """Complete enough to be a place of its own (else it only extends an existing one)."""
        return bool(self.name and self.feature and self.lat is not None and self.lon is not None)

    def to_place(self) -> PlaceRow:
        return PlaceRow(
            gid=self.id,
            name=self.name,
            feature=self.feature,
            country_code=self.country_code or None,
            admin1_code=self.admin1_code or None,
            admin2_code=None,
            lat=self.lat,
            lon=self.lon,
            population=self.population,
            aliases=self.aliases,
            actor=self.actor,
            source=self.source,
        )


def curated_path() -> Path:
    return Path(str(resources.files("newsledger") / "data" / CURATED))


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def parse_row(values: dict[str, str], where: str) -> SupplementRow:
    try:
        row = SupplementRow(
            id=values["id"].strip(),
            name=values.get("name", "").strip(),
            aliases=tuple(a.strip() for a in values.get("aliases", "").split("|") if a.strip()),
            feature=values.get("feature", "").strip(),
            country_code=values.get("country_code", "").strip().upper(),
            admin1_code=values.get("admin1_code", "").strip(),
            lat=_float(values.get("lat", "")),
            lon=_float(values.get("lon", "")),
            population=int(values.get("population", "").strip() or 0),
            actor=values.get("actor", "").strip() in {"1", "yes", "true"},
            source=values.get("source", "").strip(),
        )
    except (KeyError, ValueError) as exc:
        raise SupplementError(f"{where}: {exc}") from exc
    if not re.fullmatch(r"(geonames:\d+|newsledger:[a-z0-9-]+)", row.id):
        raise SupplementError(f"{where}: id {row.id!r} is not geonames:<n> or newsledger:<slug>")
    if not row.source:
        raise SupplementError(f"{where}: every row needs a source")
    return row


def read_supplement(path: Path) -> Iterator[SupplementRow]:
    """Rows of a supplement TSV; a missing file has none."""
    if not path.exists():
        return
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for number, values in enumerate(csv.DictReader(lines, delimiter="\t"), start=2):
            yield parse_row({k: v or "" for k, v in values.items() if k}, f"{path}:{number}")


def append_row(path: Path, row: SupplementRow) -> None:
    """Add one row to a user supplement, writing the header first if the file is new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    new = not path.exists() or path.stat().st_size == 0
    cells = (
        row.id, row.name, "|".join(row.aliases), row.feature, row.country_code, row.admin1_code,
        "" if row.lat is None else f"{row.lat:.5f}", "" if row.lon is None else f"{row.lon:.5f}",
        str(row.population or ""), "1" if row.actor else "", row.source,
    )  # fmt: skip
    with path.open("a", encoding="utf-8", newline="") as handle:
        if new:
            handle.write("\t".join(COLUMNS) + "\n")
        handle.write("\t".join(c.replace("\t", " ") for c in cells) + "\n")
