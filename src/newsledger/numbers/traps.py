"""Digits that are not amounts: links, phone numbers, sports scores, clock times, codes and labels.

`not_amounts(text)` gives the spans to leave alone; the quantity scanner skips any numeral inside
one. Years and calendar dates are found by the temporal scanner and excluded by the stage.
"""

from __future__ import annotations

import re

_LINK = r"(?:https?://|www\.)\S+|\S+@\S+\.\w+"
# Digit groups with a leading +, 0 or (area code); `not_amounts` asks for eight digits in all.
_PHONE = r"(?<![\w.,])(?:\+\d{1,3}[\s.-]?|\(\d{1,5}\)\s?|0)\d{1,5}(?:[\s.-]\d{2,5}){1,4}(?![\w,])"
_CLOCK = (
    r"(?<![\w.,])\d{1,2}(?:[:.]\d{2})?(?:\s?(?:-|–|to)\s?\d{1,2}(?:[:.]\d{2})?)?"
    r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock)"
    r"|(?<![\w.,])\d{1,2}:\d{2}(?![\d])(?:\s?(?:GMT|UTC|BST|CET|EET|EEST|MSK|ET|EST|local time))?"
    r"|(?<![\w.,])\d{4}\s?(?:GMT|UTC|hrs)\b"
)
_SCORE_WORDS = (
    r"won|win|wins|winning|beat|beats|beating|lost|lose|loses|losing|defeat(?:ed|s)?|victory|draw|drew|drawn|"
    r"score(?:d|s)?|lead|led|leads|trail(?:ed|ing)?|thrash(?:ed|ing)?|rout(?:ed)?|vote[sd]?|voting"
)
_SCORE_PAIR = r"\d{1,3}\s?[-–]\s?\d{1,3}(?![\d%])"
_SCORE = (
    rf"(?i:\b(?:{_SCORE_WORDS})\b(?:\s+\S+){{0,3}}?\s+({_SCORE_PAIR}))"
    rf"|(?i:(?<![\w.,])({_SCORE_PAIR})\s+(?:win|victory|defeat|draw|lead|loss|vote|thrashing)\b)"
)
# Labels that name a thing by number: "Article 5", "Flight 17", "Brigade 63", "Route 66", "Day 261".
_LABEL = (
    r"(?i:\b(?:article|section|chapter|page|paragraph|clause|resolution|route|highway|flight|room|no\.?|"
    r"number|brigade|battalion|division|regiment|corps|army|unit|level|grade|phase|stage|category|round|"
    r"gate|platform|terminal|block|apartment|seat|channel|version|season|episode|volume|vol\.|issue|"
    r"model|mk|tier|zone|district|sector|bus)"
    r"\s+(\d+))"
)
_WHOLE = re.compile(f"{_LINK}|{_CLOCK}")
_PHONE_RE = re.compile(_PHONE)
_DIGITS_ONLY = (re.compile(_SCORE), re.compile(_LABEL))  # these exclude only their digits


def not_amounts(text: str) -> list[tuple[int, int]]:
    """Spans of `text` whose digits are not amounts."""
    spans = [m.span() for m in _WHOLE.finditer(text)]
    spans += [m.span() for m in _PHONE_RE.finditer(text) if sum(c.isdigit() for c in m.group()) >= 8]
    for regex in _DIGITS_ONLY:
        for match in regex.finditer(text):
            group = next(i for i in range(1, (regex.groups or 0) + 1) if match.group(i))
            spans.append(match.span(group))
    return spans
