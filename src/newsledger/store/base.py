"""The store interface every backend implements."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from newsledger.link import Links
from newsledger.model import Record

MARK_START, MARK_END = "\x02", "\x03"  # around matched terms in snippets (never in text)


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    doc_id: str
    kind: str  # article | quote | claim
    title: str | None
    snippet: str  # matched terms between MARK_START and MARK_END
    asserted_by: str | None = None
    idx: int | None = None  # quote or claim index in the record
    rank: float = 0.0


@dataclass(frozen=True, slots=True, kw_only=True)
class StoreStats:
    documents: int
    ok: int
    errors_by_code: dict[str, int] = field(default_factory=dict)
    items: dict[str, int] = field(default_factory=dict)  # rows per item table
    words: int = 0
    top: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # most frequent values


TOP_QUERIES = {  # what `stats` shows as "most found": label -> (table, column, filter)
    "speakers": ("quotes", "speaker", "speaker IS NOT NULL"),
    "places": ("places", "name", "name IS NOT NULL AND role = 'literal'"),
    "event types": ("events", "sub_type", "1 = 1"),
    "outlets": ("articles", "outlet", "outlet IS NOT NULL"),
}


class Store(Protocol):
    def has(self, doc_id: str) -> bool: ...

    def write(self, record: Record, *, replace: bool = False) -> bool:
        """Store one record in one transaction; False when it was already there."""
        ...

    def get(self, doc_id: str) -> Record | None: ...

    def resolve(self, ref: str) -> str | None:
        """The full doc id for `sha256:<hex>`, `<hex>` or a unique prefix of the hex."""
        ...

    def records(self) -> Iterator[Record]: ...

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]: ...

    def stats(self) -> StoreStats: ...

    def replace_links(self, links: Links) -> None:
        """Replace every row of the link tables in one transaction."""
        ...

    def close(self) -> None: ...
