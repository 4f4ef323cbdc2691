"""Resolvers for calendar dates: "2022-11-11", "11/11/2022", "11 November 2022", "in March",
"late July", "2014", "the 1990s", "Thursday evening", "Christmas".

A date that names its year needs no reference day; one that does not ("in March", "5 March",
"Thursday") takes the occurrence the tense points to, counted from the reference day.
"""

from __future__ import annotations

from datetime import date, timedelta

from newsledger.temporal.calendar import (
    WEEKDAYS,
    Direction,
    day_in_year,
    holiday_occurrence,
    month_bounds,
    month_occurrence,
    safe_date,
    weekday_occurrence,
    year_bounds,
)
from newsledger.temporal.meaning import Context, Resolved, day_result, span_result
from newsledger.temporal.patterns import MONTHS, ORDINAL_DAYS
from newsledger.temporal.scan import Mention


def iso_date(m: Mention, ctx: Context) -> Resolved | None:
    found = safe_date(int(m.fields["year"]), int(m.fields["month"]), int(m.fields["day"]))
    return day_result(found) if found else None


def numeric_date(m: Mention, ctx: Context) -> Resolved | None:
    """ "11/11/2022": day first unless that is impossible; approximate when either order could be meant."""
    a, b = int(m.fields["a"]), int(m.fields["b"])
    year = int(m.fields["year"])
    year += 2000 if year < 100 else 0
    day, month = (b, a) if b > 12 >= a else (a, b)
    found = safe_date(year, month, day)
    return day_result(found, approx=a != b and a <= 12 and b <= 12) if found else None


def _named_year(m: Mention, ref: date | None) -> int | None:
    """The year the text gives: "2022", "'22", or "last year" after the date (with a reference day)."""
    if m.get("year"):
        return int(m.fields["year"])
    if m.get("yy"):
        short = int(m.fields["yy"])
        return 2000 + short if short < 50 else 1900 + short
    if m.get("year_rel") and ref is not None:
        return ref.year + {"last": -1, "this": 0, "next": 1}[m.fields["year_rel"]]
    return None


def written_date(m: Mention, ctx: Context) -> Resolved | None:
    """ "11 November 2022", "Nov. 11", "the 5th of March", "the eleventh of November", "11-Nov-22"."""
    month = MONTHS[m.fields["month"].rstrip(".").lower()]
    day = int(m.fields["day"]) if m.get("day") else ORDINAL_DAYS[(m.get("dayword") or "").lower()]
    if not 1 <= day <= 31:
        return None
    year = _named_year(m, ctx.ref)
    if year is not None:
        found = safe_date(year, month, day)
    elif ctx.ref is None:
        return span_result(None, None, "range" if m.get("day2") else "day")
    else:
        found = day_in_year(month, day, ctx.ref, ctx.direction)
    if found is None:
        return None
    if m.get("day2"):  # "April 3-5", "3-5 April"
        last = safe_date(found.year, found.month, int(m.fields["day2"]))
        return span_result(found, last, "range") if last and last > found else day_result(found)
    return day_result(found)


def month(m: Mention, ctx: Context) -> Resolved | None:
    """ "in March" (the one the tense points to), "late July", "last May", "March 2022"."""
    number = MONTHS[m.fields["month"].rstrip(".").lower()]
    rel = (m.get("rel") or "").lower()
    edge = m.get("edge")
    named = _named_year(m, ctx.ref)
    if named is not None:
        year = named
    elif ctx.ref is None:
        return span_result(None, None, "range" if edge else "month", approx=bool(edge))
    else:
        year = _month_year(number, rel, ctx.ref, ctx.direction)
    start, end = month_bounds(year, number)
    if edge:
        start, end = part_of(start, end, edge)
        return span_result(start, end, "range", approx=True)
    return span_result(start, end, "month")


def _month_year(number: int, rel: str, ref: date, direction: Direction) -> int:
    if rel == "last":
        return ref.year if number < ref.month else ref.year - 1
    if rel == "next":
        return ref.year if number > ref.month else ref.year + 1
    if rel == "this":
        return ref.year
    return month_occurrence(number, ref, direction)


def part_of(start: date, end: date, edge: str) -> tuple[date, date]:
    """The early, middle or late part of a period, cut in whole units.

    A month in days (1-10, 11-20, 21-end), a year in months (January-April, May-August,
    September-December), a decade in years (early 1990s = 1990-1993, mid = 1994-1996, late = 1997-1999).
    """
    edge = " ".join(edge.lower().split())
    part = 0 if edge in _EARLY else 1 if edge in _MIDDLE else 2
    if (end - start).days > 3 * 366:
        first, last = [(0, 3), (4, 6), (7, 9)][part]
        return date(start.year + first, 1, 1), date(start.year + last, 12, 31)
    if (end - start).days > 300:
        first_month = 1 + 4 * part
        return date(start.year, first_month, 1), month_bounds(start.year, first_month + 3)[1]
    third = ((end - start).days + 1) // 3
    lo = start + timedelta(days=third * part)
    return lo, end if part == 2 else lo + timedelta(days=third - 1)


_EARLY = {"early", "the start of", "the beginning of", "start of"}
_MIDDLE = {"mid", "the middle of"}


def year(m: Mention, ctx: Context) -> Resolved | None:
    """ "2014", "early 2023", "2014-15"."""
    first = int(m.fields["year"])
    start, end = year_bounds(first)
    if m.get("year2"):
        second = m.fields["year2"]
        last = int(second) if len(second) == 4 else first - first % 100 + int(second)
        if last <= first:
            return None
        return span_result(start, year_bounds(last)[1], "range")
    if m.get("edge"):
        start, end = part_of(start, end, m.fields["edge"])
        return span_result(start, end, "range", approx=True)
    return span_result(start, end, "year")


def decade(m: Mention, ctx: Context) -> Resolved | None:
    first = int(m.fields["decade"])
    start, end = date(first, 1, 1), date(first + 9, 12, 31)
    if m.get("edge"):
        start, end = part_of(start, end, m.fields["edge"])
        return span_result(start, end, "range", approx=True)
    return span_result(start, end, "range")


def weekday_mention(m: Mention, ctx: Context) -> Resolved | None:
    return weekday(m.fields["weekday"], m.get("part"), m.get("rel"), ctx.ref, ctx.direction)


def weekday(name: str, part: str | None, rel: str | None, ref: date | None, direction: Direction) -> Resolved:
    """The most recent such day on or before `ref`, unless the tense or "next" points ahead."""
    if ref is None:
        return span_result(None, None, "day")
    number = WEEKDAYS.index(name.lower())
    rel = " ".join((rel or "").lower().split())
    if rel in {"this past", "past"}:  # "this past Saturday": the last one on or before
        found = weekday_occurrence(number, ref, "past")
    elif rel == "coming":
        found = weekday_occurrence(number, ref, "future")
    elif rel == "last":
        found = weekday_occurrence(number, ref - timedelta(days=1), "past")
    elif rel == "next":
        found = weekday_occurrence(number, ref, "future")
    elif rel == "this":
        found = ref + timedelta(days=number - ref.weekday())
    else:
        found = weekday_occurrence(number, ref, "future" if direction == "future" else "past")
    if (part or "").lower() == "night":
        return span_result(found, found + timedelta(days=1), "day")
    return day_result(found)


def holiday_mention(m: Mention, ctx: Context) -> Resolved | None:
    name = " ".join(m.fields["holiday"].lower().replace("’", "'").split())
    if ctx.ref is None:
        return span_result(None, None, "day")
    found = holiday_occurrence(name, ctx.ref, ctx.direction)
    return day_result(found) if found else None
