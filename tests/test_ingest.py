"""Ingest: files, folders, JSON Lines feeds, stdin and URLs into RawDocuments."""

from __future__ import annotations

import hashlib
import http.server
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.ingest import fetch_url, iter_inputs

HTML = b"<!DOCTYPE html><html><head><title>T</title></head><body><article><p>Kyiv said so.</p></article></body></html>"


def test_file_document_id_is_the_sha256_of_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Ukraine retook Kherson on Friday.")
    (raw,) = iter_inputs([str(path)])
    assert raw.doc_id == "sha256:" + hashlib.sha256(b"Ukraine retook Kherson on Friday.").hexdigest()
    assert raw.uri == str(path)
    assert raw.content_type == "text/plain"
    assert raw.error is None


def test_folder_is_walked_recursively_in_path_order_with_include_globs(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second story about Kyiv.")
    (tmp_path / "a.txt").write_text("First story about Kherson.")
    (tmp_path / "page.html").write_bytes(HTML)
    (tmp_path / "notes.csv").write_text("a,b")
    uris = [Path(r.uri).name for r in iter_inputs([str(tmp_path)])]
    assert uris == ["a.txt", "two.txt", "page.html"]
    only_html = [Path(r.uri).name for r in iter_inputs([str(tmp_path)], include=["*.html"])]
    assert only_html == ["page.html"]


def test_folder_order_is_sorted_by_full_path(tmp_path: Path) -> None:
    for name in ("c.txt", "a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Story {name} about Kyiv.")
    assert [Path(r.uri).name for r in iter_inputs([str(tmp_path)])] == ["a.txt", "b.txt", "c.txt"]


def test_jsonl_feed_items_carry_metadata_and_text_items_are_plain(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {
            "html": HTML.decode(),
            "url": "https://example.org/a",
            "published": "2022-11-11",
            "outlet": "Example",
        },
        {"text": "Clean text about Kherson.", "outlet": "Wire"},
        "not an object",
        {"title": "no body"},
    ]
    feed.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n{broken json\n")
    raws = list(iter_inputs([str(feed)]))
    assert [r.error is None for r in raws] == [True, True, False, False, False]
    html, text = raws[0], raws[1]
    assert html.content_type == "text/html" and not html.plain
    assert html.uri == "https://example.org/a"
    assert (html.hints.published, html.hints.outlet) == ("2022-11-11", "Example")
    assert text.plain and text.data == b"Clean text about Kherson."
    assert text.uri == f"{feed}#L2"
    assert {r.error.code for r in raws[2:] if r.error} == {"E107"}
    assert raws[4].uri == f"{feed}#L6"


def test_missing_file_is_an_error_row_not_an_exception(tmp_path: Path) -> None:
    (raw,) = iter_inputs([str(tmp_path / "nope.txt")])
    assert raw.error is not None and raw.error.code == "E105"


def test_stdin_is_read_when_the_input_is_a_dash() -> None:
    code = "from newsledger.ingest import iter_inputs; r = next(iter_inputs(['-'])); print(r.uri, r.size)"
    out = subprocess.run([sys.executable, "-c", code], input=b"Kyiv news.", capture_output=True, check=True)
    assert out.stdout.decode().split() == ["stdin:", "10"]


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        routes = {"/page": (200, HTML), "/big": (200, b"x" * 5000), "/missing": (404, b"no")}
        if self.path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/page")
            self.end_headers()
            return
        status, body = routes.get(self.path, (404, b""))
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_url_is_fetched_and_keyed_by_its_bytes(server: str) -> None:
    raw = fetch_url(f"{server}/redirect")
    assert raw.error is None
    assert raw.data == HTML
    assert raw.content_type == "text/html"
    assert raw.hints.url == f"{server}/redirect"


def test_url_errors_and_oversized_bodies_become_error_rows(server: str) -> None:
    assert fetch_url(f"{server}/missing").error.code == "E106"  # type: ignore[union-attr]
    assert fetch_url(f"{server}/big", max_bytes=1000).error.code == "E103"  # type: ignore[union-attr]
    assert fetch_url("http://127.0.0.1:9/closed", timeout=2).error.code == "E106"  # type: ignore[union-attr]
