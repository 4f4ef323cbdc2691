"""POST /api/ingest: the token, the body cap, content types, and documents through the real pipeline."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsledger.api import create_app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"
TOKEN = "s3cret-token-for-tests"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = (
    "Shelling hits Mykolaiv\n\n"
    "Russian forces shelled Mykolaiv overnight, the regional governor said on Friday.\n\n"
    '"We will rebuild every school," said Vitaliy Kim, the governor of Mykolaiv.\n'
)


@pytest.fixture()
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(tmp_path / "in.db", token=TOKEN, max_body=200_000)) as test_client:
        yield test_client


def error_of(response: object, status: int) -> str:
    assert response.status_code == status, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body == {"ok": False, "error": body["error"], "status": status}
    return str(body["error"])


def test_without_a_configured_token_the_server_is_read_only(tmp_path: Path) -> None:
    with TestClient(create_app(tmp_path / "ro.db")) as client:
        message = error_of(client.post("/api/ingest", content=b"text", headers=AUTH), 403)
        assert "read-only" in message and "NEWSLEDGER_TOKEN" in message


@pytest.mark.parametrize(
    "header",
    [None, "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer", f"bearer{TOKEN}"],
)
def test_ingest_needs_the_exact_bearer_token(client: TestClient, header: str | None) -> None:
    headers = {"Content-Type": "text/plain"} | ({"Authorization": header} if header else {})
    response = client.post("/api/ingest", content=REPORT.encode(), headers=headers)
    error_of(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


def test_an_unknown_content_type_is_a_415(client: TestClient) -> None:
    response = client.post(
        "/api/ingest", content=b"%PDF-1.7", headers=AUTH | {"Content-Type": "application/pdf"}
    )
    assert "text/html" in error_of(response, 415)


def test_a_body_over_the_cap_is_a_413_declared_or_streamed(client: TestClient) -> None:
    big = b"x" * 200_001
    error_of(client.post("/api/ingest", content=big, headers=AUTH | {"Content-Type": "text/plain"}), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap holds while reading
        for _ in range(30):
            yield b"y" * 10_000

    error_of(client.post("/api/ingest", content=chunks(), headers=AUTH | {"Content-Type": "text/plain"}), 413)


def test_an_empty_body_is_a_422(client: TestClient) -> None:
    error_of(client.post("/api/ingest", content=b"  \n", headers=AUTH | {"Content-Type": "text/plain"}), 422)


def test_text_is_processed_stored_and_served_once(client: TestClient) -> None:
    data = SEED.read_bytes()
    headers = AUTH | {"Content-Type": "text/plain; charset=utf-8"}
    response = client.post("/api/ingest", params={"uri": "seed.txt"}, content=data, headers=headers)
    assert response.status_code == 200, response.text
    body = response.json()
    doc_id = "sha256:" + hashlib.sha256(data).hexdigest()
    assert body["ok"] and body["stored"] == 1 and body["failed"] == 0
    assert body["documents"] == [
        {"doc_id": doc_id, "uri": "seed.txt", "stored": True, "ok": True, "errors": []}
    ]
    record = client.get(f"/api/articles/{doc_id}").json()["record"]
    assert record["article"]["outlet"] == "Daily Mail"
    peskov = client.get("/api/quotes", params={"speaker": "Peskov"}).json()["items"]
    assert any("Kherson remains part of Russia" in q["text"] for q in peskov)
    again = client.post("/api/ingest", content=data, headers=headers).json()
    assert (again["stored"], again["skipped"], again["documents"][0]["stored"]) == (0, 1, False)


def test_json_lines_and_html_are_ingested_with_their_errors_reported(client: TestClient) -> None:
    feed = "\n".join(
        [
            json.dumps(
                {
                    "text": REPORT,
                    "url": "https://example.org/a",
                    "outlet": "Example",
                    "published": "2022-11-12",
                }
            ),
            "{not json",
            json.dumps(
                {
                    "html": f"<html><body><article><h1>Kherson</h1><p>{'Kherson was liberated. ' * 20}</p></article></body></html>"
                }
            ),
        ]
    )
    response = client.post(
        "/api/ingest", content=feed.encode(), headers=AUTH | {"Content-Type": "application/x-ndjson"}
    )
    assert response.status_code == 200, response.text
    outcomes = response.json()["documents"]
    assert [o["stored"] for o in outcomes] == [True, True, True]
    assert outcomes[0]["ok"] and outcomes[0]["uri"] == "https://example.org/a"
    assert not outcomes[1]["ok"] and outcomes[1]["errors"][0]["code"] == "E107"
    articles = client.get("/api/articles", params={"outlet": "Example"}).json()["items"]
    assert [a["published"] for a in articles] == ["2022-11-12"]
    html = f"<html><head><title>Odesa</title></head><body><article><p>{'Odesa was quiet today, officials said. ' * 20}</p></article></body></html>"
    response = client.post("/api/ingest", content=html.encode(), headers=AUTH | {"Content-Type": "text/html"})
    assert response.status_code == 200 and response.json()["documents"][0]["ok"], response.text
