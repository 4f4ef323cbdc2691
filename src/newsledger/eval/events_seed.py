"""The events stage on the seed gold (`gold.json` `events`): found, typed, placed, dated, asserted.

The seed article is rebuilt from the gold's line classes (as for times and quantities) and run
through every stage, so the events see the real quotes, places, times and quantities. A
predicted event matches a gold event when its trigger or sentence overlaps one of the gold
event's evidence spans; precision counts predicted events that overlap any gold evidence,
recall the gold events with at least one match. Over matched gold events (the best matching
prediction: its trigger inside the evidence first, then the right type) the metrics give the
share with the right type (or an `also_acceptable` coding), place, date (the gold date, or inside
its `date_range`), certainty, asserter, actor1 and actor2 (over those whose gold names one,
lenient match), and `not_as_fact`: of the gold events the article does not state as fact (claimed,
hedged, denied), the share we do not give as plain "reported".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsledger.eval.events_sets import lenient_match
from newsledger.eval.seed_items import Seed, load_seed, locate
from newsledger.model import Event, Record

Item = dict[str, Any]
SCOPES = ("current", "all")  # gold events that are news, or the background ones too


def run_seed(text: Path, gold: Path) -> tuple[dict[str, float], list[Item]]:
    """Metrics and predictions (raw offsets, the gold's own fields) on the seed."""
    seed = load_seed(text, gold)
    record = _record(seed)
    predicted = [p for p in (_prediction(seed, record, e) for e in record.events) if p is not None]
    metrics: dict[str, float] = {}
    for scope in SCOPES:
        golds = [g for g in seed.gold["events"] if scope == "all" or not g.get("background")]
        metrics |= {f"{scope}_{k}": v for k, v in score(golds, predicted).items()}
    return metrics, predicted


def _record(seed: Seed) -> Record:
    from newsledger.analysis import analyze, load_nlp
    from newsledger.ingest import raw_from_bytes
    from newsledger.pipeline import run_stages

    analysis = analyze(load_nlp(), seed.article)
    raw = raw_from_bytes(seed.text.encode("utf-8"), "seed:dailymail-2022-11-11-kherson.txt", plain=True)
    return run_stages(raw, analysis, ())


def _prediction(seed: Seed, record: Record, event: Event) -> Item | None:
    trigger = locate(seed, event.trigger_span, event.caption)
    sentence = locate(seed, event.sentence_span, event.caption)
    if trigger is None or sentence is None:
        return None
    place = record.places[event.place] if event.place is not None else None
    return {
        "type": event.type, "sub_type": event.sub_type, "trigger": trigger["text"], "span": trigger["span"],
        "sentence_span": sentence["span"], "line": trigger["line"], "zone": trigger["zone"],
        "actor1": event.actor1, "actor2": event.actor2, "place": place.name or place.text if place else None,
        "place_text": place.text if place else None,
        "date": event.date, "time_precision": event.time_precision, "fatalities": event.fatalities,
        "asserted_by": event.asserted_by, "certainty": event.certainty, "confidence": event.confidence,
    }  # fmt: skip


def _evidence(gold: Item) -> list[tuple[int, int]]:
    spans = [tuple(gold["evidence_span"])]
    spans += [tuple(more["span"]) for more in gold.get("evidence_more", [])]
    return [(int(s), int(e)) for s, e in spans]


def _overlaps(pred: Item, spans: Sequence[tuple[int, int]]) -> bool:
    return any(min(e, p[1]) > max(s, p[0]) for s, e in spans for p in (pred["span"], pred["sentence_span"]))


def _triggered(pred: Item, spans: Sequence[tuple[int, int]]) -> bool:
    """The trigger itself is in the gold evidence, not only its sentence."""
    return any(min(e, pred["span"][1]) > max(s, pred["span"][0]) for s, e in spans)


def _typed(gold: Item, pred: Item) -> bool:
    codings = [(gold["type"], gold["sub_type"])] + [tuple(c) for c in gold.get("also_acceptable", [])]
    return (pred["type"], pred["sub_type"]) in codings


def _dated(gold: Item, pred: Item) -> bool | None:
    if gold.get("date"):
        return bool(pred["date"] == gold["date"])
    if gold.get("date_range"):
        low, high = gold["date_range"]
        return pred["date"] is not None and low <= pred["date"] <= high
    return None  # the gold gives no date to check


def _asserter(gold: Item, pred: Item) -> bool:
    want, got = gold["asserted_by"], pred["asserted_by"]
    if want in ("outlet", "unattributed"):
        return bool(got == "outlet")
    return lenient_match(want, got)


def _placed(gold: Item, pred: Item) -> bool:
    wanted = gold.get("place")
    if wanted is None:
        return pred["place"] is None
    return lenient_match(wanted, pred["place"]) or lenient_match(wanted, pred.get("place_text"))


def _actor_share(matched: Sequence[tuple[Item, Item]], key: str) -> float:
    """Of the matched gold events that name this actor, the share we name (lenient match)."""
    named = [(g, p) for g, p in matched if g.get(key)]
    return sum(lenient_match(g[key], p[key]) for g, p in named) / len(named) if named else 0.0


def score(golds: Sequence[Item], predicted: Sequence[Item]) -> dict[str, float]:
    evidence = [_evidence(g) for g in golds]
    supported = [p for p in predicted if any(_overlaps(p, spans) for spans in evidence)]
    matched = []
    for gold, spans in zip(golds, evidence, strict=True):
        hits = [p for p in predicted if _overlaps(p, spans)]
        if hits:
            best = max(hits, key=lambda p: (_triggered(p, spans), _typed(gold, p), p["confidence"]))
            matched.append((gold, best))
    precision = len(supported) / len(predicted) if predicted else 0.0
    recall = len(matched) / len(golds) if golds else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    dated = [d for d in (_dated(g, p) for g, p in matched) if d is not None]
    unsure = [(g, p) for g, p in matched if g["certainty"] != "reported"]
    n = len(matched) or 1
    return {
        "gold": float(len(golds)), "predicted": float(len(predicted)),
        "precision": precision, "recall": recall, "f1": f1,
        "type": sum(_typed(g, p) for g, p in matched) / n,
        "place": sum(_placed(g, p) for g, p in matched) / n,
        "date": sum(dated) / len(dated) if dated else 0.0,
        "certainty": sum(g["certainty"] == p["certainty"] for g, p in matched) / n,
        "asserter": sum(_asserter(g, p) for g, p in matched) / n,
        "actor1": _actor_share(matched, "actor1"),
        "actor2": _actor_share(matched, "actor2"),
        "not_as_fact": sum(p["certainty"] != "reported" for _, p in unsure) / len(unsure) if unsure else 1.0,
    }  # fmt: skip
