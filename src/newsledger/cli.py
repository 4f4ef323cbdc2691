"""The `newsledger` command line (typer + rich).

Exit codes: 0 all documents ok, 1 some documents failed (all others stored or printed),
2 usage error.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer

from newsledger import views
from newsledger.eval import events as eval_events
from newsledger.eval import extraction as eval_extraction
from newsledger.eval import places as eval_places
from newsledger.eval import quantities as eval_quantities
from newsledger.eval import quotes as eval_quotes
from newsledger.eval import times as eval_times
from newsledger.geo.cli import app as gazetteer_app
from newsledger.ingest import DEFAULT_INCLUDE, iter_inputs
from newsledger.link import Links
from newsledger.model import RawDocument, Record
from newsledger.sniff import MAX_BYTES
from newsledger.store import DEFAULT_DB, Store

app = typer.Typer(
    help="Turn news reports into a sourced, structured, searchable record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score a stage on its dev data set (precision/recall/F1).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(gazetteer_app, name="gazetteer")
for _name, _module in (
    ("extraction", eval_extraction),
    ("quotes", eval_quotes),
    ("places", eval_places),
    ("times", eval_times),
    ("quantities", eval_quantities),
    ("events", eval_events),
):
    eval_app.command(_name)(_module.command)

Inputs = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders, JSON Lines feeds (.jsonl), URLs, or - for stdin.", show_default=False
    ),
]
Plain = Annotated[
    bool, typer.Option("--plain", help="Inputs are clean article text: article.text is the input exactly.")
]
Include = Annotated[
    list[str] | None,
    typer.Option(
        "--include",
        "-i",
        help=f"Glob for files inside folders (repeatable). [default: {' '.join(DEFAULT_INCLUDE)}]",
    ),
]
MaxBytes = Annotated[int, typer.Option("--max-bytes", help="Refuse documents larger than this.")]
Jsonl = Annotated[bool, typer.Option("--jsonl", help="Print one JSON record a line (the default output).")]


def read_inputs(
    inputs: list[str], include: list[str] | None, plain: bool, max_bytes: int
) -> Iterator[RawDocument]:
    return iter_inputs(inputs, include=tuple(include or DEFAULT_INCLUDE), plain=plain, max_bytes=max_bytes)


def print_records(records: Iterator[Record]) -> int:
    """Write records as JSON lines; the exit code says whether any document failed."""
    failed = 0
    out = sys.stdout
    for record in records:
        out.write(json.dumps(record.to_json(), ensure_ascii=False, sort_keys=False) + "\n")
        failed += not record.ok
    out.flush()
    return 1 if failed else 0


@app.command()
def process(
    inputs: Inputs,
    jsonl: Jsonl = True,
    plain: Plain = False,
    include: Include = None,
    max_bytes: MaxBytes = MAX_BYTES,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    workers: Annotated[int, typer.Option("--workers", "-j", help="Worker processes.")] = 1,
) -> None:
    """Run the whole pipeline and print one newsledger/1 record per input document, in input order."""
    from newsledger.pipeline import Pipeline

    raws = read_inputs(inputs, include, plain, max_bytes)
    code = print_records(Pipeline().pipe(raws, batch_size=batch_size, n_process=workers))
    raise typer.Exit(code)


@app.command()
def extract(
    inputs: Inputs,
    jsonl: Jsonl = True,
    plain: Plain = False,
    include: Include = None,
    max_bytes: MaxBytes = MAX_BYTES,
) -> None:
    """Run only the extraction stage (fast, no NLP) and print the records."""
    from newsledger.pipeline import Pipeline

    raws = read_inputs(inputs, include, plain, max_bytes)
    raise typer.Exit(print_records(Pipeline(analyze=False).pipe(raws)))


class Engine(enum.StrEnum):
    local = "local"
    dask = "dask"


Db = Annotated[str, typer.Option("--db", help="SQLite file or postgresql:// URL.", envvar="NEWSLEDGER_DB")]


@app.command()
def ingest(
    inputs: Inputs,
    db: Db = DEFAULT_DB,
    plain: Plain = False,
    include: Include = None,
    max_bytes: MaxBytes = MAX_BYTES,
    replace: Annotated[bool, typer.Option("--replace", help="Re-process documents already stored.")] = False,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    workers: Annotated[int, typer.Option("--workers", "-j", help="Worker processes.")] = 1,
    link: Annotated[
        bool, typer.Option("--link/--no-link", help="Rebuild cross-document links afterwards (see `link`).")
    ] = True,
    engine: Annotated[
        Engine, typer.Option(help="local: this process (and --workers); dask: a Dask cluster.")
    ] = Engine.local,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://host:8786); default: a local cluster.")
    ] = None,
    parquet: Annotated[
        Path | None,
        typer.Option(help="With --engine dask: write records as Parquet files here, not to --db."),
    ] = None,
) -> None:
    """Process inputs into the store, with a progress bar and a summary; re-running adds nothing."""
    from newsledger.batch import ingest as run_ingest
    from newsledger.store import open_store

    if engine is Engine.dask:
        _ingest_dask(
            inputs,
            db=db,
            parquet=parquet,
            scheduler=scheduler,
            include=include,
            plain=plain,
            max_bytes=max_bytes,
            link=link,
        )
        return
    store = open_store(db)
    raws = read_inputs(inputs, include, plain, max_bytes)
    with views.progress() as bar:
        task = bar.add_task("ingesting", total=None)
        summary = run_ingest(
            store,
            raws,
            replace=replace,
            batch_size=batch_size,
            n_process=workers,
            on_record=lambda _: bar.advance(task),
        )
    if link and summary.stored:
        _relink(store)
    store.close()
    views.console.print(views.summary_table(summary, db))
    raise typer.Exit(1 if summary.failed else 0)


def _ingest_dask(
    inputs: list[str],
    *,
    db: str,
    parquet: Path | None,
    scheduler: str | None,
    include: list[str] | None,
    plain: bool,
    max_bytes: int,
    link: bool,
) -> None:
    from newsledger.scale import dask as dask_engine
    from newsledger.store import open_store

    if parquet is None:
        open_store(db).close()  # create and migrate once, before the workers open it
    result = dask_engine.run(
        inputs,
        scheduler=scheduler,
        db=None if parquet else db,
        parquet=str(parquet) if parquet else None,
        include=tuple(include or DEFAULT_INCLUDE),
        plain=plain,
        max_bytes=max_bytes,
    )
    if link and parquet is None and result.stored:
        store = open_store(db)
        _relink(store)
        store.close()
    views.console.print(views.partition_table(result, str(parquet or db)))
    raise typer.Exit(1 if result.errors else 0)


@app.command("link")
def link_command(db: Db = DEFAULT_DB) -> None:
    """Rebuild story clusters, statement clusters (corroboration) and contradictions across the store."""
    store = _existing_store(db)
    links = _relink(store)
    views.console.print(
        f"{len(set(links.stories.values()))} story clusters, "
        f"{len({m.cluster_id for m in links.members})} statement clusters, "
        f"{len(links.contradictions)} contradictions"
    )


def _relink(store: Store) -> Links:
    from newsledger.link import compute_links

    links = compute_links(store.records())
    store.replace_links(links)
    return links


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to find in articles, quotes and claims.")],
    db: Db = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Most hits to show.")] = 20,
) -> None:
    """Full-text search (FTS5) over article text, quotes and claims, with snippets."""
    store = _existing_store(db)
    views.console.print(views.hits_table(store.search(query, limit=limit), query))


@app.command()
def show(
    doc_id: Annotated[
        str, typer.Argument(help="A document id (sha256:<hex>), or a unique prefix of at least 4 hex digits.")
    ],
    db: Db = DEFAULT_DB,
) -> None:
    """Print one stored record as JSON."""
    store = _existing_store(db)
    full = store.resolve(doc_id)
    record = store.get(full) if full else None
    if record is None:
        views.err_console.print(f"[red]no document {doc_id!r} in {db}[/red]")
        raise typer.Exit(1)
    sys.stdout.write(json.dumps(record.to_json(), ensure_ascii=False, indent=1) + "\n")


@app.command()
def stats(db: Db = DEFAULT_DB) -> None:
    """Counts of documents, errors by cause, and extracted items in the store."""
    views.console.print(views.stats_table(_existing_store(db).stats(), db))


@app.command()
def serve(
    db: Db = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the JSON API and the web page (map, timeline, claim ledger, article view)."""
    from newsledger.api import serve as run_server

    run_server(db=db, host=host, port=port)


