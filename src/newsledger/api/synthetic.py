"""Synthetic but realistic stores for the API's tests and its latency benchmark.

`synthetic_records` builds whole `Record`s (text, spans, quotes, places, events, claims)
whose spans slice their text exactly, so they go through `SQLiteStore.write` like real
ones. `bulk_event_store` inserts rows directly: 100,000 events in seconds, for the
benchmark. Both are deterministic for a given seed.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from newsledger.model import (
    Article,
    Claim,
    Cue,
    Event,
    Hedge,
    Place,
    Quantity,
    Quote,
    Record,
    Source,
    Span,
    Speaker,
    TimeRef,
)
from newsledger.store.sqlite import SQLiteStore

# name, gazetteer id, latitude, longitude, country, admin1
CITIES = (
    ("Kherson", "geonames:706448", 46.6558, 32.6178, "UA", "Kherson Oblast"),
    ("Mykolaiv", "geonames:700569", 46.9659, 31.9974, "UA", "Mykolaiv Oblast"),
    ("Kyiv", "geonames:703448", 50.4547, 30.5238, "UA", "Kyiv City"),
    ("Kharkiv", "geonames:706483", 49.9808, 36.2527, "UA", "Kharkiv Oblast"),
    ("Odesa", "geonames:698740", 46.4775, 30.7326, "UA", "Odesa Oblast"),
    ("Bakhmut", "geonames:711660", 48.5953, 37.9999, "UA", "Donetsk Oblast"),
    ("Moscow", "geonames:524901", 55.7522, 37.6156, "RU", "Moscow"),
)
SPEAKERS = (
    ("Dmitry Peskov", "Kremlin spokesman"),
    ("Volodymyr Zelensky", "Ukraine's president"),
    ("Mark Milley", "the top US general"),
    ("Valery Solovey", "a political scientist"),
)
# type, sub-type, trigger verb, certainty
EVENT_KINDS = (
    ("Battles", "Armed clash", "clashed near", "reported"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled", "reported"),
    ("Battles", "Government regains territory", "liberated", "claimed"),
    ("Protests", "Peaceful protest", "rallied in", "reported"),
)
# stance, cue
CUES = (("neutral", "said"), ("claim", "claimed"), ("insist", "insisted"), ("deny", "denied"))
STATEMENTS = (
    "There are no changes in this and there cannot be changes",
    "The retreat was completed without losing a single soldier",
    "Winter presents an opportunity for talks between the two sides",
    "The city will be rebuilt before the end of next year",
    "Six countries have agreed to provide security guarantees",
)
OUTLETS = ("Daily Mail", "Reuters", "The Guardian", "Kyiv Independent")
FORCES = ("Ukrainian forces", "Russian troops")


@dataclass(slots=True)
class _Text:
    """Appends pieces to a text and remembers each piece's span."""

    parts: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, piece: str) -> Span:
        self.parts.append(piece)
        self.size += len(piece)
        return Span(self.size - len(piece), self.size)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def synthetic_records(count: int, *, seed: int = 7, start: date = date(2022, 11, 1)) -> list[Record]:
    """Records n and n+28 report the same event (place, sub-type, date): corroboration to find."""
    rng = random.Random(seed)
    return [_record(i, rng, start + timedelta(days=(i % 28) * 2 + i // 56)) for i in range(count)]


def _record(n: int, rng: random.Random, day: date) -> Record:
    text = _Text()
    city = CITIES[n % len(CITIES)]
    kind = EVENT_KINDS[n % len(EVENT_KINDS)]
    sentence_start = text.size
    forces = text.add(FORCES[n % 2] + " ")
    trigger = text.add(kind[2])
    text.add(" ")
    place_span = text.add(city[0])
    text.add(" on ")
    time_span = text.add(day.isoformat())
    text.add(", officials said. ")
    sentence = Span(sentence_start, text.size - 1)
    quote, claim = _quote(n, rng, text)
    text.add(" ")
    amount = rng.randrange(2, 90)
    count_span = text.add(f"{amount} soldiers")
    text.add(" were killed in the fighting.")
    place = Place(
        span=place_span,
        text=city[0],
        name=city[0],
        gazetteer_id=city[1],
        lat=city[2],
        lon=city[3],
        country_code=city[4],
        admin1=city[5],
        feature="city",
        confidence=0.9,
    )
    event = Event(
        type=kind[0],
        sub_type=kind[1],
        trigger=kind[2],
        trigger_span=trigger,
        sentence_span=sentence,
        actor1="Military Forces of " + ("Ukraine" if forces.of(text.text).startswith("Ukr") else "Russia"),
        place=0,
        date=day.isoformat(),
        time_precision=1,
        certainty=kind[3],  # type: ignore[arg-type]
        confidence=0.8,
    )
    return _assemble(n, text.text, day, place, event, quote, claim, count_span, amount, time_span)


def _quote(n: int, rng: random.Random, text: _Text) -> tuple[Quote, Claim]:
    speaker, description = SPEAKERS[n % len(SPEAKERS)]
    stance, cue_word = CUES[rng.randrange(len(CUES))]
    statement = STATEMENTS[n % len(STATEMENTS)]
    start = text.add("'")
    content = text.add(statement)
    text.add("', ")
    cue = text.add(cue_word)
    text.add(" ")
    who = text.add(speaker)
    text.add(", ")
    text.add(description)
    hedge = text.add(", reportedly") if stance == "claim" else None
    end = text.add(".")
    quote = Quote(
        span=Span(start.start, end.end),
        content_span=content,
        text=statement,
        kind="direct",
        speaker=Speaker(name=speaker, text=speaker, span=who, description=description),
        cue=Cue(text=cue_word, span=cue, stance=stance),  # type: ignore[arg-type]
        hedges=(Hedge(text="reportedly", span=Span(hedge.start + 2, hedge.end), kind="source"),)
        if hedge
        else (),
    )
    hedge_word = None if stance == "neutral" else stance
    claim = Claim(
        text=statement, span=content, asserted_by=speaker, hedge=hedge_word, check_worthy=0.6, quote=0
    )
    return quote, claim


def _assemble(
    n: int,
    text: str,
    day: date,
    place: Place,
    event: Event,
    quote: Quote,
    claim: Claim,
    count_span: Span,
    amount: int,
    time_span: Span,
) -> Record:
    raw = f"synthetic {n}\n{text}".encode()
    outlet = OUTLETS[n % len(OUTLETS)]
    article = Article(
        text=text,
        title=f"{event.sub_type} in {place.name} ({n})",
        outlet=outlet,
        published=day.isoformat(),
        language="en",
        paragraphs=(Span(0, len(text)),),
        url=f"https://example.org/{n}",
    )
    outlet_claim = Claim(text=event.trigger, span=event.trigger_span, asserted_by="outlet", check_worthy=0.4)
    return Record(
        doc_id="sha256:" + hashlib.sha256(raw).hexdigest(),
        source=Source(uri=f"synthetic:{n}", content_type="text/plain", bytes=len(raw)),
        article=article,
        quotes=(quote,),
        places=(place,),
        times=(
            TimeRef(
                span=time_span,
                text=day.isoformat(),
                type="date",
                start=day.isoformat(),
                end=day.isoformat(),
                precision="day",
            ),
        ),
        quantities=(
            Quantity(
                span=count_span, text=f"{amount} soldiers", value=amount, unit="person", counts="killed"
            ),
        ),
        events=(event,),
        claims=(claim, outlet_claim),
    )


def write_synthetic_store(path: Path, count: int, *, seed: int = 7) -> list[Record]:
    """A store of `count` synthetic records written through `SQLiteStore.write`, with links rebuilt."""
    from newsledger.link import compute_links

    records = synthetic_records(count, seed=seed)
    store = SQLiteStore(path)
    for record in records:
        store.write(record)
    store.replace_links(compute_links(records))
    store.close()
    return records


UKRAINE = (22.1, 44.4, 40.2, 52.4)  # minLon, minLat, maxLon, maxLat


def bulk_event_store(path: Path, events: int, *, per_document: int = 20, seed: int = 11) -> None:
    """`events` events over `events / per_document` documents: 70% in Ukraine, the rest worldwide."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    store = SQLiteStore(path)  # creates the schema with every migration
    store.close()
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for d in range((events + per_document - 1) // per_document):
        doc_id = "sha256:" + hashlib.sha256(f"bulk {d}".encode()).hexdigest()
        _bulk_document(conn, doc_id, d)
        for i in range(min(per_document, events - d * per_document)):
            _bulk_event(conn, rng, doc_id, i)
    conn.execute(
        "INSERT INTO events_rtree SELECT event_id, latitude, latitude, longitude, longitude FROM events "
        "WHERE latitude IS NOT NULL"
    )
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.close()


def _bulk_document(conn: sqlite3.Connection, doc_id: str, n: int) -> None:
    record = {"schema": "newsledger/1", "doc_id": doc_id, "source": {"uri": f"bulk:{n}"}}
    conn.execute(
        "INSERT INTO documents VALUES (?, ?, 'text/plain', 100, 'ok', '2024-01-01T00:00:00', ?)",
        (doc_id, f"bulk:{n}", json.dumps(record)),
    )
    conn.execute(
        "INSERT INTO articles (doc_id, title, outlet, published, extractor, words, text) "
        "VALUES (?, ?, ?, ?, 'plain', 10, ?)",
        (doc_id, f"Report {n}", OUTLETS[n % len(OUTLETS)], "2023-01-01", "synthetic"),
    )


def _bulk_event(conn: sqlite3.Connection, rng: random.Random, doc_id: str, idx: int) -> None:
    if rng.random() < 0.7:
        lon, lat = rng.uniform(UKRAINE[0], UKRAINE[2]), rng.uniform(UKRAINE[1], UKRAINE[3])
    else:
        lon, lat = rng.uniform(-180, 180), rng.uniform(-60, 70)
    kind = EVENT_KINDS[rng.randrange(len(EVENT_KINDS))]
    day = date(2022, 2, 24) + timedelta(days=rng.randrange(900))
    sentence = f"Forces {kind[2]} the town."
    conn.execute(
        "INSERT INTO events (doc_id, idx, type, sub_type, trigger, trigger_start, trigger_end, "
        "sentence_start, sentence_end, sentence, actor1, location, latitude, longitude, date, "
        "time_precision, asserted_by, certainty, confidence) "
        "VALUES (?, ?, ?, ?, ?, 7, ?, 0, ?, ?, ?, ?, ?, ?, ?, 1, 'outlet', ?, 0.8)",
        (
            doc_id, idx, kind[0], kind[1], kind[2], 7 + len(kind[2]), len(sentence), sentence,
            FORCES[idx % 2], f"Town {rng.randrange(2000)}", lat, lon, day.isoformat(), kind[3],
        ),
    )  # fmt: skip
