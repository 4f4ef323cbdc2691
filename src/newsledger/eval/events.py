"""`newsledger eval events [DATASET]`: the events stage on the events dev sets and the seed.

DATASET is one of case, location, plover, cir, seed, or all (the default). Each set is
processed as plain text through the pipeline; see `events_sets` and `events_seed` for what is
measured. `--predictions PATH` writes what `shared/eval/score_events.py` reads (a file for one
set, a folder with one file a set for all); `--json` the metrics; `--check` exits 1 when a
metric is under its floor in `floors/events.json`.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsledger.eval.datasets import check_floors, shared_path
from newsledger.eval.events_sets import RUNNERS, SETS, read_jsonl

STAGE = "events"
ALL = ("case", "location", "plover", "cir", "seed")
HEADLINE = {
    "case": ("n", "accuracy", "micro_p", "micro_r", "micro_f1", "macro_f1", "weighted_f1", "coverage"),
    "location": ("n", "right", "lenient", "correct_null"),
    "plover": ("n", "actor1", "actor2"),
    "cir": ("n", "named_n", "named_acc10km", "all_acc10km", "date_exact", "found"),
    "seed": (
        "current_gold", "current_predicted", "current_precision", "current_recall", "current_f1",
        "current_type", "current_place", "current_date", "current_certainty", "current_asserter",
        "current_actor1", "current_actor2", "current_not_as_fact", "all_recall", "all_type", "all_place",
    ),
}  # fmt: skip
COUNTS = frozenset({"n", "named_n", "current_gold", "current_predicted"})


def evaluate(name: str, gold: Path | None) -> tuple[dict[str, float], Any]:
    """Metrics and predictions of one set (the seed's predictions are one JSON document)."""
    started = time.perf_counter()
    if name == "seed":
        from newsledger.eval.events_seed import run_seed

        folder = shared_path("data", "seed")
        metrics, predicted = run_seed(
            folder / "dailymail-2022-11-11-kherson.txt", gold or folder / "gold.json"
        )
        predictions: Any = {"events": predicted}
    else:
        rows = read_jsonl(gold or shared_path("data", "events-dev", SETS[name]))
        result = RUNNERS[name](rows)
        metrics, predictions = result.metrics, result.predictions
    metrics["seconds"] = time.perf_counter() - started
    return metrics, predictions


def write_predictions(path: Path, name: str, predictions: Any, *, single: bool) -> None:
    target = path if single else path / (f"{name}.json" if name == "seed" else f"{name}.jsonl")
    target.parent.mkdir(parents=True, exist_ok=True)
    if name == "seed":
        target.write_text(json.dumps(predictions, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    lines = (json.dumps(p, ensure_ascii=False) for p in predictions)
    target.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def print_table(results: dict[str, dict[str, float]]) -> None:
    console = Console()
    for name, metrics in results.items():
        table = Table(title=f"events: {name} ({metrics['seconds']:.1f} s)")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for key in HEADLINE[name]:
            value = metrics.get(key, 0.0)
            table.add_row(key, f"{value:.0f}" if key in COUNTS else f"{value:.3f}")
        console.print(table)


def flat(results: dict[str, dict[str, float]]) -> dict[str, float]:
    """One namespace for the floors: `case_macro_f1`, `seed_current_recall`, ..."""
    return {f"{name}_{key}": value for name, metrics in results.items() for key, value in metrics.items()}


def command(
    dataset: Annotated[str, typer.Argument(help="case, location, plover, cir, seed or all.")] = "all",
    gold: Annotated[
        Path | None, typer.Option(help="Gold file for a single set (default: the shared one).")
    ] = None,
    predictions: Annotated[
        Path | None, typer.Option(help="Write predictions for score_events.py (a folder for all).")
    ] = None,
    json_out: Annotated[Path | None, typer.Option("--json", help="Write the metrics as JSON.")] = None,
    check: Annotated[bool, typer.Option(help="Exit 1 when a metric is under its floor.")] = False,
) -> None:
    """Evaluate the events stage: CASE typing, event location, PLOVER actors, CIR placing, the seed."""
    names = ALL if dataset == "all" else (dataset,)
    unknown = [n for n in names if n not in ALL]
    if unknown or (gold is not None and len(names) > 1):
        Console(stderr=True).print(
            f"[red]unknown set {unknown[0]!r}[/red]" if unknown else "--gold needs one set"
        )
        raise typer.Exit(2)
    results: dict[str, dict[str, float]] = {}
    for name in names:
        results[name], predicted = evaluate(name, gold)
        if predictions is not None:
            write_predictions(predictions, name, predicted, single=len(names) == 1)
    print_table(results)
    metrics = flat(results)
    if json_out is not None:
        json_out.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    if check:
        failures = [f for f in check_floors(STAGE, metrics) if f.split(".", 1)[1].split("_", 1)[0] in names]
        for failure in failures:
            Console(stderr=True).print(f"[red]{failure}[/red]")
        if failures:
            raise typer.Exit(1)
