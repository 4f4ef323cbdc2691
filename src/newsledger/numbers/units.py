"""Units of measure and currencies: how news text writes them, and their SI (or ISO) normal form.

`unit_at(text, pos)` finds the unit written at `pos` ("square kilometres", "km", "%", "miles");
`currency_before(text, pos)` finds a currency sign or code just before a numeral ("$", "US$", "£").
Currencies keep their own ISO code: without exchange rates the normal form of "£3m" is 3,000,000 GBP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Unit:
    name: str  # the unit as written, canonically: "mile", "km2", "%", "month"
    dimension: str  # length, area, mass, volume, time, speed, percent, currency, power
    si: str | None  # the normal form's unit: km, km2, kg, m3, s, km/h, USD, ...
    factor: float | None  # value * factor = value in `si`; None when there is no fixed factor


# name | dimension | SI unit | factor to it | spellings (a unit may take several rows)
_TABLE = """
km    | length | km  | 1 | kilometres, kilometers, kilometre, kilometer, kms, km
m     | length | km  | 0.001 | metres, meters, metre, meter, m
cm    | length | km  | 0.00001 | centimetres, centimeters, centimetre, centimeter, cm
nautical mile| length | km  | 1.852 | nautical miles, nautical mile
mile  | length | km  | 1.609344 | miles, mile, mi
ft    | length | km  | 0.0003048 | feet, foot, ft
yd    | length | km  | 0.0009144 | yards, yard, yd
km2   | area   | km2 | 1 | square kilometres, square kilometers, sq km, sq. km, sq kms, km2, km²
km2   | area   | km2 | 1 | square kilometre, square kilometer
mi2   | area   | km2 | 2.589988110336 | square miles, square mile, sq miles, sq mi, sq. miles, mi2, mi²
m2    | area   | km2 | 0.000001 | square metres, square meters, square metre, square meter, sq m, m2, m²
ft2   | area   | km2 | 0.00000009290304 | square feet, square foot, sq ft, sq. ft, ft2, ft²
ha    | area   | km2 | 0.01 | hectares, hectare, ha
acre  | area   | km2 | 0.0040468564224 | acres, acre
kg    | mass   | kg  | 1 | kilograms, kilogrammes, kilogram, kilos, kg
t     | mass   | kg  | 1000 | tonnes, tonne, tons, ton, metric tons
lb    | mass   | kg  | 0.45359237 | lbs, lb, pounds, pound
bcm   | volume | m3  | 1000000000 | billion cubic metres, billion cubic meters, bcm
l     | volume | m3  | 0.001 | litres, liters, litre, liter
m3    | volume | m3  | 1 | cubic metres, cubic meters, cubic metre, cubic meter, m3, m³
barrel| volume | m3  | 0.158987294928 | barrels, barrel
gal   | volume | m3  | 0.003785411784 | gallons, gallon
km/h  | speed  | km/h| 1 | kilometres per hour, kilometers per hour, km/h, kph
mph   | speed  | km/h| 1.609344 | miles per hour, mph
MW    | power  | W   | 1000000 | megawatts, megawatt, mw
GW    | power  | W   | 1000000000 | gigawatts, gigawatt, gw
%     | percent| -   | - | percentage points, per cent, percent, %
s     | time   | s   | 1 | seconds, second, secs, sec
min   | time   | s   | 60 | minutes, minute, mins
h     | time   | s   | 3600 | hours, hour, hrs
day   | time   | s   | 86400 | days, day
week  | time   | s   | 604800 | weeks, week
month | time   | -   | - | months, month
year  | time   | -   | - | years, year, yrs
decade| time   | -   | - | decades, decade
century| time   | -   | - | centuries, century
"""


def _read_table() -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    for line in _TABLE.strip().splitlines():
        name, dimension, si, factor, spellings = (cell.strip() for cell in line.split("|"))
        unit = Unit(name, dimension, None if si == "-" else si, None if factor == "-" else float(factor))
        for spelling in spellings.split(", "):
            units[spelling] = unit
    return units


UNITS = _read_table()

# Units that read only as units: short forms that are common words elsewhere need a digit before them.
_SHORT = {"m", "mi", "ft", "yd", "km", "kms", "kg", "lb", "lbs", "ha", "t", "cm", "mw", "gw", "sec", "secs"}
_UNIT_RE = re.compile(
    r"(?:" + "|".join(re.escape(s) for s in sorted(UNITS, key=len, reverse=True)) + r")(?![\w²])",
    re.IGNORECASE,
)

_SCALE_NOT_METRES = re.compile(r"\s*(?:years?|people|dollars|pounds|euros)\b")
ISO_DURATION = {"s": "S", "min": "M", "h": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
_YEARS_IN = {"decade": 10, "century": 100}


def unit_at(text: str, pos: int, *, glued: bool = False) -> tuple[Unit, int] | None:
    """The unit written at `pos` (after optional spaces) and where it ends.

    `glued` says the numeral touches the unit ("10km", "60mile"); short forms such as "m" are only
    units when glued or after a space following digits, and never at the start of a longer word.
    """
    start = pos
    while start < len(text) and text[start] in " \u00a0":
        start += 1
    if glued and start != pos:
        return None
    match = _UNIT_RE.match(text, start)
    if not match:
        return None
    spelling = match.group().lower()
    if spelling == "m" and _SCALE_NOT_METRES.match(text, match.end()):
        return None  # "2m people": a scale, not metres
    return UNITS[spelling], match.end()


def is_short_form(spelling: str) -> bool:
    return spelling.lower() in _SHORT


def iso_duration(value: float, unit: str) -> str | None:
    """ISO 8601 for `value` `unit`s: (8, "month") -> "P8M", (5, "h") -> "PT5H"."""
    number = f"{value:g}"
    if unit in _YEARS_IN:
        return f"P{value * _YEARS_IN[unit]:g}Y"
    if unit not in ISO_DURATION:
        return None
    if unit in {"s", "min", "h"}:
        return f"PT{number}{ISO_DURATION[unit]}"
    return f"P{number}{ISO_DURATION[unit]}"


CURRENCY_SIGNS = {
    "US$": "USD", "$": "USD", "£": "GBP", "€": "EUR", "₴": "UAH", "₽": "RUB", "¥": "JPY", "₹": "INR",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "euros": "EUR",
    "euro": "EUR", "roubles": "RUB", "rubles": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "hryvnas": "UAH",
    "yuan": "CNY", "yen": "JPY", "rupees": "INR", "francs": "CHF",
}  # fmt: skip
CURRENCY_CODES = {"USD", "GBP", "EUR", "UAH", "RUB", "JPY", "CNY", "INR", "CHF", "CAD", "AUD"}
_SIGN_RE = re.compile(r"(US\$|\$|£|€|₴|₽|¥|₹|(?:" + "|".join(CURRENCY_CODES) + r")\s?)$")
# "Egyptian pounds" are not sterling: a nationality before the word names another currency.
NATIONAL_CURRENCIES = {
    "egyptian pounds": "EGP", "lebanese pounds": "LBP", "syrian pounds": "SYP", "sudanese pounds": "SDG",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "swiss francs": "CHF", "russian roubles": "RUB", "russian rubles": "RUB",
    "ukrainian hryvnias": "UAH", "chinese yuan": "CNY", "japanese yen": "JPY", "indian rupees": "INR",
}  # fmt: skip
_WORD_RE = re.compile(
    r"\s*(" + "|".join([*NATIONAL_CURRENCIES, *CURRENCY_WORDS]) + r")\b(?!\s+of\b)", re.IGNORECASE
)


def currency_before(text: str, pos: int) -> tuple[str, int] | None:
    """The currency written right before `pos` ("$", "US$", "£", "EUR ") and where it starts."""
    match = _SIGN_RE.search(text[max(0, pos - 4) : pos])
    if not match:
        return None
    sign = match.group(1).strip()
    return CURRENCY_SIGNS.get(sign, sign), pos - len(match.group(1))


def currency_after(text: str, pos: int) -> tuple[str, int] | None:
    """A currency named right after `pos` ("5 million dollars"); not "pounds of", "weighing ... pounds"."""
    match = _WORD_RE.match(text, pos)
    if not match:
        return None
    if match.group(1).lower().startswith("pound") and re.search(r"(?i)\bweigh", text[max(0, pos - 40) : pos]):
        return None
    word = " ".join(match.group(1).lower().split())
    return NATIONAL_CURRENCIES.get(word) or CURRENCY_WORDS[word], match.end()
