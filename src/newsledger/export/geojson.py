"""GeoJSON: a FeatureCollection of the located events (a place with coordinates), one Point a feature.

Properties carry `latitude`/`longitude` again (for tools that read properties only), the ACLED
type and sub-type, the actors, who asserts the event and how sure, the document id, the
sentence and the place. Coordinates are `[longitude, latitude]`, as GeoJSON requires.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from newsledger.export._events import HAPPENED, events_of
from newsledger.model import Certainty, Record


def feature_collection(
    records: Iterable[Record], *, certainties: frozenset[Certainty] = HAPPENED
) -> dict[str, Any]:
    features = []
    for item in events_of(records, certainties):
        place, event = item.place, item.event
        if place is None or place.lat is None or place.lon is None:
            continue
        properties = {
            "latitude": place.lat,
            "longitude": place.lon,
            "event_type": event.type,
            "sub_event_type": event.sub_type,
            "type": event.sub_type,
            "actor1": event.actor1,
            "actor2": event.actor2,
            "asserted_by": event.asserted_by,
            "certainty": event.certainty,
            "date": event.date,
            "time_precision": event.time_precision,
            "fatalities": event.fatalities,
            "location": place.name or place.text,
            "country_code": place.country_code,
            "doc_id": item.record.doc_id,
            "event_index": item.index,
            "trigger": event.trigger,
            "sentence": " ".join(item.sentence.split()),
        }
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}
