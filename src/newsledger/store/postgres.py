"""PostgreSQL backend (scale): not built yet."""

from __future__ import annotations

from newsledger.errors import ConfigError


class PostgresStore:
    def __init__(self, url: str) -> None:
        raise ConfigError("E501", detail="the PostgreSQL store is not built yet")
