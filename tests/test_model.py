"""The record schema: JSON round trip, span rules, public API."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsledger
from newsledger.model import (
    Article,
    Caption,
    Cue,
    Event,
    Normalized,
    Place,
    Quantity,
    Quote,
    Record,
    Source,
    Span,
    Speaker,
)


def sample_record() -> Record:
    text = "Peskov said Kherson remains Russian."
    return Record(
        doc_id="sha256:00",
        source=Source(uri="x.txt", content_type="text/plain", bytes=36),
        article=Article(
            text=text, paragraphs=(Span(0, 36),), captions=(Caption(text="A caption", image=None),)
        ),
        quotes=(
            Quote(
                span=Span(0, 35),
                content_span=Span(12, 35),
                text=text[12:35],
                kind="indirect",
                speaker=Speaker(name="Dmitry Peskov", text="Peskov", span=Span(0, 6)),
                cue=Cue(text="said", span=Span(7, 11), stance="neutral"),
            ),
        ),
        places=(Place(span=Span(12, 19), text="Kherson", name="Kherson", lat=46.6, lon=32.6),),
        quantities=(
            Quantity(
                span=Span(0, 2),
                text="Pe",
                value=None,
                unit=None,
                counts=None,
                normalized=Normalized(value=1.0, unit="km"),
            ),
        ),
        events=(
            Event(
                type="Battles",
                sub_type="Armed clash",
                trigger="said",
                trigger_span=Span(7, 11),
                sentence_span=Span(0, 36),
                place=0,
            ),
        ),
    )


def test_record_round_trips_through_json() -> None:
    record = sample_record()
    data = json.loads(json.dumps(record.to_json()))
    assert Record.from_json(data) == record


def test_record_json_starts_with_schema_and_writes_spans_as_pairs() -> None:
    data = sample_record().to_json()
    assert next(iter(data)) == "schema"
    assert data["schema"] == "newsledger/1"
    assert data["quotes"][0]["span"] == [0, 35]
    assert data["places"][0]["lat"] == 46.6


def test_span_refuses_negative_or_reversed_bounds() -> None:
    with pytest.raises(ValueError, match="bad span"):
        Span(5, 2)
    with pytest.raises(ValueError, match="bad span"):
        Span(-1, 2)


@given(st.integers(0, 50), st.integers(0, 50), st.integers(0, 50), st.integers(0, 50))
def test_span_overlap_is_symmetric_and_containment_implies_overlap(a: int, b: int, c: int, d: int) -> None:
    x, y = Span(min(a, b), max(a, b)), Span(min(c, d), max(c, d))
    assert x.overlaps(y) == y.overlaps(x)
    if x.contains(y) and len(y):
        assert x.overlaps(y)


def test_public_api_is_small_and_complete() -> None:
    assert set(newsledger.__all__) == {"Pipeline", "Record", "__version__", "process"}
    for name in newsledger.__all__:
        assert hasattr(newsledger, name)
