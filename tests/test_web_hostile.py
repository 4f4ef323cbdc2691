"""Hostile strings in every extracted field reach the map, its popups and the timeline as text only.

The seed's hostile article (tests/test_web.py) covers the article, search and claim views;
this store holds a hand-built record whose place, event and quote strings are payloads,
so the map's markers, clusters, popups, filters and timeline are exercised too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsledger.model import Article, Cue, Event, Place, Quote, Record, Source, Span, Speaker
from newsledger.store.sqlite import SQLiteStore
from test_web import Site, Watch, browser, open_marker, open_view, page, screenshot, serve

pytestmark = [pytest.mark.browser, pytest.mark.slow]
__all__ = ["browser", "page"]  # fixtures used here, defined in test_web

PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'
AT = (46.6354, 32.6169)


def hostile_record() -> Record:
    """A record whose text and every string field carry script payloads, spans exact."""
    place_text = f"Kherson{PAYLOAD}"
    trigger = f"shelled{PAYLOAD}"
    sentence = f"Troops {trigger} {place_text} on 12 November."
    quoted = f"We will stay {PAYLOAD}"
    text = f"{sentence} '{quoted}', said Ivan {PAYLOAD} Petrov."
    place_at, trigger_at = text.index(place_text), text.index(trigger)
    content_at, said_at = text.index(quoted), text.index("said")
    speaker_at = text.index("Ivan")
    raw = text.encode()
    place = Place(
        span=Span(place_at, place_at + len(place_text)),
        text=place_text,
        name=f"Kherson {PAYLOAD}",
        gazetteer_id=f"geonames:{PAYLOAD}",
        lat=AT[0],
        lon=AT[1],
        country_code="UA",
        admin1=f"Oblast {PAYLOAD}",
        feature=f"city{PAYLOAD}",
        confidence=0.9,
    )
    event = Event(
        type=f"Battles{PAYLOAD}",
        sub_type=f"Armed clash {PAYLOAD}",
        trigger=trigger,
        trigger_span=Span(trigger_at, trigger_at + len(trigger)),
        sentence_span=Span(0, len(sentence)),
        actor1=f"Forces {PAYLOAD}",
        actor2=f"Civilians {PAYLOAD}",
        place=0,
        date="2022-11-12",
        asserted_by=f"outlet {PAYLOAD}",
    )
    speaker = text[speaker_at : text.index(" Petrov") + len(" Petrov")]
    quote = Quote(
        span=Span(content_at - 1, len(text) - 1),
        content_span=Span(content_at, content_at + len(quoted)),
        text=quoted,
        kind="direct",
        speaker=Speaker(name=speaker, text=speaker, span=Span(speaker_at, speaker_at + len(speaker))),
        cue=Cue(text="said", span=Span(said_at, said_at + 4), stance="neutral"),
    )
    return Record(
        doc_id="sha256:" + hashlib.sha256(raw).hexdigest(),
        source=Source(uri=f"test:{PAYLOAD}", content_type="text/plain", bytes=len(raw)),
        article=Article(
            text=text, title=f"Title {PAYLOAD}", outlet=f"Outlet {PAYLOAD}", published="2022-11-12"
        ),
        places=(place,),
        events=(event,),
        quotes=(quote,),
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    db: Path = tmp_path_factory.mktemp("web-hostile") / "hostile.db"
    record = hostile_record()
    store = SQLiteStore(db)
    store.write(record)
    store.close()
    process, base = serve(db)
    try:
        yield Site(base, hostile_id=record.doc_id)
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_the_hostile_record_spans_slice_its_text() -> None:
    record = hostile_record()
    text = record.article.text if record.article else ""
    assert all(p.span.of(text) == p.text for p in record.places)
    assert all(e.trigger_span.of(text) == e.trigger for e in record.events)
    assert all(q.content_span.of(text) == q.text for q in record.quotes)
    assert all(q.speaker.span and q.speaker.span.of(text) == q.speaker.text for q in record.quotes)


def test_hostile_strings_on_the_map_its_popups_and_timeline_run_nothing(
    hostile_site: Site, page: tuple[Any, Watch]
) -> None:
    tab, watch = page
    open_view(tab, f"{hostile_site.base}/#map?at={AT[0]},{AT[1]},8")
    tab.wait_for_function("() => document.getElementById('map-status').textContent.includes('1 event')")
    open_marker(tab, AT)
    popup = tab.wait_for_selector(".event-popup", timeout=5_000)
    assert PAYLOAD in popup.query_selector(".source-sentence").inner_text()
    assert PAYLOAD in popup.query_selector("mark.trigger").inner_text()
    screenshot(tab, "hostile-map")
    tab.click(".leaflet-popup-close-button")
    tab.get_by_role(
        "checkbox", name="Events", exact=True
    ).uncheck()  # the place's marker lies under the event's
    tab.locator(".pl-marker").first.click()
    assert PAYLOAD in tab.wait_for_selector(".place-popup", timeout=5_000).inner_text()
    for bar in tab.locator("#timeline .bin").all():
        bar.hover(force=True)
    assert PAYLOAD in tab.inner_text("#map-filters select[name=type]")
    open_view(tab, f"{hostile_site.base}/#article?doc={hostile_site.hostile_id}&event=0")
    for hover in tab.locator("#view-article .hl").all():
        hover.hover(force=True)
    assert PAYLOAD in tab.inner_text("#tooltip")
    assert tab.evaluate("typeof window.__pwned") == "undefined"
    injected = "main script, main img:not(.leaflet-marker-icon), main [onerror], #tooltip img"
    assert tab.locator(injected).count() == 0
    assert watch.dialogs == []
