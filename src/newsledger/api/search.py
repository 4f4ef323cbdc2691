"""`/api/search` (FTS5 over articles, quotes and claims, with snippets) and `/api/stats`.

A claim made by a quote is found as that quote (not twice). Snippets come as plain text plus
`highlights`, `[start, end)` offsets of the matched words, so a client marks them up without
ever parsing HTML.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse

from newsledger.api.common import Limit, Many, as_dicts, database, span
from newsledger.api.db import Database
from newsledger.api.errors import ApiError
from newsledger.api.filters import like_escape
from newsledger.api.paging import decode_cursor, encode_cursor
from newsledger.store.base import MARK_END, MARK_START
from newsledger.store.sqlite import fts_query

router = APIRouter(tags=["search"])

KINDS = ("article", "quote", "claim")
MAX_OFFSET = 10_000
ARTICLE_HITS = (
    "SELECT f.doc_id, NULL AS idx, 'article' AS kind, NULL AS asserted_by, "
    "snippet(articles_fts, 2, char(2), char(3), '…', 24) AS snip, f.rank AS rank "
    "FROM articles_fts f WHERE articles_fts MATCH ? ORDER BY f.rank, f.doc_id LIMIT ?"
)
STATEMENT_HITS = (
    "SELECT f.doc_id, f.idx, f.kind, f.asserted_by, "
    "snippet(claims_fts, 3, char(2), char(3), '…', 24) AS snip, f.rank AS rank "
    "FROM claims_fts f WHERE claims_fts MATCH ? AND f.kind IN ({kinds}) "
    "AND NOT EXISTS (SELECT 1 FROM claims c WHERE f.kind = 'claim' "
    "AND c.doc_id = f.doc_id AND c.idx = f.idx AND c.quote_idx IS NOT NULL) "
    "ORDER BY f.rank, f.doc_id, f.idx LIMIT ?"
)


def split_snippet(marked: str) -> tuple[str, list[list[int]]]:
    """A snippet with MARK_START/MARK_END around matches as (plain text, match offsets)."""
    text, highlights, start = [], [], None
    size = 0
    for char in marked:
        if char == MARK_START:
            start = size
        elif char == MARK_END and start is not None:
            highlights.append([start, size])
            start = None
        else:
            text.append(char)
            size += 1
    return "".join(text), highlights


def hits(db: Database, match: str, kinds: list[str], wanted: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if "article" in kinds:
        found += as_dicts(db.rows(ARTICLE_HITS, (match, wanted)))
    statement_kinds = [k for k in kinds if k != "article"]
    if statement_kinds:
        sql = STATEMENT_HITS.format(kinds=", ".join("?" * len(statement_kinds)))
        found += as_dicts(db.rows(sql, (match, *statement_kinds, wanted)))
    return sorted(found, key=lambda h: (h["rank"], h["doc_id"], h["idx"] or -1))


def describe(db: Database, hit: dict[str, Any]) -> dict[str, Any]:
    snippet, highlights = split_snippet(hit.pop("snip") or "")
    item = hit | {"snippet": snippet, "highlights": highlights}
    article = db.one("SELECT title, outlet, published FROM articles WHERE doc_id = ?", (hit["doc_id"],))
    item.update(dict(article) if article else {"title": None, "outlet": None, "published": None})
    if hit["kind"] in ("quote", "claim"):
        table = "quotes" if hit["kind"] == "quote" else "claims"
        extra = "speaker_description, cue, stance" if table == "quotes" else "hedge"
        row = db.one(
            f'SELECT start, "end", caption, text, {extra} FROM {table} WHERE doc_id = ? AND idx = ?',
            (hit["doc_id"], hit["idx"]),
        )
        if row:
            item.update(dict(row) | {"span": span(row["start"], row["end"])})
            del item["start"], item["end"]
    return item


def matching_places(db: Database, q: str) -> list[dict[str, Any]]:
    return as_dicts(
        db.rows(
            "SELECT name, gazetteer_id, avg(latitude) AS latitude, avg(longitude) AS longitude, "
            "max(country_code) AS country_code, count(*) AS mentions FROM places "
            "WHERE name LIKE ? ESCAPE '\\' GROUP BY coalesce(gazetteer_id, name) "
            "ORDER BY mentions DESC LIMIT 5",
            (like_escape(q.strip()) + "%",),
        )
    )


@router.get("/api/search", summary="Full-text search over articles, quotes and claims, with snippets")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, description="Words that must all appear.")],
    kind: Many = None,
    limit: Limit = 20,
    cursor: Annotated[str | None, Query(description="The `next` value of the previous page.")] = None,
) -> JSONResponse:
    kinds = kind or list(KINDS)
    if bad := [k for k in kinds if k not in KINDS]:
        raise ApiError(422, f"kind: {', '.join(bad)} is not one of {', '.join(KINDS)}")
    offset = (decode_cursor("search", cursor, (int,)) or (0,))[0]
    if offset + limit > MAX_OFFSET:
        raise ApiError(422, f"cursor: search pages stop after {MAX_OFFSET} hits; narrow the query")
    db = database(request)
    match = fts_query(q)
    found = hits(db, match, kinds, offset + limit + 1) if match else []
    page = found[offset : offset + limit]
    more = len(found) > offset + limit
    return JSONResponse(
        {
            "ok": True,
            "query": q,
            "count": len(page),
            "items": [describe(db, h) for h in page],
            "places": matching_places(db, q) if offset == 0 else [],
            "next": encode_cursor("search", [offset + limit]) if more else None,
        }
    )


@router.get("/api/stats", summary="Counts of documents, errors and items; most found values; date range")
def stats(request: Request) -> JSONResponse:
    db = database(request)
    found = db.store.stats()
    dates = db.one("SELECT min(date) AS first, max(date) AS last FROM events WHERE date IS NOT NULL")
    types = db.rows("SELECT type, count(*) AS events FROM events GROUP BY type ORDER BY events DESC, type")
    return JSONResponse(
        {
            "ok": True,
            "documents": found.documents,
            "ok_documents": found.ok,
            "errors_by_code": found.errors_by_code,
            "items": found.items,
            "words": found.words,
            "top": {
                label: [{"value": v, "count": n} for v, n in pairs] for label, pairs in found.top.items()
            },
            "event_dates": dict(dates) if dates else {"first": None, "last": None},
            "event_types": as_dicts(types),
        }
    )
