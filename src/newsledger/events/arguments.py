"""Where, when and how many dead: an event's place, date and fatalities from the other stages.

- Place: a place of the places stage in the event's sentence and section, never one in the
  role "actor" ("Moscow said"). A place whose phrase attaches to the trigger's clause through a
  preposition ("in", "near", "outside", "of") or as its object wins; among those the finest
  (village before city before region before country), then the nearest. A place in another
  clause (the capital that announces a strike, the visit's destination) is not where the
  event happened: the event gets no place.
- Date: a time of the times stage in the sentence, the nearest to the trigger; else the
  publication date at a coarser ACLED `time_precision`. Day precision -> 1, a week or a range
  of up to 7 days -> 2, coarser -> 3 (the range's first day).
- Fatalities: quantities counting the killed in the sentence, summed; a lower or upper bound
  ("at least", "up to") is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Token

from newsledger.model import Bound, Place, Quantity, Span, TimeRef

LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "outside", "inside", "on", "into", "across", "around", "from", "of", "to",
    "towards", "toward", "throughout", "along", "within", "over", "between", "through", "off", "by",
    "beyond", "behind", "north", "south", "east", "west", "close", "onto", "past", "among", "amid",
})  # fmt: skip
FEATURE_RANK = {
    "building": 0, "landmark": 0, "facility": 0, "bridge": 0, "square": 0, "street": 0,
    "neighbourhood": 1, "neighborhood": 1, "district": 2, "village": 1, "town": 1, "city": 2,
    "island": 3, "river": 3, "admin2": 3, "county": 3, "region": 4, "admin1": 4, "province": 4,
    "state": 4, "country": 6, "continent": 7,
}  # fmt: skip
MAX_PATH = 10
OBJECT_DEPS = frozenset({"dobj", "pobj", "npadvmod", "appos", "compound", "nsubjpass"})
REPORTING = frozenset({
    "say", "tell", "report", "announce", "quote", "confirm", "state", "add", "claim", "accord",
})  # fmt: skip
PLACE_NOUNS = frozenset({
    "city", "town", "village", "province", "region", "district", "capital", "area", "state", "county",
    "neighbourhood", "neighborhood", "border", "north", "south", "east", "west",
})  # fmt: skip


def head_of(doc: Doc, span: Span) -> Token | None:
    """The syntactic head of a character span of the doc (its token whose head lies outside)."""
    chars = doc.char_span(span.start, span.end, alignment_mode="expand")
    return chars.root if chars is not None and len(chars) else None


def _path_to(token: Token, targets: set[int]) -> tuple[int, bool] | None:
    """(steps, through a locative preposition) walking up from a place to the trigger's clause."""
    steps, locative = 0, False
    current = token
    while steps < MAX_PATH:
        if current.i in targets:
            return steps, locative
        if current.dep_ == "prep" and current.lower_ in LOCATIVE_PREPS:
            locative = True
        if current.dep_ in ("relcl", "ccomp", "advcl", "parataxis") and steps:
            return None  # the place sits in another clause
        if current.head.i == current.i:
            return None
        current = current.head
        steps += 1
    return None


def _reporting(token: Token) -> bool:
    """A place in the source of the report: "according to a source in Damascus", "police in X said"."""
    current = token
    while current.head.i != current.i:
        head = current.head
        if current.lower_ == "according" or head.lower_ == "according":
            return True
        if head.lemma_.lower() in REPORTING and current.dep_ in ("nsubj", "dobj", "dative", "prep", "agent"):
            return True
        if current.dep_ == "poss" and head.pos_ != "PROPN" and head.lemma_.lower() not in PLACE_NOUNS:
            return True  # "Iran's foreign minister", "Kabul's police chief"
        current = head
    return False


def choose_place(
    places: Sequence[tuple[int, Place]],
    doc: Doc,
    trigger: Token,
    clause: Token,
    excluded: set[int],
    taken: frozenset[int] = frozenset(),
) -> int | None:
    """The index (into the record's places) of where the event happened, or None.

    A place attached to the trigger's clause wins; else the finest place of the sentence that
    is not the source of the report, an actor's possessor, the actor itself, or `taken` (attached
    to another event of the sentence).
    """
    targets = {trigger.i, clause.i}
    current = trigger
    while current.i != clause.i and current.head.i != current.i:
        current = current.head
        targets.add(current.i)
    best: tuple[float, int] | None = None
    for index, place in places:
        if place.role == "actor":
            continue
        head = head_of(doc, place.span)
        if head is None or head.i in excluded or _reporting(head):
            continue
        path = _path_to(head, targets)
        attached = path is not None and (path[1] or head.dep_ in OBJECT_DEPS)
        if not attached and index in taken:
            continue
        tier = 0 if attached else 1
        rank = FEATURE_RANK.get(place.feature or "", 2)  # unresolved names are mostly small places
        key = tier * 100 + rank * 3 + (path[0] if path else 0) + abs(head.i - trigger.i) / 100
        if best is None or key < best[0]:
            best = (key, index)
    return None if best is None else best[1]


def attached_places(places: Sequence[tuple[int, Place]], doc: Doc, trigger: Token, clause: Token) -> set[int]:
    """The places whose phrase attaches to this trigger's clause."""
    targets = {trigger.i, clause.i} | {t.i for t in trigger.ancestors if clause in t.subtree}
    found = set()
    for index, place in places:
        head = head_of(doc, place.span)
        path = _path_to(head, targets) if head is not None else None
        if head is not None and path is not None and (path[1] or head.dep_ in OBJECT_DEPS):
            found.add(index)
    return found


def choose_time(times: Sequence[TimeRef], trigger_start: int) -> TimeRef | None:
    usable = [t for t in times if t.start and t.type in ("date", "present_ref")]
    return min(usable, key=lambda t: abs(t.span.start - trigger_start), default=None)


def date_of(time: TimeRef | None, published: str | None) -> tuple[str | None, int]:
    """(ISO date, ACLED time_precision) of the event."""
    if time is None or time.start is None:
        return published, 2 if published else 3
    if time.precision == "day" and time.end in (None, time.start):
        return time.start, 1
    days = _days(time.start, time.end)
    return time.start, 2 if days is not None and days <= 7 else 3


def _days(start: str, end: str | None) -> int | None:
    try:
        return (date.fromisoformat(end or start) - date.fromisoformat(start)).days
    except ValueError:
        return None


def fatalities_of(quantities: Sequence[Quantity]) -> tuple[int | None, Bound | None]:
    """Sum of the killed counted in the sentence, with the bound if any count has one."""
    total, bound, found = 0, None, False
    for q in quantities:
        if q.counts != "killed":
            continue
        value = q.value if q.value is not None else q.low
        if value is None:
            continue
        total += int(value)
        found = True
        bound = bound or q.bound or ("min" if q.value is None else None)
    return (total, bound) if found else (None, None)
