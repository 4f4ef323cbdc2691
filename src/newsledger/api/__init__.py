"""The JSON API and the web page (FastAPI), served by `newsledger serve`."""

from __future__ import annotations


def serve(*, db: str, host: str, port: int) -> None:
    raise NotImplementedError("the web server is not built yet")
