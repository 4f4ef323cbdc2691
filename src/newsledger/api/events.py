"""`/api/events` (filters, bbox through the R-tree, keyset paging on event_id) and `/api/timeline`.

An event's `corroboration` is the number of *other* documents that report an event of
the same sub-type at the same place on the same date.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from newsledger.api.common import DEFAULT, Cursor, FormatParam, Limit, Many, as_dicts, database, span
from newsledger.api.db import Database
from newsledger.api.errors import ApiError
from newsledger.api.filters import BBox, Where, parse_bbox, parse_doc_id
from newsledger.api.formats import Format, respond
from newsledger.api.paging import decode_cursor, page_of

router = APIRouter(tags=["events"])

CORROBORATION = (
    "(SELECT count(DISTINCT o.doc_id) FROM events o WHERE o.sub_type = e.sub_type "
    "AND o.location = e.location AND o.date = e.date AND o.doc_id != e.doc_id)"
)
SELECT = (
    f"SELECT e.*, a.title AS title, a.published AS published, {CORROBORATION} AS corroboration "
    "FROM events e LEFT JOIN articles a ON a.doc_id = e.doc_id"
)
IN_BOX = (
    "SELECT event_id FROM events_rtree WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?"
)

BBoxParam = Annotated[
    str | None, Query(description="minLon,minLat,maxLon,maxLat (WGS84 degrees).", examples=["30,45,35,48"])
]
Since = Annotated[str | None, Query(description="From this date on (YYYY-MM-DD, YYYY-MM or YYYY).")]
Until = Annotated[str | None, Query(description="Up to this date, inclusive.")]


def event_filters(
    *,
    since: str | None = None,
    until: str | None = None,
    types: list[str] | None = None,
    sub_types: list[str] | None = None,
    actor: str | None = None,
    place: str | None = None,
    certainty: list[str] | None = None,
    asserted_by: str | None = None,
    doc_id: str | None = None,
    min_corroboration: int = 0,
) -> Where:
    where = Where()
    where.date_range("e.date", since, until)
    where.equals_any("e.type", types)
    where.equals_any("e.sub_type", sub_types)
    where.equals_any("e.certainty", certainty)
    where.contains(("e.actor1", "e.actor2"), actor)
    where.contains(("e.location", "e.admin1"), place)
    where.contains(("e.asserted_by",), asserted_by)
    if doc := parse_doc_id(doc_id):
        where.add("e.doc_id = ?", doc)
    if min_corroboration > 0:
        where.add(f"{CORROBORATION} >= ?", min_corroboration)
    return where


def fetch_events(db: Database, where: Where, bbox: BBox | None, after: int | None, limit: int) -> list[Any]:
    """One page in event_id order.

    A sparse box is read through the R-tree; a dense one by walking event ids and testing the
    position, which reaches `limit` hits after reading about `limit * total / hits` rows.
    """
    query = Where(list(where.clauses), list(where.params))
    if after is not None:
        query.add("e.event_id > ?", after)
    if bbox is not None:
        query.add("e.longitude BETWEEN ? AND ?", bbox.min_lon, bbox.max_lon)
        query.add("e.latitude BETWEEN ? AND ?", bbox.min_lat, bbox.max_lat)
        if _sparse(db, bbox, threshold=max(1000, 20 * (limit + 1))):
            query.add(f"e.event_id IN ({IN_BOX})", *_box_params(bbox))
    return db.rows(f"{SELECT} WHERE {query.sql} ORDER BY e.event_id LIMIT ?", [*query.params, limit + 1])


def _box_params(bbox: BBox) -> tuple[float, float, float, float]:
    return bbox.min_lon, bbox.max_lon, bbox.min_lat, bbox.max_lat


def _sparse(db: Database, bbox: BBox, *, threshold: int) -> bool:
    row = db.one(f"SELECT count(*) FROM ({IN_BOX} LIMIT ?)", [*_box_params(bbox), threshold])
    return row is not None and row[0] < threshold


def event_item(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["trigger_span"] = span(item.pop("trigger_start"), item.pop("trigger_end"))
    item["sentence_span"] = span(item.pop("sentence_start"), item.pop("sentence_end"))
    item["place"] = item.pop("place_idx")
    return item


@router.get("/api/events", summary="Events, filtered and paged (json, csv, jsonl, geojson)")
def list_events(
    request: Request,
    bbox: BBoxParam = None,
    since: Since = None,
    until: Until = None,
    type: Many = None,
    sub_type: Many = None,
    actor: Annotated[str | None, Query(description="Part of actor1 or actor2.")] = None,
    place: Annotated[str | None, Query(description="Part of the location or its region.")] = None,
    certainty: Many = None,
    asserted_by: Annotated[str | None, Query(description="Part of who asserts it ('outlet').")] = None,
    doc_id: Annotated[str | None, Query(description="Only this document's events.")] = None,
    min_corroboration: Annotated[int, Query(ge=0, description="Other documents reporting it.")] = 0,
    limit: Limit = DEFAULT,
    cursor: Cursor = None,
    fmt: FormatParam = Format.json,
) -> Response:
    where = event_filters(
        since=since,
        until=until,
        types=type,
        sub_types=sub_type,
        actor=actor,
        place=place,
        certainty=certainty,
        asserted_by=asserted_by,
        doc_id=doc_id,
        min_corroboration=min_corroboration,
    )
    after = decode_cursor("events", cursor, (int,))
    rows = fetch_events(database(request), where, parse_bbox(bbox), after[0] if after else None, limit)
    page = page_of("events", [event_item(r) for r in rows], limit, ("event_id",))
    return respond(request, page, fmt, allowed=(Format.csv, Format.jsonl, Format.geojson))


@router.get("/api/events/{event_id}", summary="One event")
def get_event(request: Request, event_id: int) -> JSONResponse:
    rows = database(request).rows(f"{SELECT} WHERE e.event_id = ?", (event_id,))
    if not rows:
        raise ApiError(404, f"no event {event_id}")
    return JSONResponse({"ok": True, "item": event_item(rows[0])})


@router.get("/api/timeline", summary="Events per date and type (for the timeline), same filters")
def timeline(
    request: Request,
    bbox: BBoxParam = None,
    type: Many = None,
    sub_type: Many = None,
    actor: Annotated[str | None, Query()] = None,
    place: Annotated[str | None, Query()] = None,
    certainty: Many = None,
    doc_id: Annotated[str | None, Query()] = None,
) -> JSONResponse:
    where = event_filters(
        types=type, sub_types=sub_type, actor=actor, place=place, certainty=certainty, doc_id=doc_id
    )
    where.add("e.date IS NOT NULL")
    if box := parse_bbox(bbox):
        where.add("e.longitude BETWEEN ? AND ?", box.min_lon, box.max_lon)
        where.add("e.latitude BETWEEN ? AND ?", box.min_lat, box.max_lat)
    rows = database(request).rows(
        f"SELECT e.date AS date, e.type AS type, count(*) AS events FROM events e "
        f"WHERE {where.sql} GROUP BY e.date, e.type ORDER BY e.date, e.type",
        where.params,
    )
    return JSONResponse({"ok": True, "items": as_dicts(rows)})
