"""Read one amount around a numeral in plain text: modifiers, ranges, currency, unit and compounds.

"about 170,000 square kilometres (66,000 square miles)", "up to 20,000", "$1.5bn", "20-30",
"60mile-wide", "54-year-old", "a 20,000-strong force", "a few kilometres". The reading is textual;
what a bare count counts ("300 marines") is decided on the parse (`numbers.phrases`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from newsledger.model import Bound
from newsledger.numbers.units import (
    Unit,
    currency_after,
    currency_before,
    is_short_form,
    unit_at,
)
from newsledger.numbers.words import NUMERAL, SCALE_ABBREVIATIONS, VAGUE, numeral_value

# modifier: (approx, bound)
MODIFIERS: dict[str, tuple[bool, Bound | None]] = {
    "about": (True, None), "around": (True, None), "approximately": (True, None), "roughly": (True, None),
    "some": (True, None), "an estimated": (True, None), "estimated": (True, None), "circa": (True, None),
    "close to": (True, "max"), "nearly": (True, "max"), "almost": (True, "max"), "up to": (True, "max"),
    "as many as": (True, "max"), "just under": (False, "max"), "at most": (False, "max"),
    "no more than": (False, "max"), "fewer than": (False, "max"), "less than": (False, "max"),
    "under": (False, "max"), "more than": (False, "min"), "over": (False, "min"), "at least": (False, "min"),
    "upwards of": (False, "min"), "in excess of": (False, "min"), "just over": (False, "min"),
    "no fewer than": (False, "min"), "no less than": (False, "min"), "a total of": (False, None),
}  # fmt: skip
_MODIFIER_RE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(map(re.escape, MODIFIERS), key=len, reverse=True)) + r")\s+$"
)
_RANGE_RE = re.compile(rf"\s*(?:-|–|to|and)\s*({NUMERAL})")
_SCALE_ABBR_RE = re.compile(
    r"\s?(" + "|".join(sorted(SCALE_ABBREVIATIONS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_COMPOUND_RE = re.compile(r"-(old|long|wide|deep|high|tall|thick|strong)\b", re.IGNORECASE)
_STRONG_RE = re.compile(r"-strong\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reading:
    """An amount as written: where it is, its value or bounds, and its unit if it names one."""

    start: int
    end: int
    numeral_end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approx: bool = False
    bound: Bound | None = None
    unit: Unit | None = None
    currency: str | None = None
    compound: str | None = None  # "old", "wide", "strong", ... for "54-year-old", "60mile-wide"
    hyphenated: bool = False  # the numeral is glued to a word by a hyphen ("two-storey")


def read_numeral(text: str, start: int) -> Reading | None:
    """The amount whose numeral starts at `start`, or None when the numeral does not parse."""
    parsed = numeral_value(text, start)
    if parsed is None:
        return None
    value, length = parsed
    reading = Reading(start=start, end=start + length, numeral_end=start + length, value=value)
    return _read_right(text, _read_left(text, reading))


def read_vague(text: str, start: int, end: int) -> Reading:
    """ "dozens", "a few", "tens of thousands": no value, but low/high and a bound."""
    vague = VAGUE[re.sub(r"\s+", " ", text[start:end].lower())]
    reading = Reading(
        start=start, end=end, numeral_end=end, value=None, low=vague.low, high=vague.high,
        approx=True, bound=vague.bound,
    )  # fmt: skip
    unit = unit_at(text, end)
    if unit and not is_short_form(text[end : unit[1]].strip()):
        reading = replace(reading, unit=unit[0], end=unit[1])
    return reading


_FEW_BEFORE = re.compile(r"(?<![\w-])(?i:(a\s+few|several|many))\s+$")
_FEW = {"a few": 2, "several": 3, "many": 2}


def _read_left(text: str, reading: Reading) -> Reading:
    """Currency signs and modifiers before the numeral; "several hundred" makes it vague."""
    start = reading.start
    few = _FEW_BEFORE.search(text, max(0, start - 10), start)
    scale = text[start : reading.numeral_end].lower()
    if few and scale in {"hundred", "thousand", "million", "billion"} and reading.value is not None:
        low = _FEW[" ".join(few.group(1).lower().split())] * reading.value
        return replace(reading, start=few.start(), value=None, low=low, approx=True, bound="min")
    currency = currency_before(text, start)
    if currency:
        reading = replace(reading, currency=currency[0], start=currency[1])
    modifier = _MODIFIER_RE.search(text, max(0, reading.start - 20), reading.start)
    if modifier:
        approx, bound = MODIFIERS[re.sub(r"\s+", " ", modifier.group().strip().lower())]
        reading = replace(reading, start=modifier.start(), approx=approx, bound=bound)
    return reading


def _read_right(text: str, reading: Reading) -> Reading:
    reading = _read_range(text, reading)
    pos = reading.end
    if reading.currency:
        return _read_money(text, reading)
    if pos < len(text) and text[pos] == "-":
        return _read_hyphenated(text, reading)
    glued = unit_at(text, pos, glued=True) if pos < len(text) and text[pos].isalpha() else None
    if glued:
        return _with_compound(text, replace(reading, unit=glued[0], end=glued[1]))
    if pos < len(text) and text[pos].isalpha():
        return replace(reading, hyphenated=True)  # "3D", "4x4": not an amount
    money = currency_after(text, pos)
    if money:
        return replace(reading, currency=money[0], end=money[1])
    spaced = unit_at(text, pos)
    if spaced and not (is_short_form(text[pos : spaced[1]].strip()) and reading.value is None):
        reading = replace(reading, unit=spaced[0], end=spaced[1])
        return _read_alt(text, reading)
    return reading


def _read_range(text: str, reading: Reading) -> Reading:
    match = _RANGE_RE.match(text, reading.end)
    if not match or reading.value is None:
        return reading
    between = _BETWEEN_RE.search(text, max(0, reading.start - 12), reading.start)
    if text[reading.end : match.start(1)].strip() == "and" and between is None:
        return reading  # "20 and 30" is a range only after "between"
    parsed = numeral_value(match.group(1))
    if parsed is None or parsed[0] <= reading.value:
        return reading
    start = between.start() if between else reading.start
    return replace(
        reading, start=start, end=match.start(1) + parsed[1], numeral_end=match.start(1) + parsed[1],
        low=reading.value, high=parsed[0], value=None,
    )  # fmt: skip


def _read_money(text: str, reading: Reading) -> Reading:
    value = reading.value
    abbr = _SCALE_ABBR_RE.match(text, reading.end)
    if abbr and value is not None:
        value *= SCALE_ABBREVIATIONS[abbr.group(1).lower()]
        return replace(reading, value=value, end=abbr.end())
    return reading


def _read_hyphenated(text: str, reading: Reading) -> Reading:
    """ "54-year-old", "10-mile", "24-hour", "20,000-strong"; other compounds are not amounts."""
    pos = reading.end
    strong = _STRONG_RE.match(text, pos)
    if strong:
        return replace(reading, compound="strong", end=strong.end())
    unit = unit_at(text, pos + 1, glued=True)
    if unit is None:
        return replace(reading, hyphenated=True)
    return _with_compound(text, replace(reading, unit=unit[0], end=unit[1]))


def _with_compound(text: str, reading: Reading) -> Reading:
    match = _COMPOUND_RE.match(text, reading.end)
    if match:
        return replace(reading, compound=match.group(1).lower(), end=match.end())
    return reading


_ALT_RE = re.compile(rf"\s*\(\s*(?:about\s+|around\s+|some\s+)?({NUMERAL})")
_CLOSE_RE = re.compile(r"\s*\)")
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def _read_alt(text: str, reading: Reading) -> Reading:
    """A conversion in brackets right after the amount: "55 km (35 miles)"."""
    match = _ALT_RE.match(text, reading.end)
    if not match or reading.unit is None:
        return reading
    alt = read_numeral(text, match.start(1))
    if alt is None or alt.unit is None or alt.unit.dimension != reading.unit.dimension:
        return reading
    close = _CLOSE_RE.match(text, alt.end)
    return replace(reading, end=close.end()) if close else reading
