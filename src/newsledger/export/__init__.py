"""Exports of the record: pure functions from an iterable of `Record` to rows, features or lines.

acled     ACLED-style CSV rows (ACLED's column names), one a happening (or one a mention)
geojson   a GeoJSON FeatureCollection of the located events
jsonl     events as JSON Lines, one an event, with the document id
claims    claims as schema.org `Claim` items in JSON-LD

`write(format, records, out)` is what `newsledger export` calls.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from newsledger.model import Record


def write(
    format: str, records: Iterable[Record], out: TextIO, *, all_events: bool = False, mentions: bool = False
) -> int:
    """Write `records` to `out` in `format`; returns how many items (rows, features, lines) it wrote.
    `mentions`: the ACLED CSV gets a row for every mention, not one for each happening."""
    from newsledger.export._events import ALL_CERTAINTIES, HAPPENED

    certainties = ALL_CERTAINTIES if all_events else HAPPENED
    if format == "acled-csv":
        from newsledger.export.acled import write_acled_csv

        return write_acled_csv(records, out, certainties=certainties, mentions=mentions)
    if format == "geojson":
        from newsledger.export.geojson import feature_collection

        collection = feature_collection(records, certainties=certainties)
        json.dump(collection, out, ensure_ascii=False)
        out.write("\n")
        return len(collection["features"])
    if format == "jsonl":
        from newsledger.export.jsonl import event_lines

        return _lines(event_lines(records), out)
    if format == "records":
        return _lines((json.dumps(r.to_json(), ensure_ascii=False) for r in records), out)
    if format == "claims-jsonld":
        from newsledger.export.claims import json_ld

        document = json_ld(records)
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.write("\n")
        return len(document["@graph"])
    raise ValueError(f"unknown export format {format!r}")


def _lines(lines: Iterable[str], out: TextIO) -> int:
    count = 0
    for line in lines:
        out.write(line + "\n")
        count += 1
    return count
