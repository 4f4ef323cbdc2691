"""Temporal expressions in a parsed section: the text scan, minus the false friends the parse shows.

"May" the modal, "March" the verb, "June" a name, "2000 troops", "a year" in "twice a year", "one
day" the idiom, "54-year-old Larysa" (an age), "Arab Spring": each is dropped here, so the times
stage and the quantities stage see the same expressions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsledger.numbers.counts import is_age_of
from newsledger.numbers.nouns import token_at
from newsledger.temporal.amounts import unit_name
from newsledger.temporal.fallback import odd_dates
from newsledger.temporal.scan import Mention, scan

_AMBIGUOUS_MONTHS = re.compile(r"^(?:March|May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$")
_INDEFINITE_NIGHT = {"one", "that", "every", "each", "a", "same", "another", "any", "some"}
_GENERIC_BEFORE = {"at", "by"}
ABSOLUTE_KINDS = frozenset({"iso_date", "numeric_date", "date", "year", "decade", "parsed"})
DURATION_KINDS = frozenset({"duration", "aged"})


@functools.lru_cache(maxsize=32)
def _scan(text: str) -> tuple[Mention, ...]:
    return tuple(scan(text))


def clear_cache() -> None:
    """Forget scanned texts (to time the stages as they run on a new article)."""
    _scan.cache_clear()


def find_mentions(doc: Doc, text: str) -> list[Mention]:
    """The section's temporal expressions (`text` is `text`) that the parse confirms, in text order."""
    out = []
    dropped = []
    for mention in _scan(text):
        check = _CHECKS.get(mention.kind)
        kept = check(doc, text, mention) if check else mention
        if kept is not None:
            out.append(kept)
        else:
            dropped.append(mention)
    added, replaced = odd_dates(doc, out, dropped)
    if not added:
        return out
    return sorted([*(m for m in out if m not in replaced), *added], key=lambda m: m.start)


def _word(doc: Doc, text: str, mention: Mention, part: str) -> Token | None:
    """The token of `part` (a named part of the match) inside the mention."""
    at = text.find(part, mention.start, mention.end)
    return token_at(doc, at) if at >= 0 else None


def _next_token(doc: Doc, mention: Mention) -> Token | None:
    last = token_at(doc, mention.end - 1)
    return doc[last.i + 1] if last is not None and last.i + 1 < len(doc) else None


def _joined(text: str, mention: Mention, name: str) -> bool:
    """Whether a prefix word ("in", "since") or a modifier frames the expression."""
    value = mention.get(name) or ""
    return mention.modifier is not None or not text.startswith(value, mention.start)


def _check_month(doc: Doc, text: str, m: Mention) -> Mention | None:
    name = m.fields["month"]
    token = _word(doc, text, m, name)
    if token is not None and token.ent_type_ in {"PERSON", "ORG"}:
        return None  # "June Smith", "April Fools"
    framed = m.get("rel") or m.get("edge") or m.get("year") or _joined(text, m, "month")
    if _AMBIGUOUS_MONTHS.match(name) and not framed:
        return None
    if token is not None and token.pos_ in {"VERB", "AUX"}:
        return None  # "Russia may", "they march"
    return m


def _check_year(doc: Doc, text: str, m: Mention) -> Mention | None:
    if m.modifier or m.get("edge") or m.get("year2") or _joined(text, m, "year"):
        return m
    if int(m.fields["year"]) < 1800:
        return None  # a bare 1601 is a count far more often than a year
    nxt = _next_token(doc, m)
    if nxt is not None and (nxt.tag_ in {"NNS", "VBZ"} or (nxt.pos_ == "NOUN" and nxt.lower_ != nxt.lemma_)):
        return None  # "2000 troops" (or "tanks" misread as a verb)
    token = _word(doc, text, m, m.fields["year"])
    if token is not None and token.i > 0:
        before = doc[token.i - 1]
        if before.pos_ == "PROPN" and before.ent_type_ not in {"DATE", "GPE"}:
            return None  # "Euro 2024", "Vision 2030"
    return m


