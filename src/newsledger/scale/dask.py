"""Past one machine: the same per-document function mapped by Dask distributed over partitions.

The client expands folders into file paths and splits them into partitions; each worker
reads its files, runs `Pipeline.pipe` (the model loads once per worker process) and
writes its records itself, to the store (`postgresql://` for a cluster; a SQLite file
works on one machine) or to one Parquet file per partition. Only small summaries travel
back to the client.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsledger.ingest import DEFAULT_INCLUDE, iter_inputs
from newsledger.sniff import MAX_BYTES


@dataclass(frozen=True, slots=True, kw_only=True)
class PartitionResult:
    documents: int = 0
    stored: int = 0
    skipped: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    words: int = 0


def expand(inputs: Sequence[str], include: Sequence[str] = DEFAULT_INCLUDE) -> list[str]:
    """Files (and URLs) to process, folders walked on the client so partitions are even."""
    out: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            out += sorted({str(p) for pattern in include for p in path.rglob(pattern) if p.is_file()})
        else:
            out.append(item)
    return out


def process_partition(
    paths: list[str], *, db: str | None, parquet: str | None, partition: int, plain: bool, max_bytes: int
) -> PartitionResult:
    """Worker side: read, process and write one partition."""
    from newsledger.batch import ingest

    pipeline = _pipeline()
    raws = iter_inputs(paths, plain=plain, max_bytes=max_bytes)
    if parquet is not None:
        return _to_parquet(pipeline.pipe(raws), Path(parquet) / f"part-{partition:05}.parquet")
    assert db is not None
    from newsledger.store import open_store

    store = open_store(db)
    try:
        summary = ingest(store, raws, pipeline=pipeline)
    finally:
        store.close()
    return PartitionResult(
        documents=summary.documents,
        stored=summary.stored,
        skipped=summary.skipped,
        errors=dict(summary.errors),
        words=summary.words,
    )


@functools.cache
def _pipeline() -> Any:
    from newsledger.pipeline import Pipeline

    return Pipeline()


def _to_parquet(records: Any, path: Path) -> PartitionResult:
    import json

    import pyarrow as pa
    import pyarrow.parquet as pq

    from newsledger.store.rows import word_count

    rows: dict[str, list[Any]] = {
        "doc_id": [],
        "uri": [],
        "status": [],
        "title": [],
        "published": [],
        "record_json": [],
    }
    errors: Counter[str] = Counter()
    words = 0
    for record in records:
        rows["doc_id"].append(record.doc_id)
        rows["uri"].append(record.source.uri)
        rows["status"].append("ok" if record.ok else "error")
        rows["title"].append(record.article.title if record.article else None)
        rows["published"].append(record.article.published if record.article else None)
        rows["record_json"].append(json.dumps(record.to_json(), ensure_ascii=False))
        if not record.ok:
            errors.update({next((e.code for e in record.errors if e.severity == "error"), "E000")})
        words += word_count(record.article.text) if record.article else 0
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = pa.schema([(name, pa.string()) for name in rows])  # never `null`: partitions must agree
    pq.write_table(pa.table(rows, schema=schema), path)
    n = len(rows["doc_id"])
    return PartitionResult(documents=n, stored=n, errors=dict(errors), words=words)


def run(
    inputs: Sequence[str],
    *,
    scheduler: str | None,
    db: str | None = None,
    parquet: str | None = None,
    partitions: int = 0,
    include: Sequence[str] = DEFAULT_INCLUDE,
    plain: bool = False,
    max_bytes: int = MAX_BYTES,
) -> PartitionResult:
    """Process `inputs` on the Dask cluster at `scheduler` (or a local one) and total the results."""
    from distributed import Client, LocalCluster

    if (db is None) == (parquet is None):
        raise ValueError("give exactly one of db or parquet")
    paths = expand(inputs, include)
    cluster = None if scheduler else LocalCluster(processes=True, threads_per_worker=1)
    with Client(scheduler or cluster) as client:
        count = partitions or max(1, min(len(paths), 4 * len(client.scheduler_info()["workers"])))
        chunks = [paths[i::count] for i in range(count)]
        futures = [
            client.submit(
                process_partition,
                chunk,
                db=db,
                parquet=parquet,
                partition=i,
                plain=plain,
                max_bytes=max_bytes,
                pure=False,
            )
            for i, chunk in enumerate(chunks)
            if chunk
        ]
        results = client.gather(futures)
    if cluster is not None:
        cluster.close()
    return total(results)


def total(results: Sequence[PartitionResult]) -> PartitionResult:
    errors: Counter[str] = Counter()
    for r in results:
        errors.update(r.errors)
    return PartitionResult(
        documents=sum(r.documents for r in results),
        stored=sum(r.stored for r in results),
        skipped=sum(r.skipped for r in results),
        errors=dict(errors),
        words=sum(r.words for r in results),
    )
