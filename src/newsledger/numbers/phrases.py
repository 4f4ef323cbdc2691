"""Quantities in one parsed section: amounts read from the text, tied to the noun and verb they count.

`find_quantities(doc, text, exclude)` scans the section for numerals, vague amounts ("dozens of")
and claims of zero ("without losing a single soldier"), reads each amount (`numbers.amounts`),
and keeps it when it measures something: a unit, a currency, an age, or a plural noun it counts.
Numerals that name things ("63 brigade", "Route 66"), scores, phone numbers, links and "one of the"
are left alone; the caller excludes dates and years.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from newsledger.model import Normalized, Quantity
from newsledger.model import Span as TextSpan
from newsledger.numbers.amounts import Reading, read_numeral, read_vague
from newsledger.numbers.counts import (
    DIMENSION_COUNTS,
    OBJECT_COUNTS,
    bare_count,
    counted,
    is_age_of,
    is_person,
    lemma,
)
from newsledger.numbers.nouns import (
    counted_phrase,
    entity_text,
    is_plural,
    label_before,
    noun_after,
    phrase_after,
    token_at,
)
from newsledger.numbers.traps import not_amounts
from newsledger.numbers.units import iso_duration
from newsledger.numbers.words import NUMERAL_RE, VAGUE_RE

_ZERO_RE = re.compile(
    r"\b(?:without|not|never)\s+(?:[a-z]+ing\s+)?(?:even\s+)?a\s+single\s+[a-z]+"
    r"|\bno\s+(?:casualties|deaths|fatalities|injuries)\b"
    r"|\b(?:no[\s-]one|nobody)\b",
    re.IGNORECASE,
)
_OFFSET_AFTER = re.compile(r"\s+(?:ago|later|earlier|from\s+now|hence)\b", re.IGNORECASE)
_YEARS_OLD = re.compile(r"\s+old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"(?i)(?:\baged?|\bage\s+of)\s+$")
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+)\s*[,(]\s*$")
_DEFINITE_ONE = re.compile(r"\b(?:the|this|that|which|any|each|every|no)\s+$", re.IGNORECASE)
_NOT_COUNTED = frozenset({"side", "time"})  # "the two sides" (the belligerents), "hundreds of times"


@dataclass(frozen=True, slots=True)
class _Section:
    doc: Doc
    text: str


def find_quantities(doc: Doc, text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in the section (`text` is `doc.text`), in text order; spans index `text`."""
    section = _Section(doc, text)
    blocked = [*exclude, *not_amounts(text)]
    out: list[Quantity] = []
    done = 0
    for kind, start, end in _candidates(text):
        if start < done or any(s < end and start < e for s, e in blocked):
            continue
        quantity = _build(section, kind, start, end)
        if quantity is not None and not any(
            s < quantity.span.end and quantity.span.start < e for s, e in blocked
        ):
            out.append(quantity)
            done = quantity.span.end
    return out


def _candidates(text: str) -> list[tuple[str, int, int]]:
    found = [("zero", m.start(), m.end()) for m in _ZERO_RE.finditer(text)]
    found += [("vague", m.start(), m.end()) for m in VAGUE_RE.finditer(text)]
    found += [("numeral", m.start(), m.end()) for m in NUMERAL_RE.finditer(text)]
    return sorted(found, key=lambda f: (f[1], -f[2]))


def _build(section: _Section, kind: str, start: int, end: int) -> Quantity | None:
    if kind == "zero":
        return _zero(section, start, end)
    reading = read_vague(section.text, start, end) if kind == "vague" else read_numeral(section.text, start)
    if reading is None or reading.hyphenated:
        return None
    if reading.currency:
        code = reading.currency
        normal = Normalized(value=reading.value, unit=code) if reading.value is not None else None
        return _quantity(section, reading, unit=code, currency=code, counts="money", normalized=normal)
    if reading.unit is not None:
        return _measure(section, reading)
    if reading.compound == "strong":  # "a 20,000-strong force"
        return _quantity(section, reading, counts="troops", unit="person")
    return _count(section, reading)


def _quantity(section: _Section, reading: Reading, *, end: int | None = None, **fields: object) -> Quantity:
    span = TextSpan(reading.start, reading.end if end is None else end)
    values: dict[str, object] = {
        "value": reading.value, "approx": reading.approx, "bound": reading.bound, "low": reading.low,
        "high": reading.high, **fields,
    }  # fmt: skip
    return Quantity(span=span, text=span.of(section.text), **values)  # type: ignore[arg-type]


