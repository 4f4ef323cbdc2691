"""Spans of time in temporal expressions: "eight months", "a few weeks", "1.5 years".

`how_many("a few")` gives the count (or its low/high for vague counts); `shift` moves a date by a
count of units; `iso` writes the ISO 8601 duration ("P8M").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from newsledger.model import TimePrecision
from newsledger.numbers.units import iso_duration
from newsledger.numbers.words import VAGUE, numeral_value
from newsledger.temporal.calendar import add

_UNITS = {
    "second": "s", "minute": "min", "hour": "h", "day": "day", "night": "day", "week": "week",
    "fortnight": "fortnight", "month": "month", "year": "year", "decade": "decade", "century": "century",
    "centurie": "century",
}  # fmt: skip
UNIT_PRECISION: dict[str, TimePrecision] = {
    "s": "duration", "min": "duration", "h": "duration", "day": "day", "week": "week", "fortnight": "week",
    "month": "month", "year": "year", "decade": "year", "century": "year",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Count:
    value: float | None  # None for vague counts
    low: float
    high: float


def how_many(text: str) -> Count | None:
    words = " ".join(text.lower().split())
    if words in {"a", "an"}:
        return Count(1, 1, 1)
    if words in {"a couple", "a couple of"}:
        return Count(2, 2, 2)
    vague = VAGUE.get(words)
    if vague is not None and vague.low is not None:
        return Count(None, vague.low, vague.high or vague.low)
    parsed = numeral_value(words)
    if parsed is None or parsed[1] != len(words):
        return None
    return Count(parsed[0], parsed[0], parsed[0])


def unit_name(text: str) -> str:
    """ "months" -> "month", "nights" -> "day", "centuries" -> "century"."""
    word = text.lower().rstrip("s")
    return _UNITS.get(word, word)


def shift(day: date, count: float, unit: str, sign: int = -1) -> date:
    """`day` moved by `count` `unit`s, back (`sign` -1) or forward (+1)."""
    if unit == "fortnight":
        count, unit = count * 2, "week"
    if unit in {"decade", "century"}:
        count, unit = count * (10 if unit == "decade" else 100), "year"
    if unit in {"s", "min", "h"}:
        seconds = count * {"s": 1, "min": 60, "h": 3600}[unit]
        return day + sign * timedelta(days=int(seconds // 86400))
    if unit in {"day", "week"}:
        return day + sign * timedelta(days=round(count * (7 if unit == "week" else 1)))
    months = count * (12 if unit == "year" else 1)
    whole = int(months)
    moved = add(day, months=sign * whole)
    return moved + sign * timedelta(days=round((months - whole) * 30))


def iso(count: float | None, unit: str, *, half: bool = False) -> str | None:
    if count is None:
        return None
    value = count + (0.5 if half else 0)
    if unit == "fortnight":
        return iso_duration(value * 2, "week")
    return iso_duration(value, unit)
