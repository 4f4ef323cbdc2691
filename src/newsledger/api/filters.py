"""Query filters as parameterized SQL: every value the user sends is bound, never spliced.

A bad filter value is a 422 that names the parameter and the expected form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsledger.api.errors import ApiError

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class BBox:
    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float


@dataclass(slots=True)
class Where:
    """WHERE clauses joined by AND, with their parameters in order."""

    clauses: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, clause: str, *params: Any) -> None:
        self.clauses.append(clause)
        self.params.extend(params)

    def equals_any(self, column: str, values: Sequence[str] | None) -> None:
        if values:
            self.add(f"{column} IN ({', '.join('?' * len(values))})", *values)

    def contains(self, columns: Sequence[str], text: str | None) -> None:
        """Case-insensitive substring match on any of `columns` (LIKE, with `%` and `_` escaped)."""
        if text is None or not text.strip():
            return
        pattern = "%" + like_escape(text.strip()) + "%"
        self.add(
            "(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in columns) + ")", *[pattern] * len(columns)
        )

    def date_range(self, column: str, since: str | None, until: str | None) -> None:
        """`since`/`until` inclusive; a partial `until` (2022-11) covers its whole month or year."""
        if since:
            self.add(f"{column} >= ?", parse_date("since", since))
        if until:
            self.add(f"{column} <= ?", parse_date("until", until) + "\uffff")

    @property
    def sql(self) -> str:
        return " AND ".join(self.clauses) if self.clauses else "1 = 1"


def like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_date(name: str, value: str) -> str:
    """An ISO date, year-month or year, checked; anything else is a 422."""
    text = value.strip()
    ok = bool(_DATE.fullmatch(text))
    if ok:
        parts = [int(p) for p in text.split("-")] + [1, 1]
        try:
            date(parts[0], parts[1], parts[2])
        except ValueError:
            ok = False
    if not ok:
        raise ApiError(422, f"{name}: {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return text


def parse_bbox(value: str | None) -> BBox | None:
    """`minLon,minLat,maxLon,maxLat` in degrees (WGS84), west/south first."""
    if value is None or not value.strip():
        return None
    try:
        parts = [float(p) for p in value.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4 or any(p != p for p in parts):  # p != p: NaN
        raise ApiError(422, f"bbox: {value!r} is not minLon,minLat,maxLon,maxLat (four numbers)")
    box = BBox(*parts)
    if not (-180 <= box.min_lon <= box.max_lon <= 180 and -90 <= box.min_lat <= box.max_lat <= 90):
        raise ApiError(
            422,
            f"bbox: {value} is out of range or inverted: need -180 <= minLon <= maxLon <= 180, alike for lat",
        )
    return box


def parse_doc_id(value: str | None) -> str | None:
    """A document id filter: `sha256:<hex>` or the bare hex."""
    if value is None or not value.strip():
        return None
    hex_part = value.strip().removeprefix("sha256:").lower()
    if not re.fullmatch(r"[0-9a-f]{64}", hex_part):
        raise ApiError(422, f"doc_id: {value!r} is not a document id (sha256:<64 hex digits>)")
    return f"sha256:{hex_part}"
