"""The events dev sets: the pipeline on each text, predictions as `score_events.py` reads them, scores.

Every text is processed as plain text through `Pipeline` (publication date set where the set
gives one). Metrics follow the reference scorer (`shared/eval/score_events.py`): the same label
normalisation, the same lenient string match, the same haversine distance.

- case: CASE 2021 task 2 snippets, one label of 30. The snippet's label is its main event:
  the sub-type with the most confidence over its events, the first sentence counting most.
- location: event_location sentences with a given event verb; the place our rules pick for
  that verb, or none. "right" counts a lenient match where gold names a place and no place
  where gold has none.
- plover: the actors of the main event against PLOVER's source and target strings.
- cir: CIR incident captions; the main event's place against the gold coordinates (10 km),
  over the captions that name their place.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsledger.analysis import Analysis
from newsledger.model import Event, Record, SourceHints, Span

Row = dict[str, Any]
SETS = {
    "case": "case2021_task2_dev.jsonl",
    "location": "event_location_dev.jsonl",
    "plover": "plover_gsr_dev.jsonl",
    "cir": "cir_ukraine_2022-10_dev.jsonl",
}
SENTENCE_WEIGHTS = (1.0, 0.6, 0.45)


def read_jsonl(path: Path) -> list[Row]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def process(rows: list[Row], *, published: str | None = None) -> Iterator[tuple[Analysis, Record]]:
    """The parse and the record of each row, in order, through the pipeline's own steps (plain text)."""
    from newsledger.analysis import analyze_many, load_nlp
    from newsledger.ingest import raw_from_bytes
    from newsledger.pipeline import extract_one, run_stages

    raws = [
        raw_from_bytes(
            row["text"].encode("utf-8"),
            f"eval:{row['id']}",
            plain=True,
            hints=SourceHints(published=row.get("date") or published),
        )
        for row in rows
    ]
    extracted = [extract_one(raw) for raw in raws]
    articles = [article for article, _ in extracted if article is not None]
    if len(articles) != len(raws):
        raise ValueError("a dev text could not be read as plain text")
    analyses = analyze_many(load_nlp(), articles)
    for raw, (_, errors), analysis in zip(raws, extracted, analyses, strict=True):
        yield analysis, run_stages(raw, analysis, errors)


def main_event(record: Record) -> Event | None:
    """The event that stands for the document: its sub-type gathers the most confidence."""
    if not record.events or record.article is None:
        return None
    starts = sorted({e.sentence_span.start for e in record.events if e.caption is None})
    votes: dict[str, float] = defaultdict(float)
    for event in record.events:
        if event.certainty == "denied":
            continue  # what the report says did not happen is not what it is about
        rank = starts.index(event.sentence_span.start) if event.caption is None else len(SENTENCE_WEIGHTS)
        unsure = 0.5 if event.certainty in ("proposed", "conditional") else 1.0
        votes[event.sub_type] += (
            event.confidence * unsure * SENTENCE_WEIGHTS[min(rank, len(SENTENCE_WEIGHTS) - 1)]
        )
    if not votes:
        return None
    best = max(votes, key=lambda k: (votes[k], k))
    return max((e for e in record.events if e.sub_type == best), key=lambda e: e.confidence)


def place_fields(record: Record, index: int | None) -> Row:
    if index is None:
        return {"location": None, "lat": None, "lon": None}
    place = record.places[index]
    text = place.name if place.role == "reference" else place.text  # "the region's governor": its name
    return {"location": text, "lat": place.lat, "lon": place.lon}


# ------------------------------------------------------------------ metrics shared with score_events.py
def norm_label(label: str | None) -> str | None:
    if not label:
        return None
    return re.sub(r"[^A-Z0-9]+", "_", label.upper()).strip("_") or None


def norm_text(text: str | None) -> str:
    value = unicodedata.normalize("NFKD", text or "")
    value = "".join(c for c in value if not unicodedata.combining(c))
    value = re.sub(r"[^\w\s]", " ", value.casefold())
    return re.sub(r"\s+", " ", value).strip()


