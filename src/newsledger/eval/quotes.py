"""`newsledger eval quotes`: the attribution stage on PolNeAR dev and on the seed's gold quotes.

PolNeAR texts are processed as plain text, so record spans index the gold text. The seed
goes through its page-dump extractor and spans are mapped back to the raw file with
`alignment.to_source`; where the extractor records no source map, it is processed as plain
text instead (spans then equal raw offsets).

PolNeAR's scheme lets a token belong to one attribution only, so predictions written for
it leave out a quote nested in the content of another ("the Times said European officials
were briefing that ..."): the record keeps both. Speakers are written as the mention in the
attribution (its span: "he", "Mr. Obama"), as PolNeAR marks them; for the seed, as the
canonical name, since the seed's gold resolves every speaker ("every speaker right").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from newsledger.eval.alignment import to_source
from newsledger.eval.datasets import check_floors, shared_path
from newsledger.eval.quotes_score import score
from newsledger.ingest import raw_from_bytes
from newsledger.model import Article, Quote, Record, Span

STAGE = "quotes"
HEADLINE = {
    "content_partial_f1": ("content", "partial"),
    "content_exact_f1": ("content", "exact_trim"),
    "speaker_f1": ("speaker", "lenient"),
    "speaker_strict_f1": ("speaker", "strict"),
    "cue_f1": ("cue", "lenient"),
    "cue_strict_f1": ("cue", "strict"),
}
EMPTY_SPEAKERS = ("unattributed",)


def read_jsonl(path: Path) -> dict[str, dict[str, Any]]:
    docs: dict[str, dict[str, Any]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            docs[doc["doc_id"]] = doc
    return docs


def run_records(texts: Iterable[tuple[str, str]], *, plain: bool = True) -> Iterator[Record]:
    """Records of texts, in order: `(doc_id, text)` pairs, as plain text unless told otherwise."""
    from newsledger.pipeline import Pipeline

    raws = (raw_from_bytes(text.encode("utf-8"), doc_id, plain=plain) for doc_id, text in texts)
    return Pipeline().pipe(raws)


def seed_record(raw: str) -> Record:
    """The seed through its page-dump extractor when that maps its spans back to the input,
    else as plain text (spans are then raw offsets)."""
    record = next(run_records([("seed", raw)], plain=False))
    article = record.article
    if article is not None and (article.extractor == "plain" or article.source_map):
        return record
    return next(run_records([("seed", raw)]))


def prediction(quote: Quote, article: Article, *, by_name: bool) -> dict[str, Any] | None:
    """One quote in the reference scorer's format, offsets into the input; None if unmappable."""
    pieces = [to_source(article, p, quote.caption) for p in (quote.content_spans or (quote.content_span,))]
    if any(p is None for p in pieces):
        return None
    spans = [[p.start, p.end] for p in pieces if p is not None]
    out: dict[str, Any] = {
        "span": [spans[0][0], spans[-1][1]],
        "spans": spans,
        "text": quote.text,
        "kind": quote.kind,
        "speaker": quote.speaker.name if by_name else quote.speaker.text or quote.speaker.name,
        "cue": quote.cue.text if quote.cue else None,
    }
    if quote.cue is not None and (cue := to_source(article, quote.cue.span, quote.caption)) is not None:
        out["cue_span"] = [cue.start, cue.end]
    mention = quote.speaker.phrase or quote.speaker.span
    if not by_name and mention is not None:
        speaker = to_source(article, mention, quote.caption)
        if speaker is not None:
            out["speaker_span"] = [speaker.start, speaker.end]
    return out


def nested(quote: Quote, others: tuple[Quote, ...]) -> bool:
    """Is the cue of `quote` inside the content of another quote of the same section?"""
    if quote.cue is None:
        return False
    return any(o is not quote and o.caption == quote.caption and _inside(quote.cue.span, o) for o in others)


