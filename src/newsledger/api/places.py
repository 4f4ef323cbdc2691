"""`/api/places`: every place mention, or (`group=true`) one row per gazetteer place with its counts."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from newsledger.api.common import DEFAULT, Cursor, FormatParam, Limit, Many, database, fetch_page, span
from newsledger.api.events import BBoxParam
from newsledger.api.filters import Where, parse_bbox, parse_doc_id
from newsledger.api.formats import Format, respond
from newsledger.api.paging import decode_cursor, page_of

router = APIRouter(tags=["places"])

# A place without a gazetteer entry ("Royal Street" at New Orleans' point, marked approximate) is one place
# per name and point: two Royal Streets in two cities are two rows, not one at their mean.
PLACE_KEY = (
    "coalesce(t.gazetteer_id, 'name:' || t.name "
    "|| coalesce('@' || round(t.latitude, 4) || ',' || round(t.longitude, 4), ''))"
)
GROUPED = (
    f"SELECT {PLACE_KEY} AS place_key, max(t.gazetteer_id) AS gazetteer_id, max(t.name) AS name, "
    "avg(t.latitude) AS latitude, avg(t.longitude) AS longitude, max(t.country_code) AS country_code, "
    "max(t.admin1) AS admin1, max(t.feature) AS feature, count(*) AS mentions, "
    "count(DISTINCT t.doc_id) AS documents, "
    "CASE WHEN max(t.gazetteer_id) IS NULL THEN max(t.reason) END AS reason FROM places t "
)


@router.get("/api/places", summary="Place mentions, or places grouped (json, csv, jsonl, geojson)")
def list_places(
    request: Request,
    name: Annotated[str | None, Query(description="Part of the resolved name or the mention.")] = None,
    country: Many = None,
    feature: Many = None,
    role: Many = None,
    gazetteer_id: Annotated[str | None, Query()] = None,
    located: Annotated[
        bool | None, Query(description="Only places with (true) or without a position.")
    ] = None,
    bbox: BBoxParam = None,
    doc_id: Annotated[str | None, Query()] = None,
    group: Annotated[
        bool, Query(description="One row per place (gazetteer id or name), with counts.")
    ] = False,
    limit: Limit = DEFAULT,
    cursor: Cursor = None,
    fmt: FormatParam = Format.json,
) -> Response:
    where = Where()
    where.contains(("t.name", "t.text"), name)
    where.equals_any("t.country_code", [c.upper() for c in country or []])
    where.equals_any("t.feature", feature)
    where.equals_any("t.role", role)
    if gazetteer_id:
        where.add("t.gazetteer_id = ?", gazetteer_id)
    if located is not None:
        where.add("t.latitude IS NOT NULL" if located else "t.latitude IS NULL")
    if box := parse_bbox(bbox):
        where.add("t.longitude BETWEEN ? AND ?", box.min_lon, box.max_lon)
        where.add("t.latitude BETWEEN ? AND ?", box.min_lat, box.max_lat)
    if doc := parse_doc_id(doc_id):
        where.add("t.doc_id = ?", doc)
    allowed = (Format.csv, Format.jsonl, Format.geojson)
    if group:
        return respond(request, grouped_page(request, where, cursor, limit), fmt, allowed=allowed)
    db = database(request)
    rows = fetch_page(db, "places t", where, "t.*", decode_cursor("places", cursor, (str, int)), limit)
    page = page_of("places", [mention_item(r) for r in rows], limit, ("doc_id", "idx"))
    return respond(request, page, fmt, allowed=allowed)


def mention_item(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["span"] = span(item.pop("start"), item.pop("end"))
    return item


def grouped_page(request: Request, where: Where, cursor: str | None, limit: int) -> Any:
    where.add(f"{PLACE_KEY} IS NOT NULL")
    if after := decode_cursor("places-grouped", cursor, (str,)):
        where.add(f"{PLACE_KEY} > ?", after[0])
    rows = database(request).rows(
        f"{GROUPED} WHERE {where.sql} GROUP BY place_key ORDER BY place_key LIMIT ?",
        [*where.params, limit + 1],
    )
    return page_of("places-grouped", [dict(r) for r in rows], limit, ("place_key",))