class ExportFormat(enum.StrEnum):
    acled_csv = "acled-csv"
    geojson = "geojson"
    jsonl = "jsonl"
    records = "records"
    claims_jsonld = "claims-jsonld"


@app.command()
def export(
    format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="acled-csv: events in ACLED's columns; geojson: located events; jsonl: events a line; "
            "records: whole records a line; claims-jsonld: claims as schema.org JSON-LD.",
        ),
    ] = ExportFormat.acled_csv,
    db: Db = DEFAULT_DB,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Write here instead of standard output.")
    ] = None,
    all_events: Annotated[
        bool,
        typer.Option(
            "--all-events", help="Also proposed, conditional and denied events (acled-csv, geojson)."
        ),
    ] = False,
    all_mentions: Annotated[
        bool,
        typer.Option(
            "--all-mentions",
            help="acled-csv: a row for every mention of an event, not one for each happening "
            "(mentions of one document that agree on type, actors, place, date and asserter).",
        ),
    ] = False,
    bom: Annotated[
        bool,
        typer.Option(
            "--bom",
            help="Start with a UTF-8 byte order mark, so a spreadsheet opened by double-click "
            "(Excel) reads accents and curly quotes right.",
        ),
    ] = False,
) -> None:
    """Export the store: ACLED-style CSV, GeoJSON, JSON Lines or schema.org claims."""
    from newsledger.export import write

    store = _existing_store(db)
    handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        if bom:
            handle.write("\ufeff")
        count = write(format.value, store.records(), handle, all_events=all_events, mentions=all_mentions)
    finally:
        if out:
            handle.close()
    views.err_console.print(f"{count} items exported as {format.value}")


def _existing_store(db: str) -> Store:
    from newsledger.store import open_store

    if not db.startswith(("postgres://", "postgresql://")) and not Path(db).exists():
        views.err_console.print(f"[red]no store at {db}: run `newsledger ingest PATH --db {db}` first[/red]")
        raise typer.Exit(2)
    return open_store(db)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
