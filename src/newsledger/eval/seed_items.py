"""Score span items (times, quantities) against the seed gold, as its README says to.

The seed article is rebuilt from the gold line classes (body lines as the text, caption lines as
captions, each with its source offsets), so the stages are measured on their own, not through the
page-dump extractor, and record spans map back to raw offsets with `alignment.to_source`. Items
match one to one when their spans overlap in the same line; gold items of the caption zone count
in the "all" scope only.
"""

from __future__ import annotations

import bisect
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsledger.eval.alignment import to_source
from newsledger.eval.datasets import check_floors, shared_path
from newsledger.model import Article, Caption, Segment, Span
from newsledger.temporal.find import clear_cache

SCOPES = ("body", "all")
Item = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Seed:
    text: str  # the raw seed, read with newline=""
    gold: dict[str, Any]
    article: Article
    line_starts: tuple[int, ...]
    zones: dict[int, str]  # line number -> its gold class (body, caption, chrome, ...)

    def line_of(self, offset: int) -> int:
        """1-based line number of a raw offset."""
        return bisect.bisect_right(self.line_starts, offset)


def load_seed(text_path: Path, gold_path: Path, *, published: str | None = None) -> Seed:
    """The raw seed, its gold, and the article its gold lines describe (published as the gold says)."""
    with text_path.open(encoding="utf-8", newline="") as handle:
        text = handle.read()
    gold: dict[str, Any] = json.loads(gold_path.read_text(encoding="utf-8"))
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    date = published or gold.get("metadata", {}).get("published")
    zones = {entry["line"]: entry["class"] for entry in gold["lines"]}
    return Seed(text, gold, seed_article(text, gold, starts, date), tuple(starts), zones)


def seed_article(text: str, gold: dict[str, Any], starts: Sequence[int], published: str | None) -> Article:
    """Body lines joined by blank lines (with a source map) and caption lines as captions."""
    body: list[str] = []
    segments: list[Segment] = []
    paragraphs: list[Span] = []
    captions: list[Caption] = []
    pos = 0
    for entry in gold["lines"]:
        start = starts[entry["line"] - 1]
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end]
        if entry["class"] == "caption":
            captions.append(Caption(text=line, source_start=start))
        elif entry["class"] == "body":
            if body:
                pos += 2
            segments.append(Segment(text_start=pos, source_start=start, length=len(line)))
            paragraphs.append(Span(pos, pos + len(line)))
            body.append(line)
            pos += len(line)
    return Article(
        text="\n\n".join(body),
        title=gold.get("metadata", {}).get("title"),
        published=published,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        extractor="textdump",
        source_map=tuple(segments),
    )


def locate(seed: Seed, span: Span, caption: int | None) -> Item | None:
    """Raw offsets, line and zone of a record span; None if it maps nowhere."""
    raw = to_source(seed.article, span, caption)
    if raw is None:
        return None
    line = seed.line_of(raw.start)
    text = seed.text[raw.start : raw.end]
    return {"span": [raw.start, raw.end], "text": text, "line": line, "zone": seed.zones.get(line, "other")}


