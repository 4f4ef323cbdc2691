"""JSON Lines: one event a line, with its document id, its index in the record, its sentence and its place.

Every event is written, whatever its certainty (the field says it); spans index the event's
section (`caption` null: the article body).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from newsledger._codec import to_jsonable
from newsledger.export._events import ALL_CERTAINTIES, events_of
from newsledger.model import Certainty, Record


def event_lines(
    records: Iterable[Record], *, certainties: frozenset[Certainty] = ALL_CERTAINTIES
) -> Iterator[str]:
    """One JSON object a line (no newline): doc_id, event_index, the event's fields, sentence, place."""
    for item in events_of(records, certainties):
        line = {"doc_id": item.record.doc_id, "event_index": item.index, **to_jsonable(item.event)}
        line["sentence"] = item.sentence
        line["location"] = to_jsonable(item.place) if item.place is not None else None
        yield json.dumps(line, ensure_ascii=False, sort_keys=False)
