"""Rich tables and progress bars for the command line."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from newsledger.batch import Summary
from newsledger.errors import MESSAGES
from newsledger.scale.dask import PartitionResult
from newsledger.store.base import MARK_END, MARK_START, SearchHit, StoreStats

console = Console()
err_console = Console(stderr=True)


def progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )


def summary_table(summary: Summary, db: str) -> Table:
    table = Table(title=f"ingested into {escape(db)}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("documents", str(summary.documents))
    table.add_row("stored", str(summary.stored))
    table.add_row("already stored (skipped)", str(summary.skipped))
    table.add_row("ok", str(summary.ok))
    for code, n in sorted(summary.errors.items()):
        table.add_row(Text(f"error {code}: {MESSAGES.get(code, '').split(':')[0]}", style="red"), str(n))
    table.add_row("words", str(summary.words))
    table.add_row("seconds", f"{summary.seconds:.2f}")
    table.add_row("words/s", f"{summary.words_per_second:,.0f}")
    return table


def hits_table(hits: list[SearchHit], query: str) -> Table:
    table = Table(title=f"{len(hits)} hits for {escape(query)!s}")
    for column in ("doc", "kind", "who / title", "snippet"):
        table.add_column(column)
    for hit in hits:
        table.add_row(
            hit.doc_id.removeprefix("sha256:")[:12],
            hit.kind,
            Text(hit.asserted_by or hit.title or ""),
            highlighted(hit.snippet),
        )
    return table


def highlighted(snippet: str) -> Text:
    """An FTS5 snippet as plain text with the matches in bold."""
    text = Text()
    for i, part in enumerate(snippet.replace(MARK_END, MARK_START).split(MARK_START)):
        text.append(part, style="bold yellow" if i % 2 else "")
    return text


def stats_table(stats: StoreStats, db: str) -> Table:
    table = Table(title=f"store {escape(db)}", show_header=False)
    table.add_column("what")
    table.add_column("count")
    table.add_row("documents", str(stats.documents))
    table.add_row("ok", str(stats.ok))
    for code, n in stats.errors_by_code.items():
        table.add_row(Text(f"error {code}", style="red"), str(n))
    for name, n in stats.items.items():
        table.add_row(name, str(n))
    table.add_row("words", str(stats.words))
    for label, values in stats.top.items():
        if values:
            shown = ", ".join(f"{value} ({n})" for value, n in values)
            table.add_row(f"most found {label}", Text(shown), end_section=label == "speakers")
    return table


def partition_table(result: PartitionResult, target: str) -> Table:
    table = Table(title=f"ingested on Dask into {escape(target)}", show_header=False)
    table.add_column("what")
    table.add_column("count", justify="right")
    for name in ("documents", "stored", "skipped", "words"):
        table.add_row(name, str(getattr(result, name)))
    for code, n in sorted(result.errors.items()):
        table.add_row(Text(f"error {code}", style="red"), str(n))
    return table
