"""Ingest a stream of documents into a store: skip what is there, process the rest, count.

Documents already in the store (same content hash) are skipped before any NLP, so a
re-run after a crash only processes what was not committed.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsledger.errors import StoreError
from newsledger.model import RawDocument, Record
from newsledger.pipeline import Pipeline
from newsledger.store.base import Store
from newsledger.store.rows import word_count

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Summary:
    documents: int = 0
    stored: int = 0
    skipped: int = 0  # already in the store
    ok: int = 0
    errors: Counter[str] = field(default_factory=Counter)  # error code -> documents
    words: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return sum(self.errors.values())

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def ingest(
    store: Store,
    raws: Iterable[RawDocument],
    *,
    pipeline: Pipeline | None = None,
    replace: bool = False,
    batch_size: int = 16,
    n_process: int = 1,
    on_record: Callable[[Record | None], None] | None = None,
) -> Summary:
    """Process and store every new document; `on_record` sees each (None for a skipped one)."""
    pipeline = pipeline or Pipeline()
    summary = Summary()
    started = time.perf_counter()
    seen: set[str] = set()

    def fresh() -> Iterator[RawDocument]:
        for raw in raws:
            summary.documents += 1
            if raw.doc_id in seen or (not replace and store.has(raw.doc_id)):
                summary.skipped += 1
                if on_record:
                    on_record(None)
                continue
            seen.add(raw.doc_id)
            yield raw

    for record in pipeline.pipe(fresh(), batch_size=batch_size, n_process=n_process):
        try:
            summary.stored += store.write(record, replace=replace)
        except StoreError as exc:  # one unwritable record must not stop the batch
            summary.errors.update({exc.code})
            log.error("%s: %s", record.source.uri, exc)
            continue
        count(summary, record)
        if on_record:
            on_record(record)
    summary.seconds = time.perf_counter() - started
    return summary


def count(summary: Summary, record: Record) -> None:
    if record.ok:
        summary.ok += 1
    else:
        summary.errors.update({next((e.code for e in record.errors if e.severity == "error"), "E000")})
    if record.article is not None:
        summary.words += word_count(record.article.text)
