"""`newsledger eval extraction` agrees with the reference scorer in the shared folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from newsledger.eval.extraction import command, page_counts, score_pages, shingles

app = typer.Typer()  # the command as `newsledger eval extraction` registers it
app.command()(command)


def test_shingles_and_page_counts_follow_the_benchmark_metric() -> None:
    assert shingles("a b c") == {("a", "b", "c"): 1}
    assert sum(shingles("one two three four five").values()) == 2
    assert page_counts("one two three four five", "") == (0.0, 0.0, 1.0)
    assert score_pages({"p": "a b c d e"}, {"p": "a b c d e"})["f1"] == 1.0
    empty = score_pages({"p": "a b c d e", "q": "f g h i"}, {"p": "a b c d e"})
    assert (empty["precision"], empty["recall"]) == (1.0, 0.5)  # an empty page lowers recall only


@pytest.mark.slow
def test_eval_extraction_matches_the_reference_scorer(shared: Path, tmp_path: Path) -> None:
    preds, ours = tmp_path / "preds.jsonl", tmp_path / "ours.json"
    result = CliRunner().invoke(
        app,
        ["--predictions", str(preds), "--json", str(ours), "--no-baseline", "--check"],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads(ours.read_text(encoding="utf-8"))
    truth = shared / "data" / "extraction-dev" / "ground-truth.json"
    for system, path in (("dumps", preds), ("html", tmp_path / "preds-html.jsonl")):
        reference = tmp_path / f"reference-{system}.json"
        subprocess.run(
            [sys.executable, str(shared / "eval" / "score_extraction.py"), str(path), "--truth", str(truth),
             "--json", str(reference), "--n-bootstrap", "2"],
            check=True, capture_output=True,
        )  # fmt: skip
        scored = next(iter(json.loads(reference.read_text(encoding="utf-8")).values()))
        for key in ("f1", "precision", "recall", "accuracy"):
            assert metrics[f"{system}.{key}"] == pytest.approx(scored[key], abs=1e-9), (system, key)
        assert scored["missing"] == 0


@pytest.mark.slow
def test_eval_extraction_meets_its_targets(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "metrics.json"
    result = CliRunner().invoke(app, ["--json", str(out)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(out.read_text(encoding="utf-8"))
    assert metrics["dumps.f1"] >= 0.93
    assert metrics["html.f1"] >= metrics["trafilatura.f1"]
    assert metrics["seed.line_accuracy"] >= 0.98
    assert metrics["seed.body_kept"] == 1.0
    assert metrics["seed.furniture_in_body"] == 0
