"""Resolve one temporal expression against its reference day: type, start, end, precision.

Each kind of `Mention` has one resolver. Absolute dates ("11 November 2022", "2014") need no
reference day; relative ones ("yesterday", "in March", "last week") stay unresolved, with their
precision still said, when the article gives no publication date.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, timedelta

from newsledger.model import TimePrecision
from newsledger.temporal import absolute, fallback
from newsledger.temporal.amounts import UNIT_PRECISION, how_many, iso, shift, unit_name
from newsledger.temporal.calendar import Direction, add, season_bounds, season_occurrence, week_bounds
from newsledger.temporal.meaning import Context, Resolved, day_result, span_result
from newsledger.temporal.scan import Mention

Resolver = Callable[[Mention, Context], Resolved | None]


def resolve(mention: Mention, ctx: Context) -> Resolved | None:
    """The meaning of `mention`, or None when it turns out not to be a time after all."""
    resolved = RESOLVERS[mention.kind](mention, ctx)
    if resolved is None:
        return None
    if mention.until is not None:
        resolved = _range_to(resolved, resolve(mention.until, ctx))
    elif mention.modifier == "since" and resolved.type == "date":
        end = ctx.ref if ctx.ref and (resolved.start is None or resolved.start <= ctx.ref) else None
        resolved = Resolved("date", resolved.start, end, "range", resolved.approx, modifier="since")
    elif mention.modifier and resolved.type == "date":
        resolved = dataclasses.replace(resolved, modifier=mention.modifier)
    return resolved


def _range_to(first: Resolved, second: Resolved | None) -> Resolved:
    if second is None:
        return first
    return Resolved("date", first.start, second.end, "range", first.approx or second.approx, modifier="from")


def deictic(m: Mention, ctx: Context) -> Resolved | None:
    when = (m.get("when") or "").lower()
    part = (m.get("part") or "").lower()
    offset = {
        "today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "this": 0, "last": -1, "overnight": -1,
        "the day before yesterday": -2, "the day after tomorrow": 2,
    }.get(" ".join(when.split()), 0)  # fmt: skip
    if ctx.ref is None:
        return span_result(None, None, "day")
    day = ctx.ref + timedelta(days=offset)
    if when in {"tonight", "overnight", "last"} or part == "night":
        return span_result(day, day + timedelta(days=1), "day")  # the night runs into the next day
    return day_result(day)


def present(m: Mention, ctx: Context) -> Resolved:
    return Resolved("present_ref", ctx.ref, ctx.ref, "day" if ctx.ref else "unknown")


def past(m: Mention, ctx: Context) -> Resolved:
    return Resolved("past_ref", None, ctx.ref, "unknown", approx=True)


def future(m: Mention, ctx: Context) -> Resolved:
    return Resolved("future_ref", ctx.ref, None, "unknown", approx=True)


def period(m: Mention, ctx: Context) -> Resolved | None:
    """ "this week", "last month", "next year", "the past week", "earlier this year"."""
    rel = (m.get("rel") or "").lower()
    unit = (m.get("period") or "").lower()
    if rel == "the" and not m.get("edge"):
        return None  # "the year", "the week": which one, the text does not say
    if ctx.ref is None:
        return span_result(None, None, "range" if m.get("edge") else _PERIOD_PRECISION.get(unit, "range"))
    if rel == "previous" and ctx.rolling:
        return span_result(None, None, "unknown")  # "retired the previous year": before the story's time
    if unit == "weekend":
        return weekend(m, ctx) if rel != "next" else _weekend_after(ctx.ref)
    if rel in {"past", "coming"} or (ctx.rolling and rel in {"last", "previous"}):
        sign = 1 if rel == "coming" else -1
        other = shift(ctx.ref, 1, unit, sign)
        return span_result(min(ctx.ref, other), max(ctx.ref, other), "range")
    step = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    start, end = _calendar_period(unit, ctx.ref, step)
    return _edged(start, end, ctx.ref, m.get("edge"), _PERIOD_PRECISION.get(unit, "range"))


_PERIOD_PRECISION: dict[str, TimePrecision] = {"week": "week", "month": "month", "year": "year"}


def _calendar_period(unit: str, ref: date, step: int) -> tuple[date, date]:
    if unit == "week":
        return week_bounds(ref + timedelta(weeks=step))
    if unit == "month":
        first = add(ref.replace(day=1), months=step)
        return first, add(first, months=1) - timedelta(days=1)
    span = {"year": 1, "decade": 10, "century": 100}.get(unit, 1)
    first_year = ref.year - ref.year % span + step * span
    return date(first_year, 1, 1), date(first_year + span - 1, 12, 31)


def _edged(start: date, end: date, ref: date, edge: str | None, precision: TimePrecision) -> Resolved:
    """ "earlier this week" ends today; "later this year" starts today; "early"/"late" take a third."""
    edge = " ".join((edge or "").lower().split())
    if edge == "earlier":
        return span_result(start, min(end, ref), "range")
    if edge == "later":
        return span_result(max(start, ref), end, "range")
    if edge:  # "early next year", "the end of the month"
        a, b = absolute.part_of(start, end, edge)
        return span_result(a, b, "range", approx=True)
    return span_result(start, end, precision)


def weekend(m: Mention, ctx: Context) -> Resolved | None:
    if ctx.ref is None:
        return span_result(None, None, "range")
    if ctx.direction == "future":
        return _weekend_after(ctx.ref)
    saturday = ctx.ref - timedelta(days=(ctx.ref.weekday() - 5) % 7)
    return span_result(saturday, saturday + timedelta(days=1), "range")


def _weekend_after(ref: date) -> Resolved:
    saturday = ref + timedelta(days=(5 - ref.weekday()) % 7 or 7)
    return span_result(saturday, saturday + timedelta(days=1), "range")


def window(m: Mention, ctx: Context) -> Resolved | None:
    """ "the past two weeks", "the next three days": a stretch that starts or ends today."""
    count = how_many(m.get("count") or "")
    unit = unit_name(m.get("unit") or "")
    if count is None:
        return None
    if ctx.ref is None:
        return span_result(None, None, "range")
    sign = 1 if (m.get("rel") or "").lower() in {"next", "coming", "following"} else -1
    other = shift(ctx.ref, count.high, unit, sign)
    return span_result(min(ctx.ref, other), max(ctx.ref, other), "range", approx=count.value is None)


def offset(m: Mention, ctx: Context) -> Resolved | None:
    """ "a month ago", "just a few weeks ago", "three days from now"; "two days later" has no anchor."""
    count = how_many(m.get("count") or "")
    unit = unit_name(m.get("unit") or "")
    direction = " ".join((m.get("dir") or "").lower().split())
    if count is None:
        return None
    precision = UNIT_PRECISION.get(unit, "day")
    if ctx.ref is None or direction in {"later", "earlier"}:
        return span_result(None, None, "unknown" if direction in {"later", "earlier"} else precision)
    sign = -1 if direction == "ago" else 1
    if count.value is None:
        near, far = shift(ctx.ref, count.low, unit, sign), shift(ctx.ref, count.high, unit, sign)
        return span_result(min(near, far), max(near, far), "range", approx=True)
    day = shift(ctx.ref, count.value, unit, sign)
    return day_result(day, precision, approx=unit not in {"day", "s", "min", "h"})


_RECENT = {"day": (7, "day"), "week": (4, "week"), "month": (6, "month"), "year": (5, "year")}


def recent(m: Mention, ctx: Context) -> Resolved | None:
    """ "in recent days" (the past week), "in recent weeks" (four), "in the coming months" (six)."""
    if ctx.ref is None:
        return span_result(None, None, "range", approx=True)
    count, unit = _RECENT[unit_name(m.get("unit") or "day")]
    sign = 1 if (m.get("rel") or "").lower().split()[0] in {"coming", "next"} else -1
    other = shift(ctx.ref, count, unit, sign)
    return span_result(min(ctx.ref, other), max(ctx.ref, other), "range", approx=True)


def season(m: Mention, ctx: Context) -> Resolved | None:
    name = (m.get("season") or m.get("season2") or "").lower()
    name = "autumn" if name == "fall" else name
    year = m.get("year")
    if year:
        start, end = season_bounds(name, int(year))
        return span_result(start, end, "season", approx=True)
    if ctx.ref is None:
        return span_result(None, None, "season", approx=True)
    rel = (m.get("rel") or "").lower()
    if rel in {"last", "past"}:
        start, end = season_occurrence(name, ctx.ref, "past")
        if start <= ctx.ref <= end:
            start, end = season_bounds(name, start.year - 1)
    elif rel == "next":
        start, end = season_occurrence(name, ctx.ref, "future")
        if start <= ctx.ref <= end:
            start, end = season_bounds(name, start.year + 1)
    elif rel in {"this", "coming"}:
        start, end = season_occurrence(name, ctx.ref, "future")
    else:
        start, end = _nearest_season(name, ctx.ref, ctx.direction)
    return span_result(start, end, "season", approx=True)


def _nearest_season(name: str, ref: date, direction: Direction) -> tuple[date, date]:
    """The season the tense points to; without tense, the closer of the last and the next one."""
    if direction != "nearest":
        return season_occurrence(name, ref, direction)
    last = season_occurrence(name, ref, "past")
    coming = season_occurrence(name, ref, "future")
    if last[0] <= ref <= last[1]:
        return last
    return last if (ref - last[1]) <= (coming[0] - ref) else coming


def early_hours(m: Mention, ctx: Context) -> Resolved | None:
    weekday = m.get("weekday")
    if weekday:
        return absolute.weekday(weekday, None, None, ctx.ref, ctx.direction)
    return day_result(ctx.ref) if ctx.ref else span_result(None, None, "day")


def night(m: Mention, ctx: Context) -> Resolved | None:
    """ "as night fell": tonight; "the first quiet night" (told in the past perfect): last night."""
    if ctx.generic or ctx.ref is None:
        return span_result(None, None, "unknown")
    if ctx.past_perfect:
        return span_result(ctx.ref - timedelta(days=1), ctx.ref, "day", approx=True)
    return span_result(ctx.ref, ctx.ref + timedelta(days=1), "day")


def war(m: Mention, ctx: Context) -> Resolved | None:
    if ctx.war_start is None:
        return span_result(None, None, "unknown", approx=True)
    return day_result(ctx.war_start)


def war_phase(m: Mention, ctx: Context) -> Resolved | None:
    """ "the early weeks of the war": its first week, four weeks or three months."""
    if ctx.war_start is None:
        return span_result(None, None, "range", approx=True)
    unit = unit_name(m.get("unit") or "week")
    count = {"day": 7, "week": 4, "month": 3}.get(unit, 1)
    end = shift(ctx.war_start, count, "day" if unit == "day" else unit, 1)
    return span_result(ctx.war_start, end, "range", approx=True)


def duration(m: Mention, ctx: Context) -> Resolved | None:
    """ "eight months", "for at least seven years", "the nine-month-old war": durations, not dates.

    A duration that runs up to the reference day gets start and end (approximate: "eight months"
    is rounded); one that does not ("would pledge ... for seven years") keeps only its length.
    """
    count = how_many(m.get("count") or "")
    unit = unit_name(m.get("unit") or "")
    if count is None:
        return None
    value = count.value
    half = bool(m.get("half"))
    length = iso(value, unit, half=half)
    modifier = _DURATION_MODIFIERS.get(" ".join((m.get("mod") or "").lower().split()))
    approx = value is None or modifier in {"about", "almost"}
    if ctx.anchored and ctx.ref is not None and value is not None:
        war_began = ctx.war_start if ctx.war_start and ctx.war_start <= ctx.ref else None
        start = war_began if m.kind == "aged" else None
        start = start or shift(ctx.ref, value + (0.5 if half else 0), unit)
        return Resolved("duration", start, ctx.ref, "range", True, length, modifier)
    return Resolved("duration", None, None, UNIT_PRECISION.get(unit, "duration"), approx, length, modifier)


_DURATION_MODIFIERS = {
    "at least": "at_least", "more than": "more_than", "over": "more_than", "just over": "more_than",
    "up to": "up_to", "less than": "less_than", "under": "less_than", "just under": "less_than",
    "nearly": "almost", "almost": "almost", "about": "about", "around": "about", "some": "about",
    "roughly": "about",
}  # fmt: skip


RESOLVERS: dict[str, Resolver] = {
    "iso_date": absolute.iso_date,
    "numeric_date": absolute.numeric_date,
    "date": absolute.written_date,
    "month": absolute.month,
    "year": absolute.year,
    "decade": absolute.decade,
    "weekday": absolute.weekday_mention,
    "holiday": absolute.holiday_mention,
    "deictic": deictic,
    "period": period,
    "weekend": weekend,
    "window": window,
    "offset": offset,
    "recent": recent,
    "present": present,
    "past": past,
    "future": future,
    "season": season,
    "early_hours": early_hours,
    "night": night,
    "war": war,
    "war_phase": war_phase,
    "aged": duration,
    "duration": duration,
    "parsed": fallback.parsed,
}