def _inside(span: Span, quote: Quote) -> bool:
    return any(p.contains(span) for p in quote.content_spans or (quote.content_span,))


def predict(records: Iterable[Record], *, by_name: bool, flat: bool) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for record in records:
        quotes: list[dict[str, Any]] = []
        if record.article is not None:
            kept = [q for q in record.quotes if not (flat and nested(q, record.quotes))]
            quotes = [p for q in kept if (p := prediction(q, record.article, by_name=by_name)) is not None]
        out[record.source.uri] = {"doc_id": record.source.uri, "quotes": quotes}
    return out


def seed_gold(path: Path, raw_text: str) -> dict[str, dict[str, Any]]:
    """The seed's gold quotes in the reference scorer's format (speakers by canonical name)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    quotes = []
    for q in data["quotes"]:
        spans = [q["content_span"]]
        if q.get("content_continued"):
            start = raw_text.find(q["content_continued"], q["content_span"][1])
            spans.append([start, start + len(q["content_continued"])])
        speaker = None if q["speaker"] in EMPTY_SPEAKERS else q["speaker"]
        if speaker and speaker.startswith("unnamed ") and q.get("speaker_text"):
            speaker = q["speaker_text"]  # an unnamed source is named by its mention
        quotes.append(
            {
                "span": [spans[0][0], spans[-1][1]],
                "spans": spans,
                "text": q["content"],
                "speaker": speaker,
                "cue": q["cue"],
                "kind": q["kind"],
                "cue_spans": [q["cue_span"]] if q.get("cue_span") else [],
            }
        )
    return {"seed": {"doc_id": "seed", "text": raw_text, "quotes": quotes}}


def seed_details(path: Path, record: Record, raw: str) -> dict[str, float]:
    """On the seed: found gold quotes, and among them right speaker, kind, stance and hedges."""
    from newsledger.eval.quotes_score import item, match_partial

    gold = json.loads(path.read_text(encoding="utf-8"))["quotes"]
    article = record.article
    pairs = [(q, p) for q in record.quotes if article and (p := prediction(q, article, by_name=True))]
    g_items = [item({"spans": [q["content_span"]]}, raw, True) for q in gold]
    p_items = [item(p, raw, False) for _, p in pairs]
    matched = match_partial([g for g in g_items if g], [p for p in p_items if p])
    right = {"speaker": 0, "kind": 0, "stance": 0, "hedges": 0}
    for gi, pi, _ in matched:
        g, q = gold[gi], pairs[pi][0]
        right["speaker"] += (q.speaker.name or "unattributed") == g["speaker"] or q.speaker.text == g.get(
            "speaker_text"
        )
        right["kind"] += q.kind == g["kind"]
        right["stance"] += (q.cue.stance if q.cue else "neutral") == g["stance"]
        right["hedges"] += sum(any(h in x.text or x.text in h for x in q.hedges) for h in g["hedges"])
    n = max(len(matched), 1)
    return {
        "found": round(len(matched) / max(len(gold), 1), 4),
        "speaker_accuracy": round(right["speaker"] / n, 4),
        "kind_accuracy": round(right["kind"] / n, 4),
        "stance_accuracy": round(right["stance"] / n, 4),
        "hedge_recall": round(right["hedges"] / max(sum(len(q["hedges"]) for q in gold), 1), 4),
    }


def headline(
    polnear: dict[str, Any], seed: dict[str, Any] | None, details: dict[str, float] | None
) -> dict[str, float]:
    out = {name: float(polnear[a][b]["f1"]) for name, (a, b) in HEADLINE.items()}
    for kind in ("direct", "indirect"):
        out[f"{kind}_content_partial_f1"] = float(polnear["by_type"][kind]["content_partial"]["f1"])
    if seed is not None and details is not None:
        out["seed_content_partial_recall"] = float(seed["content"]["partial"]["r"])
        out["seed_speaker_recall"] = float(seed["speaker"]["strict"]["r"])
        out["seed_cue_recall"] = float(seed["cue"]["strict"]["r"])
        out.update({f"seed_{k}": v for k, v in details.items()})
    return out


def table(title: str, scores: dict[str, Any]) -> Table:
    t = Table(title=title)
    for col in ("metric", "P", "R", "F1", "pred", "gold"):
        t.add_column(col, justify="left" if col == "metric" else "right")
    rows = [(f"{a}.{b}", scores[a][b]) for a in ("content", "speaker", "cue") for b in scores[a]]
    for kind, metrics in scores["by_type"].items():
        rows += [(f"{kind}.{m}", v) for m, v in metrics.items()]
    for name, m in rows:
        t.add_row(
            name, f"{m['p']:.3f}", f"{m['r']:.3f}", f"{m['f1']:.3f}", str(m["n_pred"]), str(m["n_gold"])
        )
    return t


def write_jsonl(path: Path, docs: Iterable[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def command(
    dataset: Annotated[
        Path | None, typer.Argument(help="PolNeAR-format JSON Lines. [default: quotes-dev/dev_sample.jsonl]")
    ] = None,
    full: Annotated[
        bool, typer.Option("--full", help="Use quotes-dev/dev_full.jsonl (84 documents).")
    ] = False,
    seed: Annotated[Path | None, typer.Option(help="Seed gold.json. [default: data/seed/gold.json]")] = None,
    no_seed: Annotated[bool, typer.Option("--no-seed", help="Skip the seed.")] = False,
    predictions: Annotated[
        Path | None,
        typer.Option(
            help="Write predictions (reference scorer format) here; the seed's go to PATH.seed.jsonl "
            "and its gold, converted, to PATH.seed-gold.jsonl."
        ),
    ] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="Write the metrics as JSON here.")] = None,
    check: Annotated[bool, typer.Option("--check", help="Exit 1 when a metric is under its floor.")] = False,
) -> None:
    """Score attribution (content, speaker, cue; direct/indirect) on PolNeAR dev and the seed."""
    name = "dev_full.jsonl" if full else "dev_sample.jsonl"
    gold_path = dataset or shared_path("data", "quotes-dev", name)
    gold = read_jsonl(gold_path)
    preds = predict(run_records((d, g["text"]) for d, g in gold.items()), by_name=False, flat=True)
    polnear = score(gold, preds)
    console = Console()
    console.print(table(f"PolNeAR: {gold_path.name} ({len(gold)} docs)", polnear))
    seed_scores = details = None
    if not no_seed:
        seed_path = seed or shared_path("data", "seed", "gold.json")
        raw = seed_path.with_name("dailymail-2022-11-11-kherson.txt").read_bytes().decode("utf-8")
        record = seed_record(raw)
        seed_gold_docs = seed_gold(seed_path, raw)
        seed_preds = predict([record], by_name=True, flat=False)
        seed_scores = score(seed_gold_docs, seed_preds)
        details = seed_details(seed_path, record, raw)
        console.print(table("seed: gold.json quotes (speaker by canonical name)", seed_scores))
        console.print(
            "seed, of the gold quotes found: " + ", ".join(f"{k} {v:.3f}" for k, v in details.items())
        )
        if predictions is not None:
            write_jsonl(predictions.with_name(predictions.name + ".seed.jsonl"), seed_preds.values())
            write_jsonl(predictions.with_name(predictions.name + ".seed-gold.jsonl"), seed_gold_docs.values())
    metrics = headline(polnear, seed_scores, details)
    if predictions is not None:
        write_jsonl(predictions, preds.values())
    if json_path is not None:
        report = {"dataset": str(gold_path), "headline": metrics, "polnear": polnear, "seed": seed_scores}
        json_path.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    failures = check_floors(STAGE, metrics) if check else []
    for failure in failures:
        print(failure, file=sys.stderr)
    raise typer.Exit(1 if failures else 0)
