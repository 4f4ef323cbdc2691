"""`newsledger eval places [DATASET]`: score the places stage on the geoparsing dev split and the seed.

Documents are processed as plain text, so spans index the gold text. The record does not count
demonyms ("Russian") or names inside organisation names as places, while the corpora do:
`--compat` adds those (resolved to their country or place) to the predictions, to show both views.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsledger.eval.datasets import check_floors, shared_path
from newsledger.geo.scoring import score
from newsledger.model import Place

STAGE = "places"
HEADLINE = (
    "strict_f1",
    "overlap_p",
    "overlap_r",
    "overlap_f1",
    "acc161",
    "median_km",
    "mean_km",
    "auc",
    "e2e_f1",
)
SEED_KM = 10.0
INCIDENT_KM = 10.0
SETTLEMENTS = frozenset({"city", "town", "village"})
INCIDENTS = "cir_ukraine_2022-10_dev.jsonl"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def parse_all(
    texts: list[tuple[str, str]], *, compat: bool = False
) -> Iterator[tuple[str, tuple[Place, ...]]]:
    """(doc id, places) for each plain text, through the pipeline's extract and analyze steps; without
    the places the text refers to but does not name ("the region's governor"): the corpora mark names."""
    from newsledger.analysis import analyze_many, load_nlp
    from newsledger.geo.compat import corpus_places
    from newsledger.ingest import raw_from_bytes
    from newsledger.pipeline import extract_one
    from newsledger.stages.places import extract_places

    articles = []
    for doc_id, text in texts:
        article, _ = extract_one(raw_from_bytes(text.encode("utf-8"), doc_id, plain=True))
        assert article is not None and article.text == text, f"{doc_id}: plain text changed"
        articles.append(article)
    for (doc_id, _), analysis in zip(texts, analyze_many(load_nlp(), articles), strict=True):
        places = tuple(p for p in extract_places(analysis) if p.role != "reference")
        yield doc_id, corpus_places(analysis, places) if compat else places


def prediction(place: Place) -> dict[str, Any]:
    gid = place.gazetteer_id or ""
    return {
        "span": [place.span.start, place.span.end],
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "geonameid": int(gid.split(":")[1]) if gid.startswith("geonames:") else None,
    }


def seed_metrics(*, compat: bool = False) -> dict[str, float]:
    """Share of the seed's gold place mentions found, and found and right (10 km, or the right region)."""
    folder = shared_path("data", "seed")
    text = (folder / "dailymail-2022-11-11-kherson.txt").read_text(encoding="utf-8")
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["places"]
    _, places = next(parse_all([("seed", text)], compat=compat))
    found = right = total = 0
    for entry in gold:
        for mention in entry["mentions"]:
            total += 1
            s, e = mention["span"]
            hit = next((p for p in places if p.span.start < e and s < p.span.end), None)
            found += hit is not None
            right += hit is not None and seed_right(entry, hit)
    return {"seed_found": round(found / total, 4), "seed_right": round(right / total, 4)}


def seed_right(entry: dict[str, Any], place: Place) -> bool:
    from newsledger.geo.resolve import haversine_km

    if place.lat is None or place.lon is None:
        return False
    if entry["feature"] in SETTLEMENTS:
        return haversine_km(entry["lat"], entry["lon"], place.lat, place.lon) <= SEED_KM
    if entry["feature"] == "country":
        return bool(place.country_code == entry["country_code"])
    if entry["feature"] == "region" and entry.get("admin1"):
        return bool(place.admin1 == entry["admin1"] or place.name == entry["name"])
    return (
        bool(place.name == entry["name"])
        or haversine_km(entry["lat"], entry["lon"], place.lat, place.lon) <= 50
    )


