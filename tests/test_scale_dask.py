"""The Dask engine on a real local cluster: same records as one process, to a store or to Parquet."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsledger.ingest import iter_inputs
from newsledger.pipeline import Pipeline
from newsledger.scale import dask as dask_engine

pytestmark = [pytest.mark.dask, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"


@pytest.fixture(scope="module")
def scheduler() -> object:
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "seed.txt").write_bytes(SEED.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    for i in range(10):
        (folder / f"wire{i}.txt").write_text(
            f"KYIV, Nov {i + 1} (Reuters) - Ukrainian forces said they shelled positions near Kherson, "
            f"killing {i + 2} soldiers, the general staff said on Friday."
        )
    return folder


def test_dask_ingest_stores_the_same_records_as_one_process(
    scheduler: str, corpus: Path, tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    from newsledger.store import open_store

    open_store(db).close()
    result = dask_engine.run([str(corpus)], scheduler=scheduler, db=str(db), partitions=4)
    assert (result.documents, result.stored, result.errors) == (12, 12, {"E101": 1})
    stored = {
        d: json.loads(r) for d, r in sqlite3.connect(db).execute("SELECT doc_id, record_json FROM documents")
    }
    local = {r.doc_id: r.to_json() for r in Pipeline().pipe(iter_inputs([str(corpus)]))}
    assert stored == local
    again = dask_engine.run([str(corpus)], scheduler=scheduler, db=str(db), partitions=3)
    assert (again.stored, again.skipped) == (0, 12)


def test_dask_ingest_writes_one_parquet_file_per_partition(
    scheduler: str, corpus: Path, tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    result = dask_engine.run([str(corpus)], scheduler=scheduler, parquet=str(tmp_path / "out"), partitions=3)
    assert result.documents == 12
    table = pq.read_table(tmp_path / "out")
    assert table.num_rows == 12
    assert sorted(table.column("status").to_pylist()).count("error") == 1
