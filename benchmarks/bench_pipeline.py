"""`make bench`: newsledger's throughput next to bare spaCy parsing of the same texts, in one run.

Prints articles/s, words/s and peak RSS for (1) bare `nlp.pipe` over the extracted article
texts and (2) the whole newsledger pipeline over the raw documents, their ratio, and the cost
of each stage measured on the same parsed documents.

    python benchmarks/bench_pipeline.py [--articles 200] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]


def corpus(limit: int) -> list[tuple[str, bytes]]:
    """The bundled examples plus the shared dev page dumps when present, repeated up to `limit`."""
    from newsledger.eval.datasets import shared_dir

    files = sorted((ROOT / "examples").glob("*.txt"))
    shared = shared_dir()
    if shared:
        files += sorted((shared / "data" / "extraction-dev" / "dumps").glob("*.txt"))
    docs = [(str(p), p.read_bytes()) for p in files]
    return [docs[i % len(docs)] for i in range(limit)]


def measure(mode: str, limit: int) -> dict[str, Any]:
    """Run one mode in this process (called in a fresh subprocess, so peak RSS is its own)."""
    from newsledger.analysis import analyze_many, load_nlp
    from newsledger.ingest import raw_from_bytes
    from newsledger.pipeline import Pipeline, extract_one
    from newsledger.store.rows import word_count

    docs = corpus(limit)
    raws = [raw_from_bytes(data, f"{uri}#{i}") for i, (uri, data) in enumerate(docs)]
    articles = [a for a, _ in map(extract_one, raws) if a is not None]
    words = sum(word_count(a.text) for a in articles)
    import spacy

    from newsledger.analysis import MODEL

    nlp = spacy.load(MODEL) if mode == "spacy" else load_nlp()  # bare: the installed pipeline as is
    list(nlp.pipe(["warm up the pipeline once."]))
    result: dict[str, Any] = {"mode": mode, "articles": len(raws), "words": words}
    started = time.perf_counter()
    if mode == "spacy":
        for _ in nlp.pipe((a.text for a in articles), batch_size=16):
            pass
    elif mode == "newsledger":
        for _ in Pipeline().pipe(raws, batch_size=16):
            pass
    elif mode == "stages":
        analyses = list(analyze_many(nlp, articles))
        result["stages"] = stage_costs(analyses)
    result["seconds"] = time.perf_counter() - started
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def stage_costs(analyses: list[Any]) -> dict[str, float]:
    """Seconds per article for each stage, run on already parsed documents."""
    from newsledger.facts import Facts
    from newsledger.stages import attribution, claims, entities, events, places, quantities, times

    def timed(fn: Callable[[Any], Any]) -> tuple[float, list[Any]]:
        started = time.perf_counter()
        out = [fn(a) for a in analyses]
        return (time.perf_counter() - started) / len(analyses), out

    costs: dict[str, float] = {}
    costs["entities"], _ = timed(entities.extract_entities)
    costs["attribution"], quotes = timed(attribution.extract_quotes)
    costs["places"], found_places = timed(places.extract_places)
    costs["times"], found_times = timed(times.extract_times)
    costs["quantities"], found_quantities = timed(quantities.extract_quantities)
    facts = [
        Facts(quotes=q, places=p, times=t, quantities=n)
        for q, p, t, n in zip(quotes, found_places, found_times, found_quantities, strict=True)
    ]
    it = iter(facts)
    costs["events"], found_events = timed(lambda a: events.extract_events(a, next(it)))
    it2 = iter(zip(facts, found_events, strict=True))
    costs["claims"], _ = timed(lambda a: claims.extract_claims(a, *next(it2)))
    return costs


def run_mode(mode: str, limit: int) -> dict[str, Any]:
    code = f"import json, bench_pipeline as b; print(json.dumps(b.measure({mode!r}, {limit})))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=Path(__file__).parent, capture_output=True, text=True
    )
    if out.returncode:
        raise SystemExit(f"bench mode {mode} failed:\n{out.stderr[-3000:]}")
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def extras() -> dict[str, Any]:
    """Gazetteer lookups, and what dateparser (the times stage's fallback for odd dates) costs."""
    from newsledger.geo import bench_lookups

    code = (
        "import time; t = time.perf_counter(); import dateparser; imported = time.perf_counter() - t; "
        "t = time.perf_counter(); [dateparser.parse(s) for s in ['11 Nov 2022', 'Fri, 11/11/22', "
        "'le 11 novembre 2022', 'November 11th, 2022 at 14:02 GMT'] * 5]; "
        "print(imported, (time.perf_counter() - t) / 20)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    return {
        "gazetteer": bench_lookups(),
        "dateparser": {"import_s": round(float(out[0]), 3), "parse_ms": round(float(out[1]) * 1000, 2)},
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--repeat", type=int, default=2, help="Runs of each mode, interleaved; the fastest counts."
    )
    args = parser.parse_args()
    runs: dict[str, list[dict[str, Any]]] = {"spacy": [], "newsledger": []}
    for _ in range(args.repeat):  # interleaved, so a busy moment of the machine hits both alike
        for mode in runs:
            runs[mode].append(run_mode(mode, args.articles))
    spacy_run, ours = (min(runs[m], key=lambda r: r["seconds"]) for m in ("spacy", "newsledger"))
    stages = run_mode("stages", min(args.articles, 60))
    report = {"spacy": spacy_run, "newsledger": ours, "stages": stages["stages"], **extras()}
    report["ratio"] = ours["seconds"] / spacy_run["seconds"]
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


def print_report(report: dict[str, Any]) -> None:
    console = Console()
    table = Table(title="throughput (same article texts, same run)")
    for col in ("run", "articles", "words", "seconds", "articles/s", "words/s", "peak RSS MB"):
        table.add_column(col, justify="right")
    for name in ("spacy", "newsledger"):
        r = report[name]
        table.add_row(
            "bare spaCy nlp.pipe" if name == "spacy" else "newsledger pipeline",
            str(r["articles"]),
            str(r["words"]),
            f"{r['seconds']:.2f}",
            f"{r['articles'] / r['seconds']:.1f}",
            f"{r['words'] / r['seconds']:,.0f}",
            f"{r['peak_rss_mb']:.0f}",
        )
    console.print(table)
    console.print(f"ratio newsledger / bare spaCy: [bold]{report['ratio']:.2f}x[/bold]")
    stages = Table(title="stage cost on parsed documents")
    stages.add_column("stage")
    stages.add_column("ms / article", justify="right")
    for name, seconds in report["stages"].items():
        stages.add_row(name, f"{seconds * 1000:.2f}")
    console.print(stages)
    console.print("gazetteer lookups:", report["gazetteer"])
    console.print("dateparser (fallback only):", report["dateparser"])


if __name__ == "__main__":
    sys.exit(main())
