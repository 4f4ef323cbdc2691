"""`newsledger eval extraction`: article-body extraction on the dev set, dumps and HTML, plus the seed lines.

The metric is the one of `shared/eval/score_extraction.py` (the article-extraction
benchmark's): `\\w+` tokens, multisets of 4-token shingles per page, precision and
recall averaged over pages, F1 the harmonic mean of the two averages.
"""

from __future__ import annotations

import gzip
import json
import math
import statistics
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Any

import typer

from newsledger.eval.datasets import check_floors, floors, shared_path
from newsledger.extract.patterns import WORD

SHINGLE = 4
Counts = tuple[float, float, float]


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Multiset of n-token shingles; 1..n-1 tokens make one short shingle, no tokens none."""
    tokens = WORD.findall(text or "")
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(truth: str, predicted: str) -> Counts:
    """True positives, false positives, false negatives of one page, as shares of their sum."""
    t, p = shingles(truth), shingles(predicted)
    tp, fp, fn = sum((t & p).values()), sum((p - t).values()), sum((t - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def score_pages(truth: dict[str, str], predicted: dict[str, str]) -> dict[str, float]:
    """Mean precision (pages with a prediction), mean recall (pages with a truth), their F1, accuracy."""
    ids = sorted(truth)
    rows = [page_counts(truth[i], predicted.get(i) or "") for i in ids]
    ps = [_precision(*r) for r in rows if r[0] + r[1] > 0]
    rs = [_recall(*r) for r in rows if r[0] + r[2] > 0]
    p = statistics.mean(ps) if ps else 0.0
    r = statistics.mean(rs) if rs else 0.0
    exact = [WORD.findall(truth[i]) == WORD.findall(predicted.get(i) or "") for i in ids]
    return {
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "precision": p,
        "recall": r,
        "accuracy": sum(exact) / len(ids) if ids else 0.0,
        "pages": float(len(ids)),
    }


def extract_text(data: bytes, uri: str, url: str | None = None) -> str:
    """The article body newsledger's extraction stage gives for one input ("" when it finds none)."""
    from newsledger.errors import NewsledgerError
    from newsledger.extract import extract
    from newsledger.ingest import raw_from_bytes
    from newsledger.model import SourceHints

    raw = raw_from_bytes(data, uri, hints=SourceHints(url=url))
    if raw.error:
        return ""
    try:
        article, _ = extract(raw)
    except NewsledgerError:
        return ""
    return article.text


def run_pages(
    pages: Iterable[tuple[str, bytes]], extractor: Callable[[str, bytes], str]
) -> tuple[dict[str, str], float]:
    """Predictions by page id, and the mean milliseconds per page."""
    predicted: dict[str, str] = {}
    start = time.perf_counter()
    for page_id, data in pages:
        predicted[page_id] = extractor(page_id, data)
    elapsed = time.perf_counter() - start
    return predicted, 1000 * elapsed / max(1, len(predicted))


def dump_pages(dev: Path) -> list[tuple[str, bytes]]:
    return [(p.stem, p.read_bytes()) for p in sorted((dev / "dumps").glob("*.txt"))]


def html_pages(dev: Path) -> list[tuple[str, bytes]]:
    return [
        (p.name.split(".")[0], gzip.decompress(p.read_bytes()))
        for p in sorted((dev / "html").glob("*.html.gz"))
    ]


def trafilatura_plain(data: bytes, url: str | None) -> str:
    """trafilatura's own extraction with its default settings: the HTML baseline."""
    import trafilatura

    return trafilatura.extract(data.decode("utf-8", "replace"), url=url) or ""


def seed_lines(seed_dir: Path) -> dict[str, float]:
    """Line classification on the seed against its gold `lines`: accuracy, body kept, furniture in body."""
    from newsledger.extract.classify import classify

    gold = json.loads((seed_dir / "gold.json").read_text(encoding="utf-8"))
    with (seed_dir / gold["metadata"]["source_file"]).open(encoding="utf-8", newline="") as handle:
        got = classify(handle.read()).line_classes()
    lines = gold["lines"]
    body = [g for g in lines if g["class"] == "body"]
    return {
        "line_accuracy": sum(got.get(g["line"]) == g["class"] for g in lines) / len(lines),
        "body_kept": sum(got.get(g["line"]) == "body" for g in body) / len(body),
        "furniture_in_body": float(
            sum(got.get(g["line"]) == "body" for g in lines if g["class"] in ("image_url", "chrome"))
        ),
    }


