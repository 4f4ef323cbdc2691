"""The command line: records in input order, deterministic output, exit codes, complete help."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsledger.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "dailymail-2022-11-11-kherson.txt"
runner = CliRunner()


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "newsledger.cli", *args], input=stdin, capture_output=True)


def test_process_prints_one_record_per_input_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Kyiv said Kherson was liberated on Friday.")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run_cli("process", str(SEED), str(empty), str(tmp_path / "b.txt"), "--jsonl")
    records = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert [r["source"]["uri"] for r in records] == [str(SEED), str(empty), str(tmp_path / "b.txt")]
    assert [r["schema"] for r in records] == ["newsledger/1"] * 3
    assert records[1]["article"] is None and records[1]["errors"][0]["code"] == "E101"
    assert out.returncode == 1  # one document failed, the others were printed


def test_process_output_is_deterministic() -> None:
    first = run_cli("process", str(SEED))
    second = run_cli("process", str(SEED))
    assert first.returncode == 0
    assert first.stdout == second.stdout


def test_plain_keeps_the_input_exactly_as_article_text() -> None:
    text = "  Line one.\n\nLine two with 'quotes' – and dashes.\n"
    out = run_cli("extract", "--plain", "-", stdin=text.encode())
    record = json.loads(out.stdout)
    assert record["article"]["text"] == text
    assert record["source"]["uri"] == "stdin:"


def test_extract_runs_no_nlp_stage() -> None:
    record = json.loads(run_cli("extract", str(SEED)).stdout)
    assert record["article"]["text"]
    assert record["entities"] == [] and record["quotes"] == []


def test_usage_error_exits_2() -> None:
    assert run_cli("process").returncode == 2
    assert run_cli("no-such-command").returncode == 2


@pytest.mark.parametrize(
    "command",
    [
        "process",
        "extract",
        "ingest",
        "search",
        "show",
        "stats",
        "export",
        "link",
        "serve",
        "eval",
        "gazetteer",
    ],
)
def test_every_command_has_help_with_every_option_described(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], env={"COLUMNS": "200", "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) > 3


def test_ingest_search_show_stats_work_together(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert run_cli("ingest", str(SEED), "--db", db).returncode == 0
    search = run_cli("search", "Peskov", "--db", db)
    assert search.returncode == 0 and b"Peskov" in search.stdout
    show = run_cli("show", "6db5d867", "--db", db)
    assert json.loads(show.stdout)["doc_id"].startswith("sha256:6db5d867")
    assert run_cli("show", "ffffffff", "--db", db).returncode == 1
    stats = run_cli("stats", "--db", db)
    assert b"documents" in stats.stdout
    assert run_cli("stats", "--db", str(tmp_path / "missing.db")).returncode == 2


def test_export_writes_every_format_from_the_store(tmp_path: Path) -> None:
    import csv

    db = str(tmp_path / "s.db")
    assert run_cli("ingest", str(SEED), "--db", db).returncode == 0
    for fmt in ("acled-csv", "geojson", "jsonl", "records", "claims-jsonld"):
        out = tmp_path / f"out.{fmt}"
        assert run_cli("export", "--format", fmt, "--db", db, "--out", str(out)).returncode == 0, fmt
        assert out.stat().st_size > 100, fmt
    rows = list(csv.DictReader((tmp_path / "out.acled-csv").open(encoding="utf-8", newline="")))
    assert rows and rows[0]["event_id_cnty"].startswith("UKR")
    assert {r["event_type"] for r in rows} <= {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Protests",
        "Riots",
        "Strategic developments",
        "Other news events",
    }
    geo = json.loads((tmp_path / "out.geojson").read_text(encoding="utf-8"))
    assert all(-180 <= f["geometry"]["coordinates"][0] <= 180 for f in geo["features"])
    assert json.loads((tmp_path / "out.records").read_text(encoding="utf-8"))["schema"] == "newsledger/1"
    claims = json.loads((tmp_path / "out.claims-jsonld").read_text(encoding="utf-8"))
    assert any(c["author"]["name"] == "Dmitry Peskov" for c in claims["@graph"])