def _measure(section: _Section, reading: Reading) -> Quantity | None:
    unit = reading.unit
    assert unit is not None
    if unit.dimension == "time":
        return _time_measure(section, reading)
    normal = None
    if reading.value is not None and unit.si and unit.factor is not None:
        normal = Normalized(value=round(reading.value * unit.factor, 6), unit=unit.si)
    of = phrase_after(section.doc, section.text, reading.end) if reading.compound else None
    counts = DIMENSION_COUNTS.get(unit.dimension, unit.dimension)
    return _quantity(section, reading, unit=unit.name, counts=counts, normalized=normal, of=of)


def _time_measure(section: _Section, reading: Reading) -> Quantity | None:
    """Durations ("eight months") and ages ("54-year-old", "85 years old"); not offsets ("a month ago")."""
    text, unit = section.text, reading.unit
    assert unit is not None
    if _OFFSET_AFTER.match(text, reading.end):
        return None
    old = _YEARS_OLD.match(text, reading.end)
    if reading.compound == "old" or old:
        noun = noun_after(section.doc, text, reading.end)
        if old or is_age_of(noun, unit.name):
            who = entity_text(noun) if noun is not None and not old else None
            end = old.end() if old else reading.end
            return _quantity(section, reading, end=end, unit=unit.name, counts="age", of=who)
    duration = iso_duration(reading.value, unit.name) if reading.value is not None else None
    normal = None
    if reading.value is not None and unit.factor is not None:
        normal = Normalized(value=reading.value * unit.factor, unit="s")
    of = phrase_after(section.doc, text, reading.end) if reading.compound else None
    return _quantity(
        section, reading, unit=unit.name, counts="duration", duration=duration, normalized=normal, of=of
    )


def _count(section: _Section, reading: Reading) -> Quantity | None:
    """A bare number: an age after a name ("Nadiia Nizarenko, 85"), or a count of the noun it modifies."""
    age = _age(section, reading)
    if age is not None:
        return age
    if label_before(section.doc, section.text, reading.start):
        return None  # "Route 66", "Patriot 125"
    if _DEFINITE_ONE.search(section.text, max(0, reading.start - 8), reading.start) and reading.value == 1:
        return None  # "the one supporting Bush", "each one": a pronoun, not a count
    phrase = counted_phrase(section.doc, reading.numeral_end, vague=reading.value is None)
    if phrase is None:
        return _bare_count(section, reading)
    noun, end = phrase
    word = lemma(noun)
    if word in _NOT_COUNTED or (
        reading.value not in {None, 1} and reading.low is None and not is_plural(noun)
    ):
        return None  # "the two sides", "hundreds of times"; "63 brigade" names a unit
    if reading.value == 1 and not (is_person(noun) or word in OBJECT_COUNTS):
        return None  # "one option would be", "one reason": not a count
    counts, unit = counted(noun)
    of = section.text[reading.numeral_end : end].strip()
    of = of[3:] if of.lower().startswith("of ") else of
    return _quantity(section, reading, end=end, unit=unit, counts=counts, of=of or None)


def _bare_count(section: _Section, reading: Reading) -> Quantity | None:
    """ "injuring 14", "the death toll rose to 52": a number alone, counted by its verb."""
    number = token_at(section.doc, reading.numeral_end - 1)
    counts = bare_count(number) if number is not None and number.like_num else None
    if counts is None:
        return None
    return _quantity(section, reading, unit="person", counts=counts)


def _age(section: _Section, reading: Reading) -> Quantity | None:
    """ "Nadiia Nizarenko, 85.", "aged 54", "aged five to 18": a person's age in years."""
    text, value = section.text, reading.value
    before = text[max(0, reading.start - 40) : reading.start]
    if _AGE_BEFORE.search(before) and (value or reading.high or 0) < 125:
        return _quantity(section, reading, unit="year", counts="age")
    if value is None or not value.is_integer() or not 0 < value < 125 or reading.approx:
        return None
    after = text[reading.end : reading.end + 5]
    if not (after[:1] in {"", ",", ".", ";", ")"} or after.startswith((" (", " and "))):
        return None
    name = _NAME_BEFORE.search(before)
    if not name:
        return None
    token = token_at(section.doc, reading.start - len(before) + name.start(1))
    if token is None or token.pos_ != "PROPN" or token.ent_type_ not in {"PERSON", ""}:
        return None
    return _quantity(section, reading, unit="year", counts="age", of=entity_text(token))


def _zero(section: _Section, start: int, end: int) -> Quantity | None:
    """ "without losing a single soldier", "no casualties", "no one was hurt": zero, never one."""
    noun = token_at(section.doc, end - 1)
    if noun is None:
        return None
    counts, unit = counted(noun)
    if noun.lower_ in {"one", "nobody"}:  # "no one was killed": zero only of what the verb did
        found = bare_count(noun)
        if found is None:
            return None
        counts, unit = found, "person"
    span = TextSpan(start, end)
    return Quantity(span=span, text=span.of(section.text), value=0, unit=unit, counts=counts, of=noun.text)
