"""`POST /api/ingest`: HTML, text or JSON Lines in (by Content-Type), doc ids and errors out.

Writes need the token of `NEWSLEDGER_TOKEN` (`Authorization: Bearer <token>`, compared in
constant time); without one configured the server is read-only and answers 403. The body
is capped (413) before it is read in full. Documents go through `newsledger.batch.ingest`
with one `Pipeline`, built on the first request; one write runs at a time.
"""

from __future__ import annotations

import hmac
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from newsledger.api.errors import ApiError
from newsledger.ingest import feed_documents, raw_from_bytes
from newsledger.model import Diagnostic, RawDocument, Record

router = APIRouter(tags=["ingest"])

DEFAULT_MAX_BODY = 20 * 1024 * 1024
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain", "text/markdown"})
JSONL_TYPES = frozenset(
    {"application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines"}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    token: str | None  # None: read-only server
    max_body: int = DEFAULT_MAX_BODY


class Writer:
    """The one writer: a pipeline loaded on first use and a writable store, behind a lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pipeline: Any = None

    def ingest(self, raws: list[RawDocument], *, replace: bool, link: bool) -> list[dict[str, Any]]:
        from newsledger.batch import ingest
        from newsledger.pipeline import Pipeline
        from newsledger.store.sqlite import SQLiteStore

        records: dict[str, Record] = {}
        with self._lock:
            self._pipeline = self._pipeline or Pipeline()
            store = SQLiteStore(self.path)
            try:
                summary = ingest(
                    store,
                    raws,
                    pipeline=self._pipeline,
                    replace=replace,
                    on_record=lambda r: records.__setitem__(r.doc_id, r) if r else None,
                )
                if link and summary.stored:
                    from newsledger.link import compute_links

                    store.replace_links(compute_links(store.records()))
            finally:
                store.close()
        return [_outcome(raw, records.get(raw.doc_id)) for raw in raws]


def _outcome(raw: RawDocument, record: Record | None) -> dict[str, Any]:
    errors: tuple[Diagnostic, ...] = record.errors if record else ()
    return {
        "doc_id": raw.doc_id,
        "uri": raw.uri,
        "stored": record is not None,  # False: it was already in the store
        "ok": record.ok if record else None,
        "errors": [
            {"code": e.code, "message": e.message, "stage": e.stage, "severity": e.severity} for e in errors
        ],
    }


def authorize(token: str | None, header: str | None) -> None:
    if not token:
        raise ApiError(403, "this server is read-only: start it with NEWSLEDGER_TOKEN set to accept ingest")
    scheme, _, given = (header or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise ApiError(
            401,
            "ingest needs 'Authorization: Bearer <token>' with the server's token",
            headers={"WWW-Authenticate": "Bearer"},
        )


async def read_capped(request: Request, cap: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        raise ApiError(
            413, f"body is {declared} bytes, over the {cap}-byte cap: send fewer or smaller documents"
        )
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > cap:
            raise ApiError(413, f"body is over the {cap}-byte cap: send fewer or smaller documents")
    if not body.strip():
        raise ApiError(422, "body is empty: send the document (HTML or text) or JSON Lines")
    return bytes(body)


def documents(body: bytes, media: str, uri: str | None, plain: bool) -> list[RawDocument]:
    if media in JSONL_TYPES:
        return list(feed_documents(body.splitlines(), uri or "api:feed"))
    name = uri or "api:document"
    return [raw_from_bytes(body, name, plain=plain and media in TEXT_TYPES)]


@router.post(
    "/api/ingest",
    summary="Ingest HTML, text or JSON Lines (needs the token)",
    responses={401: {}, 403: {}, 413: {}, 415: {}},
)
async def ingest_documents(
    request: Request,
    uri: Annotated[str | None, Query(description="A name for the document (its URL, a file name).")] = None,
    plain: Annotated[bool, Query(description="text/plain is clean article text, kept exactly.")] = False,
    replace: Annotated[bool, Query(description="Re-process documents already stored.")] = False,
    link: Annotated[bool, Query(description="Rebuild cross-document links afterwards.")] = True,
) -> JSONResponse:
    settings: IngestSettings = request.app.state.ingest
    authorize(settings.token, request.headers.get("authorization"))
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media not in HTML_TYPES | TEXT_TYPES | JSONL_TYPES:
        raise ApiError(
            415, f"Content-Type {media or 'missing'}: send text/html, text/plain or application/x-ndjson"
        )
    body = await read_capped(request, settings.max_body)
    raws = documents(body, media, uri, plain)
    writer: Writer = request.app.state.writer
    outcomes = await run_in_threadpool(writer.ingest, raws, replace=replace, link=link)
    return JSONResponse(
        {
            "ok": True,
            "documents": outcomes,
            "stored": sum(o["stored"] for o in outcomes),
            "skipped": sum(not o["stored"] for o in outcomes),
            "failed": sum(o["ok"] is False for o in outcomes),
        }
    )