def lenient_match(a: str | None, b: str | None) -> bool:
    x, y = norm_text(a), norm_text(b)
    if not x or not y:
        return False
    if x == y or x in y or y in x:
        return True
    tx, ty = set(x.split()), set(y.split())
    return len(tx & ty) / max(1, len(tx | ty)) >= 0.5


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def classification(pairs: Iterable[tuple[str, str | None]]) -> dict[str, float]:
    """Accuracy, micro P/R/F1, macro and weighted F1 over the gold labels (as score_events.py)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    pairs = list(pairs)
    for gold, pred in pairs:
        if pred == gold:
            tp[gold] += 1
        else:
            fn[gold] += 1
            if pred is not None:
                fp[pred] += 1
    support = Counter(g for g, _ in pairs)
    f1 = {label: _prf(tp[label], fp[label], fn[label])[2] for label in support}
    p, r, micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    n = len(pairs)
    return {
        "n": float(n),
        "accuracy": sum(tp.values()) / n if n else 0.0,
        "micro_p": p,
        "micro_r": r,
        "micro_f1": micro,
        "macro_f1": sum(f1.values()) / len(f1) if f1 else 0.0,
        "weighted_f1": sum(f1[k] * support[k] for k in f1) / n if n else 0.0,
    }


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Result:
    metrics: dict[str, float]
    predictions: list[Row]


# ------------------------------------------------------------------ the four sets
def run_case(rows: list[Row]) -> Result:
    from newsledger.events.taxonomy import taxonomy

    predictions = []
    for row, (_, record) in zip(rows, process(rows), strict=True):
        event = main_event(record)
        code = taxonomy().sub_types[event.sub_type].case if event else None
        predictions.append({"id": str(row["id"]), "event_type": code} | _event_fields(event))
    pairs = [
        (norm_label(r["event_type"]) or "", p["event_type"]) for r, p in zip(rows, predictions, strict=True)
    ]
    metrics = classification(pairs)
    metrics["coverage"] = sum(p["event_type"] is not None for p in predictions) / max(1, len(rows))
    return Result(metrics, predictions)


def _event_fields(event: Event | None, record: Record | None = None) -> Row:
    """An event's fields as the reference scorer reads them; with `record`, each actor also as the
    article writes it (the scorer takes a list: "Rebel Forces (Sudan)" or "Sudanese rebels")."""
    if event is None:
        return {"confidence": 0.0}
    return {
        "acled_event_type": event.type,
        "acled_sub_event_type": event.sub_type,
        "actor1": _actor_names(event.actor1, event.actor1_span, event, record),
        "actor2": _actor_names(event.actor2, event.actor2_span, event, record),
        "certainty": event.certainty,
        "trigger": event.trigger,
        "confidence": event.confidence,
    }


def _as_list(value: Any) -> list[Any]:
    if value is None or value == "":
        return []
    return [v for v in value if v not in (None, "")] if isinstance(value, list | tuple) else [value]


def _actor_names(name: str | None, span: Span | None, event: Event, record: Record | None) -> Any:
    if record is None or record.article is None or name is None or span is None:
        return name
    article = record.article
    text = article.text if event.caption is None else article.captions[event.caption].text
    written = text[span.start : span.end]
    return [name, written] if written and written != name else name


def run_location(rows: list[Row]) -> Result:
    from newsledger.events.build import place_for

    predictions = []
    for row, (analysis, record) in zip(rows, process(rows), strict=True):
        start, end = row["trigger_span"][0]
        index = place_for(analysis, record.places, Span(start, end))
        predictions.append({"id": str(row["id"])} | place_fields(record, index))
    located = right_located = nulls = right_null = 0
    for row, pred in zip(rows, predictions, strict=True):
        gold = [g for g in (row.get("locations") or [row.get("location")]) if g]
        if gold:
            located += 1
            right_located += any(lenient_match(g, pred["location"]) for g in gold)
        else:
            nulls += 1
            right_null += pred["location"] is None
    n = located + nulls
    metrics = {
        "n": float(n),
        "right": (right_located + right_null) / n if n else 0.0,
        "lenient": right_located / located if located else 0.0,
        "correct_null": right_null / nulls if nulls else 0.0,
    }
    return Result(metrics, predictions)


def run_plover(rows: list[Row]) -> Result:
    predictions = []
    for row, (_, record) in zip(rows, process(rows), strict=True):
        event = main_event(record)
        predictions.append({"id": str(row["id"])} | _event_fields(event, record))
    metrics: dict[str, float] = {"n": float(len(rows))}
    for key in ("actor1", "actor2"):
        scored = [(r, p) for r, p in zip(rows, predictions, strict=True) if r.get(key)]
        hits = sum(any(lenient_match(g, b) for g in r[key] for b in _as_list(p.get(key))) for r, p in scored)
        metrics[key] = hits / len(scored) if scored else 0.0
        metrics[f"{key}_n"] = float(len(scored))
    return Result(metrics, predictions)


def names_place(text: str, location: str | None) -> bool:
    """Whether a caption names its gold place (a word of it, spelled as the caption spells it, 5 letters)."""
    words = [w for w in norm_text((location or "").replace("'", "").replace("’", "")).split() if len(w) >= 4]
    tokens = norm_text(text.replace("'", "").replace("’", "")).split()
    return any(t.startswith(w[:5]) for w in words for t in tokens)


def run_cir(rows: list[Row]) -> Result:
    predictions: list[Row] = []
    for row, (_, record) in zip(rows, process(rows), strict=True):
        event = main_event(record)
        fields = place_fields(record, event.place if event else None)
        predictions.append(
            {"id": str(row["id"]), "event_type": event.sub_type if event else None}
            | {"date": event.date if event else None}
            | fields
            | _event_fields(event)
        )
    metrics: dict[str, float] = {"n": float(len(rows))}
    for scope in ("named", "all"):
        chosen = [
            (r, p)
            for r, p in zip(rows, predictions, strict=True)
            if scope == "all" or names_place(r["text"], r.get("location"))
        ]
        near = [
            p["lat"] is not None and haversine_km(r["lat"], r["lon"], p["lat"], p["lon"]) <= 10
            for r, p in chosen
        ]
        metrics[f"{scope}_n"] = float(len(chosen))
        metrics[f"{scope}_acc10km"] = sum(near) / len(chosen) if chosen else 0.0
    dated = [(r, p) for r, p in zip(rows, predictions, strict=True) if r.get("date")]
    metrics["date_exact"] = sum(r["date"] == p["date"] for r, p in dated) / len(dated) if dated else 0.0
    metrics["found"] = sum(p["event_type"] is not None for p in predictions) / max(1, len(rows))
    return Result(metrics, predictions)


RUNNERS = {"case": run_case, "location": run_location, "plover": run_plover, "cir": run_cir}
