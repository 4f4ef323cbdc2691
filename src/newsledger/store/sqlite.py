"""The embedded default store: one SQLite file, WAL mode, numbered migrations, FTS5 and an R-tree.

Each record is written in one transaction, so a crash mid-batch loses nothing already
committed and a re-run skips what is there (documents are keyed by content hash).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from newsledger.errors import StoreError
from newsledger.link import Links
from newsledger.model import Record
from newsledger.store.base import TOP_QUERIES, SearchHit, StoreStats
from newsledger.store.rows import Row, link_rows, record_rows, search_rows

ITEM_TABLES = ("entities", "quotes", "places", "times", "quantities", "events", "claims")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def migrations() -> list[tuple[int, str]]:
    """(number, SQL) for every file in `store/migrations/`, in order."""
    folder = resources.files("newsledger.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            found.append((int(entry.name[:4]), entry.read_text(encoding="utf-8")))
    return sorted(found)


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    uri = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False, timeout=30)
    except sqlite3.Error as exc:
        raise StoreError("E401", detail=f"cannot open {path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 30000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations newer than the file's `user_version`; returns the version now.

    Each runs in its own write transaction that re-reads the version first, so processes
    opening a new store at the same moment apply every migration exactly once.
    """
    version = 0
    for number, sql in migrations():
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if number > version:
                for statement in split_sql(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {number}")
                version = number
            conn.execute("COMMIT")
        except sqlite3.Error:
            conn.execute("ROLLBACK")
            raise
    return version


def split_sql(script: str) -> list[str]:
    """A migration file as single statements (no triggers or string literals with `;` in ours)."""
    statements, buffer = [], ""
    for line in script.splitlines(keepends=True):
        if line.lstrip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    return [s for s in statements if s]


def fts_query(text: str) -> str:
    """User text as an FTS5 query: every word must appear (quoted, so no syntax reaches FTS5)."""
    return " ".join(f'"{t}"' for t in _TOKEN.findall(text))


class SQLiteStore:
    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        self.conn = connect(path, readonly=readonly)
        if not readonly:
            migrate(self.conn)

    def has(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (doc_id,)).fetchone() is not None

    def write(self, record: Record, *, replace: bool = False) -> bool:
        now = datetime.now(UTC).isoformat(timespec="seconds")
        tables = record_rows(record, ingested_at=now) | search_rows(record)
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            if self.has(record.doc_id):
                if not replace:
                    self.conn.execute("ROLLBACK")
                    return False
                self._delete(record.doc_id)
            for table, rows in tables.items():
                _insert(self.conn, table, rows)
            self._index_events(record.doc_id)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError("E401", detail=f"writing {record.doc_id}: {exc}") from exc
        return True

    def _delete(self, doc_id: str) -> None:
        self.conn.execute(
            "DELETE FROM events_rtree WHERE event_id IN (SELECT event_id FROM events WHERE doc_id = ?)",
            (doc_id,),
        )
        for table in ("articles_fts", "claims_fts"):
            self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
        self.conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))

    def _index_events(self, doc_id: str) -> None:
        self.conn.execute(
            "INSERT INTO events_rtree SELECT event_id, latitude, latitude, longitude, longitude "
            "FROM events WHERE doc_id = ? AND latitude IS NOT NULL AND longitude IS NOT NULL",
            (doc_id,),
        )

    def get(self, doc_id: str) -> Record | None:
        row = self.conn.execute("SELECT record_json FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return Record.from_json(json.loads(row[0])) if row else None

    def resolve(self, ref: str) -> str | None:
        hex_part = ref.removeprefix("sha256:").lower()
        if not re.fullmatch(r"[0-9a-f]{4,64}", hex_part):
            return None
        rows = self.conn.execute(
            "SELECT doc_id FROM documents WHERE doc_id >= ? AND doc_id < ? LIMIT 2",
            (f"sha256:{hex_part}", f"sha256:{hex_part}g"),
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def records(self) -> Iterator[Record]:
        for row in self.conn.execute("SELECT record_json FROM documents ORDER BY doc_id"):
            yield Record.from_json(json.loads(row[0]))

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        match = fts_query(query)
        if not match:
            return []
        hits = [
            SearchHit(doc_id=r["doc_id"], kind="article", title=r["title"], snippet=r["snip"], rank=r["rank"])
            for r in self.conn.execute(
                "SELECT doc_id, title, snippet(articles_fts, 2, char(2), char(3), '…', 16) AS snip, rank "
                "FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
        ]
        hits += [
            SearchHit(
                doc_id=r["doc_id"],
                kind=r["kind"],
                title=None,
                snippet=r["snip"],
                asserted_by=r["asserted_by"] or None,
                idx=r["idx"],
                rank=r["rank"],
            )
            for r in self.conn.execute(
                "SELECT doc_id, idx, kind, asserted_by, "
                "snippet(claims_fts, 3, char(2), char(3), '…', 16) AS snip, rank "
                "FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
        ]
        return sorted(hits, key=lambda h: (h.rank, h.doc_id, h.idx or 0))[:limit]

    def stats(self) -> StoreStats:
        one = self.conn.execute
        documents, ok = one("SELECT count(*), coalesce(sum(status = 'ok'), 0) FROM documents").fetchone()
        errors = dict(
            one(
                "SELECT code, count(DISTINCT doc_id) FROM errors WHERE severity = 'error' "
                "GROUP BY code ORDER BY code"
            ).fetchall()
        )
        items = {t: one(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ITEM_TABLES}
        words = one("SELECT coalesce(sum(words), 0) FROM articles").fetchone()[0]
        top = {
            label: [
                tuple(r)
                for r in one(
                    f"SELECT {column}, count(*) AS n FROM {table} WHERE {where} "
                    f"GROUP BY {column} ORDER BY n DESC, {column} LIMIT ?",
                    (5,),
                )
            ]
            for label, (table, column, where) in TOP_QUERIES.items()
        }
        return StoreStats(
            documents=documents, ok=ok, errors_by_code=errors, items=items, words=words, top=top
        )

    def replace_links(self, links: Links) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for table, rows in link_rows(links).items():
                self.conn.execute(f"DELETE FROM {table}")
                _insert(self.conn, table, rows)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError("E401", detail=f"writing links: {exc}") from exc

    def close(self) -> None:
        self.conn.close()


def _insert(conn: sqlite3.Connection, table: str, rows: list[Row]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(f":{c}" for c in columns)
    conn.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)