def _check_night(doc: Doc, text: str, m: Mention) -> Mention | None:
    """Keep "the night", "the first quiet night", "night fell"; mark nothing else as a date."""
    det = m.get("det")
    night_at = m.start + text[m.start : m.end].lower().rfind("night")
    if det:
        between = doc.char_span(m.start, night_at, alignment_mode="expand")
        words = list(between)[1:] if between is not None else []
        if all(t.pos_ == "ADJ" or t.tag_ in {"JJ", "JJS", "CD"} for t in words):
            return m
    token = token_at(doc, night_at)
    if token is None or token.ent_type_ in {"ORG", "PERSON", "WORK_OF_ART", "EVENT"}:
        return None
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    if before in _INDEFINITE_NIGHT or before == "the":
        return None
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ == "of":
        return None  # "the night of 10 November": the date says which
    return Mention(night_at, night_at + 5, "night", {}, m.modifier)


def generic_night(doc: Doc, m: Mention) -> bool:
    """ "night shelling", "at night": no particular night."""
    if m.get("det"):
        return False
    token = token_at(doc, m.start)
    if token is None:
        return True
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    compound = nxt is not None and (nxt.pos_ == "NOUN" or nxt.tag_ == "VBG")
    return compound or before in _GENERIC_BEFORE


def _check_season(doc: Doc, text: str, m: Mention) -> Mention | None:
    name = m.get("season") or m.get("season2") or ""
    token = _word(doc, text, m, name)
    if token is None:
        return m
    if name[0].isupper() and not token.is_sent_start:
        return None  # "Arab Spring", "Operation Winter Storm"
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if before in {"a", "hot"} and (nxt is None or nxt.pos_ != "NOUN"):
        return None  # "a spring", "hot springs"; but "a winter lull" is a time
    return None if before in {"each", "every"} else m


def _check_aged(doc: Doc, text: str, m: Mention) -> Mention | None:
    """ "the nine-month-old war" is a time; "54-year-old Larysa" is an age."""
    nxt = _next_token(doc, m)
    while nxt is not None and nxt.pos_ == "ADJ":
        nxt = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    noun = nxt if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} else None
    return None if is_age_of(noun, unit_name(m.get("unit") or "")) else m


def _check_duration(doc: Doc, text: str, m: Mention) -> Mention | None:
    count = " ".join((m.get("count") or "").lower().split())
    framed = m.get("mod") or text[m.start : m.start + 4].lower() == "for " or m.modifier
    before = text[max(0, m.start - 12) : m.start].lower()
    if count in {"a", "an"} and not (framed or re.search(r"\b(?:after|within|than|over)\s+$", before)):
        return None  # "twice a year", "a day"
    if count == "one" and not framed and (m.get("unit") or "").lower() in {"day", "night"}:
        return None  # "one day" the idiom
    if re.match(r"\s+old\b", text[m.end : m.end + 5]) or re.search(r"\b(?:aged?|age of)\s+$", before):
        return None  # an age
    return m


def _check_weekday(doc: Doc, text: str, m: Mention) -> Mention | None:
    """ "on a Saturday night", "every Monday": no particular day."""
    before = text[max(0, m.start - 6) : m.start].lower()
    return None if re.search(r"\b(?:a|every|each)\s+$", before) else m


def _check_name_part(doc: Doc, text: str, m: Mention) -> Mention | None:
    """ "USA TODAY", "Easter Island", "Christmas Island": a time word inside a name."""
    first = token_at(doc, m.start)
    last = token_at(doc, m.end - 1)
    if first is None or last is None:
        return m
    if first.ent_type_ in {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "GPE", "LOC"}:
        return None
    if first.text.isupper() and len(first.text) > 3 and first.i > 0 and doc[first.i - 1].pos_ == "PROPN":
        return None
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return None if nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() else m


_CHECKS: dict[str, Callable[[Doc, str, Mention], Mention | None]] = {
    "deictic": _check_name_part,
    "holiday": _check_name_part,
    "weekday": _check_weekday,
    "month": _check_month,
    "year": _check_year,
    "night": _check_night,
    "season": _check_season,
    "aged": _check_aged,
    "duration": _check_duration,
}
