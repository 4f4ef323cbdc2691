"""When an event happened: a time of the times stage attached to it, else the report's date.

- A time whose phrase attaches to the trigger's clause wins ("its forces were driven back from
  Kyiv in March": March); a time inside another clause belongs to that clause's event ("an area
  Putin proclaimed annexed a month ago" dates the annexation, not the withdrawal around it).
- Else the nearest time of the sentence's main clause ("Russia's troops today withdrew").
- A background event, told in the perfect ("Having been forced to retreat from Kyiv", "had
  captured the city", but not the shifted past of reported speech: "claimed it had completed
  the retreat"), keeps only a time of its own clause: without one its date is unknown, never
  the publication date.
- Else the publication date, at a coarser ACLED `time_precision`. Day precision -> 1, a week or
  a range of up to 7 days -> 2, coarser -> 3 (the range's first day). A night is one day at
  precision 1: the evening it begins ("last night"), or the morning it ends ("overnight").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from spacy.tokens import Doc, Token

from newsledger.events.arguments import attachment, head_of, targets_of
from newsledger.model import TimeRef

USABLE = ("date", "present_ref")
PERFECT = frozenset({"having", "had", "'d"})


def choose_time(
    times: Sequence[TimeRef], doc: Doc, trigger: Token, clause: Token, *, own_only: bool = False
) -> tuple[TimeRef | None, bool]:
    """(the event's time or None, whether the event is background: no publication date for it).

    `own_only`: only a time of the trigger's own clause counts, as for an event proposed or imagined
    ("officials briefing last week said they do not expect Ukraine to begin an offensive": last week
    is when they said it)."""
    targets = targets_of(trigger, clause)
    attached: list[tuple[int, TimeRef]] = []
    main: list[tuple[int, TimeRef]] = []
    for time in times:
        head = head_of(doc, time.span)
        if not time.start or time.type not in USABLE or head is None:
            continue
        distance = abs(head.i - trigger.i)
        if attachment(head, targets) is not None:
            attached.append((distance, time))
        elif attachment(head, {head.sent.root.i}) is not None:
            main.append((distance, time))
    if attached:
        return min(attached, key=lambda p: p[0])[1], False
    if background(trigger):
        return None, True
    return (min(main, key=lambda p: p[0])[1] if main and not own_only else None), False


def background(trigger: Token) -> bool:
    """Told in the perfect: "Having been forced to retreat", "had captured", "had been driven out"."""
    current = trigger
    for _ in range(6):
        perfect = {c.lower_ for c in current.children if c.dep_ in ("aux", "auxpass")} & PERFECT
        if current.pos_ in ("VERB", "AUX") and perfect:
            # "Russia claimed it had completed the retreat": reported speech shifts the past back
            return "having" in perfect or current.dep_ != "ccomp"
        if current.dep_ not in ("xcomp", "conj", "pobj", "prep", "dobj", "compound", "amod", "nsubjpass"):
            return False
        current = current.head
    return False


def date_of(time: TimeRef | None, published: str | None) -> tuple[str | None, int]:
    """(ISO date, ACLED time_precision) of the event."""
    if time is None or time.start is None:
        return published, 2 if published else 3
    if time.precision == "day" and time.end in (None, time.start):
        return time.start, 1
    days = _days(time.start, time.end)
    if time.precision == "day" and days == 1:  # a night: "last night", "Friday night", "overnight"
        return _night(time), 1
    return time.start, 2 if days is not None and days <= 7 else 3


def _night(time: TimeRef) -> str | None:
    """The one day of a night: the evening it begins ("last night", "Friday night"), but for a
    night told as "overnight" the morning it ends: the report is written the day after it (a
    bridge "destroyed overnight" in a report of 11 November fell on the 11th)."""
    return time.end if "overnight" in time.text.lower() else time.start


def _days(start: str, end: str | None) -> int | None:
    try:
        return (date.fromisoformat(end or start) - date.fromisoformat(start)).days
    except ValueError:
        return None