def incident_metrics(path: Path) -> dict[str, float]:
    """On short incident captions with a gold town and point (CIR's Ukraine monitor): of the captions that
    name their town (its loose key occurs in the text), the share with any placed place and the share with
    one within 10 km of the gold point. Each caption is its own document, without context."""
    from newsledger.geo.distance import haversine_km
    from newsledger.geo.names import fold, loose

    rows = [r for r in read_jsonl(path) if r.get("location") and r.get("lat") is not None]
    named = [r for r in rows if loose(fold(str(r["location"]))) in loose(fold(r["text"]))]
    found = dict(parse_all([(str(r["id"]), r["text"]) for r in named]))
    placed = near = 0
    for r in named:
        points = [(p.lat, p.lon) for p in found[str(r["id"])] if p.lat is not None and p.lon is not None]
        km = [haversine_km(r["lat"], r["lon"], lat, lon) for lat, lon in points]
        placed += bool(km)
        near += bool(km) and min(km) <= INCIDENT_KM
    n = len(named) or 1
    return {"incidents_named": float(len(named)), "incidents_found": round(placed / n, 4),
            "incidents_10km": round(near / n, 4)}  # fmt: skip


def print_table(result: dict[str, dict[str, float]], seed: dict[str, float], label: str) -> None:
    """One row a metric, one column a set (overall, then each corpus)."""
    table = Table(title=f"places: {label}")
    table.add_column("metric")
    for name in result:
        table.add_column(name, justify="right")
    for metric in ("gold", "pred", "strict_p", "strict_r", *HEADLINE, "e2e_p", "e2e_r"):
        cells = (
            f"{row[metric]:.0f}" if metric in {"gold", "pred"} else f"{row[metric]:.3f}"
            for row in result.values()
        )
        table.add_row(metric, *cells)
    console = Console()
    console.print(table)
    if "seed_found" in seed:
        console.print(
            f"seed: found {seed['seed_found']:.3f}, right (10 km / region) {seed['seed_right']:.3f}"
        )
    if "incidents_named" in seed:
        console.print(
            f"incident captions naming their town: {seed['incidents_named']:.0f}; any place "
            f"{seed['incidents_found']:.3f}, within {INCIDENT_KM:.0f} km {seed['incidents_10km']:.3f}"
        )


def command(
    dataset: Annotated[
        Path | None, typer.Argument(help="Gold JSONL (default: the shared geo-dev sample).")
    ] = None,
    full: Annotated[bool, typer.Option("--full", help="The whole dev split (795 documents).")] = False,
    compat: Annotated[
        bool, typer.Option("--compat", help="Also count demonyms and names inside organisations.")
    ] = False,
    predictions: Annotated[
        Path | None, typer.Option(help="Write predictions for shared/eval/score_geo.py.")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the metrics as JSON.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when a metric is under its floor.")] = False,
    seed: Annotated[bool, typer.Option(help="Also score the seed article's gold places.")] = True,
    incidents: Annotated[
        bool, typer.Option(help="Also score the incident captions (events-dev CIR Ukraine, town points).")
    ] = True,
) -> None:
    """Evaluate the places stage: recognition P/R/F1, accuracy@161 km, error, AUC, end to end."""
    path = dataset or shared_path("data", "geo-dev", "dev_full.jsonl" if full else "dev_sample.jsonl")
    gold = read_jsonl(path)
    found = dict(parse_all([(str(d["doc_id"]), d["text"]) for d in gold], compat=compat))
    preds = {doc_id: [prediction(p) for p in places] for doc_id, places in found.items()}
    result = score(gold, preds)
    seed_scores = seed_metrics(compat=compat) if seed else {}
    if incidents:
        seed_scores |= incident_metrics(shared_path("data", "events-dev", INCIDENTS))
    print_table(result, seed_scores, f"{path.name}{' (compat)' if compat else ''}")
    metrics = {**result["overall"], **seed_scores}
    if predictions:
        with predictions.open("w", encoding="utf-8") as handle:
            for doc_id, places in preds.items():
                handle.write(json.dumps({"doc_id": doc_id, "places": places}) + "\n")
    if json_out:
        json_out.write_text(
            json.dumps({"overall": metrics, "per_corpus": result}, indent=1), encoding="utf-8"
        )
    if check:
        failures = check_floors(STAGE if not compat else f"{STAGE}_compat", metrics)
        for failure in failures:
            typer.echo(failure, err=True)
        if failures:
            raise typer.Exit(1)
