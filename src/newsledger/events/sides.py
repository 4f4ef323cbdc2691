"""The two sides of an article's war: a battle whose sentence names one side is fought against the other.

ACLED codes every battle with two actors; news names the side that acted ("Ukrainian forces liberated
Kherson", "heavy fighting as Moscow's troops struggled") and leaves the other to the reader. When the
article's events name exactly two armed sides more than once each (the dyad: "Military Forces of
Russia" and "Military Forces of Ukraine"), a battle with one of them as actor1 and no actor2 gets the
other as actor2, and one with a side as actor2 and no actor1 the other as actor1 ("areas retaken from
Russian forces"). A unit counts as its country's forces ("Military Forces of Ukraine (National
Guard)"). Other event types keep what their sentences say: a shelling's target may be civilians.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence

from newsledger.events.actors import inter_of
from newsledger.events.taxonomy import taxonomy
from newsledger.model import Event

ARMED_INTER = frozenset({1, 2, 3})  # state forces, rebels, political militias
MIN_MENTIONS = 2


def side_of(name: str | None) -> str | None:
    """The side an armed actor fights on: its name without a unit ("... of Ukraine (National Guard)")."""
    if not name or inter_of(name) not in ARMED_INTER or name.startswith(("Government of", "Police Forces")):
        return None
    return name.split(" (", 1)[0]


def dyad(events: Sequence[Event]) -> tuple[str, str] | None:
    """The article's two armed sides, when exactly two are named in its events more than once."""
    counts = Counter(s for e in events for s in (side_of(e.actor1), side_of(e.actor2)) if s)
    sides = [side for side, n in counts.items() if n >= MIN_MENTIONS]
    return (sides[0], sides[1]) if len(sides) == 2 else None


def with_opponents(events: Sequence[Event]) -> list[Event]:
    """Each battle with one side of the article's dyad as actor1 and no actor2, against the other."""
    pair = dyad(events)
    if pair is None:
        return list(events)
    out = []
    for event in events:
        if taxonomy().type_of(event.sub_type) == "Battles":
            event = _against(event, pair)
        out.append(event)
    return out


def _against(event: Event, pair: tuple[str, str]) -> Event:
    """One side named and the other slot empty: the other side fills it ("areas retaken from Russian
    forces": retaken by Ukraine's)."""
    first, second = side_of(event.actor1), side_of(event.actor2)
    if event.actor2 is None and first in pair:
        return dataclasses.replace(event, actor2=pair[1] if first == pair[0] else pair[0])
    if event.actor1 is None and second in pair:
        return dataclasses.replace(event, actor1=pair[1] if second == pair[0] else pair[0])
    return event
