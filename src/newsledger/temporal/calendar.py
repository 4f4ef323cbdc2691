"""Calendar arithmetic for resolving expressions: month steps, ISO weeks, seasons, weekdays, holidays.

Seasons are meteorological and northern-hemisphere (winter = December to February), the usual
reading in the international news this project reads. Direction words pick an occurrence:
`past` the one on or before the reference date, `future` the one after it, `nearest` either.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Literal

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

Direction = Literal["past", "future", "nearest"]
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # first month of each
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def add(day: date, *, days: int = 0, weeks: int = 0, months: int = 0, years: int = 0) -> date:
    """`day` moved by calendar units; month steps clamp to the month's last day."""
    return day + relativedelta(days=days, weeks=weeks, months=months, years=years)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def week_bounds(day: date) -> tuple[date, date]:
    """The ISO week (Monday to Sunday) holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def season_bounds(season: str, year: int) -> tuple[date, date]:
    """The season starting in `year` (winter 2022 = December 2022 to February 2023)."""
    first = SEASONS[season]
    start = date(year, first, 1)
    end = add(start, months=3) - timedelta(days=1)
    return start, end


def season_occurrence(season: str, ref: date, direction: Direction) -> tuple[date, date]:
    """The season holding `ref`, else the last one before it (`past`) or the next one (`future`)."""
    for year in (ref.year - 1, ref.year):
        start, end = season_bounds(season, year)
        if start <= ref <= end:
            return start, end
    this_year = season_bounds(season, ref.year)
    if direction == "past":
        return this_year if this_year[1] < ref else season_bounds(season, ref.year - 1)
    return this_year if this_year[0] > ref else season_bounds(season, ref.year + 1)


def month_occurrence(month: int, ref: date, direction: Direction) -> int:
    """The year of the month `month` meant relative to `ref`."""
    if direction == "past":
        return ref.year if month <= ref.month else ref.year - 1
    if direction == "future":
        return ref.year if month >= ref.month else ref.year + 1
    # Without tense, a month up to two ahead is the coming one ("in December", written in November);
    # any other is the last one: news reports far more past months than future ones.
    ahead = (month - ref.month) % 12
    return month_occurrence(month, ref, "future" if 0 < ahead <= 2 else "past")


def weekday_occurrence(weekday: int, ref: date, direction: Direction) -> date:
    """The weekday on or before `ref` (`past`, the default reading) or the next one after it."""
    if direction == "future":
        return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def day_in_year(month: int, day: int, ref: date, direction: Direction) -> date | None:
    """ "5 March" without a year: the year picked like `month_occurrence`, then the exact day."""
    year = month_occurrence(month, ref, direction)
    found = safe_date(year, month, day)
    if found is None:
        return None
    if direction == "past" and found > ref:
        return safe_date(year - 1, month, day)
    if direction == "future" and found < ref:
        return safe_date(year + 1, month, day)
    return found


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None where it does not exist (30 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def holiday(name: str, year: int) -> date | None:
    """The date of a widely reported holiday in `year`."""
    fixed = {
        "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
        "new year's day": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31),
        "new years eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14),
        "valentines day": (2, 14),
    }  # fmt: skip
    if name in fixed:
        return date(year, *fixed[name])
    if name in {"easter", "easter sunday"}:
        return easter(year)
    if name == "good friday":
        return easter(year) - timedelta(days=2)
    if name == "thanksgiving":  # fourth Thursday of November (United States)
        first = date(year, 11, 1)
        return first + timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


def holiday_occurrence(name: str, ref: date, direction: Direction) -> date | None:
    this_year = holiday(name, ref.year)
    if this_year is None:
        return None
    before = this_year if this_year <= ref else holiday(name, ref.year - 1)
    after = this_year if this_year >= ref else holiday(name, ref.year + 1)
    if direction == "nearest" and before and after:
        return before if ref - before <= after - ref else after
    return after if direction == "future" else before
