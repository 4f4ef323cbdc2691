"""Publication dates in datelines: "2022-11-11", "November 11, 2022", "Fri 11 Nov 2022 14.02 GMT",
"Published: 10:31 EST, 11 November 2022 | Updated: ...", and wire datelines ("KYIV, Nov 11 (Reuters) -").

Only unambiguous dates are read: "11/12/2022" could be either month first, so it gives None.
"""

from __future__ import annotations

import datetime as dt
import re

_MONTH_NAMES = (
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec",
)  # fmt: skip
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)"),  # 2022-11-11
    re.compile(r"\b(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)\b"),  # 2022/11/11
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # November 11, 2022
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 11 November 2022
    re.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),  # 11.11.2022
    re.compile(r"\b(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)\b"),  # 11/19/2022 (US if clear)
)
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_NO_YEAR = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?!\w)", re.IGNORECASE),
)
WIRE_AGENCIES = r"Reuters|AP|AFP|Bloomberg|Xinhua|dpa|ANSA|EFE|IANS|PTI|UNI|Interfax|TASS|Ukrinform|CNN|BBC"
_PLACE = r"(?:[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z.'’-]+(?:\s+[A-Z][a-z.'’-]+){0,2})"
WIRE_DATELINE = re.compile(  # "KYIV, Nov 11 (Reuters) -", "WASHINGTON (AP) —", "Gaza City, Ukraine (AFP) -"
    rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?),?\s+"
    r"(?P<date>(?:[A-Za-z]{3,9}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z]{3,9})(?:,?\s+(?:19|20)\d\d)?\s+)?"
    rf"\((?P<agency>{WIRE_AGENCIES})\)\s*[-–—]+\s*"
)
_DATE_FILLER = re.compile(
    r"\b(?:first\s+)?(?:published|updated|posted|last\s+(?:updated|modified)|modified|on|at|date|"
    r"mon|tue|wed|thu|fri|sat|sun|[a-z]+day|am|pm|[a-z]?[a-z]t|gmt|utc|est|edt|cst|cdt|pst|pdt|bst|cet|"
    r"cest|ist|msk|z)\b|\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?|[|/:,•·–—()-]",
    re.IGNORECASE,
)


def parse_date(text: str) -> str | None:
    """The first unambiguous calendar date in `text`, as an ISO date."""
    if not _YEAR_HINT.search(text):
        return None
    found: list[tuple[int, str]] = []
    for form in _FORMS:
        for match in form.finditer(text):
            iso = _iso(match)
            if iso:
                found.append((match.start(), iso))
                break
    return min(found)[1] if found else None


def is_dateline(text: str) -> bool:
    """A short line that is a date, with at most a few words of furniture around it."""
    if len(text) > 140 or parse_date(text) is None:
        return False
    rest = text
    for form in _FORMS:
        rest = form.sub(" ", rest)
    rest = _DATE_FILLER.sub(" ", rest)
    return len(rest.split()) <= 3


def wire_dateline(text: str) -> re.Match[str] | None:
    """The "KYIV, Nov 11 (Reuters) -" opening of a wire story, if `text` starts with one."""
    return WIRE_DATELINE.match(text)


def month_day(text: str, year: int) -> str | None:
    """ "Nov 11" or "11 Nov" in `text`, in the given year, as an ISO date."""
    for form in _NO_YEAR:
        match = form.search(text)
        if match:
            month = MONTHS.get(match.group("month").lower().rstrip("."))
            return _checked(year, month, int(match.group("day"))) if month else None
    return None


def _iso(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if "a" in parts:  # a/b/year: month first unless that is impossible; both <= 12 is ambiguous
        a, b = int(parts["a"]), int(parts["b"])
        if a <= 12 and b <= 12 and a != b:
            return None
        month, day = (a, b) if a <= 12 else (b, a)
        return _checked(year, month, day)
    raw = parts["month"]
    named = int(raw) if raw.isdigit() else MONTHS.get(raw.lower().rstrip("."))
    return _checked(year, named, int(parts["day"])) if named else None


def _checked(year: int, month: int | None, day: int) -> str | None:
    try:
        return dt.date(year, month or 0, day).isoformat()
    except ValueError:
        return None
