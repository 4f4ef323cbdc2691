"""Exports of the record: pure functions from an iterable of `Record` to rows, features or lines.

acled     ACLED-style CSV rows (ACLED's column names), one an event
geojson   a GeoJSON FeatureCollection of the located events
jsonl     events as JSON Lines, one an event, with the document id
"""
