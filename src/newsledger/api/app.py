"""The FastAPI application: JSON API under /api, the web page at /, OpenAPI at /docs and /openapi.json.

Everything is served from this process and the package's `static/` folder: no CDN, no
tile server, so the page and /docs work with no network at all. Every response carries
a strict Content-Security-Policy (no inline script, nothing from other origins).
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsledger import __version__
from newsledger.api import articles, events, ingest, places, search, statements
from newsledger.api.db import Database
from newsledger.api.errors import install_error_handlers
from newsledger.api.ingest import DEFAULT_MAX_BODY, IngestSettings, Writer

STATIC = Path(__file__).with_name("static")
CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]
DOCS_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsledger API</title>
<link rel="icon" href="/static/vendor/swagger-ui/favicon-32x32.png">
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script></body></html>
"""


class SecurityHeaders:
    """Adds the security headers to every HTTP response (plain ASGI: no per-request task overhead)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                if scope["path"].startswith("/api/"):
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(db: str | Path, *, token: str | None = None, max_body: int = DEFAULT_MAX_BODY) -> FastAPI:
    """The app over the SQLite store at `db` (created if missing); `token` enables POST /api/ingest."""
    database = Database.prepare(db)
    app = FastAPI(
        title="newsledger",
        version=__version__,
        description="News reports as a sourced, structured record: events, places, quotes, claims.",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.db = database
    app.state.ingest = IngestSettings(token=token or None, max_body=max_body)
    app.state.writer = Writer(database.path)
    install_error_handlers(app)
    for module in (articles, events, statements, places, search, ingest):
        app.include_router(module.router)
    app.add_api_route("/api/health", health, methods=["GET"], tags=["meta"], summary="Liveness")
    app.add_api_route("/", index, methods=["GET", "HEAD"], include_in_schema=False)
    app.add_api_route("/docs", docs, methods=["GET", "HEAD"], include_in_schema=False)
    app.add_api_route("/favicon.ico", favicon, methods=["GET", "HEAD"], include_in_schema=False)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(GZipMiddleware, minimum_size=2048, compresslevel=5)
    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """For `uvicorn --factory newsledger.api.app:app_from_env`: NEWSLEDGER_DB and NEWSLEDGER_TOKEN."""
    return create_app(
        os.environ.get("NEWSLEDGER_DB", "newsledger.db"), token=os.environ.get("NEWSLEDGER_TOKEN")
    )


def health() -> JSONResponse:
    return JSONResponse({"ok": True, "version": __version__})


def index() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")


def favicon() -> FileResponse:
    return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")


def docs() -> HTMLResponse:
    return HTMLResponse(DOCS_PAGE)
