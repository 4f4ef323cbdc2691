"""Where records live: embedded SQLite by default, PostgreSQL at scale, behind one interface."""

from __future__ import annotations

from pathlib import Path

from newsledger.store.base import SearchHit, Store, StoreStats

DEFAULT_DB = "newsledger.db"

__all__ = ["DEFAULT_DB", "SearchHit", "Store", "StoreStats", "open_store"]


def open_store(target: str | Path = DEFAULT_DB) -> Store:
    """A store for `target`: a `postgresql://` URL, else a SQLite file path."""
    text = str(target)
    if text.startswith(("postgresql://", "postgres://")):
        from newsledger.store.postgres import PostgresStore

        store: Store = PostgresStore(text)
        return store
    from newsledger.store.sqlite import SQLiteStore

    return SQLiteStore(Path(text))
