"""Opaque cursors for keyset paging: the sort key of the last item sent, tagged with its list.

A cursor is base64url JSON `{"l": list, "k": key}`; clients pass back what `next` said
and never build one. Keyset paging (`WHERE key > :last ORDER BY key LIMIT n`) stays
fast on any page and stable while rows are added.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from newsledger.api.errors import ApiError

DEFAULT_LIMIT = 100
MAX_LIMIT = 5000
T = TypeVar("T")


def encode_cursor(listing: str, key: Sequence[Any]) -> str:
    data = json.dumps({"l": listing, "k": list(key)}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def decode_cursor(listing: str, cursor: str | None, types: Sequence[type]) -> tuple[Any, ...] | None:
    """The key in `cursor` (None for the first page); a cursor of another list or shape is a 422."""
    if not cursor:
        return None
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        key = data["k"]
        ok = data["l"] == listing and len(key) == len(types)
        ok = ok and all(isinstance(v, t) and not isinstance(v, bool) for v, t in zip(key, types, strict=True))
    except (binascii.Error, ValueError, KeyError, TypeError):
        ok = False
    if not ok:
        raise ApiError(422, f"cursor: not a cursor of /api/{listing}; pass back the `next` value unchanged")
    return tuple(key)


@dataclass(frozen=True, slots=True)
class Page:
    items: list[dict[str, Any]]
    next: str | None  # cursor of the following page, None on the last


def page_of(listing: str, rows: list[dict[str, Any]], limit: int, key: Sequence[str]) -> Page:
    """`rows` fetched with LIMIT limit+1: the extra row only says whether a next page exists."""
    items = rows[:limit]
    more = len(rows) > limit and bool(items)
    return Page(items, encode_cursor(listing, [items[-1][k] for k in key]) if more else None)
