"""`make bench-api`: latency of `/api/events` with a bbox on a store of 100,000 events.

Builds a synthetic store once (70% of the events over Ukraine, the rest worldwide; cached
under .cache/), starts the real server (`newsledger serve`) on a free loopback port, and
times a few hundred requests with varied boxes, from a town to a continent, over one
keep-alive httpx connection. Prints p50/p95/p99; the target is p95 < 50 ms.

    python benchmarks/bench_api.py [--events 100000] [--requests 400] [--json out.json] [--check]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / "bench_api"
TARGET_P95_MS = 50.0
# box widths in degrees of longitude (height is half): town, region, country, continent, world
WIDTHS = (0.3, 2.0, 8.0, 25.0, 80.0, 360.0)


def store_path(events: int) -> Path:
    """The cached store, built on first use (a few seconds)."""
    from newsledger.api.synthetic import bulk_event_store

    path = CACHE / f"events-{events}.db"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        for stale in CACHE.glob(partial.name + "*"):
            stale.unlink()
        started = time.perf_counter()
        bulk_event_store(partial, events)
        partial.rename(path)
        print(f"built {path} ({events:,} events) in {time.perf_counter() - started:.1f} s")
    return path


def boxes(count: int, seed: int = 5) -> list[tuple[str, float]]:
    """(bbox parameter, width) pairs: centres mostly over Ukraine, sizes from a town to the world."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        width = rng.choice(WIDTHS)
        if rng.random() < 0.8:
            lon, lat = rng.uniform(22, 40), rng.uniform(44.5, 52.5)
        else:
            lon, lat = rng.uniform(-170, 170), rng.uniform(-55, 65)
        west, east = max(-180.0, lon - width / 2), min(180.0, lon + width / 2)
        south, north = max(-90.0, lat - width / 4), min(90.0, lat + width / 4)
        out.append((f"{west:.4f},{south:.4f},{east:.4f},{north:.4f}", width))
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSLEDGER_TOKEN"}
    command = [sys.executable, "-m", "newsledger.cli", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.1)
        if process.poll() is not None:
            raise SystemExit(f"server exited: {process.stderr.read().decode() if process.stderr else ''}")
    process.terminate()
    raise SystemExit("server did not answer within 60 s")


def measure(port: int, requests: int, limit: int) -> tuple[list[float], list[tuple[float, float, int]]]:
    """Latencies in ms, and (width, ms, items) per request."""
    base = f"http://127.0.0.1:{port}/api/events"
    timings, detail = [], []
    with httpx.Client(timeout=30) as client:
        for bbox, _ in boxes(30, seed=99):  # warm the connection, the page cache and the server
            client.get(base, params={"bbox": bbox, "limit": limit})
        for bbox, width in boxes(requests):
            started = time.perf_counter()
            response = client.get(base, params={"bbox": bbox, "limit": limit})
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            timings.append(elapsed)
            detail.append((width, elapsed, response.json()["count"]))
    return timings, detail


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def report(
    timings: list[float], detail: list[tuple[float, float, int]], events: int, limit: int
) -> dict[str, Any]:
    result = {
        "events": events,
        "requests": len(timings),
        "limit": limit,
        "p50_ms": percentile(timings, 50),
        "p95_ms": percentile(timings, 95),
        "p99_ms": percentile(timings, 99),
        "max_ms": max(timings),
        "mean_ms": statistics.fmean(timings),
    }
    table = Table(title=f"/api/events?bbox=… on {events:,} events, {len(timings)} requests, limit={limit}")
    for column in ("box width (°)", "requests", "mean items", "p50 ms", "p95 ms", "max ms"):
        table.add_column(column, justify="right")
    for width in WIDTHS:
        rows = [(ms, n) for w, ms, n in detail if w == width]
        if rows:
            ms = [r[0] for r in rows]
            table.add_row(
                f"{width:g}",
                str(len(rows)),
                f"{statistics.fmean(r[1] for r in rows):.0f}",
                f"{percentile(ms, 50):.2f}",
                f"{percentile(ms, 95):.2f}",
                f"{max(ms):.2f}",
            )
    table.add_section()
    table.add_row(
        "all",
        str(len(timings)),
        "",
        f"{result['p50_ms']:.2f}",
        f"{result['p95_ms']:.2f}",
        f"{result['max_ms']:.2f}",
    )
    console = Console()
    console.print(table)
    verdict = "[green]met[/green]" if result["p95_ms"] < TARGET_P95_MS else "[red]missed[/red]"
    console.print(
        f"p50 {result['p50_ms']:.2f} ms, p95 {result['p95_ms']:.2f} ms, p99 {result['p99_ms']:.2f} ms: "
        f"target p95 < {TARGET_P95_MS:.0f} ms {verdict}"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--limit", type=int, default=100, help="page size asked for")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    parser.add_argument("--check", action="store_true", help="exit 1 when p95 misses the target")
    args = parser.parse_args()
    db = store_path(args.events)
    port = free_port()
    server = start_server(db, port)
    try:
        timings, detail = measure(port, args.requests, args.limit)
    finally:
        server.terminate()
        server.wait(timeout=10)
    result = report(timings, detail, args.events, args.limit)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.check and result["p95_ms"] >= TARGET_P95_MS:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
