"""The SQLite store: migrations, idempotent writes, search, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from newsledger.batch import ingest
from newsledger.ingest import iter_inputs, raw_from_bytes
from newsledger.pipeline import Pipeline
from newsledger.store import open_store
from newsledger.store.sqlite import SQLiteStore, fts_query, migrations

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"


def test_store_file_is_wal_mode_with_every_migration_applied(tmp_path: Path) -> None:
    SQLiteStore(tmp_path / "s.db").close()
    db = sqlite3.connect(tmp_path / "s.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == migrations()[-1][0]
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "articles", "entities", "errors", "articles_fts", "events"} <= tables


def test_reopening_a_store_applies_no_migration_twice(tmp_path: Path) -> None:
    for _ in range(3):
        SQLiteStore(tmp_path / "s.db").close()


def test_same_bytes_twice_add_nothing(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    raw = raw_from_bytes(SEED.read_bytes(), str(SEED))
    first = ingest(store, [raw, raw])
    again = ingest(store, [raw_from_bytes(SEED.read_bytes(), "elsewhere.txt")])
    assert (first.stored, first.skipped, again.stored, again.skipped) == (1, 1, 0, 1)
    assert store.stats().documents == 1


def test_stored_record_reads_back_equal(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    record = Pipeline().process(raw_from_bytes(SEED.read_bytes(), str(SEED)))
    assert store.write(record)
    assert store.get(record.doc_id) == record
    assert store.resolve(record.doc_id[7:15]) == record.doc_id
    assert store.resolve("zz") is None


def test_search_finds_article_words_with_snippets_and_survives_fts_syntax(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "s.db")
    ingest(store, [raw_from_bytes(SEED.read_bytes(), str(SEED))])
    hits = store.search("Peskov regrets")
    article = next(h for h in hits if h.kind == "article")
    assert "\x02Peskov\x03" in article.snippet
    quotes = [h for h in store.search("Russian Federation") if h.kind == "quote"]
    assert quotes and quotes[0].asserted_by == "Dmitry Peskov"
    for hostile in ['"', "AND OR NOT", "*", "Peskov' OR 1=1 --", "NEAR(", "-", ""]:
        store.search(hostile)  # never raises
    assert fts_query('Kyiv\'s "men" -') == '"Kyiv" "s" "men"'


def test_open_store_picks_the_backend_by_target(tmp_path: Path) -> None:
    assert isinstance(open_store(tmp_path / "x.db"), SQLiteStore)


def test_a_killed_ingest_loses_nothing_committed_and_a_rerun_finishes(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    n = 200
    for i in range(n):
        (folder / f"doc{i:03}.txt").write_text(
            f"Story {i}: Ukrainian troops entered Kherson, officials said."
        )
    db = tmp_path / "s.db"
    cmd = [
        sys.executable,
        "-m",
        "newsledger.cli",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch-size",
        "1",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _count(db) < 5:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = _count(db)
    assert 5 <= done < n, "the kill should land mid-batch"
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    summary = ingest(SQLiteStore(db), iter_inputs([str(folder)]))
    assert (summary.skipped, summary.stored) == (done, n - done)
    assert _count(db) == n


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return int(sqlite3.connect(db, timeout=5).execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
