"""`/api/articles` (newest first, filters, full-text `q`) and `/api/articles/{doc_id}` (the full record)."""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from newsledger.api.common import DEFAULT, Cursor, FormatParam, Limit, database, json_list
from newsledger.api.db import Database
from newsledger.api.errors import ApiError
from newsledger.api.events import Since, Until
from newsledger.api.filters import Where
from newsledger.api.formats import Format, respond
from newsledger.api.links import statement_key, statement_links
from newsledger.api.paging import decode_cursor, page_of
from newsledger.store.sqlite import fts_query

router = APIRouter(tags=["articles"])

RECENT = "coalesce(a.published, '')"
COUNTS = ", ".join(
    f"(SELECT count(*) FROM {t} x WHERE x.doc_id = a.doc_id) AS {t}"
    for t in ("quotes", "places", "events", "claims")
)


@router.get("/api/articles", summary="Articles, newest first (json, csv, jsonl)")
def list_articles(
    request: Request,
    outlet: Annotated[str | None, Query(description="Part of the outlet's name.")] = None,
    since: Since = None,
    until: Until = None,
    q: Annotated[str | None, Query(description="Words that must all appear in the title or text.")] = None,
    language: Annotated[str | None, Query(description="ISO 639-1 code, e.g. en.")] = None,
    limit: Limit = DEFAULT,
    cursor: Cursor = None,
    fmt: FormatParam = Format.json,
) -> Response:
    where = Where()
    where.contains(("a.outlet",), outlet)
    where.date_range("a.published", since, until)
    if language:
        where.add("a.language = ?", language.strip().lower())
    if q is not None and q.strip():
        if match := fts_query(q):
            where.add("a.doc_id IN (SELECT doc_id FROM articles_fts WHERE articles_fts MATCH ?)", match)
        else:
            where.add("0 = 1")  # no word to look for: nothing matches
    after = decode_cursor("articles", cursor, (str, str))
    if after is not None:
        where.add(f"{RECENT} <= ? AND ({RECENT} < ? OR a.doc_id < ?)", after[0], after[0], after[1])
    rows = database(request).rows(
        f"SELECT a.doc_id, a.title, a.outlet, a.authors, a.published, a.language, a.url, a.extractor, "
        f"a.words, d.status, d.ingested_at, {RECENT} AS sort_key, {COUNTS} "
        f"FROM articles a JOIN documents d ON d.doc_id = a.doc_id WHERE {where.sql} "
        f"ORDER BY {RECENT} DESC, a.doc_id DESC LIMIT ?",
        [*where.params, limit + 1],
    )
    items = [dict(r) | {"authors": json_list(r["authors"])} for r in rows]
    page = page_of("articles", items, limit, ("sort_key", "doc_id"))
    for item in page.items:
        del item["sort_key"]
    return respond(request, page, fmt, allowed=(Format.csv, Format.jsonl))


@router.get("/api/articles/{doc_id}", summary="One document's full record, with positions and links")
def get_article(request: Request, doc_id: str) -> JSONResponse:
    db = database(request)
    found = db.store.resolve(doc_id)
    row = db.one("SELECT * FROM documents WHERE doc_id = ?", (found,)) if found else None
    if row is None:
        raise ApiError(404, f"no document {doc_id!r}: ids are sha256:<hex> (or the hex, or a unique prefix)")
    record = with_positions(json.loads(row["record_json"]))
    event_ids = [
        r["event_id"] for r in db.rows("SELECT event_id FROM events WHERE doc_id = ? ORDER BY idx", (found,))
    ]
    return JSONResponse(
        {
            "ok": True,
            "doc_id": row["doc_id"],
            "status": row["status"],
            "ingested_at": row["ingested_at"],
            "record": record,
            "event_ids": event_ids,
            "links": record_links(db, record),
        }
    )


def with_positions(record: dict[str, Any]) -> dict[str, Any]:
    """Places and events carry `latitude`/`longitude` (events also `location`) beside the record's own."""
    places = record.get("places") or []
    for place in places:
        place["latitude"], place["longitude"] = place.get("lat"), place.get("lon")
    for event in record.get("events") or []:
        index = event.get("place")
        place = places[index] if isinstance(index, int) and 0 <= index < len(places) else {}
        event["location"] = place.get("name")
        event["latitude"], event["longitude"] = place.get("lat"), place.get("lon")
    return record


def record_links(db: Database, record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    doc = record["doc_id"]
    quotes = [(doc, "quote", i) for i in range(len(record.get("quotes") or []))]
    claims = [
        statement_key(doc, "claim", i, c.get("quote")) for i, c in enumerate(record.get("claims") or [])
    ]
    links = statement_links(db, quotes + claims)
    return {"quotes": [links[k] for k in quotes], "claims": [links[k] for k in claims]}