def evaluate(
    dev: Path, seed_dir: Path | None, *, html: bool, baseline: bool
) -> tuple[dict[str, float], dict[str, dict[str, str]]]:
    """Flat metrics ("dumps.f1", "html.f1", "seed.line_accuracy", ...) and the predictions of each system."""
    truth_data = json.loads((dev / "ground-truth.json").read_text(encoding="utf-8"))
    truth = {k: v.get("articleBody") or "" for k, v in truth_data.items()}
    urls = {k: v.get("url") or None for k, v in truth_data.items()}
    systems: dict[str, Callable[[str, bytes], str]] = {"dumps": lambda i, d: extract_text(d, f"{i}.txt")}
    if html:
        systems["html"] = lambda i, d: extract_text(d, urls.get(i) or f"{i}.html", urls.get(i))
    if html and baseline:
        systems["trafilatura"] = lambda i, d: trafilatura_plain(d, urls.get(i))
    metrics: dict[str, float] = {}
    predictions: dict[str, dict[str, str]] = {}
    for name, extractor in systems.items():
        pages = dump_pages(dev) if name == "dumps" else html_pages(dev)
        predicted, ms = run_pages(pages, extractor)
        predictions[name] = predicted
        scores = score_pages(truth, predicted) | {"ms_per_page": ms}
        metrics.update({f"{name}.{k}": v for k, v in scores.items()})
    if "trafilatura.f1" in metrics:
        metrics["html.gain_over_trafilatura"] = metrics["html.f1"] - metrics["trafilatura.f1"]
    if seed_dir is not None:
        metrics.update({f"seed.{k}": v for k, v in seed_lines(seed_dir).items()})
    return metrics, predictions


def write_predictions(path: Path, predictions: dict[str, dict[str, str]]) -> list[Path]:
    """JSON lines `{"id", "text"}` for the reference scorer: the dumps at `path`, others beside it."""
    written = []
    for name, predicted in predictions.items():
        target = path if name == "dumps" else path.with_name(f"{path.stem}-{name}{path.suffix or '.jsonl'}")
        with target.open("w", encoding="utf-8") as handle:
            for page_id in sorted(predicted):
                handle.write(
                    json.dumps({"id": page_id, "text": predicted[page_id]}, ensure_ascii=False) + "\n"
                )
        written.append(target)
    return written


def metrics_table(metrics: dict[str, float]) -> Any:
    from rich.table import Table

    table = Table(title="extraction (shingle P/R/F1 over pages; seed line classes)")
    for column in ("set", "F1", "precision", "recall", "exact pages", "ms/page"):
        table.add_column(column, justify="left" if column == "set" else "right", no_wrap=column == "set")
    labels = {
        "dumps": "dumps",
        "dumps_cv": "dumps, cross-validated",
        "html": "html",
        "trafilatura": "html, trafilatura",
    }
    for name, label in labels.items():
        if f"{name}.f1" in metrics:
            values = [metrics[f"{name}.{k}"] for k in ("f1", "precision", "recall", "accuracy")]
            ms = metrics.get(f"{name}.ms_per_page")
            table.add_row(label, *(f"{v:.4f}" for v in values), f"{ms:.1f}" if ms is not None else "")
    if "seed.line_accuracy" in metrics:
        table.caption = (
            f"seed lines: {metrics['seed.line_accuracy']:.4f} classified right, "
            f"{metrics['seed.body_kept']:.4f} of body lines kept, "
            f"{metrics['seed.furniture_in_body']:.0f} image-URL/chrome lines in the body"
        )
    return table


def command(
    dev: Annotated[
        Path | None, typer.Option(help="Dev folder with dumps/, html/ and ground-truth.json.")
    ] = None,
    seed: Annotated[Path | None, typer.Option(help="Seed folder with gold.json and the seed dump.")] = None,
    predictions: Annotated[
        Path | None,
        typer.Option(
            help="Write dump predictions here as JSON lines {id, text}; HTML ones beside it (-html)."
        ),
    ] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the metrics as JSON.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when a metric is under its floor.")] = False,
    html: Annotated[bool, typer.Option("--html/--no-html", help="Also score the HTML pages.")] = True,
    baseline: Annotated[
        bool, typer.Option("--baseline/--no-baseline", help="Also score trafilatura's defaults on the HTML.")
    ] = True,
    cv: Annotated[
        int,
        typer.Option(help="Also retrain the dump model K times and score each held-out fold (K-fold CV)."),
    ] = 0,
) -> None:
    """Evaluate extraction: dumps and HTML against the dev ground truth, and seed line classes.

    The dump model is trained on this dev set, so its dump scores are in-sample; `--cv 5`
    adds the cross-validated estimate for pages it has not seen.
    """
    from newsledger import views

    dev = dev or shared_path("data", "extraction-dev")
    seed = seed or shared_path("data", "seed")
    if check:  # every floored metric must be measured
        html = baseline = True
    metrics, predicted = evaluate(dev, seed if seed.is_dir() else None, html=html, baseline=baseline)
    if cv:
        from newsledger.extract import train

        scores = train.cross_validate(train.load_pages(dev), cv)
        metrics.update({f"dumps_cv.{k}": v for k, v in scores.items()})
    views.console.print(metrics_table(metrics))
    if predictions:
        for path in write_predictions(predictions, predicted):
            views.console.print(f"predictions: {path}")
    if json_path:
        json_path.write_text(json.dumps(metrics, indent=2, sort_keys=True), encoding="utf-8")
    unmeasured = {name: math.inf for name in floors("extraction") if name not in metrics}
    failures = check_floors("extraction", metrics if check else metrics | unmeasured)
    for failure in failures:
        views.err_console.print(f"[red]{failure}[/red]")
    if check and failures:
        raise typer.Exit(1)