def match(gold: Sequence[Item], predicted: Sequence[Item]) -> list[tuple[Item, Item]]:
    """One-to-one pairs of overlapping items in the same line, the largest overlaps first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g["span"][1], p["span"][1]) - max(g["span"][0], p["span"][0])
            if g["line"] == p["line"] and overlap > 0:
                candidates.append((-overlap, gi, pi))
    pairs: list[tuple[Item, Item]] = []
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for _, gi, pi in sorted(candidates):
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gold[gi], predicted[pi]))
    return pairs


def score(
    gold: Sequence[Item], predicted: Sequence[Item], agreements: dict[str, Callable[[Item, Item], bool]]
) -> dict[str, float]:
    """Precision, recall, F1 and, over the matched pairs, the share on which each agreement holds."""
    metrics: dict[str, float] = {}
    for scope in SCOPES:
        g = [i for i in gold if scope == "all" or i["zone"] == scope]
        p = [i for i in predicted if scope == "all" or i["zone"] == scope]
        pairs = match(g, p)
        tp = len(pairs)
        precision = tp / len(p) if p else 0.0
        recall = tp / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        metrics |= {f"{scope}_precision": precision, f"{scope}_recall": recall, f"{scope}_f1": f1}
        metrics |= {f"{scope}_gold": float(len(g)), f"{scope}_predicted": float(len(p))}
        for name, agrees in agreements.items():
            metrics[f"{scope}_{name}"] = sum(agrees(a, b) for a, b in pairs) / tp if tp else 0.0
    return metrics


@dataclass(frozen=True, slots=True)
class SpanEval:
    """How one stage is evaluated on the seed: which gold list, how items are written and compared."""

    stage: str  # "times", also the gold key and the floors file
    extract: Callable[[Any], tuple[Any, ...]]  # Analysis -> record items with `span` and `caption`
    fields: Callable[[Any], Item]  # a record item -> its fields in the gold's format
    agreements: dict[str, Callable[[Item, Item], bool]]


def evaluate(spec: SpanEval, seed: Seed) -> tuple[dict[str, float], list[Item]]:
    """Metrics and predictions (raw offsets, gold format) of one stage on the seed, with its cost."""
    from newsledger.analysis import analyze, load_nlp

    nlp = load_nlp()
    analyze(nlp, seed.article)  # warm up: the first parse pays for lazy loading
    started = time.perf_counter()
    analysis = analyze(nlp, seed.article)
    parse = time.perf_counter() - started
    clear_cache()
    started = time.perf_counter()
    items = spec.extract(analysis)
    cost = time.perf_counter() - started
    predicted = []
    for item in items:
        where = locate(seed, item.span, item.caption)
        if where is not None:
            predicted.append(where | spec.fields(item))
    metrics = score(seed.gold[spec.stage], predicted, spec.agreements)
    metrics |= {"stage_ms": cost * 1000, "parse_ms": parse * 1000}
    return metrics, predicted


def report(spec: SpanEval, metrics: dict[str, float]) -> None:
    """A table of the metrics, one column a scope, then the stage cost next to the parse."""
    table = Table(title=f"{spec.stage} on the seed")
    table.add_column("metric")
    for scope in SCOPES:
        table.add_column(scope, justify="right")
    for name in ("precision", "recall", "f1", *spec.agreements):
        table.add_row(name, *(f"{metrics[f'{scope}_{name}']:.3f}" for scope in SCOPES))
    table.add_row(
        "gold / predicted", *(f"{metrics[f'{s}_gold']:.0f} / {metrics[f'{s}_predicted']:.0f}" for s in SCOPES)
    )
    console = Console()
    console.print(table)
    console.print(
        f"stage cost {metrics['stage_ms']:.1f} ms per article; spaCy parse of the same article "
        f"{metrics['parse_ms']:.1f} ms"
    )


def run(
    spec: SpanEval,
    *,
    gold: Path | None,
    text: Path | None,
    published: str | None,
    predictions: Path | None,
    json_path: Path | None,
    check: bool,
) -> None:
    """The body of `newsledger eval times|quantities`."""
    seed = load_seed(
        text or shared_path("data", "seed", "dailymail-2022-11-11-kherson.txt"),
        gold or shared_path("data", "seed", "gold.json"),
        published=published,
    )
    metrics, predicted = evaluate(spec, seed)
    report(spec, metrics)
    if predictions is not None:
        document = {"document": seed.gold.get("document"), spec.stage: predicted}
        predictions.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if json_path is not None:
        json_path.write_text(json.dumps(metrics, indent=1) + "\n", encoding="utf-8")
    if check:
        failures = check_floors(spec.stage, metrics)
        for failure in failures:
            Console(stderr=True).print(f"[red]{failure}[/red]")
        if failures:
            raise typer.Exit(1)


GoldOption = Annotated[Path | None, typer.Option(help="gold.json (default: the shared seed gold)")]
TextOption = Annotated[Path | None, typer.Option(help="the raw seed text the gold indexes")]
PublishedOption = Annotated[str | None, typer.Option(help="publication date (default: the gold's)")]
PredictionsOption = Annotated[Path | None, typer.Option(help="write predictions (gold format) here")]
JsonOption = Annotated[Path | None, typer.Option("--json", help="write the metrics here")]
CheckOption = Annotated[bool, typer.Option(help="exit 1 when a metric is under its floor")]


def command_for(spec: SpanEval, doc: str) -> Callable[..., None]:
    """The `newsledger eval <stage>` command of one span stage."""

    def command(
        gold: GoldOption = None,
        text: TextOption = None,
        published: PublishedOption = None,
        predictions: PredictionsOption = None,
        json_path: JsonOption = None,
        check: CheckOption = False,
    ) -> None:
        run(
            spec,
            gold=gold,
            text=text,
            published=published,
            predictions=predictions,
            json_path=json_path,
            check=check,
        )

    command.__doc__ = doc
    return command
