"""What the event exports share: each event with its record, place, sentence and country."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsledger.events.actors import Country, actor_table
from newsledger.events.build import focus_country
from newsledger.facts import Facts
from newsledger.model import Certainty, Event, Place, Record

ALL_CERTAINTIES: frozenset[Certainty] = frozenset(
    {"reported", "claimed", "hedged", "denied", "proposed", "conditional"}
)
# what happened by the report's account; denied, proposed and conditional events did not
HAPPENED: frozenset[Certainty] = frozenset({"reported", "claimed", "hedged"})


@dataclass(frozen=True, slots=True)
class Located:
    record: Record
    index: int  # the event's index in record.events
    event: Event
    place: Place | None
    sentence: str
    country: Country | None  # of the place, else of the article's focus


def events_of(records: Iterable[Record], certainties: frozenset[Certainty] = HAPPENED) -> Iterator[Located]:
    """Every event of every record whose certainty is wanted, in record order."""
    table = actor_table()
    for record in records:
        article = record.article
        if article is None:
            continue
        focus = focus_country(Facts(places=record.places))
        default = table.country(focus) if focus else None
        for index, event in enumerate(record.events):
            if event.certainty not in certainties:
                continue
            place = record.places[event.place] if event.place is not None else None
            text = article.section_text(event.caption)
            yield Located(
                record=record,
                index=index,
                event=event,
                place=place,
                sentence=event.sentence_span.of(text),
                country=(table.by_code(place.country_code) if place else None) or default,
            )
