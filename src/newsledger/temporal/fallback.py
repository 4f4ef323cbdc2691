"""Odd written dates the patterns miss ("the 11th day of November", "11 Nov 22"), read by dateparser.

Only spaCy DATE entities that name a month or a four-digit year and that no pattern already
covers reach here, so dateparser (slow to load, lenient in what it accepts) runs rarely and never
on bare numbers. Its `period` gives the precision: a day, a month or a year.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from spacy.tokens import Doc

from newsledger.temporal.calendar import month_bounds, week_bounds, year_bounds
from newsledger.temporal.meaning import Context, Resolved, span_result
from newsledger.temporal.patterns import MONTHS, ORDINAL_DAYS
from newsledger.temporal.scan import Mention

_NAMED = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b|\b(?:1[6-9]|20)\d{2}\b", re.IGNORECASE)
_DAY = re.compile(
    r"\b[0-3]?\d(?:st|nd|rd|th)?\b(?!\d)|\b(?:" + "|".join(ORDINAL_DAYS) + r")\b", re.IGNORECASE
)
_COARSE = frozenset({"month", "year"})


def odd_dates(
    doc: Doc, mentions: Sequence[Mention], dropped: Sequence[Mention] = ()
) -> tuple[list[Mention], list[Mention]]:
    """DATE entities naming a month or a year that the patterns read not at all, or only coarsely.

    Returns the new `parsed` mentions and the coarse ones they replace: "the 11th day of November"
    is a day, not the month the pattern found in it. Entities over `dropped` mentions (ones the
    parse showed to be no time, "1601 tanks") stay dropped.
    """
    added: list[Mention] = []
    replaced: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ != "DATE" or not _NAMED.search(ent.text):
            continue
        start, end = ent.start_char, ent.end_char
        if any(m.start < end and start < m.end for m in dropped):
            continue
        inside = [m for m in mentions if m.start < end and start < m.end]
        if inside and not _finer(ent.text, inside, start, end):
            continue
        added.append(Mention(start, end, "parsed", {"text": ent.text}))
        replaced += inside
    return added, replaced


def _finer(text: str, inside: list[Mention], start: int, end: int) -> bool:
    """Whether the entity names a day that the coarse mentions inside it miss."""
    if any(m.kind not in _COARSE or m.start < start or m.end > end for m in inside):
        return False
    if not _DAY.search(re.sub(r"\b\d{4}\b", "", text)):
        return False
    data = _parser(None, "current_period").get_date_data(text)
    return data is not None and data.date_obj is not None and data.period == "day"


@functools.lru_cache(maxsize=64)
def _parser(ref: date | None, prefer: str) -> Any:
    from dateparser.date import DateDataParser  # loaded only when an odd date turns up

    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer}
    if ref is not None:
        settings["RELATIVE_BASE"] = datetime(ref.year, ref.month, ref.day)
    return DateDataParser(languages=["en"], settings=settings)


def parsed(m: Mention, ctx: Context) -> Resolved | None:
    """The entity's date by dateparser; without a reference day, only if it names its year."""
    text = m.fields["text"]
    if ctx.ref is None and not re.search(r"\b\d{4}\b", text):
        return span_result(None, None, "unknown")
    prefer = {"past": "past", "future": "future"}.get(ctx.direction, "current_period")
    data = _parser(ctx.ref, prefer).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        return span_result(*year_bounds(day.year), "year")
    if data.period == "month":
        return span_result(*month_bounds(day.year, day.month), "month")
    if data.period == "week":
        return span_result(*week_bounds(day), "week")
    return span_result(day, day, "day")
