"""What a resolver is given (`Context`) and what it gives back (`Resolved`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from newsledger.model import TimePrecision
from newsledger.temporal.calendar import Direction

TimeType = Literal["date", "duration", "present_ref", "past_ref", "future_ref"]


@dataclass(frozen=True, slots=True)
class Context:
    """What an expression is resolved against."""

    ref: date | None  # publication day, or the day a quote was spoken
    direction: Direction = "nearest"  # from the tense of the clause
    past_perfect: bool = False  # the sentence tells of a time before its own past ("had fallen")
    anchored: bool = True  # a duration runs up to `ref` ("have lived here for eight months")
    war_start: date | None = None
    rolling: bool = False  # "the last year" (twelve months back), not "last year" (the calendar year)
    generic: bool = False  # "night shelling": no particular night


@dataclass(frozen=True, slots=True)
class Resolved:
    type: TimeType
    start: date | None
    end: date | None
    precision: TimePrecision
    approx: bool = False
    duration: str | None = None
    modifier: str | None = None


def day_result(day: date | None, precision: TimePrecision = "day", approx: bool = False) -> Resolved:
    """One day, or nothing known when there is no reference day to count from."""
    return Resolved("date", day, day, precision, approx)


def span_result(
    start: date | None, end: date | None, precision: TimePrecision, approx: bool = False
) -> Resolved:
    if start is None or end is None:
        return Resolved("date", None, None, precision, approx)
    return Resolved("date", start, end, precision, approx)
