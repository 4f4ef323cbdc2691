"""The store and the ACLED export open in a real Datasette and a spreadsheet as they are.

The seed is ingested into a SQLite store with the CLI, exported as ACLED CSV with the CLI, and the
CSV read into a SQLite table with nothing but its header for columns. `datasette serve` then
serves both files on a loopback port, and its JSON API must show the events with ACLED's column
names and numeric coordinates. `--bom` marks the CSV as UTF-8 for spreadsheets that guess the
encoding (Excel on a double-click).
"""

from __future__ import annotations

import csv
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from newsledger.export.acled import COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "data" / "seed" / "dailymail-2022-11-11-kherson.txt"
DATASETTE = Path(sys.executable).with_name("datasette")

pytestmark = pytest.mark.skipif(
    not DATASETTE.exists(), reason="datasette is installed by requirements/dev.txt"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cli(*args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "newsledger.cli", *args], check=True, capture_output=True, timeout=600
    )


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory, seed_bytes: bytes) -> tuple[Path, Path, Path]:
    """(the store, its ACLED CSV, the CSV as a SQLite table) for the seed."""
    folder = tmp_path_factory.mktemp("datasette")
    source = folder / "seed.txt"
    source.write_bytes(seed_bytes)
    store, exported, table = folder / "store.db", folder / "events.csv", folder / "acled.db"
    cli("ingest", str(source), "--db", str(store))
    cli("export", "--format", "acled-csv", "--db", str(store), "--out", str(exported))
    with exported.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    with sqlite3.connect(table) as db:
        db.execute(f"CREATE TABLE acled ({', '.join(f'[{c}]' for c in rows[0])})")
        db.executemany(f"INSERT INTO acled VALUES ({', '.join('?' * len(rows[0]))})", rows[1:])
    return store, exported, table


@pytest.fixture(scope="module")
def datasette(files: tuple[Path, Path, Path]) -> Iterator[str]:
    store, _, table = files
    port = free_port()
    command = [str(DATASETTE), "serve", str(store), str(table), "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/-/versions.json", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def rows(base: str, path: str, **params: Any) -> list[dict[str, Any]]:
    response = httpx.get(f"{base}{path}", params={"_shape": "array", **params}, timeout=30)
    assert response.status_code == 200, response.text[:300]
    found = response.json()
    assert isinstance(found, list)
    return found


def test_the_acled_csv_has_acleds_header_and_one_row_an_event(files: tuple[Path, Path, Path]) -> None:
    _, exported, _ = files
    with exported.open(encoding="utf-8", newline="") as handle:
        header, *body = list(csv.reader(handle))
    assert header == list(COLUMNS)
    assert body and all(len(row) == len(header) for row in body)


def test_datasette_serves_the_acled_csv_table_with_acleds_columns(datasette: str) -> None:
    found = rows(datasette, "/acled/acled.json", _size="max")
    assert found and list(found[0]) == ["rowid", *COLUMNS]
    kherson = [r for r in found if r["location"] == "Kherson"]
    assert kherson and all(
        46 < float(r["latitude"]) < 47 and 32 < float(r["longitude"]) < 33 for r in kherson
    )
    assert {r["event_type"] for r in found} <= {
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
        "Strategic developments", "Other news events",
    }  # fmt: skip


def test_datasette_serves_the_store_with_events_where_its_map_looks_for_them(datasette: str) -> None:
    found = rows(
        datasette,
        "/store.json",
        sql="select sub_type, actor1, location, latitude, longitude, certainty from events "
        "where latitude is not null order by event_id",
    )
    assert found and all(
        isinstance(r["latitude"], float) and isinstance(r["longitude"], float) for r in found
    )
    assert any(r["location"] == "Kherson" and r["actor1"] == "Military Forces of Ukraine" for r in found)
    tables = {r["name"] for r in rows(datasette, "/store.json", sql="select name from sqlite_master")}
    assert {"documents", "articles", "places", "events", "claims", "errors"} <= tables


def test_the_bom_export_is_the_same_csv_marked_as_utf8_for_spreadsheets(
    files: tuple[Path, Path, Path],
) -> None:
    store, exported, _ = files
    marked = exported.with_name("events-bom.csv")
    cli("export", "--format", "acled-csv", "--db", str(store), "--out", str(marked), "--bom")
    raw = marked.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw[3:] == exported.read_bytes()
