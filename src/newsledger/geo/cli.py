"""`newsledger gazetteer ...`: build, look up and extend the offline gazetteer."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from newsledger.geo.build import ensure_built
from newsledger.geo.gazetteer import open_gazetteer, user_supplement_path
from newsledger.geo.supplement import SupplementError, SupplementRow, append_row, slug

app = typer.Typer(help="Build, look up and extend the offline gazetteer.", no_args_is_help=True)
UserPath = Annotated[
    Path | None, typer.Option("--user", help="User supplement TSV [default: gazetteer_user.tsv in the cache]")
]


@app.command()
def build(force: Annotated[bool, typer.Option("--force", help="Rebuild even if it exists.")] = False) -> None:
    """Build the gazetteer SQLite file in the cache folder (done on first use anyway)."""
    path = ensure_built(force=force)
    typer.echo(str(path))


@app.command()
def lookup(
    name: Annotated[str, typer.Argument(help="A place name, any spelling.")],
    limit: Annotated[int, typer.Option(help="Candidates to show.")] = 20,
    user: UserPath = None,
) -> None:
    """Show the gazetteer entries a name may refer to, largest first."""
    candidates = sorted(open_gazetteer(user=user).lookup(name), key=lambda c: -c.population)
    table = Table(title=f"{name}: {len(candidates)} candidates")
    for column in ("id", "name", "feature", "country", "admin1", "lat", "lon", "population", "match"):
        table.add_column(column)
    for c in candidates[:limit]:
        match = "loose" if c.loose else "name" if c.main else "alias"
        lat = "" if c.lat is None else f"{c.lat:.4f}"
        lon = "" if c.lon is None else f"{c.lon:.4f}"
        table.add_row(c.gid, c.name, c.feature, c.country_code or "", c.admin1 or "", lat, lon,
                      f"{c.population:,}", match)  # fmt: skip
    console = Console()
    console.width = max(console.width, 150)  # ids and admin names must not be cut
    console.print(table)
    if not candidates:
        raise typer.Exit(1)


@app.command()
def add(
    name: Annotated[str, typer.Argument(help="The place's name.")],
    lat: Annotated[float, typer.Option(help="Latitude (WGS84).")],
    lon: Annotated[float, typer.Option(help="Longitude (WGS84).")],
    source: Annotated[str, typer.Option(help="Where the name and point come from.")],
    feature: Annotated[str, typer.Option(help="city, town, village, region, river, bridge, ...")] = "village",
    country: Annotated[str, typer.Option(help="ISO country code.")] = "",
    alias: Annotated[list[str] | None, typer.Option(help="Another spelling (repeatable).")] = None,
    population: Annotated[int, typer.Option(help="Population, if a settlement.")] = 0,
    user: UserPath = None,
) -> None:
    """Add a place to the user supplement, which every lookup reads."""
    path = user or user_supplement_path()
    row = SupplementRow(
        id=f"newsledger:{slug(name)}", name=name, aliases=tuple(alias or ()), feature=feature,
        country_code=country.upper(), lat=lat, lon=lon, population=population, source=source,
    )  # fmt: skip
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        raise SupplementError(f"{lat}, {lon} is not a point on the Earth")
    append_row(path, row)
    typer.echo(f"added {row.id} to {path}")
