"""One event, one record: repeats of the same happening in one sentence are merged.

- A withdrawal told twice ("If Russia implements its withdrawal from the area, it would be its
  biggest retreat"): withdrawals and retreats of one sentence with compatible actors, place,
  date and certainty are one event; "Non-violent transfer of territory" is kept over "Change
  to group/activity", then the stronger trigger, and the merged event keeps the other's actors,
  place and date where its own are missing. A capture and a liberation are two happenings, and
  so is one retreat as two sources tell it ("Russia claimed it had completed the retreat ..., but
  Ukrainians painted a picture of a chaotic retreat"): each keeps its asserter and toll, and takes
  the other's actors, place and date where its own are missing (it is one withdrawal, across the
  Dnipro, by Russia's forces). Two sources telling one happening apart are two claims: a source's
  account told as plain report becomes "claimed", as the outlet endorses neither.
- A weapon that a clause of its own describes ("missiles being transported by trucks",
  "rockets that were moved to the border") is that clause's event, not a second one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsledger.events.lexicon import lexicon, phrase_key
from newsledger.events.territory import RETREATS
from newsledger.model import Event

PREFERENCE = (  # of two readings of one withdrawal, the first listed is kept
    "Non-violent transfer of territory", "Change to group/activity",
)  # fmt: skip
UNSURE = frozenset({"proposed", "conditional", "denied"})


def merge_repeats(events: Sequence[Event], doc: Doc) -> list[Event]:
    """The sentence's events with repeats of one happening merged (see the module docstring)."""
    kept = [e for e in events if not _described(e, events, doc)]
    out: list[Event] = []
    for event in sorted(kept, key=_rank):
        twin = next((i for i, e in enumerate(out) if _same(e, event, doc)), None)
        if twin is None:
            out.append(event)
        else:
            out[twin] = _fill(out[twin], event)
    out = [_told_twice(e, out, doc) for e in out]
    order = {id(e): i for i, e in enumerate(events)}
    return sorted(out, key=lambda e: order.get(id(e), len(order)))


def _rank(event: Event) -> tuple[int, float]:
    preference = PREFERENCE.index(event.sub_type) if event.sub_type in PREFERENCE else len(PREFERENCE)
    return preference, -event.confidence


def _token(event: Event, doc: Doc) -> Token | None:
    chars = doc.char_span(event.trigger_span.start, event.trigger_span.end, alignment_mode="expand")
    return chars.root if chars is not None and len(chars) else None


def _territorial(event: Event, doc: Doc) -> bool:
    if event.sub_type == PREFERENCE[0]:
        return True
    token = _token(event, doc)
    return event.sub_type == PREFERENCE[1] and token is not None and token.lemma_.lower() in RETREATS


def _same(a: Event, b: Event, doc: Doc) -> bool:
    if a.asserted_by != b.asserted_by:
        return False  # one retreat as two sources tell it is two claims to weigh
    if (a.certainty in UNSURE) != (b.certainty in UNSURE):
        return False
    return _one_withdrawal(a, b, doc)


def _one_withdrawal(a: Event, b: Event, doc: Doc) -> bool:
    if not (_territorial(a, doc) and _territorial(b, doc)):
        return False
    return all(
        x is None or y is None or x == y
        for x, y in ((_sides(a)[1], _sides(b)[1]), (a.place, b.place), (a.date, b.date))
    )


def _sides(event: Event) -> tuple[str | None, str | None]:
    """(who takes the ground, who withdraws): a transfer names the taker first, as ACLED does; a
    retreat told as a change of activity names only who withdraws, as its actor1."""
    if event.sub_type == PREFERENCE[0]:
        return event.actor1, event.actor2
    return event.actor2, event.actor1


def _told_twice(event: Event, events: Sequence[Event], doc: Doc) -> Event:
    """The event with what another source's telling of the same withdrawal adds (not its toll), as a
    claim when it was a plain report."""
    other = next(
        (e for e in events if e.asserted_by != event.asserted_by and _one_withdrawal(event, e, doc)), None
    )
    if other is None:
        return event
    filled = _fill(event, dataclasses.replace(other, fatalities=None))
    if filled.certainty != "reported" or filled.asserted_by == "outlet":
        return filled  # the outlet's own account stays its report
    return dataclasses.replace(filled, certainty="claimed")


def _fill(kept: Event, other: Event) -> Event:
    (taker, leaver), (other_taker, other_leaver) = _sides(kept), _sides(other)
    taker, leaver = taker or other_taker, leaver or other_leaver
    actor1, actor2 = (taker, leaver) if kept.sub_type == PREFERENCE[0] else (leaver, taker)
    return dataclasses.replace(
        kept,
        actor1=actor1,
        actor2=actor2,
        place=kept.place if kept.place is not None else other.place,
        date=kept.date if kept.date is not None else other.date,
        time_precision=kept.time_precision if kept.date is not None else other.time_precision,
        fatalities=kept.fatalities if kept.fatalities is not None else other.fatalities,
    )


def _described(event: Event, events: Sequence[Event], doc: Doc) -> bool:
    """A weapon noun whose own relative or participle clause holds another event of the sentence."""
    token = _token(event, doc)
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if (
        phrase_key(token.lemma_) not in lexicon().instruments
        and phrase_key(token.lower_) not in lexicon().instruments
    ):
        return False
    clauses = {c.i for c in token.children if c.dep_ in ("acl", "relcl")}
    for other in events:
        found = _token(other, doc) if other is not event else None
        if found is not None and ({found.i} | {a.i for a in found.ancestors}) & clauses:
            return True
    return False
