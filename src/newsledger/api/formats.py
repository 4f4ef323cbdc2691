"""A page of items as JSON (the default), CSV, JSON Lines or GeoJSON (`?format=`).

JSON carries the next cursor in its body; the other formats in the `X-Next-Cursor`
header and a `Link: <...>; rel="next"` header. CSV cells that a spreadsheet would run
as a formula (`=`, `+`, `-`, `@`, tab, CR at the start) are prefixed with `'`.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from enum import StrEnum
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse, Response

from newsledger.api.errors import ApiError
from newsledger.api.paging import Page

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Format(StrEnum):
    json = "json"
    csv = "csv"
    jsonl = "jsonl"
    geojson = "geojson"


MEDIA = {
    Format.csv: "text/csv; charset=utf-8",
    Format.jsonl: "application/x-ndjson",
    Format.geojson: "application/geo+json",
}


def respond(request: Request, page: Page, fmt: Format, *, allowed: Iterable[Format]) -> Response:
    if fmt not in set(allowed) | {Format.json}:
        names = ", ".join(sorted(f.value for f in {*allowed, Format.json}))
        raise ApiError(422, f"format: {fmt.value} does not fit this list; use one of {names}")
    if fmt is Format.json:
        return JSONResponse({"ok": True, "count": len(page.items), "items": page.items, "next": page.next})
    body = {Format.csv: to_csv, Format.jsonl: to_jsonl, Format.geojson: to_geojson}[fmt](page.items)
    headers = {}
    if page.next:
        headers["X-Next-Cursor"] = page.next
        url = request.url.include_query_params(cursor=page.next)
        headers["Link"] = f'<{url}>; rel="next"'
    return Response(body, media_type=MEDIA[fmt], headers=headers)


def safe_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet evaluates: strings only (numbers stay numbers)."""
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def to_csv(items: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    if items:
        writer = csv.DictWriter(out, fieldnames=list(items[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows({k: safe_cell(v) for k, v in item.items()} for item in items)
    return out.getvalue()


def to_jsonl(items: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)


def to_geojson(items: list[dict[str, Any]]) -> str:
    """A FeatureCollection; an item without a position has a null geometry (RFC 7946 §3.2)."""
    features = []
    for item in items:
        lat, lon = item.get("latitude"), item.get("longitude")
        geometry = (
            {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        )
        features.append({"type": "Feature", "geometry": geometry, "properties": item})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
