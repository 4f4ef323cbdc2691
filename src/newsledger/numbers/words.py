"""Numerals: digits ("170,000", "1.5 million"), number words ("twenty-five", "a dozen") and vague amounts.

`NUMERAL` is a regular expression for one numeral in running text; `numeral_value` reads the value
of its match. Number words are read by a small state machine so that a run of words that is not one
number ("one two") is cut at the first word that does not continue it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsledger.model import Bound

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# Abbreviated scales, read only where a currency sign makes them unambiguous ("$5m" but "100m" = metres).
SCALE_ABBREVIATIONS = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}

_WORD = "|".join([*TENS, *SMALL, *SCALES, "dozen"])
_SCALE = "|".join([*SCALES, "dozen"])
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDS = (
    rf"(?:(?:half\s+an?|an?)\s+(?=(?:{_SCALE})\b))?"
    rf"(?:{_WORD})(?:(?:\s+and\s+|\s+|-)(?:{_WORD}))*"
)
# One numeral. The look-behinds keep codes ("F-16", "MiG-29"), decimals and digit groups whole; the
# look-ahead leaves ordinals ("63rd") and decades ("1990s") alone.
NUMERAL = (
    rf"(?<![\w.,/])(?<![A-Za-z]-)"
    rf"(?:(?>{_DIGITS})(?!(?:st|nd|rd|th|'?s)\b)(?:\s+(?:{_SCALE})\b)?|(?i:{_WORDS})\b)"
)
NUMERAL_RE = re.compile(NUMERAL)


@dataclass(frozen=True, slots=True)
class Vague:
    """A vague amount: "dozens" is at least 24, "a few" is 2 to 6."""

    low: float | None
    high: float | None
    bound: Bound | None


VAGUE = {
    "a few": Vague(2, 6, None),
    "a couple of": Vague(2, 3, None),
    "a handful of": Vague(2, 5, None),
    "several": Vague(3, 9, None),
    "dozens": Vague(24, None, "min"),
    "scores": Vague(40, None, "min"),
    "hundreds": Vague(200, None, "min"),
    "thousands": Vague(2000, None, "min"),
    "tens of thousands": Vague(20_000, None, "min"),
    "hundreds of thousands": Vague(200_000, None, "min"),
    "millions": Vague(2e6, None, "min"),
    "billions": Vague(2e9, None, "min"),
}
# Longest first so "tens of thousands" wins over "thousands".
VAGUE_RE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(map(re.escape, VAGUE), key=len, reverse=True)) + r")(?![\w-])"
)


_DIGITS_RE = re.compile(_DIGITS)
_SCALE_AFTER_RE = re.compile(rf"\s+({_SCALE})\b", re.IGNORECASE)
_PIECE = re.compile(r"(half\s+an?|an?|[a-z]+)(\s+and\s+|\s+|-|$)", re.IGNORECASE)


def numeral_value(text: str, pos: int = 0) -> tuple[float, int] | None:
    """The value of the numeral at `pos` in `text` and how many characters it uses."""
    match = _DIGITS_RE.match(text, pos)
    if match:
        value = float(match.group().replace(",", ""))
        end = match.end()
        scale = _SCALE_AFTER_RE.match(text, end)
        if scale:
            word = scale.group(1).lower()
            value *= 12 if word == "dozen" else SCALES[word]
            end = scale.end()
        return value, end - pos
    return _words_value(text, pos)


def _words_value(text: str, start: int) -> tuple[float, int] | None:
    """Read number words with a state machine; stop where the words stop forming one number."""
    total, current, used, last = 0.0, 0.0, 0, ""
    pos = start
    while piece := _PIECE.match(text, pos):
        word = " ".join(piece.group(1).lower().split())
        if not _step(word, last):
            break
        total, current = _apply(word, total, current)
        last, used, pos = word, piece.end(1) - start, piece.end()
        if not piece.group(2):
            break
    if not last or last in {"a", "an", "half a", "half an"}:
        return None
    return total + current, used


def _step(word: str, last: str) -> bool:
    """Whether `word` may follow `last` inside one number ("twenty" "five", "two" "hundred")."""
    opener = {"a", "an", "half a", "half an"}
    if word in opener:
        return not last
    if word in SMALL:
        return last in {"", *SCALES} or (last in TENS and 0 < SMALL[word] < 10)
    if word in TENS:
        return last in {"", *SCALES}
    if word in SCALES or word == "dozen":
        if last in SCALES or last == "dozen":
            return SCALES.get(last, 12.0) < SCALES.get(word, 12.0)
        return True
    return False


def _apply(word: str, total: float, current: float) -> tuple[float, float]:
    if word in {"a", "an"}:
        return total, 1.0
    if word in {"half a", "half an"}:
        return total, 0.5
    if word in SMALL:
        return total, current + SMALL[word]
    if word in TENS:
        return total, current + TENS[word]
    if word == "dozen":
        return total, (current or 1.0) * 12
    if word == "hundred":
        return total, (current or 1.0) * 100
    return total + (current or 1.0) * SCALES[word], 0.0
