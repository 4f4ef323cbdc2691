"""Numbers that measure something, with what they count.

Each section is scanned for amounts (`numbers.phrases`): counts of people and things with what
happened to them ("more than 300 marines killed" -> killed), measures with their unit normalised
to SI ("60mile-wide" -> 96.56 km), money with its currency, ages and durations. Numerals inside
dates and times ("2014", "11 November", "a month ago") belong to the times stage; a duration is
a quantity only where the temporal scanner also reads it as one, so both stages agree.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from newsledger.analysis import Analysis
from newsledger.model import Quantity
from newsledger.numbers.phrases import find_quantities
from newsledger.temporal.find import DURATION_KINDS, find_mentions


def extract_quantities(analysis: Analysis) -> tuple[Quantity, ...]:
    out: list[Quantity] = []
    for section in analysis.sections:
        out += quantities_in(section.doc, caption=section.caption)
    return tuple(out)


def quantities_in(doc: Doc, *, caption: int | None = None) -> list[Quantity]:
    """The quantities of one parsed section, in text order."""
    text = doc.text
    mentions = find_mentions(doc, text)
    dates = [(m.start, m.end) for m in mentions if m.kind not in DURATION_KINDS]
    durations = [(m.start, m.end) for m in mentions if m.kind in DURATION_KINDS]
    out = []
    for quantity in find_quantities(doc, text, exclude=dates):
        span = quantity.span
        if quantity.counts == "duration" and not any(s < span.end and span.start < e for s, e in durations):
            continue
        out.append(quantity if caption is None else dataclasses.replace(quantity, caption=caption))
    return out
