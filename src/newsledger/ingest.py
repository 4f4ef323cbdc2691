"""Inputs to `RawDocument`s: files, folders, JSON Lines feeds, stdin and URLs.

Each input yields documents in a stable order. A document that cannot be read still
yields a `RawDocument`, with `error` set, so the batch goes on and the store records why.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from newsledger.errors import InputError
from newsledger.model import RawDocument, SourceHints
from newsledger.sniff import MAX_BYTES, sniff

FEED_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz")
DEFAULT_INCLUDE = ("*.txt", "*.html", "*.htm", "*.jsonl", "*.ndjson", "*.text", "*.md")
URL_TIMEOUT = 20.0


def raw_from_bytes(
    data: bytes,
    uri: str,
    *,
    plain: bool = False,
    hints: SourceHints | None = None,
    max_bytes: int = MAX_BYTES,
) -> RawDocument:
    """Hash and sniff one document's bytes; refusals become `error`, not exceptions."""
    sha = hashlib.sha256(data).hexdigest()
    hints = hints or SourceHints()
    try:
        content_type = sniff(data, max_bytes=max_bytes)
    except InputError as exc:
        return RawDocument(
            data=b"", uri=uri, sha256=sha, hints=hints, error=exc.diagnostic(), plain=plain, size=len(data)
        )
    if plain:
        content_type = "text/plain"
    return RawDocument(
        data=data, uri=uri, sha256=sha, content_type=content_type, plain=plain, hints=hints, size=len(data)
    )


def failed(uri: str, error: InputError, data: bytes = b"") -> RawDocument:
    """A document we could not read: keyed by its bytes when we have them, else by its name."""
    sha = hashlib.sha256(data or uri.encode()).hexdigest()
    return RawDocument(data=b"", uri=uri, sha256=sha, error=error.diagnostic(), size=len(data))


def iter_inputs(
    inputs: Sequence[str],
    *,
    include: Sequence[str] = DEFAULT_INCLUDE,
    plain: bool = False,
    max_bytes: int = MAX_BYTES,
) -> Iterator[RawDocument]:
    """Every document named by `inputs`, in the order given (folders sorted by path)."""
    for item in inputs:
        if item == "-":
            yield raw_from_bytes(sys.stdin.buffer.read(), "stdin:", plain=plain, max_bytes=max_bytes)
        elif item.startswith(("http://", "https://")):
            yield fetch_url(item, plain=plain, max_bytes=max_bytes)
        else:
            yield from iter_path(Path(item), include=include, plain=plain, max_bytes=max_bytes)


def iter_path(path: Path, *, include: Sequence[str], plain: bool, max_bytes: int) -> Iterator[RawDocument]:
    if path.is_dir():
        files = sorted({p for pattern in include for p in path.rglob(pattern) if p.is_file()})
        for file in files:
            yield from iter_path(file, include=include, plain=plain, max_bytes=max_bytes)
        return
    if path.name.endswith(FEED_SUFFIXES):
        yield from iter_feed(path, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield failed(str(path), InputError("E103", size=size, cap=max_bytes))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield failed(str(path), InputError("E105", uri=path, detail=exc.strerror or exc))
        return
    yield raw_from_bytes(data, str(path), plain=plain, max_bytes=max_bytes)


def iter_feed(path: Path, *, max_bytes: int) -> Iterator[RawDocument]:
    """A JSON Lines feed: one object a line with `html` or `text`, and optional metadata."""
    try:
        opener = _open_feed(path)
    except OSError as exc:
        yield failed(str(path), InputError("E105", uri=path, detail=exc.strerror or exc))
        return
    with opener as lines:
        yield from feed_documents(lines, str(path), max_bytes=max_bytes)


def feed_documents(lines: Iterable[bytes], uri: str, *, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        item_uri = f"{uri}#L{number}"
        try:
            item = json.loads(line)
            yield _feed_item(item, item_uri, max_bytes=max_bytes)
        except (ValueError, TypeError) as exc:
            yield failed(item_uri, InputError("E107", line=number, uri=uri, detail=exc), line)


def _feed_item(item: Any, uri: str, *, max_bytes: int) -> RawDocument:
    if not isinstance(item, dict):
        raise TypeError("expected a JSON object")
    html, text = item.get("html"), item.get("text")
    body = html if isinstance(html, str) and html.strip() else text
    if not isinstance(body, str):
        raise TypeError('needs an "html" or "text" string')
    hints = SourceHints(
        url=_str_or_none(item.get("url")),
        published=_str_or_none(item.get("published")),
        outlet=_str_or_none(item.get("outlet")),
        title=_str_or_none(item.get("title")),
    )
    plain = body is text
    return raw_from_bytes(
        body.encode("utf-8"), hints.url or uri, plain=plain, hints=hints, max_bytes=max_bytes
    )


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _open_feed(path: Path) -> Any:
    if path.name.endswith(".gz"):
        import gzip

        return gzip.open(path, "rb")
    return path.open("rb")


def fetch_url(
    url: str, *, plain: bool = False, max_bytes: int = MAX_BYTES, timeout: float = URL_TIMEOUT
) -> RawDocument:
    """GET a page with a timeout and a size cap; any failure is an error row."""
    import httpx

    try:
        with (
            httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=5) as client,
            client.stream("GET", url, headers={"User-Agent": "newsledger"}) as response,
        ):
            response.raise_for_status()
            data = _read_capped(response.iter_bytes(), max_bytes)
    except InputError as exc:
        return failed(url, exc)
    except httpx.HTTPError as exc:
        return failed(url, InputError("E106", uri=url, detail=f"{type(exc).__name__}: {exc}"))
    return raw_from_bytes(data, url, plain=plain, hints=SourceHints(url=url), max_bytes=max_bytes)


def _read_capped(chunks: Iterable[bytes], max_bytes: int) -> bytes:
    buf = bytearray()
    for chunk in chunks:
        buf += chunk
        if len(buf) > max_bytes:
            raise InputError("E103", size=f"more than {max_bytes}", cap=max_bytes)
    return bytes(buf)
