"""Event exports: ACLED-style CSV (exact columns, formula-safe, opens in SQLite), GeoJSON and JSON Lines."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import sqlite3

from newsledger.export._events import ALL_CERTAINTIES
from newsledger.export.acled import COLUMNS, acled_rows, safe_cell, write_acled_csv
from newsledger.export.geojson import feature_collection
from newsledger.export.jsonl import event_lines
from newsledger.model import Article, Event, Place, Record, Source, Span

ACLED_COLUMNS = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
TEXT = '=HYPERLINK("x") Russian forces shelled Mykolaiv, killing two. Kyiv said it would retake Crimea.'


def record() -> Record:
    mykolaiv = TEXT.index("Mykolaiv")
    crimea = TEXT.index("Crimea")
    first = Span(0, TEXT.index("Kyiv") - 1)
    second = Span(TEXT.index("Kyiv"), len(TEXT))
    places = (
        Place(span=Span(mykolaiv, mykolaiv + 8), text="Mykolaiv", name="Mykolaiv", lat=46.975, lon=31.995,
              country_code="UA", admin1="Mykolaiv Oblast", feature="city"),
        Place(span=Span(crimea, crimea + 6), text="Crimea", name="Crimea", lat=45.3, lon=-34.4,
              country_code="UA", feature="region"),
    )  # fmt: skip
    shelled = TEXT.index("shelled")
    retake = TEXT.index("retake")
    events = (
        Event(type="Explosions/Remote violence", sub_type="Shelling/artillery/missile attack", trigger="shelled",
              trigger_span=Span(shelled, shelled + 7), sentence_span=first, actor1="Military Forces of Russia",
              actor2="Civilians (Ukraine)", place=0, date="2022-11-11", time_precision=1, fatalities=2,
              fatalities_bound="min", certainty="reported", confidence=0.8),
        Event(type="Battles", sub_type="Government regains territory", trigger="retake",
              trigger_span=Span(retake, retake + 6), sentence_span=second, actor1="Military Forces of Ukraine",
              place=1, certainty="proposed", asserted_by="Government of Ukraine", confidence=0.5),
    )  # fmt: skip
    article = Article(text=TEXT, outlet="+Daily News", published="2022-11-11")
    return Record(
        doc_id="sha256:" + "ab" * 32, source=Source(uri="x", content_type="text/plain", bytes=len(TEXT)),
        article=article, places=places, events=events,
    )  # fmt: skip


def test_acled_csv_has_acleds_columns_exactly_and_one_row_an_event_that_happened() -> None:
    out = io.StringIO(newline="")
    assert write_acled_csv([record()], out) == 1
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert rows[0] == ACLED_COLUMNS == list(COLUMNS)
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["disorder_type"] == "Political violence"
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "7", "78")
    assert row["civilian_targeting"] == "Civilian targeting"
    assert (row["country"], row["iso"], row["region"], row["location"]) == (
        "Ukraine",
        "804",
        "Europe",
        "Mykolaiv",
    )
    assert (row["fatalities"], row["geo_precision"], row["event_id_cnty"]) == ("2", "1", "UKR-ababababab-0")
    assert "certainty=reported" in row["tags"] and "fatalities=at least" in row["tags"]


def test_proposed_events_are_left_out_unless_asked_for() -> None:
    rows = list(acled_rows([record()], certainties=ALL_CERTAINTIES))
    assert [r["sub_event_type"] for r in rows] == [
        "Shelling/artillery/missile attack",
        "Government regains territory",
    ]
    assert rows[1]["tags"].startswith("certainty=proposed")


def test_acled_cells_that_would_run_as_formulas_are_quoted_but_numbers_stay_numbers() -> None:
    rows = list(acled_rows([record()], certainties=ALL_CERTAINTIES))
    assert rows[0]["source"] == "'+Daily News"
    assert rows[0]["notes"].startswith("'=HYPERLINK")
    assert rows[1]["longitude"] == "-34.4"
    for value in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert safe_cell(value).startswith("'")
    assert safe_cell("Kyiv") == "Kyiv"


def test_acled_csv_loads_into_sqlite_as_datasette_would_read_it() -> None:
    out = io.StringIO(newline="")
    write_acled_csv([record()], out, certainties=ALL_CERTAINTIES)
    reader = csv.DictReader(io.StringIO(out.getvalue()))
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE TABLE events ({', '.join(f'[{c}]' for c in COLUMNS)})")
    db.executemany(
        f"INSERT INTO events VALUES ({', '.join('?' * len(COLUMNS))})", [list(r.values()) for r in reader]
    )
    found = db.execute("SELECT count(*), sum(CAST(latitude AS REAL) > 0) FROM events").fetchone()
    assert found == (2, 2)


def test_geojson_holds_located_events_with_lon_lat_and_provenance() -> None:
    collection = feature_collection([record()], certainties=ALL_CERTAINTIES)
    assert collection["type"] == "FeatureCollection"
    first = collection["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [31.995, 46.975]}
    props = first["properties"]
    assert (props["latitude"], props["longitude"]) == (46.975, 31.995)
    for key in ("type", "actor1", "actor2", "asserted_by", "certainty", "doc_id", "sentence"):
        assert key in props
    assert props["sentence"].endswith("killing two.")
    json.dumps(collection)  # serializable as it is
    assert len(feature_collection([record()])["features"]) == 1  # the proposed one is not on the map


def test_jsonl_writes_every_event_with_its_document_id() -> None:
    lines = [json.loads(line) for line in event_lines([record()])]
    assert [line["event_index"] for line in lines] == [0, 1]
    assert {line["doc_id"] for line in lines} == {"sha256:" + "ab" * 32}
    assert lines[1]["certainty"] == "proposed"
    assert lines[0]["location"]["name"] == "Mykolaiv"
    assert TEXT[slice(*lines[0]["trigger_span"])] == lines[0]["trigger"]


def test_acled_csv_gives_one_row_a_happening_and_every_mention_when_asked() -> None:
    base = record()
    shelling = base.events[0]
    again = dataclasses.replace(shelling, fatalities=3, confidence=0.6)  # the same shelling told again
    russia_says = dataclasses.replace(shelling, asserted_by="Government of Russia", certainty="claimed")
    told = dataclasses.replace(base, events=(shelling, again, russia_says))
    rows = list(acled_rows([told]))
    assert [(r["fatalities"], r["tags"].split("; ")[-1]) for r in rows] == [
        ("3", "mentions=2"),
        ("2", "fatalities=at least"),
    ]
    assert rows[0]["event_id_cnty"] == "UKR-ababababab-0"  # the first mention's row, with the largest toll
    assert len(list(acled_rows([told], mentions=True))) == 3
