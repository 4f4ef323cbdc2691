"""What every list endpoint shares: the store, paging parameters and the output format."""

from __future__ import annotations

import json
import sqlite3
from typing import Annotated, Any

from fastapi import Query, Request

from newsledger.api.db import Database
from newsledger.api.filters import Where
from newsledger.api.formats import Format
from newsledger.api.paging import DEFAULT_LIMIT, MAX_LIMIT

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Cursor = Annotated[
    str | None, Query(description="The `next` value of the previous page (opaque; pass it back unchanged).")
]
FormatParam = Annotated[
    Format, Query(alias="format", description="json, or csv / jsonl / geojson where listed.")
]
Many = Annotated[list[str] | None, Query(description="Exact value; repeat the parameter for several.")]
DEFAULT = DEFAULT_LIMIT
ARTICLE = "LEFT JOIN articles a ON a.doc_id = t.doc_id"


def database(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def span(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None or end is None else [start, end]


def json_list(text: str | None) -> list[Any]:
    value = json.loads(text) if text else []
    return value if isinstance(value, list) else []


def as_dicts(rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    return [dict(r) for r in rows]


def fetch_page(db: Database, source: str, where: Where, columns: str, after: Any, limit: int) -> list[Any]:
    """One page in (doc_id, idx) order; `source` names its table `t`."""
    if after is not None:
        where.add("t.doc_id >= ? AND (t.doc_id > ? OR t.idx > ?)", after[0], after[0], after[1])
    return db.rows(
        f"SELECT {columns}, a.outlet, a.title, a.published FROM {source} {ARTICLE} "
        f"WHERE {where.sql} ORDER BY t.doc_id, t.idx LIMIT ?",
        [*where.params, limit + 1],
    )
