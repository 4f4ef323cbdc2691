"""The scale backend: PostgreSQL behind the same interface as the SQLite store.

Same tables and rows (`store/rows.py`); full-text search through generated `tsvector`
columns instead of FTS5. Each record is written in one transaction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib import resources
from typing import Any

from newsledger.errors import StoreError
from newsledger.link import Links
from newsledger.model import Record
from newsledger.store.base import MARK_END, MARK_START, SearchHit, StoreStats
from newsledger.store.rows import Row, link_rows, record_rows, search_rows

ITEM_TABLES = ("entities", "quotes", "places", "times", "quantities", "events", "claims")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_HEADLINE = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=30, MinWords=10"


def migrations() -> list[tuple[int, str]]:
    """The SQLite migrations in PostgreSQL's dialect, each followed by its PostgreSQL extras if any."""
    from newsledger.store.sqlite import migrations as sqlite_migrations

    folder = resources.files("newsledger.store") / "migrations" / "postgres"
    extras = {
        int(e.name[:4]): e.read_text(encoding="utf-8") for e in folder.iterdir() if e.name.endswith(".sql")
    }
    return [(number, translate(sql) + "\n" + extras.get(number, "")) for number, sql in sqlite_migrations()]


def translate(sql: str) -> str:
    """SQLite DDL as PostgreSQL DDL: 64-bit floats and ids; FTS5 and R-tree tables left to the extras."""
    from newsledger.store.sqlite import split_sql

    kept = [s for s in split_sql(sql) if not s.upper().startswith("CREATE VIRTUAL TABLE")]
    out = ";\n".join(kept) + (";" if kept else "")
    out = re.sub(r"\bINTEGER PRIMARY KEY\b", "BIGSERIAL PRIMARY KEY", out)
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", out)


class PostgresStore:
    def __init__(self, url: str) -> None:
        import psycopg
        from psycopg.rows import dict_row

        try:
            self.conn = psycopg.connect(url, autocommit=True, row_factory=dict_row)
        except psycopg.Error as exc:
            raise StoreError("E401", detail=f"cannot connect to PostgreSQL: {exc}") from exc
        self._migrate()

    def _migrate(self) -> None:
        with self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(74657)")  # one migrator at a time
            self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = self.conn.execute("SELECT max(version) AS v FROM schema_version").fetchone()
            version = (row or {}).get("v") or 0
            for number, sql in migrations():
                if number > version:
                    self.conn.execute(sql.encode())
                    self.conn.execute("INSERT INTO schema_version VALUES (%s)", (number,))

    def has(self, doc_id: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM documents WHERE doc_id = %s", (doc_id,)).fetchone() is not None
        )

    def write(self, record: Record, *, replace: bool = False) -> bool:
        import psycopg

        now = datetime.now(UTC).isoformat(timespec="seconds")
        tables = record_rows(record, ingested_at=now)
        statements = search_rows(record).get("claims_fts", [])
        try:
            with self.conn.transaction():
                self.conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (record.doc_id,))
                if self.has(record.doc_id):
                    if not replace:
                        return False
                    self.conn.execute("DELETE FROM documents WHERE doc_id = %s", (record.doc_id,))
                for table, rows in tables.items():
                    _insert(self.conn, table, rows)
                _insert(self.conn, "statements", statements)
        except psycopg.Error as exc:
            raise StoreError("E401", detail=f"writing {record.doc_id}: {exc}") from exc
        return True

    def get(self, doc_id: str) -> Record | None:
        row = self.conn.execute("SELECT record_json FROM documents WHERE doc_id = %s", (doc_id,)).fetchone()
        return Record.from_json(json.loads(row["record_json"])) if row else None

    def resolve(self, ref: str) -> str | None:
        hex_part = ref.removeprefix("sha256:").lower()
        if not re.fullmatch(r"[0-9a-f]{4,64}", hex_part):
            return None
        rows = self.conn.execute(
            "SELECT doc_id FROM documents WHERE doc_id LIKE %s ORDER BY doc_id LIMIT 2",
            (f"sha256:{hex_part}%",),
        ).fetchall()
        return str(rows[0]["doc_id"]) if len(rows) == 1 else None

    def records(self) -> Iterator[Record]:
        with self.conn.transaction(), self.conn.cursor(name="records") as cur:  # server-side: streams
            cur.execute("SELECT record_json FROM documents ORDER BY doc_id")
            for row in cur:
                yield Record.from_json(json.loads(row["record_json"]))

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        terms = _TOKEN.findall(query.lower())
        if not terms:
            return []
        tsquery = " & ".join(terms)
        articles = self.conn.execute(
            "SELECT doc_id, title, "
            "ts_headline('simple', text, to_tsquery('simple', %(q)s), %(opt)s) AS snip, "
            "-ts_rank(search, to_tsquery('simple', %(q)s)) AS rank FROM articles "
            "WHERE search @@ to_tsquery('simple', %(q)s) ORDER BY rank, doc_id LIMIT %(n)s",
            {"q": tsquery, "opt": _HEADLINE, "n": limit},
        ).fetchall()
        statements = self.conn.execute(
            "SELECT doc_id, idx, kind, asserted_by, "
            "ts_headline('simple', text, to_tsquery('simple', %(q)s), %(opt)s) AS snip, "
            "-ts_rank(search, to_tsquery('simple', %(q)s)) AS rank FROM statements "
            "WHERE search @@ to_tsquery('simple', %(q)s) ORDER BY rank, doc_id, idx LIMIT %(n)s",
            {"q": tsquery, "opt": _HEADLINE, "n": limit},
        ).fetchall()
        hits = [
            SearchHit(doc_id=r["doc_id"], kind="article", title=r["title"], snippet=r["snip"], rank=r["rank"])
            for r in articles
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
            for r in statements
        ]
        return sorted(hits, key=lambda h: (h.rank, h.doc_id, h.idx or 0))[:limit]

    def stats(self) -> StoreStats:
        one = self.conn.execute
        row = one(
            "SELECT count(*) AS n, count(*) FILTER (WHERE status = 'ok') AS ok FROM documents"
        ).fetchone()
        errors = {
            r["code"]: r["n"]
            for r in one(
                "SELECT code, count(DISTINCT doc_id) AS n FROM errors WHERE severity = 'error' "
                "GROUP BY code ORDER BY code"
            )
        }
        items = {t: one(f"SELECT count(*) AS n FROM {t}").fetchone()["n"] for t in ITEM_TABLES}  # type: ignore[index]
        words = one("SELECT coalesce(sum(words), 0) AS n FROM articles").fetchone()
        assert row is not None and words is not None
        return StoreStats(
            documents=row["n"], ok=row["ok"], errors_by_code=errors, items=items, words=int(words["n"])
        )

    def replace_links(self, links: Links) -> None:
        with self.conn.transaction():
            for table, rows in link_rows(links).items():
                self.conn.execute(f"DELETE FROM {table}")
                _insert(self.conn, table, rows)

    def close(self) -> None:
        self.conn.close()


def _insert(conn: Any, table: str, rows: list[Row]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    quoted = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join(f"%({c})s" for c in columns)
    with conn.cursor() as cur:
        cur.executemany(f"INSERT INTO {table} ({quoted}) VALUES ({marks})", rows)
