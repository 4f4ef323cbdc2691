"""The seed's record, checked by hand once, guards against regressions.

Regenerate only with `pytest tests/test_golden.py --update-golden` and a reviewed diff.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsledger.ingest import raw_from_bytes
from newsledger.pipeline import Pipeline

GOLDEN = Path(__file__).parent / "golden" / "seed.json"


def test_seed_record_matches_the_hand_checked_golden_record(seed_bytes: bytes, update_golden: bool) -> None:
    record = Pipeline().process(raw_from_bytes(seed_bytes, "examples/dailymail-2022-11-11-kherson.txt"))
    produced = json.dumps(record.to_json(), ensure_ascii=False, indent=1) + "\n"
    if update_golden:
        GOLDEN.write_text(produced, encoding="utf-8")
    assert GOLDEN.exists(), "no golden record: run with --update-golden and review it"
    expected = json.loads(GOLDEN.read_text(encoding="utf-8"))
    actual = json.loads(produced)
    for key in expected:  # one key at a time, so a failure names the stage that moved
        assert actual[key] == expected[key], f"record field {key!r} changed"


def test_every_span_in_the_seed_record_slices_to_its_text(seed_bytes: bytes) -> None:
    record = Pipeline().process(raw_from_bytes(seed_bytes, "seed.txt"))
    assert record.article is not None
    items = [*record.entities, *record.places, *record.times, *record.quantities, *record.claims]
    for item in items:
        assert item.span.of(record.article.section_text(item.caption)) == item.text, item
    for quote in record.quotes:
        text = record.article.section_text(quote.caption)
        assert quote.content_span.of(text) == quote.text or quote.content_spans, quote
        if quote.speaker.span is not None:
            assert quote.speaker.span.of(text) == quote.speaker.text
    for event in record.events:
        text = record.article.section_text(event.caption)
        assert event.trigger_span.of(text) == event.trigger
        assert event.sentence_span.contains(event.trigger_span)
