"""The store as the API reads it: read-only SQLite connections, one per worker thread.

Queries never write, so they run on `mode=ro` connections; the ingest endpoint writes
through its own connection (see `ingest.py`). In WAL mode a reader sees every write
committed before its query began.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsledger.errors import ConfigError, StoreError
from newsledger.store.sqlite import SQLiteStore

Params = Sequence[Any] | dict[str, Any]


class Database:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    @classmethod
    def prepare(cls, target: str | Path) -> Database:
        """Create or migrate the store once (writable), then serve it read-only."""
        text = str(target)
        if text.startswith(("postgres://", "postgresql://")):
            raise ConfigError(
                "E501", detail="the web server reads a SQLite store: pass --db FILE (export from PostgreSQL)"
            )
        path = Path(text)
        try:
            SQLiteStore(path).close()
        except (StoreError, sqlite3.Error):
            if not path.exists():
                raise
        return cls(path)

    @property
    def store(self) -> SQLiteStore:
        """This thread's read-only store (its `conn` answers the API's queries)."""
        store: SQLiteStore | None = getattr(self._local, "store", None)
        if store is None:
            store = SQLiteStore(self.path, readonly=True)
            self._local.store = store
        return store

    def rows(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        return self.store.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.store.conn.execute(sql, params).fetchone()
        return row
