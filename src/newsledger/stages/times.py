"""Temporal expressions resolved against the publication date.

Each section (body, then each caption) is scanned for temporal expressions (`temporal.find`),
and each is resolved (`temporal.resolve`) against the publication day, or, inside a direct quote,
against the day its speaker spoke when the article says it ("Zelensky, speaking last night, said
'today ...'"). The tense of the clause picks which "March" or "Thursday" is meant. Without a
publication date the expressions are kept with null start/end: a reference date is never invented.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from newsledger.analysis import Analysis
from newsledger.model import Span, TimeRef
from newsledger.numbers.nouns import token_at
from newsledger.temporal.amounts import unit_name
from newsledger.temporal.conflicts import war_start
from newsledger.temporal.find import ABSOLUTE_KINDS, DURATION_KINDS, find_mentions, generic_night
from newsledger.temporal.meaning import Context, Resolved
from newsledger.temporal.quotes import direct_quotes, speech_dates
from newsledger.temporal.resolve import resolve
from newsledger.temporal.scan import Mention
from newsledger.temporal.tense import Tense, direction, has_past_perfect, tense_at

_TENSED = frozenset({"month", "date", "weekday", "season", "holiday", "weekend", "early_hours", "parsed"})
_PAST = frozenset({"past", "past_perfect", "present_perfect"})
_NEAREST_VERB = frozenset({"season"})  # "were said to view ... over winter": the coming one
_SPEECH_KINDS = frozenset({"deictic", "weekday", "date", "iso_date", "early_hours"})


def extract_times(analysis: Analysis) -> tuple[TimeRef, ...]:
    published = publication_day(analysis.article.published)
    war = war_start(analysis.article.text, published)
    out: list[TimeRef] = []
    for section in analysis.sections:
        out += times_in(section.doc, published, war, caption=section.caption)
    return tuple(out)


def publication_day(published: str | None) -> date | None:
    """The ISO date at the start of `published` ("2022-11-11", "2022-11-11T08:00:00Z"), if valid."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def times_in(
    doc: Doc, published: date | None, war: date | None, *, caption: int | None = None
) -> list[TimeRef]:
    """The temporal expressions of one parsed section, resolved."""
    text = doc.text
    mentions = find_mentions(doc, text)
    base = {m: _resolve(doc, text, mentions, m, published, war) for m in mentions}
    refs = _quote_refs(text, base, published)
    out = []
    for mention in mentions:
        ref = refs.get(mention, published)
        resolved = base[mention] if ref == published else _resolve(doc, text, mentions, mention, ref, war)
        if resolved is not None:
            out.append(_time_ref(text, mention, resolved, caption))
    return out


def _resolve(
    doc: Doc, text: str, mentions: list[Mention], mention: Mention, ref: date | None, war: date | None
) -> Resolved | None:
    return resolve(mention, _context(doc, text, mentions, mention, ref, war))


def _context(
    doc: Doc, text: str, mentions: list[Mention], m: Mention, ref: date | None, war: date | None
) -> Context:
    """What the parse says about one expression: tense, past perfect, whether a duration runs to now."""
    tense: Tense = "none"
    if m.kind in _TENSED:
        tense = tense_at(doc, m.start, m.end, climb=m.kind not in _NEAREST_VERB)
    before = text[max(0, m.start - 4) : m.start].lower()
    return Context(
        ref=ref,
        direction=direction(tense),
        past_perfect=m.kind == "night" and has_past_perfect(doc, m.start, m.end),
        anchored=m.kind in DURATION_KINDS and _runs_to_ref(doc, text, mentions, m),
        war_start=war,
        rolling=before.endswith("the "),
        generic=m.kind == "night" and generic_night(doc, m),
    )


def _runs_to_ref(doc: Doc, text: str, mentions: list[Mention], m: Mention) -> bool:
    """Whether a duration ends at the reference day: "have lived here for eight months", "liberated
    after eight months of occupation"; not "would pledge not to join NATO for seven years", "a
    three-day visit", "was in the Eastern Cape for one month", "In 2014 the siege lasted ten days".
    """
    if m.kind == "aged":
        return True  # "the nine-month-old war": nine months old now
    if unit_name(m.get("unit") or "") in {"s", "min", "h"} or _modifies_noun(doc, m):
        return False
    if tense_at(doc, m.start, m.end, climb=False, steps=3) == "infinitive":
        return False  # "not to join NATO for seven years"
    tense = tense_at(doc, m.start, m.end)
    if tense in {"future", "conditional"} or _in_sentence(doc, mentions, m, ABSOLUTE_KINDS):
        return False
    before = text[max(0, m.start - 14) : m.start].lower()
    if re.search(r"\b(?:another|a further|an additional|further)\s+$", before):
        return False  # "after another five years": counted from some other time
    if re.search(r"\b(?:in|within)\s+$", before) and tense not in _PAST:
        return False  # "results are expected in seven days": ahead, not behind
    bounded_past = text[m.start : m.start + 4].lower() == "for " and tense in {"past", "past_perfect"}
    return not bounded_past or _in_sentence(doc, mentions, m, frozenset({"deictic", "present"}))


def _modifies_noun(doc: Doc, m: Mention) -> bool:
    """ "a three-day visit", "the 6.5 hour trip": the duration describes a thing, it is not a time."""
    last = token_at(doc, m.end - 1)
    i = last.i + 1 if last is not None else len(doc)
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1  # "ten years' probation"
    return i < len(doc) and doc[i].pos_ in {"NOUN", "ADJ", "PROPN"}


def _in_sentence(doc: Doc, mentions: list[Mention], m: Mention, kinds: frozenset[str]) -> bool:
    """Whether another expression of `kinds` shares the sentence ("In 2014 the siege lasted ten days")."""
    token = token_at(doc, m.start)
    if token is None:
        return False
    sent = token.sent
    return any(
        o is not m and o.kind in kinds and sent.start_char <= o.start < sent.end_char for o in mentions
    )


def _quote_refs(
    text: str, base: dict[Mention, Resolved | None], published: date | None
) -> dict[Mention, date]:
    """The speech day for expressions inside direct quotes whose speaking day the article gives."""
    if published is None:
        return {}
    quotes = direct_quotes(text)
    if not quotes:
        return {}
    dated = [
        (m.start, m.end, r.start)
        for m, r in base.items()
        if r is not None and r.start is not None and m.kind in _SPEECH_KINDS and r.precision == "day"
    ]
    spoken = speech_dates(text, quotes, dated)
    refs: dict[Mention, date] = {}
    for i, day in spoken.items():
        quote = quotes[i]
        for m in base:
            if quote.start <= m.start and m.end <= quote.end and day != published:
                refs[m] = day
    return refs


def _time_ref(text: str, m: Mention, r: Resolved, caption: int | None) -> TimeRef:
    span = Span(m.start, m.end)
    return TimeRef(
        span=span,
        text=span.of(text),
        type=r.type,
        start=r.start.isoformat() if r.start else None,
        end=r.end.isoformat() if r.end else None,
        precision=r.precision,
        approx=r.approx,
        duration=r.duration,
        modifier=r.modifier,
        caption=caption,
    )
