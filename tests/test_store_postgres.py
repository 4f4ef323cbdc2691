"""The PostgreSQL store against a real server: same interface, same behaviour as SQLite."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsledger.batch import ingest
from newsledger.ingest import raw_from_bytes
from newsledger.store import open_store
from newsledger.store.base import Store
from postgres_server import find_bin, postgres_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    if find_bin() is None:
        pytest.skip("PostgreSQL binaries not installed (make test installs Debian's postgresql)")
    with postgres_server() as url:
        yield url


@pytest.fixture()
def store(pg_url: str) -> Iterator[Store]:
    s = open_store(pg_url)
    yield s
    s.close()


def test_postgres_store_is_idempotent_and_reads_records_back(store: Store, pg_url: str) -> None:
    raw = raw_from_bytes(SEED.read_bytes(), str(SEED))
    first = ingest(store, [raw, raw_from_bytes(b"", "empty.txt")])
    again = ingest(open_store(pg_url), [raw])  # a second connection sees the committed rows
    assert (first.stored, again.stored, again.skipped) == (2, 0, 1)
    record = store.get(raw.doc_id)
    assert record is not None and record.article is not None
    assert store.resolve(raw.sha256[:10]) == raw.doc_id
    assert [r.doc_id for r in store.records()] == sorted([raw.doc_id, raw_from_bytes(b"", "x").doc_id])
    stats = store.stats()
    assert (stats.documents, stats.ok, stats.errors_by_code) == (2, 1, {"E101": 1})


def test_postgres_search_finds_words_with_marked_snippets(store: Store) -> None:
    ingest(store, [raw_from_bytes(SEED.read_bytes(), str(SEED))])
    hits = store.search("Peskov regrets")
    article = next(h for h in hits if h.kind == "article")
    assert "\x02Peskov\x03" in article.snippet
    quotes = [h for h in store.search("Russian Federation") if h.kind == "quote"]
    assert quotes and quotes[0].asserted_by == "Dmitry Peskov"
    for hostile in ["'", "a & b | !c", "Peskov' OR 1=1 --", ":*", ""]:
        store.search(hostile)
