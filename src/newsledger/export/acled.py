"""ACLED-style CSV: ACLED's column names, one row an event, safe to open in a spreadsheet and in Datasette.

`acled_rows` gives dicts of strings keyed by `COLUMNS`; `write_acled_csv` writes them with the
csv module (UTF-8, a header row). Text cells that a spreadsheet would run as a formula (starting
with = + - @, a tab or a carriage return) get a leading apostrophe; numeric columns are written
as numbers. Only events that happened by the report's account (reported, claimed, hedged) are
exported unless `certainties` says otherwise; the certainty and who asserts the event go to
`tags`, the sentence and its provenance to `notes`.

One row a happening, as ACLED codes it: the mentions of one document that agree on type,
actors, location, date and asserter ("Ukraine liberated Kherson" in the lead, a caption and the
body) are one row, the first mention's, with the largest toll of them and `mentions=N` in
`tags`. `mentions=True` gives one row a mention instead. Different asserters stay apart: Russia's
account of a withdrawal and Ukraine's are two claims to weigh.

Values: `event_id_cnty` is the ISO alpha-3 code, the first 10 hex digits of the document hash
and the event's index; `time_precision` and `geo_precision` follow ACLED (1 exact ... 3 coarse);
`inter1`/`inter2` are ACLED's actor codes (1 state forces, 2 rebels, 3 political militias,
4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external forces) and
`interaction` joins them, lower first ("17"); `timestamp` is the publication date at 00:00 UTC.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from itertools import groupby
from typing import TextIO

from newsledger.events.actors import inter_of
from newsledger.events.taxonomy import taxonomy
from newsledger.export._events import HAPPENED, Located, events_of
from newsledger.model import Certainty, Record

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip
SAME_HAPPENING = ("event_date", "sub_event_type", "actor1", "actor2", "location")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMERIC = frozenset(
    {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "latitude", "longitude"}
    | {"geo_precision", "fatalities", "timestamp"}
)
EXACT_PLACES = frozenset(
    {"city", "town", "village", "neighbourhood", "neighborhood", "building", "landmark", "bridge"}
)
NEAR_PLACES = frozenset({"district", "admin2", "county", "river", "island", "facility", "square", "street"})


def safe_cell(value: str) -> str:
    """A text cell a spreadsheet shows as text: formulas get a leading apostrophe."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value


def acled_rows(
    records: Iterable[Record], *, certainties: frozenset[Certainty] = HAPPENED, mentions: bool = False
) -> Iterator[dict[str, str]]:
    """One row a happening (see the module docstring), or one a mention with `mentions=True`."""
    items = events_of(records, certainties)
    if mentions:
        rows: Iterable[dict[str, str]] = (_row(item) for item in items)
    else:  # a document at a time: the export streams however large the store
        rows = (row for _, told in groupby(items, key=lambda i: i.record.doc_id) for row in _happenings(told))
    for row in rows:
        yield {k: (v if k in NUMERIC else safe_cell(v)) for k, v in row.items()}


def write_acled_csv(
    records: Iterable[Record],
    out: TextIO,
    *,
    certainties: frozenset[Certainty] = HAPPENED,
    mentions: bool = False,
) -> int:
    """Write the header and the rows; returns the number of rows. Open `out` with newline=""."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    count = 0
    for row in acled_rows(records, certainties=certainties, mentions=mentions):
        writer.writerow(row)
        count += 1
    return count


def _happenings(items: Iterable[Located]) -> list[dict[str, str]]:
    """A row for each happening of one document: the first mention's, with the largest toll."""
    merged: dict[tuple[str, ...], tuple[dict[str, str], int]] = {}
    for item in items:
        row = _row(item)
        key = (*(row[k] for k in SAME_HAPPENING), item.event.asserted_by)
        first, count = merged.get(key, (row, 0))
        if _toll(row) > _toll(first):
            first = {**first, "fatalities": row["fatalities"]}
        merged[key] = (first, count + 1)
    return [
        {**row, "tags": f"{row['tags']}; mentions={count}"} if count > 1 else row
        for row, count in merged.values()
    ]


def _toll(row: dict[str, str]) -> int:
    return int(row["fatalities"]) if row["fatalities"] else -1


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _row(item: Located) -> dict[str, str]:
    event, place, country, record = item.event, item.place, item.country, item.record
    article = record.article
    country_name = country.name if country else None
    inter1, inter2 = inter_of(event.actor1, country_name), inter_of(event.actor2, country_name)
    codes = sorted(c for c in (inter1, inter2) if c is not None)
    interaction = "".join(map(str, codes)) if len(codes) == 2 else (f"{codes[0]}0" if codes else "")
    sha = record.doc_id.removeprefix("sha256:")[:10]
    return {
        "event_id_cnty": f"{country.iso3 if country else 'XXX'}-{sha}-{item.index}",
        "event_date": _text(event.date),
        "year": event.date[:4] if event.date else "",
        "time_precision": str(event.time_precision),
        "disorder_type": taxonomy().sub_types[event.sub_type].disorder_type,
        "event_type": event.type,
        "sub_event_type": event.sub_type,
        "actor1": _text(event.actor1),
        "assoc_actor_1": "",
        "inter1": _text(inter1),
        "actor2": _text(event.actor2),
        "assoc_actor_2": "",
        "inter2": _text(inter2),
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if inter2 == 7 else "",
        "iso": str(country.iso) if country else "",
        "region": country.region if country else "",
        "country": _text(country_name),
        "admin1": _text(place.admin1 if place else None),
        "admin2": "",
        "admin3": "",
        "location": _text(place and (place.name or place.text)),
        "latitude": _text(place.lat if place else None),
        "longitude": _text(place.lon if place else None),
        "geo_precision": _geo_precision(
            place.feature if place else None, place is not None and place.lat is not None
        ),
        "source": _text(article.outlet if article else None),
        "source_scale": "",
        "notes": _notes(item),
        "fatalities": _text(event.fatalities),
        "tags": _tags(item),
        "timestamp": _timestamp(article.published if article else None),
    }


def _geo_precision(feature: str | None, located: bool) -> str:
    if not located:
        return ""
    if feature in EXACT_PLACES:
        return "1"
    return "2" if feature in NEAR_PLACES else "3"


def _notes(item: Located) -> str:
    sentence = " ".join(item.sentence.split())
    return f"{sentence} [trigger: {item.event.trigger}; document {item.record.doc_id}]"


def _tags(item: Located) -> str:
    event = item.event
    tags = [f"certainty={event.certainty}", f"asserted_by={event.asserted_by}"]
    if event.fatalities is not None and event.fatalities_bound:
        tags.append(f"fatalities={'at least' if event.fatalities_bound == 'min' else 'at most'}")
    return "; ".join(tags)


def _timestamp(published: str | None) -> str:
    if not published:
        return ""
    try:
        day = datetime.fromisoformat(published[:10]).replace(tzinfo=UTC)
    except ValueError:
        return ""
    return str(int(day.timestamp()))
