"""`/api/quotes` and `/api/claims`: who said what, how (cue stance, hedges), corroboration, contradictions.

Both page by `(doc_id, idx)`; `text` searches the FTS5 index of quotes and claims.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from newsledger.api.common import (
    DEFAULT,
    Cursor,
    FormatParam,
    Limit,
    Many,
    database,
    fetch_page,
    json_list,
    span,
)
from newsledger.api.db import Database
from newsledger.api.events import Since, Until
from newsledger.api.filters import Where, parse_doc_id
from newsledger.api.formats import Format, respond
from newsledger.api.links import CONTRADICTED, CORROBORATION, sql_for, statement_key, statement_links
from newsledger.api.paging import decode_cursor, page_of
from newsledger.store.sqlite import fts_query

router = APIRouter(tags=["statements"])

QUOTE_KEY = {"doc": "t.doc_id", "kind": "'quote'", "idx": "t.idx"}
CLAIM_KEY = {
    "doc": "t.doc_id",
    "kind": "(CASE WHEN t.quote_idx IS NULL THEN 'claim' ELSE 'quote' END)",
    "idx": "coalesce(t.quote_idx, t.idx)",
}
Text = Annotated[str | None, Query(description="Words that must all appear (full-text search).")]
Contradicted = Annotated[
    bool | None, Query(description="Only statements with (true) or without a contradiction.")
]
MinCorroboration = Annotated[int, Query(ge=0, description="Other documents that report the same statement.")]


def shared_filters(
    where: Where,
    key: dict[str, str],
    *,
    doc_id: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    min_corroboration: int,
    contradicted: bool | None,
) -> None:
    if doc := parse_doc_id(doc_id):
        where.add("t.doc_id = ?", doc)
    where.contains(("a.outlet",), outlet)
    where.date_range("a.published", since, until)
    if min_corroboration > 0:
        where.add(f"{sql_for(CORROBORATION, **key)} >= ?", min_corroboration)
    if contradicted is not None:
        where.add(("" if contradicted else "NOT ") + sql_for(CONTRADICTED, **key))


def text_filter(where: Where, text: str | None, kind: str) -> None:
    if text is None or not text.strip():
        return
    if match := fts_query(text):
        where.add(
            "(t.doc_id, t.idx) IN (SELECT doc_id, idx FROM claims_fts WHERE claims_fts MATCH ? AND kind = ?)",
            f"text : ({match})",
            kind,
        )
    else:
        where.add("0 = 1")  # no word to look for: nothing matches


def with_links(db: Database, items: list[dict[str, Any]], keys: list[tuple[str, str, int]]) -> None:
    links = statement_links(db, keys)
    for item, key in zip(items, keys, strict=True):
        item.update(links[key])


def quote_item(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["span"] = span(item.pop("start"), item.pop("end"))
    item["content_span"] = span(item.pop("content_start"), item.pop("content_end"))
    item["speaker_named"] = bool(item["speaker_named"])
    item["hedges"] = json_list(item["hedges"])
    return item


@router.get("/api/quotes", summary="Quotes: speaker, cue stance, hedges, corroboration (json, csv, jsonl)")
def list_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(description="Part of the speaker's name or mention.")] = None,
    stance: Many = None,
    kind: Many = None,
    text: Text = None,
    hedged: Annotated[bool | None, Query(description="Only quotes with (true) or without hedges.")] = None,
    doc_id: Annotated[str | None, Query()] = None,
    outlet: Annotated[str | None, Query()] = None,
    since: Since = None,
    until: Until = None,
    min_corroboration: MinCorroboration = 0,
    contradicted: Contradicted = None,
    limit: Limit = DEFAULT,
    cursor: Cursor = None,
    fmt: FormatParam = Format.json,
) -> Response:
    where = Where()
    where.contains(("t.speaker", "t.speaker_text"), speaker)
    where.equals_any("t.stance", stance)
    where.equals_any("t.kind", kind)
    text_filter(where, text, "quote")
    if hedged is not None:
        where.add("t.hedges != '[]'" if hedged else "t.hedges = '[]'")
    shared_filters(
        where,
        QUOTE_KEY,
        doc_id=doc_id,
        outlet=outlet,
        since=since,
        until=until,
        min_corroboration=min_corroboration,
        contradicted=contradicted,
    )
    db = database(request)
    rows = fetch_page(db, "quotes t", where, "t.*", decode_cursor("quotes", cursor, (str, int)), limit)
    page = page_of("quotes", [quote_item(r) for r in rows], limit, ("doc_id", "idx"))
    with_links(db, page.items, [(i["doc_id"], "quote", i["idx"]) for i in page.items])
    return respond(request, page, fmt, allowed=(Format.csv, Format.jsonl))


CLAIM_SOURCE = "claims t LEFT JOIN quotes q ON q.doc_id = t.doc_id AND q.idx = t.quote_idx"
CLAIM_COLUMNS = "t.*, q.cue AS cue, q.stance AS stance, q.hedges AS hedges, q.kind AS quote_kind"


def claim_item(row: Any) -> dict[str, Any]:
    item = dict(row)
    item["span"] = span(item.pop("start"), item.pop("end"))
    item["quote"] = item.pop("quote_idx")
    item["hedges"] = json_list(item["hedges"])
    return item


@router.get("/api/claims", summary="Claims with who asserts them, corroboration and contradictions")
def list_claims(
    request: Request,
    asserted_by: Annotated[str | None, Query(description="Part of who asserts it ('outlet').")] = None,
    stance: Many = None,
    hedged: Annotated[bool | None, Query(description="Only claims with (true) or without a hedge.")] = None,
    text: Text = None,
    min_check_worthy: Annotated[float, Query(ge=0, le=1)] = 0.0,
    doc_id: Annotated[str | None, Query()] = None,
    outlet: Annotated[str | None, Query()] = None,
    since: Since = None,
    until: Until = None,
    min_corroboration: MinCorroboration = 0,
    contradicted: Contradicted = None,
    limit: Limit = DEFAULT,
    cursor: Cursor = None,
    fmt: FormatParam = Format.json,
) -> Response:
    where = Where()
    where.contains(("t.asserted_by",), asserted_by)
    where.equals_any("q.stance", stance)
    if hedged is not None:
        where.add("t.hedge IS NOT NULL" if hedged else "t.hedge IS NULL")
    text_filter(where, text, "claim")
    if min_check_worthy > 0:
        where.add("t.check_worthy >= ?", min_check_worthy)
    shared_filters(
        where,
        CLAIM_KEY,
        doc_id=doc_id,
        outlet=outlet,
        since=since,
        until=until,
        min_corroboration=min_corroboration,
        contradicted=contradicted,
    )
    db = database(request)
    after = decode_cursor("claims", cursor, (str, int))
    rows = fetch_page(db, CLAIM_SOURCE, where, CLAIM_COLUMNS, after, limit)
    page = page_of("claims", [claim_item(r) for r in rows], limit, ("doc_id", "idx"))
    keys = [statement_key(i["doc_id"], "claim", i["idx"], i["quote"]) for i in page.items]
    with_links(db, page.items, keys)
    return respond(request, page, fmt, allowed=(Format.csv, Format.jsonl))
