"""The JSON API and the web page (FastAPI), served by `newsledger serve`."""

from __future__ import annotations

import os
import sys

__all__ = ["create_app", "serve"]


def serve(*, db: str, host: str, port: int) -> None:
    """Serve the store at `db` on http://host:port/ until interrupted; prints the URL first.

    `NEWSLEDGER_TOKEN` in the environment enables `POST /api/ingest`; without it the server
    is read-only.
    """
    import uvicorn

    from newsledger.api.app import create_app

    token = os.environ.get("NEWSLEDGER_TOKEN") or None
    app = create_app(db, token=token)
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    mode = "ingest enabled (token set)" if token else "read-only (set NEWSLEDGER_TOKEN to allow ingest)"
    print(f"newsledger: serving {db} at {url}  (API docs: {url}docs; {mode})", file=sys.stdout, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def __getattr__(name: str) -> object:
    if name == "create_app":  # imported lazily: the CLI imports this package without FastAPI's cost
        from newsledger.api.app import create_app

        return create_app
    raise AttributeError(name)
